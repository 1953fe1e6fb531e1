/**
 * A few entities by id, each looked up in its own table's primary-key index. kuzu 0.11 uses that index
 * only for a single `(n:Kind {id: $id})`: a label union or a list of ids scans every table (33 ms for one
 * id at 100,000 entities, against 0.3 ms routed; docs/benchmarks.md). The ids the app derives name their
 * kind (`enterprise:合益化工`, derive-id.ts), so a short list is read in one statement of routed lookups;
 * ids that name no kind, or were not found where they point, are left for the caller's scan.
 */
import { NODE_KINDS, type NodeKind } from '#model';
import { bindLabels } from '../cypher-files.ts';
import { NODE_READ_COLUMNS } from '../record-codec.ts';
import type { Params, Row } from './kuzu-connections.ts';

/** Lists up to this long are routed; a statement of that many index lookups still compiles quickly. */
export const ROUTED_AT_MOST = 8;

const KIND_OF_PREFIX = new Map<string, NodeKind>(NODE_KINDS.map((kind) => [kind.toLowerCase(), kind]));

/** The kind an id names by its prefix, if it names one. */
export function kindNamedBy(id: string): NodeKind | undefined {
  const colon = id.indexOf(':');
  return colon > 0 ? KIND_OF_PREFIX.get(id.slice(0, colon)) : undefined;
}

const COLUMNS = [...NODE_READ_COLUMNS, 'degree'];

/** One statement of routed lookups, the ids in kind order so that few texts (and prepared plans) arise. */
function routedStatement(routed: ReadonlyArray<{ id: string; kind: NodeKind }>) {
  const lines: string[] = [];
  const returns: string[] = [];
  const labels: Record<string, NodeKind> = {};
  const params: Params = {};
  routed.forEach(({ id, kind }, n) => {
    labels[`K${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[n]}`] = kind;
    params[`id${n}`] = id;
    lines.push(`OPTIONAL MATCH (n${n}:__K${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[n]}__ {id: $id${n}})`);
    returns.push(...COLUMNS.map((column) => `n${n}.${column} AS ${column}${n}`));
  });
  return { text: bindLabels(`${lines.join('\n')}\nRETURN ${returns.join(', ')}`, labels, ':'), params };
}

/**
 * Reads the ids that name their kind (at most ROUTED_AT_MOST of them; the caller checks) with their
 * kind and stored columns, as rows shaped like nodes-by-ids.cypher's; `unresolved` are the ids to scan for.
 */
export async function routedLookup(
  readText: (text: string, params: Params) => Promise<Row[]>,
  ids: readonly string[],
): Promise<{ rows: Row[]; unresolved: string[] }> {
  const routed: Array<{ id: string; kind: NodeKind }> = [];
  const unresolved: string[] = [];
  for (const id of ids) {
    const kind = kindNamedBy(id);
    if (kind) routed.push({ id, kind });
    else unresolved.push(id);
  }
  if (routed.length === 0) return { rows: [], unresolved };
  routed.sort((a, b) => NODE_KINDS.indexOf(a.kind) - NODE_KINDS.indexOf(b.kind) || (a.id < b.id ? -1 : 1));
  const { text, params } = routedStatement(routed);
  const [answer] = await readText(text, params);
  const rows: Row[] = [];
  routed.forEach(({ id, kind }, n) => {
    if (answer?.[`id${n}`] == null) {
      unresolved.push(id);
      return;
    }
    rows.push({ kind, ...Object.fromEntries(COLUMNS.map((column) => [column, answer[`${column}${n}`]])) });
  });
  return { rows, unresolved };
}
