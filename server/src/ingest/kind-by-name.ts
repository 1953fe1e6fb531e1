/**
 * A node or relationship kind as a sheet writes it: its id (Enterprise, COOPERATES_WITH), or its Chinese
 * or English name from the declaration (企业, 合作, cooperates with), compared without case and spacing.
 */
import {
  NODE_KINDS,
  NODE_KIND_SPECS,
  REL_KINDS,
  REL_KIND_SPECS,
  normalizeName,
  type NodeKind,
  type RelKind,
} from '#model';

export function kindByName<K extends string>(
  text: string,
  kinds: readonly K[],
  specs: Readonly<Record<K, { readonly zh: string; readonly en: string }>>,
): K | null {
  const trimmed = text.trim();
  const exact = kinds.find((kind) => kind === trimmed);
  if (exact) return exact;
  const normal = normalizeName(trimmed);
  for (const kind of kinds) {
    const spec = specs[kind];
    if (
      normal === normalizeName(spec.zh) ||
      normal === normalizeName(spec.en) ||
      normal === kind.toLowerCase()
    )
      return kind;
  }
  return null;
}

/** A relationship kind by its id or its Chinese or English name (合作, cooperates with). */
export function relKindOf(text: string): RelKind | null {
  return kindByName(text, REL_KINDS, REL_KIND_SPECS);
}

/** A node kind by its id or its Chinese or English name (企业, Enterprise). */
export function nodeKindOf(text: string): NodeKind | null {
  return kindByName(text, NODE_KINDS, NODE_KIND_SPECS);
}
