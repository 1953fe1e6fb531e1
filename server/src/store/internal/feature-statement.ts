/**
 * How a backend runs one of the recommender's feature queries (feature-queries.ts): its Cypher file with
 * the candidate kinds bound as labels and the rest as parameters, in one statement; a query given an
 * empty list is answered without asking (kuzu 0.11 cannot type an empty list parameter); rows decoded
 * into domain records (feature-rows.ts).
 */
import { NODE_KINDS, type NodeKind } from '#model';
import type { FeatureParams, FeatureQueryName, FeatureRow } from '../feature-queries.ts';
import type { Backend } from '../graph-store.ts';
import { bindLabels, readCypher } from './cypher-files.ts';
import { decodeFeatureRows, type Stored } from './feature-rows.ts';
import { neo4jColumnsOf } from './neo4j/neo4j-columns-of.ts';

type Row = Readonly<Record<string, unknown>>;

/** The file a query runs as: kuzu looks one enterprise up by its key, several by a join. */
function fileOf(backend: Backend, name: FeatureQueryName, params: Record<string, unknown>): string {
  if (backend === 'kuzu' && name === 'anchor-contexts' && (params.ids as unknown[]).length === 1)
    return 'anchor-context';
  return name;
}

/**
 * A backend's statement for a feature query: `kinds` become the labels __KINDS__ (and __KINDS_AND_PROJECT__
 * with Project added), every entity kind __NODES__ (joined `A:B` in kuzu, `A|B` in Neo4j).
 */
export function featureStatement(
  backend: Backend,
  name: FeatureQueryName,
  params: object,
): { text: string; params: Record<string, unknown> } {
  const { kinds, ...rest } = { ...params } as { kinds?: readonly NodeKind[] } & Record<string, unknown>;
  const file = fileOf(backend, name, rest);
  const labels: Record<string, readonly string[]> = { NODES: NODE_KINDS };
  if (kinds) {
    labels.KINDS = [...new Set(kinds)];
    labels.KINDS_AND_PROJECT = [...new Set([...kinds, 'Project' as const])];
  }
  const template = readCypher(backend, file);
  const used = Object.fromEntries(Object.entries(labels).filter(([key]) => template.includes(`__${key}__`)));
  const text = bindLabels(template, used, backend === 'kuzu' ? ':' : '|');
  if (file === 'anchor-context') return { text, params: { id: (rest.ids as string[])[0] } };
  return { text, params: rest };
}

/** Every list a feature query is given must be non-empty for it to find anything. */
export function hasEmptyList(params: object): boolean {
  return Object.values(params).some((value) => Array.isArray(value) && value.length === 0);
}

/** Runs a feature query on a backend in one statement and returns its rows as declared. */
export async function runFeatureQuery<N extends FeatureQueryName>(
  backend: Backend,
  name: N,
  params: FeatureParams<N>,
  run: (text: string, params: Record<string, unknown>) => Promise<Row[]>,
  stored: Stored,
): Promise<Array<FeatureRow<N>>> {
  if (hasEmptyList(params)) return [];
  const statement = featureStatement(backend, name, params);
  return decodeFeatureRows(name, await run(statement.text, statement.params), stored) as Array<FeatureRow<N>>;
}

/** kuzu's rows carry an entity's columns flat, a second and third entity's prefixed (`x…`, `n…`). */
export const kuzuStored: Stored = (row, alias) => {
  if (alias === '') return row;
  const columns: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row))
    if (key.length > 1 && key.startsWith(alias) && key.charAt(1) === key.charAt(1).toUpperCase())
      columns[key.charAt(1).toLowerCase() + key.slice(2)] = value;
  return columns;
};

/** Neo4j's rows carry nodes or their map projections: `n` (the row's own, or a need) and `x`. */
export const neo4jStored: Stored = (row, alias) => neo4jColumnsOf(row[alias === '' ? 'n' : alias]);
