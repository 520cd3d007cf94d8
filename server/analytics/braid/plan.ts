import type { BraidStream } from '../../contract/analytics/braid.js';

// Choosing which eligible streams to braid for one request (docs/analytics.md, "Braiding plan"):
// 1. the fewest agencies whose available money can cover the cost (taking the largest agencies first gives
//    the minimum); 2. among plans with that many agencies, agencies with more flexible, lower-match money;
// 3. within the chosen agencies, draw from the most flexible, lowest-match streams first.

export interface PlannedShare {
  stream: BraidStream;
  share: number;
}

export interface Plan {
  shares: PlannedShare[];
  agencyIds: string[];
  covered: number;
}

const flexibilityRank = (flexibility: BraidStream['flexibility']): number =>
  flexibility === 'flexible' ? 0 : flexibility === 'moderate' ? 1 : flexibility === null ? 2 : 3;

/** Best money first: flexible before restricted, then lower match, then more available. */
export const byPreference = (a: BraidStream, b: BraidStream): number =>
  flexibilityRank(a.flexibility) - flexibilityRank(b.flexibility) ||
  (a.match_percent ?? 0) - (b.match_percent ?? 0) ||
  b.available - a.available ||
  a.id.localeCompare(b.id);

interface AgencyMoney {
  id: string;
  streams: BraidStream[];
  total: number;
}

const agencyMoney = (streams: BraidStream[]): AgencyMoney[] => {
  const byAgency = new Map<string, BraidStream[]>();
  for (const stream of streams) byAgency.set(stream.agency.id, [...(byAgency.get(stream.agency.id) ?? []), stream]);
  return [...byAgency].map(([id, own]) => ({
    id,
    streams: [...own].sort(byPreference),
    total: own.reduce((total, stream) => total + stream.available, 0),
  }));
};

/** Sum of the `count` largest totals. */
const largest = (agencies: AgencyMoney[], count: number): number =>
  agencies
    .map((agency) => agency.total)
    .sort((a, b) => b - a)
    .slice(0, count)
    .reduce((total, amount) => total + amount, 0);

const fewestAgencies = (agencies: AgencyMoney[], cost: number): number => {
  for (let count = 1; count <= agencies.length; count++) if (largest(agencies, count) >= cost) return count;
  return agencies.length;
};

/** Agencies in order of their best stream, then the larger first. */
const byAgencyPreference = (a: AgencyMoney, b: AgencyMoney): number =>
  byPreference(a.streams[0] as BraidStream, b.streams[0] as BraidStream) ||
  b.total - a.total ||
  a.id.localeCompare(b.id);

const chooseAgencies = (agencies: AgencyMoney[], cost: number): AgencyMoney[] => {
  const slots = fewestAgencies(agencies, cost);
  let open = [...agencies].sort(byAgencyPreference);
  const chosen: AgencyMoney[] = [];
  let need = cost;
  for (let slot = slots; slot > 0; slot--) {
    // The best agency that still lets the remaining slots cover what is left (the largest always does).
    const pick =
      open.find(
        (agency) =>
          need - agency.total <=
          largest(
            open.filter((other) => other !== agency),
            slot - 1,
          ),
      ) ?? open[0];
    if (!pick) break;
    chosen.push(pick);
    need -= pick.total;
    open = open.filter((agency) => agency !== pick);
  }
  return chosen;
};

export const planBraid = (streams: BraidStream[], cost: number): Plan => {
  const usable = streams.filter((stream) => stream.available > 0);
  const chosen = chooseAgencies(agencyMoney(usable), cost);
  const shares: PlannedShare[] = [];
  let need = cost;
  for (const stream of chosen.flatMap((agency) => agency.streams).sort(byPreference)) {
    if (need <= 0) break;
    const share = Math.min(stream.available, need);
    shares.push({ stream, share });
    need -= share;
  }
  return {
    shares,
    agencyIds: [...new Set(shares.map(({ stream }) => stream.agency.id))],
    covered: shares.reduce((total, { share }) => total + share, 0),
  };
};
