/**
 * An organisation's name split into its parts, after the structure of registered names (《企业名称登记管理
 * 规定》 art. 6: 行政区划 + 字号 + 行业或者经营特点 + 组织形式): the places it begins with (and any in
 * brackets), the trade name (字号), the industry words, the organisation form, a branch (…东营分公司) and,
 * for a child institution, its parent (中国科学院 of 中国科学院上海有机化学研究所). Full-width forms, spaces
 * and brackets are normalised first. Pure and linear in the name's length: every step is a bounded
 * dictionary look-up, no regular expression backtracks.
 *
 * Enterprises are split completely (山东华兴化工集团股份有限公司 → 山东 · 华兴 · 化工 · 集团股份有限公司).
 * Institutions, platforms and agencies keep their discipline with the trade name, since it names them
 * (山东农业大学 is not 山东大学): 山东省农业科学院 → trade 山东农业, 大连光明研究院 → 光明 in 大连.
 */
import { normalizeName, type NodeKind } from '#model';
import { INDUSTRY_WORDS, type Sector } from './industry-words.ts';
import { BRANCH_FORMS, FORM_BY_ENDING, PARENT_FORMS, formAtEnd } from './org-forms.ts';
import { leadingPlace, placeCodes, shortForms, trailingPlace, type PlaceMention } from './place-names.ts';

/** How a kind's names are split: enterprises fully, institutions keeping their discipline, others plainly. */
export type NameFamily = 'enterprise' | 'institution' | 'plain';

export function nameFamily(kind: NodeKind): NameFamily {
  if (kind === 'Enterprise') return 'enterprise';
  if (kind === 'University' || kind === 'Platform' || kind === 'Agency') return 'institution';
  return 'plain';
}

const FAMILY_KINDS: Readonly<Record<NameFamily, readonly NodeKind[]>> = {
  enterprise: ['Enterprise'],
  institution: ['University', 'Platform', 'Agency'],
  plain: [],
};

export interface OrgName {
  /** The whole name's comparison key (normalizeName). */
  readonly key: string;
  readonly family: NameFamily;
  /** Places the name begins with or holds in brackets, outermost first. */
  readonly places: readonly PlaceMention[];
  /** The trade name (字号): what two names of one organisation share. */
  readonly trade: string;
  /** What the trade name is: a name of its own, a place (垦利石化 · 垦利) or only industry words (化工厂). */
  readonly tradeIs: 'name' | 'place' | 'industry';
  /** Industry words as written, in order (生物科技). */
  readonly industry: string;
  /** Sectors of the industry words, generic words left out. */
  readonly sectors: readonly Sector[];
  /** The organisation form (集团股份有限公司), '' when none. */
  readonly form: string;
  /** A branch: its label (东营 for …东营分公司, '' when unlabelled); null when the name is no branch. */
  readonly branch: string | null;
  /** The parent's comparison key for a child institution (中国科学院), else null. */
  readonly parent: string | null;
}

const SECTOR_OF = new Map<string, Sector>(
  (Object.entries(INDUSTRY_WORDS) as Array<[Sector, readonly string[]]>).flatMap(([sector, words]) =>
    words.map((word): [string, Sector] => [normalizeName(word), sector]),
  ),
);
/** Industry words by their last character, longest first: look-ups without slicing. */
const WORDS_BY_END = new Map<string, string[]>();
for (const word of [...SECTOR_OF.keys()].sort((a, b) => b.length - a.length)) {
  const last = word.slice(-1);
  WORDS_BY_END.set(last, [...(WORDS_BY_END.get(last) ?? []), word]);
}
const BRANCHES = [...BRANCH_FORMS].sort((a, b) => b.length - a.length);
/** Legal endings a branch's parent name stops at (…有限公司 | 东营分公司). */
const PARENT_ENDS = ['公司', '集团', '厂'];
/** A bracketed part longer than this is not a place or form but part of the name. */
const MAX_BRACKET = 20;
const NATIONAL = new Set(['中国', '中华', '全国']);

/** The longest industry word the text ends with, leaving at least `keep` characters. */
function industryAtEnd(text: string, keep: number): string | null {
  for (const word of WORDS_BY_END.get(text.slice(-1)) ?? []) {
    if (word.length <= text.length - keep && text.endsWith(word)) return word;
  }
  return null;
}

/** Whether a text is made only of industry words (科技, 农业科技 …). */
function onlyIndustry(text: string): boolean {
  let rest = text;
  while (rest.length > 0) {
    const word = industryAtEnd(rest, 0);
    if (!word) return false;
    rest = rest.slice(0, -word.length);
  }
  return text.length > 0;
}

/** A place as the trade name: its short form, so 垦利区 and 垦利 give the same trade. */
function placeTrade(written: string): string {
  return shortForms(written)[0] ?? written;
}

/** The places a text is made of (福建省龙岩市永定区), or null when it is not only places. */
function placesOnly(text: string): PlaceMention[] | null {
  const places: PlaceMention[] = [];
  let rest = text;
  for (let round = 0; round < 4 && rest.length > 0; round++) {
    const place = leadingPlace(rest);
    if (!place) return null;
    places.push(place);
    rest = rest.slice(place.written.length);
  }
  return rest.length === 0 && places.length > 0 ? places : null;
}

interface Unbracketed {
  readonly text: string;
  readonly places: PlaceMention[];
  readonly form: string;
  readonly qualifier: string;
}

/** Takes bracketed parts out: places (合益化工(东营)有限公司), forms ((有限合伙)), other qualifiers ((华东)). */
function unbracket(name: string): Unbracketed {
  const text = name
    .normalize('NFKC')
    .replace(/[【〔［「『<]/gu, '(')
    .replace(/[】〕］」』>]/gu, ')')
    .replace(/\[/gu, '(')
    .replace(/\]/gu, ')');
  const places: PlaceMention[] = [];
  let form = '';
  let qualifier = '';
  let out = '';
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf('(', index);
    if (open < 0) {
      out += text.slice(index);
      break;
    }
    const close = text.indexOf(')', open + 1);
    const inner = close < 0 ? '' : text.slice(open + 1, close);
    if (close < 0 || inner.includes('(') || inner.length > MAX_BRACKET) {
      out += text.slice(index, open + 1);
      index = open + 1;
      continue;
    }
    out += text.slice(index, open);
    index = close + 1;
    const key = normalizeName(inner);
    const inside = placesOnly(key);
    if (inside) places.push(...inside);
    else if (NATIONAL.has(key)) continue;
    else if (FORM_BY_ENDING.has(key)) form = key + form;
    else qualifier += key;
  }
  return { text: normalizeName(out), places, form, qualifier };
}

/** Splits a branch off: 山东合益化工有限公司东营分公司 → 山东合益化工有限公司 and label 东营. */
function splitBranch(text: string): { main: string; branch: string | null } {
  const ending = BRANCHES.find((each) => text.endsWith(each) && text.length > each.length + 1);
  if (!ending) return { main: text, branch: null };
  const rest = text.slice(0, -ending.length);
  let cut = -1;
  for (const end of PARENT_ENDS) {
    const at = rest.lastIndexOf(end);
    if (at >= 0 && at + end.length > cut) cut = at + end.length;
  }
  if (cut > 1) {
    const label = rest.slice(cut);
    return { main: rest.slice(0, cut), branch: placeCodes(label) ? placeTrade(label) : label };
  }
  const place = trailingPlace(rest);
  if (place && rest.length - place.written.length >= 2)
    return { main: rest.slice(0, -place.written.length), branch: placeTrade(place.written) };
  return { main: rest, branch: '' };
}

/** The parent of a child institution: 中国科学院 of 中国科学院上海有机化学研究所. */
function parentOf(text: string, form: string): string | null {
  const body = text.slice(0, text.length - form.length);
  for (const parentForm of PARENT_FORMS) {
    const at = body.indexOf(parentForm);
    if (at >= 1 && at + parentForm.length < body.length) return body.slice(0, at + parentForm.length);
  }
  return null;
}

export function parseOrgName(name: string, family: NameFamily): OrgName {
  const bracketed = unbracket(name);
  const { main, branch } = splitBranch(bracketed.text);
  const kinds = FAMILY_KINDS[family];
  let rest = main;
  let form = '';
  const found = kinds.length > 0 ? formAtEnd(rest, kinds) : null;
  if (found && rest.length > found.form.length) {
    form = found.form;
    rest = rest.slice(0, -found.form.length);
  }
  form = form || bracketed.form;
  const parent = family === 'institution' && form ? parentOf(main, form) : null;

  const industryWords: string[] = [];
  if (family === 'enterprise') {
    for (let round = 0; round < 6; round++) {
      const word = industryAtEnd(rest, 2);
      if (!word) break;
      industryWords.unshift(word);
      rest = rest.slice(0, -word.length);
    }
  }
  const places: PlaceMention[] = [];
  for (let round = 0; round < 4 && !parent; round++) {
    const place = leadingPlace(rest);
    if (!place || rest.length - place.written.length < 2) break;
    const remainder = rest.slice(place.written.length);
    // An institution named by place and discipline keeps its place in the trade name (山东 · 农业).
    if (family !== 'enterprise' && onlyIndustry(remainder)) {
      places.push(place);
      rest = placeTrade(place.written) + remainder;
      break;
    }
    places.push(place);
    rest = remainder;
  }
  const tradeIs = placeCodes(rest) ? 'place' : onlyIndustry(rest) ? 'industry' : 'name';
  const trade = (tradeIs === 'place' ? placeTrade(rest) : rest) + bracketed.qualifier;
  const sectors = [...new Set(industryWords.map((word) => SECTOR_OF.get(word) ?? 'generic'))].filter(
    (sector) => sector !== 'generic',
  );
  return {
    key: normalizeName(name),
    family,
    places: [...places, ...bracketed.places],
    trade,
    tradeIs,
    industry: industryWords.join(''),
    sectors,
    form,
    branch,
    parent,
  };
}
