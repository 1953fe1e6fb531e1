/**
 * The app for `npm run bench:api`, in a process of its own (so that the load generator does not share
 * its event loop): the store named by the environment (DATA_DIR for the embedded store, NEO4J_URI for
 * Neo4j), already filled, served on a free port of 127.0.0.1. Prints `READY <url>`; stops on SIGTERM.
 * It times every statement the store sends: a line `PROFILE` on its stdin answers `PROFILE <json>`, the
 * count and total milliseconds per statement (named by its cypher file) since the last such line.
 */
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pino } from 'pino';
import { createApp } from '../server/src/create-app.ts';
import { createKuzuStore, createNeo4jStore, statementName } from '../server/src/store/index.ts';

let profile = new Map<string, { count: number; ms: number }>();
const onStatement = (text: string, elapsedMs: number) => {
  const name = statementName(text) ?? text.replace(/\s+/gu, ' ').slice(0, 40);
  const entry = profile.get(name) ?? { count: 0, ms: 0 };
  entry.count++;
  entry.ms += elapsedMs;
  profile.set(name, entry);
};

const store = process.env.NEO4J_URI
  ? await createNeo4jStore({
      uri: process.env.NEO4J_URI,
      user: 'neo4j',
      password: '',
      database: 'neo4j',
      onStatement,
    })
  : await createKuzuStore({
      path: join(process.env.DATA_DIR ?? 'data', 'graph.kuzu'),
      bufferPoolBytes: 4 * 1024 ** 3,
      onStatement,
    });
const app = await createApp(store, { clientDir: 'client/dist', logger: pino({ level: 'silent' }) });
const url = await app.listen(0, '127.0.0.1');
console.log(`READY ${url}`);
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'PROFILE') return;
  console.log(`PROFILE ${JSON.stringify(Object.fromEntries(profile))}`);
  profile = new Map();
});
process.on('SIGTERM', () => {
  void app
    .close(5_000)
    .then(() => store.close())
    .finally(() => process.exit(0));
});
