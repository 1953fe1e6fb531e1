/**
 * Shapes recommendations for GraphQL: signal labels and weights from signal-weights.ts, evidence paths
 * spelled out with names, and the subgraph of every evidence path so the client can draw it. Everything
 * comes with the answer (the recommender read it): no store statement here (answerViews).
 */
import type { Recommendation, RecommendResult } from '../match/recommend-partners.ts';
import type { GraphStore } from '../store/index.ts';
import { SIGNALS, SIGNAL_LABELS, SIGNAL_WEIGHTS } from '../match/signal-weights.ts';
import type { RequestContext } from './request-context.ts';
import { edgeView, entityView } from './to-graphql.ts';

/** Degrees read with an answer, so that `Entity.degree` needs no statement of its own. */
export function primeDegrees(ctx: RequestContext, degrees: ReadonlyMap<string, number>): void {
  for (const [id, degree] of degrees) ctx.degrees.prime(id, degree);
}

/** Views of some of an answer's recommendations, drawn from what the answer read. */
export function answerViews(answer: RecommendResult, items: readonly Recommendation[]) {
  const byId = new Map(answer.evidence.nodes.map((node) => [node.id, node]));
  for (const item of items) byId.set(item.node.id, item.node);
  const names = new Map([...byId].map(([id, node]) => [id, node.name]));
  const nodeIds = [...new Set(items.flatMap((item) => item.evidence.flatMap((path) => path.nodes)))];
  const edgeIds = new Set(items.flatMap((item) => item.evidence.flatMap((path) => path.edges)));
  const views = items.map((item) => ({
    entity: entityView(item.node),
    score: item.score,
    contributions: SIGNALS.map((signal) => ({
      signal,
      label: `${SIGNAL_LABELS[signal].zh} ${SIGNAL_LABELS[signal].en}`,
      value: item.contributions[signal],
      weight: answer.signalWeights[signal],
    })),
    evidence: item.evidence.map((path) => ({
      signal: path.signal,
      label: `${SIGNAL_LABELS[path.signal].zh} ${SIGNAL_LABELS[path.signal].en}`,
      nodeIds: path.nodes,
      edgeIds: path.edges,
      text: path.nodes.map((id) => names.get(id) ?? id).join(' → '),
    })),
  }));
  return {
    views,
    evidence: {
      nodes: nodeIds.flatMap((id) => {
        const node = byId.get(id);
        return node ? [entityView(node)] : [];
      }),
      edges: answer.evidence.edges.filter((edge) => edgeIds.has(edge.id)).map(edgeView),
      truncated: false,
    },
  };
}

/**
 * Views of recommendations without their answer at hand: the evidence paths' entities and relationships
 * read again (two statements). For callers holding only the recommendations (the need register).
 */
export async function recommendationViews(store: GraphStore, items: readonly Recommendation[]) {
  const ids = [...new Set(items.flatMap((item) => item.evidence.flatMap((path) => path.nodes)))];
  const [nodes, edges] = await Promise.all([store.getNodes(ids), store.edgesAmong(ids)]);
  return answerViews(
    {
      anchor: null,
      fields: [],
      recommendations: items,
      evidence: { nodes, edges, truncated: false },
      degrees: new Map(),
      signalWeights: SIGNAL_WEIGHTS,
    },
    items,
  );
}
