/**
 * The ranking model of a store's graph, kept with the graph (GraphStore settings, key `ranking-model`): one
 * keeper per store (ranking-model-keeper.ts), which reads the stored fit (again after a minute, so that a
 * fit stored by another instance is seen), falls back to the shipped defaults when there is none or it
 * cannot be read, and refits on demand on the graph's own history (on a second thread). No background
 * fits: a planner or `npm run fit:match` asks for one after imports.
 */
import type { GraphEdge, GraphNode } from '#model';
import type { GraphStore } from '../../store/index.ts';
import { FEATURES } from './ranking-features.ts';
import {
  createRankingModelKeeper,
  type RankingModelKeeper,
  type RankingModelStore,
  type StoredRankingModel,
} from './ranking-model-keeper.ts';

export const RANKING_MODEL_SETTING = 'ranking-model';

type ModelSource = Pick<GraphStore, 'setting' | 'saveSetting' | 'listNames' | 'allEdgeOutlines'>;

/** A stored fit, when it is one this version can rank with; anything else reads as none. */
export function parseStoredModel(text: string | null): StoredRankingModel | null {
  if (!text) return null;
  try {
    const record = JSON.parse(text) as StoredRankingModel;
    const { model } = record;
    const weightsOk = FEATURES.every((feature) => Number.isFinite(model?.weights?.[feature]));
    const calibrationOk =
      Number.isFinite(model?.calibration?.slope) && Number.isFinite(model?.calibration?.intercept);
    return model?.version === 1 && weightsOk && calibrationOk ? record : null;
  } catch {
    return null;
  }
}

/** The graph's history as fitting reads it: every entity's kind, every relationship with its year. */
export async function historyOf(store: ModelSource): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  const [names, outlines] = await Promise.all([store.listNames(), store.allEdgeOutlines()]);
  return {
    nodes: names.map((name) => ({
      id: name.id,
      kind: name.kind,
      name: name.name,
      aliases: name.aliases,
      keywords: [],
      props: {},
      stats: [],
      sources: [],
    })),
    edges: outlines.map((edge): GraphEdge => ({
      id: edge.id,
      kind: edge.kind,
      from: edge.from,
      to: edge.to,
      props: edge.year === undefined ? {} : { year: edge.year },
      sources: [],
    })),
  };
}

const keepers = new WeakMap<ModelSource, RankingModelKeeper>();

/** The keeper's view of a store: the fit as a setting kept with the graph, the history as fitting reads it. */
export function modelStoreOf(store: ModelSource): RankingModelStore {
  return {
    rankingModel: async () => parseStoredModel(await store.setting(RANKING_MODEL_SETTING)),
    saveRankingModel: (record) => store.saveSetting(RANKING_MODEL_SETTING, JSON.stringify(record)),
    rankingHistory: () => historyOf(store),
  };
}

export function rankingModelOf(
  store: ModelSource,
  options: { inProcess?: boolean } = {},
): RankingModelKeeper {
  const known = keepers.get(store);
  if (known) return known;
  const keeper = createRankingModelKeeper(modelStoreOf(store), options.inProcess ? { inProcess: true } : {});
  keepers.set(store, keeper);
  return keeper;
}
