// Tests the GraphQL fetch client against a stand-in fetch function, and the client's queries against the schema.
import { readFileSync } from 'node:fs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { buildSchema, parse, print, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { IMPORT_MUTATION } from '../import/import-api.ts';
import { graphqlRequest, isApiError } from './graphql-request.ts';
import {
  ENTITY_QUERY,
  NEIGHBORHOOD_QUERY,
  OVERVIEW_QUERY,
  PATHS_QUERY,
  RECOMMEND_QUERY,
  SEARCH_QUERY,
  STATS_QUERY,
  search,
} from './queries.ts';

/** A document for the stand-in server to answer (the real operations are typed by codegen). */
function doc<TData = unknown>(text: string): TypedDocumentNode<TData, Record<string, never>> {
  return parse(text) as TypedDocumentNode<TData, Record<string, never>>;
}

function answering(status: number, body: unknown, seen: RequestInit[] = []): typeof fetch {
  return async (_input, init) => {
    if (init) seen.push(init);
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return new Response(text, { status, headers: { 'content-type': 'application/json' } });
  };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('graphqlRequest', () => {
  it('returns the data of a successful answer', async () => {
    const data = await graphqlRequest(
      doc<{ ok: boolean }>('{ ok }'),
      {},
      { fetchFn: answering(200, { data: { ok: true } }) },
    );
    expect(data).toEqual({ ok: true });
  });

  it('throws the first error with its extensions.code and message', async () => {
    const error = await caught(
      graphqlRequest(
        doc('{ x }'),
        {},
        {
          fetchFn: answering(200, {
            data: null,
            errors: [{ message: '找不到该实体', extensions: { code: 'NOT_FOUND' } }],
          }),
        },
      ),
    );
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: '找不到该实体' });
  });

  it('reads errors from a 400 answer and maps unknown codes to INTERNAL', async () => {
    const bad = await caught(
      graphqlRequest(
        doc('{ x }'),
        {},
        {
          fetchFn: answering(400, {
            errors: [{ message: 'limit too large', extensions: { code: 'TOO_LARGE' } }],
          }),
        },
      ),
    );
    expect(bad).toMatchObject({ code: 'TOO_LARGE', message: 'limit too large' });
    const odd = await caught(
      graphqlRequest(
        doc('{ x }'),
        {},
        { fetchFn: answering(200, { errors: [{ message: 'boom', extensions: { code: 'WAT' } }] }) },
      ),
    );
    expect(odd).toMatchObject({ code: 'INTERNAL', message: 'boom' });
  });

  it('reports an answer that is not JSON by its HTTP status', async () => {
    const error = await caught(
      graphqlRequest(doc('{ x }'), {}, { fetchFn: answering(503, '<html>down</html>') }),
    );
    expect(error).toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('reports a failed connection as NETWORK', async () => {
    const error = await caught(
      graphqlRequest(
        doc('{ x }'),
        {},
        {
          fetchFn: async () => {
            throw new TypeError('fetch failed');
          },
        },
      ),
    );
    expect(error).toMatchObject({ code: 'NETWORK', message: 'fetch failed' });
  });

  it('posts the query and variables as JSON', async () => {
    const seen: RequestInit[] = [];
    await search('垦利', { limit: 10, fetchFn: answering(200, { data: { search: [] } }, seen) });
    expect(seen[0]?.method).toBe('POST');
    const body = JSON.parse(String(seen[0]?.body)) as { variables: unknown };
    expect(body.variables).toEqual({ text: '垦利', kinds: null, limit: 10 });
  });

  it('sends the headers asked for, never in place of its own content type', async () => {
    const seen: RequestInit[] = [];
    await graphqlRequest(
      doc('{ ok }'),
      {},
      {
        headers: { 'x-editor-key': 'k', 'content-type': 'text/plain' },
        fetchFn: answering(200, { data: { ok: true } }, seen),
      },
    );
    expect(seen[0]?.headers).toEqual({
      'x-editor-key': 'k',
      'content-type': 'application/json',
      accept: 'application/json',
    });
  });
});

const CLIENT_DOCUMENTS = [
  ['search', SEARCH_QUERY],
  ['neighborhood', NEIGHBORHOOD_QUERY],
  ['entity', ENTITY_QUERY],
  ['stats', STATS_QUERY],
  ['paths', PATHS_QUERY],
  ['overview', OVERVIEW_QUERY],
  ['recommendPartners', RECOMMEND_QUERY],
  ['importSpreadsheets', IMPORT_MUTATION],
] as const;

/**
 * The limits the server puts on every document (README, In production): graphql-armor's depth 8 (each fragment
 * spread counts), cost 1,500, 15 aliases and 10 directives, and 2,000 tokens.
 */
const SERVER_LIMITS = new ApolloArmor({
  maxDepth: { n: 8, flattenFragments: false },
  costLimit: { maxCost: 1_500 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 10 },
  maxTokens: { enabled: false },
}).protect().validationRules;
const MAX_TOKENS = 2_000;

describe('the client queries', () => {
  const schema = buildSchema(
    readFileSync(new URL('../../../server/src/api/schema.graphql', import.meta.url), 'utf8'),
  );

  it.each(CLIENT_DOCUMENTS)('%s is valid against the server schema', (_name, query) => {
    expect(validate(schema, query).map((e) => e.message)).toEqual([]);
  });

  it.each(CLIENT_DOCUMENTS)('%s stays within the server limits', (_name, query) => {
    expect(() => parse(print(query), { maxTokens: MAX_TOKENS })).not.toThrow();
    expect(validate(schema, query, [...specifiedRules, ...SERVER_LIMITS]).map((e) => e.message)).toEqual([]);
  });
});
