/**
 * A name matched against the entities in the graph exactly as an import matches its rows (exact key,
 * abbreviations, the parts of an organisation's name): used by in-app editing so that creating an entity
 * never silently duplicates one an import would have merged with.
 */
import type { NodeKind } from '#model';
import type { EntityName } from '../store/index.ts';
import { NameIndex } from './name-index.ts';

export function matchingEntities(
  entities: readonly EntityName[],
  name: string,
  kinds: readonly NodeKind[],
): string[] {
  return new NameIndex(entities).find(name, kinds);
}
