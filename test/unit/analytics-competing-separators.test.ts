import { describe, expect, it } from 'vitest';
import { readActivityKinds } from '../../server/analytics/competing-releases/activity-kinds.js';
import { readInstrument } from '../../server/analytics/competing-releases/instruments.js';
import { PairClassifier } from '../../server/analytics/competing-releases/pair-classifier.js';
import { comparePlaces, readPlaces } from '../../server/analytics/competing-releases/places.js';

// What separates releases of one program area (issue #9): places, kinds of activity and instruments, on texts
// written the way the PA and CA portals write them.

describe('places named in titles and eligibility', () => {
  it('reads county lists, abbreviations, slashes and regions as counties', () => {
    expect(readPlaces('Local Share Account (LSA) - Luzerne Co')).toEqual(['Luzerne County']);
    expect(readPlaces('Eligible applicants located Berks, Cumberland, Westmoreland, and York Counties')).toEqual([
      'Berks County',
      'Cumberland County',
      'Westmoreland County',
      'York County',
    ]);
    expect(readPlaces('DRAP Northampton/Bucks County Flood')).toEqual(['Bucks County', 'Northampton County']);
    expect(readPlaces('Prop 68 River San Fernando Valley')).toEqual(['Los Angeles County']);
    expect(readPlaces('golden eagles in Alameda and Contra Costa counties, and in Kern County')).toEqual([
      'Alameda County',
      'Contra Costa County',
      'Kern County',
    ]);
  });

  it('names no place for statewide texts, places left out, or county words that are not counties', () => {
    expect(readPlaces('Geography: All counties in Pennsylvania, except Philadelphia County.')).toEqual([]);
    expect(readPlaces('All 67 counties are eligible to apply. Statewide.')).toEqual([]);
    expect(readPlaces('Delaware River watershed projects; Lake Erie access')).toEqual([]);
  });

  it('different places only when both name places and share none', () => {
    expect(comparePlaces(['Luzerne County'], ['Berks County', 'York County']).different).toBe(true);
    expect(comparePlaces(['Monroe County'], []).different).toBe(false);
    expect(comparePlaces(['Berks County', 'Bucks County'], ['Bucks County'])).toEqual({
      shared: ['Bucks County'],
      different: false,
    });
  });
});

describe('kinds of activity and instruments', () => {
  it('reads the kind of work a title names', () => {
    expect([...readActivityKinds('Community Recreation and Conservation Planning')]).toEqual(['planning']);
    expect([...readActivityKinds('Land Acquisition and Conservation')]).toEqual(['land acquisition']);
    expect([...readActivityKinds('Chesapeake Bay Program Technician Funding')]).toEqual(['staff']);
    expect([...readActivityKinds('Non-motorized Trails')]).toEqual([]);
  });

  it('tells tax credits and rebates from grants and loans', () => {
    expect(readInstrument('Historic Preservation Tax Credit (HPTC)', null)).toBe('tax credit');
    expect(readInstrument('Neighborhood Assistance Program (NAP)', 'Tax credit program to encourage businesses')).toBe(
      'tax credit',
    );
    expect(readInstrument('Alternative Fuel Vehicle Rebate Program', null)).toBe('rebate');
    expect(readInstrument('Business in our Sites (BOS) - Project Loans', 'Loans for sites')).toBe('grant or loan');
  });
});

const gaming =
  'Gaming revenues through the Commonwealth Financing Authority support projects in the public interest: community improvement, economic development and public safety projects of counties and municipalities.';
const parks =
  'Parks, recreation facilities, greenways, trails, open space and river conservation for counties, municipalities and nonprofits.';
const releases = [
  {
    id: 'lsa-statewide',
    title: 'Local Share Account (LSA) Statewide',
    description: gaming,
    applicants: ['Municipality'],
  },
  {
    id: 'lsa-monroe',
    title: 'Local Share Account (LSA) - Monroe Co',
    description: `${gaming}\nEligibility: Municipalities in Monroe County.`,
    applicants: ['Municipality'],
  },
  {
    id: 'lsa-luzerne',
    title: 'Local Share Account (LSA) - Luzerne Co',
    description: `${gaming}\nEligibility: Municipalities in Luzerne County.`,
    applicants: ['Municipality'],
  },
  {
    id: 'c2p2-planning',
    title: 'Community Recreation and Conservation Planning',
    description: `Studies and plans for ${parks}`,
    applicants: ['Municipality', 'Nonprofit'],
  },
  {
    id: 'c2p2-acquisition',
    title: 'Land Acquisition and Conservation',
    description: `Buying land for ${parks}`,
    applicants: ['Municipality', 'Nonprofit'],
  },
  {
    id: 'historic-credit',
    title: 'Historic Preservation Tax Credit',
    description: 'Rehabilitation of historic buildings listed in the National Register.',
    applicants: ['Business'],
  },
  {
    id: 'historic-grant',
    title: 'Keystone Historic Preservation Grant',
    description: 'Rehabilitation of historic buildings listed in the National Register.',
    applicants: ['Nonprofit', 'Municipality'],
  },
  {
    id: 'cdfi-capital',
    title: 'Community Development Bank',
    description: 'Loans and grants to accredited CDFIs to capitalize their revolving loan funds for small businesses.',
    applicants: ['Community Development Financial Institutions'],
  },
  {
    id: 'cdfi-minority',
    title: 'Minority Business Revolving Loan Fund Capitalization',
    description: 'Loans to accredited CDFIs to capitalize their revolving loan funds for minority small businesses.',
    applicants: ['Community Development Financial Institutions'],
  },
  { id: 'mural-arts', title: 'Community Mural Arts', description: 'Murals with youth.', applicants: ['Nonprofit'] },
].map((release) => ({ ...release, objective_ids: release.id.startsWith('cdfi-minority') ? ['minority'] : ['area'] }));

const frequencies = { releases: 40, targeting: new Map([['area', 9]]) };
const classifier = new PairClassifier(releases, frequencies, (id) => ({ id, name: `Objective ${id}` }));
const byId = new Map(releases.map((release) => [release.id, release]));
const classify = (a: string, b: string, foundBy: 'objectives' | 'wording' = 'objectives') =>
  classifier.classify(byId.get(a)!, byId.get(b)!, foundBy);
const reasons = (a: string, b: string, foundBy: 'objectives' | 'wording' = 'objectives') =>
  classifier
    .reasons(byId.get(a)!, byId.get(b)!, classify(a, b, foundBy), {
      sharedObjectives: ['area'],
      sameDepartment: true,
      department: 'Community and Economic Development',
      overlapDays: 30,
    })
    .map((reason) => `${reason.sense === 'shares' ? '+' : '-'} ${reason.text}`);

describe('competing-releases separators', () => {
  it('rounds of one program for clearly different counties are similar, and say which places', () => {
    const found = classify('lsa-luzerne', 'lsa-monroe');
    expect(found).toMatchObject({ level: 'similar', places: { a: ['Luzerne County'], b: ['Monroe County'] } });
    expect(reasons('lsa-luzerne', 'lsa-monroe')).toContain('- Different places: Luzerne County against Monroe County.');
  });

  it('a statewide round and a county round of one program compete', () => {
    expect(classify('lsa-monroe', 'lsa-statewide').level).toBe('competing');
    expect(reasons('lsa-monroe', 'lsa-statewide')).toContain(
      '+ One serves Monroe County; the other names no place (statewide or not stated).',
    );
  });

  it('planning against land acquisition for the same parks is similar', () => {
    expect(classify('c2p2-planning', 'c2p2-acquisition').level).toBe('similar');
    expect(reasons('c2p2-planning', 'c2p2-acquisition')).toContain(
      '- Different activities: planning against land acquisition.',
    );
  });

  it('a tax credit against a grant for the same buildings is similar: they reach different applicants', () => {
    expect(classify('historic-credit', 'historic-grant').level).toBe('similar');
    expect(reasons('historic-credit', 'historic-grant')).toContain(
      '- A tax credit against a grant or loan: they reach different applicants.',
    );
  });

  it('two capital programs for the same CDFIs that share no mapped objective compete, found by their wording', () => {
    const found = classify('cdfi-capital', 'cdfi-minority', 'wording');
    expect(found).toMatchObject({ level: 'competing', found_by: 'wording' });
    expect(found.wording).toBeGreaterThanOrEqual(0.5);
    expect(reasons('cdfi-capital', 'cdfi-minority', 'wording')).toContain(
      '- No mapped objective in common: found by their wording.',
    );
  });
});
