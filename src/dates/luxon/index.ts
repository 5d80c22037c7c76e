/**
 * The edge between bibliotekos dates (ISO strings) and luxon: a partial date to a `DateTime`,
 * a period to an `Interval`. The only place in `bibliotekos/dates` that loads luxon; import
 * it from `bibliotekos/dates/luxon` (the root `bibliotekos` does not re-export it).
 *
 * @module dates/luxon
 */
export { toLuxonDateTime, type LuxonOptions } from "./toLuxonDateTime";
export { toLuxonInterval } from "./toLuxonInterval";
export { BibliotekosError, isBibliotekosError, type ErrorCode } from "../../errors/index";
