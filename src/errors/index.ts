export {
  BibliotekosError,
  isBibliotekosError,
  type BibliotekosErrorDetails,
  type BibliotekosErrorJSON,
  type ErrorCode,
  type ErrorIssue,
  type ErrorPath,
} from "./BibliotekosError";
export { ERROR_CODE_SUMMARIES, type ErrorCodeSummary } from "./ErrorCodeSummary";
export { type SafeResult } from "./SafeResult";
