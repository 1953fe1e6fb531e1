/**
 * The Apollo Server: SDL from schema.graphql, thin resolvers, graphql-armor's depth, cost, alias,
 * directive and token limits (a refused query becomes a TOO_LARGE error before any resolver runs),
 * errors formatted at this boundary only.
 */
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError, type ValidationContext } from 'graphql';
import { AppError } from '../domain/app-error.ts';
import { createResolvers } from './create-resolvers.ts';
import { createFormatError } from './format-error.ts';
import type { RequestContext } from './request-context.ts';

export const TYPE_DEFS = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

export const QUERY_LIMITS = {
  maxDepth: 8,
  maxCost: 5_000,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2_000,
};

/** Re-reports an armor rejection as TOO_LARGE, in words a planner can act on. */
function tooLarge(context: ValidationContext | null, error: GraphQLError): void {
  const message = `查询过于复杂，已拒绝（${error.message.replace(/^Syntax Error: /u, '')}）：请减少嵌套层数或字段 / the query is too deep or too costly and was refused; ask for fewer nested levels or fields`;
  context?.reportError(new GraphQLError(message, { originalError: new AppError('TOO_LARGE', message) }));
}

export function createApolloServer(log: (error: unknown) => void): ApolloServer<RequestContext> {
  const limit = { propagateOnRejection: false, onReject: [tooLarge] };
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ...limit },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ...limit },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...limit },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...limit },
    // Token counting happens while parsing, where there is no validation context to report to.
    maxTokens: { n: QUERY_LIMITS.maxTokens },
  });
  const protection = armor.protect();
  return new ApolloServer<RequestContext>({
    schema: makeExecutableSchema({ typeDefs: TYPE_DEFS, resolvers: createResolvers() }),
    ...protection,
    plugins: [...protection.plugins],
    validationRules: [...protection.validationRules],
    formatError: createFormatError(log),
    includeStacktraceInErrorResponses: false,
    introspection: true,
  });
}
