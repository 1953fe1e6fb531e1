/**
 * `npm start`: open the store (embedded by default), seed it on first run, serve API and client on one port.
 */
import { pino } from 'pino';
import { readConfig } from './config.ts';
import { createApp } from './create-app.ts';
import { describeProblem } from './ingest/import-problem.ts';
import { seedIfEmpty } from './ingest/seed-if-empty.ts';
import { openStore } from './store/open-store.ts';

const config = readConfig();
const logger = pino({ level: config.logLevel });

const store = await openStore(config);
const seeded = await seedIfEmpty(store, config.seedDir);
if (seeded) {
  if (seeded.problems.length > 0) {
    for (const problem of seeded.problems) logger.error(describeProblem(problem));
    throw new Error('The seed data has problems; nothing was imported');
  }
  logger.info(
    { nodes: seeded.nodesWritten, edges: seeded.edgesWritten },
    `seeded the empty store from ${config.seedDir}`,
  );
}
const app = await createApp(store, { clientDir: config.clientDir, logger, editorKeys: config.editorKeys });
const url = await app.listen(config.port, config.host);
logger.info({ backend: store.backend }, `产学研知识图谱 is serving on ${url}`);
console.log(`\n  打开 Open ${url}\n`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: shutting down`);
  await app.close();
  await store.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
