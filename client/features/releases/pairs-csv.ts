import type { CompetingPair } from '@contract/analytics/competing-releases.js';
import type { FigureProvenance } from '@contract/provenance.js';
import { neutraliseFormula } from '@domain/spreadsheet-formulas.js';
import { figureSources } from '../../components/figure-source.js';
import { agencyLabel } from './competing-levels.js';

// The listed pairs as a CSV for a spreadsheet: one row a pair, with its level, score, reasons and whether it lies
// within one department, closed by where the figures come from (the tables it rests on and their latest as-of,
// as the view says under the table), so a copy passed on still says its source. Text that starts like a formula gets a ' in front (OWASP), as in the other exports.

const cell = (value: string | number | boolean): string => {
  if (typeof value !== 'string') return String(value);
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const columns: Array<[name: string, value: (pair: CompetingPair) => string | number | boolean]> = [
  ['level', (pair) => pair.level],
  ['score', (pair) => pair.score],
  ['severity', (pair) => pair.severity],
  ['same_department', (pair) => pair.same_department],
  ['found_by', (pair) => pair.found_by],
  ['a_id', (pair) => pair.a.id],
  ['a_title', (pair) => pair.a.title],
  ['a_agency', (pair) => agencyLabel(pair.a.agency)],
  ['a_places', (pair) => pair.places.a.join('; ')],
  ['b_id', (pair) => pair.b.id],
  ['b_title', (pair) => pair.b.title],
  ['b_agency', (pair) => agencyLabel(pair.b.agency)],
  ['b_places', (pair) => pair.places.b.join('; ')],
  ['overlap_from', (pair) => pair.overlap.from],
  ['overlap_to', (pair) => pair.overlap.to],
  ['overlap_days', (pair) => pair.overlap_days],
  ['shared_objectives', (pair) => pair.shared_objectives.map((objective) => objective.name).join('; ')],
  ['wording', (pair) => pair.wording],
  ['combined_amount', (pair) => (pair.amount_known ? pair.combined_amount : '')],
  [
    'reasons',
    (pair) =>
      pair.reasons.map((reason) => `${reason.sense === 'shares' ? 'shares' : 'separates'}: ${reason.text}`).join(' | '),
  ],
];

export const pairsToCsv = (pairs: readonly CompetingPair[], provenance: readonly FigureProvenance[]): string => {
  const figure = provenance.find((item) => item.figure === 'pairs');
  const source = cell(figure ? figureSources(figure) : '');
  const asOf = cell(figure?.as_of ?? '');
  return (
    [
      [...columns.map(([name]) => name), 'source', 'as_of'].join(','),
      ...pairs.map((pair) => [...columns.map(([, value]) => cell(value(pair))), source, asOf].join(',')),
    ].join('\n') + '\n'
  );
};
