import type { FiscalYear } from './lakeland.js';

// A solicitation a program issues each fiscal year it runs: `<key>-fy<year>`, or `<key>-<board>-fy<year>` for
// one issued by every local workforce board from its allocation.

export interface ReleasePlan {
  key: string;
  title: string;
  /** Key of the program whose stream (same fiscal year) pays for it. */
  program: string;
  /** Issuing agency, when not the program's own (always the same department). */
  agencyId?: string;
  /** Issued by each local workforce board from its allocation of the program. */
  perBoard?: boolean;
  /** Opening date: months after July 1 of the year before the fiscal year, and day of the month. */
  opens: readonly [number, number];
  days: number;
  /** Share of the stream's amount offered. */
  share: number;
  years?: readonly FiscalYear[];
  /** Years whose amount is not announced yet (left blank, not zero). */
  pendingYears?: readonly FiscalYear[];
  objectiveIds?: string[];
  sectorIds?: string[];
  regionIds?: string[];
  eligible?: string[];
}
