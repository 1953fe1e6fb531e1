/**
 * The kind a name tells by its ending (…有限公司 an enterprise, …大学 a university, …工作站 a platform),
 * read from the one declaration of organisation forms (names/org-forms.ts), longest ending first; a
 * bracketed note at the end (中国石油大学（华东）) is looked past.
 */
import { normalizeName, type NodeKind } from '#model';
import { formAtEnd } from './names/org-forms.ts';

/** Drops one bracketed note at the end, in time linear in the name's length. */
function withoutTrailingNote(text: string): string {
  if (!text.endsWith(')')) return text;
  const open = text.lastIndexOf('(');
  return open > 0 && !text.slice(open + 1, -1).includes(')') ? text.slice(0, open) : text;
}

export function classifyName(name: string, allowed: readonly NodeKind[]): NodeKind | null {
  const text = normalizeName(withoutTrailingNote(name.normalize('NFKC').replace(/\s+/gu, '')));
  const form = formAtEnd(text);
  return form && allowed.includes(form.kind) ? form.kind : null;
}

/** Whether a name ends as a registered legal name does (…有限公司, …集团, …厂). */
export function isLegalName(name: string): boolean {
  return formAtEnd(normalizeName(name))?.legal === true;
}
