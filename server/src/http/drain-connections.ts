/**
 * Graceful stop of an HTTP server with keep-alive clients: stop accepting, let requests in flight finish
 * (their responses marked `Connection: close`), close every socket the moment it is idle, and after a
 * deadline close whatever is left. Clients see complete answers or a closed connection, never a 5xx
 * from a half-stopped server.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface ConnectionDrain {
  /** True once draining has begun: /healthz reports it, new responses close their connection. */
  readonly draining: boolean;
  /** Called for every request: marks its response `Connection: close` while draining. */
  onRequest(req: IncomingMessage, res: ServerResponse): void;
  /** Resolves when every connection has closed, or at the deadline after forcing the rest closed. */
  drain(timeoutMs: number): Promise<{ readonly forced: boolean }>;
}

export function createConnectionDrain(server: Server): ConnectionDrain {
  let draining = false;
  let closed: Promise<void> | null = null;
  return {
    get draining() {
      return draining;
    },
    onRequest(_req, res) {
      if (draining) res.setHeader('connection', 'close');
      res.once('finish', () => {
        // A keep-alive socket that answered its last request now sits idle: close it.
        if (draining) setImmediate(() => server.closeIdleConnections());
      });
    },
    async drain(timeoutMs) {
      if (!closed) {
        draining = true;
        closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
      }
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      const outcome = await Promise.race([closed.then(() => 'closed' as const), deadline]);
      clearTimeout(timer);
      if (outcome === 'closed') return { forced: false };
      server.closeAllConnections();
      await closed;
      return { forced: true };
    },
  };
}
