import { describe, expect, it } from "vitest";
import { foldText, UNITS } from "../../src/lexicon/index";
import { parseQuantity, safeParseQuantity } from "../../src/numbers/index";

describe("parseQuantity", () => {
  it.each([
    ["24,0 %", { value: "24.0", unit: "percent" }],
    ["0,005 %", { value: "0.005", unit: "percent" }],
    ["22,3 proc.", { value: "22.3", unit: "percent" }],
    ["100 procentų", { value: "100", unit: "percent" }],
    ["774795,00 eurų", { value: "774795.00", unit: "EUR" }],
    ["698795,000 eurų", { value: "698795.000", unit: "EUR" }],
    ["10499,35 Eur", { value: "10499.35", unit: "EUR" }],
    ["2,75 Eur", { value: "2.75", unit: "EUR" }],
    ["12 500 EUR", { value: "12500", unit: "EUR" }],
    ["250 €", { value: "250", unit: "EUR" }],
    ["100 tūkst. Lt", { value: "100000", unit: "LTL" }],
    ["1,2 mln. Eur", { value: "1200000", unit: "EUR" }],
    ["6690 fiz. vnt.", { value: "6690", unit: "physical_units" }],
    ["6690 fiz.vnt.", { value: "6690", unit: "physical_units" }],
    ["971 pav.", { value: "971", unit: "titles" }],
    ["2686 m2", { value: "2686", unit: "m2" }],
    ["152 valandos", { value: "152", unit: "hours" }],
    ["3576 metrus", { value: "3576", unit: "metres" }],
    ["1,4 p. p.", { value: "1.4", unit: "percentage_points" }],
    ["5 Eur.", { value: "5", unit: "EUR" }],
    ["10%", { value: "10", unit: "percent" }],
    ["-718", { value: "-718", unit: null }],
    ["· 2,0 %", { value: "2.0", unit: "percent", signUnknown: true }],
  ])("reads %j", (text, expected) => {
    expect(parseQuantity(text)).toStrictEqual(expected);
  });

  const spellings = UNITS.flatMap((unit) => unit.forms.map((form) => [form, unit.id] as const));

  it.each(spellings)("reads every spelling of the lexicon: %j", (form, id) => {
    expect(parseQuantity(`12,5 ${form}`).unit).toBe(id);
    expect(parseQuantity(`12,5 ${form.toUpperCase()}`).unit).toBe(id);
    expect(parseQuantity(`1 234 ${foldText(form)}`).unit).toBe(id);
  });

  it.each([
    ["48 filialai", 3],
    ["45 mokymai", 3],
    ["5 m.", 2],
    ["5 kg", 2],
  ])("rejects %j with unknown_unit at offset %i", (text, offset) => {
    const result = safeParseQuantity(text);
    expect(result.success ? result.data : [result.error.code, result.error.offset]).toEqual(["unknown_unit", offset]);
  });

  it("passes number errors through with their offset", () => {
    const result = safeParseQuantity("1,2,3 %");
    expect(result.success ? result.data : [result.error.code, result.error.offset]).toEqual(["invalid_number", 3]);
    const ambiguous = safeParseQuantity("1.500 Eur");
    expect(ambiguous.success ? ambiguous.data : ambiguous.error.code).toBe("ambiguous_number");
    expect(parseQuantity("1.500 Eur", { dot: "thousands" })).toEqual({ value: "1500", unit: "EUR" });
  });
});
