// sum and allocate of 100 000 amounts against dinero.js v2 (integer minor units, number
// calculator) and currency.js (JS numbers), each in its own native representation, built
// before the measured function runs.
import currency from "currency.js";
import { add as dineroAdd, allocate as dineroAllocate, dinero } from "dinero.js";
import { EUR } from "dinero.js/currencies";
import { bench, describe } from "vitest";
import { allocate, money, sumMoney } from "bibliotekos/money";

const N = 100_000;
let seed = 11;
const next = (): number => {
  seed = (seed * 48271) % 2147483647;
  return seed;
};
const cents = Array.from({ length: N }, () => next() % 100_000_000); // up to 999 999,99 €
const ours = cents.map((c) => money(`${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`, "EUR"));
const dineros = cents.map((amount) => dinero({ amount, currency: EUR }));
const currencies = cents.map((c) => currency(c / 100));
const zero = dinero({ amount: 0, currency: EUR });

describe(`sum ${N} amounts`, () => {
  bench("bibliotekos sumMoney", () => {
    sumMoney(ours);
  });
  bench("anchor: dinero.js v2 add, reduced", () => {
    dineros.reduce((a, b) => dineroAdd(a, b), zero);
  });
  bench("anchor: currency.js add, reduced", () => {
    currencies.reduce((a, b) => a.add(b), currency(0));
  });
});

const ratios = Array.from({ length: N }, () => 1 + (next() % 1000));
const total = money("12345678.91", "EUR");
const dineroTotal = dinero({ amount: 1234567891, currency: EUR });
const currencyTotal = currency("12345678.91");

describe(`allocate a total into ${N} shares`, () => {
  bench("bibliotekos allocate (ratios 1–1000)", () => {
    allocate(total, ratios);
  });
  bench("anchor: dinero.js v2 allocate (ratios 1–1000)", () => {
    dineroAllocate(dineroTotal, ratios);
  });
  bench("anchor: currency.js distribute (equal parts only)", () => {
    currencyTotal.distribute(N);
  });
});
