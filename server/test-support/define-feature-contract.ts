/**
 * The recommender's feature queries (store/feature-queries.ts) as every backend must answer them, written
 * once and run for each backend: one statement each, for one question or several asked together.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { NodeKind } from '#model';
import type { GraphStore } from '../src/store/index.ts';
import { FIXTURE, edge, node, type StoreFactory } from './define-store-contract.ts';

// FIXTURE plus fields: 合益化工 in 硼烷 (through its project too) and a peer enterprise in 硼烷 that
// works with 大连光明研究院; a district bureau that cooperates with 中国科学院.
const FIELDS = {
  nodes: [
    node('Domain', 'd-boron', '硼烷'),
    node('Domain', 'd-chem', '化工'),
    node('Enterprise', 'e-peer', '同行化工'),
    node('Agency', 'a-bureau', '垦利区科技局'),
  ],
  edges: [
    edge('SUBFIELD_OF', 'd-boron', 'd-chem'),
    edge('IN_DOMAIN', 'e-heyi', 'd-boron'),
    edge('IN_DOMAIN', 'e-peer', 'd-boron'),
    edge('IN_DOMAIN', 'u-sioc', 'd-boron'),
    edge('IN_DOMAIN', 'p-borane', 'd-boron'),
    edge('COOPERATES_WITH', 'e-peer', 'u-dalian'),
    edge('LOCATED_IN', 'u-dalian', 'r-kenli'),
    edge('LOCATED_IN', 'a-bureau', 'r-kenli'),
    edge('COOPERATES_WITH', 'a-bureau', 'u-cas'),
  ],
};

const kinds: NodeKind[] = ['University', 'Enterprise'];

export function defineFeatureContract(backend: string, factory: StoreFactory): void {
  describe(`feature queries of the recommender: ${backend}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await factory.create();
      await store.write({
        nodes: [...FIXTURE.nodes, ...FIELDS.nodes],
        edges: [...FIXTURE.edges, ...FIELDS.edges],
      });
      return async () => {
        await store.close();
      };
    });

    it('reads an enterprise, every relationship it has and one step beyond its neighbours but fields', async () => {
      const [context] = await store.features('anchor-contexts', { ids: ['e-heyi'] });
      expect(context?.node.name).toBe('合益化工');
      expect(context?.degree).toBe(5);
      expect(context?.links.map((step) => `${step.link.id}:${step.kind}`).sort()).toEqual([
        'COOPERATES_WITH:e-heyi->u-dalian:University',
        'COOPERATES_WITH:e-heyi->u-sioc:University',
        'IN_DOMAIN:e-heyi->d-boron:Domain',
        'LOCATED_IN:e-heyi->r-kenli:Region',
        'PARTICIPATES_IN:e-heyi->p-borane:Project',
      ]);
      const beyond = new Set(context?.beyond.map((step) => `${step.via}>${step.link.id}`));
      expect(beyond).toContain('p-borane>PARTICIPATES_IN:u-sioc->p-borane');
      expect(beyond).toContain('r-kenli>LOCATED_IN:a-bureau->r-kenli');
      expect(beyond).toContain('u-sioc>PART_OF:u-sioc->u-cas');
      // Through a field only the way back.
      expect([...beyond].filter((step) => step.startsWith('d-boron>'))).toEqual([
        'd-boron>IN_DOMAIN:e-heyi->d-boron',
      ]);
      const both = await store.features('anchor-contexts', { ids: ['e-heyi', 'e-peer', 'u-sioc'] });
      expect(both.map((row) => row.node.id).sort()).toEqual(['e-heyi', 'e-peer']);
    });

    it('reads the whole field hierarchy with each field’s search keys', async () => {
      const tree = await store.features('domain-tree', {});
      expect(tree.map((row) => [row.id, row.parent ?? null]).sort()).toEqual([
        ['d-boron', 'd-chem'],
        ['d-chem', null],
      ]);
      expect(tree.find((row) => row.id === 'd-boron')?.searchText).toContain('硼烷');
    });

    it('finds text hits of the wanted kinds for any of several questions’ words', async () => {
      const rows = await store.features('text-candidates', { kinds, terms: ['大连', '同行'] });
      expect(rows.map((row) => `${row.id}:${row.kind}`).sort()).toEqual([
        'e-peer:Enterprise',
        'u-dalian:University',
      ]);
    });

    it('sums the weights of the fields each candidate is in, per question, without its enterprise', async () => {
      const rows = await store.features('field-signals', {
        kinds,
        fields: [
          { key: '0', anchor: 'e-heyi', id: 'd-boron', weight: 1000 },
          { key: '0', anchor: 'e-heyi', id: 'd-chem', weight: 450 },
          { key: '1', anchor: '', id: 'd-boron', weight: 450 },
        ],
      });
      const seen = rows.map((row) => `${row.key}:${row.id}:${row.total}:${[...row.fields].join()}`).sort();
      expect(seen).toEqual([
        '0:e-peer:1000:d-boron',
        '0:u-sioc:1000:d-boron',
        '1:e-heyi:450:d-boron',
        '1:e-peer:450:d-boron',
        '1:u-sioc:450:d-boron',
      ]);
    });

    it('lists the enterprises of the fields that cooperate with each candidate', async () => {
      const rows = await store.features('helped-signals', { kinds, fields: ['d-boron'] });
      const seen = rows.map((row) => `${row.id}:${row.field}:${[...row.helpers].sort().join()}`).sort();
      expect(seen).toEqual(['u-dalian:d-boron:e-heyi,e-peer', 'u-sioc:d-boron:e-heyi']);
    });

    it('reads projects in the fields, their enterprises’ partners and the bureaus’ partners in one row', async () => {
      const [signals] = await store.features('project-signals', {
        kinds,
        weighted: ['d-boron'],
        similar: ['d-boron'],
        agencies: ['a-bureau'],
      });
      expect(signals?.fieldVia.map((row) => `${row.id}:${row.project}:${row.field}`).sort()).toEqual([
        'e-heyi:p-borane:d-boron',
        'u-sioc:p-borane:d-boron',
      ]);
      expect(signals?.helpedVia.map((row) => `${row.helper}>${row.id}:${row.project}`).sort()).toEqual([
        'e-heyi>u-dalian:p-borane',
        'e-heyi>u-sioc:p-borane',
      ]);
      expect(signals?.bureau.map((row) => `${row.link.id}:${row.kind}`)).toEqual([
        'COOPERATES_WITH:a-bureau->u-cas:University',
      ]);
      const [nothing] = await store.features('project-signals', {
        kinds,
        weighted: [''],
        similar: [''],
        agencies: [''],
      });
      expect(nothing).toEqual({ fieldVia: [], helpedVia: [], bureau: [] });
    });

    it('gives the entities an answer shows, with degree, track record and every relationship leaving them', async () => {
      const facts = await store.features('candidate-facts', {
        refs: [
          { id: 'u-dalian', kind: 'University' },
          { id: 'u-sioc', kind: 'University' },
          { id: 'u-nobody', kind: 'University' },
        ],
      });
      const byId = new Map(facts.map((row) => [row.node.id, row]));
      expect([...byId.keys()].sort()).toEqual(['u-dalian', 'u-sioc']);
      expect(byId.get('u-dalian')?.record).toBe(2);
      expect(byId.get('u-sioc')?.record).toBe(2);
      expect(byId.get('u-sioc')?.degree).toBe(4);
      expect(byId.get('u-dalian')?.out.map((out) => `${out.id}:${out.toKind}`)).toEqual([
        'LOCATED_IN:u-dalian->r-kenli:Region',
      ]);
      expect(byId.get('u-dalian')?.node).toMatchObject({ kind: 'University', name: '大连光明研究院' });
    });

    it('reads a region’s needs with their enterprises, and nothing for an unknown region', async () => {
      await store.write({
        nodes: [node('Need', 'n-1', '硼烷提纯')],
        edges: [edge('HAS_NEED', 'e-heyi', 'n-1')],
      });
      const [found] = await store.features('region-needs', { id: 'r-kenli' });
      expect(found?.regions).toEqual(['r-kenli']);
      expect([...(found?.located ?? [])].sort()).toEqual(['a-bureau', 'e-heyi', 'e-huidong', 'u-dalian']);
      expect(found?.needs.map((row) => `${row.enterprise.id}>${row.need.name}`)).toEqual(['e-heyi>硼烷提纯']);
      expect(await store.features('region-needs', { id: 'nowhere' })).toEqual([]);
    });

    it('answers an empty list with no rows, and refuses a kind the domain does not declare', async () => {
      expect(await store.features('field-signals', { kinds, fields: [] })).toEqual([]);
      await expect(
        store.features('text-candidates', { kinds: ['Robot' as NodeKind], terms: ['x'] }),
      ).rejects.toThrow(/Not a declared kind/);
    });
  });
}
