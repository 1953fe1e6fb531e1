/**
 * The one kind of kuzu read that still goes table by table: a template labelled __KIND__ run once per
 * entity table that may hold the ids (the imports' very long id lists, where a scan per table is fast).
 */
import { NODE_KINDS, type NodeKind } from '#model';
import { bindLabels, readCypher } from '../cypher-files.ts';
import type { KuzuConnections, Params, Row } from './kuzu-connections.ts';

export type PerKind = (
  name: string,
  params: Params,
  kinds?: readonly NodeKind[],
  labels?: Readonly<Record<string, readonly string[]>>,
  inWrite?: boolean,
) => Promise<Array<{ kind: NodeKind; row: Row }>>;

/** On the readers (or on the writer, inside a write); rows come back tagged with their table's kind. */
export function kuzuPerKind(db: KuzuConnections): PerKind {
  const { run, readText } = db;
  return async function perKind(
    name: string,
    params: Params,
    kinds: readonly NodeKind[] = NODE_KINDS,
    labels: Readonly<Record<string, readonly string[]>> = {},
    inWrite = false,
  ): Promise<Array<{ kind: NodeKind; row: Row }>> {
    const template = readCypher('kuzu', name);
    const text = (kind: NodeKind) => bindLabels(template, { KIND: kind, ...labels });
    const tag = (kind: NodeKind) => (rows: Row[]) => rows.map((row) => ({ kind, row }));
    if (!inWrite) {
      const parts = await Promise.all(kinds.map((kind) => readText(text(kind), params).then(tag(kind))));
      return parts.flat();
    }
    // Inside a write the writer is already ours: one statement after another on it.
    const rows: Array<{ kind: NodeKind; row: Row }> = [];
    for (const kind of kinds) rows.push(...tag(kind)(await run(text(kind), params)));
    return rows;
  };
}
