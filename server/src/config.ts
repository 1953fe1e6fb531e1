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
  /** Whether GraphQL answers introspection queries: off in production unless asked for. */
  readonly introspection: boolean;
  /** How long a SIGTERM/SIGINT may take to drain requests and close the store before the process exits. */
  readonly shutdownTimeoutMs: number;
  /** Largest request body without an editor key, and with a valid one (spreadsheet uploads). */
  readonly maxBodyBytes: number;
  readonly maxEditorBodyBytes: number;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number, got “${raw}”`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got “${env[name]}”`);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got “${env.PORT}”`);
  }
  const production = env.NODE_ENV === 'production';
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
    introspection: flag(env, 'GRAPHQL_INTROSPECTION') ?? !production,
    shutdownTimeoutMs: positiveInteger(env, 'SHUTDOWN_TIMEOUT_MS', 10_000),
    maxBodyBytes: positiveInteger(env, 'MAX_BODY_KB', 1024) * 1024,
    maxEditorBodyBytes: positiveInteger(env, 'MAX_EDITOR_BODY_MB', 24) * 1024 * 1024,
  };
}
