/**
 * Vitest global setup: when the run asks for Neo4j (TEST_NEO4J=1), start a real Neo4j 5.26 from Maven
 * Central once for all test files and stop it afterwards; TEST_NEO4J_URI uses a server already running.
 * If Neo4j was asked for and cannot start, the whole run fails with the launcher's reason.
 */
import neo4j from 'neo4j-driver';
import type { TestProject } from 'vitest/node';
import { startNeo4j } from '../src/store/index.ts';

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const given = process.env.TEST_NEO4J_URI;
  if (given) {
    const driver = neo4j.driver(given);
    try {
      await driver.verifyConnectivity();
    } catch (error) {
      throw new Error(
        `TEST_NEO4J_URI=${given} was given but Neo4j cannot be reached there: ${String(error)}`,
      );
    } finally {
      await driver.close();
    }
    project.provide('neo4jUri', given);
    return;
  }
  if (process.env.TEST_NEO4J !== '1') {
    project.provide('neo4jUri', undefined);
    console.log('Neo4j tests not requested (set TEST_NEO4J=1 to run every store and API test on Neo4j too).');
    return;
  }
  const server = await startNeo4j();
  console.log(`Neo4j for tests: ${server.uri}`);
  project.provide('neo4jUri', server.uri);
  return () => server.stop();
}
