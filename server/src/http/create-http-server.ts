/**
 * One HTTP server for everything: /graphql to Apollo, /healthz for probes, /export/ for the register's
 * tables as files, and the built client for every other path, so the product runs on a single port.
 * Every request runs inside error handling: a malformed request is a 4xx, an unexpected fault a logged
 * 500, and neither ends the process.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { createConnectionDrain, type ConnectionDrain } from './drain-connections.ts';
import { createGraphqlEndpoint, type GraphqlEndpointOptions } from './graphql-endpoint.ts';
import { applySecurityHeaders } from './security-headers.ts';
import { sendError, sendJson } from './send-json.ts';
import { serveStatic } from './serve-static.ts';

export interface HttpServerOptions extends GraphqlEndpointOptions {
  readonly clientDir: string;
  readonly health: () => Promise<{ ok: boolean; detail: string }>;
  /** A fault while answering a request (a bug or a failing dependency), logged at error level. */
  readonly onFault: (error: unknown) => void;
  /** GET /export/…: the register's tables as files (export-route.ts). */
  readonly exportRoute?: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;
}

export interface HttpServer {
  readonly server: Server;
  readonly drain: ConnectionDrain;
}

/** Slow clients may not hold a connection open forever (slowloris). */
const HEADERS_TIMEOUT_MS = 15_000;
const REQUEST_TIMEOUT_MS = 120_000;

function requestUrl(req: IncomingMessage): URL | null {
  try {
    return new URL(req.url ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

/** Malformed HTTP that never became a request (bad request line, oversized headers). */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable || (error.code === 'ECONNRESET' && socket.destroyed)) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify({
    errors: [
      {
        message: tooLarge
          ? '请求头过大 / request headers too large'
          : '请求不是合法的 HTTP / the request is not valid HTTP',
        extensions: { code: tooLarge ? 'TOO_LARGE' : 'BAD_INPUT' },
      },
    ],
  });
  socket.end(
    `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
      `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
      `connection: close\r\n\r\n${body}`,
  );
}

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const graphql = createGraphqlEndpoint(options);

  async function route(req: IncomingMessage, res: ServerResponse, drain: ConnectionDrain): Promise<void> {
    const url = requestUrl(req);
    if (!url) {
      options.onRefused({ status: 400, code: 'BAD_INPUT', message: 'malformed request target' });
      return sendError(res, 400, 'BAD_INPUT', '请求地址不合法 / the request target is not a valid URL');
    }
    if (url.pathname === '/graphql') return graphql(req, res, url);
    if (options.exportRoute && url.pathname.startsWith('/export/')) return options.exportRoute(req, res, url);
    if (url.pathname === '/healthz') {
      if (drain.draining) return sendJson(res, 503, { ok: false, detail: 'draining' });
      const health = await options.health();
      return sendJson(res, health.ok ? 200 : 503, health);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendError(res, 405, 'BAD_INPUT', '只接受 GET / method not allowed', { allow: 'GET, HEAD' });
    return serveStatic(options.clientDir, url, req, res);
  }

  const server = createServer();
  const drain = createConnectionDrain(server);
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    drain.onRequest(req, res);
    applySecurityHeaders(res);
    route(req, res, drain).catch((error: unknown) => {
      options.onFault(error);
      if (res.headersSent) res.destroy();
      else
        sendError(
          res,
          500,
          'INTERNAL',
          '服务器内部错误，请稍后再试 / internal server error; please try again later',
        );
    });
  });
  server.on('clientError', answerClientError);
  return { server, drain };
}
