/**
 * The ranking model's part of a recommendation about an enterprise: which candidates to read in detail
 * (the best by the model's evidence, and every text hit of the need), then their order, score and
 * contributions under the model. The features come from the graph snapshot (learn/extract-features.ts);
 * the need's text coverage and the paths that show each signal on the map come from the shortlist's
 * facts (score-shortlist.ts), so what a planner sees is the evidence the score was computed from.
 * Pure and deterministic: ties follow the features, then a hash of the id (no name comes first).
 */
import type { CandidateVector } from './learn/extract-features.ts';
import type { NodeKind } from '#model';
import { FEATURES, SIGNAL_OF, type Feature, type FeatureVector } from './learn/ranking-features.ts';
import {
  bestByModel,
  evidenceOf,
  scoreVector,
  sortByModel,
  type RankingModel,
} from './learn/ranking-model.ts';
import type { CandidateFeatures, ScoredCandidate } from './score-candidates.ts';
import { SIGNALS, type Signal } from './signal-weights.ts';

/** Candidates read in detail (their facts and evidence paths) per question. */
export const MODEL_SHORTLIST = 60;
const MAX_EVIDENCE = 3;
const round = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * The best `MODEL_SHORTLIST` by the model's evidence, with every text hit, in id order. Without a need's
 * text (`answers` given: how many the question wants) the model's order is final before any fact is
 * read, so the shortlist is just the answers: their facts and evidence are all that is read.
 */
export function modelShortlist(
  model: RankingModel,
  vectors: readonly CandidateVector[],
  textHits: readonly string[],
  kindOf: (id: string) => NodeKind | undefined = () => undefined,
  answers?: number,
): string[] {
  const answering = vectors.filter(
    (vector) =>
      canAnswer(kindOf(vector.id), vector.values) &&
      (answers === undefined || evidenceOf(model.weights, vector.values) > 0),
  );
  const best = bestByModel(model.weights, answering, answers ?? MODEL_SHORTLIST).map((vector) => vector.id);
  return [...new Set([...best, ...textHits])].sort();
}

/**
 * Features that say a candidate has something to do with the question. The model learnt whom enterprises
 * cooperate with among institutions and experts; a neighbouring enterprise with none of these is no
 * answer, however near or busy (the rule the signal weights apply too, score-shortlist.ts).
 */
const RELEVANT: readonly Feature[] = [
  'fieldBest',
  'fieldWork',
  'text',
  'similarHelped',
  'network',
  'networkPeople',
];

/** Whether a candidate of this kind with these features can answer at all. */
export const canAnswer = (kind: NodeKind | undefined, values: FeatureVector) =>
  kind !== 'Enterprise' || RELEVANT.some((name) => values[name] > 0);

/** The shortlist scored by the model: probability split among the signals, evidence paths to show. */
export function rankByModel(
  model: RankingModel,
  vectors: ReadonlyMap<string, CandidateVector>,
  features: readonly CandidateFeatures[],
  withText: boolean,
  kindOf: (id: string) => NodeKind | undefined,
): ScoredCandidate[] {
  const scored = features.map((feature) => {
    const known = vectors.get(feature.id)?.values;
    const values: FeatureVector = {
      ...(known ?? Object.fromEntries(FEATURES.map((name) => [name, 0]))),
      text: withText ? (feature.values.text ?? 0) : 0,
    } as FeatureVector;
    return { id: feature.id, values, feature };
  });
  const answering = scored
    .filter((item) => evidenceOf(model.weights, item.values) > 0)
    .filter((item) => canAnswer(kindOf(item.id), item.values));
  return sortByModel(model.weights, answering).map(({ id, values, feature }) => {
    const { contributions: raw } = scoreVector(model, values);
    const contributions = Object.fromEntries(SIGNALS.map((signal) => [signal, round(raw[signal])])) as Record<
      Signal,
      number
    >;
    const score = round(SIGNALS.reduce((sum, signal) => sum + contributions[signal], 0));
    // Paths that connect the two on the map come first; a candidate's own record or words (a path of
    // one entity) after them.
    const drawn = (signal: Signal) => ((feature.paths[signal]?.edges.length ?? 0) > 0 ? 1 : 0);
    const shown = SIGNALS.filter((signal) => contributions[signal] > 0 && feature.paths[signal])
      .sort((a, b) => drawn(b) - drawn(a) || contributions[b] - contributions[a])
      .slice(0, MAX_EVIDENCE);
    const evidence = shown.map((signal) => ({
      nodes: feature.paths[signal]?.nodes ?? [id],
      edges: feature.paths[signal]?.edges ?? [],
      signal,
    }));
    return { id, score, contributions, evidence };
  });
}

/** Each signal's weight in a model: the sum of its features' weights. */
export function modelSignalWeights(model: RankingModel): Record<Signal, number> {
  const weights = Object.fromEntries(SIGNALS.map((signal) => [signal, 0])) as Record<Signal, number>;
  for (const feature of FEATURES) weights[SIGNAL_OF[feature]] += model.weights[feature];
  for (const signal of SIGNALS) weights[signal] = round(weights[signal]);
  return weights;
}
