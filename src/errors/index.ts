export {
  BibliotekosError,
  ERROR_CODE_SUMMARIES,
  isBibliotekosError,
  type BibliotekosErrorDetails,
  type BibliotekosErrorJSON,
  type ErrorCodeSummary,
  type ErrorCode,
  type ErrorIssue,
  type ErrorPath,
} from "./BibliotekosError";
export { type SafeResult } from "./SafeResult";
