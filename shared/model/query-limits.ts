/**
 * The limits the API puts on every GraphQL document (graphql-armor's depth, cost, aliases and directives,
 * the parser's tokens, and the request's length), declared once: the server enforces them, and the
 * client's tests check every document the client sends against the same figures.
 */
export const QUERY_LIMITS = {
  maxDepth: 8,
  // The client's heaviest query (recommendPartners with evidence) costs about 470.
  maxCost: 1_500,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2_000,
  maxQueryChars: 20_000,
} as const;
