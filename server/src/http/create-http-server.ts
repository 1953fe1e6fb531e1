/**
 * One HTTP server for everything: POST/GET /graphql to Apollo, /healthz for probes, and the built
 * client for every other path, so the product runs on a single port.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { RequestContext } from '../api/request-context.ts';
import { serveStatic } from './serve-static.ts';

const MAX_BODY_BYTES = 1024 * 1024;
/** Requests that carry an editor key may upload spreadsheets (base64 in JSON); the key is checked later. */
const MAX_EDITOR_BODY_BYTES = 24 * 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  const limit = req.headers['x-editor-key'] ? MAX_EDITOR_BODY_BYTES : MAX_BODY_BYTES;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export interface HttpServerOptions {
  readonly apollo: ApolloServer<RequestContext>;
  readonly context: (req: IncomingMessage) => Promise<RequestContext>;
  readonly clientDir: string;
  readonly health: () => Promise<{ ok: boolean; detail: string }>;
}

export function createHttpServer(options: HttpServerOptions): Server {
  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const raw = req.method === 'POST' ? await readBody(req) : '';
    if (raw === null) {
      sendJson(res, 413, {
        errors: [{ message: '请求过大 / request body too large', extensions: { code: 'TOO_LARGE' } }],
      });
      return;
    }
    let body: unknown = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        sendJson(res, 400, {
          errors: [
            {
              message: '请求不是合法的 JSON / the request body is not valid JSON',
              extensions: { code: 'BAD_INPUT' },
            },
          ],
        });
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context(req),
    });
    const outHeaders: Record<string, string> = {};
    for (const [key, value] of response.headers) outHeaders[key] = value;
    res.writeHead(response.status ?? 200, outHeaders);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handle = async () => {
      if (url.pathname === '/graphql') return graphql(req, res, url);
      if (url.pathname === '/healthz') {
        const health = await options.health();
        return sendJson(res, health.ok ? 200 : 503, health);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return sendJson(res, 405, { error: 'method not allowed' });
      return serveStatic(options.clientDir, req, res);
    };
    handle().catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
      console.error(error);
    });
  });
}
