/**
 * The Neo4j schema derived from the domain declaration: a uniqueness constraint on every entity's id,
 * a lookup index per kind label and per relationship type, a text index for substring search, and a
 * full-text index (CJK analyser) over names, an index per property declared `column`, and the change-set
 * (settings, the write lock) constraints and indexes. cypher/neo4j/schema.cypher holds the same text; a test
 * keeps the two equal. Every statement is idempotent (IF NOT EXISTS).
 */
import { NODE_KINDS, REL_KINDS, columnProperties } from '#model';

export function neo4jSchemaStatements(): string[] {
  return [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    'CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.searchText)',
    "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.nameEn, n.description] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
    ...NODE_KINDS.map(
      (kind) => `CREATE INDEX ${kind.toLowerCase()}_id IF NOT EXISTS FOR (n:${kind}) ON (n.id)`,
    ),
    ...REL_KINDS.map(
      (kind) => `CREATE INDEX ${kind.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${kind}]-() ON (r.id)`,
    ),
    // Properties declared `column` (the need register's status, type, dates) are node properties too.
    ...NODE_KINDS.flatMap((kind) =>
      columnProperties(kind).map(
        (spec) =>
          `CREATE INDEX ${kind.toLowerCase()}_${spec.key.toLowerCase()} IF NOT EXISTS FOR (n:${kind}) ON (n.${spec.key})`,
      ),
    ),
    // Change sets: nodes apart from the graph (no Entity label, no relationships).
    'CREATE CONSTRAINT change_set_id IF NOT EXISTS FOR (c:ChangeSet) REQUIRE c.id IS UNIQUE',
    'CREATE INDEX change_set_at IF NOT EXISTS FOR (c:ChangeSet) ON (c.at)',
    'CREATE CONSTRAINT change_entry_id IF NOT EXISTS FOR (e:ChangeEntry) REQUIRE e.id IS UNIQUE',
    'CREATE INDEX change_entry_set IF NOT EXISTS FOR (e:ChangeEntry) ON (e.changeSet)',
    'CREATE INDEX change_entry_record IF NOT EXISTS FOR (e:ChangeEntry) ON (e.record)',
    'CREATE INDEX change_entry_from IF NOT EXISTS FOR (e:ChangeEntry) ON (e.fromId)',
    'CREATE INDEX change_entry_to IF NOT EXISTS FOR (e:ChangeEntry) ON (e.toId)',
    // The review queue: pairs apart from the graph too.
    'CREATE CONSTRAINT review_pair_id IF NOT EXISTS FOR (p:ReviewPair) REQUIRE p.id IS UNIQUE',
    'CREATE INDEX review_pair_status IF NOT EXISTS FOR (p:ReviewPair) ON (p.status)',
    // Settings kept with the graph: apart from it too (no Entity label), one node per key.
    'CREATE CONSTRAINT setting_key IF NOT EXISTS FOR (s:Setting) REQUIRE s.key IS UNIQUE',
    // The lock every write transaction takes first (take-write-lock.cypher): one node, apart too.
    'CREATE CONSTRAINT write_lock_key IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.key IS UNIQUE',
  ];
}

export function neo4jSchemaText(): string {
  return (
    '// Generated from server/src/domain by `npm run schema:write`; a test checks it is current.\n' +
    neo4jSchemaStatements()
      .map((statement) => `${statement};\n`)
      .join('')
  );
}
