import neo4j from 'neo4j-driver';

/** A whole number as a Neo4j integer: a JavaScript number is sent as a float (SKIP, LIMIT and stored counts need integers). */
export const integer = (value: number) => neo4j.int(value);
