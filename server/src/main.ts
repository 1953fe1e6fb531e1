/**
 * `npm start`: open the store (embedded by default), seed it on first run, serve API and client on one
 * port until SIGTERM/SIGINT, then stop gracefully (stop-on-signals.ts).
 */
import { pino } from 'pino';
import { readConfig } from './config.ts';
import { createApp } from './create-app.ts';
import { describeProblem } from './ingest/import-problem.ts';
import { seedIfEmpty } from './ingest/seed-if-empty.ts';
import { stopOnSignals } from './stop-on-signals.ts';
import { openStore } from './store/index.ts';

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
const app = await createApp(store, {
  clientDir: config.clientDir,
  logger,
  editorKeys: config.editorKeys,
  ...(config.sessionSecret ? { sessionSecret: config.sessionSecret } : {}),
  sessionHours: config.sessionHours,
  secureCookies: config.secureCookies,
  uploadLimits: config.uploadLimits,
  introspection: config.introspection,
  maxBodyBytes: config.maxBodyBytes,
  maxEditorBodyBytes: config.maxEditorBodyBytes,
});
stopOnSignals({ app, store, logger, timeoutMs: config.shutdownTimeoutMs });
const url = await app.listen(config.port, config.host);
logger.info(
  { backend: store.backend, introspection: config.introspection },
  `产学研知识图谱 is serving on ${url}`,
);
console.log(`\n  打开 Open ${url}\n`);
