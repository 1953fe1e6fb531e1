/** The GraphQL API over real HTTP, seeded from the 垦利区 article, on every backend under test. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApp, REPO_ROOT, type SeededApp } from '../../test-support/start-seeded-app.ts';
import { testBackends } from '../../test-support/test-backends.ts';

describe.each(testBackends())('GraphQL API on $name', (backend) => {
  let app: SeededApp;
  beforeAll(async () => {
    app = await startSeededApp(backend);
  });
  afterAll(async () => {
    await app.stop();
  });

  const NEIGHBORHOOD = `query ($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    nodes { id name kind degree sources { file row quote } }
    edges { id kind from to properties { key value } sources { quote } }
    truncated
  }
}`;

  async function searchIds(text: string, limit = 10): Promise<string[]> {
    const body = await app.graphql<{ search: Array<{ entity: { id: string } }> }>(
      'query ($text: String!, $limit: Int) { search(text: $text, limit: $limit) { entity { id } } }',
      { text, limit },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.search.map((hit) => hit.entity.id) ?? [];
  }

  describe('neighbourhood', () => {
    it('shows 合益化工 with its partners, the 硼烷 project and the 30% technology stake', async () => {
      const body = await app.graphql<{
        neighborhood: {
          nodes: Array<{ id: string; name: string }>;
          edges: Array<{
            kind: string;
            from: string;
            to: string;
            properties: Array<{ key: string; value: string }>;
          }>;
        };
      }>(NEIGHBORHOOD, { id: 'enterprise:合益化工' });
      expect(body.errors).toBeUndefined();
      const sub = body.data!.neighborhood;
      const names = sub.nodes.map((node) => node.name);
      expect(names).toEqual(
        expect.arrayContaining(['合益化工', '大连光明研究院', '中国科学院上海有机化学研究所', '硼烷项目']),
      );
      const stake = sub.edges.find(
        (edge) => edge.kind === 'PARTICIPATES_IN' && edge.from === 'university:中国科学院上海有机化学研究所',
      );
      expect(stake?.properties).toEqual(
        expect.arrayContaining([
          { key: 'role', value: '技术入股' },
          { key: 'share', value: '0.3' },
        ]),
      );
      const partners = sub.edges.filter((edge) => edge.kind === 'COOPERATES_WITH').map((edge) => edge.to);
      expect(partners.sort()).toEqual([
        'university:中国科学院上海有机化学研究所',
        'university:大连光明研究院',
      ]);
    });

    it('carries the article sentence as provenance on nodes and edges', async () => {
      const body = await app.graphql<{
        neighborhood: {
          nodes: Array<{ id: string; sources: Array<{ file: string; row: number; quote: string }> }>;
        };
      }>(NEIGHBORHOOD, { id: 'enterprise:合益化工' });
      const heyi = body.data!.neighborhood.nodes.find((node) => node.id === 'enterprise:合益化工');
      const article = readFileSync(join(REPO_ROOT, 'seed/kenli/article.txt'), 'utf8');
      expect(heyi?.sources[0]?.file).toBe('seed/kenli/Enterprise.csv');
      expect(heyi?.sources[0]?.row).toBeGreaterThan(1);
      for (const source of heyi?.sources ?? []) expect(article).toContain(source.quote);
    });

    it('marks an answer cut by the limit as truncated', async () => {
      const body = await app.graphql<{ neighborhood: { nodes: unknown[]; truncated: boolean } }>(
        NEIGHBORHOOD,
        {
          id: 'region:垦利区',
          depth: 2,
          limit: 5,
        },
      );
      expect(body.data?.neighborhood.nodes).toHaveLength(5);
      expect(body.data?.neighborhood.truncated).toBe(true);
    });
  });

  describe('search', () => {
    it('finds every entity under its name and every alias, the article’s wording included', async () => {
      const body = await app.graphql<{ neighborhood: { nodes: Array<{ id: string }> } }>(NEIGHBORHOOD, {
        id: 'region:垦利区',
        depth: 3,
        limit: 2000,
      });
      const ids = body.data!.neighborhood.nodes.map((node) => node.id);
      const nodes = await app.store.getNodes(ids);
      const counts = await app.store.counts();
      expect(nodes.length).toBe(counts.nodes.reduce((sum, item) => sum + item.count, 0));
      for (const node of nodes) {
        for (const name of [node.name, ...node.aliases]) {
          expect(await searchIds(name, 20), `search “${name}”`).toContain(node.id);
        }
      }
    });

    it('finds 合益化工 from part of its name, pinyin, initials and full-width text', async () => {
      for (const text of ['合益', 'heyihuagong', 'hyhg', 'ＨＹＨＧ', '合益　化工']) {
        expect((await searchIds(text))[0], text).toBe('enterprise:合益化工');
      }
    });

    it('finds 中国科学院 through its alias 中科院, first', async () => {
      expect((await searchIds('中科院'))[0]).toBe('university:中国科学院');
    });

    it('finds entities for a phrase with no spaces through word segmentation', async () => {
      expect(await searchIds('合益化工与大连光明研究院合作')).toEqual(
        expect.arrayContaining(['enterprise:合益化工', 'university:大连光明研究院']),
      );
    });

    it('restricts hits to the requested kinds', async () => {
      const body = await app.graphql<{ search: Array<{ entity: { kind: string } }> }>(
        '{ search(text: "中科院", kinds: [Programme]) { entity { kind } } }',
      );
      expect(body.data?.search.map((hit) => hit.entity.kind)).toEqual(['Programme']);
    });
  });

  describe('paths', () => {
    it('links 汇东新能源 to 合益化工 through their district, shortest first', async () => {
      const body = await app.graphql<{
        paths: { paths: Array<{ nodeIds: string[]; length: number }>; nodes: Array<{ name: string }> };
      }>(
        '{ paths(from: "enterprise:汇东新能源", to: "enterprise:合益化工", maxLength: 3, limit: 5) { paths { nodeIds edgeIds length } nodes { name } edges { id } truncated } }',
      );
      expect(body.errors).toBeUndefined();
      const paths = body.data!.paths.paths;
      expect(paths[0]).toMatchObject({
        nodeIds: ['enterprise:汇东新能源', 'region:垦利区', 'enterprise:合益化工'],
        length: 2,
      });
      expect(paths.map((path) => path.length)).toEqual([...paths.map((path) => path.length)].sort());
      expect(body.data!.paths.nodes.map((node) => node.name)).toContain('垦利区');
    });

    it('refuses paths longer than it can search', async () => {
      const body = await app.graphql(
        '{ paths(from: "region:垦利区", to: "region:山东省", maxLength: 50) { truncated } }',
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('TOO_LARGE');
    });
  });

  describe('who could help', () => {
    const RECOMMEND = `query ($enterpriseId: ID, $need: String, $includeExisting: Boolean) {
    recommendPartners(enterpriseId: $enterpriseId, need: $need, includeExisting: $includeExisting, limit: 5) {
      enterprise { name }
      fields { name }
      items { entity { id name } score contributions { signal value } evidence { signal nodeIds edgeIds text } }
      evidence { nodes { id } edges { id } }
    }
  }`;
    type Answer = {
      recommendPartners: {
        fields: Array<{ name: string }>;
        items: Array<{
          entity: { id: string; name: string };
          score: number;
          contributions: Array<{ signal: string; value: number }>;
          evidence: Array<{ signal: string; nodeIds: string[]; edgeIds: string[]; text: string }>;
        }>;
        evidence: { nodes: Array<{ id: string }>; edges: Array<{ id: string }> };
      };
    };

    it('answers 硼烷 医药中间体 with the Shanghai institute first, with evidence to draw', async () => {
      const body = await app.graphql<Answer>(RECOMMEND, { need: '硼烷 医药中间体' });
      expect(body.errors).toBeUndefined();
      const answer = body.data!.recommendPartners;
      expect(answer.fields.map((field) => field.name).sort()).toEqual(['医药中间体', '硼烷']);
      const [first] = answer.items;
      expect(first?.entity.name).toBe('中国科学院上海有机化学研究所');
      expect(first?.evidence[0]?.text).toContain('硼烷项目');
      const drawn = new Set(answer.evidence.nodes.map((node) => node.id));
      for (const id of first?.evidence.flatMap((path) => path.nodeIds) ?? []) expect(drawn).toContain(id);
      const sum = first!.contributions.reduce((total, item) => total + item.value, 0);
      expect(sum).toBeCloseTo(first!.score, 3);
    });

    it('suggests new partners for 合益化工 and its current ones only when asked', async () => {
      const fresh = await app.graphql<Answer>(RECOMMEND, { enterpriseId: 'enterprise:合益化工' });
      const names = fresh.data!.recommendPartners.items.map((item) => item.entity.name);
      expect(names.length).toBeGreaterThan(0);
      expect(names).not.toContain('大连光明研究院');
      expect(names[0]).toBe('中国科学院');
      const all = await app.graphql<Answer>(RECOMMEND, {
        enterpriseId: 'enterprise:合益化工',
        includeExisting: true,
      });
      expect(all.data!.recommendPartners.items.map((item) => item.entity.name)).toEqual(
        expect.arrayContaining(['大连光明研究院', '中国科学院上海有机化学研究所']),
      );
    });

    it('says which argument is wrong', async () => {
      const body = await app.graphql(RECOMMEND, {});
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_INPUT', argument: 'enterpriseId' });
      const gaps = await app.graphql('{ needGaps(regionId: "region:火星") { need { id } } }');
      expect(gaps.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('stats and entity', () => {
    it('counts entities per kind and reports the backend', async () => {
      const body = await app.graphql<{
        stats: { nodeCount: number; backend: string; nodes: Array<{ kind: string; count: number }> };
      }>('{ stats { nodeCount edgeCount backend nodes { kind label count } } }');
      expect(body.data?.stats.backend).toBe(backend.name === 'neo4j' ? 'neo4j' : 'kuzu');
      expect(body.data?.stats.nodes).toContainEqual({ kind: 'Enterprise', label: '企业', count: 8 });
    });

    it('returns the region’s statistics the article gives only as counts', async () => {
      const body = await app.graphql<{
        entity: { stats: Array<{ label: string; value: number; unit: string }> };
      }>('{ entity(id: "region:垦利区") { name stats { label value unit asOf } } }');
      expect(body.data?.entity.stats).toEqual(
        expect.arrayContaining([expect.objectContaining({ value: 25, unit: '家' })]),
      );
    });

    it('returns null for an unknown id', async () => {
      const body = await app.graphql('{ entity(id: "nobody") { id } }');
      expect(body).toEqual({ data: { entity: null } });
    });
  });

  describe('overview', () => {
    const OVERVIEW = `query ($limit: Int) {
  overview(limit: $limit) {
    nodeCount edgeCount clusterCount
    nodes { kind label count }
    brokers { degree entity { id name degree } }
    clusters { size edgeCount label { id name } }
  }
}`;
    interface OverviewBody {
      overview: {
        nodeCount: number;
        edgeCount: number;
        clusterCount: number;
        nodes: Array<{ kind: string; label: string; count: number }>;
        brokers: Array<{ degree: number; entity: { id: string; name: string; degree: number } }>;
        clusters: Array<{ size: number; edgeCount: number; label: { id: string; name: string } }>;
      };
    }

    it('sums up the graph: counts per kind, 垦利区 as the strongest broker, clusters by size', async () => {
      const body = await app.graphql<OverviewBody>(OVERVIEW, { limit: 5 });
      expect(body.errors).toBeUndefined();
      const overview = body.data!.overview;
      expect(overview.nodes).toContainEqual({ kind: 'Enterprise', label: '企业', count: 8 });
      expect(overview.brokers).toHaveLength(5);
      expect(overview.brokers[0]?.entity.name).toBe('垦利区');
      for (const broker of overview.brokers) expect(broker.degree).toBe(broker.entity.degree);
      const degrees = overview.brokers.map((broker) => broker.degree);
      expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
      expect(overview.clusters[0]?.label.name).toBe('垦利区');
      const sizes = overview.clusters.map((cluster) => cluster.size);
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(overview.nodeCount);
      expect(overview.clusterCount).toBeGreaterThanOrEqual(overview.clusters.length);
      expect(overview.clusters.reduce((a, c) => a + c.edgeCount, 0)).toBeLessThanOrEqual(overview.edgeCount);
    });

    it('refuses a limit beyond what a dashboard shows', async () => {
      const body = await app.graphql(OVERVIEW, { limit: 10_000 });
      expect(body.errors?.[0]?.extensions?.code).toBe('TOO_LARGE');
    });
  });

  describe('bad input gets a clear error with a code', () => {
    const codeOf = async (query: string, variables?: Record<string, unknown>) => {
      const body = await app.graphql(query, variables);
      expect(body.errors?.[0]?.message.length).toBeGreaterThan(5);
      return body.errors?.[0]?.extensions?.code;
    };

    it('NOT_FOUND for the neighbourhood of an unknown id', async () => {
      expect(await codeOf(NEIGHBORHOOD, { id: 'nobody' })).toBe('NOT_FOUND');
    });

    it('TOO_LARGE for too many hops or too many nodes', async () => {
      expect(await codeOf(NEIGHBORHOOD, { id: 'region:垦利区', depth: 9 })).toBe('TOO_LARGE');
      expect(await codeOf(NEIGHBORHOOD, { id: 'region:垦利区', limit: 1_000_000 })).toBe('TOO_LARGE');
    });

    it('BAD_INPUT for an empty search, a zero limit, an unknown kind and a syntax error', async () => {
      expect(await codeOf('{ search(text: "   ") { score } }')).toBe('BAD_INPUT');
      expect(await codeOf('{ search(text: "合益", limit: 0) { score } }')).toBe('BAD_INPUT');
      expect(await codeOf('{ search(text: "合益", kinds: [Company]) { score } }')).toBe('BAD_INPUT');
      expect(await codeOf('{ search(text: ')).toBe('BAD_INPUT');
    });

    it('TOO_LARGE for a query asking too much at once, refused before any resolver runs', async () => {
      const many = Array.from(
        { length: 20 },
        (_, i) => `a${i}: neighborhood(id: "nobody") { truncated }`,
      ).join(' ');
      const body = await app.graphql(`{ ${many} }`);
      // Had the resolvers run, each alias would have failed with NOT_FOUND. (Both the alias limit and
      // the budget of work refuse it.)
      expect([...new Set(body.errors?.map((error) => error.extensions?.code))]).toEqual(['TOO_LARGE']);
      expect(body.data).toBeUndefined();
    });

    it('hides internal failures: a generic message, code INTERNAL, no stack trace', async () => {
      const broken = await startSeededApp(backend);
      await broken.store.close();
      const response = await fetch(`${broken.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { nodeCount } }' }),
      });
      const text = await response.text();
      await broken.stop();
      const body = JSON.parse(text) as { errors: Array<{ extensions: Record<string, unknown> }> };
      expect(body.errors[0]?.extensions).toEqual({ code: 'INTERNAL' });
      expect(text).not.toMatch(/stacktrace|\.ts:\d+|at .*\(/u);
    });
  });
});
