import { describe, expect, it } from 'vitest';
import {
  isEligible,
  OfferIndex,
  testEligibility,
  type Need,
  type Offer,
} from '../../server/analytics/shared/eligibility.js';
import { applicantAllowed, scopeCovers, scopesIntersect } from '../../server/analytics/shared/scope.js';
import { createRandom } from '../../seed/synthetic/random.js';

const offer = (
  id: string,
  objective_ids: string[],
  scope: Partial<Omit<Offer, 'id' | 'objective_ids'>> = {},
): Offer => ({
  id,
  objective_ids,
  sector_ids: scope.sector_ids ?? [],
  region_ids: scope.region_ids ?? [],
  eligible_applicants: scope.eligible_applicants ?? [],
});

const need: Need = {
  key: 'north-mfg|upskilling',
  objective_ids: ['iwt', 'appr'],
  sector_ids: ['mfg'],
  region_id: 'north',
  applicant_type: 'Nonprofit',
  any_applicant: false,
};

describe('scopes', () => {
  it('an empty scope means any; two scopes intersect when either is empty or they share an element', () => {
    expect(scopesIntersect([], ['mfg'])).toBe(true);
    expect(scopesIntersect(['mfg'], [])).toBe(true);
    expect(scopesIntersect(['mfg', 'health'], ['health'])).toBe(true);
    expect(scopesIntersect(['mfg'], ['health'])).toBe(false);
    expect(scopeCovers([], 'north')).toBe(true);
    expect(scopeCovers(['south'], 'north')).toBe(false);
    expect(scopeCovers(['south'], null)).toBe(false);
  });

  it('eligible applicants, if listed, must include the type (no case, no outer spaces)', () => {
    expect(applicantAllowed([], null)).toBe(true);
    expect(applicantAllowed([' nonprofit '], 'Nonprofit')).toBe(true);
    expect(applicantAllowed(['workforce board'], 'nonprofit')).toBe(false);
    expect(applicantAllowed(['nonprofit'], null)).toBe(false);
    // Labels name one type however they are spelled.
    expect(applicantAllowed(['nonprofit'], 'Non-profit organization')).toBe(true);
    expect(applicantAllowed(['Nonprofit organizations'], 'non profit')).toBe(true);
    expect(applicantAllowed(['community colleges'], 'Community College')).toBe(true);
    expect(applicantAllowed(['employer consortium'], 'employer')).toBe(false);
    expect(applicantAllowed(['employers'], 'employer consortia')).toBe(false);
  });
});

describe('eligibility', () => {
  it('tests each condition of the definition separately', () => {
    expect(testEligibility(offer('any', ['iwt']), need)).toEqual({
      via: ['iwt'],
      sector_ok: true,
      region_ok: true,
      applicant_ok: true,
    });
    expect(testEligibility(offer('other-objective', ['childcare']), need).via).toEqual([]);
    expect(testEligibility(offer('health-only', ['iwt'], { sector_ids: ['health'] }), need).sector_ok).toBe(false);
    expect(testEligibility(offer('south-only', ['appr'], { region_ids: ['south'] }), need).region_ok).toBe(false);
    expect(
      testEligibility(offer('boards-only', ['iwt'], { eligible_applicants: ['workforce board'] }), need).applicant_ok,
    ).toBe(false);
    // A described need with no type may be any type: a list of applicants does not exclude it.
    const anyType = { ...need, applicant_type: null, any_applicant: true };
    expect(
      testEligibility(offer('boards-only', ['iwt'], { eligible_applicants: ['workforce board'] }), anyType)
        .applicant_ok,
    ).toBe(true);
    expect(isEligible(testEligibility(offer('other-objective', ['childcare']), need))).toBe(false);
  });

  it('the index finds exactly the offers the definition makes eligible', () => {
    const random = createRandom('eligibility');
    const offers = Array.from({ length: 300 }, (_, index) =>
      offer(`s${index}`, random.sample(['o1', 'o2', 'o3', 'o4'], random.int(1, 2)), {
        sector_ids: random.chance(0.5) ? [] : random.sample(['a', 'b', 'c'], 1),
        region_ids: random.chance(0.4) ? [] : random.sample(['r1', 'r2', 'r3'], random.int(1, 2)),
        eligible_applicants: random.chance(0.6) ? [] : random.sample(['nonprofit', 'employer'], 1),
      }),
    );
    const index = new OfferIndex(offers);
    for (let n = 0; n < 50; n++) {
      const wanted: Need = {
        key: `n${n}`,
        objective_ids: random.sample(['o1', 'o2', 'o3', 'o4'], random.int(1, 2)),
        sector_ids: random.sample(['a', 'b', 'c'], random.int(0, 2)),
        region_id: random.pick(['r1', 'r2', 'r3']),
        applicant_type: random.pick(['nonprofit', 'employer', null]),
        any_applicant: false,
      };
      const expected = offers
        .filter((candidate) => isEligible(testEligibility(candidate, wanted)))
        .map((found) => found.id);
      expect(
        index
          .eligible(wanted)
          .map((found) => found.offer.id)
          .sort(),
      ).toEqual(expected.sort());
    }
  });

  it('near misses: in-region ones first (fewest failures, most money), then other regions', () => {
    const offers = [
      offer('two-failures', ['iwt'], { sector_ids: ['health'], eligible_applicants: ['employer'] }),
      offer('small-sector-miss', ['iwt'], { sector_ids: ['health'] }),
      offer('large-sector-miss', ['iwt'], { sector_ids: ['retail'] }),
      offer('elsewhere', ['iwt'], { region_ids: ['south'] }),
      offer('eligible', ['iwt']),
    ];
    const money: Record<string, number> = { 'small-sector-miss': 10, 'large-sector-miss': 99 };
    const index = new OfferIndex(offers);
    const misses = index.closestMisses(need, 5, (found) => money[found.id] ?? 0).map((miss) => miss.offer.id);
    expect(misses).toEqual(['large-sector-miss', 'small-sector-miss', 'two-failures', 'elsewhere']);
    expect(index.closestMisses(need, 2).length).toBe(2);
    expect(index.supportCount(['iwt'])).toBe(5);
  });
});
