// A small typed GraphQL-over-fetch client: POSTs to /graphql and turns GraphQL errors into coded errors.

export const API_ERROR_CODES = [
  'BAD_INPUT',
  'NOT_FOUND',
  'TOO_LARGE',
  'FORBIDDEN',
  'UNAVAILABLE',
  'INTERNAL',
  'NETWORK',
] as const;

/** The server's `extensions.code`, or NETWORK when no answer arrived at all. */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError extends Error {
  readonly code: ApiErrorCode;
}

export function apiError(code: ApiErrorCode, message: string): ApiError {
  return Object.assign(new Error(message), { name: 'ApiError', code });
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof Error && value.name === 'ApiError' && 'code' in value;
}

/** True for the error fetch throws when its AbortSignal fires: callers ignore these. */
export function isAbort(value: unknown): boolean {
  return value instanceof Error && value.name === 'AbortError';
}

export interface RequestOptions {
  readonly signal?: AbortSignal;
  readonly endpoint?: string;
  /** Injected in tests; the browser's fetch otherwise. */
  readonly fetchFn?: typeof fetch;
}

interface GraphqlErrorJson {
  readonly message?: unknown;
  readonly extensions?: { readonly code?: unknown };
}

interface GraphqlResponseJson<TData> {
  readonly data?: TData | null;
  readonly errors?: readonly GraphqlErrorJson[];
}

function toCode(value: unknown): ApiErrorCode {
  if (typeof value !== 'string') return 'INTERNAL';
  if ((API_ERROR_CODES as readonly string[]).includes(value)) return value as ApiErrorCode;
  // Apollo's own codes for malformed requests, should the server let one through unmapped.
  if (
    value === 'BAD_USER_INPUT' ||
    value === 'GRAPHQL_VALIDATION_FAILED' ||
    value === 'GRAPHQL_PARSE_FAILED'
  ) {
    return 'BAD_INPUT';
  }
  return 'INTERNAL';
}

function codeForStatus(status: number): ApiErrorCode {
  if (status === 400) return 'BAD_INPUT';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'TOO_LARGE';
  if (status === 502 || status === 503 || status === 504) return 'UNAVAILABLE';
  return 'INTERNAL';
}

export async function graphqlRequest<
  TData,
  TVariables extends Record<string, unknown> = Record<string, never>,
>(query: string, variables: TVariables, options: RequestOptions = {}): Promise<TData> {
  const fetchFn = options.fetchFn ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await fetchFn(options.endpoint ?? '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw apiError('NETWORK', error instanceof Error ? error.message : String(error));
  }

  let body: GraphqlResponseJson<TData>;
  try {
    body = (await response.json()) as GraphqlResponseJson<TData>;
  } catch (error) {
    if (isAbort(error)) throw error;
    throw apiError(codeForStatus(response.status), `HTTP ${response.status} ${response.statusText}`.trim());
  }

  const first = body.errors?.[0];
  if (first) {
    const message = typeof first.message === 'string' ? first.message : `HTTP ${response.status}`;
    throw apiError(toCode(first.extensions?.code), message);
  }
  if (!response.ok) throw apiError(codeForStatus(response.status), `HTTP ${response.status}`);
  if (body.data === undefined || body.data === null) throw apiError('INTERNAL', 'Empty GraphQL response');
  return body.data;
}
