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

export function pinyinForms(name: string): { full: string; initials: string } | null {
  if (!HAN.test(name)) return null;
  const text = name.normalize('NFKC');
  const full = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
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
