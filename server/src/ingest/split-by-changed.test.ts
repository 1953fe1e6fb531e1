import { describe, expect, it } from 'vitest';
import type { Op } from './identify-ops.ts';
import type { Identified, ResolvedBatch } from './resolve-batch.ts';
import { splitByChanged } from './split-by-changed.ts';

const source = { file: 'a.csv', row: 2 };
const node = (id: string, existed = true): Op => ({
  type: 'node',
  id,
  existed,
  first: true,
  draft: { kind: 'Enterprise', name: id, aliases: [], keywords: [], props: {}, source },
});
const edge = (from: string, to: string): Op => ({
  type: 'edge',
  kind: 'IN_DOMAIN',
  from,
  to,
  props: {},
  source,
});
const identified = (ops: Op[]): Identified => ({
  ops,
  existingIds: ['enterprise:甲', 'enterprise:乙', 'domain:化工'],
  notes: [],
  review: [],
  matches: [],
  created: [],
});

describe('an import made again after the same import', () => {
  it('counts rows whose records nothing changed as unchanged, and compares only the others', () => {
    const split = splitByChanged(
      identified([
        node('enterprise:甲'),
        node('enterprise:乙'),
        edge('enterprise:甲', 'domain:化工'),
        node('enterprise:丙', false),
      ]),
      new Set(['enterprise:乙']),
    );
    expect(split.vouched).toBe(2);
    expect(split.compare.ops.map((op) => (op.type === 'node' ? op.id : op.type))).toEqual([
      'enterprise:乙',
      'enterprise:丙',
    ]);
    expect(split.compare.existingIds).toEqual(['enterprise:乙']);
    const merged = {
      counts: { Enterprise: { created: 1, updated: 1, unchanged: 0, rejected: 0 } },
    } as unknown as ResolvedBatch;
    expect(split.withUnchanged(merged).counts).toEqual({
      Enterprise: { created: 1, updated: 1, unchanged: 1, rejected: 0 },
      IN_DOMAIN: { created: 0, updated: 0, unchanged: 1, rejected: 0 },
    });
  });

  it('compares a relationship when either end changed since', () => {
    const split = splitByChanged(
      identified([edge('enterprise:甲', 'domain:化工')]),
      new Set(['domain:化工']),
    );
    expect(split.vouched).toBe(0);
    expect([...split.compare.existingIds].sort()).toEqual(['domain:化工', 'enterprise:甲']);
  });
});
