/**
 * An allowed value of a declared enumeration as planners write it, tried in this order: the value itself;
 * a synonym (value-synonyms.ts: 国家 → 国家级, 县级市 → 区县, 外籍专家 → 外国专家); the one value the text
 * contains (省级重点实验室 → 省级); the one value or synonym of two characters or more it contains
 * (尚未解决 → 待对接); the one value the text begins (国 → 国家级). Null when none fits, or several do.
 */
import { normalizeName } from '#model';
import { VALUE_SYNONYMS } from './value-synonyms.ts';

type Word = readonly [word: string, value: string];

/** The one value the words stand for, ignoring words that are part of a longer one (专家 in 外国专家). */
function oneValue(found: readonly Word[]): string | null {
  const kept = found.filter(
    ([word]) => !found.some(([other]) => other.length > word.length && other.includes(word)),
  );
  const values = new Set(kept.map(([, value]) => value));
  return values.size === 1 ? ([...values][0] ?? null) : null;
}

export function matchAllowed(text: string, values: readonly string[]): string | null {
  const normal = text.normalize('NFKC').trim();
  if (values.includes(normal)) return normal;
  const key = normalizeName(normal);
  if (!key) return null;
  const own: Word[] = values.map((value) => [normalizeName(value), value]);
  const synonyms: Word[] = values.flatMap((value) =>
    (VALUE_SYNONYMS[value] ?? []).map((synonym): Word => [normalizeName(synonym), value]),
  );
  const words = [...own, ...synonyms];
  const exact = words.filter(([word]) => word === key);
  if (exact.length > 0) return oneValue(exact);
  const containedValues = own.filter(([word]) => key.includes(word));
  if (containedValues.length > 0) {
    const value = oneValue(containedValues);
    if (value) return value;
  } else {
    const value = oneValue(words.filter(([word]) => word.length >= 2 && key.includes(word)));
    if (value) return value;
  }
  const prefixed = values.filter((value) => value.startsWith(normal));
  return prefixed.length === 1 ? (prefixed[0] ?? null) : null;
}
