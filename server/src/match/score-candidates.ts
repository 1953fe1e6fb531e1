/**
 * Scoring and explanation, shared by every backend: a candidate's score is the weighted sum of its
 * signals; its explanation is each signal's contribution and the evidence paths of the strongest
 * signals. Pure and deterministic (ties broken by id).
 */
import { SIGNALS, SIGNAL_WEIGHTS, type Signal } from './signal-weights.ts';

export interface EvidencePath {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

export interface CandidateFeatures {
  readonly id: string;
  /** Each signal's strength, 0–1. */
  readonly values: Partial<Record<Signal, number>>;
  /** The path that best shows each signal on the map. */
  readonly paths: Partial<Record<Signal, EvidencePath>>;
}

export interface ScoredCandidate {
  readonly id: string;
  readonly score: number;
  readonly contributions: Readonly<Record<Signal, number>>;
  readonly evidence: ReadonlyArray<EvidencePath & { readonly signal: Signal }>;
}

const MAX_EVIDENCE = 3;

const round = (value: number) => Math.round(value * 10_000) / 10_000;

export function scoreCandidates(
  features: readonly CandidateFeatures[],
  weights: Readonly<Record<Signal, number>> = SIGNAL_WEIGHTS,
): ScoredCandidate[] {
  return features
    .map((candidate) => {
      const contributions = Object.fromEntries(
        SIGNALS.map((signal) => [
          signal,
          round(weights[signal] * Math.min(1, Math.max(0, candidate.values[signal] ?? 0))),
        ]),
      ) as Record<Signal, number>;
      const score = round(SIGNALS.reduce((sum, signal) => sum + contributions[signal], 0));
      const evidence = SIGNALS.filter((signal) => contributions[signal] > 0 && candidate.paths[signal])
        .sort((a, b) => contributions[b] - contributions[a])
        .slice(0, MAX_EVIDENCE)
        .map((signal) => ({ ...(candidate.paths[signal] as EvidencePath), signal }));
      return { id: candidate.id, score, contributions, evidence };
    })
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
