// The demo of `npm run demo` (examples/demo.ts), run here on the source: what it prints for the
// budget chapter and the sponsors' support is Lithuanian, and a lower bound stays a lower bound.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

let printed = "";

beforeAll(async () => {
  const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    printed += args.join(" ") + "\n";
  });
  await import("../../examples/demo");
  log.mockRestore();
});

afterAll(() => vi.restoreAllMocks());

describe("the demo", () => {
  const text = () => printed.replace(/\u00a0/g, " ");

  it("prints the sponsors' „daugiau nei už 100 tūkst. Lt“ as a lower bound in euros", () => {
    expect(text()).toContain("Parama 2009–2011 m.: daugiau nei 28 962,00 Eur (tekste: „daugiau nei už 100 tūkst. Lt“)\n");
    expect(text()).not.toMatch(/100 tūkst\. Lt = /);
  });

  it("names the budget's funding sources in Lithuanian, with sums at money precision", () => {
    expect(text()).toContain("  [error] savivaldybės biudžeto lėšos (2023 m.): straipsnių gauta asignavimų suma 769 595,00 Eur");
    expect(text()).toContain("  [info] projektų lėšos / Jubiliejinis");
    expect(text()).not.toMatch(/municipal_budget|project_funds|769 595,000/);
  });
});
