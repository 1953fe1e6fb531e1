/**
 * The stored columns of an entity in a Neo4j row: a node (its properties), or a map projection of it
 * (`n {.*, searchText: null}`), which the hot statements return so that the search text, used only by
 * search, does not travel with every entity.
 */
type Row = Readonly<Record<string, unknown>>;

export function neo4jColumnsOf(value: unknown): Row {
  if (value === null || typeof value !== 'object') return {};
  const { properties } = value as { properties?: unknown };
  return properties !== null && typeof properties === 'object' ? (properties as Row) : (value as Row);
}
