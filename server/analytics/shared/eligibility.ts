import type { RequestSummary } from '../../contract/analytics/refs-and-filters.js';
import { applicantAllowed, scopeCovers, scopesIntersect } from './scope.js';

// Eligibility (docs/analytics.md): a stream (or a release) is eligible for a request when it supports at
// least one objective the requested solution advances, its sector scope intersects the partnership's
// sectors, its region scope includes the partnership's region (or is empty), and its eligible applicants,
// if listed, include the partnership's applicant type.

/** What is asked: a request, as eligibility sees it. */
export interface Need {
  key: string;
  objective_ids: string[];
  sector_ids: string[];
  region_id: string | null;
  applicant_type: string | null;
  /** A described need with no applicant type: any type may apply, so the offer's list does not exclude it. */
  any_applicant: boolean;
}

/** What is offered: a stream, or a release. */
export interface Offer {
  id: string;
  objective_ids: string[];
  sector_ids: string[];
  region_ids: string[];
  eligible_applicants: string[];
}

export interface Conditions {
  /** The need's objectives the offer supports (none: not a candidate at all). */
  via: string[];
  sector_ok: boolean;
  region_ok: boolean;
  applicant_ok: boolean;
}

export const isEligible = (conditions: Conditions): boolean =>
  conditions.via.length > 0 && conditions.sector_ok && conditions.region_ok && conditions.applicant_ok;

export const testEligibility = (offer: Offer, need: Need): Conditions => ({
  via: need.objective_ids.filter((id) => offer.objective_ids.includes(id)),
  sector_ok: scopesIntersect(offer.sector_ids, need.sector_ids),
  region_ok: scopeCovers(offer.region_ids, need.region_id),
  applicant_ok: need.any_applicant || applicantAllowed(offer.eligible_applicants, need.applicant_type),
});

export const needOf = (request: RequestSummary, applicantType: string | null = null): Need => ({
  key: request.key,
  objective_ids: request.objectives.map((objective) => objective.id),
  sector_ids: request.sectors.map((sector) => sector.id),
  region_id: request.region?.id ?? null,
  applicant_type: request.partnership ? request.partnership.applicant_type : applicantType,
  // A partnership on record with no type recorded is not "any": its listed-applicant offers stay near misses.
  any_applicant: !request.partnership && applicantType === null,
});

export interface Candidate<T extends Offer> {
  offer: T;
  conditions: Conditions;
}

const statewide = '*';

/**
 * Offers indexed by objective, and by objective and region, so a request only meets the offers that share
 * one of its objectives (and, for `eligible`, cover its region): the join costs what it finds, never
 * requests x streams.
 */
export class OfferIndex<T extends Offer> {
  private readonly byObjective = new Map<string, T[]>();
  private readonly byObjectiveRegion = new Map<string, T[]>();

  constructor(offers: Iterable<T>) {
    const add = (map: Map<string, T[]>, key: string, offer: T) => {
      const list = map.get(key);
      if (list) list.push(offer);
      else map.set(key, [offer]);
    };
    for (const offer of offers)
      for (const objective of offer.objective_ids) {
        add(this.byObjective, objective, offer);
        for (const region of offer.region_ids.length === 0 ? [statewide] : offer.region_ids)
          add(this.byObjectiveRegion, `${objective}|${region}`, offer);
      }
  }

  private distinct(lists: Array<T[] | undefined>): T[] {
    const seen = new Set<T>();
    for (const list of lists) for (const offer of list ?? []) seen.add(offer);
    return [...seen];
  }

  /** Offers sharing an objective with the need that cover its region (eligible or failing another condition). */
  private inRegion(need: Need): Candidate<T>[] {
    const regions = need.region_id === null ? [statewide] : [need.region_id, statewide];
    const lists = need.objective_ids.flatMap((objective) =>
      regions.map((region) => this.byObjectiveRegion.get(`${objective}|${region}`)),
    );
    return this.distinct(lists).map((offer) => ({ offer, conditions: testEligibility(offer, need) }));
  }

  /** The offers eligible for the need. */
  eligible(need: Need): Candidate<T>[] {
    return this.inRegion(need).filter((candidate) => isEligible(candidate.conditions));
  }

  private readonly supportCounts = new Map<string, number>();

  /** How many offers support at least one of the objectives. */
  supportCount(objectiveIds: string[]): number {
    const key = [...objectiveIds].sort().join(' ');
    let count = this.supportCounts.get(key);
    if (count === undefined) {
      count = this.distinct(objectiveIds.map((objective) => this.byObjective.get(objective))).length;
      this.supportCounts.set(key, count);
    }
    return count;
  }

  /**
   * The closest offers that support the need's objectives but are not eligible: first those covering its
   * region (failing sector or applicant type; fewest failures, then `rank`, first), then, to fill up to
   * `limit`, offers limited to other regions in id order. Cheap: it never tests every supporting offer.
   */
  closestMisses(need: Need, limit: number, rank: (offer: T) => number = () => 0): Candidate<T>[] {
    const failures = (conditions: Conditions) => Number(!conditions.sector_ok) + Number(!conditions.applicant_ok);
    const near = this.inRegion(need)
      .filter((candidate) => !isEligible(candidate.conditions))
      .sort(
        (a, b) =>
          failures(a.conditions) - failures(b.conditions) ||
          rank(b.offer) - rank(a.offer) ||
          (a.offer.id < b.offer.id ? -1 : 1),
      )
      .slice(0, limit);
    for (const list of need.objective_ids.map((objective) => this.byObjective.get(objective) ?? [])) {
      for (const offer of list) {
        if (near.length >= limit) return near;
        if (near.some((candidate) => candidate.offer === offer)) continue;
        const conditions = testEligibility(offer, need);
        if (!conditions.region_ok) near.push({ offer, conditions });
      }
    }
    return near;
  }
}
