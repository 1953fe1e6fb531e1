/**
 * The search keys of a node: its normalised names and aliases plus their pinyin
 * (full and initials), so 合益, 合益化工, heyihuagong and hyhg all find 合益化工.
 * Stores keep the joined keys as one text column and match terms by substring.
 */
import { pinyin } from 'pinyin-pro';
import { normalizeName } from './normalize-name.ts';

const HAN = /\p{Script=Han}/u;

/** Separates keys so that a term never matches across two names. */
export const KEY_SEPARATOR = '|';

/**
 * Initials from the full readings: a Han character's reading gives its first letter, a run of other
 * characters stays whole, exactly as pinyin-pro's `pattern: 'first'` does (one call instead of two, which
 * halves an import's cost). Null when the readings do not line up with the text.
 */
function initialsOf(text: string, readings: readonly string[]): string[] | null {
  const out: string[] = [];
  let at = 0;
  for (const reading of readings) {
    if (reading && text.startsWith(reading, at)) {
      out.push(reading);
      at += reading.length;
    } else {
      const char = text.codePointAt(at);
      if (char === undefined || !HAN.test(String.fromCodePoint(char)) || !reading) return null;
      out.push(reading.slice(0, 1));
      at += char > 0xffff ? 2 : 1;
    }
  }
  return at === text.length ? out : null;
}

export interface PinyinForms {
  readonly full: string;
  readonly initials: string;
}

/** Forms computed ahead of time (a large import computes them on a second thread while it reads). */
const remembered = new Map<string, PinyinForms | null>();

export function rememberPinyinForms(entries: Iterable<readonly [string, PinyinForms | null]>): void {
  for (const [name, forms] of entries) remembered.set(name, forms);
}

export function forgetPinyinForms(): void {
  remembered.clear();
}

export function pinyinForms(name: string): PinyinForms | null {
  const known = remembered.get(name);
  if (known !== undefined) return known;
  if (!HAN.test(name)) return null;
  const text = name.normalize('NFKC');
  const full = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const initials =
    initialsOf(text, full) ??
    pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  return { full: normalizeName(full.join('')), initials: normalizeName(initials.join('')) };
}

export interface NamedThing {
  readonly name: string;
  readonly nameEn?: string;
  readonly aliases: readonly string[];
}

/** Every distinct normalised key under which a thing should be found. */
export function searchKeys(thing: NamedThing): string[] {
  const keys = new Set<string>();
  for (const name of [thing.name, ...thing.aliases, thing.nameEn ?? '']) {
    const key = normalizeName(name);
    if (!key) continue;
    keys.add(key);
    const forms = pinyinForms(name);
    if (forms) {
      keys.add(forms.full);
      keys.add(forms.initials);
    }
  }
  return [...keys];
}

export function searchText(thing: NamedThing): string {
  return KEY_SEPARATOR + searchKeys(thing).join(KEY_SEPARATOR) + KEY_SEPARATOR;
}
