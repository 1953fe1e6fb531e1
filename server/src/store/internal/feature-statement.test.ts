import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cypherPath } from './cypher-files.ts';
import { FEATURE_QUERY_NAMES } from '../feature-queries.ts';
import { featureStatement, hasEmptyList } from './feature-statement.ts';

describe('feature queries', () => {
  it.each(['kuzu', 'neo4j'] as const)('each has a Cypher file for %s', (backend) => {
    const missing = FEATURE_QUERY_NAMES.filter((name) => !existsSync(cypherPath(backend, name)));
    expect(missing).toEqual([]);
  });

  it('writes kinds into the pattern as labels, joined as each backend reads them, and keeps the rest as parameters', () => {
    const params = {
      kind: 'Region',
      ids: ['r-1'],
      rels: ['LOCATED_IN', 'ADVISES'],
      kinds: ['University', 'Specialist'],
      anchor: 'e-1',
      limit: 10,
    } as const;
    const kuzu = featureStatement('kuzu', 'neighbours-in', params);
    expect(kuzu.text).toContain('(n:Region)<-[r:LOCATED_IN|ADVISES]-(c:University:Specialist)');
    expect(kuzu.params).toEqual({ ids: ['r-1'], anchor: 'e-1', limit: 10 });
    const neo4j = featureStatement('neo4j', 'neighbours-in', params);
    expect(neo4j.text).toContain('(n:Region)<-[r:LOCATED_IN|ADVISES]-(c:University|Specialist)');
  });

  it('refuses a label that is not a declared kind', () => {
    expect(() =>
      featureStatement('kuzu', 'entity', { kind: 'Enterprise) DETACH DELETE (x', id: 'e-1' }),
    ).toThrow(/Not a declared kind/);
  });

  it('sends an empty list of places as one that matches nothing, and calls other empty lists no rows', () => {
    const statement = featureStatement('kuzu', 'candidate-facts', {
      kind: 'University',
      ids: ['u-1'],
      places: [],
    });
    expect(statement.params).toEqual({ ids: ['u-1'], places: [''] });
    expect(hasEmptyList({ ids: ['u-1'], places: [] })).toBe(false);
    expect(hasEmptyList({ ids: [], places: ['r-1'] })).toBe(true);
  });
});
