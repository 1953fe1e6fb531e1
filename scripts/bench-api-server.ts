/**
 * The app for `npm run bench:api`, in a process of its own (so that the load generator does not share
 * its event loop): the store named by the environment (DATA_DIR for the embedded store, NEO4J_URI for
 * Neo4j), already filled, served on a free port of 127.0.0.1. Prints `READY <url>`; stops on SIGTERM.
 */
import { join } from 'node:path';
import { pino } from 'pino';
import { createApp } from '../server/src/create-app.ts';
import { createKuzuStore, createNeo4jStore } from '../server/src/store/index.ts';

const store = process.env.NEO4J_URI
  ? await createNeo4jStore({ uri: process.env.NEO4J_URI, user: 'neo4j', password: '', database: 'neo4j' })
  : await createKuzuStore({
      path: join(process.env.DATA_DIR ?? 'data', 'graph.kuzu'),
      bufferPoolBytes: 4 * 1024 ** 3,
    });
const app = await createApp(store, { clientDir: 'client/dist', logger: pino({ level: 'silent' }) });
const url = await app.listen(0, '127.0.0.1');
console.log(`READY ${url}`);
process.on('SIGTERM', () => {
  void app
    .close(5_000)
    .then(() => store.close())
    .finally(() => process.exit(0));
});
