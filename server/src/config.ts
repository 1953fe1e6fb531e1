/**
 * Configuration from environment variables, read once at start. The README's table lists them all.
 */
import { resolve } from 'node:path';
import { readLimitsFromEnv, type ReadLimits } from './ingest/read-limits.ts';

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
  /** `name:key` pairs (or bare keys) of the editors who may change the graph through the API. */
  readonly editorKeys: readonly string[];
  /** Signs editor sessions; derived from the keys when unset. */
  readonly sessionSecret: string | undefined;
  readonly sessionHours: number;
  /** Mark the session cookie Secure (HTTPS). */
  readonly secureCookies: boolean;
  /** How much of an uploaded spreadsheet is read before it is refused (IMPORT_MAX_*). */
  readonly uploadLimits: ReadLimits;
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
    sessionSecret: env.SESSION_SECRET?.trim() || undefined,
    sessionHours: positiveInteger(env, 'SESSION_HOURS', 8),
    secureCookies: flag(env, 'SECURE_COOKIES') ?? false,
    uploadLimits: readLimitsFromEnv(env),
    introspection: flag(env, 'GRAPHQL_INTROSPECTION') ?? !production,
    shutdownTimeoutMs: positiveInteger(env, 'SHUTDOWN_TIMEOUT_MS', 10_000),
    maxBodyBytes: positiveInteger(env, 'MAX_BODY_KB', 1024) * 1024,
    maxEditorBodyBytes: positiveInteger(env, 'MAX_EDITOR_BODY_MB', 24) * 1024 * 1024,
  };
}
