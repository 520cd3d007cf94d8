import type { CompetingLevel, CompetingPair } from '@contract/analytics/competing-releases.js';
import type { MapNode } from '@contract/map.js';

// The releases timeline (a Gantt chart by agency): rows, the date scale, and which releases compete.

export interface TimelineRow {
  id: string;
  title: string;
  agency: string;
  opens: string;
  closes: string;
  /** [first day, last day] as days since 1970-01-01, what the range bars draw. */
  span: [number, number];
  competing: number;
  /** The strongest level among the pairs listed that include it (null: in none). */
  level: CompetingLevel | null;
}

export const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
export const dayToIso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

const pairIds = (pair: CompetingPair) => [pair.a.id, pair.b.id];

/** One row per release, grouped by agency (by name), then by opening date; counts the pairs each is in. */
export const toTimeline = (
  releases: readonly MapNode[],
  agencyName: (id: string) => string,
  pairs: readonly CompetingPair[],
  levels: ReadonlyMap<string, CompetingLevel> = new Map(),
): TimelineRow[] => {
  const competing = new Map<string, number>();
  for (const id of pairs.flatMap(pairIds)) competing.set(id, (competing.get(id) ?? 0) + 1);
  return releases
    .filter((node) => node.type === 'release' && node.opens && node.closes)
    .map((node) => ({
      id: node.key,
      title: node.label,
      agency: agencyName(node.agency_id ?? ''),
      opens: node.opens!,
      closes: node.closes!,
      span: [dayNumber(node.opens!), dayNumber(node.closes!) + 1] as [number, number],
      competing: competing.get(node.key) ?? 0,
      level: levels.get(node.key) ?? null,
    }))
    .sort(
      (a, b) => a.agency.localeCompare(b.agency) || a.opens.localeCompare(b.opens) || a.title.localeCompare(b.title),
    );
};

/** Month starts between two days, for the axis ticks. */
export const monthTicks = (from: number, to: number): number[] => {
  const ticks: number[] = [];
  const start = new Date(from * 86_400_000);
  const cursor = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1));
  while (cursor.getTime() / 86_400_000 <= to) {
    const day = cursor.getTime() / 86_400_000;
    if (day >= from) ticks.push(day);
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return ticks;
};

export const pairKey = (pair: CompetingPair): string => `${pair.a.id}~${pair.b.id}`;
