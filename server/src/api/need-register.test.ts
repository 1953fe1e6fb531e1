/**
 * The 1+N need register over real HTTP, on every backend under test: an editor records a need for 合益化工,
 * asks who could help, records a 对接 with the institute recommended, moves the need along its lifecycle
 * (a move it does not allow refused, naming the allowed ones) to 已解决 with 资金配套; the dashboard's
 * figures equal counts made here from the store's records; undoing the last move restores it; the 招商 list
 * holds the open need; a bureau's 企业需求汇总表 becomes register rows; a visitor reads and changes nothing.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEED_LIFECYCLE, needStatusOf, type GraphNode } from '#model';
import { startSeededApp, type SeededApp } from '../../test-support/start-seeded-app.ts';
import { testBackends } from '../../test-support/test-backends.ts';

const KEYS = ['王敏:wangmin-key-1'];
const NEED = 'need:硼烷衍生物工艺放大';
const SIOC = 'university:中国科学院上海有机化学研究所';

interface Answer<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const NEED_FIELDS = `id name status nextStatuses open needType follower raisedOn updatedOn solvedOn supportAmount
  supportPolicy enterprise { id name } domains { id name } engagementCount lastEngagedOn`;

/** The dashboard's figures counted from the store's records, not by its queries. */
async function countedFromRecords(app: SeededApp) {
  const ids = (await app.store.listNames()).filter((entry) => entry.kind === 'Need').map((entry) => entry.id);
  const needs: GraphNode[] = await app.store.getNodes(ids);
  const byStatus: Record<string, number> = {};
  for (const need of needs)
    byStatus[needStatusOf(need.props)] = (byStatus[needStatusOf(need.props)] ?? 0) + 1;
  const raised: Record<string, number> = {};
  for (const need of needs) {
    const month = String(need.props.raisedOn ?? '').slice(0, 7);
    if (month) raised[month] = (raised[month] ?? 0) + 1;
  }
  const engagementIds = (await app.store.listNames()).filter((e) => e.kind === 'Engagement').map((e) => e.id);
  const byActivity: Record<string, number> = {};
  for (const engagement of await app.store.getNodes(engagementIds)) {
    const type = String(engagement.props.activityType);
    byActivity[type] = (byActivity[type] ?? 0) + 1;
  }
  const open = needs.filter((need) => NEED_LIFECYCLE[needStatusOf(need.props)].open).length;
  return { total: needs.length, open, byStatus, raised, byActivity };
}

describe.each(testBackends())('the need register on $name', (backend) => {
  let app: SeededApp;
  let cookie = '';

  async function gql<T>(
    query: string,
    variables: Record<string, unknown> = {},
    asEditor = true,
  ): Promise<Answer<T>> {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(asEditor ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer<T>;
  }
  const dashboard = async () =>
    (
      await gql<{
        needDashboard: {
          total: number;
          open: number;
          solved: number;
          byStatus: Array<{ key: string; count: number }>;
          perMonth: Array<{ period: string; raised: number; solved: number }>;
          engagementsByType: Array<{ key: string; count: number }>;
          engagementCount: number;
          solveTime: { count: number; averageDays: number | null };
        };
      }>(`{ needDashboard(regionId: "region:垦利区") { total open solved byStatus { key count }
            perMonth { period raised solved } engagementsByType { key count } engagementCount
            solveTime { count averageDays } } }`)
    ).data!.needDashboard;
  const move = (status: string, extra: Record<string, string> = {}) =>
    gql<{
      changeNeedStatus: {
        need: { status: string; solvedOn: string | null; supportAmount: number | null };
        changeSet: { id: string };
      };
    }>(
      `mutation ($id: ID!, $status: String!, $on: String, $amount: String, $policy: String) {
         changeNeedStatus(id: $id, status: $status, on: $on, supportAmount: $amount, supportPolicy: $policy) {
           need { status solvedOn supportAmount } changeSet { id } } }`,
      { id: NEED, status, ...extra },
    );

  beforeAll(async () => {
    app = await startSeededApp(backend, { editorKeys: KEYS });
    const signed = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { signIn(key: "wangmin-key-1") { name } }' }),
    });
    cookie = signed.headers.get('set-cookie')!.split(';')[0]!;
  });
  afterAll(async () => {
    await app.stop();
  });

  it('starts from the seed with no need at all, as the article names none', async () => {
    const answer = await gql<{ needs: { total: number } }>('{ needs { total } }');
    expect(answer.data?.needs.total).toBe(0);
    expect((await dashboard()).total).toBe(0);
  });

  it('records a need for 合益化工 as 待对接, raised today, with its domains', async () => {
    const answer = await gql<{
      recordNeed: { need: Record<string, unknown>; changeSet: { kind: string; editor: string } };
    }>(
      `mutation { recordNeed(input: { enterpriseId: "enterprise:合益化工", name: "硼烷衍生物 工艺放大",
         needType: "技术", domainIds: ["domain:硼烷", "domain:医药中间体"], follower: "王敏",
         raisedOn: "2024-03-05", description: "硼烷衍生物的中试与工艺放大" }) {
         need { ${NEED_FIELDS} } changeSet { kind editor } } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.recordNeed.changeSet).toEqual({ kind: 'edit', editor: '王敏' });
    expect(answer.data?.recordNeed.need).toMatchObject({
      id: NEED,
      status: '待对接',
      nextStatuses: ['对接中', '已关闭'],
      open: true,
      needType: '技术',
      raisedOn: '2024-03-05',
      enterprise: { id: 'enterprise:合益化工', name: '合益化工' },
      engagementCount: 0,
    });
    const register = await gql<{ needs: { total: number; items: Array<{ id: string }> } }>(
      '{ needs(text: "hyhg", filter: { statuses: ["待对接"], regionId: "region:垦利区" }) { total items { id } } }',
    );
    expect(register.data?.needs).toEqual({ total: 1, items: [{ id: NEED }] });
  });

  it('lists the open need among the region’s 招商 needs, with whom to invite', async () => {
    const answer = await gql<{
      invitations: Array<{
        domain: { name: string } | null;
        invitations: Array<{ need: { id: string }; invite: unknown[] }>;
      }>;
    }>(
      '{ invitations(regionId: "region:垦利区") { domain { name } invitations { need { id } invite { entity { id } score } } } }',
    );
    expect(answer.errors).toBeUndefined();
    const listed = answer.data!.invitations.flatMap((group) => group.invitations.map((each) => each.need.id));
    expect(listed).toContain(NEED);
  });

  it('records a 对接 with the institute recommended for the need, with the evidence as its basis', async () => {
    const help = await gql<{
      recommendPartners: { items: Array<{ entity: { id: string }; evidence: Array<{ text: string }> }> };
    }>(
      `{ recommendPartners(enterpriseId: "enterprise:合益化工", need: "硼烷衍生物 工艺放大", includeExisting: true) {
         items { entity { id } evidence { text } } } }`,
    );
    const sioc = help.data?.recommendPartners.items.find((item) => item.entity.id === SIOC);
    expect(sioc).toBeTruthy();
    const recorded = await gql<{ recordEngagement: { engagement: Record<string, unknown> } }>(
      `mutation ($basis: String) { recordEngagement(input: { needId: "${NEED}", partnerId: "${SIOC}",
         date: "2024-04-10", activityType: "座谈", outcome: "达成中试意向", nextStep: "签订技术协议", basis: $basis }) {
         engagement { name date activityType basis need { id } enterprise { id } partners { id name } } } }`,
      { basis: sioc!.evidence[0]?.text ?? '' },
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordEngagement.engagement).toMatchObject({
      date: '2024-04-10',
      activityType: '座谈',
      need: { id: NEED },
      enterprise: { id: 'enterprise:合益化工' },
      partners: [{ id: SIOC, name: '中国科学院上海有机化学研究所' }],
    });
    expect(String(recorded.data?.recordEngagement.engagement.basis)).toContain('→');
    // On the candidate's side too.
    const theirs = await gql<{ engagements: { total: number } }>(
      `{ engagements(partyId: "${SIOC}") { total } }`,
    );
    expect(theirs.data?.engagements.total).toBe(1);
  });

  it('groups 对接 of several pairs under an activity, and keeps two of one pair on different days apart', async () => {
    const activity = await gql<{ createEntity: { entity: { id: string } } }>(
      `mutation { createEntity(input: { kind: Activity, name: "2024 垦利区产学研对接会",
         properties: [{ key: "date", value: "2024-05-18" }, { key: "activityType", value: "对接会" }] }) { entity { id } } }`,
    );
    const activityId = activity.data!.createEntity.entity.id;
    for (const [partner, date] of [
      [SIOC, '2024-05-18'],
      ['university:大连光明研究院', '2024-05-18'],
    ] as const) {
      const answer = await gql(
        `mutation ($p: ID!, $d: String, $a: ID) { recordEngagement(input: { enterpriseId: "enterprise:合益化工",
           partnerId: $p, date: $d, activityType: "对接会", activityId: $a }) { engagement { id activity { id } } } }`,
        { p: partner, d: date, a: activityId },
      );
      expect(answer.errors).toBeUndefined();
    }
    const grouped = await gql<{
      engagements: { total: number; items: Array<{ partners: Array<{ name: string }> }> };
    }>(`{ engagements(activityId: "${activityId}") { total items { partners { name } } } }`);
    expect(grouped.data?.engagements.total).toBe(2);
    // The need's 对接 and the activity's with the same institute are two records.
    const withSioc = await gql<{ engagements: { total: number } }>(
      `{ engagements(partyId: "${SIOC}") { total } }`,
    );
    expect(withSioc.data?.engagements.total).toBe(2);
    const refused = await gql(
      `mutation { recordEngagement(input: { enterpriseId: "enterprise:合益化工", partnerId: "enterprise:合益化工", activityType: "座谈" }) { engagement { id } } }`,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
  });

  it('refuses a move the lifecycle does not allow, naming the statuses allowed next', async () => {
    const skipped = await move('已解决');
    expect(skipped.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect(skipped.errors?.[0]?.message).toContain('对接中、已关闭');
    const early = await move('对接中', { on: '2024-01-01' });
    expect(early.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    const unknown = await move('搁置');
    expect(unknown.errors?.[0]?.message).toContain('待对接、对接中、已解决、需继续对接、已关闭');
  });

  it('moves the need to 对接中 and then to 已解决 with 资金配套, the dashboard following', async () => {
    const before = await dashboard();
    expect(before).toMatchObject({ total: 1, open: 1, solved: 0 });
    expect((await move('对接中', { on: '2024-04-10' })).data?.changeNeedStatus.need.status).toBe('对接中');
    const solved = await move('已解决', {
      on: '2024-06-20',
      amount: '50万元',
      policy: '关于加快区域科技创新体系建设的意见',
    });
    expect(solved.errors).toBeUndefined();
    expect(solved.data?.changeNeedStatus.need).toEqual({
      status: '已解决',
      solvedOn: '2024-06-20',
      supportAmount: 500000,
    });
    const after = await dashboard();
    expect(after).toMatchObject({ total: 1, open: 0, solved: 1, engagementCount: 3 });
    expect(after.solveTime).toEqual({ count: 1, averageDays: 107 });
    expect(after.perMonth).toEqual([
      { period: '2024-03', raised: 1, solved: 0 },
      { period: '2024-06', raised: 0, solved: 1 },
    ]);
  });

  it('gives dashboard figures equal to counts made from the store’s records', async () => {
    const counted = await countedFromRecords(app);
    const figures = await dashboard();
    expect(figures.total).toBe(counted.total);
    expect(figures.open).toBe(counted.open);
    expect(
      Object.fromEntries(figures.byStatus.filter((t) => t.count > 0).map((t) => [t.key, t.count])),
    ).toEqual(counted.byStatus);
    expect(
      Object.fromEntries(figures.perMonth.filter((p) => p.raised > 0).map((p) => [p.period, p.raised])),
    ).toEqual(counted.raised);
    expect(
      Object.fromEntries(figures.engagementsByType.filter((t) => t.count > 0).map((t) => [t.key, t.count])),
    ).toEqual(counted.byActivity);
  });

  it('shows the status history and undoes the last move, restoring the need exactly', async () => {
    const history = await gql<{
      need: {
        statusHistory: Array<{
          from: string | null;
          to: string;
          on: string;
          editor: string;
          changeSetId: string;
        }>;
      };
    }>(`{ need(id: "${NEED}") { statusHistory { from to on editor changeSetId } } }`);
    const steps = history.data!.need.statusHistory;
    expect(steps.map((step) => `${step.from ?? ''}→${step.to}`)).toEqual([
      '对接中→已解决',
      '待对接→对接中',
      '→待对接',
    ]);
    expect(steps[0]).toMatchObject({ on: '2024-06-20', editor: '王敏' });
    const undone = await gql<{ undoChangeSet: { kind: string } }>(
      `mutation { undoChangeSet(id: "${steps[0]!.changeSetId}") { kind } }`,
    );
    expect(undone.data?.undoChangeSet.kind).toBe('undo');
    const need = await gql<{
      need: { status: string; solvedOn: string | null; supportAmount: number | null };
    }>(`{ need(id: "${NEED}") { status solvedOn supportAmount } }`);
    expect(need.data?.need).toEqual({ status: '对接中', solvedOn: null, supportAmount: null });
    expect((await dashboard()).solved).toBe(0);
  });

  it('lets a visitor read the register and change nothing', async () => {
    const read = await gql<{ needs: { total: number } }>('{ needs { total } }', {}, false);
    expect(read.data?.needs.total).toBe(1);
    for (const mutation of [
      `mutation { changeNeedStatus(id: "${NEED}", status: "已关闭") { need { status } } }`,
      'mutation { recordNeed(input: { enterpriseId: "enterprise:合益化工", name: "访客需求" }) { need { id } } }',
      `mutation { recordEngagement(input: { needId: "${NEED}", partnerId: "${SIOC}", activityType: "座谈" }) { engagement { id } } }`,
    ]) {
      const answer = await gql(mutation, {}, false);
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(
      (await gql<{ need: { status: string } }>(`{ need(id: "${NEED}") { status } }`, {}, false)).data?.need
        .status,
    ).toBe('对接中');
  });

  it('refuses to change a need’s status through the generic entity edit', async () => {
    const answer = await gql(
      `mutation { updateEntity(id: "${NEED}", input: { properties: [{ key: "status", value: "已解决" }] }) { entity { id } } }`,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect(answer.errors?.[0]?.message).toContain('changeNeedStatus');
  });

  it('turns a bureau’s 企业需求汇总表 into register rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['垦利区企业需求汇总表（2024年）']);
    sheet.mergeCells('A1:K1');
    sheet.addRow([
      '序号',
      '企业名称',
      '需求名称',
      '需求类型',
      '所属领域',
      '需求说明',
      '提出时间',
      '对接状态',
      '跟进人',
      '配套资金（万元）',
      '解决时间',
    ]);
    sheet.addRow([
      1,
      '东营汇东新能源有限公司',
      '针状焦研发人才',
      '人才需求',
      '针状焦',
      '引进研发骨干',
      new Date(Date.UTC(2024, 1, 20)),
      '已解决',
      '李青',
      30,
      '2024-05-31',
    ]);
    sheet.addRow([
      2,
      '山东新发药业有限公司',
      '医药中间体连续化生产',
      '技术',
      '医药中间体',
      '',
      '2024年7月1日',
      '待解决',
      '王敏',
      '',
      '',
    ]);
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const imported = await gql<{ importSpreadsheets: { written: boolean; problems: unknown[] } }>(
      `mutation ($files: [SpreadsheetUpload!]!) { importSpreadsheets(files: $files, dryRun: false) { written problems { message } } }`,
      { files: [{ name: '企业需求汇总表.xlsx', contentBase64: base64 }] },
    );
    expect(imported.data?.importSpreadsheets).toEqual({ written: true, problems: [] });
    const rows = await gql<{ needs: { items: Array<Record<string, unknown>> } }>(
      `{ needs(sort: enterprise, descending: false) { items { name status needType follower raisedOn solvedOn supportAmount description enterprise { name } domains { name } } } }`,
    );
    expect(rows.data?.needs.items).toEqual([
      expect.objectContaining({ name: '硼烷衍生物 工艺放大', enterprise: { name: '合益化工' } }),
      {
        name: '针状焦研发人才',
        status: '已解决',
        needType: '人才',
        follower: '李青',
        raisedOn: '2024-02-20',
        solvedOn: '2024-05-31',
        supportAmount: 300000,
        description: '引进研发骨干',
        enterprise: { name: '汇东新能源' },
        domains: [{ name: '针状焦' }],
      },
      {
        name: '医药中间体连续化生产',
        status: '待对接',
        needType: '技术',
        follower: '王敏',
        raisedOn: '2024-07-01',
        solvedOn: null,
        supportAmount: null,
        description: null,
        enterprise: { name: '新发药业' },
        domains: [{ name: '医药中间体' }],
      },
    ]);
  });
});
