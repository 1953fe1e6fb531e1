/**
 * The register's tables as a bureau files them, with Chinese headers: the need register (企业需求汇总表,
 * which the import reads back as needs), the 招商 list (one row per need and institution or person to
 * invite) and the 对接 records. Built from the register's own rows (register/list-needs.ts,
 * register/invitation-list.ts); amounts in yuan, dates YYYY-MM-DD.
 */
import { NODE_KIND_SPECS, isNodeKind, needStatusOf, registerToday } from '#model';
import type { InvitationGroup } from '../register/invitation-list.ts';
import type { EngagementRow, NeedRow } from '../store/index.ts';
import type { Cell, Table } from './table-file.ts';

const prop = (row: { readonly props: Readonly<Record<string, string | number>> }, key: string): Cell =>
  row.props[key] ?? null;

/** Where the table is of, for the title: `垦利区` or nothing. */
const of = (place: string | null) => (place ? `（${place}）` : '');

export function registerTable(rows: readonly NeedRow[], place: string | null, now: Date = new Date()): Table {
  return {
    title: `企业需求汇总表${of(place)} ${registerToday(now)}`,
    sheet: '企业需求汇总表',
    columns: [
      { header: '序号', type: 'number' },
      { header: '企业名称' },
      { header: '需求名称' },
      { header: '需求类型' },
      { header: '所属领域' },
      { header: '需求说明' },
      { header: '状态' },
      { header: '跟进人' },
      { header: '提出日期' },
      { header: '状态日期' },
      { header: '解决日期' },
      { header: '资金配套（元）', type: 'number' },
      { header: '配套政策' },
      { header: '对接次数', type: 'number' },
      { header: '最近对接' },
    ],
    rows: rows.map((row, index) => [
      index + 1,
      row.enterprise?.name ?? null,
      row.need.name,
      prop(row.need, 'needType'),
      row.domains.map((domain) => domain.name).join('、') || null,
      row.need.description ?? null,
      needStatusOf(row.need.props),
      prop(row.need, 'follower'),
      prop(row.need, 'raisedOn'),
      prop(row.need, 'updatedOn'),
      prop(row.need, 'solvedOn'),
      prop(row.need, 'supportAmount'),
      prop(row.need, 'supportPolicy'),
      row.engagementCount,
      row.lastEngagedOn,
    ]),
  };
}

const kindName = (kind: string) => (isNodeKind(kind) ? NODE_KIND_SPECS[kind].zh : kind);
const percent = (score: number) => Math.round(score * 100);

/** Ids on the groups' evidence paths, for the caller to name (`names` of invitationTable). */
export function evidenceIds(groups: readonly InvitationGroup[]): string[] {
  return [
    ...new Set(
      groups.flatMap((group) =>
        group.invitations.flatMap(({ gap }) =>
          gap.invite.flatMap((candidate) => candidate.evidence[0]?.nodes ?? []),
        ),
      ),
    ),
  ];
}

export function invitationTable(
  groups: readonly InvitationGroup[],
  place: string,
  names: ReadonlyMap<string, string>,
  now: Date = new Date(),
): Table {
  const spelled = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join(' → ');
  const rows: Cell[][] = [];
  for (const group of groups)
    for (const { row, gap } of group.invitations) {
      const base: Cell[] = [
        group.domain?.name ?? '未标注领域',
        row.enterprise?.name ?? null,
        row.need.name,
        needStatusOf(row.need.props),
        gap.bestLocal ? `${gap.bestLocal.node.name}（${percent(gap.bestLocal.score)}%）` : '无',
      ];
      if (gap.invite.length === 0) rows.push([...base, null, null, null, null]);
      for (const candidate of gap.invite)
        rows.push([
          ...base,
          candidate.node.name,
          kindName(candidate.node.kind),
          percent(candidate.score),
          candidate.evidence[0] ? spelled(candidate.evidence[0].nodes) : null,
        ]);
    }
  return {
    title: `科技招商清单（${place}） ${registerToday(now)}`,
    sheet: '科技招商清单',
    columns: [
      { header: '领域' },
      { header: '企业名称' },
      { header: '需求名称' },
      { header: '状态' },
      { header: '区内最佳候选' },
      { header: '建议邀请' },
      { header: '类型' },
      { header: '匹配度（%）', type: 'number' },
      { header: '依据' },
    ],
    rows,
  };
}

export function engagementTable(
  rows: readonly EngagementRow[],
  place: string | null,
  now: Date = new Date(),
): Table {
  return {
    title: `对接记录${of(place)} ${registerToday(now)}`,
    sheet: '对接记录',
    columns: [
      { header: '对接日期' },
      { header: '企业名称' },
      { header: '需求名称' },
      { header: '对接对象' },
      { header: '对接方式' },
      { header: '对接成果' },
      { header: '下一步' },
      { header: '所属活动' },
      { header: '推荐依据' },
    ],
    rows: rows.map((row) => [
      prop(row.engagement, 'date'),
      row.enterprise?.name ?? null,
      row.need?.name ?? null,
      row.partners.map((partner) => partner.name).join('、') || null,
      prop(row.engagement, 'activityType'),
      prop(row.engagement, 'outcome'),
      prop(row.engagement, 'nextStep'),
      row.activity?.name ?? null,
      prop(row.engagement, 'basis'),
    ]),
  };
}
