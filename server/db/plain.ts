import neo4j from 'neo4j-driver';

// Neo4j integers, temporals and nodes never leave the repository layer: records become plain objects.

export const toPlain = (value: unknown): unknown => {
  // Most values are plain already; answer those before the driver's type checks (hot on large reads).
  if (value === null || value === undefined) return null;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  const object = value as object;
  if (neo4j.isDate(object) || neo4j.isDateTime(object) || neo4j.isLocalDateTime(object) || neo4j.isDuration(object))
    return String(value);
  const source = value as Record<string, unknown>;
  if ('properties' in source && ('labels' in source || 'type' in source)) return toPlain(source.properties);
  return Object.fromEntries(Object.entries(source).map(([key, inner]) => [key, toPlain(inner)]));
};
