/**
 * The kuzu schema derived from the domain declaration: one node table per kind and one
 * relationship table per relationship kind with every allowed (from, to) pair, and the change-set tables.
 * Entity tables also hold derived counts (degree, track record), kept by the writes themselves, and the
 * columns of properties declared `column` (kuzu-columns.ts).
 * cypher/kuzu/schema.cypher holds the same text; a test keeps the two equal.
 */
import { NODE_KINDS, REL_KINDS, endpointPairs } from '#model';
import { addColumnStatements, columnDefinitions } from './kuzu-columns.ts';

/** Derived columns, kept exact at write time (store/internal/derived-counts.ts), never written by COPY. */
export const DERIVED_COLUMNS = ['degree', 'trackRecord'] as const;
const NODE_COLUMNS =
  'id STRING PRIMARY KEY, name STRING, nameEn STRING, aliases STRING, description STRING, ' +
  'keywords STRING, props STRING, stats STRING, sources STRING, searchText STRING, ' +
  DERIVED_COLUMNS.map((column) => `${column} INT64 DEFAULT 0`).join(', ');
const EDGE_COLUMNS = 'id STRING, props STRING, sources STRING';
/**
 * Change sets, the review queue and settings live beside the graph, in tables no relationship reaches
 * (see store/internal/change-sets). Every statement is idempotent, run on every open: a data directory
 * made before a table existed gains it then.
 */
const CHANGE_TABLES = [
  'CREATE NODE TABLE IF NOT EXISTS ChangeSet(id STRING PRIMARY KEY, editor STRING, at STRING, kind STRING, ' +
    'note STRING, counts STRING, entryCount INT64, undoes STRING, undoneBy STRING, digest STRING)',
  'CREATE NODE TABLE IF NOT EXISTS ChangeEntry(id STRING PRIMARY KEY, changeSet STRING, seq INT64, ' +
    'record STRING, type STRING, fromId STRING, toId STRING, before STRING, after STRING)',
  'CREATE NODE TABLE IF NOT EXISTS ReviewPair(id STRING PRIMARY KEY, kind STRING, a STRING, b STRING, ' +
    'score DOUBLE, reasons STRING, proposedBy STRING, status STRING, decidedBy STRING, decidedAt STRING, ' +
    'createdAt STRING)',
  // Settings kept with the graph (opaque text by key); no relationship reaches them, nothing counts them.
  'CREATE NODE TABLE IF NOT EXISTS Setting(key STRING PRIMARY KEY, value STRING)',
];

export function kuzuSchemaStatements(): string[] {
  // A kind's own columns (PropertySpec.column) follow the common ones; kuzu-columns.ts.
  const nodes = NODE_KINDS.map(
    (kind) => `CREATE NODE TABLE IF NOT EXISTS ${kind}(${NODE_COLUMNS}${columnDefinitions(kind)})`,
  );
  const added = addColumnStatements();
  const rels = REL_KINDS.map((kind) => {
    const pairs = endpointPairs(kind).map(([from, to]) => `FROM ${from} TO ${to}`);
    return `CREATE REL TABLE IF NOT EXISTS ${kind}(${pairs.join(', ')}, ${EDGE_COLUMNS})`;
  });
  return [...nodes, ...added, ...rels, ...CHANGE_TABLES];
}

export function kuzuSchemaText(): string {
  return (
    '// Generated from server/src/domain by `npm run schema:write`; a test checks it is current.\n' +
    kuzuSchemaStatements()
      .map((statement) => `${statement};\n`)
      .join('')
  );
}

/** Splits schema.cypher into statements, dropping comments. */
export function parseSchemaFile(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
