/**
 * Merging two entities of a review pair: the kept one takes the other's names as aliases, its sources
 * (with a note of the merge), the properties, keywords and description it lacks; every relationship of
 * the other moves to the kept one (one between the two disappears; one the kept already has is joined);
 * the other is deleted. One batch, written as one change set of kind `merge`, so undo gives both back.
 * Pure: planning only.
 */
import { edgeId, type GraphEdge, type GraphNode, type ReviewPair, type Source } from '#model';
import type { WriteBatch } from '../store/index.ts';

const uniq = (items: readonly string[]) => [...new Set(items.filter(Boolean))];

function mergedNode(keep: GraphNode, drop: GraphNode, source: Source): GraphNode {
  const out: Record<string, unknown> = {
    ...keep,
    aliases: uniq([
      ...keep.aliases,
      drop.name,
      ...drop.aliases,
      ...(drop.nameEn && !keep.nameEn ? [] : []),
    ]).filter((alias) => alias !== keep.name),
    keywords: uniq([...keep.keywords, ...drop.keywords]),
    props: { ...drop.props, ...keep.props },
    stats: [
      ...keep.stats,
      ...drop.stats.filter((stat) => !keep.stats.some((own) => own.label === stat.label)),
    ],
    sources: [...keep.sources, ...drop.sources, source],
  };
  if (!keep.description && drop.description) out.description = drop.description;
  if (!keep.nameEn && drop.nameEn) out.nameEn = drop.nameEn;
  return out as unknown as GraphNode;
}

function joined(own: GraphEdge, moved: GraphEdge): GraphEdge {
  return {
    ...own,
    props: { ...moved.props, ...own.props },
    sources: [
      ...own.sources,
      ...moved.sources.filter(
        (source) => !own.sources.some((each) => JSON.stringify(each) === JSON.stringify(source)),
      ),
    ],
  };
}

export interface MergePlan {
  readonly batch: WriteBatch;
  readonly kept: GraphNode;
  readonly moved: number;
}

export function planMerge(input: {
  readonly keep: GraphNode;
  readonly drop: GraphNode;
  /** Every relationship touching either entity. */
  readonly edges: readonly GraphEdge[];
  readonly pair: ReviewPair;
  readonly editor: string;
  readonly at: Date;
}): MergePlan {
  const { keep, drop, pair, editor, at } = input;
  const source: Source = {
    editor,
    at: at.toISOString(),
    document: `合并 ${drop.name}（${drop.id}）/ merged ${drop.id}`,
  };
  const kept = mergedNode(keep, drop, source);
  const keepEdges = new Map(
    input.edges.filter((edge) => edge.from === keep.id || edge.to === keep.id).map((edge) => [edge.id, edge]),
  );
  const moved = new Map<string, GraphEdge>();
  for (const edge of input.edges) {
    if (edge.from !== drop.id && edge.to !== drop.id) continue;
    const from = edge.from === drop.id ? keep.id : edge.from;
    const to = edge.to === drop.id ? keep.id : edge.to;
    if (from === to) continue;
    const id = edgeId(edge.kind, from, to);
    const next: GraphEdge = { ...edge, id, from, to };
    const own = keepEdges.get(id) ?? moved.get(id);
    moved.set(id, own ? joined(own, next) : next);
  }
  return {
    kept,
    moved: moved.size,
    batch: {
      nodes: [kept],
      edges: [...moved.values()],
      deleteNodes: [{ id: drop.id, kind: drop.kind }],
      reviewPairs: [{ ...pair, status: 'merged', decidedBy: editor, decidedAt: at.toISOString() }],
    },
  };
}
