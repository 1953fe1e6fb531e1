/**
 * The only place where errors become GraphQL errors: AppError codes go to `extensions.code` with their
 * plain message; GraphQL's and Apollo's own codes for malformed requests (parse, validation, bad request,
 * bad variables) become BAD_INPUT; anything else is INTERNAL with a generic message, its details logged,
 * never sent. Stack traces never leave the server. Client mistakes are reported to `onClientError` (a
 * throttled warn log), real faults to `onFault`.
 */
import type { GraphQLFormattedError } from 'graphql';
import { isAppError, type AppError } from '#model';

/** Apollo's and graphql-js's codes for requests the client got wrong. */
const CLIENT_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** What each of those codes means, in Chinese, ahead of graphql-js's English message. */
const CLIENT_ERROR_ZH: Readonly<Record<string, string>> = {
  GRAPHQL_PARSE_FAILED: '查询语法错误',
  GRAPHQL_VALIDATION_FAILED: '查询不符合接口定义',
  BAD_USER_INPUT: '参数不合法',
};

export interface ErrorSinks {
  readonly onClientError: (code: string, message: string) => void;
  readonly onFault: (error: unknown) => void;
}

/** The AppError behind a GraphQL error, however many times GraphQL or Apollo wrapped it. */
function findAppError(error: unknown): AppError | null {
  let current: unknown = error;
  for (let i = 0; i < 5 && current; i++) {
    if (isAppError(current)) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

export function createFormatError(sinks: ErrorSinks) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = findAppError(error);
    if (original && original.code !== 'INTERNAL') {
      if (original.code !== 'NOT_FOUND' && original.code !== 'UNAVAILABLE')
        sinks.onClientError(original.code, original.message);
      if (original.code === 'UNAVAILABLE') sinks.onFault(original);
      const where = original.where?.argument ? { argument: original.where.argument } : {};
      return {
        message: original.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: original.code, ...where },
      };
    }
    const code = String(formatted.extensions?.code ?? '');
    if (!original && CLIENT_ERRORS.has(code)) {
      sinks.onClientError('BAD_INPUT', formatted.message);
      return {
        message: `${CLIENT_ERROR_ZH[code] ?? '请求有误'} / ${formatted.message}`,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: { code: 'BAD_INPUT' },
      };
    }
    sinks.onFault(error);
    return {
      message: '服务器内部错误，请稍后再试 / internal server error; please try again later',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL' },
    };
  };
}
