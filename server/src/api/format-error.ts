/**
 * The only place where errors become GraphQL errors: AppError codes go to `extensions.code` with
 * their plain message; GraphQL's own parse and validation errors become BAD_INPUT; anything else is INTERNAL with a generic message, its
 * details logged, never sent. Stack traces never leave the server.
 */
import type { GraphQLFormattedError } from 'graphql';
import { isAppError, type AppError } from '../domain/app-error.ts';

const CLIENT_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/** The AppError behind a GraphQL error, however many times GraphQL or Apollo wrapped it. */
function findAppError(error: unknown): AppError | null {
  let current: unknown = error;
  for (let i = 0; i < 5 && current; i++) {
    if (isAppError(current)) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

export function createFormatError(log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = findAppError(error);
    if (original) {
      const where = original.where?.argument ? { argument: original.where.argument } : {};
      return {
        message: original.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: original.code, ...where },
      };
    }
    const code = String(formatted.extensions?.code ?? '');
    if (CLIENT_ERRORS.has(code)) {
      return {
        message: formatted.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: { code: 'BAD_INPUT' },
      };
    }
    log(error);
    return {
      message: '服务器内部错误，请稍后再试 / internal server error; please try again later',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL' },
    };
  };
}
