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
  for (const read of expect?.unchanged ?? []) {
    const node = nodes.get(read.id);
    if (node && canonical(node) === canonical(read)) continue;
    throw new AppError(
      'CONFLICT',
      node
        ? `${read.name} 已被他人修改，请刷新后再试 / ${read.name} was changed meanwhile; reload and try again`
        : `${read.id} 已不存在 / ${read.id} no longer exists`,
    );
  }
  for (const read of expect?.unchangedEdges ?? []) {
    const edge = edges.get(read.id);
    if (edge && canonical(edge) === canonical(read)) continue;
    throw new AppError(
      'CONFLICT',
      edge
        ? `关系 ${read.id} 已被他人修改，请刷新后再试 / ${read.id} was changed meanwhile; reload and try again`
        : `关系 ${read.id} 已不存在 / ${read.id} no longer exists`,
    );
  }
  for (const wanted of expect?.reviewPairs ?? []) {
    const pair = pairs.get(wanted.id);
    if (pair?.status === wanted.status) continue;
    throw new AppError(
      'CONFLICT',
      `这一对已被处理（${pair?.status ?? '已删除'}） / this pair was decided meanwhile (${pair?.status ?? 'removed'})`,
    );
  }
}
