/**
 * Shapes the need register for GraphQL: a register row as a NeedRecord (its fields read from the need's
 * props, the statuses it may move to from the lifecycle), a 对接 row as an Engagement.
 */
import { NEED_LIFECYCLE, needStatusOf, type GraphNode } from '#model';
import type { EngagementParty, EngagementRow, NeedRow } from '../store/index.ts';
import { entityView } from './to-graphql.ts';

const text = (node: GraphNode, key: string): string | null => {
  const value = node.props[key];
  return typeof value === 'string' && value !== '' ? value : null;
};

export function needView(row: NeedRow) {
  const { need } = row;
  const status = needStatusOf(need.props);
  const amount = need.props.supportAmount;
  return {
    id: need.id,
    entity: entityView(need),
    name: need.name,
    description: need.description ?? null,
    needType: text(need, 'needType'),
    status,
    nextStatuses: [...NEED_LIFECYCLE[status].next],
    open: NEED_LIFECYCLE[status].open,
    follower: text(need, 'follower'),
    raisedOn: text(need, 'raisedOn'),
    updatedOn: text(need, 'updatedOn'),
    solvedOn: text(need, 'solvedOn'),
    supportAmount: typeof amount === 'number' ? amount : null,
    supportPolicy: text(need, 'supportPolicy'),
    enterprise: row.enterprise ? { ...row.enterprise, kind: 'Enterprise' } : null,
    domains: row.domains.map((domain) => ({ ...domain, kind: 'Domain' })),
    engagementCount: row.engagementCount,
    lastEngagedOn: row.lastEngagedOn,
  };
}

export type NeedView = ReturnType<typeof needView>;

const ref = (party: EngagementParty | null) => party && { id: party.id, name: party.name, kind: party.kind };

export function engagementView(row: EngagementRow) {
  const { engagement } = row;
  return {
    id: engagement.id,
    entity: entityView(engagement),
    name: engagement.name,
    date: text(engagement, 'date'),
    activityType: text(engagement, 'activityType'),
    outcome: text(engagement, 'outcome'),
    nextStep: text(engagement, 'nextStep'),
    basis: text(engagement, 'basis'),
    need: ref(row.need),
    enterprise: ref(row.enterprise),
    partners: row.partners.map((party) => ref(party)!),
    activity: ref(row.activity),
  };
}
