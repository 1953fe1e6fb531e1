/**
 * The editors a server knows, from EDITOR_KEYS: comma-separated `name:key` pairs (a bare `key` is the
 * anonymous editor of old configurations, named "editor"). Keys are compared in constant time; with none
 * configured, nobody may change the graph through the API. The secret that signs sessions comes from
 * SESSION_SECRET, or is derived from the keys, so every instance with the same configuration accepts
 * the same sessions.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export interface Editor {
  readonly name: string;
  readonly key: string;
}

export interface Editors {
  readonly configured: boolean;
  /** The editor whose key this is, or null. */
  byKey(offered: string | undefined): string | null;
  /** Whether an editor of that name is still configured (a session of a removed editor ends). */
  has(name: string): boolean;
  /** Signs session tokens. */
  readonly secret: Buffer;
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export const ANONYMOUS_EDITOR = 'editor';

export function parseEditorKeys(entries: readonly string[]): Editor[] {
  return entries
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const colon = entry.indexOf(':');
      if (colon <= 0) return { name: ANONYMOUS_EDITOR, key: entry };
      return { name: entry.slice(0, colon).trim() || ANONYMOUS_EDITOR, key: entry.slice(colon + 1).trim() };
    })
    .filter((editor) => editor.key.length > 0);
}

export function createEditors(entries: readonly string[], sessionSecret?: string): Editors {
  const editors = parseEditorKeys(entries);
  const hashed = editors.map((editor) => ({ name: editor.name, digest: digest(editor.key) }));
  const names = new Set(editors.map((editor) => editor.name));
  const secret = sessionSecret
    ? digest(`kg-session|${sessionSecret}`)
    : digest(
        `kg-session|${editors
          .map((editor) => `${editor.name}:${editor.key}`)
          .sort()
          .join('\n')}`,
      );
  return {
    configured: editors.length > 0,
    byKey(offered) {
      if (!offered || editors.length === 0) return null;
      const given = digest(offered);
      let found: string | null = null;
      // Compare with every key, so that the time taken does not tell which one matched.
      for (const editor of hashed)
        if (timingSafeEqual(editor.digest, given) && found === null) found = editor.name;
      return found;
    },
    has: (name) => names.has(name),
    secret,
  };
}
