/**
 * Which cooperations a fit holds out of a graph's own history, nested so that nothing leaks: the latest
 * share is validation (predicted from everything before it), the share before that is for fitting
 * (predicted from everything before it). By year where most cooperations have one, else at random with
 * a seed. Each part comes with the graph its features are built on: the held-out links, and the project
 * participation that would give a pair away, are absent from it.
 */
import type { GraphEdge, GraphNode, NodeKind } from '#model';
import { hideLinks, type Split } from '../evaluation/hide-links.ts';
import { splitByTime } from '../evaluation/split-by-time.ts';
import { yearOf } from './graph-index.ts';

export interface HeldOutHistory {
  readonly split: 'year' | 'random';
  /** The years or seed the parts were chosen by, in words. */
  readonly heldOut: string;
  readonly fit: Split;
  readonly validation: Split;
  /** Enterprise cooperations in the whole graph. */
  readonly cooperations: number;
}

/** Shares of the enterprises' cooperations held out for validation, and for fitting. */
export const VALIDATION_SHARE = 0.12;
export const FIT_SHARE = 0.2;
/** Dates are used when at least this share of cooperations has one, over at least three years. */
const DATED_SHARE = 0.6;

type Graph = { nodes: GraphNode[]; edges: GraphEdge[] };

function keepKinds(split: Split, kinds: ReadonlySet<NodeKind>, kindOf: Map<string, NodeKind>): Split {
  const hidden = new Map<string, Set<string>>();
  for (const [enterprise, partners] of split.hidden) {
    const kept = new Set([...partners].filter((id) => kinds.has(kindOf.get(id) as NodeKind)));
    if (kept.size > 0) hidden.set(enterprise, kept);
  }
  return { train: split.train, hidden };
}

export function holdOutHistory(graph: Graph, kinds: readonly NodeKind[], seed: number): HeldOutHistory {
  const kindOf = new Map(graph.nodes.map((node) => [node.id, node.kind]));
  const cooperations = graph.edges.filter(
    (edge) => edge.kind === 'COOPERATES_WITH' && kindOf.get(edge.from) === 'Enterprise',
  );
  const years = cooperations.flatMap((edge) => yearOf(edge) ?? []);
  const wanted = new Set(kinds);
  if (years.length >= DATED_SHARE * cooperations.length && new Set(years).size >= 3) {
    const validation = splitByTime(graph, VALIDATION_SHARE, kinds);
    const fit = splitByTime(validation.train, FIT_SHARE / (1 - VALIDATION_SHARE), kinds);
    return {
      split: 'year',
      heldOut: `fit ${fit.cutoff}–${validation.cutoff - 1}, validation ${validation.cutoff}–`,
      fit,
      validation,
      cooperations: cooperations.length,
    };
  }
  const validation = hideLinks(graph, VALIDATION_SHARE, seed);
  const fit = hideLinks(validation.train, FIT_SHARE / (1 - VALIDATION_SHARE), seed + 1);
  return {
    split: 'random',
    heldOut: `seed ${seed}`,
    fit: keepKinds(fit, wanted, kindOf),
    validation: keepKinds(validation, wanted, kindOf),
    cooperations: cooperations.length,
  };
}
