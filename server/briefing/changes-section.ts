import type { YearChangesResponse } from '../contract/analytics/changes.js';
import type { BriefingItem, BriefingSection } from '../contract/briefing.js';
import type { DataAsOf } from '../repositories/briefing-inputs.js';
import { change, count, dollars, share } from './figures.js';

// "What changed since last year": the year-over-year analytic's answer (GET /api/analytics/changes), written as
// the briefing writes figures. The briefing compares nothing itself, so the page and the view never disagree.

export const changesSource = (from: number, to: number) => `/api/analytics/changes?from=${from}&to=${to}`;

const title = 'What changed since last year';

interface Counted {
  from_count: number;
  to_count: number;
  gained: unknown[];
  resolved: unknown[];
}

export const changesSection = (changes: YearChangesResponse | null, asOf: DataAsOf): BriefingSection => {
  if (changes === null) return { id: 'changes', title, items: [], note: 'No funding data for the year before.' };
  const source = changesSource(changes.from, changes.to);
  const years = `FY${changes.from} -> FY${changes.to}`;
  const item = (label: string, value: string, number: number | null, detail: string): BriefingItem => ({
    label,
    value,
    number,
    detail,
    source,
    as_of: asOf.streams,
  });
  const both = (label: string, before: number, after: number, format: (value: number) => string, more = '') =>
    item(
      label,
      change(before, after, format),
      after - before,
      `${years}: ${format(before)} -> ${format(after)}${more}`,
    );
  const counted = (label: string, diff: Counted, gained: string, resolved: string) =>
    both(
      label,
      diff.from_count,
      diff.to_count,
      count,
      `; ${count(diff.gained.length)} ${gained}, ${count(diff.resolved.length)} ${resolved}`,
    );
  const { streams } = changes;
  const indicators = changes.indicators.flatMap((indicator) => {
    const { from, to } = indicator;
    if (from.value === null || to.value === null) return [];
    return [both(indicator.label, from.value, to.value, indicator.unit === 'share' ? share : count)];
  });
  return {
    id: 'changes',
    title,
    items: [
      both('Funding', changes.amount.from, changes.amount.to, dollars),
      item(
        'Streams',
        `${count(streams.new.length)} new, ${count(streams.ended.length)} ended, ${count(streams.changed.length)} changed`,
        streams.new.length + streams.ended.length + streams.changed.length,
        `${years}: ${count(streams.unchanged)} unchanged, matched by Assistance Listing and name series`,
      ),
      counted('GAO findings', changes.gao_findings, 'gained', 'resolved'),
      counted('Objectives funded by several agencies', changes.duplicated_objectives, 'gained', 'resolved'),
      counted('Competing pairs of releases', changes.competing_pairs, 'gained', 'resolved'),
      counted('Gaps', changes.gaps, 'opened', 'closed'),
      ...indicators,
    ],
    note: null,
  };
};
