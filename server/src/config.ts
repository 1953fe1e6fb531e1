/**
 * Configuration from environment variables, read once at start. The README's table lists them all.
 */
import { resolve } from 'node:path';

export interface Config {
  readonly host: string;
  readonly port: number;
  /** Directory of the embedded database (kuzu). */
  readonly dataDir: string;
  /** Spreadsheets imported into an empty store at first start. */
  readonly seedDir: string;
  readonly neo4j: { uri: string; user: string; password: string; database: string } | null;
  readonly logLevel: string;
  readonly clientDir: string;
  /** Keys that allow changes through the API (the import page, the importSpreadsheets mutation). */
  readonly editorKeys: readonly string[];
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got “${env.PORT}”`);
  }
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    seedDir: resolve(env.SEED_DIR ?? 'seed/kenli'),
    neo4j: env.NEO4J_URI
      ? {
          uri: env.NEO4J_URI,
          user: env.NEO4J_USER ?? 'neo4j',
          password: env.NEO4J_PASSWORD ?? '',
          database: env.NEO4J_DATABASE ?? 'neo4j',
        }
      : null,
    logLevel: env.LOG_LEVEL ?? 'info',
    clientDir: resolve(env.CLIENT_DIR ?? 'client/dist'),
    editorKeys: (env.EDITOR_KEYS ?? '')
      .split(',')
      .map((key) => key.trim())
      .filter(Boolean),
  };
}
