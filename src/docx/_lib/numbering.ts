import { bulletText } from "./symbolFont";
import { intAttr, isOn, parseXml } from "./xml";
import type { ListRef } from "./styles";

/** One level of a list definition (`w:lvl`). */
interface Level {
  start: number;
  format: string;
  text: string;
  legal: boolean;
  font?: string | undefined;
}

interface Instance {
  abstractId: string;
  /** `w:lvlOverride`: a new start, or a whole new level. */
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

const newLevel = (): Level => ({ start: 1, format: "decimal", text: "", legal: false });

function toRoman(n: number): string {
  const numerals: Array<[number, string]> = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]]; // prettier-ignore
  let out = "";
  for (let rest = Math.min(n, 3999); rest > 0;) {
    const [value, letters] = numerals.find(([v]) => v <= rest) as [number, string];
    out += letters;
    rest -= value;
  }
  return out;
}

// a, b, …, z, aa, bb, …: Word repeats the letter.
const toLetters = (n: number): string => (n < 1 ? "" : String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.min(Math.ceil(n / 26), 50)));

/** A counter as a level's format shows it (formats Word has and we do not know are shown as decimals). */
function formatCounter(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return toLetters(n);
    case "upperLetter":
      return toLetters(n).toUpperCase();
    case "lowerRoman":
      return toRoman(n);
    case "upperRoman":
      return toRoman(n).toUpperCase();
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "none":
      return "";
    default:
      return String(n);
  }
}

/**
 * The lists of `numbering.xml`, and the counters that number a document's paragraphs in order,
 * as Word does: a level counts up from its start, and a level restarts after a higher one.
 * Instances of one definition share their counters unless one overrides a start.
 */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, Instance>();
  private readonly counters = new Map<string, number[]>();

  /** Reads `numbering.xml` (absent: paragraphs keep their list level but get no label). */
  constructor(xml: string | undefined, part: string, input: unknown) {
    if (xml === undefined) return;
    let levels: Map<number, Level> | undefined;
    let instance: Instance | undefined;
    let override: number | undefined;
    let level: Level | undefined;
    parseXml(
      xml,
      part,
      {
        open: (element) => {
          const { key } = element;
          if (key === "w:abstractNum") this.abstracts.set(element.attr("w:abstractNumId") ?? "", (levels = new Map()));
          else if (key === "w:num")
            this.instances.set(element.attr("w:numId") ?? "", (instance = { abstractId: "", starts: new Map(), levels: new Map() }));
          else if (key === "w:abstractNumId" && instance) instance.abstractId = element.attr("w:val") ?? "";
          else if (key === "w:lvlOverride") override = intAttr(element, "w:ilvl");
          else if (key === "w:startOverride" && instance && override !== undefined)
            instance.starts.set(override, intAttr(element, "w:val") ?? 1);
          else if (key === "w:lvl") {
            const ilvl = intAttr(element, "w:ilvl") ?? 0;
            level = newLevel();
            (instance && override !== undefined ? instance.levels : levels)?.set(ilvl, level);
          } else if (!level) return;
          else if (key === "w:start") level.start = intAttr(element, "w:val") ?? 1;
          else if (key === "w:numFmt") level.format = element.attr("w:val") ?? "decimal";
          else if (key === "w:lvlText") level.text = element.attr("w:val") ?? "";
          else if (key === "w:isLgl") level.legal = isOn(element.attr("w:val"));
          else if (key === "w:rFonts") level.font = element.attr("w:ascii") ?? element.attr("w:hAnsi");
        },
        close: (key) => {
          if (key === "w:lvl") level = undefined;
          else if (key === "w:lvlOverride") override = undefined;
          else if (key === "w:abstractNum") levels = undefined;
          else if (key === "w:num") instance = undefined;
        },
        text() {},
      },
      input,
    );
  }

  private levelOf(instance: Instance, ilvl: number): Level | undefined {
    return instance.levels.get(ilvl) ?? this.abstracts.get(instance.abstractId)?.get(ilvl);
  }

  /** Counts a list paragraph and gives its label as Word shows it (`"1.2."`, `"a)"`, `"•"`), or undefined for an unknown list. */
  label({ numId, ilvl }: ListRef): string | undefined {
    const instance = this.instances.get(numId);
    const level = instance && this.levelOf(instance, ilvl);
    if (!instance || !level) return undefined;
    const key = instance.starts.size > 0 ? `num:${numId}` : `abstract:${instance.abstractId}`;
    const counters = this.counters.get(key) ?? [];
    this.counters.set(key, counters);
    const startOf = (i: number): number => instance.starts.get(i) ?? this.levelOf(instance, i)?.start ?? 1;
    counters[ilvl] = (counters[ilvl] ?? startOf(ilvl) - 1) + 1;
    counters.length = ilvl + 1; // the levels below restart
    if (level.format === "bullet") return bulletText(level.font, level.text);
    return level.text.replace(/%([1-9])/g, (_match, digit: string) => {
      const i = Number(digit) - 1;
      const format = level.legal ? "decimal" : (this.levelOf(instance, i)?.format ?? "decimal");
      return i > ilvl ? "" : formatCounter(counters[i] ?? startOf(i), format);
    });
  }
}
