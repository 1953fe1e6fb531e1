/**
 * What each signal is worth: the default weights refitted on the training networks without one signal's
 * features (the rest free to compensate), then measured on every evaluation network; and which generators
 * the defaults are fitted on: fitted on one generator's training networks, measured on every generator's
 * evaluation networks. All on features computed in memory (the same the store-backed recommender scores).
 */
import { SIGNALS, type Signal } from '#model';
import { fitWeights, type TrainingQuery } from '../learn/fit-ranking-model.ts';
import { metricsOf, trainingQueries } from '../learn/fit-from-history.ts';
import { holdOutHistory } from '../learn/hold-out-history.ts';
import { FEATURES, SIGNAL_OF, type Feature } from '../learn/ranking-features.ts';
import { evaluationSplit, type EvaluationNetwork, type Generator } from './evaluation-networks.ts';

export interface PreparedNetwork {
  readonly network: EvaluationNetwork;
  readonly queries: readonly TrainingQuery[];
}

/** Training networks: the fit parts of their histories. Evaluation networks: their evaluation splits. */
export function prepareTraining(networks: readonly EvaluationNetwork[]): PreparedNetwork[] {
  return networks.map((network) => {
    const history = holdOutHistory(network.graph(), network.kinds, network.seed);
    return { network, queries: trainingQueries(history.fit, network.kinds, Infinity) };
  });
}

export function prepareEvaluation(networks: readonly EvaluationNetwork[]): PreparedNetwork[] {
  return networks.map((network) => {
    const split = evaluationSplit(network, network.graph());
    return { network, queries: trainingQueries(split, network.kinds, Infinity) };
  });
}

export interface AblationRow {
  readonly removed: Signal | null;
  /** MRR on each evaluation network, in their order. */
  readonly mrr: readonly number[];
  readonly mean: number;
}

export function signalAblation(
  training: readonly PreparedNetwork[],
  evaluation: readonly PreparedNetwork[],
  prior: Readonly<Record<Feature, number>>,
): AblationRow[] {
  const pooled = training.flatMap((net) => net.queries);
  const row = (removed: Signal | null): AblationRow => {
    const without = FEATURES.filter((feature) => SIGNAL_OF[feature] === removed);
    const weights = fitWeights(pooled, { prior, without });
    const mrr = evaluation.map((net) => metricsOf(net.queries, weights).mrr);
    return { removed, mrr, mean: mrr.reduce((a, b) => a + b, 0) / Math.max(1, mrr.length) };
  };
  return [row(null), ...SIGNALS.map(row)];
}

export interface CrossFitRow {
  /** The generator the weights were fitted on ('all' for the shipped pooling). */
  readonly fittedOn: Generator | 'all';
  /** Mean MRR on each generator's evaluation networks. */
  readonly byGenerator: Readonly<Record<Generator, number>>;
}

export function crossGeneratorFits(
  training: readonly PreparedNetwork[],
  evaluation: readonly PreparedNetwork[],
  prior: Readonly<Record<Feature, number>>,
): CrossFitRow[] {
  const generators: Generator[] = ['field draws', 'growth', 'choice'];
  const measure = (weights: Record<Feature, number>) =>
    Object.fromEntries(
      generators.map((generator) => {
        const nets = evaluation.filter((net) => net.network.generator === generator);
        const mrr = nets.map((net) => metricsOf(net.queries, weights).mrr);
        return [generator, mrr.reduce((a, b) => a + b, 0) / Math.max(1, mrr.length)];
      }),
    ) as Record<Generator, number>;
  const rows: CrossFitRow[] = generators.map((generator) => ({
    fittedOn: generator,
    byGenerator: measure(
      fitWeights(
        training.filter((net) => net.network.generator === generator).flatMap((net) => net.queries),
        { prior },
      ),
    ),
  }));
  rows.push({
    fittedOn: 'all',
    byGenerator: measure(
      fitWeights(
        training.flatMap((net) => net.queries),
        { prior },
      ),
    ),
  });
  return rows;
}
