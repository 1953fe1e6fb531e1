/**
 * Which ranking model the app ranks with, kept with the graph: the fit stored in the database when there is
 * one, the shipped defaults otherwise. `fit()` refits on the graph's own history (on a second thread, within
 * a time bound) and stores the outcome; `npm run fit:match` and the editors' `fitRankingModel` call it.
 * There is no fit in the background: answers do not change under a planner between two questions, except
 * when a fit stored elsewhere (another instance, the command line) is read, at most a minute later.
 */
import type { GraphEdge, GraphNode } from '#model';
import { DEFAULT_RANKING_MODEL } from './default-ranking-model.ts';
import { FIT_KINDS, fitFromHistory, type FitOutcome } from './fit-from-history.ts';
import { fitInWorker } from './fit-in-worker.ts';
import type { RankingModel } from './ranking-model.ts';

/** A fit as stored with the graph. */
export interface StoredRankingModel {
  readonly model: RankingModel;
  /** ISO time it was stored. */
  readonly savedAt: string;
  /** Why the defaults stayed without a comparison (too little history), if so. */
  readonly note?: string;
}

/** What the keeper needs of a store (both backends offer it, see GraphStore). */
export interface RankingModelStore {
  rankingModel(): Promise<StoredRankingModel | null>;
  saveRankingModel(record: StoredRankingModel): Promise<void>;
  /** Every entity's kind and the relationships fitting uses, with their years. */
  rankingHistory(): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }>;
}

export interface KeeperOptions {
  /** A fit stopped past this (default 120 s). */
  readonly timeoutMs?: number;
  /** Fit on this thread instead of a second one (tests, scripts). */
  readonly inProcess?: boolean;
  /**
   * The stored fit is read again after this long (default 60 s): another instance of the app on the same
   * Neo4j, or `npm run fit:match`, may have stored a newer one.
   */
  readonly rereadMs?: number;
  /** Milliseconds now (tests move it on). */
  readonly now?: () => number;
}

export const REREAD_STORED_MS = 60_000;

export interface RankingModelKeeper {
  /** The model to rank with now. */
  current(): Promise<RankingModel>;
  /** The stored fit, if any (for showing it). */
  stored(): Promise<StoredRankingModel | null>;
  /** Refits on the graph's history and stores the outcome; one fit at a time. */
  fit(): Promise<StoredRankingModel>;
}

export function createRankingModelKeeper(
  store: RankingModelStore,
  options: KeeperOptions = {},
): RankingModelKeeper {
  let cached: Promise<StoredRankingModel | null> | null = null;
  let loadedAt = 0;
  let running: Promise<StoredRankingModel> | null = null;
  const now = options.now ?? Date.now;
  const rereadMs = options.rereadMs ?? REREAD_STORED_MS;
  const load = () => {
    const at = now();
    if (cached && at - loadedAt < rereadMs) return cached;
    // Read failed: keep ranking with what was read before (or the defaults).
    const before: Promise<StoredRankingModel | null> = cached ?? Promise.resolve(null);
    loadedAt = at;
    cached = store.rankingModel().catch(() => before);
    return cached;
  };

  async function runFit(): Promise<StoredRankingModel> {
    const graph = await store.rankingHistory();
    const request = { graph, options: { prior: DEFAULT_RANKING_MODEL, kinds: FIT_KINDS, seed: 1 } };
    const outcome: FitOutcome = options.inProcess
      ? fitFromHistory(request.graph, request.options)
      : await fitInWorker(request, options.timeoutMs ?? 120_000);
    const record: StoredRankingModel = {
      model: outcome.model,
      savedAt: new Date().toISOString(),
      ...(outcome.note ? { note: outcome.note } : {}),
    };
    await store.saveRankingModel(record);
    cached = Promise.resolve(record);
    loadedAt = now();
    return record;
  }

  return {
    current: async () => (await load())?.model ?? DEFAULT_RANKING_MODEL,
    stored: load,
    fit() {
      running ??= runFit().finally(() => {
        running = null;
      });
      return running;
    },
  };
}
