/**
 * The HTTP status of an answer whose operation failed as a whole: GraphQL answers resolver errors with 200,
 * so a refused argument or a missing entity would look like success to anything that reads the status
 * (proxies, monitoring, scripts). When there is no data to show (data null, or every root field null)
 * and the errors say why, the status says it too: 400 for a bad or too large argument, 404 for what does
 * not exist, 403, 409, 503 and 500 as their codes mean. An answer with some data stays 200: the client
 * has something to show, and the errors say what is missing.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { ErrorCode } from '#model';

const STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_INPUT: 400,
  TOO_LARGE: 400,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** The status for these errors of an answer with nothing else to show; null when 200 stays right. */
export function statusForFailedOperation(
  data: Record<string, unknown> | null | undefined,
  errors: readonly GraphQLFormattedError[] | undefined,
): number | null {
  if (!errors || errors.length === 0) return null;
  if (data && Object.values(data).some((value) => value !== null)) return null;
  const statuses = errors.map((error) => STATUS[String(error.extensions?.code) as ErrorCode] ?? 500);
  // A fault outranks the client's mistakes; mixed client mistakes are a bad request.
  const faults = statuses.filter((status) => status >= 500);
  if (faults.length > 0) return Math.max(...faults);
  return statuses.every((status) => status === statuses[0]) ? (statuses[0] as number) : 400;
}

export const errorStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        const status = statusForFailedOperation(data, errors);
        // Apollo has already chosen 4xx for requests it refused before running them.
        if (status !== null && (response.http.status ?? 200) === 200) response.http.status = status;
      },
    };
  },
};
