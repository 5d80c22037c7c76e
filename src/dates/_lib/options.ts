// Reading the options shared by parseDate and findDates.
import { readDateArgument, type Partial } from "./calendar";

export function readRef(options: { ref?: unknown } | undefined, input: unknown): Partial | undefined {
  const ref = options?.ref;
  return ref === undefined ? undefined : readDateArgument(ref, input, ["options", "ref"]);
}
