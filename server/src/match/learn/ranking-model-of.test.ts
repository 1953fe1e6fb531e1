import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKuzuStore, type GraphStore } from '../../store/index.ts';
import { EVALUATION_NETWORKS } from '../evaluation/evaluation-networks.ts';
import { DEFAULT_RANKING_MODEL } from './default-ranking-model.ts';
import { REREAD_STORED_MS, createRankingModelKeeper } from './ranking-model-keeper.ts';
import { RANKING_MODEL_SETTING, modelStoreOf, parseStoredModel, rankingModelOf } from './ranking-model-of.ts';

describe('the ranking model kept with the graph', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await createKuzuStore({ path: ':memory:', bufferPoolBytes: 512 * 1024 ** 2 });
    const network = EVALUATION_NETWORKS.find((net) => net.generator === 'growth');
    if (!network) throw new Error('no growth network declared');
    const graph = network.graph();
    await store.write({ nodes: [], edges: [], newNodes: graph.nodes, newEdges: graph.edges });
  });
  afterAll(() => store.close());

  it('uses the shipped defaults until a fit is stored', async () => {
    const keeper = rankingModelOf(store, { inProcess: true });
    expect(await keeper.current()).toEqual(DEFAULT_RANKING_MODEL);
    expect(await keeper.stored()).toBeNull();
  });

  it('fits on the graph’s own history by year, stores the outcome with the graph, and ranks with it when kept', async () => {
    const keeper = rankingModelOf(store, { inProcess: true });
    const stored = await keeper.fit();
    const report = stored.model.report;
    expect(report?.split).toBe('year');
    expect(report?.fitQueries).toBeGreaterThanOrEqual(30);
    expect(report?.validationQueries).toBeGreaterThanOrEqual(30);
    expect(parseStoredModel(await store.setting(RANKING_MODEL_SETTING))).toEqual(stored);
    const current = await keeper.current();
    if (report?.kept) {
      expect(current.origin).toBe('fitted');
      expect(report.fitted.mrr).toBeGreaterThan(report.defaults.mrr);
    } else expect(current.weights).toEqual(DEFAULT_RANKING_MODEL.weights);
  });

  it('sees a fit another instance stored once its own read is a minute old, and keeps it when a read fails', async () => {
    let clock = 0;
    const source = modelStoreOf(store);
    let failing = false;
    const keeper = createRankingModelKeeper(
      {
        ...source,
        rankingModel: () => (failing ? Promise.reject(new Error('down')) : source.rankingModel()),
      },
      { inProcess: true, now: () => clock },
    );
    const before = await keeper.current();
    const elsewhere = { ...DEFAULT_RANKING_MODEL, origin: 'fitted' as const, weights: { ...before.weights } };
    const first = Object.keys(elsewhere.weights)[0] as keyof typeof elsewhere.weights;
    elsewhere.weights[first] = before.weights[first] + 1;
    await store.saveSetting(
      RANKING_MODEL_SETTING,
      JSON.stringify({ model: elsewhere, savedAt: new Date().toISOString() }),
    );
    clock = REREAD_STORED_MS - 1;
    expect(await keeper.current()).toEqual(before);
    clock = REREAD_STORED_MS;
    expect(await keeper.current()).toEqual(elsewhere);
    failing = true;
    clock = 3 * REREAD_STORED_MS;
    expect(await keeper.current()).toEqual(elsewhere);
  });

  it('reads a stored record it cannot rank with as none', () => {
    expect(parseStoredModel('{')).toBeNull();
    expect(parseStoredModel(JSON.stringify({ model: { version: 2 } }))).toBeNull();
    expect(parseStoredModel(JSON.stringify({ model: { ...DEFAULT_RANKING_MODEL, weights: {} } }))).toBeNull();
    expect(parseStoredModel(JSON.stringify({ model: DEFAULT_RANKING_MODEL, savedAt: 'now' }))).not.toBeNull();
  });
});
