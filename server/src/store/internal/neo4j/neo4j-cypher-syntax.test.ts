/**
 * Every query meant for Neo4j parses with Neo4j's own Cypher grammar (@neo4j-cypher/language-support),
 * templates filled with a declared kind, the generated schema statement by statement.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { bindLabels, cypherPath } from '../cypher-files.ts';
import { neighbourhoodStatement } from './neo4j-neighborhood.ts';
import { neo4jSchemaStatements } from './neo4j-schema.ts';

const dir = dirname(cypherPath('neo4j', 'schema'));
// A fragment, checked as the statement it ends (below).
const FRAGMENTS = new Set(['schema.cypher', 'neighborhood-subgraph.cypher']);
const files = readdirSync(dir).filter((file) => file.endsWith('.cypher') && !FRAGMENTS.has(file));
const SAMPLE: Record<string, string | readonly string[]> = {
  KIND: 'Enterprise',
  REL: 'COOPERATES_WITH',
  FROM: 'Enterprise',
  TO: 'University',
  KINDS: ['University', 'Specialist'],
  RELS: ['COOPERATES_WITH', 'WORKS_AT'],
  RECORD: ['COOPERATES_WITH', 'HOSTS'],
};

/** Declares the query's own $parameters, so only grammar and semantics are judged. */
function errorsIn(query: string): string[] {
  const parameters = Object.fromEntries([...query.matchAll(/\$(\w+)/gu)].map((match) => [match[1], null]));
  return lintCypherQuery(query, { parameters })
    .filter((diagnostic) => diagnostic.severity === 1)
    .map((diagnostic) =>
      typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    );
}

describe('Cypher for Neo4j', () => {
  it.each(files)('%s parses without errors', (file) => {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    const placeholders = Object.fromEntries(
      Object.entries(SAMPLE).filter(([key]) => text.includes(`__${key}__`)),
    );
    expect(errorsIn(bindLabels(text, placeholders))).toEqual([]);
  });

  it.each([1, 2, 3])('the one-statement neighbourhood of depth %i parses without errors', (depth) => {
    expect(errorsIn(neighbourhoodStatement(depth, ['University', 'Specialist']))).toEqual([]);
  });

  it('schema.cypher parses statement by statement', () => {
    for (const statement of neo4jSchemaStatements()) expect(errorsIn(statement), statement).toEqual([]);
  });

  it('reports a real syntax error, so the check can fail', () => {
    expect(errorsIn('MATCH (n RETURN n')).not.toEqual([]);
  });
});
