import { describe, expect, it } from 'vitest';
import type { GraphNode, Source } from '../domain/records.ts';
import { resolveBatch } from './resolve-batch.ts';
import type { Draft } from './validate-rows.ts';

const source: Source = { file: 'new.csv', row: 2 };
const cas: GraphNode = {
  id: 'university:中国科学院',
  kind: 'University',
  name: '中国科学院',
  aliases: ['中科院'],
  keywords: [],
  props: {},
  stats: [],
  sources: [],
};
const nodeDraft = (name: string, extra: Partial<Extract<Draft, { type: 'node' }>['draft']> = {}): Draft => ({
  type: 'node',
  draft: { kind: 'University', name, aliases: [], keywords: [], props: {}, source, ...extra },
});

describe('resolving drafts', () => {
  it('lands a row named by an alias on the existing entity and keeps its name', () => {
    const result = resolveBatch([nodeDraft('中科院', { description: '国家科研机构' })], [cas], []);
    expect(result.nodes).toHaveLength(1);
    expect(result.nodes[0]).toMatchObject({ id: cas.id, name: '中国科学院', description: '国家科研机构' });
    expect(result.counts.University).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: 0 });
  });

  it('counts an identical row as unchanged and writes nothing', () => {
    const first = resolveBatch([nodeDraft('大连光明研究院')], [], []);
    const again = resolveBatch([nodeDraft('大连光明研究院')], first.nodes, []);
    expect(again.nodes).toEqual([]);
    expect(again.counts.University).toEqual({ created: 0, updated: 0, unchanged: 1, rejected: 0 });
  });

  it('reports an ambiguous name instead of guessing', () => {
    const other: GraphNode = { ...cas, id: 'university:另一个', name: '另一个中科院', aliases: ['中科院'] };
    const result = resolveBatch([nodeDraft('中科院')], [cas, other], []);
    expect(result.nodes).toEqual([]);
    expect(result.problems[0]?.message).toMatch(/多个.*several/u);
  });

  it('links relationships by name or alias, and reports an end it cannot find', () => {
    const edge = (to: string): Draft => ({
      type: 'edge',
      draft: { kind: 'PART_OF', from: { ref: '上海有机所' }, to: { ref: to }, props: {}, source },
    });
    const result = resolveBatch(
      [
        nodeDraft('中国科学院上海有机化学研究所', { aliases: ['上海有机所'] }),
        edge('中科院'),
        edge('不存在的院'),
      ],
      [cas],
      [],
    );
    expect(result.edges.map((e) => e.id)).toEqual([
      'PART_OF:university:中国科学院上海有机化学研究所->university:中国科学院',
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 2, column: '终点(to)', message: expect.stringContaining('不存在的院') }),
    ]);
  });

  it('refuses a relationship between kinds the domain does not connect', () => {
    const result = resolveBatch(
      [
        {
          type: 'edge',
          draft: { kind: 'HOSTS', from: { ref: '中科院' }, to: { ref: '中科院' }, props: {}, source },
        },
      ],
      [cas],
      [],
    );
    expect(result.edges).toEqual([]);
    expect(result.counts.HOSTS?.rejected).toBe(1);
  });
});
