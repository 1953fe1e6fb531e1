/**
 * 机会 · Opportunities through the real HTTP app on every backend: the map layer's suggested partners for
 * 合益化工 (new partners only, each with a score its contributions add up to and evidence drawn from the
 * answer), the region's 对接 shortlist strongest first and as a file, the ranking model in use, and its
 * refit: refused to visitors, and on the seed (too little history) the defaults stay, saying why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApp, type SeededApp } from '../../test-support/start-seeded-app.ts';
import { testBackends } from '../../test-support/test-backends.ts';

const KEY = 'opportunities-key';
const HEYI = 'enterprise:合益化工';
const PARTNERS = ['university:中国科学院上海有机化学研究所', 'university:大连光明研究院'];

interface Suggestions {
  items: Array<{
    enterprise: { id: string };
    recommendation: {
      score: number;
      entity: { id: string; kind: string };
      contributions: Array<{ signal: string; value: number; weight: number }>;
      evidence: Array<{ nodeIds: string[]; edgeIds: string[]; text: string }>;
    };
  }>;
  evidence: { nodes: Array<{ id: string }>; edges: Array<{ id: string }> };
}

const SUGGESTION = `items { enterprise { id } recommendation { score entity { id kind }
  contributions { signal value weight } evidence { nodeIds edgeIds text } } }
  evidence { nodes { id } edges { id } }`;
const MODEL =
  'origin note kept fittedAt weights { feature signal weight } calibrationSlope calibrationIntercept';

describe.each(testBackends())('opportunities on $name', (backend) => {
  let app: SeededApp;
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, key?: string) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { 'x-editor-key': key } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: T;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
  };

  beforeAll(async () => {
    app = await startSeededApp(backend, { editorKeys: [`周规划:${KEY}`] });
  });
  afterAll(() => app.stop());

  it('suggests new partners for 合益化工, each score the sum of its contributions, its evidence drawn', async () => {
    const answer = await gql<{ suggestedPartners: Suggestions }>(
      `query ($ids: [ID!]!) { suggestedPartners(enterpriseIds: $ids, perEnterprise: 3) { ${SUGGESTION} } }`,
      { ids: [HEYI] },
    );
    expect(answer.errors).toBeUndefined();
    const { items, evidence } = answer.data!.suggestedPartners;
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(3);
    const drawn = new Set(evidence.nodes.map((node) => node.id));
    const edges = new Set(evidence.edges.map((edge) => edge.id));
    for (const { enterprise, recommendation } of items) {
      expect(enterprise.id).toBe(HEYI);
      expect(PARTNERS).not.toContain(recommendation.entity.id);
      expect(recommendation.entity.kind).not.toBe('Enterprise');
      const sum = recommendation.contributions.reduce((total, c) => total + c.value, 0);
      expect(recommendation.score).toBeCloseTo(sum, 3);
      expect(recommendation.score).toBeGreaterThan(0);
      for (const path of recommendation.evidence) {
        for (const id of path.nodeIds) expect(drawn.has(id)).toBe(true);
        for (const id of path.edgeIds) expect(edges.has(id)).toBe(true);
      }
    }
    // 中国科学院, through its institute that already works with 合益化工.
    const cas = items.find((item) => item.recommendation.entity.id === 'university:中国科学院');
    expect(cas?.recommendation.evidence[0]?.text).toContain('中国科学院上海有机化学研究所');
  });

  it('lists the region’s shortlist strongest first, and exports it', async () => {
    const answer = await gql<{ opportunities: Suggestions }>(
      `{ opportunities(regionId: "region:垦利区", limit: 10) { ${SUGGESTION} } }`,
    );
    expect(answer.errors).toBeUndefined();
    const scores = answer.data!.opportunities.items.map((item) => item.recommendation.score);
    expect(scores.length).toBeGreaterThan(1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const file = await fetch(
      `${app.url}/export/opportunities.csv?region=${encodeURIComponent('region:垦利区')}&limit=10`,
    );
    expect(file.status).toBe(200);
    const text = await file.text();
    expect(text).toContain('建议对接');
    expect(text.trim().split('\n').length).toBe(scores.length + 1);
  });

  it('refuses bad arguments with BAD_INPUT', async () => {
    const tooMany = await gql(
      `query ($ids: [ID!]!) { suggestedPartners(enterpriseIds: $ids) { items { enterprise { id } } } }`,
      {
        ids: Array.from({ length: 31 }, (_, i) => `enterprise:${i}`),
      },
    );
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    const limit = await gql(
      '{ opportunities(regionId: "region:垦利区", limit: 0) { items { enterprise { id } } } }',
    );
    expect(limit.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
  });

  it('shows the model in use; a refit is for editors, and on the seed the defaults stay, saying why', async () => {
    const shown = await gql<{ rankingModel: { origin: string; weights: Array<{ weight: number }> } }>(
      `{ rankingModel { ${MODEL} } }`,
    );
    expect(shown.data?.rankingModel.origin).toBe('default');
    expect(shown.data?.rankingModel.weights.length).toBeGreaterThan(10);
    const visitor = await gql(`mutation { fitRankingModel { ${MODEL} } }`);
    expect(visitor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const fitted = await gql<{
      fitRankingModel: { origin: string; note: string | null; fittedAt: string | null };
    }>(`mutation { fitRankingModel { ${MODEL} } }`, {}, KEY);
    expect(fitted.errors).toBeUndefined();
    expect(fitted.data?.fitRankingModel.origin).toBe('default');
    expect(fitted.data?.fitRankingModel.note).toMatch(/not enough history/);
    expect(fitted.data?.fitRankingModel.fittedAt).toBeTruthy();
  });
});
