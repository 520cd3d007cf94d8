import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { Neo4jConnection } from '../config.js';
import { toPlain } from './plain.js';
import { query } from './queries.js';
import type { QueryName } from './query-names.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** A transaction that runs named query files and returns plain rows. */
export interface Tx {
  run<T = Row>(name: QueryName, params?: Params): Promise<T[]>;
}

const plainRows = <T>(result: QueryResult): T[] => result.records.map((record) => toPlain(record.toObject()) as T);

const wrap = (tx: ManagedTransaction): Tx => ({
  run: async <T>(name: QueryName, params: Params = {}) => plainRows<T>(await tx.run(query(name), params)),
});

/** One driver per process; every query is a file in cypher/ and takes parameters only. */
export class Database {
  readonly driver: Driver;
  readonly database: string | undefined;

  /** Neo4j ends a transaction that runs longer than this (a runaway query cannot hold the map's lock for ever). */
  readonly queryTimeoutMs: number;

  constructor(connection: Neo4jConnection, queryTimeoutMs = 60_000) {
    this.queryTimeoutMs = queryTimeoutMs;
    this.driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      // Fail fast when Neo4j is down, so requests get a 503 instead of hanging.
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: false,
      logging: { level: 'error', logger: () => undefined },
    });
    this.database = connection.database;
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  async read<T = Row>(name: QueryName, params: Params = {}): Promise<T[]> {
    const result = await this.driver.executeQuery(query(name), params, {
      database: this.database,
      routing: neo4j.routing.READ,
      transactionConfig: { timeout: this.queryTimeoutMs },
    });
    return plainRows<T>(result);
  }

  async write<T = Row>(name: QueryName, params: Params = {}): Promise<T[]> {
    const result = await this.driver.executeQuery(query(name), params, {
      database: this.database,
      routing: neo4j.routing.WRITE,
      transactionConfig: { timeout: this.queryTimeoutMs },
    });
    return plainRows<T>(result);
  }

  /**
   * A unit of work that commits as a whole or not at all. It first locks the map (system/lock-map), so two
   * write transactions never interleave: every check inside one sees what the previous one committed.
   */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(
        async (tx) => {
          const locked = wrap(tx);
          await locked.run('system/lock-map');
          return work(locked);
        },
        { timeout: this.queryTimeoutMs },
      );
    } finally {
      await session.close();
    }
  }

  async readTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead((tx) => work(wrap(tx)), { timeout: this.queryTimeoutMs });
    } finally {
      await session.close();
    }
  }

  /** Whether Neo4j answers within `withinMs`: never waits longer, whatever Neo4j does (down, frozen, slow). */
  async ping(withinMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), withinMs);
    });
    const answered = this.read('system/ping').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([answered, gaveUp]);
    } finally {
      clearTimeout(timer);
    }
  }

  async verify(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.database });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export { plainRows };
