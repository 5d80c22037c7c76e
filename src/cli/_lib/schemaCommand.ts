import { Command } from "commander";
import { MODEL_SCHEMAS, toJSONSchema, type ModelName } from "../../models/toJSONSchema";
import type { CommandContext } from "./context";
import { InputError } from "./readInput";

/** `bibliotekos schema <Model>`: a model's JSON Schema. */
export function schemaCommand(context: CommandContext): Command {
  const names = Object.keys(MODEL_SCHEMAS);
  return new Command("schema")
    .description("print a model's JSON Schema (draft 2020-12)")
    .argument("<model>", `one of ${names.join(", ")}`)
    .addHelpText("after", "\nExample:\n  bibliotekos schema AnnualReport > AnnualReport.schema.json")
    .action((model: string) => {
      const name = names.find((n) => n.toLowerCase() === model.toLowerCase()) as ModelName | undefined;
      if (name === undefined) throw new InputError(`no model named ${model}; the models are ${names.join(", ")}`);
      context.out(JSON.stringify(toJSONSchema(name), null, 2) + "\n");
    });
}
