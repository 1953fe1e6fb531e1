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

/** The pinyin of a name, computed (pure; the same in server and browser). Null for names without Han. */
export function pinyinForms(name: string): PinyinForms | null {
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
export function searchKeys(
  thing: NamedThing,
  formsOf: (name: string) => PinyinForms | null = pinyinForms,
): string[] {
  const keys = new Set<string>();
  for (const name of [thing.name, ...thing.aliases, thing.nameEn ?? '']) {
    const key = normalizeName(name);
    if (!key) continue;
    keys.add(key);
    const forms = formsOf(name);
    if (forms) {
      keys.add(forms.full);
      keys.add(forms.initials);
    }
  }
  return [...keys];
}

export function searchText(
  thing: NamedThing,
  formsOf: (name: string) => PinyinForms | null = pinyinForms,
): string {
  return KEY_SEPARATOR + searchKeys(thing, formsOf).join(KEY_SEPARATOR) + KEY_SEPARATOR;
}

/**
 * Search keys as a service a store is given: the same keys as `searchText`, with pinyin that a large
 * import computed ahead of time on a second thread remembered until the import is done. Each store has
 * its own (passed in at creation, or a fresh one), never a module-level cache.
 */
export interface SearchKeys {
  /** The joined keys a store keeps for a node. */
  textOf(thing: NamedThing): string;
  /** Pinyin computed elsewhere, used instead of computing it again. */
  remember(entries: Iterable<readonly [string, PinyinForms | null]>): void;
  forget(): void;
}

export function createSearchKeys(): SearchKeys {
  const remembered = new Map<string, PinyinForms | null>();
  const formsOf = (name: string) => {
    const known = remembered.get(name);
    return known !== undefined ? known : pinyinForms(name);
  };
  return {
    textOf: (thing) => searchText(thing, formsOf),
    remember(entries) {
      for (const [name, forms] of entries) remembered.set(name, forms);
    },
    forget: () => remembered.clear(),
  };
}
