/**
 * Groups relationships for batched writes by (kind, from kind, to kind), after checking that each id is
 * the one derived from kind and ends, that both ends exist and that the domain allows the pair. Shared by
 * every backend.
 */
import {
  AppError,
  REL_KIND_SPECS,
  allowsEndpoints,
  edgeId,
  type GraphEdge,
  type NodeKind,
  type RelKind,
} from '#model';

export interface EdgeGroup {
  readonly kind: RelKind;
  readonly from: NodeKind;
  readonly to: NodeKind;
  readonly edges: GraphEdge[];
}

export function planEdgeWrites(
  edges: readonly GraphEdge[],
  kindOf: ReadonlyMap<string, NodeKind>,
): EdgeGroup[] {
  const groups = new Map<string, EdgeGroup>();
  const problems: string[] = [];
  for (const edge of edges) {
    // Evidence paths and imports name relationships by this id; any other would leave them dangling.
    if (edge.id !== edgeId(edge.kind, edge.from, edge.to)) {
      problems.push(
        `关系编号 ${edge.id} 应为 ${edgeId(edge.kind, edge.from, edge.to)} / relationship id ${edge.id} should be ${edgeId(edge.kind, edge.from, edge.to)}`,
      );
      continue;
    }
    const from = kindOf.get(edge.from);
    const to = kindOf.get(edge.to);
    if (!from || !to) {
      const missing = [!from ? edge.from : null, !to ? edge.to : null].filter(Boolean).join('、');
      problems.push(
        `关系 ${edge.id} 的端点不存在 / relationship ${edge.id} names an entity that does not exist: ${missing}`,
      );
      continue;
    }
    if (!allowsEndpoints(edge.kind, from, to)) {
      const spec = REL_KIND_SPECS[edge.kind];
      problems.push(
        `“${spec.zh}”关系不能从 ${from} 指向 ${to} / a ${edge.kind} relationship cannot go from ${from} to ${to} (${edge.id})`,
      );
      continue;
    }
    const key = `${edge.kind}|${from}|${to}`;
    const group = groups.get(key) ?? { kind: edge.kind, from, to, edges: [] };
    group.edges.push(edge);
    groups.set(key, group);
  }
  if (problems.length > 0) throw new AppError('BAD_INPUT', problems.slice(0, 20).join('\n'));
  return [...groups.values()];
}
