import { describe, expect, it } from 'vitest';
import { selfReferenceQueries, selfReferences } from '../../server/import/self-reference-cycles.js';

describe('self-references of the catalog', () => {
  it('are an agency parent and a stream pass-through, and each has a query reading the map links', () => {
    expect(selfReferences).toEqual([
      { entity: 'agencies', field: 'parent_id' },
      { entity: 'funding_streams', field: 'passes_through_id' },
    ]);
    for (const { entity } of selfReferences) expect(selfReferenceQueries[entity]).toBeDefined();
  });
});
