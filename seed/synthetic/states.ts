// The states a synthetic map covers, in order: state N of a run is the same whatever the number of states.

export interface SyntheticState {
  code: string;
  name: string;
}

const usStates: readonly (readonly [string, string])[] = [
  ['AL', 'Alabama'],
  ['AK', 'Alaska'],
  ['AZ', 'Arizona'],
  ['AR', 'Arkansas'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['CT', 'Connecticut'],
  ['DE', 'Delaware'],
  ['FL', 'Florida'],
  ['GA', 'Georgia'],
  ['HI', 'Hawaii'],
  ['ID', 'Idaho'],
  ['IL', 'Illinois'],
  ['IN', 'Indiana'],
  ['IA', 'Iowa'],
  ['KS', 'Kansas'],
  ['KY', 'Kentucky'],
  ['LA', 'Louisiana'],
  ['ME', 'Maine'],
  ['MD', 'Maryland'],
  ['MA', 'Massachusetts'],
  ['MI', 'Michigan'],
  ['MN', 'Minnesota'],
  ['MS', 'Mississippi'],
  ['MO', 'Missouri'],
  ['MT', 'Montana'],
  ['NE', 'Nebraska'],
  ['NV', 'Nevada'],
  ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'],
  ['NY', 'New York'],
  ['NC', 'North Carolina'],
  ['ND', 'North Dakota'],
  ['OH', 'Ohio'],
  ['OK', 'Oklahoma'],
  ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'],
  ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'],
  ['SD', 'South Dakota'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['VT', 'Vermont'],
  ['VA', 'Virginia'],
  ['WA', 'Washington'],
  ['WV', 'West Virginia'],
  ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'],
];

/** The first `count` states; past the 50 real ones, numbered stand-ins (S51, S52, ...). */
export const syntheticStates = (count: number): SyntheticState[] =>
  Array.from({ length: count }, (_, index) => {
    const known = usStates[index];
    return known
      ? { code: known[0], name: `Synthetic ${known[1]}` }
      : { code: `S${index + 1}`, name: `Synthetic State ${index + 1}` };
  });

export const regionNames: readonly string[] = [
  'Capital',
  'Metro',
  'Northeast',
  'Northwest',
  'Southeast',
  'Southwest',
  'Central',
  'River Valley',
  'Lakeshore',
  'Highlands',
  'Plains',
  'Coastal',
  'Mountain',
  'Delta',
];
