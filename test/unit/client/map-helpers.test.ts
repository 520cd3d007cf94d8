import { describe, expect, it } from 'vitest';
import { suggest } from '../../../client/features/map/components/node-search.js';
import { nodesToCsv, nodesToJson } from '../../../client/features/map/export-selection.js';
import { indexMap } from '../../../client/features/map/graph-index.js';
import { hashIds } from '../../../client/features/map/hash-ids.js';
import { smallMap } from './small-funding-map.js';

const index = indexMap(smallMap);

describe('search suggestions', () => {
  it('puts names that start with the text first, then names containing it', () => {
    expect(suggest(index.nodes.values(), 'app').map((node) => node.key)).toEqual([
      'rel-ao-1',
      'dol-ao',
      'apprenticeship',
      'state-appr',
    ]);
    expect(suggest(index.nodes.values(), 'DOL').map((node) => node.key)).toEqual(['dol', 'dol-ao', 'dol-wd']);
    expect(suggest(index.nodes.values(), '  ')).toEqual([]);
  });
});

describe('exporting the selection', () => {
  it('writes CSV with a header, quoted text and ;-joined lists', () => {
    const csv = nodesToCsv([
      index.nodes.get('stream:wioa-adult')!,
      { ...index.nodes.get('agency:dol')!, label: 'Labor, "DOL"' },
    ]);
    const [header, stream, agency] = csv.trim().split('\n');
    expect(header).toBe('type,key,label,department_id,acronym,agency_id,amount,level,source');
    expect(stream).toBe('stream,wioa-adult,WIOA Adult,dol,,dol-wd,12500000,,federal');
    expect(agency).toBe('agency,dol,"Labor, ""DOL""",dol,DOL,,,state,');
  });

  it('ends each row with where its figures come from and as of when', () => {
    const stream = { ...index.nodes.get('stream:wioa-adult')!, source_url: 'https://sam.gov/x', as_of: '2025-07-01' };
    const [header, row] = nodesToCsv([stream, index.nodes.get('agency:dol')!])
      .trim()
      .split('\n');
    expect(header).toBe('type,key,label,department_id,acronym,agency_id,amount,level,source,source_url,as_of');
    expect(row).toBe('stream,wioa-adult,WIOA Adult,dol,,dol-wd,12500000,,federal,https://sam.gov/x,2025-07-01');
  });

  it('writes JSON with the edges among the chosen nodes', () => {
    const json = JSON.parse(nodesToJson(index, new Set(['stream:wioa-adult', 'objective:iwt'])));
    expect(json.nodes).toHaveLength(2);
    expect(json.edges.map((edge: { type: string }) => edge.type)).toEqual(['SUPPORTS']);
  });
});

describe('fingerprints of the drawn set', () => {
  it('depend on the ids, not their order', () => {
    expect(hashIds(['a', 'b'])).toBe(hashIds(['b', 'a']));
    expect(hashIds(['a', 'b'])).not.toBe(hashIds(['a', 'c']));
    expect(hashIds(['ab'])).not.toBe(hashIds(['a', 'b']));
  });
});
