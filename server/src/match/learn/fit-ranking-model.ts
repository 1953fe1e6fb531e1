/**
 * Fitting the ranking model, deterministic and small: weights by maximum likelihood of a choice model
 * (each held-out partner was picked among its query's candidates with probability ∝ exp(evidence); every
 * query counts alike), kept non-negative and pulled gently toward a prior (the defaults), by projected
 * Newton steps; then the calibration by logistic regression of "was a held-out partner" on the evidence
 * (Platt scaling). A dozen features and a few thousand queries take well under a second.
 */
import { FEATURES, type Feature, type FeatureVector } from './ranking-features.ts';
import { evidenceOf } from './ranking-model.ts';

export interface TrainingQuery {
  readonly candidates: ReadonlyArray<{ readonly id: string; readonly values: FeatureVector }>;
  readonly relevant: ReadonlySet<string>;
  /** How many candidates each stands for, when the others were sampled (see sampleCandidates). */
  readonly counts?: readonly number[];
}

/**
 * A query with its other candidates sampled down to `keep` (the held-out partners always kept), each
 * sampled candidate standing for its share of the rest: the fit's cost no longer grows with the graph.
 */
export function sampleCandidates(
  query: TrainingQuery,
  keep: number,
  random: { next(): number },
): TrainingQuery {
  const others = query.candidates.filter((c) => !query.relevant.has(c.id));
  if (others.length <= keep) return query;
  const chosen = query.candidates.filter((c) => query.relevant.has(c.id));
  const picked = [...others]
    .map((candidate) => ({ candidate, key: random.next() }))
    .sort((a, b) => a.key - b.key)
    .slice(0, keep)
    .map((item) => item.candidate);
  const each = others.length / keep;
  return {
    candidates: [...chosen, ...picked],
    relevant: query.relevant,
    counts: [...chosen.map(() => 1), ...picked.map(() => each)],
  };
}

export interface FitOptions {
  /** Weights to start from and to shrink toward. */
  readonly prior: Readonly<Record<Feature, number>>;
  /** Strength of the pull toward the prior, per query. */
  readonly shrink?: number;
  readonly iterations?: number;
  /** Features held at zero (ablation). */
  readonly without?: readonly Feature[];
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** One query as the fit sees it: its candidates as rows of numbers, and which rows were chosen. */
export interface Choice {
  readonly rows: readonly Float64Array[];
  readonly chosen: readonly number[];
  /** How many candidates each row stands for, when the others were sampled (1 each by default). */
  readonly counts?: readonly number[];
}

function choicesOf(queries: readonly TrainingQuery[]): Choice[] {
  const choices: Choice[] = [];
  for (const query of queries) {
    const rows = query.candidates.map((c) => Float64Array.from(FEATURES, (feature) => c.values[feature]));
    const chosen = query.candidates.flatMap((c, i) => (query.relevant.has(c.id) ? [i] : []));
    if (chosen.length > 0 && chosen.length < rows.length)
      choices.push({ rows, chosen, ...(query.counts ? { counts: query.counts } : {}) });
  }
  return choices;
}

/** Solves A x = b for a small symmetric positive-definite A (Gaussian elimination with pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = m[r]![col]! / p;
      for (let c = col; c <= n; c++) m[r]![c]! -= factor * m[col]![c]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/**
 * The weights by maximum likelihood of a choice model (conditional logit): each held-out partner was
 * picked among its query's candidates with probability ∝ exp(evidence). Convex; projected Newton steps
 * keep the weights non-negative. Deterministic.
 */
export function fitWeights(queries: readonly TrainingQuery[], options: FitOptions): Record<Feature, number> {
  const held = new Set(options.without ?? []);
  const w = fitChoiceModel(
    choicesOf(queries),
    FEATURES.map((feature) => options.prior[feature]),
    {
      free: FEATURES.map((feature) => !held.has(feature)),
      ...(options.shrink !== undefined ? { shrink: options.shrink } : {}),
      ...(options.iterations !== undefined ? { iterations: options.iterations } : {}),
    },
  );
  return Object.fromEntries(FEATURES.map((feature, i) => [feature, w[i]!])) as Record<Feature, number>;
}

/** The conditional-logit fit on rows of any width: non-negative weights, shrunk toward the prior. */
export function fitChoiceModel(
  choices: readonly Choice[],
  prior: readonly number[],
  options: { free?: readonly boolean[]; shrink?: number; iterations?: number } = {},
): number[] {
  const dims = prior.length;
  const free = options.free ?? prior.map(() => true);
  const lambda = (options.shrink ?? 0.001) * Math.max(1, choices.length);
  let w = prior.map((value, i) => (free[i] ? value : 0));
  /** Loss, gradient and Hessian at the weights (the last two only when asked). */
  const evaluate = (weights: number[], derivatives: boolean) => {
    let loss = 0;
    const gradient = new Array<number>(dims).fill(0);
    const hessian = Array.from({ length: dims }, () => new Array<number>(dims).fill(0));
    for (const { rows, chosen, counts } of choices) {
      const z = rows.map((row) => row.reduce((sum, value, i) => sum + value * weights[i]!, 0));
      const top = z.reduce((a, b) => Math.max(a, b), -Infinity);
      // A sampled row stands for `counts[r]` candidates of its query (sampled softmax).
      const e = z.map((value, r) => (counts?.[r] ?? 1) * Math.exp(value - top));
      const total = e.reduce((sum, value) => sum + value, 0);
      const share = 1 / chosen.length;
      for (const c of chosen) loss -= share * (z[c]! - top - Math.log(total));
      if (!derivatives) continue;
      const mean = new Array<number>(dims).fill(0);
      rows.forEach((row, r) => row.forEach((value, i) => (mean[i]! += (e[r]! / total) * value)));
      for (const c of chosen) rows[c]!.forEach((value, i) => (gradient[i]! -= share * value));
      for (let i = 0; i < dims; i++) gradient[i]! += mean[i]!;
      rows.forEach((row, r) => {
        const p = e[r]! / total;
        if (p < 1e-12) return;
        for (let i = 0; i < dims; i++) {
          const di = row[i]! - mean[i]!;
          if (di === 0) continue;
          for (let j = 0; j < dims; j++) hessian[i]![j]! += p * di * (row[j]! - mean[j]!);
        }
      });
    }
    for (let i = 0; i < dims; i++) {
      loss += 0.5 * lambda * (weights[i]! - prior[i]!) ** 2;
      gradient[i]! += lambda * (weights[i]! - prior[i]!);
      hessian[i]![i]! += lambda + 1e-9;
    }
    return { loss, gradient, hessian };
  };
  let current = evaluate(w, true);
  for (let iteration = 0; iteration < (options.iterations ?? 30); iteration++) {
    const { gradient, hessian } = current;
    // Active set: weights at zero that the gradient pushes below zero stay there.
    const index = w.flatMap((value, i) => (free[i] && !(value <= 0 && gradient[i]! > 0) ? [i] : []));
    if (index.length === 0) break;
    const step = solve(
      index.map((i) => index.map((j) => hessian[i]![j]!)),
      index.map((i) => -gradient[i]!),
    );
    let scale = 1;
    let next: typeof current | undefined;
    let weights = w;
    for (let tries = 0; tries < 20 && !next; tries++, scale /= 2) {
      const candidate = [...w];
      index.forEach((i, k) => (candidate[i] = Math.max(0, w[i]! + scale * step[k]!)));
      const value = evaluate(candidate, false).loss;
      if (value < current.loss - 1e-10) {
        weights = candidate;
        next = evaluate(candidate, true);
      }
    }
    if (!next) break;
    const moved = Math.max(...w.map((value, i) => Math.abs(value - weights[i]!)));
    w = weights;
    current = next;
    if (moved < 1e-6) break;
  }
  return w;
}

/** Platt scaling: P(held-out partner | evidence) = σ(slope · evidence + intercept). */
export function fitCalibration(
  queries: readonly TrainingQuery[],
  weights: Readonly<Record<Feature, number>>,
): { slope: number; intercept: number } {
  const points = queries.flatMap((query) =>
    query.candidates.map((c) => ({ z: evidenceOf(weights, c.values), y: query.relevant.has(c.id) ? 1 : 0 })),
  );
  const positives = points.reduce((sum, p) => sum + p.y, 0);
  if (positives === 0 || positives === points.length) return { slope: 1, intercept: -4 };
  let a = 1;
  let b = Math.log(positives / (points.length - positives));
  for (let iteration = 0; iteration < 50; iteration++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-6;
    let hab = 0;
    let hbb = 1e-6;
    for (const { z, y } of points) {
      const p = sigmoid(a * z + b);
      ga += (p - y) * z;
      gb += p - y;
      const v = p * (1 - p);
      haa += v * z * z;
      hab += v * z;
      hbb += v;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { slope: Math.max(0, a), intercept: b };
}
