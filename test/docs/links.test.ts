// README.md is also the package's page on the registry, where relative links lead nowhere: its
// links are absolute, to the repository that package.json names, and each names a file that exists.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  repository: { type: string; url: string };
  homepage: string;
  bugs: { url: string };
};
const REPO = "https://github.com/bibliotekos/bibliotekos";
const readme = readFileSync(join(root, "README.md"), "utf8");
const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] as string);

describe("the package's page", () => {
  it("names the repository, its home page and where to report bugs", () => {
    expect(pkg.repository).toEqual({ type: "git", url: `git+${REPO}.git` });
    expect(pkg.homepage).toBe(`${REPO}#readme`);
    expect(pkg.bugs.url).toBe(`${REPO}/issues`);
  });

  it("links from README.md with absolute addresses only", () => {
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((link) => !/^https?:\/\//.test(link))).toEqual([]);
  });

  it("links to files of the repository that exist", () => {
    const prefix = `${REPO}/blob/main/`;
    for (const link of links.filter((l) => l.startsWith(REPO))) {
      expect(link.startsWith(prefix), link).toBe(true);
      const path = link.slice(prefix.length).split("#")[0] as string;
      expect(existsSync(join(root, path)), link).toBe(true);
    }
  });
});
