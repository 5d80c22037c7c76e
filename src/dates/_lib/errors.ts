import { BibliotekosError } from "../../errors/BibliotekosError";
import type { DateFail } from "./points";

const LT: Readonly<Record<DateFail["code"], string>> = {
  invalid_date: "Tokios datos nėra arba ji parašyta netaisyklingai",
  reversed_range: "Laikotarpis baigiasi anksčiau, nei prasideda",
  needs_reference: "Tekstui perskaityti reikia atskaitos datos (options.ref)",
};

/** Turns the reader's failure into the library's error. */
export function toDateError(fail: DateFail, input: string): BibliotekosError {
  return new BibliotekosError({
    code: fail.code,
    message: `${fail.message} (at ${fail.offset})`,
    messageLt: LT[fail.code],
    input,
    offset: fail.offset,
  });
}
