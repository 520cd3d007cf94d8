import { describe, expect, it } from 'vitest';
import {
  matchObjectives,
  ObjectiveMappingError,
  parseObjectiveMapping,
} from '../../server/sources/objective-mapping.js';
import { objectives as demoObjectives } from '../../seed/demo-source/objectives.js';
import { seedMapping } from './sources-bundle-checks.js';

const header = 'source,match_field,pattern,when,objective_id,objective_name,objective_category,note\n';
const problemsOf = (csv: string): string[] => {
  try {
    parseObjectiveMapping(csv, 'mine.csv');
  } catch (error) {
    if (error instanceof ObjectiveMappingError) return error.problems;
    throw error;
  }
  return [];
};

describe('objective mapping', () => {
  it('loads the seed mapping budget staff edit', () => {
    const mapping = seedMapping();
    expect(mapping.rules.length).toBeGreaterThan(300);
    expect(mapping.objectives.get('registered-apprenticeship')).toEqual({
      id: 'registered-apprenticeship',
      name: 'Registered apprenticeship expansion',
      category: 'Work-based learning',
    });
  });

  it('meets the demo map on its own objectives: same id, name and category', () => {
    const mapping = seedMapping();
    const shared = demoObjectives.filter((objective) => mapping.objectives.has(objective.id));
    expect(shared.map((objective) => mapping.objectives.get(objective.id))).toEqual(shared);
    expect(shared.map((objective) => objective.id).sort()).toEqual([
      'adult-basic-education',
      'broadband',
      'business-expansion',
      'career-pathways',
      'career-services',
      'child-care-supply',
      'incumbent-upskilling',
      'pre-apprenticeship',
      'registered-apprenticeship',
      'sector-partnerships',
      'veteran-services',
      'vocational-rehabilitation',
      'youth-work-experience',
    ]);
  });

  it('names the row of every problem and rejects the whole file', () => {
    const problems = problemsOf(
      header +
        '*,heading,apprentice,,apprenticeship,Apprenticeship,Workforce,\n' +
        'pa-portal,text,/([a-z/,,broken,Broken,,\n' +
        'ny-portal,category,Education,,education,Education,,\n' +
        '*,text,tutoring,,has space,Tutoring,,\n' +
        '*,text,apprentice,,apprenticeship,Apprentices,,\n',
    );
    expect(problems).toEqual([
      'row 2: match_field must be category, title or text',
      expect.stringMatching(/^row 3: pattern \/\(\[a-z\/ is not a valid regular expression/),
      'row 4: source must be * or one of: pa-portal, ca-portal, fpi, grants-gov',
      'row 5: objective id may hold only letters, digits and . _ : - (no spaces)',
      'row 6: objective apprenticeship is named "Apprenticeship" on an earlier row, "Apprentices" here',
    ]);
  });

  it('says which columns are missing', () => {
    expect(problemsOf('source,pattern,objective_id\n*,x,y\n')).toEqual([
      'row 1: missing columns match_field, when, objective_name, objective_category',
    ]);
  });

  it('matches keywords at the start of a word, so "apprentice" finds "Pre-Apprenticeships"', () => {
    const mapping = parseObjectiveMapping(
      header +
        '*,text,apprentice,,apprenticeship-expansion,Apprenticeship expansion,Workforce,\n' +
        '*,text,registered apprentice,,registered-apprenticeship,Registered apprenticeship,Workforce,\n',
    );
    const objectives = (title: string) => matchObjectives(mapping, 'pa-portal', { categories: [], title, text: title });
    expect(objectives('PAsmart CTE Pre-Apprenticeships')).toEqual(['apprenticeship-expansion']);
    expect(objectives('new registered pre-apprenticeship programs')).toEqual(['apprenticeship-expansion']);
    expect(objectives('Pathway Innovations to Registered Apprenticeships')).toEqual([
      'apprenticeship-expansion',
      'registered-apprenticeship',
    ]);
    expect(objectives('Disapprentice')).toEqual([]);
  });

  it('uses a fallback row only when no other row matches, and only for its source', () => {
    const mapping = parseObjectiveMapping(
      header +
        '*,title,broadband,,broadband,Broadband access,Infrastructure,\n' +
        'pa-portal,category,"Community & economic development",fallback,community-economic-development,Community and economic development (general),,\n',
    );
    const category = ['Community & economic development'];
    expect(matchObjectives(mapping, 'pa-portal', { categories: category, title: 'BEAD broadband', text: '' })).toEqual([
      'broadband',
    ]);
    expect(matchObjectives(mapping, 'pa-portal', { categories: category, title: 'Act 47', text: '' })).toEqual([
      'community-economic-development',
    ]);
    expect(matchObjectives(mapping, 'ca-portal', { categories: category, title: 'Act 47', text: '' })).toEqual([]);
  });
});
