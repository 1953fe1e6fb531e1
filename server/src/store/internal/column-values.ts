/**
 * The properties a kind stores as columns of their own (PropertySpec.column: the need register's status,
 * type and dates), taken from a node's props, which stay the record's whole truth. Neo4j is given them
 * typed, null for none (SET n += … removes a property set to null); kuzu as text, '' for none, because
 * its binding cannot type a null inside a list of rows (each column file casts the text back).
 */
import { columnProperties, type GraphNode, type NodeKind, type PropValue } from '#model';

/** The columns of a kind, and their kuzu types. */
export function kuzuColumns(kind: NodeKind): Array<{ key: string; type: 'STRING' | 'DOUBLE' | 'INT64' }> {
  return columnProperties(kind).map((spec) => ({
    key: spec.key,
    type: spec.type === 'string' ? 'STRING' : spec.type === 'integer' ? 'INT64' : 'DOUBLE',
  }));
}

/** The node's column values, null where it has none. */
export function columnValues(node: GraphNode): Record<string, PropValue | null> {
  const values: Record<string, PropValue | null> = {};
  for (const spec of columnProperties(node.kind)) values[spec.key] = node.props[spec.key] ?? null;
  return values;
}

/** The node's id and column values as text, '' where it has none (kuzu's column files). */
export function columnTexts(node: GraphNode): Record<string, string> {
  const texts: Record<string, string> = { id: node.id };
  for (const spec of columnProperties(node.kind)) {
    const value = node.props[spec.key];
    texts[spec.key] = value === undefined ? '' : String(value);
  }
  return texts;
}

/** Whether stored column values (as read back) already equal the node's props. */
export function columnsCurrent(node: GraphNode, stored: Readonly<Record<string, unknown>>): boolean {
  const wanted = columnValues(node);
  return Object.entries(wanted).every(([key, value]) => {
    const have = stored[key];
    const normal =
      have === undefined || have === null ? null : typeof have === 'bigint' ? Number(have) : have;
    return normal === value;
  });
}
