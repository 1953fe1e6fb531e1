/**
 * Assembles the running product from a store: Apollo, the HTTP server, health checks, logging of client
 * mistakes (warn, throttled) apart from faults (error). main.ts and the tests both use it, so tests
 * exercise exactly what users run.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { QUERY_LIMITS } from '#model';
import { createApolloServer } from './api/create-apollo-server.ts';
import { createEditors } from './api/editors.ts';
import { createAuthService } from './api/request-auth.ts';
import type { ReadLimits } from './ingest/read-limits.ts';
import { createRequestContext } from './api/request-context.ts';
import { createHttpServer } from './http/create-http-server.ts';
import { createExportRoute } from './http/export-route.ts';
import { createThrottledLog } from './http/throttled-log.ts';
import type { GraphStore } from './store/index.ts';

export interface App {
  readonly server: Server;
  /** Starts listening; resolves with the URL. */
  listen(port: number, host: string): Promise<string>;
  /**
   * Stops gracefully: no new connections, requests in flight answered, idle keep-alive sockets closed,
   * then GraphQL stopped. After `timeoutMs` the remaining connections are closed. The store stays open.
   */
  close(timeoutMs?: number): Promise<{ readonly forced: boolean }>;
}

export interface AppOptions {
  readonly clientDir: string;
  readonly logger: Logger;
  /** `name:key` pairs (or bare keys), as EDITOR_KEYS. */
  readonly editorKeys?: readonly string[];
  readonly sessionSecret?: string;
  readonly sessionHours?: number;
  readonly secureCookies?: boolean;
  readonly uploadLimits?: ReadLimits;
  readonly introspection?: boolean;
  readonly maxBodyBytes?: number;
  readonly maxEditorBodyBytes?: number;
}

export async function createApp(store: GraphStore, options: AppOptions): Promise<App> {
  const { logger } = options;
  const clientLog = createThrottledLog(logger);
  const onFault = (error: unknown) => logger.error({ err: error }, 'request failed');
  const apollo = createApolloServer({
    introspection: options.introspection ?? true,
    onClientError: (code, message) => clientLog.warn(code, message),
    onFault,
  });
  await apollo.start();
  const authService = createAuthService({
    editors: createEditors(options.editorKeys ?? [], options.sessionSecret),
    sessionHours: options.sessionHours ?? 8,
    secureCookies: options.secureCookies ?? false,
  });
  const { server, drain } = createHttpServer({
    apollo,
    clientDir: options.clientDir,
    context: async (req) =>
      createRequestContext(store, {
        auth: authService.authOf(req),
        authService,
        ...(options.uploadLimits ? { uploadLimits: options.uploadLimits } : {}),
      }),
    isEditor: (req) => authService.authOf(req).editor !== null,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    maxEditorBodyBytes: options.maxEditorBodyBytes ?? 24 * 1024 * 1024,
    limits: QUERY_LIMITS,
    onRefused: (refusal) => clientLog.warn(refusal.code, refusal.message),
    exportRoute: createExportRoute(store, (refusal) => clientLog.warn(refusal.code, refusal.message)),
    onFault,
    health: async () => {
      try {
        await store.counts();
        return { ok: true, detail: store.backend };
      } catch (error) {
        onFault(error);
        return { ok: false, detail: 'the graph store cannot be reached' };
      }
    },
  });
  let closing: Promise<{ forced: boolean }> | null = null;
  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shownHost}:${address.port}`);
        });
      }),
    close(timeoutMs = 10_000) {
      closing ??= (async () => {
        const outcome = server.listening ? await drain.drain(timeoutMs) : { forced: false };
        await apollo.stop();
        return outcome;
      })();
      return closing;
    },
  };
}
