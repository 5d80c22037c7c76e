import type { ReportRule } from "../rule";
import { breakdowns } from "./breakdowns";
import { budget } from "./budget";
import { claims } from "./claims";
import { derived } from "./derived";
import { differences } from "./differences";
import { shares } from "./shares";
import { targets } from "./targets";
import { totals } from "./totals";

/**
 * The rules of `checkReport`, in the order they run and their findings are listed. A new rule
 * is a file beside these and a line here.
 */
export const RULES: readonly ReportRule[] = [totals, breakdowns, differences, shares, derived, targets, claims, budget];
