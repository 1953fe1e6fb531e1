// 机会 · The opportunities layer, the pure part: which enterprises in view to ask about, the suggested partners
// as a subgraph merged into the map with one dashed edge per suggestion labelled with its score, and what a
// chosen suggestion highlights (its evidence paths and the suggestion itself).
import type { EntitySummary, Subgraph } from '../api/answers.ts';
import type { PathIds } from '../graph/path-highlight.ts';
import type { SuggestionEdge } from '../graph/scene.ts';
import { evidenceHighlight, scorePercent } from '../who-can-help/who-can-help-view.ts';
import type { Suggestion, Suggestions } from './opportunities-api.ts';

/** Enterprises asked about at once: the best connected in view. */
export const MAX_ENTERPRISES = 20;
/** Suggestions drawn per enterprise. */
export const PER_ENTERPRISE = 2;

export const suggestionEdgeId = (enterprise: string, candidate: string) =>
  `suggested:${enterprise}->${candidate}`;
export const isSuggestionEdge = (id: string) => id.startsWith('suggested:');

/** The enterprises in view to ask about: most relationships first, then by id, at most `max`. */
export function enterprisesInView(nodes: Iterable<EntitySummary>, max = MAX_ENTERPRISES): string[] {
  return [...nodes]
    .filter((node) => node.kind === 'Enterprise')
    .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, max)
    .map((node) => node.id)
    .sort();
}

export interface SuggestionLayer {
  /** The suggested partners and their evidence, merged into the map. */
  readonly graph: Subgraph;
  readonly edges: readonly SuggestionEdge[];
  /** Every entity and relationship on an evidence path of a suggestion. */
  readonly evidence: Subgraph;
  /** Each suggestion by the id of its edge. */
  readonly byEdge: ReadonlyMap<string, Suggestion>;
}

export function suggestionLayer(suggestions: Suggestions): SuggestionLayer {
  const nodes = new Map<string, EntitySummary>();
  const edges: SuggestionEdge[] = [];
  const byEdge = new Map<string, Suggestion>();
  for (const item of suggestions.items) {
    const { enterprise, recommendation } = item;
    nodes.set(enterprise.id, enterprise);
    nodes.set(recommendation.entity.id, recommendation.entity);
    const id = suggestionEdgeId(enterprise.id, recommendation.entity.id);
    if (byEdge.has(id)) continue;
    const percent = scorePercent(recommendation.score);
    edges.push({
      id,
      from: enterprise.id,
      to: recommendation.entity.id,
      labelZh: `建议 ${percent}%`,
      labelEn: `suggested ${percent}%`,
      score: recommendation.score,
    });
    byEdge.set(id, item);
  }
  return {
    graph: { truncated: false, nodes: [...nodes.values()], edges: [] },
    edges,
    evidence: suggestions.evidence,
    byEdge,
  };
}

/** What choosing a suggestion shows: its evidence paths and the dashed edge between the two. */
export function suggestionHighlight(item: Suggestion): PathIds[] {
  const { enterprise, recommendation } = item;
  return [
    ...evidenceHighlight(recommendation),
    {
      nodeIds: [enterprise.id, recommendation.entity.id],
      edgeIds: [suggestionEdgeId(enterprise.id, recommendation.entity.id)],
    },
  ];
}
