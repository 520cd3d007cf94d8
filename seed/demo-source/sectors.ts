// Industry sectors with their 2022 NAICS codes. Shared by the demo and the synthetic generator.

export interface SectorSeed {
  id: string;
  name: string;
  naics: string[];
}

export const NAICS_SOURCE = 'https://www.census.gov/naics/';

export const sectors: readonly SectorSeed[] = [
  { id: 'healthcare', name: 'Health care', naics: ['621', '622', '623'] },
  { id: 'advanced-manufacturing', name: 'Advanced manufacturing', naics: ['332', '333', '334', '336'] },
  { id: 'construction', name: 'Construction and skilled trades', naics: ['236', '237', '238'] },
  { id: 'information-technology', name: 'Information technology', naics: ['513210', '518210', '5415'] },
  { id: 'transportation-logistics', name: 'Transportation, distribution and logistics', naics: ['484', '488', '493'] },
  { id: 'energy-utilities', name: 'Energy and utilities', naics: ['2211', '2212', '237130'] },
  { id: 'agriculture-food', name: 'Agriculture and food processing', naics: ['111', '112', '311'] },
  { id: 'hospitality-tourism', name: 'Hospitality and tourism', naics: ['713', '721', '722'] },
  { id: 'early-care-education', name: 'Early care and education', naics: ['624410'] },
  { id: 'financial-services', name: 'Financial services and insurance', naics: ['522', '523', '524'] },
];
