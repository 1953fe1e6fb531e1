/**
 * The keys names are compared by when rows are matched to entities, strictest first:
 * 1. the exact key: full-width → half-width, case, spaces and brackets folded (normalizeName);
 * 2. abbreviations: the built-in list (names/known-aliases.ts: 中科院, 石大 …) plus an import's own;
 * 3. for organisations, the parts of the name (names/parse-org-name.ts), compared by trade name with the
 *    other parts as evidence (names/score-match.ts); for people, the name without a title (张三教授).
 */
import { normalizeName } from '#model';
import { KNOWN_ALIASES } from './names/known-aliases.ts';

/** Titles written after a person's name: 张三教授, 李四研究员. */
const TITLES = [
  '副研究员',
  '高级工程师',
  '副教授',
  '研究员',
  '工程师',
  '教授',
  '博士',
  '院士',
  '高工',
  '主任',
  '老师',
  '先生',
  '女士',
];

/** The exact comparison key of a name. */
export function exactKey(name: string): string {
  return normalizeName(name);
}

/** A person's name without the title written after it: 张三 教授 → 张三. */
export function personKey(name: string): string {
  const key = normalizeName(name);
  const title = TITLES.find((each) => key.endsWith(each) && key.length > each.length);
  return title ? key.slice(0, -title.length) : key;
}

/** Full names an abbreviation (by its exact key) stands for, from an import's own list and the built-in one. */
export function expandAlias(key: string, extra: ReadonlyMap<string, readonly string[]>): readonly string[] {
  const own = extra.get(key);
  const known = Object.hasOwn(KNOWN_ALIASES, key) ? KNOWN_ALIASES[key] : undefined;
  if (!own) return known ?? [];
  return known ? [...own, ...known] : own;
}
