/**
 * How a backend runs one of the recommender's feature queries (feature-queries.ts): its Cypher file
 * with the given kinds bound as labels, the rest as parameters; empty lists answered without asking;
 * database integers read back as numbers.
 */
import { isRelKind, type NodeKind } from '#model';
import type { FeatureParams, FeatureQueryName, FeatureRow, KnownEntity } from '../feature-queries.ts';
import type { Backend } from '../graph-store.ts';
import { bindLabels, readCypher } from './cypher-files.ts';
import { groupByKind } from './group-by-kind.ts';
import { decodeNode } from './record-codec.ts';

type Row = Readonly<Record<string, unknown>>;

/**
 * A backend's statement for a feature query: `kind`, `kinds` and `rels` become the labels of the
 * pattern (see bindLabels; node kinds are joined `A:B` in kuzu and `A|B` in Neo4j), the rest stay
 * parameters.
 */
export function featureStatement(
  backend: Backend,
  name: FeatureQueryName,
  params: object,
): { text: string; params: Record<string, unknown> } {
  const { kind, kinds, rels, ...rest } = { ...params } as {
    kind?: string;
    kinds?: readonly string[];
    rels?: readonly string[];
    places?: readonly string[];
  };
  const labels = {
    ...(kind ? { KIND: kind } : {}),
    ...(kinds ? { KINDS: kinds } : {}),
    ...(rels ? { RELS: rels } : {}),
  };
  const text = bindLabels(readCypher(backend, name), labels, backend === 'kuzu' ? ':' : '|');
  // No entity has an empty id, so [''] matches no place, and kuzu can type it (not so an empty list).
  if (Array.isArray(rest.places) && rest.places.length === 0) rest.places = [''];
  return { text, params: rest };
}

/** Rows as the feature query declares them: entities decoded into domain records. */
function shapeRows(name: FeatureQueryName, kind: NodeKind | undefined, rows: readonly Row[]): unknown[] {
  const plain = rows.map((row) => plainRow<Record<string, unknown>>(row));
  if (name === 'entity') return plain.map((row) => decodeNode(kind as NodeKind, row));
  if (name !== 'candidate-facts') return plain;
  return plain.map((row) => ({
    node: decodeNode(kind as NodeKind, row),
    record: Number(row.record),
    places: (row.places as Array<[unknown, unknown]>).flatMap(([place, rel]) =>
      typeof place === 'string' && place && typeof rel === 'string' && isRelKind(rel) ? [{ place, rel }] : [],
    ),
  }));
}

/**
 * Runs a feature query on a backend: once per kind of the given nodes (each run labelled by its kind),
 * or once, and returns its rows as domain records. `run` executes one statement.
 */
export async function runFeatureQuery<N extends FeatureQueryName>(
  backend: Backend,
  name: N,
  params: FeatureParams<N>,
  run: (text: string, params: Record<string, unknown>) => Promise<Row[]>,
): Promise<Array<FeatureRow<N>>> {
  if (hasEmptyList(params)) return [];
  const { given, ...rest } = params as unknown as { given?: readonly KnownEntity[] } & Record<
    string,
    unknown
  >;
  const calls = given
    ? groupByKind(given).map(({ kind, ids }) => ({ ...rest, kind, ids }))
    : [rest as Record<string, unknown>];
  const parts = await Promise.all(
    calls.map(async (call) => {
      const statement = featureStatement(backend, name, call);
      return shapeRows(name, call.kind as NodeKind | undefined, await run(statement.text, statement.params));
    }),
  );
  return parts.flat() as Array<FeatureRow<N>>;
}

/**
 * Every feature query requires a match on each list it is given (bar `places`), so an empty list
 * means no rows; stores answer so without asking (kuzu 0.11 cannot even type an empty list parameter).
 */
export function hasEmptyList(params: object): boolean {
  return Object.entries(params).some(
    ([key, value]) => key !== 'places' && Array.isArray(value) && value.length === 0,
  );
}

/** Database integers (kuzu's bigint) as numbers; everything else as it came. */
export function plainRow<R>(row: Readonly<Record<string, unknown>>): R {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row))
    out[key] = typeof value === 'bigint' ? Number(value) : value;
  return out as R;
}
