import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NodeKind } from '#model';
import { cypherPath } from './cypher-files.ts';
import { FEATURE_QUERY_NAMES } from '../feature-queries.ts';
import { featureStatement, hasEmptyList, kuzuStored, neo4jStored } from './feature-statement.ts';

describe('feature queries', () => {
  it.each(['kuzu', 'neo4j'] as const)('each has a Cypher file for %s', (backend) => {
    const missing = FEATURE_QUERY_NAMES.filter((name) => !existsSync(cypherPath(backend, name)));
    expect(missing).toEqual([]);
  });

  it('writes the candidate kinds into the pattern as labels, joined as each backend reads them, and keeps the rest as parameters', () => {
    const params = { kinds: ['University', 'Specialist'] as NodeKind[], fields: ['d-1'] };
    const kuzu = featureStatement('kuzu', 'helped-signals', params);
    expect(kuzu.text).toContain('(c:University:Specialist)');
    expect(kuzu.params).toEqual({ fields: ['d-1'] });
    const neo4j = featureStatement('neo4j', 'helped-signals', params);
    expect(neo4j.text).toContain('(c:University|Specialist)');
  });

  it('looks one enterprise up by its key in kuzu, several by a join', () => {
    expect(featureStatement('kuzu', 'anchor-contexts', { ids: ['e-1'] })).toMatchObject({
      params: { id: 'e-1' },
    });
    expect(featureStatement('kuzu', 'anchor-contexts', { ids: ['e-1', 'e-2'] }).text).toContain(
      'UNWIND $ids',
    );
  });

  it('refuses a label that is not a declared kind', () => {
    expect(() =>
      featureStatement('kuzu', 'text-candidates', {
        kinds: ['Enterprise) DETACH DELETE (x' as NodeKind],
        terms: ['a'],
      }),
    ).toThrow(/Not a declared kind/);
  });

  it('calls a query given an empty list one without rows', () => {
    expect(hasEmptyList({ ids: [] })).toBe(true);
    expect(hasEmptyList({ ids: ['u-1'], kinds: ['University'] })).toBe(false);
  });

  it('reads an entity’s columns flat or prefixed from kuzu rows, and from Neo4j nodes or their maps', () => {
    const row = { id: 'e-1', name: '甲', xId: 'x-1', xName: '乙', need: 'n-1', nId: 'n-1', nName: '丙' };
    expect(kuzuStored(row, '')).toBe(row);
    expect(kuzuStored(row, 'x')).toEqual({ id: 'x-1', name: '乙' });
    expect(kuzuStored(row, 'n')).toEqual({ id: 'n-1', name: '丙' });
    expect(neo4jStored({ n: { properties: { id: 'n-1' } }, x: null }, 'n')).toEqual({ id: 'n-1' });
    expect(neo4jStored({ n: { id: 'n-1', searchText: null } }, '')).toEqual({ id: 'n-1', searchText: null });
    expect(neo4jStored({ x: null }, 'x')).toEqual({});
  });
});
