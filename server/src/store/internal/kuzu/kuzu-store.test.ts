/** Runs the store, change-set and settings contracts against the embedded kuzu store, on a fresh temporary database per test. */
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, edgeRecord, nodeRecord } from '#model';
import { kuzuBackend } from '../../../../test-support/test-backends.ts';
import { defineStoreContract } from '../../../../test-support/define-store-contract.ts';
import { defineChangeSetContract } from '../../../../test-support/define-change-set-contract.ts';
import { defineFeatureContract } from '../../../../test-support/define-feature-contract.ts';
import { defineReadContract } from '../../../../test-support/define-read-contract.ts';
import { defineSettingsContract } from '../../../../test-support/define-settings-contract.ts';

defineStoreContract(kuzuBackend.name, kuzuBackend);
defineChangeSetContract(kuzuBackend.name, kuzuBackend);
defineReadContract(kuzuBackend.name, kuzuBackend);
defineFeatureContract(kuzuBackend.name, kuzuBackend);

// The test graphs are small, so the reads above take the one-walk plan for subgraphs; the same reads by
// the plan of large graphs (a part per kind, kuzu-subgraph.ts):
const largeGraphPlan = {
  name: `${kuzuBackend.name}, the large graphs' plan`,
  create: (options = {}) => kuzuBackend.create({ ...options, walkAllUpTo: 0 }),
};
defineReadContract(largeGraphPlan.name, largeGraphPlan);
defineFeatureContract(largeGraphPlan.name, largeGraphPlan);
defineSettingsContract(kuzuBackend.name, kuzuBackend);

describe('the embedded store between writes', () => {
  it('reads the counts, the version and the field tree once, and again after each write', async () => {
    const sent: string[] = [];
    const store = await kuzuBackend.create({ onStatement: (text) => sent.push(text) });
    try {
      await store.write({ nodes: [nodeRecord('Domain', 'd-1', '领域')], edges: [] });
      const ask = () =>
        Promise.all([store.counts(), store.graphVersion(), store.features('domain-tree', {})]);
      await ask();
      const once = sent.length;
      await Promise.all([ask(), ask()]);
      expect(sent.length).toBe(once);
      await store.write({ nodes: [nodeRecord('Domain', 'd-2', '领域二')], edges: [] });
      const written = sent.length;
      const [, , tree] = await ask();
      expect(sent.length).toBeGreaterThan(written);
      expect(tree.map((field) => field.id).sort()).toEqual(['d-1', 'd-2']);
    } finally {
      await store.close();
    }
  });

  for (const plan of [kuzuBackend, largeGraphPlan])
    it(`reads a neighbourhood and its entities once between writes, and as written after one (${plan.name})`, async () => {
      const sent: string[] = [];
      const store = await plan.create({ onStatement: (text) => sent.push(text) });
      try {
        await store.write({
          nodes: [nodeRecord('Enterprise', 'e-1', '甲公司'), nodeRecord('University', 'u-1', '乙大学')],
          edges: [edgeRecord('COOPERATES_WITH', 'e-1', 'u-1')],
        });
        const around = () => store.neighborhood({ id: 'e-1', depth: 1, kinds: NODE_KINDS, limit: 10 });
        // Both plans' subgraph statements begin so (kuzu-subgraph.ts).
        const subgraphReads = () => sent.filter((text) => text.startsWith('UNWIND $ids AS i')).length;
        const first = await around();
        expect(subgraphReads()).toBe(1);
        // The large graphs' plan reads the relationships by the offsets the traversal gave (kuzu-subgraph.ts).
        if (plan === largeGraphPlan)
          expect(sent.some((text) => text.includes('offset(id(a0)) IN'))).toBe(true);
        const once = sent.length;
        expect(await around()).toEqual(first);
        // Neither the traversal nor the entities' records are read again before a write.
        expect(sent.length).toBe(once);
        await store.write({
          nodes: [nodeRecord('University', 'u-1', '乙大学（新名）'), nodeRecord('Platform', 'p-1', '丙平台')],
          edges: [edgeRecord('COOPERATES_WITH', 'e-1', 'p-1')],
        });
        const after = await around();
        expect(subgraphReads()).toBe(2);
        expect(after.nodes.map((node) => node.name).sort()).toEqual(['丙平台', '乙大学（新名）', '甲公司']);
        expect(after.edges.map((edge) => edge.to).sort()).toEqual(['p-1', 'u-1']);
      } finally {
        await store.close();
      }
    });
});
