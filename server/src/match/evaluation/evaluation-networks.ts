/**
 * The networks the recommender is measured on and the ones its default weights are fitted on, declared
 * once: three generators, each a different process (synthetic-graph.ts: field × popularity × proximity
 * draws; growth-graph.ts: preferential attachment over years with geography and communities of practice;
 * choice-graph.ts: a logit choice over shared fields, popularity, geography and advisers), each with its
 * own split (at random, or by time where the process has one). The defaults never see an evaluation seed.
 */
import type { GraphEdge, GraphNode, NodeKind } from '#model';
import { CHOICE, choiceGraph } from './choice-graph.ts';
import { GROWTH, growthGraph } from './growth-graph.ts';
import type { GeneratingOdds } from './generating-odds.ts';
import { hideLinks, type Split } from './hide-links.ts';
import { splitByTime } from './split-by-time.ts';
import { SMALL, syntheticGraph } from './synthetic-graph.ts';

export const HELPER_KINDS: readonly NodeKind[] = ['University', 'Academician', 'Specialist', 'Platform'];
/** Share of the cooperations hidden in an evaluation split. */
export const HIDE_SHARE = 0.2;
export const SPLIT_SEED = 7;

export type Generator = 'field draws' | 'growth' | 'choice';

export interface EvaluationNetwork {
  readonly name: string;
  readonly generator: Generator;
  readonly seed: number;
  /** The candidate kinds asked for (the choice network asks for institutions, as outside benchmarks do). */
  readonly kinds: readonly NodeKind[];
  readonly split: 'random' | 'time';
  /** The network; `odds`, when given, is filled with the generator's draw probabilities. */
  readonly graph: (odds?: GeneratingOdds) => { nodes: GraphNode[]; edges: GraphEdge[] };
}

const network = (generator: Generator, seed: number): EvaluationNetwork => {
  if (generator === 'field draws')
    return {
      name: `field draws, seed ${seed}`,
      generator,
      seed,
      kinds: HELPER_KINDS,
      split: 'random',
      graph: (odds) => syntheticGraph({ ...SMALL, seed }, odds),
    };
  if (generator === 'growth')
    return {
      name: `growth, seed ${seed}`,
      generator,
      seed,
      kinds: HELPER_KINDS,
      split: 'time',
      graph: (odds) => growthGraph({ ...GROWTH, seed }, odds),
    };
  return {
    name: `choice, seed ${seed}`,
    generator,
    seed,
    kinds: ['University'],
    split: 'random',
    graph: (odds) => choiceGraph({ ...CHOICE, seed }, odds),
  };
};

/** Measured by `npm run eval:match`. */
export const EVALUATION_NETWORKS: readonly EvaluationNetwork[] = [
  network('field draws', SMALL.seed),
  network('field draws', 99),
  network('field draws', 7),
  network('growth', 1),
  network('growth', 2),
  network('growth', 3),
  network('choice', 1),
  network('choice', 2),
  network('choice', 3),
];

/** What the shipped default weights are fitted on (`npm run fit:defaults`): other seeds only. */
export const TRAINING_NETWORKS: readonly EvaluationNetwork[] = [101, 102, 103].flatMap((seed) => [
  network('field draws', seed),
  network('growth', seed),
  network('choice', seed),
]);

/** The evaluation split of a network: its future (by time) or a seeded share hidden. */
export function evaluationSplit(
  net: EvaluationNetwork,
  graph: { nodes: GraphNode[]; edges: GraphEdge[] },
): Split {
  return net.split === 'time'
    ? splitByTime(graph, HIDE_SHARE, net.kinds)
    : hideLinks(graph, HIDE_SHARE, SPLIT_SEED);
}
