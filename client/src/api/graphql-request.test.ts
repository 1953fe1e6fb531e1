// Tests the GraphQL fetch client against a stand-in fetch function, and the client's queries against the schema.
import { readFileSync } from 'node:fs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Kind, buildSchema, parse, print, specifiedRules, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '#model';
import * as editorApi from '../editor/editor-api.ts';
import * as importApi from '../import/import-api.ts';
import * as opportunitiesApi from '../opportunities/opportunities-api.ts';
import * as registerApi from '../register/register-api.ts';
import * as reviewApi from '../review/review-api.ts';
import { graphqlRequest, isApiError } from './graphql-request.ts';
import * as queries from './queries.ts';
import { search } from './queries.ts';

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

/** Every operation the client sends: each exported document of the modules that write them. */
const CLIENT_DOCUMENTS = [queries, editorApi, importApi, opportunitiesApi, registerApi, reviewApi]
  .flatMap((module) => Object.values(module))
  .filter(
    (value): value is DocumentNode =>
      typeof value === 'object' &&
      value !== null &&
      (value as DocumentNode).kind === Kind.DOCUMENT &&
      (value as DocumentNode).definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION),
  )
  .map((document) => {
    const operation = document.definitions.find(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION,
    );
    return [operation && 'name' in operation ? (operation.name?.value ?? '') : '', document] as const;
  });

/** The limits the server puts on every document (README, In production), from their one declaration. */
const SERVER_LIMITS = new ApolloArmor({
  maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
  costLimit: { maxCost: QUERY_LIMITS.maxCost, flattenFragments: true },
  maxAliases: { n: QUERY_LIMITS.maxAliases },
  maxDirectives: { n: QUERY_LIMITS.maxDirectives },
  maxTokens: { enabled: false },
}).protect().validationRules;

describe('the client queries', () => {
  it('cover every operation the client sends', () => {
    expect(CLIENT_DOCUMENTS.length).toBeGreaterThan(30);
    expect(CLIENT_DOCUMENTS.map(([name]) => name)).toEqual(
      expect.arrayContaining(['SuggestedPartners', 'Opportunities', 'RecommendPartners', 'UpdateEntity']),
    );
  });

  const schema = buildSchema(
    readFileSync(new URL('../../../server/src/api/schema.graphql', import.meta.url), 'utf8'),
  );

  it.each(CLIENT_DOCUMENTS)('%s is valid against the server schema', (_name, query) => {
    expect(validate(schema, query).map((e) => e.message)).toEqual([]);
  });

  it.each(CLIENT_DOCUMENTS)('%s stays within the server limits', (_name, query) => {
    expect(() => parse(print(query), { maxTokens: QUERY_LIMITS.maxTokens })).not.toThrow();
    expect(validate(schema, query, [...specifiedRules, ...SERVER_LIMITS]).map((e) => e.message)).toEqual([]);
  });
});
