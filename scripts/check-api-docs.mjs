// Checks the API reference that TypeDoc wrote to docs/api (run by `npm run docs` after typedoc):
// no link to a web address that is a file name (`http://DOMAIN.md`: markdown-it's linkify reads
// `.md` as Moldova's domain), and every module's page lists declarations of its own (functions,
// types, constants), not only references to the root's.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const dir = new URL("../docs/api/", import.meta.url).pathname;
const problems = [];

function walk(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith(".html")) {
      for (const [link] of readFileSync(path, "utf8").matchAll(/href="https?:\/\/[^"/]*\.md"/g)) {
        problems.push(`${path.slice(dir.length)}: ${link}`);
      }
    }
  }
}
walk(dir);

const OWN = ["classes", "interfaces", "type-aliases", "variables", "functions"];
for (const name of readdirSync(join(dir, "modules"))) {
  const page = readFileSync(join(dir, "modules", name), "utf8");
  if (!OWN.some((id) => page.includes(`id="${id}"`))) problems.push(`modules/${name}: lists no declaration of its own`);
}

for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exit(1);
console.log(`api docs: no file-name links, ${readdirSync(join(dir, "modules")).length} module pages with their own declarations`);
