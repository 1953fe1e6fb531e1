/**
 * Stable ids for entities that arrive without one: the kind plus the normalised name,
 * e.g. `enterprise:合益化工`. Re-importing the same name always yields the same id.
 */
import type { NodeKind } from './node-kinds.ts';
import { normalizeName } from './normalize-name.ts';

export function deriveId(kind: NodeKind, name: string): string {
  return `${kind.toLowerCase()}:${normalizeName(name)}`;
}
