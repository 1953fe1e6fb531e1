/**
 * The recommender's ranking model: a weight per feature (never negative, so every contribution is
 * evidence for), a candidate's evidence being the weighted sum of its features, and a calibration that
 * turns evidence into the probability a planner reads — the share of suggestions with that evidence that
 * became cooperations in the graph's own held-out history. A model is either the shipped default or one
 * fitted on a graph (fit-ranking-model.ts), stored with the graph together with its validation figures.
 */
import { FEATURES, SIGNAL_OF, type Feature, type FeatureVector } from './ranking-features.ts';
import { SIGNALS, type Signal } from '#model';

export interface RankingMetrics {
  readonly hitAt5: number;
  readonly hitAt10: number;
  readonly mrr: number;
  readonly queries: number;
}

/** How a fitted model was made and how it did on the links held out for validation. */
export interface FitReport {
  /** ISO time of the fit. */
  readonly fittedAt: string;
  readonly split: 'year' | 'random';
  /** The years or seed the held-out cooperations were chosen by. */
  readonly heldOut: string;
  readonly cooperations: number;
  readonly fitQueries: number;
  readonly validationQueries: number;
  readonly fitted: RankingMetrics;
  readonly defaults: RankingMetrics;
  /** Whether the fitted weights beat the defaults on validation (otherwise the defaults are kept). */
  readonly kept: boolean;
  readonly seconds: number;
}

export interface RankingModel {
  readonly version: 1;
  /** 'default' for the shipped weights, 'fitted' for weights learned on this graph. */
  readonly origin: 'default' | 'fitted';
  readonly weights: Readonly<Record<Feature, number>>;
  /** probability = 1 / (1 + exp(−(slope · evidence + intercept))). */
  readonly calibration: { readonly slope: number; readonly intercept: number };
  readonly report?: FitReport;
}

export const evidenceOf = (weights: Readonly<Record<Feature, number>>, values: FeatureVector) =>
  FEATURES.reduce((sum, feature) => sum + weights[feature] * values[feature], 0);

export const probabilityOf = (model: Pick<RankingModel, 'calibration'>, evidence: number) =>
  1 / (1 + Math.exp(-(model.calibration.slope * evidence + model.calibration.intercept)));

/** A candidate's scored features: its probability, split among the signals in proportion to evidence. */
export interface ModelScore {
  readonly evidence: number;
  readonly probability: number;
  readonly contributions: Readonly<Record<Signal, number>>;
}

export function scoreVector(model: RankingModel, values: FeatureVector): ModelScore {
  const evidence = evidenceOf(model.weights, values);
  const probability = probabilityOf(model, evidence);
  const bySignal = Object.fromEntries(SIGNALS.map((signal) => [signal, 0])) as Record<Signal, number>;
  for (const feature of FEATURES) bySignal[SIGNAL_OF[feature]] += model.weights[feature] * values[feature];
  const contributions = Object.fromEntries(
    SIGNALS.map((signal) => [signal, evidence > 0 ? (probability * bySignal[signal]) / evidence : 0]),
  ) as Record<Signal, number>;
  return { evidence, probability, contributions };
}

/** A stable hash of an id (FNV-1a): the last resort between candidates whose features are all equal. */
export function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The order of candidates under a model: by evidence; on equal evidence by the features themselves,
 * heaviest weight first (so while any feature differs the order follows it); only candidates alike in
 * every feature by a hash of their ids, which favours no name, place or kind.
 */
export function compareCandidates(
  weights: Readonly<Record<Feature, number>>,
): (a: { id: string; values: FeatureVector }, b: { id: string; values: FeatureVector }) => number {
  const order = [...FEATURES].sort(
    (x, y) => weights[y] - weights[x] || FEATURES.indexOf(x) - FEATURES.indexOf(y),
  );
  return (a, b) => {
    const difference = evidenceOf(weights, b.values) - evidenceOf(weights, a.values);
    if (Math.abs(difference) > 1e-12) return difference;
    for (const feature of order) {
      const d = b.values[feature] - a.values[feature];
      if (d !== 0) return d;
    }
    return idHash(a.id) - idHash(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

/** Candidate ids in the model's order (evidence computed once per candidate). */
export function rankByModel(
  weights: Readonly<Record<Feature, number>>,
  candidates: ReadonlyArray<{ id: string; values: FeatureVector }>,
): string[] {
  const compare = compareCandidates(weights);
  return candidates
    .map((candidate) => ({ candidate, evidence: evidenceOf(weights, candidate.values) }))
    .sort((a, b) => b.evidence - a.evidence || compare(a.candidate, b.candidate))
    .map((item) => item.candidate.id);
}
