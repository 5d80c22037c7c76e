// Writes the JSON Schema of every model to schemas/<Model>.json (run by `npm run build`
// after tsup), so that apps without TypeScript can validate the same records.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MODEL_SCHEMAS, toJSONSchema, type ModelName } from "../src/models/index";

const dir = join(import.meta.dirname ?? __dirname, "..", "schemas");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
for (const name of Object.keys(MODEL_SCHEMAS) as ModelName[]) {
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(toJSONSchema(name), null, 2)}\n`);
}
console.log(`schemas: wrote ${Object.keys(MODEL_SCHEMAS).length} JSON Schemas to schemas/`);
