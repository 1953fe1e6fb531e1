/**
 * When Neo4j goes away under a running app, requests get a clear UNAVAILABLE error rather than a crash,
 * and the app recovers by itself once Neo4j is back (same port, same data). Runs when the run asked for
 * Neo4j (TEST_NEO4J=1), with a server of its own so it can stop and restart it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSeededApp } from '../../../../test-support/start-seeded-app.ts';
import { createNeo4jStore } from './create-neo4j-store.ts';
import { startNeo4j } from './start-neo4j.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const requested = process.env.TEST_NEO4J === '1';

describe.skipIf(!requested)('the app when Neo4j stops and comes back', () => {
  it(
    'answers UNAVAILABLE while Neo4j is down and recovers without a restart',
    { timeout: 240_000 },
    async () => {
      const port = await freePort();
      const dataDir = mkdtempSync(join(tmpdir(), 'kg-neo4j-recovery-'));
      let neo4j = await startNeo4j({ port, dataDir });
      const options = { uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' };
      const app = await startSeededApp({ name: 'neo4j', create: () => createNeo4jStore(options) });
      const query = '{ search(text: "合益") { entity { name } } }';
      try {
        expect((await app.graphql(query)).data).toEqual({ search: [{ entity: { name: '合益化工' } }] });

        await neo4j.stop();
        const down = await app.graphql(query);
        expect(down.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
        expect(down.errors?.[0]?.message).toMatch(/Neo4j/u);
        const health = await fetch(`${app.url}/healthz`);
        expect(health.status).toBe(503);

        neo4j = await startNeo4j({ port, dataDir });
        await expect
          .poll(async () => (await app.graphql(query)).data, { timeout: 30_000, interval: 1_000 })
          .toEqual({ search: [{ entity: { name: '合益化工' } }] });
      } finally {
        await app.stop();
        await neo4j.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});
