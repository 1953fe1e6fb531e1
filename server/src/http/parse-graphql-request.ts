/**
 * The GraphQL-over-HTTP envelope, checked before Apollo sees it: one operation per request (no batching),
 * `query` a string of bounded size and token count, `variables` and `extensions` objects,
 * `operationName` a string. Anything else is the client's mistake, answered 4xx with a code and a plain
 * message in Chinese and English, never an internal error.
 */
import { Lexer, Source, TokenKind, GraphQLError } from 'graphql';
import { z } from 'zod';
import type { ErrorCode } from '#model';

export interface GraphqlRequest {
  readonly query: string;
  readonly variables?: Record<string, unknown> | null;
  readonly operationName?: string | null;
  readonly extensions?: Record<string, unknown> | null;
}

export interface RequestRefusal {
  readonly status: number;
  readonly code: ErrorCode;
  readonly message: string;
}

export type ParsedRequest =
  | { readonly ok: true; readonly request: GraphqlRequest }
  | { readonly ok: false; readonly refusal: RequestRefusal };

export interface EnvelopeLimits {
  /** Most lexical tokens in one document (graphql-armor's max-tokens, applied before parsing). */
  readonly maxTokens: number;
  /** Longest document in characters. */
  readonly maxQueryChars: number;
}

const envelope = z.object({
  query: z.string(),
  variables: z.record(z.string(), z.unknown()).nullish(),
  operationName: z.string().nullish(),
  extensions: z.record(z.string(), z.unknown()).nullish(),
});

const refuse = (status: number, code: ErrorCode, message: string): ParsedRequest => ({
  ok: false,
  refusal: { status, code, message },
});

const badInput = (zh: string, en: string) => refuse(400, 'BAD_INPUT', `${zh} / ${en}`);

/** Counts tokens up to `limit + 1`; a lexical error stops the count and is left for the parser to report. */
export function countTokens(query: string, limit: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (count <= limit && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
  }
  return count;
}

function checkDocument(request: GraphqlRequest, limits: EnvelopeLimits): ParsedRequest {
  if (request.query.trim() === '') return badInput('请求中的 query 为空', 'the request has an empty `query`');
  if (request.query.length > limits.maxQueryChars)
    return refuse(
      413,
      'TOO_LARGE',
      `查询文本超过 ${limits.maxQueryChars} 个字符 / the query text is over ${limits.maxQueryChars} characters`,
    );
  if (countTokens(request.query, limits.maxTokens) > limits.maxTokens)
    return refuse(
      400,
      'TOO_LARGE',
      `查询过于复杂（超过 ${limits.maxTokens} 个词法单元），已拒绝 / the query has more than ${limits.maxTokens} tokens and was refused`,
    );
  return { ok: true, request };
}

function fromShape(value: unknown, limits: EnvelopeLimits): ParsedRequest {
  if (Array.isArray(value))
    return badInput(
      '不支持批量请求：每个请求只能包含一个操作',
      'batched requests are not supported: send one operation per request',
    );
  const parsed = envelope.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'body';
    return badInput(
      `请求格式不对（${field}）：应为 {"query": 字符串, "variables": 对象}`,
      `malformed request at \`${field}\`: expected {"query": string, "variables": object}`,
    );
  }
  return checkDocument(parsed.data, limits);
}

/** A POST body already read as text. */
export function parsePostBody(text: string, limits: EnvelopeLimits): ParsedRequest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return badInput('请求体不是合法的 JSON', 'the request body is not valid JSON');
  }
  return fromShape(value, limits);
}

/** A GET request's search parameters (`query`, `variables` and `extensions` as JSON text). */
export function parseGetParams(params: URLSearchParams, limits: EnvelopeLimits): ParsedRequest {
  const query = params.get('query');
  if (query === null) return badInput('缺少 query 参数', 'the `query` parameter is missing');
  const json = (name: string): unknown => {
    const raw = params.get(name);
    if (raw === null || raw === '') return undefined;
    try {
      return JSON.parse(raw);
    } catch {
      return Symbol.for('invalid');
    }
  };
  const value: Record<string, unknown> = { query };
  for (const name of ['variables', 'extensions']) {
    const parsed = json(name);
    if (parsed === Symbol.for('invalid'))
      return badInput(`${name} 参数不是合法的 JSON`, `the \`${name}\` parameter is not valid JSON`);
    if (parsed !== undefined) value[name] = parsed;
  }
  const operationName = params.get('operationName');
  if (operationName) value.operationName = operationName;
  return fromShape(value, limits);
}
