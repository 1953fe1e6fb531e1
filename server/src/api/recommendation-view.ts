/**
 * Shapes recommendations for GraphQL: signal labels and weights from signal-weights.ts, evidence paths
 * spelled out with names, and the subgraph of every evidence path so the client can draw it.
 */
import type { GraphNode } from '#model';
import type { Recommendation } from '../match/recommend-partners.ts';
import { SIGNALS, SIGNAL_LABELS, SIGNAL_WEIGHTS } from '../match/signal-weights.ts';
import type { GraphStore } from '../store/index.ts';
import { edgeView, entityView } from './to-graphql.ts';

export async function recommendationViews(store: GraphStore, items: readonly Recommendation[]) {
  const ids = [...new Set(items.flatMap((item) => item.evidence.flatMap((path) => path.nodes)))];
  const names = new Map((await store.getNodes(ids)).map((node): [string, GraphNode] => [node.id, node]));
  const views = items.map((item) => ({
    entity: entityView(item.node),
    score: item.score,
    contributions: SIGNALS.map((signal) => ({
      signal,
      label: `${SIGNAL_LABELS[signal].zh} ${SIGNAL_LABELS[signal].en}`,
      value: item.contributions[signal],
      weight: SIGNAL_WEIGHTS[signal],
    })),
    evidence: item.evidence.map((path) => ({
      signal: path.signal,
      label: `${SIGNAL_LABELS[path.signal].zh} ${SIGNAL_LABELS[path.signal].en}`,
      nodeIds: path.nodes,
      edgeIds: path.edges,
      text: path.nodes.map((id) => names.get(id)?.name ?? id).join(' → '),
    })),
  }));
  const edgeIds = new Set(items.flatMap((item) => item.evidence.flatMap((path) => path.edges)));
  const edges = (await store.edgesAmong(ids)).filter((edge) => edgeIds.has(edge.id));
  return {
    views,
    evidence: { nodes: [...names.values()].map(entityView), edges: edges.map(edgeView), truncated: false },
  };
}
