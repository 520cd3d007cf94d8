import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../server/db/plain.js';

describe('toPlain', () => {
  it('turns Neo4j integers, dates and nested values into plain JSON values', () => {
    const value = {
      count: neo4j.int(42),
      huge: neo4j.int('9007199254740993'),
      day: new neo4j.types.Date(2025, 7, 1),
      list: [neo4j.int(1), 'a', null],
      nested: { ok: true },
      missing: undefined,
    };
    expect(toPlain(value)).toEqual({
      count: 42,
      huge: '9007199254740993',
      day: '2025-07-01',
      list: [1, 'a', null],
      nested: { ok: true },
      missing: null,
    });
  });
});
