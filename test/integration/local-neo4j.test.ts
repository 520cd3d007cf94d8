import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { LocalNeo4jError, localInstance, start, status } from '../../scripts/neo4j/local-neo4j.js';

describe('the local Neo4j scripts', () => {
  it('name the cause and the fix when the port is taken by another program', async () => {
    const squatter = createServer();
    await new Promise<void>((done) => squatter.listen(0, '127.0.0.1', done));
    const port = (squatter.address() as { port: number }).port;
    try {
      const attempt = start(localInstance(`port-test-${port}`, port), () => undefined);
      await expect(attempt).rejects.toBeInstanceOf(LocalNeo4jError);
      await expect(attempt).rejects.toThrow(
        new RegExp(`Port ${port} .* already in use.*BRAID_NEO4J_PORT.*NEO4J_URI`, 's'),
      );
    } finally {
      squatter.close();
    }
  });

  it('report an instance that was never started as stopped', async () => {
    expect(await status(localInstance('never-started', 7699))).toBe('stopped');
  });
});
