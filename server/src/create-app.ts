/**
 * Assembles the running product from a store: Apollo, the HTTP server, health checks.
 * main.ts and the tests both use it, so tests exercise exactly what users run.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createApolloServer } from './api/create-apollo-server.ts';
import { createRequestContext } from './api/request-context.ts';
import { editorCheck } from './api/editor-keys.ts';
import { createHttpServer } from './http/create-http-server.ts';
import type { GraphStore } from './store/graph-store.ts';

export interface App {
  readonly server: Server;
  /** Starts listening; resolves with the URL. */
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
}

export async function createApp(
  store: GraphStore,
  options: { clientDir: string; logger: Logger; editorKeys?: readonly string[] },
): Promise<App> {
  const apollo = createApolloServer((error) => options.logger.error({ err: error }, 'request failed'));
  await apollo.start();
  const server = createHttpServer({
    apollo,
    clientDir: options.clientDir,
    context: async (req) =>
      createRequestContext(store, editorCheck(options.editorKeys ?? [], req.headers['x-editor-key'])),
    health: async () => {
      try {
        await store.counts();
        return { ok: true, detail: store.backend };
      } catch (error) {
        return { ok: false, detail: error instanceof Error ? error.message : String(error) };
      }
    },
  });
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
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await apollo.stop();
    },
  };
}
