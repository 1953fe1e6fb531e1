/**
 * What the recommender finds in the graph snapshot is what the store's statements return: the signal
 * rows (index-signals.ts) and the enterprises' surroundings (index-anchors.ts), on the 垦利区 seed
 * (projects, agencies, programmes) and on a generated network, on every backend.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../store/index.ts';
import { testBackends } from '../../test-support/test-backends.ts';
import { importSeedDirectory } from '../ingest/seed-if-empty.ts';
import { GROWTH, growthGraph } from './evaluation/growth-graph.ts';
import { graphSnapshot } from './learn/graph-snapshot.ts';
import type { GraphIndex } from './learn/graph-index.ts';
import { indexSignals } from './index-signals.ts';
import { indexAnchor } from './index-anchors.ts';
import type { AnchorContext } from '../store/index.ts';
import { DEFAULT_CANDIDATE_KINDS } from './recommend-partners.ts';
import { readSignals, type SignalPlan, type SignalRows } from './recommender-reads.ts';
import { byId } from './reach.ts';

/** Rows in one order, lists inside them sorted: the statements give them in no particular order. */
function normalised(rows: SignalRows) {
  const sorted = <T>(list: readonly T[]) =>
    [...list].sort((a, b) => byId(JSON.stringify(a), JSON.stringify(b)));
  return {
    fields: [...rows.fields]
      .sort(([a], [b]) => byId(a, b))
      .map(([key, list]) => [key, sorted(list.map((row) => ({ ...row, fields: [...row.fields].sort() })))]),
    helped: sorted(rows.helped.map((row) => ({ ...row, helpers: [...row.helpers].sort() }))),
    fieldVia: sorted(rows.projects.fieldVia),
    helpedVia: sorted(rows.projects.helpedVia),
    bureau: sorted(rows.projects.bureau),
  };
}

/** Questions for a few enterprises: every field weighted (by its place), half of them similar, every agency. */
function plansFor(index: GraphIndex, kinds: readonly string[]): SignalPlan[] {
  const fields = index.ofKind('Domain');
  return index
    .ofKind('Enterprise')
    .filter((_, i) => i % 7 === 0)
    .slice(0, 6)
    .map((anchor, n) => ({
      key: String(n),
      anchor,
      kinds: [...DEFAULT_CANDIDATE_KINDS].filter((kind) => kinds.includes(kind)).sort(byId),
      weightedFields: fields.map((id, i) => ({ id, weight: 100 + ((i * 37 + n) % 900) })),
      similarFields: fields.filter((_, i) => (i + n) % 2 === 0),
      agencies: index.ofKind('Agency'),
    }));
}

const NETWORKS = [
  { name: 'the 垦利区 seed', load: (store: GraphStore) => importSeedDirectory(store, 'seed/kenli', '.') },
  {
    name: 'a generated network',
    load: async (store: GraphStore) => {
      const graph = growthGraph({
        ...GROWTH,
        enterprises: 150,
        universities: 25,
        specialists: 60,
        platforms: 10,
      });
      await store.write({ nodes: [], edges: [], newNodes: graph.nodes, newEdges: graph.edges });
    },
  },
];

for (const backend of testBackends())
  for (const network of NETWORKS)
    describe(`signals found in the snapshot of ${network.name} (${backend.name})`, () => {
      let store: GraphStore;
      let index: GraphIndex;
      beforeAll(async () => {
        store = await backend.create();
        await network.load(store);
        index = await graphSnapshot(store);
      }, 120_000);
      afterAll(async () => store.close());

      it('are the rows the store reads for the same questions, whichever kinds are wanted', async () => {
        for (const kinds of [DEFAULT_CANDIDATE_KINDS, ['University'], ['Enterprise', 'Specialist']]) {
          const plans = plansFor(index, kinds);
          expect(plans.length).toBeGreaterThan(0);
          const fromStore = normalised(await readSignals(store, plans));
          expect(fromStore.helped.length + fromStore.fieldVia.length).toBeGreaterThan(0);
          expect(normalised(indexSignals(index, plans))).toEqual(fromStore);
        }
      });

      it('are, for every enterprise, the surroundings the store walks', async () => {
        const ids = index.ofKind('Enterprise');
        const fromStore = await store.features('anchor-contexts', { ids });
        expect(fromStore.length).toBeGreaterThan(0);
        const steps = (context: AnchorContext) => ({
          node: context.node,
          degree: context.degree,
          links: [...context.links].map((step) => JSON.stringify(step)).sort(),
          beyond: [...context.beyond].map((step) => JSON.stringify(step)).sort(),
        });
        for (const context of fromStore)
          expect(steps(indexAnchor(index, context.node)), context.node.id).toEqual(steps(context));
        // An enterprise without relationships has no walks to read: none from the snapshot either.
        const lone = ids.filter((id) => !fromStore.some((context) => context.node.id === id));
        for (const id of lone) expect(index.touching(id)).toEqual([]);
      });

      it('for given candidates, are the rows about those candidates and no others', () => {
        const plans = plansFor(index, DEFAULT_CANDIDATE_KINDS);
        const all = indexSignals(index, plans);
        const named = [...all.helped, ...all.projects.fieldVia, ...all.projects.bureau].map((row) => row.id);
        const some = [...new Set(named)].filter((_, i) => i % 3 === 0);
        // A candidate named twice is still one candidate; an id that names nothing finds nothing.
        const only = [...some, ...some.slice(0, 2), 'nobody'];
        const chosen = new Set(only);
        const about = <T extends { id: string }>(rows: readonly T[]) =>
          rows.filter((row) => chosen.has(row.id));
        const expected: SignalRows = {
          fields: new Map(
            [...all.fields]
              .map(([key, rows]) => [key, about(rows)] as const)
              .filter(([, rows]) => rows.length > 0),
          ),
          helped: about(all.helped),
          projects: {
            fieldVia: about(all.projects.fieldVia),
            helpedVia: about(all.projects.helpedVia),
            bureau: about(all.projects.bureau),
          },
        };
        expect(expected.helped.length + expected.projects.fieldVia.length).toBeGreaterThan(0);
        expect(normalised(indexSignals(index, plans, only))).toEqual(normalised(expected));
      });
    });
