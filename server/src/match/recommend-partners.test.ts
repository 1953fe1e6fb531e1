/**
 * The recommender on a small graph built to show each signal, run on every backend under test:
 * both must give the same ranking for the same graph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edge, node } from '../../test-support/define-store-contract.ts';
import type { GraphStore } from '../store/index.ts';
import { testBackends } from '../../test-support/test-backends.ts';
import { needGaps } from './need-gaps.ts';
import { recommendPartners, type RecommendQuery } from './recommend-partners.ts';

const GRAPH = {
  nodes: [
    node('Region', 'r-city', '东营市'),
    node('Region', 'r-kenli', '垦利区'),
    node('Region', 'r-far', '远方市'),
    node('Domain', 'd-petro', '石油化工'),
    node('Domain', 'd-coke', '针状焦'),
    node('Domain', 'd-pharma', '生物医药'),
    node('Enterprise', 'e-x', '汇东新能源', { keywords: ['针状焦'] }),
    node('Enterprise', 'e-peer', '同行炭材', { keywords: ['针状焦'] }),
    node('University', 'u-partner', '现有合作大学'),
    node('University', 'u-coke', '针状焦研究院', { keywords: ['针状焦', '炭材料'] }),
    node('University', 'u-petro', '石化大学', { keywords: ['石油化工'] }),
    node('University', 'u-pharma', '医药大学', { keywords: ['生物医药'] }),
    node('Specialist', 's-local', '本地专家'),
    node('Need', 'n-coke', '针状焦工艺优化', { description: '针状焦 炭材料 工艺' }),
    node('Need', 'n-pharma', '医药中间体合成', { description: '生物医药' }),
    node('Enterprise', 'e-pharma', '本地药企'),
  ],
  edges: [
    edge('LOCATED_IN', 'r-kenli', 'r-city'),
    edge('SUBFIELD_OF', 'd-coke', 'd-petro'),
    edge('LOCATED_IN', 'e-x', 'r-kenli'),
    edge('LOCATED_IN', 'e-peer', 'r-kenli'),
    edge('LOCATED_IN', 'e-pharma', 'r-kenli'),
    edge('LOCATED_IN', 'u-coke', 'r-far'),
    edge('LOCATED_IN', 'u-pharma', 'r-far'),
    edge('LOCATED_IN', 'u-petro', 'r-city'),
    edge('IN_DOMAIN', 'e-x', 'd-coke'),
    edge('IN_DOMAIN', 'e-peer', 'd-coke'),
    edge('IN_DOMAIN', 'u-coke', 'd-coke'),
    edge('IN_DOMAIN', 'u-petro', 'd-petro'),
    edge('IN_DOMAIN', 'u-pharma', 'd-pharma'),
    edge('IN_DOMAIN', 'n-coke', 'd-coke'),
    edge('IN_DOMAIN', 'n-pharma', 'd-pharma'),
    edge('COOPERATES_WITH', 'e-x', 'u-partner'),
    edge('COOPERATES_WITH', 'e-peer', 'u-coke'),
    edge('WORKS_AT', 's-local', 'u-partner'),
    edge('ADVISES', 's-local', 'r-kenli'),
    edge('HAS_NEED', 'e-x', 'n-coke'),
    edge('HAS_NEED', 'e-pharma', 'n-pharma'),
  ],
};

const ask = (store: GraphStore, query: Partial<RecommendQuery>) =>
  recommendPartners(store, { kinds: [], limit: 10, includeExisting: false, ...query });

describe.each(testBackends())('recommendations on $name', (backend) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await backend.create();
    await store.write(GRAPH);
  });
  afterAll(async () => {
    await store.close();
  });

  it('ranks the specialist institute of the exact field above the broader field, and explains both', async () => {
    const result = await ask(store, { enterpriseId: 'e-x', kinds: ['University', 'Specialist'] });
    const ids = result.recommendations.map((item) => item.id);
    expect(ids.indexOf('u-coke')).toBeLessThan(ids.indexOf('u-petro'));
    expect(ids[0]).toBe('u-coke');
    const coke = result.recommendations[0]!;
    expect(coke.contributions.domain).toBeGreaterThan(
      result.recommendations.find((r) => r.id === 'u-petro')!.contributions.domain,
    );
    expect(coke.contributions.similarHelped).toBeGreaterThan(0);
    expect(coke.evidence[0]).toMatchObject({ signal: 'domain', nodes: ['e-x', 'd-coke', 'u-coke'] });
    expect(result.fields.map((field) => field.id)).toEqual(['d-coke']);
  });

  it('leaves current partners out unless asked, and never recommends the enterprise itself', async () => {
    const without = await ask(store, { enterpriseId: 'e-x' });
    expect(without.recommendations.map((item) => item.id)).not.toContain('u-partner');
    const withPartners = await ask(store, { enterpriseId: 'e-x', includeExisting: true });
    expect(withPartners.recommendations.map((item) => item.id)).toContain('u-partner');
    expect(withPartners.recommendations.map((item) => item.id)).not.toContain('e-x');
  });

  it('answers a typed need without an enterprise, through the fields it names', async () => {
    const result = await ask(store, { need: '生物医药 中间体', kinds: ['University'] });
    expect(result.recommendations[0]?.id).toBe('u-pharma');
    expect(result.fields.map((field) => field.id)).toEqual(['d-pharma']);
  });

  it('finds a local specialist through shared connections', async () => {
    const result = await ask(store, { enterpriseId: 'e-x', kinds: ['Specialist'] });
    const local = result.recommendations.find((item) => item.id === 's-local');
    expect(local?.contributions.network).toBeGreaterThan(0);
    expect(local?.contributions.proximity).toBeGreaterThan(0);
  });

  it('gives as its first answers the first answers of a longer list, evidence and all', async () => {
    for (const need of [undefined, '针状焦 炭材料']) {
      const long = await ask(store, { enterpriseId: 'e-x', limit: 10, ...(need ? { need } : {}) });
      expect(long.recommendations.length).toBeGreaterThan(2);
      const short = await ask(store, { enterpriseId: 'e-x', limit: 2, ...(need ? { need } : {}) });
      expect(short.recommendations).toEqual(long.recommendations.slice(0, 2));
    }
  });

  it('gives the same answer twice', async () => {
    const first = await ask(store, { enterpriseId: 'e-x' });
    const second = await ask(store, { enterpriseId: 'e-x' });
    expect(second).toEqual(first);
  });

  it('refuses a question with neither enterprise nor need, and an unknown enterprise', async () => {
    await expect(ask(store, {})).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(ask(store, { enterpriseId: 'nobody' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(ask(store, { enterpriseId: 'u-coke' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });

  it('lists the district’s needs with no strong local candidate and whom to invite', async () => {
    const gaps = await needGaps(store, 'r-kenli', 10);
    const pharma = gaps.find((gap) => gap.need.id === 'n-pharma');
    expect(pharma?.invite[0]?.id).toBe('u-pharma');
    expect(pharma?.enterprise?.id).toBe('e-pharma');
  });
});
