/**
 * `npm run neo4j:dev`: a local Neo4j 5.26 Community server for development, no Docker needed
 * (built from Maven Central on first use). Port: NEO4J_PORT (default 7687; 0 = any free port);
 * data: NEO4J_DATA_DIR (default a temporary folder removed on exit). Ctrl-C stops it.
 */
import { startNeo4j } from '../server/src/store/index.ts';

const server = await startNeo4j({
  port: Number(process.env.NEO4J_PORT ?? 7687),
  ...(process.env.NEO4J_DATA_DIR ? { dataDir: process.env.NEO4J_DATA_DIR } : {}),
});
console.log(`Neo4j 5.26 is listening on ${server.uri} (no authentication).`);
console.log(`Use it with:  NEO4J_URI=${server.uri} npm start`);

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
