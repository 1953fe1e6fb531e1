/**
 * Loads the Cypher queries kept as files under cypher/<backend>/, one query per file.
 * Labels and relationship types cannot be parameters in Cypher, so a template may name them as
 * __PLACEHOLDERS__; they are filled only with kinds from the domain's declared lists (and the store's own
 * change-set tables).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isNodeKind, isRelKind } from '#model';
import type { Backend } from '../graph-store.ts';

/** The store's own tables beside the declared kinds: change sets and their entries. */
const CHANGE_TABLES: readonly string[] = ['ChangeSet', 'ChangeEntry', 'ReviewPair'];

const CYPHER_DIR = fileURLToPath(new URL('../../../../cypher/', import.meta.url));
const cache = new Map<string, string>();
/** The file each statement text came from (templates' bound texts too), to name statements in profiles. */
const names = new Map<string, string>();

export function cypherPath(backend: Backend, name: string): string {
  return `${CYPHER_DIR}${backend}/${name}.cypher`;
}

export function readCypher(backend: Backend, name: string): string {
  const path = cypherPath(backend, name);
  let text = cache.get(path);
  if (text === undefined) {
    text = readFileSync(path, 'utf8').trim().replace(/;$/, '');
    cache.set(path, text);
    names.set(text, name);
  }
  return text;
}

/** The name of the cypher file a statement's text came from, if it came from one. */
export function statementName(text: string): string | undefined {
  return names.get(text);
}

/**
 * Fills __NAME__ placeholders with declared kinds; anything else is refused. A list of relationship
 * kinds is written `A|B` (any of them); a list of node kinds is joined by `nodeSeparator`, which differs
 * by backend (`A:B` in kuzu, `A|B` in Neo4j 5).
 */
export function bindLabels(
  template: string,
  labels: Readonly<Record<string, string | readonly string[]>>,
  nodeSeparator = '|',
): string {
  let text = template;
  for (const [placeholder, value] of Object.entries(labels)) {
    const list: readonly string[] = typeof value === 'string' ? [value] : value;
    if (list.length === 0) throw new Error(`No kinds given for __${placeholder}__`);
    for (const label of list)
      if (!isNodeKind(label) && !isRelKind(label) && !CHANGE_TABLES.includes(label))
        throw new Error(`Not a declared kind: ${label}`);
    text = text.replaceAll(`__${placeholder}__`, list.join(list.every(isRelKind) ? '|' : nodeSeparator));
  }
  const left = /__[A-Z]+__/.exec(text);
  if (left) throw new Error(`Unfilled placeholder ${left[0]} in query`);
  const name = names.get(template);
  if (name !== undefined && !names.has(text)) names.set(text, name);
  return text;
}
