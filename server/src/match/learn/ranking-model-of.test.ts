import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKuzuStore, type GraphStore } from '../../store/index.ts';
import { EVALUATION_NETWORKS } from '../evaluation/evaluation-networks.ts';
import { DEFAULT_RANKING_MODEL } from './default-ranking-model.ts';
import { RANKING_MODEL_SETTING, parseStoredModel, rankingModelOf } from './ranking-model-of.ts';

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

  it('reads a stored record it cannot rank with as none', () => {
    expect(parseStoredModel('{')).toBeNull();
    expect(parseStoredModel(JSON.stringify({ model: { version: 2 } }))).toBeNull();
    expect(parseStoredModel(JSON.stringify({ model: { ...DEFAULT_RANKING_MODEL, weights: {} } }))).toBeNull();
    expect(parseStoredModel(JSON.stringify({ model: DEFAULT_RANKING_MODEL, savedAt: 'now' }))).not.toBeNull();
  });
});
