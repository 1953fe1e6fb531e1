/**
 * POST/GET /graphql: method, CSRF and body checks in front of Apollo, so every client mistake is a 4xx
 * with a code before a resolver runs. The larger (upload) body limit applies only once the editor key
 * has been checked.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { RequestContext } from '../api/request-context.ts';
import {
  parseGetParams,
  parsePostBody,
  type EnvelopeLimits,
  type RequestRefusal,
} from './parse-graphql-request.ts';
import { readBody } from './read-body.ts';
import { sendError } from './send-json.ts';

export interface GraphqlEndpointOptions {
  readonly apollo: ApolloServer<RequestContext>;
  readonly context: (req: IncomingMessage) => Promise<RequestContext>;
  /** True when the request carries a valid editor key: only then does the larger body limit apply. */
  readonly isEditor: (req: IncomingMessage) => boolean;
  readonly maxBodyBytes: number;
  readonly maxEditorBodyBytes: number;
  readonly limits: EnvelopeLimits;
  /** Records a refused request (at most warn level, throttled). */
  readonly onRefused: (refusal: RequestRefusal) => void;
}

/** Content types a browser may send cross-site without a preflight (the CSRF risk). */
const SIMPLE_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'];
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function hasPreflightHeader(req: IncomingMessage): boolean {
  return PREFLIGHT_HEADERS.some((name) => {
    const value = req.headers[name];
    return typeof value === 'string' && value.trim() !== '';
  });
}

/** Why a request is refused before its body is read, or null. */
function refuseEarly(req: IncomingMessage): RequestRefusal | null {
  if (req.method !== 'GET' && req.method !== 'POST')
    return {
      status: 405,
      code: 'BAD_INPUT',
      message: `/graphql 只接受 GET 和 POST，收到 ${req.method ?? '?'} / /graphql accepts GET and POST only`,
    };
  if (req.method === 'GET') {
    if (hasPreflightHeader(req)) return null;
    return {
      status: 403,
      code: 'FORBIDDEN',
      message:
        'GET 请求需要请求头 apollo-require-preflight（防止跨站请求伪造） / GET requests need the header apollo-require-preflight (CSRF protection)',
    };
  }
  const type = mediaType(req);
  if (type === 'application/json' || type === 'application/graphql-response+json') return null;
  if (type === '' || SIMPLE_TYPES.includes(type))
    return {
      status: 403,
      code: 'FORBIDDEN',
      message: `已拒绝可能的跨站请求伪造：请以 content-type: application/json 发送 / refused as a possible cross-site request forgery: send content-type: application/json (got “${type || 'none'}”)`,
    };
  return {
    status: 415,
    code: 'BAD_INPUT',
    message: `不支持的 content-type “${type}”，请用 application/json / unsupported content-type “${type}”; use application/json`,
  };
}

export function createGraphqlEndpoint(options: GraphqlEndpointOptions) {
  const refuse = (res: ServerResponse, refusal: RequestRefusal, headers: Record<string, string> = {}) => {
    options.onRefused(refusal);
    sendError(res, refusal.status, refusal.code, refusal.message, headers);
  };

  return async function graphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const early = refuseEarly(req);
    if (early) return refuse(res, early, early.status === 405 ? { allow: 'GET, POST' } : {});
    let parsed;
    if (req.method === 'POST') {
      const limit = options.isEditor(req) ? options.maxEditorBodyBytes : options.maxBodyBytes;
      const body = await readBody(req, limit);
      if (!body.ok) {
        const mb = (limit / 2 ** 20).toFixed(limit < 2 ** 20 ? 2 : 0);
        // The rest of the body is not read: the connection cannot carry another request.
        return refuse(
          res,
          {
            status: 413,
            code: 'TOO_LARGE',
            message: `请求体超过 ${mb} MB / the request body is over ${mb} MB`,
          },
          { connection: 'close' },
        );
      }
      parsed = parsePostBody(body.text, options.limits);
    } else parsed = parseGetParams(url.searchParams, options.limits);
    if (!parsed.ok) return refuse(res, parsed.refusal);

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const context = await options.context(req);
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method ?? 'POST',
        headers,
        search: req.method === 'GET' ? url.search : '',
        body: req.method === 'POST' ? parsed.request : undefined,
      },
      context: async () => context,
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    // Signing in and out set the session cookie on the answer.
    if (context.cookies.length > 0) res.setHeader('set-cookie', context.cookies);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
