// Tests the GraphQL fetch client against a stand-in fetch function, and the client's queries against the schema.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
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
    const data = await graphqlRequest<{ ok: boolean }>(
      '{ ok }',
      {},
      { fetchFn: answering(200, { data: { ok: true } }) },
    );
    expect(data).toEqual({ ok: true });
  });

  it('throws the first error with its extensions.code and message', async () => {
    const error = await caught(
      graphqlRequest(
        '{ x }',
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
        '{ x }',
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
        '{ x }',
        {},
        { fetchFn: answering(200, { errors: [{ message: 'boom', extensions: { code: 'WAT' } }] }) },
      ),
    );
    expect(odd).toMatchObject({ code: 'INTERNAL', message: 'boom' });
  });

  it('reports an answer that is not JSON by its HTTP status', async () => {
    const error = await caught(graphqlRequest('{ x }', {}, { fetchFn: answering(503, '<html>down</html>') }));
    expect(error).toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('reports a failed connection as NETWORK', async () => {
    const error = await caught(
      graphqlRequest(
        '{ x }',
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
});

describe('the client queries', () => {
  const schema = buildSchema(
    readFileSync(new URL('../../../server/src/api/schema.graphql', import.meta.url), 'utf8'),
  );

  it.each([
    ['search', SEARCH_QUERY],
    ['neighborhood', NEIGHBORHOOD_QUERY],
    ['entity', ENTITY_QUERY],
    ['stats', STATS_QUERY],
    ['paths', PATHS_QUERY],
    ['overview', OVERVIEW_QUERY],
    ['recommendPartners', RECOMMEND_QUERY],
  ])('%s is valid against the server schema', (_name, query) => {
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });
});
