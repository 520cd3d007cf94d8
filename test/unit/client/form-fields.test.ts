import { describe, expect, it } from 'vitest';
import { entityByName } from '../../../server/domain/catalog.js';
import { fieldsOf, toFormValues, validateForm } from '../../../client/lib/form-fields.js';

const streams = entityByName('funding_streams');
const fields = fieldsOf(streams);
const field = (column: string) => fields.find((candidate) => candidate.column === column);

describe('row forms read off the shared zod schemas', () => {
  it('picks an input for every column', () => {
    expect(fields.map((candidate) => candidate.column)).toEqual(streams.columns);
    expect(field('id')).toMatchObject({ kind: 'text', required: true, isKey: true });
    expect(field('amount')).toMatchObject({ kind: 'number', required: true });
    expect(field('source')).toMatchObject({
      kind: 'choice',
      options: ['federal', 'state', 'local', 'private', 'philanthropic'],
    });
    expect(field('flexibility')).toMatchObject({ kind: 'choice', required: false });
    expect(field('agency_id')).toMatchObject({ kind: 'reference', target: 'agencies', required: true });
    expect(field('objective_ids')).toMatchObject({ kind: 'references', target: 'objectives', required: true });
    expect(field('sector_ids')).toMatchObject({ kind: 'references', required: false });
    expect(field('eligible_applicants')).toMatchObject({ kind: 'list', required: false });
    expect(field('expires')).toMatchObject({ kind: 'date', required: false });
    expect(field('notes')).toMatchObject({ kind: 'longtext' });
  });

  it('gives a release description a paragraph box', () => {
    const description = fieldsOf(entityByName('releases')).find((candidate) => candidate.column === 'description');
    expect(description).toMatchObject({ kind: 'longtext', required: false });
  });

  it('turns a row into form values and back', () => {
    const row = {
      id: 's1',
      name: 'S',
      agency_id: 'dol',
      source: 'state',
      fiscal_year: 2025,
      amount: 100,
      objective_ids: ['iwt'],
      eligible_applicants: ['a', 'b'],
    };
    const values = toFormValues(fields, row);
    expect(values).toMatchObject({
      fiscal_year: '2025',
      objective_ids: ['iwt'],
      eligible_applicants: 'a; b',
      notes: '',
    });
    const result = validateForm(streams, fields, values);
    expect(result.errors).toBeNull();
    expect(result.row).toMatchObject({ fiscal_year: 2025, amount: 100, eligible_applicants: ['a', 'b'] });
  });

  it('gives the server’s own message for each bad field', () => {
    const values = toFormValues(fields, {
      id: 'bad id',
      name: '',
      agency_id: 'dol',
      source: 'state',
      fiscal_year: '20x5',
      amount: '-5',
    });
    const { errors } = validateForm(streams, fields, values);
    expect(errors).toMatchObject({
      id: 'may hold only letters, digits and . _ : - (no spaces)',
      name: 'is required',
      fiscal_year: 'must be a fiscal year such as 2025',
      amount: 'must not be negative',
      objective_ids: 'needs at least one id',
    });
  });

  it('accepts dollar amounts written the way people write them', () => {
    const values = toFormValues(fields, {
      id: 's',
      name: 'S',
      agency_id: 'a',
      source: 'state',
      fiscal_year: '2025',
      objective_ids: ['o'],
    });
    const { row } = validateForm(streams, fields, { ...values, amount: '$1,250,000' });
    expect(row?.amount).toBe(1_250_000);
  });
});
