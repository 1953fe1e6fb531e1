/**
 * The review queue (待确认) as editors work it: the pairs with both entities side by side (names, name
 * parts as an import reads them, relationships shared and apart, sources), merging a pair, keeping one
 * apart, and scanning the graph for likely duplicates. Every decision is a change set under the editor's
 * name, so a merge (or a keep-apart) can be undone exactly.
 */
import {
  AppError,
  NODE_KINDS,
  reviewPairId,
  type ChangeSetSummary,
  type GraphEdge,
  type GraphNode,
  type ReviewPair,
  type ReviewStatus,
} from '#model';
import type { GraphStore } from '../store/index.ts';
import { planMerge } from './merge-pair.ts';
import { proposedPairs } from './review-proposals.ts';
import { scanForDuplicates } from './scan-duplicates.ts';

const ALL_RELS = 500;

export interface PairView {
  readonly pair: ReviewPair;
  readonly a: GraphNode | null;
  readonly b: GraphNode | null;
  /** Entities both are linked to. */
  readonly shared: readonly string[];
}

async function pairOrNotFound(store: GraphStore, id: string): Promise<ReviewPair> {
  const [pair] = await store.reviewPairsById([id]);
  if (!pair)
    throw new AppError('NOT_FOUND', `没有编号为 ${id} 的待确认项 / no review pair has the id ${id}`, {
      argument: 'id',
    });
  return pair;
}

async function edgesOf(store: GraphStore, id: string): Promise<GraphEdge[]> {
  const sub = await store.neighborhood({ id, depth: 1, kinds: NODE_KINDS, limit: ALL_RELS });
  return sub.edges.filter((edge) => edge.from === id || edge.to === id);
}

const ends = (edges: readonly GraphEdge[], id: string) =>
  new Set(edges.map((edge) => (edge.from === id ? edge.to : edge.from)));

export async function reviewPairs(
  store: GraphStore,
  query: { status?: ReviewStatus; limit: number; offset: number },
): Promise<{ items: PairView[]; total: number }> {
  const page = await store.reviewPairs(query);
  const nodes = new Map(
    (await store.getNodes(page.items.flatMap((pair) => [pair.a, pair.b]))).map((node) => [node.id, node]),
  );
  const items = await Promise.all(
    page.items.map(async (pair) => {
      const [aEdges, bEdges] = await Promise.all([edgesOf(store, pair.a), edgesOf(store, pair.b)]);
      const bEnds = ends(bEdges, pair.b);
      const shared = [...ends(aEdges, pair.a)].filter(
        (id) => bEnds.has(id) && id !== pair.a && id !== pair.b,
      );
      return { pair, a: nodes.get(pair.a) ?? null, b: nodes.get(pair.b) ?? null, shared };
    }),
  );
  return { items, total: page.total };
}

export async function mergePair(
  store: GraphStore,
  editor: string,
  pairId: string,
  keepId: string,
  now: Date = new Date(),
): Promise<{ kept: GraphNode; changeSet: ChangeSetSummary | null }> {
  const pair = await pairOrNotFound(store, pairId);
  if (pair.status !== 'open')
    throw new AppError(
      'CONFLICT',
      `这一对已${pair.status === 'merged' ? '合并' : '确认不同'} / this pair was already decided (${pair.status})`,
    );
  if (keepId !== pair.a && keepId !== pair.b)
    throw new AppError(
      'BAD_INPUT',
      `保留的实体必须是这一对中的一个 / keep one of the pair (${pair.a} or ${pair.b})`,
      { argument: 'keepId' },
    );
  const dropId = keepId === pair.a ? pair.b : pair.a;
  const nodes = new Map((await store.getNodes([keepId, dropId])).map((node) => [node.id, node]));
  const keep = nodes.get(keepId);
  const drop = nodes.get(dropId);
  if (!keep || !drop)
    throw new AppError('CONFLICT', '这一对中的实体已不存在 / an entity of this pair no longer exists');
  const edges = [...(await edgesOf(store, keepId)), ...(await edgesOf(store, dropId))];
  const plan = planMerge({ keep, drop, edges, pair, editor, at: now });
  const open = { reviewPairs: [{ id: pair.id, status: 'open' as const }] };
  const changeSet = await store.write(
    { ...plan.batch, expect: open },
    {
      editor,
      kind: 'merge',
      note: `合并 ${drop.name} 到 ${keep.name} / merged ${drop.name} into ${keep.name}`,
    },
  );
  return { kept: plan.kept, changeSet };
}

export async function keepApart(
  store: GraphStore,
  editor: string,
  pairId: string,
  now: Date = new Date(),
): Promise<ChangeSetSummary> {
  const pair = await pairOrNotFound(store, pairId);
  if (pair.status !== 'open')
    throw new AppError(
      'CONFLICT',
      `这一对已${pair.status === 'merged' ? '合并' : '确认不同'} / this pair was already decided (${pair.status})`,
    );
  const changeSet = await store.write(
    {
      nodes: [],
      edges: [],
      reviewPairs: [{ ...pair, status: 'apart', decidedBy: editor, decidedAt: now.toISOString() }],
      expect: { reviewPairs: [{ id: pair.id, status: 'open' }] },
    },
    { editor, kind: 'review', note: `确认不是同一个：${pair.a} ≠ ${pair.b} / kept apart` },
  );
  if (!changeSet) throw new AppError('CONFLICT', '这一对没有变化 / nothing changed');
  return changeSet;
}

/** Scans the graph and adds the likely duplicates not yet in the queue: one change set, or null when none. */
export async function scanDuplicates(
  store: GraphStore,
  editor: string,
  now: Date = new Date(),
): Promise<{ added: number; changeSet: ChangeSetSummary | null }> {
  const proposals = scanForDuplicates(await store.listNames(), `扫描 scan ${now.toISOString().slice(0, 10)}`);
  const ids = proposals.map((proposal) => reviewPairId(proposal.one, proposal.other));
  const known = new Map((await store.reviewPairsById(ids)).map((pair) => [pair.id, pair]));
  const pairs = proposedPairs(proposals, known, now);
  if (pairs.length === 0) return { added: 0, changeSet: null };
  const changeSet = await store.write(
    { nodes: [], edges: [], reviewPairs: pairs },
    {
      editor,
      kind: 'review',
      note: `扫描出 ${pairs.length} 对可能重复的实体 / ${pairs.length} likely duplicates found`,
    },
  );
  return { added: pairs.length, changeSet };
}
