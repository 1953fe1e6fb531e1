/**
 * How likely two organisation names with the same trade name (字号) name one organisation, as a score
 * between 0 and 1 with the reasons that made it: the same industry (化工 and 化工) or a related one is
 * evidence for, a different industry (化工 and 药业) or a different place (东营 and 济南) evidence against;
 * a branch (…东营分公司) is not its head office; an institute is not its parent (中国科学院 · 上海有机化学研究所).
 * At MERGE_AT or more a row merges with the entity on its own; from REVIEW_AT it is a question for an editor.
 * The weights are one declaration (MATCH_REASONS), tuned on the eval:resolve set (scripts/eval-resolve.ts).
 */
import { RELATED_SECTORS, type Sector } from './industry-words.ts';
import type { OrgName } from './parse-org-name.ts';
import { placesRelated } from './place-names.ts';

export const MERGE_AT = 0.85;
export const REVIEW_AT = 0.45;

export type MatchReasonCode =
  | 'exact'
  | 'alias'
  | 'abbreviation'
  | 'same-trade'
  | 'weak-trade'
  | 'same-industry'
  | 'related-industry'
  | 'industry-one-side'
  | 'trade-only'
  | 'no-industry'
  | 'other-industry'
  | 'same-place'
  | 'other-place'
  | 'same-form'
  | 'form-one-side'
  | 'other-form'
  | 'branch-of'
  | 'same-branch'
  | 'other-branch'
  | 'parent-child'
  | 'same-person-unit'
  | 'same-source'
  | 'person-other-unit'
  | 'person-unit-unknown'
  | 'several-candidates';

export interface MatchReasonSpec {
  readonly weight: number;
  readonly zh: string;
  readonly en: string;
}

/** Every reason a match is scored by, with its weight (added to the score) and its words. */
export const MATCH_REASONS: Readonly<Record<MatchReasonCode, MatchReasonSpec>> = {
  exact: { weight: 1, zh: '名称相同', en: 'same name' },
  alias: { weight: 1, zh: '与别名相同', en: 'same as an alias' },
  abbreviation: { weight: 1, zh: '常用简称', en: 'a known abbreviation' },
  'same-trade': { weight: 0.6, zh: '字号相同', en: 'same trade name' },
  'weak-trade': { weight: 0.3, zh: '字号只是行业词', en: 'the trade name is only industry words' },
  'same-industry': { weight: 0.3, zh: '行业相同', en: 'same industry' },
  'related-industry': { weight: 0.1, zh: '行业相近', en: 'related industry' },
  'industry-one-side': { weight: 0.2, zh: '只有一方写明行业', en: 'only one name gives an industry' },
  'trade-only': {
    weight: 0.25,
    zh: '简称只写了三字以上的字号',
    en: 'the short name is a trade name of three characters or more alone',
  },
  'no-industry': { weight: 0.3, zh: '都未写行业', en: 'neither name gives an industry' },
  'other-industry': { weight: -0.5, zh: '行业不同', en: 'different industry' },
  'same-place': { weight: 0.05, zh: '地区一致', en: 'places agree' },
  'other-place': { weight: -0.6, zh: '地区不同', en: 'different places' },
  'same-form': { weight: 0.3, zh: '机构类型相同', en: 'same kind of organisation' },
  'form-one-side': { weight: 0.2, zh: '只有一方写明机构类型', en: 'only one name gives its form' },
  'other-form': { weight: -0.5, zh: '机构类型不同', en: 'different kinds of organisation' },
  'branch-of': { weight: -0.45, zh: '一方是分支机构', en: 'one is a branch' },
  'same-branch': { weight: 0.05, zh: '同一分支机构', en: 'the same branch' },
  'other-branch': { weight: -0.6, zh: '不同分支机构', en: 'different branches' },
  'parent-child': { weight: -1, zh: '上级与下属机构', en: 'parent and child institution' },
  'same-person-unit': { weight: 1, zh: '同名且同单位', en: 'same name, same unit' },
  'same-source': { weight: 1, zh: '同一表格同一行', en: 'the same sheet row as before' },
  'person-other-unit': { weight: -0.4, zh: '同名但单位不同', en: 'same name, another unit' },
  'person-unit-unknown': { weight: -0.4, zh: '同名但单位无法核对', en: 'same name, unit not known' },
  'several-candidates': { weight: 0, zh: '有多个可能的实体', en: 'several entities fit' },
};

export interface MatchReason {
  readonly code: MatchReasonCode;
  readonly weight: number;
  readonly zh: string;
  readonly en: string;
}

export function reason(code: MatchReasonCode): MatchReason {
  return { code, ...MATCH_REASONS[code] };
}

export interface MatchScore {
  /** Between 0 and 1. */
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}

const RELATED = new Set(RELATED_SECTORS.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));

function industryReason(a: OrgName, b: readonly OrgName[], sectors: readonly Sector[]): MatchReasonCode {
  if (a.sectors.length === 0 && sectors.length === 0) return 'no-industry';
  // A short name may keep a distinctive trade name alone (石大胜华 for 石大胜华新材料科技股份有限公司); a
  // trade name of two characters alone is too common to tell a company by.
  const tradeOnly = (name: OrgName) =>
    name.form === '' && name.places.length === 0 && name.tradeIs === 'name' && name.trade.length >= 3;
  if (a.sectors.length === 0) return tradeOnly(a) ? 'trade-only' : 'industry-one-side';
  if (sectors.length === 0) return b.some(tradeOnly) ? 'trade-only' : 'industry-one-side';
  return sectorReason(a.sectors, sectors);
}

function sectorReason(a: readonly Sector[], b: readonly Sector[]): MatchReasonCode {
  if (a.some((sector) => b.includes(sector))) return 'same-industry';
  if (a.some((x) => b.some((y) => RELATED.has(`${x}|${y}`)))) return 'related-industry';
  return 'other-industry';
}

function formReason(a: string, b: string): MatchReasonCode {
  if (!a || !b) return 'form-one-side';
  return a === b ? 'same-form' : 'other-form';
}

function branchReason(a: string | null, b: string | null): MatchReasonCode | null {
  if (a === null && b === null) return null;
  if (a === null || b === null) return 'branch-of';
  return a === b ? 'same-branch' : 'other-branch';
}

const clamp = (value: number) => Math.max(0, Math.min(1, Math.round(value * 1000) / 1000));

/**
 * Two names compared part by part; `b` may stand for several names of one entity (its name and aliases
 * with this trade name), given as their parts.
 */
export function scoreMatch(a: OrgName, b: readonly OrgName[]): MatchScore {
  const codes: MatchReasonCode[] = [];
  const first = b[0];
  if (!first) return { score: 0, reasons: [] };
  if (b.some((other) => other.key === a.parent || other.parent === a.key)) {
    return { score: 0, reasons: [reason('parent-child')] };
  }
  codes.push(a.tradeIs === 'industry' || first.tradeIs === 'industry' ? 'weak-trade' : 'same-trade');
  const sectors = [...new Set(b.flatMap((other) => other.sectors))];
  if (a.family === 'enterprise') codes.push(industryReason(a, b, sectors));
  else if (a.family === 'institution') {
    const forms = [...new Set(b.map((other) => other.form).filter(Boolean))];
    codes.push(
      forms.length === 0
        ? formReason(a.form, '')
        : formReason(a.form, forms.includes(a.form) ? a.form : (forms[0] ?? '')),
    );
  } else codes.push('no-industry');
  const places = b.flatMap((other) => other.places);
  if (a.places.length > 0 && places.length > 0) {
    const mine = a.places[a.places.length - 1]?.codes ?? [];
    const related = places.some((place) => placesRelated(mine, place.codes));
    codes.push(related ? 'same-place' : 'other-place');
  }
  const branches = b.map((other) => other.branch);
  const branch = branchReason(
    a.branch,
    branches.includes(a.branch) ? a.branch : (branches.find((each) => each !== null) ?? null),
  );
  if (branch) codes.push(branch);
  const reasons = codes.map(reason);
  return { score: clamp(reasons.reduce((sum, each) => sum + each.weight, 0)), reasons };
}
