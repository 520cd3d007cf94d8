import type { TestProject } from 'vitest/node';
import { localInstance, start, status, stop } from '../../scripts/neo4j/local-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string };
  }
}

/**
 * The test Neo4j: its own data folder and port (7688, or BRAID_TEST_NEO4J_PORT), never the data of `npm start`. NEO4J_TEST_URI,
 * NEO4J_TEST_USER and NEO4J_TEST_PASSWORD point the suite at another Neo4j instead (its data will be wiped).
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (process.env.NEO4J_TEST_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_TEST_URI,
      user: process.env.NEO4J_TEST_USER ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? '',
    });
    return;
  }
  const port = Number(process.env.BRAID_TEST_NEO4J_PORT ?? 7688);
  // Another port gets its own folder too, so parallel suites (BRAID_TEST_NEO4J_PORT) never share data.
  const instance = localInstance(port === 7688 ? 'test' : `test-${port}`, port);
  const wasRunning = (await status(instance)) !== 'stopped';
  const connection = await start(instance, () => undefined);
  project.provide('neo4j', { uri: connection.uri, user: connection.user, password: connection.password });
  // Leave running what was running before (fast reruns while developing); stop what this run started.
  if (!wasRunning)
    return async () => {
      await stop(instance);
    };
}
