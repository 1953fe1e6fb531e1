// Starts the real Neo4j 5.26 Community server from neo4j/launcher, talks Bolt to it with the driver and
// checks that stop() closes the port. The first run builds the launcher with Maven (downloads included).
import { connect } from 'node:net';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNeo4j, type RunningNeo4j } from './start-neo4j.ts';

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('starting Neo4j for tests', () => {
  let server: RunningNeo4j | undefined;

  beforeAll(async () => {
    server = await startNeo4j();
  }, 800_000);

  afterAll(async () => {
    await server?.stop();
  }, 60_000);

  it('serves Bolt on loopback and answers Cypher as Neo4j 5.26 Community', async () => {
    expect(server?.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const driver = neo4j.driver(server!.uri, undefined, { disableLosslessIntegers: true });
    try {
      const one = await driver.executeQuery('RETURN 1 AS one');
      expect(one.records[0]?.get('one')).toBe(1);

      const components = await driver.executeQuery(
        'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
      );
      const kernel = components.records[0];
      expect(kernel?.get('name')).toBe('Neo4j Kernel');
      expect(kernel?.get('version')).toMatch(/^5\.26\./);
      expect(kernel?.get('edition')).toBe('community');
    } finally {
      await driver.close();
    }
  });

  it('accepts the basic credentials the store passes, since auth is disabled', async () => {
    const driver = neo4j.driver(server!.uri, neo4j.auth.basic('neo4j', 'any-password'), {
      disableLosslessIntegers: true,
    });
    try {
      await driver.verifyConnectivity();
      const result = await driver.executeQuery('RETURN 2 AS two');
      expect(result.records[0]?.get('two')).toBe(2);
    } finally {
      await driver.close();
    }
  });

  it('closes the Bolt port once stopped', async () => {
    const port = Number(new URL(server!.uri).port);
    expect(await portIsOpen(port)).toBe(true);
    await server!.stop();
    expect(await portIsOpen(port)).toBe(false);
  });
});
