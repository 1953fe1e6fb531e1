/**
 * The recommender's small shared vocabulary: relationships with derived ids, evidence paths and how they
 * grow, the strongest-reach map and noisy-or evidence. Pure.
 */
import { edgeId, type RelKind } from '#model';
import type { EvidencePath } from './score-candidates.ts';

/** A relationship as the recommender sees it; its id follows from kind and ends (edgeId). */
export interface Link {
  readonly id: string;
  readonly kind: RelKind;
  readonly from: string;
  readonly to: string;
}

export const link = (kind: RelKind, from: string, to: string): Link => ({
  id: edgeId(kind, from, to),
  kind,
  from,
  to,
});

/** Sorts ids so that every backend's rows are read in the same order. */
export const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Most rows a traversal step keeps; hubs beyond it are cut, deterministically, never exhausted. */
export const CAP = 5_000;

/** How strongly something is reached, and the path that shows it. */
export interface Reach {
  readonly strength: number;
  readonly path: EvidencePath;
}

export const other = (edge: Link, id: string) => (edge.from === id ? edge.to : edge.from);

export const extend = (path: EvidencePath, edge: Link, node: string): EvidencePath => ({
  nodes: [...path.nodes, node],
  edges: [...path.edges, edge.id],
});

/** Integer thousandths, so that weights add up alike on every backend. */
export const thousandths = (strength: number) => Math.round(strength * 1000);

/** Keeps the stronger of two reaches (the first offered on a tie; callers offer in a fixed order). */
export function offer(map: Map<string, Reach>, id: string, reach: Reach): void {
  const known = map.get(id);
  if (!known || reach.strength > known.strength) map.set(id, reach);
}

export interface Evidence {
  add(id: string, reach: Reach, times?: number): void;
  value(id: string): number;
  path(id: string): EvidencePath | undefined;
  ids(): string[];
}

/** Several independent pieces of evidence combine as a noisy-or: 1 − Π(1 − sᵢ). */
export function noisyOr(): Evidence {
  const misses = new Map<string, number>();
  const best = new Map<string, Reach>();
  return {
    add(id, reach, times = 1) {
      misses.set(id, (misses.get(id) ?? 1) * (1 - Math.min(1, reach.strength)) ** times);
      offer(best, id, reach);
    },
    value: (id) => 1 - (misses.get(id) ?? 1),
    path: (id) => best.get(id)?.path,
    ids: () => [...misses.keys()],
  };
}

/**
 * Rows as a database query ordered by (from, id, relationship kind) and cut at CAP per group would give
 * them: the cut the recommender's former per-kind statements made, kept so answers stay the same.
 */
export function capPerGroup<T>(
  rows: readonly T[],
  group: (row: T) => string,
  order: (row: T) => readonly [string, string, string],
): T[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = group(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  const compare = (a: T, b: T) => {
    const [x, y] = [order(a), order(b)];
    return byId(x[0], y[0]) || byId(x[1], y[1]) || byId(x[2], y[2]);
  };
  return [...groups.values()].flatMap((list) => list.sort(compare).slice(0, CAP));
}
