import neo4j from 'neo4j-driver';

// Neo4j integers, temporals and nodes never leave the repository layer: records become plain objects.

export const toPlain = (value: unknown): unknown => {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (
    neo4j.isDate(value as object) ||
    neo4j.isDateTime(value as object) ||
    neo4j.isLocalDateTime(value as object) ||
    neo4j.isDuration(value as object)
  )
    return String(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const source = value as Record<string, unknown>;
    if ('properties' in source && ('labels' in source || 'type' in source)) return toPlain(source.properties);
    return Object.fromEntries(Object.entries(source).map(([key, inner]) => [key, toPlain(inner)]));
  }
  return value;
};
