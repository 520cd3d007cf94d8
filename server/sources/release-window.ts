import { daysBetween, type DateReading } from './source-dates.js';

export interface WindowOptions {
  /**
   * Close date to give releases that publish none ("Ongoing", blank, a 2099 placeholder). Unset by default: such
   * releases are skipped with that reason, because Braid would otherwise have to invent a deadline.
   */
  openEndedCloses?: string | undefined;
}

export type ReleaseWindow =
  { ok: true; opens: string; closes: string; warnings: string[]; notes: string[] } | { ok: false; reason: string };

// No source here has a real release before 2005 (Grants.gov starts in 2009); an earlier year is a typo.
const earliestPlausibleYear = 2005;
// Portals give rolling programs a deadline years away (PA writes 2035-12-31); kept, but flagged.
const farFutureDays = 5 * 365;

const describe = (reading: DateReading): string => (reading.text === '' ? 'blank' : `"${reading.text}"`);

/** Opening and closing days of a release, or why the source does not give a usable window. */
export const releaseWindow = (opens: DateReading, closes: DateReading, options: WindowOptions): ReleaseWindow => {
  if (opens.kind !== 'date') return { ok: false, reason: `no open date (open date is ${describe(opens)})` };
  const notes: string[] = [];
  let closeDate: string;
  if (closes.kind === 'date') closeDate = closes.date;
  else if (closes.kind === 'none' && options.openEndedCloses) {
    closeDate = options.openEndedCloses;
    notes.push(`No close date published (${describe(closes)}); ${closeDate} set by the openEndedCloses option.`);
  } else return { ok: false, reason: `no close date (close date is ${describe(closes)})` };

  if (closeDate < opens.date)
    return {
      ok: false,
      reason:
        closes.kind === 'date'
          ? `closes ${closeDate} before it opens ${opens.date}; the source has a typo`
          : `opens ${opens.date}, after the openEndedCloses date ${closeDate}`,
    };

  const warnings: string[] = [];
  for (const date of [opens.date, closeDate])
    if (Number(date.slice(0, 4)) < earliestPlausibleYear)
      warnings.push(`date ${date} looks like a typo for a later year; kept as published`);
  if (closes.kind === 'date' && daysBetween(opens.date, closeDate) > farFutureDays)
    warnings.push(
      `closes ${closeDate}, more than five years after it opens: probably a placeholder for a rolling program; kept as published`,
    );
  return { ok: true, opens: opens.date, closes: closeDate, warnings, notes };
};
