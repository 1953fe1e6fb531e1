/**
 * kuzu's traversal reads (SubgraphReads): a neighbourhood's cut, walks from a path's ends, and the
 * statement for a subgraph of given entities: their stored columns with the derived degree, and every
 * relationship leaving them. Two plans, chosen by the size of the graph:
 * - on a graph of up to WALK_ALL_UP_TO relationships, one walk out of the listed entities, every table
 *   at once (kuzu then scans every relationship table: cheap while they are small);
 * - on a larger one, a part per kind present, generated from the kinds: kuzu 0.11 answers a list of ids
 *   joined to relationships with a scan of every relationship table, and an IN list over several tables
 *   with wrong rows; a part per table (`(a:Kind) WHERE a.id IN $idsN`, walked out from) is both right and
 *   the fast plan there. Parts are collected one after another (raw rows only: kuzu loses the results of
 *   an aggregation carried into another).
 */
import { NODE_KINDS, REL_KINDS, isNodeKind, type NodeKind } from '#model';
import { bindLabels, readCypher } from '../cypher-files.ts';
import type { CandidateFacts, FeatureParams } from '../../feature-queries.ts';
import { decodeListedSubgraph, listedRows, walkEdges, type SubgraphReads } from '../subgraph-reads.ts';
import { NODE_READ_COLUMNS } from '../record-codec.ts';
import type { Params, Row } from './kuzu-connections.ts';
import type { RecordCache } from './kuzu-record-cache.ts';
import { perCommitByKey, type CommitClock } from './per-commit.ts';
import type { NeighborhoodQuery } from '../../graph-store.ts';

/**
 * The statement and its parameters for these entities; relationships are read for those of known kind
 * (`refs`), the entities' columns for all of `ids`.
 */
export function kuzuSubgraphStatement(
  ids: readonly string[],
  refs: readonly KindedRef[],
): { text: string; params: Record<string, unknown>; byOffset: readonly KindedRef[] } {
  const byKind = new Map<NodeKind, Map<string, KindedRef>>();
  for (const ref of refs) {
    const ofKind = byKind.get(ref.kind) ?? new Map<string, KindedRef>();
    if (!ofKind.has(ref.id)) ofKind.set(ref.id, ref);
    byKind.set(ref.kind, ofKind);
  }
  const columns = NODE_READ_COLUMNS.map((column) => `n.${column}`).join(', ');
  // Each entity's offset last, to check the offsets a part was read by (after the columns listedRows reads).
  const lines = [
    'UNWIND $ids AS i',
    'MATCH (n:__NODES__ {id: i})',
    `WITH collect([label(n), ${columns}, string(n.degree), string(n.trackRecord), string(offset(id(n)))]) AS nodes`,
  ];
  const carried = ['nodes'];
  const params: Record<string, unknown> = { ids };
  const labels: Record<string, string | readonly string[]> = { NODES: NODE_KINDS };
  const byOffset: KindedRef[] = [];
  NODE_KINDS.filter((kind) => byKind.has(kind)).forEach((kind, n) => {
    const ofKind = [...(byKind.get(kind)?.values() ?? [])];
    // A kind whose entities all come with their offset is read by them: an IN list of offsets costs kuzu
    // 0.11 a third of one of ids (docs/benchmarks.md).
    const offsets = ofKind.every((ref) => ref.offset !== undefined);
    params[`ids${n}`] = offsets ? ofKind.map((ref) => ref.offset) : ofKind.map((ref) => ref.id);
    if (offsets) byOffset.push(...ofKind);
    const start = `a${n}:__KIND${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[n]}__`;
    labels[`KIND${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[n]}`] = kind;
    lines.push(
      `OPTIONAL MATCH (${start})-[r${n}]->(b${n}) WHERE ${offsets ? `offset(id(a${n}))` : `a${n}.id`} IN $ids${n}`,
      `WITH ${carried.join(', ')}, collect([label(r${n}), r${n}.id, a${n}.id, b${n}.id, r${n}.props, r${n}.sources, label(b${n})]) AS out${n}`,
    );
    carried.push(`out${n}`);
  });
  lines.push(`RETURN ${carried.join(', ')}`);
  return { text: bindLabels(lines.join('\n'), labels, ':'), params, byOffset };
}

/** An entity of known kind, with its offset in its table when a traversal gave it. */
type KindedRef = { readonly id: string; readonly kind: NodeKind; readonly offset?: number };

/**
 * Whether the entities read by offset are those the offsets were taken for: each one's own offset, read
 * in the same statement, is the one used. Offsets hold between commits; one taken before a commit that
 * ended meanwhile may point elsewhere, and the statement is then read again by ids.
 */
export function offsetsHeld(row: Row | undefined, byOffset: readonly KindedRef[]): boolean {
  if (byOffset.length === 0) return true;
  const found = new Map<string, string>();
  for (const node of (row?.nodes as unknown[][] | undefined) ?? [])
    found.set(String(node[1]), String(node.at(-1)));
  return byOffset.every((ref) => found.get(ref.id) === String(ref.offset));
}

/**
 * Up to this many relationships in the graph, the one walk beats a part per kind: 7.8 against about
 * 20 ms for a 33-entity neighbourhood of the 48-entity seed, 235 against about 190 ms for 150 entities at
 * 586,714 relationships (docs/benchmarks.md).
 */
export const WALK_ALL_UP_TO = 200_000;

/** The one-walk statement: a row per entity found, its columns as a list and its relationships out. */
export function kuzuWalkStatement(ids: readonly string[]): { text: string; params: Record<string, unknown> } {
  const columns = NODE_READ_COLUMNS.map((column) => `n.${column}`).join(', ');
  const text = [
    'UNWIND $ids AS i',
    'MATCH (n:__NODES__ {id: i})',
    'OPTIONAL MATCH (n)-[r]->(b)',
    'WITH n, collect([label(r), r.id, n.id, b.id, r.props, r.sources, label(b)]) AS out',
    `RETURN [label(n), ${columns}, string(n.degree), string(n.trackRecord)] AS node, out`,
  ].join('\n');
  return { text: bindLabels(text, { NODES: NODE_KINDS }, ':'), params: { ids } };
}

/** How a plan's answer is read: as the one row of kuzuSubgraphStatement (`nodes`, `out0`…). */
type Listed = (ids: readonly string[], refs: readonly KindedRef[]) => Promise<Row | undefined>;

/**
 * The subgraph read by the plan for the graph's size (`relationships` says how many it holds), of the
 * entities `cache` does not remember since the last commit (kuzu-record-cache.ts).
 */
export function kuzuListed(
  readText: (text: string, params?: Params) => Promise<Row[]>,
  relationships: () => Promise<number>,
  walkAllUpTo: number = WALK_ALL_UP_TO,
  cache?: RecordCache,
): Listed {
  async function read(ids: readonly string[], refs: readonly KindedRef[], walkAll: boolean) {
    if (walkAll) {
      const statement = kuzuWalkStatement(ids);
      const rows = await readText(statement.text, statement.params);
      return {
        nodes: rows.map((row) => row.node),
        out0: rows.flatMap((row) => (Array.isArray(row.out) ? (row.out as unknown[]) : [])),
      };
    }
    const statement = kuzuSubgraphStatement(ids, refs);
    const [row] = await readText(statement.text, statement.params);
    if (offsetsHeld(row, statement.byOffset)) return row;
    const byIds = kuzuSubgraphStatement(
      ids,
      refs.map(({ id, kind }) => ({ id, kind })),
    );
    return (await readText(byIds.text, byIds.params))[0];
  }
  return async (ids, refs) => {
    const walkAll = (await relationships()) <= walkAllUpTo;
    if (!cache) return read(ids, refs, walkAll);
    // The walk reads every entity's relationships out; a part per kind only those of known kind.
    const kinded = new Set(refs.map((ref) => ref.id));
    const wantsOut = (id: string) => walkAll || kinded.has(id);
    const startedAt = cache.clock.now();
    const split = cache.split(ids, wantsOut);
    const missing = new Set(split.missing);
    const row =
      missing.size > 0
        ? await read(
            split.missing,
            refs.filter((ref) => missing.has(ref.id)),
            walkAll,
          )
        : undefined;
    return cache.merge(ids, split, { startedAt, row }, wantsOut);
  };
}

/** An offset as a traversal returns it (a number, or text where it shares a list with text). */
const offsetOf = (value: unknown): number | undefined =>
  value === null || value === undefined || value === '' || !Number.isInteger(Number(value))
    ? undefined
    : Number(value);

/** A template with every entity table as its labels (`A:B:…`). */
const everyKind = (name: string, labels: Record<string, string | readonly string[]> = {}) =>
  bindLabels(readCypher('kuzu', name), { NODES: NODE_KINDS, ...labels }, ':');

/** Traversals remembered between commits (each a key of its arguments). */
export const TRAVERSALS_REMEMBERED = 2_000;

export function kuzuSubgraphReads(
  readText: (text: string, params?: Params) => Promise<Row[]>,
  listed: Listed,
  clock?: CommitClock,
): SubgraphReads {
  // A traversal's answer is a function of the graph and its arguments alone, so it holds until a commit.
  const memo = clock
    ? perCommitByKey(clock, TRAVERSALS_REMEMBERED)
    : <T>(_key: string, read: () => Promise<T>) => read();
  /** Entities with their degrees and the relationships among them, in one statement (kuzu-subgraph.ts). */
  async function subgraph(
    refs: ReadonlyArray<{
      readonly id: string;
      readonly kind?: NodeKind | undefined;
      readonly offset?: number;
    }>,
  ) {
    const ids = [...new Set(refs.map((ref) => ref.id))];
    if (ids.length === 0) return { nodes: [], edges: [], degrees: new Map<string, number>() };
    const known = refs.flatMap((ref) =>
      ref.kind
        ? [
            {
              id: ref.id,
              kind: ref.kind,
              ...(ref.offset === undefined ? {} : { offset: ref.offset }),
            },
          ]
        : [],
    );
    return decodeListedSubgraph(await listed(ids, known), ids);
  }

  return {
    neighbours: (query, limit) =>
      memo(JSON.stringify(['neighbours', query.id, query.depth, query.kinds, limit]), () =>
        neighbours(query, limit),
      ),
    subgraph,
    walks: (id, length) => memo(JSON.stringify(['walks', id, length]), () => walks(id, length)),
  };

  async function neighbours(query: NeighborhoodQuery, limit: number) {
    const text = everyKind(`neighborhood-${query.depth}`, { KINDS: query.kinds });
    const rows = await readText(text, {
      id: query.id,
      ...(query.depth > 1 ? { kinds: [...query.kinds] } : {}),
      ...(query.depth > 2 ? { through: [...query.kinds] } : {}),
      relKinds: [...REL_KINDS],
      limit,
    });
    const focusKind = rows[0]?.focusKind;
    const focusOffset = offsetOf(rows[0]?.focusOffset);
    return {
      ...(typeof focusKind === 'string' && isNodeKind(focusKind) ? { focusKind } : {}),
      ...(focusOffset === undefined ? {} : { focusOffset }),
      neighbours: rows.map((row) => {
        const offset = offsetOf(row.offset);
        return {
          id: String(row.id),
          kind: String(row.kind) as NodeKind,
          ...(offset === undefined ? {} : { offset }),
        };
      }),
    };
  }

  async function walks(id: string, length: 1 | 2 | 3) {
    const [row] = await readText(everyKind(`walk-edges-${length}`), { id });
    return row ? walkEdges(row.walks) : null;
  }
}

/** The recommender's candidate facts (feature-queries.ts) in kuzu: the subgraph read, every edge kept. */
export async function kuzuCandidateFacts(
  listed: Listed,
  params: FeatureParams<'candidate-facts'>,
): Promise<CandidateFacts[]> {
  if (params.refs.length === 0) return [];
  const known = params.refs.flatMap((ref) => (ref.kind ? [{ id: ref.id, kind: ref.kind }] : []));
  const { nodes, out } = listedRows(await listed([...new Set(params.refs.map((ref) => ref.id))], known));
  return nodes.map(({ node, degree, trackRecord }) => ({
    node,
    degree,
    record: trackRecord,
    out: out.filter((edge) => edge.from === node.id),
  }));
}
