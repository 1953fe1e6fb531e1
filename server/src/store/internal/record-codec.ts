/**
 * The flat form in which every backend stores nodes and edges: scalar columns plus JSON text for
 * lists and maps, so both backends hold exactly the same values and decode them the same way.
 */
import {
  isNodeKind,
  isRelKind,
  type GraphEdge,
  type GraphNode,
  type NodeKind,
  type Props,
  type RelKind,
  type Source,
  type Statistic,
} from '#model';
import type { EdgeOutline, EntityName, GraphCounts, KindCount } from '../graph-store.ts';

export interface NodeRow {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly aliases: string;
  readonly description: string;
  readonly keywords: string;
  readonly props: string;
  readonly stats: string;
  readonly sources: string;
  readonly searchText: string;
}

/** The stored columns a read returns: all but the search text, which only search statements use. */
export const NODE_READ_COLUMNS = [
  'id',
  'name',
  'nameEn',
  'aliases',
  'description',
  'keywords',
  'props',
  'stats',
  'sources',
] as const satisfies ReadonlyArray<keyof NodeRow>;

export interface EdgeRow {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly props: string;
  readonly sources: string;
}

/** A node as stored; `searchTextOf` gives its joined search keys (the store's SearchKeys service). */
export function encodeNode(node: GraphNode, searchTextOf: (node: GraphNode) => string): NodeRow {
  return {
    id: node.id,
    name: node.name,
    nameEn: node.nameEn ?? '',
    aliases: JSON.stringify(node.aliases),
    description: node.description ?? '',
    keywords: JSON.stringify(node.keywords),
    props: JSON.stringify(node.props),
    stats: JSON.stringify(node.stats),
    sources: JSON.stringify(node.sources),
    searchText: searchTextOf(node),
  };
}

export function encodeEdge(edge: GraphEdge): EdgeRow {
  return {
    id: edge.id,
    from: edge.from,
    to: edge.to,
    props: JSON.stringify(edge.props),
    sources: JSON.stringify(edge.sources),
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function json<T>(value: unknown, fallback: T): T {
  if (typeof value !== 'string' || value === '') return fallback;
  return JSON.parse(value) as T;
}

/** Decodes the stored properties of a node whose kind the backend reported as a label. */
export function decodeNode(kind: string, stored: Readonly<Record<string, unknown>>): GraphNode {
  if (!isNodeKind(kind)) throw new Error(`Stored node has an undeclared kind: ${kind}`);
  const nameEn = text(stored.nameEn);
  const description = text(stored.description);
  return {
    id: text(stored.id),
    kind: kind satisfies NodeKind,
    name: text(stored.name),
    ...(nameEn ? { nameEn } : {}),
    aliases: json<string[]>(stored.aliases, []),
    ...(description ? { description } : {}),
    keywords: json<string[]>(stored.keywords, []),
    props: json<Props>(stored.props, {}),
    stats: json<Statistic[]>(stored.stats, []),
    sources: json<Source[]>(stored.sources, []),
  };
}

export function decodeEdge(kind: string, stored: Readonly<Record<string, unknown>>): GraphEdge {
  if (!isRelKind(kind)) throw new Error(`Stored relationship has an undeclared kind: ${kind}`);
  return {
    id: text(stored.id),
    kind: kind satisfies RelKind,
    from: text(stored.from),
    to: text(stored.to),
    props: json<Props>(stored.props, {}),
    sources: json<Source[]>(stored.sources, []),
  };
}

/** The year of a relationship's stored props, when it is an integer; the props are parsed only if they name one. */
function yearOf(props: unknown): number | undefined {
  if (typeof props !== 'string' || !props.includes('"year"')) return undefined;
  const year = (JSON.parse(props) as Props).year;
  return typeof year === 'number' && Number.isInteger(year) ? year : undefined;
}

/** A relationship's outline from a row of `{ id, from, to, kind, props }` (props as stored). */
export function decodeEdgeOutline(row: Readonly<Record<string, unknown>>): EdgeOutline {
  const kind = String(row.kind);
  if (!isRelKind(kind)) throw new Error(`Stored relationship has an undeclared kind: ${kind}`);
  const year = yearOf(row.props);
  return {
    id: text(row.id),
    from: text(row.from),
    to: text(row.to),
    kind,
    ...(year === undefined ? {} : { year }),
  };
}

/** The graph's version from the row of `{ total, id }`: the newest change set and how many there are. */
export function decodeGraphVersion(row: Readonly<Record<string, unknown>> | undefined): string {
  const total = Number(row?.total ?? 0);
  return total > 0 ? `${text(row?.id)}/${total}` : '';
}

/** Counts per kind from rows of `{ kind, count }`, dropping kinds the domain does not declare. */
export function decodeCounts(
  nodeRows: ReadonlyArray<Readonly<Record<string, unknown>>>,
  edgeRows: ReadonlyArray<Readonly<Record<string, unknown>>>,
): GraphCounts {
  const nodes: KindCount<NodeKind>[] = [];
  for (const row of nodeRows) {
    const kind = String(row.kind);
    if (isNodeKind(kind)) nodes.push({ kind, count: Number(row.count) });
  }
  const edges: KindCount<RelKind>[] = [];
  for (const row of edgeRows) {
    const kind = String(row.kind);
    if (isRelKind(kind)) edges.push({ kind, count: Number(row.count) });
  }
  return { nodes, edges };
}

/** An entity's id, kind, name and aliases from a row of `{ id, kind, name, aliases }`; undefined for an undeclared kind. */
export function decodeEntityName(row: Readonly<Record<string, unknown>>): EntityName | undefined {
  const kind = String(row.kind);
  if (!isNodeKind(kind)) return undefined;
  const aliases = typeof row.aliases === 'string' && row.aliases ? (JSON.parse(row.aliases) as string[]) : [];
  return { id: String(row.id), kind, name: typeof row.name === 'string' ? row.name : '', aliases };
}
