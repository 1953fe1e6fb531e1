/**
 * The Apollo Server: SDL from schema.graphql, thin resolvers, graphql-armor's depth, cost, alias and
 * directive limits and a budget of work per request (root-field-budget.ts; a refused query becomes a TOO_LARGE error before any resolver runs), errors
 * formatted at this boundary only. The token limit is applied by the HTTP layer before parsing (armor's
 * own token plugin throws from a hook, which Apollo answers with a 500), and again by graphql-js's
 * parser as a second line. Apollo's signal handlers are off: the app owns the process lifecycle.
 */
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError, type ValidationContext } from 'graphql';
import { AppError, QUERY_LIMITS } from '#model';
import { createResolvers } from './create-resolvers.ts';
import { errorStatusPlugin } from './error-status-plugin.ts';
import { createFormatError, type ErrorSinks } from './format-error.ts';
import type { RequestContext } from './request-context.ts';
import { rootFieldBudgetRule } from './root-field-budget.ts';

export const TYPE_DEFS = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

/** Re-reports an armor rejection as TOO_LARGE, in words a planner can act on. */
function tooLarge(context: ValidationContext | null, error: GraphQLError): void {
  const message = `查询过于复杂，已拒绝（${error.message.replace(/^Syntax Error: /u, '')}）：请减少嵌套层数或字段 / the query is too deep or too costly and was refused; ask for fewer nested levels or fields`;
  context?.reportError(new GraphQLError(message, { originalError: new AppError('TOO_LARGE', message) }));
}

export interface ApolloOptions extends ErrorSinks {
  /** Whether introspection queries are answered (off in production unless GRAPHQL_INTROSPECTION=true). */
  readonly introspection: boolean;
}

export function createApolloServer(options: ApolloOptions): ApolloServer<RequestContext> {
  const limit = { propagateOnRejection: false, onReject: [tooLarge] };
  // With introspection off there is nothing to exempt; exempting `__schema` is what published bypasses used.
  const ignoreIntrospection = options.introspection;
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection, flattenFragments: true, ...limit },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection, flattenFragments: true, ...limit },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...limit },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...limit },
    maxTokens: { enabled: false },
  });
  const protection = armor.protect();
  return new ApolloServer<RequestContext>({
    schema: makeExecutableSchema({ typeDefs: TYPE_DEFS, resolvers: createResolvers() }),
    plugins: [...protection.plugins, errorStatusPlugin],
    validationRules: [...protection.validationRules, rootFieldBudgetRule],
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    formatError: createFormatError(options),
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection,
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
  });
}
