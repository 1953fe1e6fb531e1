/**
 * A write's expectations (WriteBatch.expect) against the records as its transaction read them: the first
 * that no longer holds, as a CONFLICT naming the record (and the property and both values, when one was
 * expected); nothing otherwise.
 */
import {
  AppError,
  NODE_KIND_SPECS,
  type GraphEdge,
  type GraphNode,
  type PropValue,
  type ReviewPair,
} from '#model';
import type { WriteExpectations } from '../../graph-store.ts';

const shown = (value: PropValue | null | undefined) =>
  value === null || value === undefined ? '（无）/ (none)' : JSON.stringify(value);

const same = (a: PropValue | null | undefined, b: PropValue | null) =>
  JSON.stringify(a ?? null) === JSON.stringify(b);

/** A record as text with its keys in order, so two reads of it compare equal however they were decoded. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** Records that must be as they were read: the first that is not (or is gone), as a CONFLICT. */
function unchangedSinceRead<T extends { readonly id: string }>(
  reads: readonly T[] | undefined,
  now: ReadonlyMap<string, T>,
  named: (record: T) => string,
): void {
  for (const read of reads ?? []) {
    const record = now.get(read.id);
    if (record && canonical(record) === canonical(read)) continue;
    throw new AppError(
      'CONFLICT',
      record
        ? `${named(read)} 已被他人修改，请刷新后再试 / ${named(read)} was changed meanwhile; reload and try again`
        : `${named(read)} 已不存在 / ${named(read)} no longer exists`,
    );
  }
}

export function checkExpectations(
  expect: WriteExpectations | undefined,
  before: {
    readonly nodes: ReadonlyMap<string, GraphNode>;
    readonly edges: ReadonlyMap<string, GraphEdge>;
    readonly reviews: ReadonlyMap<string, ReviewPair>;
  },
): void {
  const { nodes, edges, reviews: pairs } = before;
  for (const wanted of expect?.nodes ?? []) {
    const node = nodes.get(wanted.id);
    if (!node) throw new AppError('CONFLICT', `${wanted.id} 已不存在 / ${wanted.id} no longer exists`);
    for (const [key, value] of Object.entries(wanted.props)) {
      const now = node.props[key];
      if (same(now, value)) continue;
      const spec = NODE_KIND_SPECS[node.kind].properties.find((each) => each.key === key);
      throw new AppError(
        'CONFLICT',
        `${node.name} 的${spec?.zh ?? key}已被改为 ${shown(now)}（原为 ${shown(value)}），请刷新后再试 / ` +
          `${spec?.en ?? key} of ${node.name} was changed meanwhile to ${shown(now)} (was ${shown(value)}); reload and try again`,
      );
    }
  }
  unchangedSinceRead(expect?.unchanged, nodes, (node) => node.name);
  unchangedSinceRead(expect?.unchangedEdges, edges, (edge) => `关系 / relationship ${edge.id}`);
  for (const wanted of expect?.reviewPairs ?? []) {
    const pair = pairs.get(wanted.id);
    if (pair?.status === wanted.status) continue;
    throw new AppError(
      'CONFLICT',
      `这一对已被处理（${pair?.status ?? '已删除'}） / this pair was decided meanwhile (${pair?.status ?? 'removed'})`,
    );
  }
}
