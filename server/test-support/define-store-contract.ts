/**
 * The one behaviour every GraphStore must have, written once and run for each backend
 * (see store/internal/kuzu/kuzu-store.test.ts and store/internal/neo4j/neo4j-store.test.ts), like apollo-server's integration test suite.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  NODE_KINDS,
  edgeRecord,
  nodeRecord,
  normalizeName,
  type GraphEdge,
  type GraphNode,
  type NodeKind,
} from '#model';
import type { GraphStore } from '../src/store/index.ts';

export interface StoreFactory {
  /** A store with no data in it; called before each test. */
  create(): Promise<GraphStore>;
}

export const node = nodeRecord;
export const edge = edgeRecord;

/** A small graph shaped like the seed: an enterprise, two institutes, a project and a district. */
export const FIXTURE = {
  nodes: [
    node('Enterprise', 'e-heyi', '合益化工', {
      aliases: ['合益'],
      props: { legalName: '山东合益化工有限公司' },
      sources: [{ file: 'seed/kenli/Enterprise.csv', row: 2, quote: '合益化工与大连光明研究院合作。' }],
    }),
    node('University', 'u-cas', '中国科学院', { aliases: ['中科院'], nameEn: 'Chinese Academy of Sciences' }),
    node('University', 'u-sioc', '中国科学院上海有机化学研究所', {
      aliases: ['中科院上海有机所', '上海有机所'],
    }),
    node('University', 'u-dalian', '大连光明研究院'),
    node('Project', 'p-borane', '硼烷项目'),
    node('Region', 'r-kenli', '垦利区', {
      stats: [{ label: '高新技术企业', value: 25, unit: '家', asOf: '截至目前' }],
    }),
    node('Enterprise', 'e-huidong', '汇东新能源'),
  ],
  edges: [
    edge('COOPERATES_WITH', 'e-heyi', 'u-sioc', { props: { role: '技术入股', share: 0.3 } }),
    edge('COOPERATES_WITH', 'e-heyi', 'u-dalian'),
    edge('PARTICIPATES_IN', 'e-heyi', 'p-borane'),
    edge('PARTICIPATES_IN', 'u-sioc', 'p-borane', { props: { role: '技术入股', share: 0.3 } }),
    edge('PART_OF', 'u-sioc', 'u-cas'),
    edge('LOCATED_IN', 'e-heyi', 'r-kenli'),
    edge('LOCATED_IN', 'e-huidong', 'r-kenli'),
  ],
} as const satisfies { nodes: GraphNode[]; edges: GraphEdge[] };

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id).sort();

export function defineStoreContract(backend: string, factory: StoreFactory): void {
  describe(`GraphStore contract: ${backend}`, () => {
    let store: GraphStore;
    const opened: GraphStore[] = [];

    beforeEach(async () => {
      store = await factory.create();
      opened.push(store);
      return async () => {
        await store.close();
      };
    });
    afterAll(() => {
      opened.length = 0;
    });

    it('reads back every field of the nodes it wrote', async () => {
      await store.write({ nodes: FIXTURE.nodes, edges: [] });
      const [heyi] = await store.getNodes(['e-heyi']);
      expect(heyi).toEqual(FIXTURE.nodes[0]);
      const [kenli] = await store.getNodes(['r-kenli']);
      expect(kenli?.stats).toEqual([{ label: '高新技术企业', value: 25, unit: '家', asOf: '截至目前' }]);
    });

    it('reads back relationships with their properties', async () => {
      await store.write(FIXTURE);
      const edges = await store.edgesAmong(['e-heyi', 'u-sioc']);
      expect(edges).toEqual([FIXTURE.edges[0]]);
    });

    it('writing the same batch twice changes nothing', async () => {
      await store.write(FIXTURE);
      await store.write(FIXTURE);
      const counts = await store.counts();
      const total = (list: ReadonlyArray<{ count: number }>) =>
        list.reduce((sum, item) => sum + item.count, 0);
      expect(total(counts.nodes)).toBe(FIXTURE.nodes.length);
      expect(total(counts.edges)).toBe(FIXTURE.edges.length);
    });

    it('an upsert replaces the fields of an existing node', async () => {
      await store.write(FIXTURE);
      await store.write({
        nodes: [node('Enterprise', 'e-heyi', '合益化工', { description: '硼同位素' })],
        edges: [],
      });
      const [heyi] = await store.getNodes(['e-heyi']);
      expect(heyi?.description).toBe('硼同位素');
      expect(heyi?.aliases).toEqual([]);
    });

    it('a batch with a relationship to a missing entity is refused whole and writes nothing', async () => {
      await store.write({ nodes: [FIXTURE.nodes[0]], edges: [] });
      const attempt = store.write({
        nodes: [node('University', 'u-new', '新研究院')],
        edges: [edge('COOPERATES_WITH', 'e-heyi', 'u-missing')],
      });
      await expect(attempt).rejects.toMatchObject({
        code: 'BAD_INPUT',
        message: expect.stringContaining('u-missing'),
      });
      expect(await store.getNodes(['u-new'])).toEqual([]);
      expect(ids(await store.getNodes(['e-heyi']))).toEqual(['e-heyi']);
    });

    it('refuses a relationship the domain does not allow between those kinds', async () => {
      await store.write({ nodes: FIXTURE.nodes, edges: [] });
      const attempt = store.write({ nodes: [], edges: [edge('HOSTS', 'e-heyi', 'u-cas')] });
      await expect(attempt).rejects.toMatchObject({ code: 'BAD_INPUT' });
    });

    it('refuses an id already used by an entity of another kind', async () => {
      await store.write({ nodes: FIXTURE.nodes, edges: [] });
      const attempt = store.write({ nodes: [node('Project', 'e-heyi', '合益化工')], edges: [] });
      await expect(attempt).rejects.toMatchObject({ code: 'BAD_INPUT' });
      expect((await store.kindsOf(['e-heyi'])).get('e-heyi')).toBe('Enterprise');
    });

    it('finds candidates by name, alias and pinyin, and honours kinds', async () => {
      await store.write(FIXTURE);
      const all = [...NODE_KINDS];
      const find = async (terms: string[], kinds: NodeKind[] = all, mode: 'all' | 'any' = 'all') =>
        ids((await store.searchCandidates({ terms, kinds, mode, limit: 50 })).nodes);
      expect(await find([normalizeName('合益')])).toEqual(['e-heyi']);
      // The degrees come with the candidates, as kept at write time.
      const hits = await store.searchCandidates({ terms: ['中科院'], kinds: all, mode: 'all', limit: 50 });
      const found = hits.nodes.map((node) => node.id);
      expect(Object.fromEntries(hits.degrees)).toEqual(Object.fromEntries(await store.degrees(found)));
      expect([...hits.degrees.values()].some((degree) => degree > 0)).toBe(true);
      expect(await find(['中科院'])).toEqual(['u-cas', 'u-sioc']);
      expect(await find(['hyhg'])).toEqual(['e-heyi']);
      expect(await find(['中科院'], ['Enterprise'])).toEqual([]);
      expect(await find(['合益', '大连'], all, 'any')).toEqual(['e-heyi', 'u-dalian']);
      expect(await find(['合益', '大连'], all, 'all')).toEqual([]);
    });

    it('draws a one-hop neighbourhood with every relationship among the nodes', async () => {
      await store.write(FIXTURE);
      const sub = await store.neighborhood({ id: 'e-heyi', depth: 1, kinds: [...NODE_KINDS], limit: 100 });
      expect(ids(sub.nodes)).toEqual(['e-heyi', 'p-borane', 'r-kenli', 'u-dalian', 'u-sioc']);
      expect(sub.nodes[0]?.id).toBe('e-heyi');
      expect(sub.edges).toHaveLength(5);
      expect(sub.truncated).toBe(false);
    });

    it('goes further with depth 2 and narrows by kind', async () => {
      await store.write(FIXTURE);
      const two = await store.neighborhood({ id: 'e-heyi', depth: 2, kinds: [...NODE_KINDS], limit: 100 });
      expect(ids(two.nodes)).toContain('u-cas');
      expect(ids(two.nodes)).toContain('e-huidong');
      const unis = await store.neighborhood({ id: 'e-heyi', depth: 1, kinds: ['University'], limit: 100 });
      expect(ids(unis.nodes)).toEqual(['e-heyi', 'u-dalian', 'u-sioc']);
    });

    it('cuts a neighbourhood at the limit and says so', async () => {
      await store.write(FIXTURE);
      const sub = await store.neighborhood({ id: 'e-heyi', depth: 2, kinds: [...NODE_KINDS], limit: 3 });
      expect(sub.nodes).toHaveLength(3);
      expect(sub.truncated).toBe(true);
    });

    it('says NOT_FOUND for the neighbourhood of an unknown id', async () => {
      await expect(
        store.neighborhood({ id: 'nobody', depth: 1, kinds: [...NODE_KINDS], limit: 10 }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('finds the shortest paths first, in the same order on every backend', async () => {
      await store.write(FIXTURE);
      const result = await store.paths({ from: 'e-huidong', to: 'u-sioc', maxLength: 4, limit: 3 });
      expect(result.paths).toEqual([
        {
          nodes: ['e-huidong', 'r-kenli', 'e-heyi', 'u-sioc'],
          edges: [
            'LOCATED_IN:e-huidong->r-kenli',
            'LOCATED_IN:e-heyi->r-kenli',
            'COOPERATES_WITH:e-heyi->u-sioc',
          ],
        },
        {
          nodes: ['e-huidong', 'r-kenli', 'e-heyi', 'p-borane', 'u-sioc'],
          edges: [
            'LOCATED_IN:e-huidong->r-kenli',
            'LOCATED_IN:e-heyi->r-kenli',
            'PARTICIPATES_IN:e-heyi->p-borane',
            'PARTICIPATES_IN:u-sioc->p-borane',
          ],
        },
      ]);
      expect(ids(result.subgraph.nodes)).toEqual(['e-heyi', 'e-huidong', 'p-borane', 'r-kenli', 'u-sioc']);
      expect(result.subgraph.edges).toHaveLength(5);
    });

    it('returns no path when the ends are further apart than allowed', async () => {
      await store.write(FIXTURE);
      const result = await store.paths({ from: 'e-huidong', to: 'u-cas', maxLength: 3, limit: 3 });
      expect(result.paths).toEqual([]);
      await expect(
        store.paths({ from: 'e-huidong', to: 'nobody', maxLength: 3, limit: 3 }),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it('follows only the requested kinds of relationship, both ways', async () => {
      await store.write(FIXTURE);
      const { edges, capped } = await store.edgesOf(['p-borane', 'r-kenli'], ['PARTICIPATES_IN'], 100);
      expect(edges.map((e) => e.id).sort()).toEqual([
        'PARTICIPATES_IN:e-heyi->p-borane',
        'PARTICIPATES_IN:u-sioc->p-borane',
      ]);
      expect(capped).toBe(false);
      expect((await store.edgesOf(['e-heyi'], ['COOPERATES_WITH', 'LOCATED_IN'], 1)).capped).toBe(true);
    });

    it('ranks the best-connected nodes and lists every relationship’s ends', async () => {
      await store.write(FIXTURE);
      expect(await store.topByDegree(3)).toEqual([
        { id: 'e-heyi', degree: 4 },
        { id: 'u-sioc', degree: 3 },
        { id: 'p-borane', degree: 2 },
      ]);
      const ends = await store.allEdgeEnds();
      expect(ends).toHaveLength(FIXTURE.edges.length);
      expect(ends).toContainEqual({ from: 'u-sioc', to: 'u-cas' });
    });

    it('outlines every relationship with its id, ends, kind and integer year, in order of id', async () => {
      await store.write({
        nodes: [...FIXTURE.nodes],
        edges: [
          ...FIXTURE.edges,
          edge('COOPERATES_WITH', 'e-huidong', 'u-sioc', { props: { year: 2021, role: '共建' } }),
          edge('PARTICIPATES_IN', 'e-huidong', 'p-borane', { props: { year: 2020.5 } }),
          edge('COOPERATES_WITH', 'e-huidong', 'u-cas', { props: { year: '2019' } }),
        ],
      });
      const outlines = await store.allEdgeOutlines();
      expect(outlines.map((each) => each.id)).toEqual(
        [
          ...FIXTURE.edges.map((each) => each.id),
          'COOPERATES_WITH:e-huidong->u-sioc',
          'PARTICIPATES_IN:e-huidong->p-borane',
          'COOPERATES_WITH:e-huidong->u-cas',
        ].sort(),
      );
      expect(outlines).toContainEqual({
        id: 'COOPERATES_WITH:e-huidong->u-sioc',
        from: 'e-huidong',
        to: 'u-sioc',
        kind: 'COOPERATES_WITH',
        year: 2021,
      });
      // No year when none is stored, or when it is not an integer.
      for (const id of [
        'PART_OF:u-sioc->u-cas',
        'PARTICIPATES_IN:e-huidong->p-borane',
        'COOPERATES_WITH:e-huidong->u-cas',
      ])
        expect(Object.keys(outlines.find((each) => each.id === id) ?? {}).sort()).toEqual([
          'from',
          'id',
          'kind',
          'to',
        ]);
      expect(outlines.find((each) => each.id === 'PART_OF:u-sioc->u-cas')).toEqual({
        id: 'PART_OF:u-sioc->u-cas',
        from: 'u-sioc',
        to: 'u-cas',
        kind: 'PART_OF',
      });
    });

    it('an empty graph has no outlines and the empty version', async () => {
      expect(await store.allEdgeOutlines()).toEqual([]);
      expect(await store.graphVersion()).toBe('');
    });

    it('lists every entity’s id, kind, name and aliases', async () => {
      await store.write(FIXTURE);
      const names = await store.listNames();
      expect(ids(names)).toEqual(ids(FIXTURE.nodes));
      expect(names).toContainEqual({
        id: 'u-cas',
        kind: 'University',
        name: '中国科学院',
        aliases: ['中科院'],
      });
    });

    it('finds entities by id whether the id names their kind, names another kind, or names none', async () => {
      const named = node('Enterprise', 'enterprise:甲化工', '甲化工', {
        props: { legalName: '东营甲化工有限公司' },
      });
      const misnamed = node('University', 'enterprise:乙大学', '乙大学');
      const plain = node('Project', 'p-丙', '丙项目');
      await store.write({
        nodes: [named, misnamed, plain],
        edges: [
          edge('PARTICIPATES_IN', 'enterprise:甲化工', 'p-丙'),
          edge('PARTICIPATES_IN', 'enterprise:乙大学', 'p-丙'),
        ],
      });
      const wanted = ['enterprise:甲化工', 'enterprise:乙大学', 'p-丙', 'enterprise:无', 'university:无'];
      const found = await store.getNodes(wanted);
      expect(found.map((each) => each.id).sort()).toEqual(['enterprise:乙大学', 'enterprise:甲化工', 'p-丙']);
      expect(found.find((each) => each.id === 'enterprise:甲化工')).toEqual(named);
      expect(found.find((each) => each.id === 'enterprise:乙大学')).toEqual(misnamed);
      expect(Object.fromEntries(await store.kindsOf(wanted))).toEqual({
        'enterprise:甲化工': 'Enterprise',
        'enterprise:乙大学': 'University',
        'p-丙': 'Project',
      });
      expect(Object.fromEntries(await store.degrees(wanted))).toEqual({
        'enterprise:甲化工': 1,
        'enterprise:乙大学': 1,
        'p-丙': 2,
        'enterprise:无': 0,
        'university:无': 0,
      });
      // A longer list takes the scan, with the same answer.
      const many = [...wanted, ...Array.from({ length: 10 }, (_, i) => `enterprise:无${i}`)];
      expect((await store.getNodes(many)).map((each) => each.id).sort()).toEqual(
        found.map((each) => each.id).sort(),
      );
    });

    it('creates records known to be new on the fast path, together with upserts, and reads them back', async () => {
      await store.write({ nodes: FIXTURE.nodes, edges: [] });
      const fresh = node('Enterprise', 'e-new', '新企业', {
        aliases: ['新'],
        sources: [
          {
            file: 'x.csv',
            row: 2,
            quote: 'a "quoted", text\nwith =HYPERLINK("x") and <img onerror=alert(1)>',
          },
        ],
      });
      await store.write({
        nodes: [node('Enterprise', 'e-heyi', '合益化工', { description: '更新' })],
        edges: [],
        newNodes: [fresh],
        newEdges: [
          edge('COOPERATES_WITH', 'e-new', 'u-cas', { props: { role: '合作' } }),
          // Both ends existed: upserted, never doubled.
          edge('COOPERATES_WITH', 'e-heyi', 'u-dalian'),
        ],
      });
      await store.write({ nodes: [], edges: [], newEdges: [edge('COOPERATES_WITH', 'e-heyi', 'u-dalian')] });
      expect(await store.getNodes(['e-new'])).toEqual([fresh]);
      expect((await store.getNodes(['e-heyi']))[0]?.description).toBe('更新');
      const edges = await store.edgesAmong(['e-new', 'u-cas', 'e-heyi', 'u-dalian']);
      expect(edges.map((each) => each.id).sort()).toEqual([
        'COOPERATES_WITH:e-heyi->u-dalian',
        'COOPERATES_WITH:e-new->u-cas',
      ]);
    });

    it('refuses a “new” node whose id is taken, by any kind, and writes nothing of that batch', async () => {
      await store.write({ nodes: FIXTURE.nodes, edges: [] });
      for (const clash of [node('Enterprise', 'e-heyi', '冒名'), node('Project', 'e-heyi', '冒名')]) {
        const attempt = store.write({
          nodes: [node('University', 'u-cas', '中国科学院', { description: '不应写入' })],
          edges: [],
          newNodes: [node('Enterprise', 'e-other', '另一家'), clash],
        });
        await expect(attempt).rejects.toMatchObject({ code: 'BAD_INPUT' });
      }
      expect(await store.getNodes(['e-other'])).toEqual([]);
      expect((await store.getNodes(['u-cas']))[0]?.description).toBeUndefined();
      expect((await store.getNodes(['e-heyi']))[0]?.name).toBe('合益化工');
    });

    it('writes thousands of new records in one batch and finds them again by many ids', async () => {
      await store.write({ nodes: [FIXTURE.nodes[5]], edges: [] });
      const many = Array.from({ length: 2_500 }, (_, i) =>
        node('Enterprise', `e-${i}`, `企业${i}`, { props: { legalName: `山东企业${i}有限公司` } }),
      );
      const links = many.map((each) =>
        edge('LOCATED_IN', each.id, 'r-kenli', { sources: [{ file: 'f.csv', row: 2 }] }),
      );
      await store.write({ nodes: [], edges: [], newNodes: many, newEdges: links });
      const idsWanted = many.map((each) => each.id);
      const read = await store.getNodes(idsWanted);
      expect(read).toHaveLength(many.length);
      expect(read.find((each) => each.id === 'e-7')).toEqual(many[7]);
      const among = await store.edgesAmong([...idsWanted, 'r-kenli']);
      expect(among).toHaveLength(links.length);
      expect(among.find((each) => each.from === 'e-7')).toEqual(links[7]);
      expect((await store.kindsOf(idsWanted)).size).toBe(many.length);
      const degrees = await store.degrees(['r-kenli']);
      expect(Object.fromEntries(degrees)).toEqual({ 'r-kenli': links.length });
    });

    it('counts relationships per node and per kind', async () => {
      await store.write(FIXTURE);
      const degrees = await store.degrees(['e-heyi', 'u-cas', 'nobody']);
      expect(Object.fromEntries(degrees)).toEqual({ 'e-heyi': 4, 'u-cas': 1, nobody: 0 });
      const counts = await store.counts();
      expect(counts.nodes).toContainEqual({ kind: 'University', count: 3 });
      expect(counts.edges).toContainEqual({ kind: 'COOPERATES_WITH', count: 2 });
    });
  });
}
