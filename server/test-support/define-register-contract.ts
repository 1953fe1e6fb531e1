/**
 * The need register's behaviour every GraphStore must have (register-queries.ts), run for each backend
 * beside the store contract: needs filtered by status, type, enterprise, follower, region, domain (with
 * subfields) and text hits; their rows with enterprise, domains and 对接; 对接 records by party, activity,
 * date and region; and every dashboard figure, each checked against counts made here from the records.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '#model';
import { SOLVE_TIME_BOUNDS, type GraphStore, type RegisterFigureName } from '../src/store/index.ts';
import { edge, node } from './define-store-contract.ts';

interface StoreFactory {
  create(): Promise<GraphStore>;
}

const need = (id: string, name: string, props: Record<string, string | number>) =>
  node('Need', id, name, { props });

/** A district with two enterprises, one outside; needs in every status; two 对接 of one pair. */
export const REGISTER_FIXTURE = {
  nodes: [
    node('Region', 'r-dongying', '东营市'),
    node('Region', 'r-kenli', '垦利区'),
    node('Enterprise', 'e-heyi', '合益化工'),
    node('Enterprise', 'e-huidong', '汇东新能源'),
    node('Enterprise', 'e-far', '远方企业'),
    node('University', 'u-sioc', '中国科学院上海有机化学研究所'),
    node('Specialist', 's-gong', '龚俊波'),
    node('Domain', 'd-pharma', '生物医药'),
    node('Domain', 'd-mid', '医药中间体'),
    node('Domain', 'd-coke', '针状焦'),
    need('n-borane', '硼烷衍生物 工艺放大', {
      needType: '技术',
      status: '已解决',
      follower: '王敏',
      raisedOn: '2024-01-10',
      updatedOn: '2024-03-20',
      solvedOn: '2024-03-20',
      supportAmount: 500000,
    }),
    need('n-talent', '医药中间体研发人才', {
      needType: '人才',
      status: '对接中',
      follower: '李青',
      raisedOn: '2024-02-05',
    }),
    need('n-coke', '针状焦 质量提升', {
      needType: '技术',
      status: '已解决',
      raisedOn: '2023-11-01',
      solvedOn: '2024-06-30',
    }),
    // Imported without a status: waiting for its first 对接.
    need('n-open', '融资需求', { needType: '资金', raisedOn: '2024-02-20' }),
    need('n-far', '远方的需求', { status: '已关闭', raisedOn: '2024-05-01' }),
    node('Engagement', 'g-1', '合益化工 · 上海有机所 · 2024-02-01', {
      props: { date: '2024-02-01', activityType: '座谈', outcome: '初步意向' },
    }),
    node('Engagement', 'g-2', '合益化工 · 上海有机所 · 2024-03-01', {
      props: { date: '2024-03-01', activityType: '签约' },
    }),
    node('Engagement', 'g-3', '汇东新能源 · 龚俊波 · 2024-04-02', {
      props: { date: '2024-04-02', activityType: '专家来访' },
    }),
    node('Activity', 'a-fair', '2024 产学研对接会', {
      props: { date: '2024-03-01', activityType: '对接会' },
    }),
  ],
  edges: [
    edge('LOCATED_IN', 'r-kenli', 'r-dongying'),
    edge('LOCATED_IN', 'e-heyi', 'r-kenli'),
    edge('LOCATED_IN', 'e-huidong', 'r-kenli'),
    edge('SUBFIELD_OF', 'd-mid', 'd-pharma'),
    edge('HAS_NEED', 'e-heyi', 'n-borane'),
    edge('HAS_NEED', 'e-heyi', 'n-talent'),
    edge('HAS_NEED', 'e-huidong', 'n-coke'),
    edge('HAS_NEED', 'e-huidong', 'n-open'),
    edge('HAS_NEED', 'e-far', 'n-far'),
    edge('IN_DOMAIN', 'n-borane', 'd-mid'),
    edge('IN_DOMAIN', 'n-talent', 'd-mid'),
    edge('IN_DOMAIN', 'n-talent', 'd-pharma'),
    edge('IN_DOMAIN', 'n-coke', 'd-coke'),
    edge('ENGAGEMENT_FOR', 'g-1', 'n-borane'),
    edge('ENGAGEMENT_FOR', 'g-1', 'e-heyi'),
    edge('ENGAGEMENT_WITH', 'g-1', 'u-sioc'),
    edge('ENGAGEMENT_FOR', 'g-2', 'n-borane'),
    edge('ENGAGEMENT_FOR', 'g-2', 'e-heyi'),
    edge('ENGAGEMENT_WITH', 'g-2', 'u-sioc'),
    edge('IN_ACTIVITY', 'g-2', 'a-fair'),
    edge('ENGAGEMENT_FOR', 'g-3', 'e-huidong'),
    edge('ENGAGEMENT_WITH', 'g-3', 's-gong'),
  ],
} satisfies { nodes: GraphNode[]; edges: GraphEdge[] };

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id).sort();
const byKey = <T extends { count: number }>(rows: readonly T[], key: (row: T) => string | null) =>
  Object.fromEntries(rows.map((row) => [key(row) ?? '∅', row.count]));

/** What each figure must say, counted here from the fixture's records rather than by the store. */
function expectedFigures(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  inRegion: Set<string> | null,
) {
  const owner = new Map(edges.filter((e) => e.kind === 'HAS_NEED').map((e) => [e.to, e.from]));
  const needs = nodes.filter(
    (n) => n.kind === 'Need' && (inRegion === null || inRegion.has(owner.get(n.id) ?? '')),
  );
  const tally = (values: Array<string | null>) => {
    const out: Record<string, number> = {};
    for (const value of values) out[value ?? '∅'] = (out[value ?? '∅'] ?? 0) + 1;
    return out;
  };
  const prop = (n: GraphNode, key: string) =>
    typeof n.props[key] === 'string' ? String(n.props[key]) : null;
  const days = needs
    .filter((n) => prop(n, 'raisedOn') && prop(n, 'solvedOn'))
    .map((n) => (Date.parse(prop(n, 'solvedOn')!) - Date.parse(prop(n, 'raisedOn')!)) / 86_400_000);
  const engagements = nodes.filter(
    (g) =>
      g.kind === 'Engagement' &&
      (inRegion === null ||
        edges.some((e) => e.kind === 'ENGAGEMENT_FOR' && e.from === g.id && inRegion.has(e.to))),
  );
  return {
    byStatus: tally(needs.map((n) => prop(n, 'status') ?? '待对接')),
    byType: tally(needs.map((n) => prop(n, 'needType'))),
    byEnterprise: tally(needs.map((n) => owner.get(n.id) ?? null)),
    raisedByMonth: tally(
      needs.flatMap((n) => (prop(n, 'raisedOn') ? [prop(n, 'raisedOn')!.slice(0, 7)] : [])),
    ),
    solvedByYear: tally(
      needs.flatMap((n) => (prop(n, 'solvedOn') ? [prop(n, 'solvedOn')!.slice(0, 4)] : [])),
    ),
    engagementsByType: tally(engagements.map((g) => prop(g, 'activityType'))),
    days,
  };
}

export function defineRegisterContract(backend: string, factory: StoreFactory): void {
  describe(`need register: ${backend}`, () => {
    let store: GraphStore;

    beforeEach(async () => {
      store = await factory.create();
      await store.write(REGISTER_FIXTURE, { editor: 'seed', kind: 'seed' });
      return async () => {
        await store.close();
      };
    });

    it('filters needs by status (none recorded counting as 待对接), type, enterprise and follower', async () => {
      expect(ids(await store.matchNeeds({}))).toEqual(['n-borane', 'n-coke', 'n-far', 'n-open', 'n-talent']);
      expect(ids(await store.matchNeeds({ statuses: ['已解决'] }))).toEqual(['n-borane', 'n-coke']);
      expect(ids(await store.matchNeeds({ statuses: ['待对接', '对接中'] }))).toEqual(['n-open', 'n-talent']);
      expect(ids(await store.matchNeeds({ statuses: [] }))).toEqual([]);
      expect(ids(await store.matchNeeds({ needTypes: ['技术'] }))).toEqual(['n-borane', 'n-coke']);
      expect(ids(await store.matchNeeds({ enterpriseId: 'e-heyi' }))).toEqual(['n-borane', 'n-talent']);
      expect(ids(await store.matchNeeds({ follower: '李青' }))).toEqual(['n-talent']);
      const [borane] = (await store.matchNeeds({ follower: '王敏' })) ?? [];
      expect(borane).toEqual({
        id: 'n-borane',
        name: '硼烷衍生物 工艺放大',
        enterpriseId: 'e-heyi',
        enterpriseName: '合益化工',
        status: '已解决',
        needType: '技术',
        follower: '王敏',
        raisedOn: '2024-01-10',
        updatedOn: '2024-03-20',
        solvedOn: '2024-03-20',
      });
    });

    it('filters needs by region (and the regions inside it), domain with its subfields, and text hits', async () => {
      const inKenli = ['n-borane', 'n-coke', 'n-open', 'n-talent'];
      expect(ids(await store.matchNeeds({ regionId: 'r-kenli' }))).toEqual(inKenli);
      expect(ids(await store.matchNeeds({ regionId: 'r-dongying' }))).toEqual(inKenli);
      expect(ids(await store.matchNeeds({ domainId: 'd-mid' }))).toEqual(['n-borane', 'n-talent']);
      expect(ids(await store.matchNeeds({ domainId: 'd-pharma' }))).toEqual(['n-borane', 'n-talent']);
      expect(ids(await store.matchNeeds({ domainId: 'd-coke' }))).toEqual(['n-coke']);
      // A hit on an enterprise brings its needs.
      expect(ids(await store.matchNeeds({ matching: ['n-coke', 'e-heyi'] }))).toEqual([
        'n-borane',
        'n-coke',
        'n-talent',
      ]);
      expect(ids(await store.matchNeeds({ matching: [] }))).toEqual([]);
      expect(
        ids(await store.matchNeeds({ regionId: 'r-kenli', statuses: ['已解决'], needTypes: ['技术'] })),
      ).toEqual(['n-borane', 'n-coke']);
    });

    it('gives a need’s row with its enterprise, domains and 对接, in the order asked', async () => {
      const rows = await store.needRows(['n-talent', 'n-borane', 'nobody', 'e-heyi']);
      expect(rows.map((row) => row.need.id)).toEqual(['n-talent', 'n-borane']);
      const [talent, borane] = rows;
      expect(talent?.enterprise).toEqual({ id: 'e-heyi', name: '合益化工' });
      expect(ids(talent?.domains ?? [])).toEqual(['d-mid', 'd-pharma']);
      expect(talent?.engagementCount).toBe(0);
      expect(talent?.lastEngagedOn).toBeNull();
      expect(borane?.engagementCount).toBe(2);
      expect(borane?.lastEngagedOn).toBe('2024-03-01');
      expect(borane?.need).toEqual(REGISTER_FIXTURE.nodes.find((n) => n.id === 'n-borane'));
    });

    it('lists 对接 records newest first, by party, activity, type, dates and region, with both sides', async () => {
      expect(await store.matchEngagements({})).toEqual(['g-3', 'g-2', 'g-1']);
      expect(await store.matchEngagements({ partyId: 'u-sioc' })).toEqual(['g-2', 'g-1']);
      expect(await store.matchEngagements({ partyId: 'n-borane' })).toEqual(['g-2', 'g-1']);
      expect(await store.matchEngagements({ partyId: 'e-huidong' })).toEqual(['g-3']);
      expect(await store.matchEngagements({ activityId: 'a-fair' })).toEqual(['g-2']);
      expect(await store.matchEngagements({ activityType: '座谈' })).toEqual(['g-1']);
      expect(await store.matchEngagements({ since: '2024-02-15', until: '2024-03-31' })).toEqual(['g-2']);
      expect(await store.matchEngagements({ regionId: 'r-dongying' })).toEqual(['g-3', 'g-2', 'g-1']);
      const [second] = await store.engagementRows(['g-2']);
      expect(second).toMatchObject({
        need: { id: 'n-borane', name: '硼烷衍生物 工艺放大', kind: 'Need' },
        enterprise: { id: 'e-heyi', name: '合益化工', kind: 'Enterprise' },
        partners: [{ id: 'u-sioc', name: '中国科学院上海有机化学研究所', kind: 'University' }],
        activity: { id: 'a-fair', name: '2024 产学研对接会', kind: 'Activity' },
      });
      expect(second?.engagement.props).toEqual({ date: '2024-03-01', activityType: '签约' });
      const [expert] = await store.engagementRows(['g-3']);
      expect(expert?.need).toBeNull();
      expect(expert?.partners.map((p) => p.kind)).toEqual(['Specialist']);
    });

    it.each([
      ['everywhere', undefined],
      ['in 垦利区', 'r-kenli'],
    ])('computes every dashboard figure as the records say, %s', async (_where, regionId) => {
      const scope = regionId ? { regionId } : {};
      const inRegion = regionId ? new Set(['e-heyi', 'e-huidong']) : null;
      const want = expectedFigures(REGISTER_FIXTURE.nodes, REGISTER_FIXTURE.edges, inRegion);
      const figure = <N extends RegisterFigureName>(name: N) => store.registerFigure(name, scope);
      expect(byKey(await figure('needs-by-status'), (row) => row.key)).toEqual(want.byStatus);
      expect(byKey(await figure('needs-by-type'), (row) => row.key)).toEqual(want.byType);
      expect(byKey(await figure('needs-by-enterprise'), (row) => row.id)).toEqual(want.byEnterprise);
      const months = (await figure('needs-by-month')).filter((row) => row.series === 'raised');
      expect(byKey(months, (row) => row.period)).toEqual(want.raisedByMonth);
      const years = (await figure('needs-by-year')).filter((row) => row.series === 'solved');
      expect(byKey(years, (row) => row.period)).toEqual(want.solvedByYear);
      expect(byKey(await figure('engagements-by-type'), (row) => row.key)).toEqual(want.engagementsByType);
      const times = await figure('solve-times');
      expect(times.reduce((sum, row) => sum + row.count, 0)).toBe(want.days.length);
      expect(times.reduce((sum, row) => sum + row.totalDays, 0)).toBe(want.days.reduce((a, b) => a + b, 0));
      for (const row of times) {
        const low = row.bucket === 0 ? 0 : (SOLVE_TIME_BOUNDS[row.bucket - 1] ?? 0) + 1;
        expect(row.minDays).toBeGreaterThanOrEqual(low);
        expect(row.maxDays).toBeLessThanOrEqual(SOLVE_TIME_BOUNDS[row.bucket] ?? Infinity);
      }
    });

    it('counts needs by domain, a need in two domains in both, with how many are open', async () => {
      const rows = await store.registerFigure('needs-by-domain', {});
      const byDomain = Object.fromEntries(rows.map((row) => [row.id ?? '∅', [row.count, row.open]]));
      expect(byDomain).toEqual({ 'd-mid': [2, 1], 'd-pharma': [1, 1], 'd-coke': [1, 0], '∅': [2, 1] });
      expect(rows.find((row) => row.id === 'd-mid')?.name).toBe('医药中间体');
      const enterprises = await store.registerFigure('needs-by-enterprise', { regionId: 'r-kenli' });
      expect(enterprises.find((row) => row.id === 'e-huidong')).toEqual({
        id: 'e-huidong',
        name: '汇东新能源',
        count: 2,
        open: 1,
      });
    });

    it('keeps the columns in step with the props through an edit and its undo', async () => {
      const borane = REGISTER_FIXTURE.nodes.find((n) => n.id === 'n-borane')!;
      const props: Record<string, string | number> = { ...borane.props, status: '需继续对接' };
      delete props.solvedOn;
      const reopened = { ...borane, props };
      const set = await store.write({ nodes: [reopened], edges: [] }, { editor: '王敏', kind: 'edit' });
      expect(ids(await store.matchNeeds({ statuses: ['需继续对接'] }))).toEqual(['n-borane']);
      expect((await store.matchNeeds({ follower: '王敏' }))[0]?.solvedOn).toBeNull();
      await store.undoChangeSet(set!.id, '王敏');
      expect(ids(await store.matchNeeds({ statuses: ['需继续对接'] }))).toEqual([]);
      expect((await store.matchNeeds({ follower: '王敏' }))[0]?.solvedOn).toBe('2024-03-20');
      const deleted = await store.write(
        { nodes: [], edges: [], deleteNodes: [{ id: 'n-talent', kind: 'Need' }] },
        { editor: '王敏', kind: 'delete' },
      );
      expect(deleted).not.toBeNull();
      expect(ids(await store.matchNeeds({ enterpriseId: 'e-heyi' }))).toEqual(['n-borane']);
    });
  });
}
