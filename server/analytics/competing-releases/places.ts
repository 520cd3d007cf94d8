import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The places a release says it serves, read from its title and description (which holds the source's
// eligibility and geography text): the counties of seed/reference/counties.csv, named with "County" or
// "Counties" ("Luzerne County", "Berks, Cumberland, Westmoreland, and York Counties", "LSA - Luzerne Co"), and a
// few cities and regions that name a part of one county. Two releases that each name places, none in common, serve
// clearly different places: similar at most, never competing. A release naming none is statewide or does not
// say, so it never separates (a statewide round and a county round of one program compete).

const countiesFile = fileURLToPath(new URL('../../../seed/reference/counties.csv', import.meta.url));

/** Cities and regions that lie within one county, by the name a notice uses. */
const partsOfCounties: ReadonlyArray<[name: string, county: string]> = [
  ['City of Philadelphia', 'Philadelphia County'],
  ['San Fernando Valley', 'Los Angeles County'],
  ['City of Los Angeles', 'Los Angeles County'],
  ['Aliso Canyon', 'Los Angeles County'],
];

interface Gazetteer {
  /** Lower-case county name ("contra costa") to its label ("Contra Costa County"). */
  counties: Map<string, string>;
  /** A list of county names before "County"/"Counties"/"Co": names separated by commas, "and", "&", "or". */
  listed: RegExp;
  parts: Array<[RegExp, string]>;
}

let gazetteer: Gazetteer | null = null;

const excluded = /\b(except|excluding|other than|outside( of)?)\s+(the\s+)?$/i;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const loadGazetteer = (): Gazetteer => {
  if (gazetteer) return gazetteer;
  const names = readFileSync(countiesFile, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[3] as string);
  const counties = new Map(names.map((name) => [name.toLowerCase(), `${name} County`]));
  // Longest names first, so "San Luis Obispo" is not read as something shorter.
  const name = [...names]
    .sort((x, y) => y.length - x.length)
    .map(escape)
    .join('|');
  const list = `(?:${name})(?:\\s*(?:,|&|/|\\band\\b|\\bor\\b)\\s*(?:and\\s+|or\\s+)?(?:${name}))*`;
  gazetteer = {
    counties,
    listed: new RegExp(`\\b(${list})\\s+(?:count(?:y|ies)|co\\b)`, 'gi'),
    parts: partsOfCounties.map(([part, county]) => [new RegExp(`\\b${escape(part)}\\b`, 'i'), county]),
  };
  return gazetteer;
};

/** The counties a text names (a city or region counts as its county), sorted; empty: statewide or unstated. */
export const readPlaces = (text: string): string[] => {
  const { counties, listed, parts } = loadGazetteer();
  const found = new Set<string>();
  for (const match of text.matchAll(listed)) {
    // "All counties except Philadelphia County" names a place left out, not one served.
    if (excluded.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    for (const part of (match[1] as string).split(/\s*(?:,|&|\/|\band\b|\bor\b)\s*/i)) {
      const county = counties.get(part.trim().toLowerCase());
      if (county) found.add(county);
    }
  }
  for (const [pattern, county] of parts) if (pattern.test(text)) found.add(county);
  return [...found].sort();
};

export interface PlaceComparison {
  shared: string[];
  /** Both name places and none is shared: clearly different places. */
  different: boolean;
}

export const comparePlaces = (a: readonly string[], b: readonly string[]): PlaceComparison => {
  const inB = new Set(b);
  const shared = a.filter((place) => inB.has(place));
  return { shared, different: a.length > 0 && b.length > 0 && shared.length === 0 };
};
