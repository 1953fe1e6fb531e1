/**
 * The need register's reads (register-queries.ts), written once for both backends: each runs the
 * backend's Cypher file of the same name, with every parameter a value (filters not given
 * are '' or [''] with a flag, as kuzu cannot type an empty list or a null), and rows shaped into domain
 * records here. Records themselves are read by id with the store's own getNodes.
 */
import { INITIAL_NEED_STATUS, OPEN_NEED_STATUSES, type GraphNode } from '#model';
import type { Backend } from '../graph-store.ts';
import {
  SOLVE_TIME_BOUNDS,
  type EngagementFilter,
  type EngagementParty,
  type EngagementRow,
  type NeedFilter,
  type NeedMatch,
  type NeedRow,
  type RegisterFigureName,
  type RegisterFigureRow,
  type RegisterReads,
} from '../register-queries.ts';
import { readCypher } from './cypher-files.ts';

type Row = Readonly<Record<string, unknown>>;

export interface RegisterReadDeps {
  readonly backend: Backend;
  /** Runs one read-only statement. */
  readonly run: (text: string, params: Record<string, unknown>) => Promise<Row[]>;
  readonly getNodes: (ids: readonly string[]) => Promise<GraphNode[]>;
}

/** The parameters a statement names (kuzu refuses others). */
function used(text: string, params: Record<string, unknown>): Record<string, unknown> {
  const names = new Set([...text.matchAll(/\$(\w+)/gu)].map((match) => match[1]));
  return Object.fromEntries(Object.entries(params).filter(([key]) => names.has(key)));
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const count = (value: unknown): number => (typeof value === 'bigint' ? Number(value) : Number(value ?? 0));

/** A list filter as parameters: the list (never empty) and whether it applies at all. */
function listFilter(values: readonly string[] | undefined): { every: boolean; list: string[] } {
  if (values === undefined) return { every: true, list: [''] };
  // An empty list given matches nothing: no id is ''.
  return { every: false, list: values.length > 0 ? [...values] : [''] };
}

function needParams(filter: NeedFilter): Record<string, unknown> {
  const statuses = listFilter(filter.statuses);
  const needTypes = listFilter(filter.needTypes);
  const matching = listFilter(filter.matching);
  return {
    everyStatus: statuses.every,
    statuses: statuses.list,
    initial: INITIAL_NEED_STATUS,
    everyType: needTypes.every,
    needTypes: needTypes.list,
    enterprise: filter.enterpriseId ?? '',
    follower: filter.follower ?? '',
    everyId: matching.every,
    matching: matching.list,
    region: filter.regionId ?? '',
    domain: filter.domainId ?? '',
  };
}

function party(row: Row): EngagementParty {
  return { id: String(row.id), name: String(row.name ?? ''), kind: String(row.kind ?? '') };
}

/** Figures' rows as declared, database integers as numbers. */
function figureRows(name: RegisterFigureName, rows: readonly Row[]): unknown[] {
  switch (name) {
    case 'needs-by-status':
    case 'needs-by-type':
    case 'engagements-by-type':
      return rows.map((row) => ({ key: text(row.key), count: count(row.count) }));
    case 'needs-by-domain':
    case 'needs-by-enterprise':
      return rows.map((row) => ({
        id: text(row.id),
        name: text(row.name),
        count: count(row.count),
        open: count(row.open),
      }));
    case 'needs-by-month':
    case 'needs-by-year':
      return rows.map((row) => ({
        period: String(row.period),
        series: row.series === 'solved' ? 'solved' : 'raised',
        count: count(row.count),
      }));
    case 'solve-times':
      return rows.map((row) => ({
        bucket: count(row.bucket),
        count: count(row.count),
        totalDays: count(row.totalDays),
        minDays: count(row.minDays),
        maxDays: count(row.maxDays),
      }));
  }
}

/** One row of need-matches.cypher as a match. */
function needMatchOf(id: string, row: Row): NeedMatch {
  return {
    id,
    name: String(row.name ?? ''),
    enterpriseId: text(row.enterpriseId),
    enterpriseName: text(row.enterpriseName),
    status: text(row.status),
    needType: text(row.needType),
    follower: text(row.follower),
    raisedOn: text(row.raisedOn),
    updatedOn: text(row.updatedOn),
    solvedOn: text(row.solvedOn),
  };
}

/** Rows of need-domains.cypher, grouped by need. */
function domainsByNeed(rows: readonly Row[]): Map<string, Array<{ id: string; name: string }>> {
  const domains = new Map<string, Array<{ id: string; name: string }>>();
  for (const row of rows) {
    const list = domains.get(String(row.need)) ?? [];
    list.push({ id: String(row.id), name: String(row.name ?? '') });
    domains.set(String(row.need), list);
  }
  return domains;
}

export function registerReads(deps: RegisterReadDeps): RegisterReads {
  const { getNodes } = deps;
  const read = (name: string, params: Record<string, unknown>) => {
    const statement = readCypher(deps.backend, name);
    return deps.run(statement, used(statement, params));
  };
  return {
    async matchNeeds(filter) {
      const seen = new Set<string>();
      const matches: NeedMatch[] = [];
      for (const row of await read('need-matches', needParams(filter))) {
        const id = String(row.id);
        // A need two enterprises both claim (HAS_NEED) is listed once, with the first.
        if (seen.has(id)) continue;
        seen.add(id);
        matches.push(needMatchOf(id, row));
      }
      return matches;
    },

    async needRows(ids) {
      if (ids.length === 0) return [];
      const params = { ids: [...new Set(ids)] };
      const [nodes, domainRows, countRows, enterpriseRows] = await Promise.all([
        getNodes(params.ids),
        read('need-domains', params),
        read('need-engagement-counts', params),
        read('need-matches', { ...needParams({ matching: params.ids }) }),
      ]);
      const byId = new Map(nodes.filter((node) => node.kind === 'Need').map((node) => [node.id, node]));
      const domains = domainsByNeed(domainRows);
      const counts = new Map(countRows.map((row) => [String(row.need), row]));
      const enterprises = new Map<string, { id: string; name: string }>();
      for (const row of enterpriseRows) {
        const id = text(row.enterpriseId);
        if (id && !enterprises.has(String(row.id)))
          enterprises.set(String(row.id), { id, name: String(row.enterpriseName ?? '') });
      }
      return ids.flatMap((id) => {
        const need = byId.get(id);
        if (!need) return [];
        const tally = counts.get(id);
        return [
          {
            need,
            enterprise: enterprises.get(id) ?? null,
            domains: domains.get(id) ?? [],
            engagementCount: tally ? count(tally.count) : 0,
            lastEngagedOn: tally ? text(tally.last) : null,
          } satisfies NeedRow,
        ];
      });
    },

    async matchEngagements(filter: EngagementFilter) {
      const rows = await read('engagement-matches', {
        since: filter.since ?? '',
        until: filter.until ?? '',
        activityType: filter.activityType ?? '',
        party: filter.partyId ?? '',
        activity: filter.activityId ?? '',
        region: filter.regionId ?? '',
      });
      return rows.map((row) => String(row.id));
    },

    async engagementRows(ids) {
      if (ids.length === 0) return [];
      const distinct = [...new Set(ids)];
      const [nodes, partyRows] = await Promise.all([
        getNodes(distinct),
        read('engagement-parties', { ids: distinct }),
      ]);
      const byId = new Map(nodes.filter((node) => node.kind === 'Engagement').map((node) => [node.id, node]));
      const parties = new Map<string, Row[]>();
      for (const row of partyRows)
        parties.set(String(row.engagement), [...(parties.get(String(row.engagement)) ?? []), row]);
      return ids.flatMap((id) => {
        const engagement = byId.get(id);
        if (!engagement) return [];
        const own = parties.get(id) ?? [];
        const side = (rel: string, kind?: string) =>
          own.filter((row) => row.rel === rel && (kind === undefined || row.kind === kind)).map(party);
        return [
          {
            engagement,
            need: side('ENGAGEMENT_FOR', 'Need')[0] ?? null,
            enterprise: side('ENGAGEMENT_FOR', 'Enterprise')[0] ?? null,
            partners: side('ENGAGEMENT_WITH'),
            activity: side('IN_ACTIVITY')[0] ?? null,
          } satisfies EngagementRow,
        ];
      });
    },

    async registerFigure<N extends RegisterFigureName>(name: N, scope: { regionId?: string }) {
      const rows = await read(name, {
        region: scope.regionId ?? '',
        initial: INITIAL_NEED_STATUS,
        open: [...OPEN_NEED_STATUSES],
        bounds: [...SOLVE_TIME_BOUNDS],
      });
      return figureRows(name, rows) as Array<RegisterFigureRow<N>>;
    },
  };
}
