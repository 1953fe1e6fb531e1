/**
 * Which ranking model the app ranks with, kept with the graph: the fit stored in the database when there is
 * one, the shipped defaults otherwise. `fit()` refits on the graph's own history (on a second thread) and
 * stores the outcome; `npm run fit:match` and the editors' `fitRankingModel` call it. When the graph has
 * enough cooperation history and no stored fit — at start, and a little while after writes — it fits once
 * in the background, within a time bound, and uses the result from then on.
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
  /** Fit in the background when there is enough history and no stored fit (default true). */
  readonly autoFit?: boolean;
  /** Enterprise cooperations a graph needs before it is fitted on its own (default 150). */
  readonly minCooperations?: number;
  /** A fit stopped past this (default 120 s). */
  readonly timeoutMs?: number;
  /** Quiet time after a write before a background fit (default 3 s). */
  readonly settleMs?: number;
  /** Fit on this thread instead of a second one (tests, scripts). */
  readonly inProcess?: boolean;
  readonly onFit?: (outcome: StoredRankingModel) => void;
  readonly onError?: (error: unknown) => void;
}

export interface RankingModelKeeper {
  /** The model to rank with now. */
  current(): Promise<RankingModel>;
  /** The stored fit, if any (for showing it). */
  stored(): Promise<StoredRankingModel | null>;
  /** Refits on the graph's history and stores the outcome; one fit at a time. */
  fit(): Promise<StoredRankingModel>;
  /** The graph changed: read the stored fit again, and fit in the background if there is none. */
  changed(): void;
  /** A background fit under way, if any (tests wait on it). */
  pending(): Promise<void>;
  close(): void;
}

export function createRankingModelKeeper(
  store: RankingModelStore,
  options: KeeperOptions = {},
): RankingModelKeeper {
  const minCooperations = options.minCooperations ?? 150;
  let cached: Promise<StoredRankingModel | null> | null = null;
  let running: Promise<StoredRankingModel> | null = null;
  let background: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  const load = () => (cached ??= store.rankingModel().catch(() => null));

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
    options.onFit?.(record);
    return record;
  }

  function fit(): Promise<StoredRankingModel> {
    running ??= runFit().finally(() => {
      running = null;
    });
    return running;
  }

  async function maybeFit(): Promise<void> {
    if (closed || options.autoFit === false || (await load())) return;
    const graph = await store.rankingHistory();
    const enterprises = new Set(graph.nodes.filter((n) => n.kind === 'Enterprise').map((n) => n.id));
    const cooperations = graph.edges.filter((e) => e.kind === 'COOPERATES_WITH' && enterprises.has(e.from));
    if (cooperations.length >= minCooperations) await fit();
  }

  function schedule(delay: number): void {
    if (closed || options.autoFit === false) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      background = background.then(maybeFit).catch((error: unknown) => options.onError?.(error));
    }, delay);
    timer.unref();
  }
  schedule(0);

  return {
    current: async () => (await load())?.model ?? DEFAULT_RANKING_MODEL,
    stored: load,
    fit,
    changed() {
      cached = null;
      schedule(options.settleMs ?? 3_000);
    },
    pending: async () => {
      while (timer) await new Promise((resolve) => setTimeout(resolve, 20));
      await background;
      if (running) await running.catch(() => undefined);
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
    },
  };
}
