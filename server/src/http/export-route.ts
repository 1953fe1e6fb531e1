/**
 * GET /export/<table>.<xlsx|csv>: the register's tables as files a bureau opens in Excel — `needs` (the
 * register, with the register's own filters as query parameters), `invitations` (the 招商 list of
 * `region`), `engagements` (对接 records) and `opportunities` (the 对接 shortlist of `region`, `limit`
 * pairs). Reads are open, as GraphQL reads are. Every mistake in the address is a 4xx with a code (BAD_INPUT, NOT_FOUND) inside the server's error handling; files are
 * sent with a UTF-8 file name and never cached.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError, ENGAGEMENT_TYPES, NEED_STATUSES, NEED_TYPES, isAppError, type ErrorCode } from '#model';
import { engagementTable, evidenceIds, invitationTable, registerTable } from '../export/register-tables.ts';
import { FILE_FORMATS, MIME_TYPES, fileNameOf, type FileFormat, type Table } from '../export/table-file.ts';
import { writeCsv } from '../export/write-csv.ts';
import { writeXlsx } from '../export/write-xlsx.ts';
import { opportunityTable } from '../export/opportunity-table.ts';
import { regionOpportunities } from '../match/opportunities/suggest-partners.ts';
import { rankingModelOf } from '../match/learn/ranking-model-of.ts';
import { entityOfKind } from '../register/entity-of-kind.ts';
import { invitationList } from '../register/invitation-list.ts';
import { NEED_SORTS, listEngagements, listNeeds, type NeedSort } from '../register/list-needs.ts';
import type { GraphStore, NeedFilter } from '../store/index.ts';
import type { RequestRefusal } from './parse-graphql-request.ts';
import { sendError } from './send-json.ts';

/** Most rows one file holds. */
export const EXPORT_MAX_ROWS = 20_000;
const TABLES = ['needs', 'invitations', 'engagements', 'opportunities'] as const;
/** Most pairs the 对接 shortlist file holds. */
const MAX_OPPORTUNITIES = 500;
type TableName = (typeof TABLES)[number];

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  BAD_INPUT: 400,
  NOT_FOUND: 404,
  TOO_LARGE: 413,
  FORBIDDEN: 403,
  UNAVAILABLE: 503,
};

const bad = (argument: string, zh: string, en: string) =>
  new AppError('BAD_INPUT', `${zh} / ${en}`, { argument });

/** A parameter's values, comma-separated or repeated; each must be one of `allowed` when given. */
function listParam(params: URLSearchParams, name: string, allowed?: readonly string[]): string[] | undefined {
  const values = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  if (values.length === 0) return undefined;
  for (const value of values)
    if (allowed && !allowed.includes(value))
      throw bad(
        name,
        `${name} 不能是“${value}”，可选：${allowed.join('、')}`,
        `${name} cannot be “${value}”; allowed: ${allowed.join(', ')}`,
      );
  return values;
}

function oneParam(params: URLSearchParams, name: string, max = 300): string | undefined {
  const value = params.get(name)?.trim();
  if (value && value.length > max) throw bad(name, `${name} 太长`, `${name} is too long`);
  return value || undefined;
}

function flag(params: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = params.get(name);
  if (value === null || value === '') return fallback;
  if (['1', 'true', 'yes'].includes(value)) return true;
  if (['0', 'false', 'no'].includes(value)) return false;
  throw bad(name, `${name} 请写 true 或 false`, `write ${name} as true or false`);
}

async function regionName(store: GraphStore, id: string | undefined): Promise<string | null> {
  return id ? (await entityOfKind(store, id, 'Region', 'region')).name : null;
}

async function needsTable(store: GraphStore, params: URLSearchParams): Promise<Table> {
  const region = oneParam(params, 'region');
  const statuses = listParam(params, 'status', NEED_STATUSES) as NeedFilter['statuses'];
  const needTypes = listParam(params, 'type', NEED_TYPES);
  const sort = (oneParam(params, 'sort') ?? 'raisedOn') as NeedSort;
  if (!NEED_SORTS.includes(sort))
    throw bad('sort', `sort 可选：${NEED_SORTS.join('、')}`, `sort is one of ${NEED_SORTS.join(', ')}`);
  const filter: NeedFilter = {
    ...(statuses ? { statuses } : {}),
    ...(needTypes ? { needTypes } : {}),
    ...(oneParam(params, 'domain') ? { domainId: oneParam(params, 'domain')! } : {}),
    ...(oneParam(params, 'enterprise') ? { enterpriseId: oneParam(params, 'enterprise')! } : {}),
    ...(oneParam(params, 'follower') ? { follower: oneParam(params, 'follower')! } : {}),
    ...(region ? { regionId: region } : {}),
  };
  const page = await listNeeds(store, {
    filter,
    text: oneParam(params, 'q', 200) ?? null,
    sort,
    descending: flag(params, 'desc', true),
    limit: EXPORT_MAX_ROWS,
    offset: 0,
  });
  return registerTable(page.items, await regionName(store, region));
}

async function invitationsTable(store: GraphStore, params: URLSearchParams): Promise<Table> {
  const region = oneParam(params, 'region');
  if (!region) throw bad('region', '请给出地区 region', 'give the region');
  const place = (await regionName(store, region)) ?? region;
  const groups = await invitationList(store, region, 100);
  const names = new Map((await store.getNodes(evidenceIds(groups))).map((node) => [node.id, node.name]));
  return invitationTable(groups, place, names);
}

async function engagementsTable(store: GraphStore, params: URLSearchParams): Promise<Table> {
  const region = oneParam(params, 'region');
  const type = listParam(params, 'type', ENGAGEMENT_TYPES)?.[0];
  for (const name of ['since', 'until'])
    if (oneParam(params, name) && !/^\d{4}-\d{2}-\d{2}$/u.test(oneParam(params, name)!))
      throw bad(name, `${name} 请写作 YYYY-MM-DD`, `write ${name} as YYYY-MM-DD`);
  const page = await listEngagements(
    store,
    {
      ...(oneParam(params, 'party') ? { partyId: oneParam(params, 'party')! } : {}),
      ...(oneParam(params, 'activity') ? { activityId: oneParam(params, 'activity')! } : {}),
      ...(type ? { activityType: type } : {}),
      ...(oneParam(params, 'since') ? { since: oneParam(params, 'since')! } : {}),
      ...(oneParam(params, 'until') ? { until: oneParam(params, 'until')! } : {}),
      ...(region ? { regionId: region } : {}),
    },
    EXPORT_MAX_ROWS,
    0,
  );
  return engagementTable(page.items, await regionName(store, region));
}

async function opportunitiesTable(store: GraphStore, params: URLSearchParams): Promise<Table> {
  const region = oneParam(params, 'region');
  if (!region) throw bad('region', '请给出地区 region', 'give the region');
  const limit = Number(oneParam(params, 'limit') ?? 100);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_OPPORTUNITIES)
    throw bad(
      'limit',
      `limit 须在 1 到 ${MAX_OPPORTUNITIES} 之间`,
      `limit must be between 1 and ${MAX_OPPORTUNITIES}`,
    );
  const place = (await regionName(store, region)) ?? region;
  const model = await rankingModelOf(store).current();
  return opportunityTable(await regionOpportunities(store, region, limit, undefined, { model }), place);
}

const BUILD: Readonly<Record<TableName, (store: GraphStore, params: URLSearchParams) => Promise<Table>>> = {
  needs: needsTable,
  invitations: invitationsTable,
  engagements: engagementsTable,
  opportunities: opportunitiesTable,
};

/** Sends a table as a file: `attachment`, its name in ASCII and (RFC 5987) UTF-8. */
export async function sendTable(
  res: ServerResponse,
  table: Table,
  format: FileFormat,
  head = false,
): Promise<void> {
  const body = format === 'xlsx' ? await writeXlsx(table) : writeCsv(table);
  const name = fileNameOf(table, format);
  res.writeHead(200, {
    'content-type': MIME_TYPES[format],
    'content-length': String(body.length),
    'content-disposition': `attachment; filename="export.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'cache-control': 'no-store',
  });
  res.end(head ? undefined : body);
}

export function createExportRoute(store: GraphStore, onRefused: (refusal: RequestRefusal) => void) {
  const refuse = (res: ServerResponse, status: number, code: ErrorCode, message: string, headers = {}) => {
    onRefused({ status, code, message });
    sendError(res, status, code, message, headers);
  };
  return async function exportRoute(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(res, 405, 'BAD_INPUT', '/export 只接受 GET / /export accepts GET only', {
        allow: 'GET, HEAD',
      });
    const match = /^\/export\/([a-z]+)\.([a-z]+)$/u.exec(url.pathname);
    const table = match?.[1] as TableName | undefined;
    const format = match?.[2] as FileFormat | undefined;
    if (!table || !format || !TABLES.includes(table) || !FILE_FORMATS.includes(format))
      return refuse(
        res,
        404,
        'NOT_FOUND',
        `没有这个导出：请用 /export/{${TABLES.join(',')}}.{xlsx,csv} / no such export; use /export/{${TABLES.join(',')}}.{xlsx,csv}`,
      );
    try {
      await sendTable(res, await BUILD[table](store, url.searchParams), format, req.method === 'HEAD');
    } catch (error) {
      const status = isAppError(error) ? STATUS_OF[error.code] : undefined;
      if (!isAppError(error) || status === undefined) throw error;
      return refuse(res, status, error.code, error.message);
    }
  };
}
