/**
 * How names are compared when rows are matched to entities. Three tiers, strictest first:
 * 1. the exact key: full-width → half-width, case, spaces and brackets folded (normalizeName);
 * 2. abbreviations: a built-in list of what bureaus write (中科院, 石大 …) plus an import's own;
 * 3. the core key: the exact key without a legal-form suffix (有限公司, 股份有限公司, 集团 …) and without a
 *    leading province, city or district (山东, 东营市, 垦利区), so 山东合益化工有限公司 meets 合益化工.
 *    Two names whose leading places differ never meet this way (东营市农科院 is not 山东省农科院).
 */
import { normalizeName } from '#model';

/** Common abbreviations → the full names they stand for (several: ambiguous unless only one exists). */
export const KNOWN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  中科院: ['中国科学院'],
  工程院: ['中国工程院'],
  社科院: ['中国社会科学院'],
  农科院: ['中国农业科学院'],
  中国农科院: ['中国农业科学院'],
  省农科院: ['山东省农业科学院'],
  山东省农科院: ['山东省农业科学院'],
  山东农科院: ['山东省农业科学院'],
  省科学院: ['山东省科学院'],
  山东科学院: ['山东省科学院'],
  石大: ['中国石油大学', '中国石油大学(华东)'],
  中石大: ['中国石油大学', '中国石油大学(华东)'],
  石油大学: ['中国石油大学', '中国石油大学(华东)'],
  中国石油大学华东: ['中国石油大学(华东)', '中国石油大学'],
  华东石油大学: ['中国石油大学(华东)', '中国石油大学'],
  清华: ['清华大学'],
  北大: ['北京大学'],
  山大: ['山东大学'],
  海大: ['中国海洋大学'],
  中国海大: ['中国海洋大学'],
  青科大: ['青岛科技大学'],
  青岛科大: ['青岛科技大学'],
  齐鲁工大: ['齐鲁工业大学'],
  齐工大: ['齐鲁工业大学'],
  山农大: ['山东农业大学'],
  山东农大: ['山东农业大学'],
  山东理工: ['山东理工大学'],
  山科大: ['山东科技大学'],
  浙大: ['浙江大学'],
  复旦: ['复旦大学'],
  上交大: ['上海交通大学'],
  上海交大: ['上海交通大学'],
  南大: ['南京大学', '南开大学'],
  天大: ['天津大学'],
  大工: ['大连理工大学'],
  大连理工: ['大连理工大学'],
  哈工大: ['哈尔滨工业大学'],
  华东理工: ['华东理工大学'],
  北化: ['北京化工大学'],
  北京化工: ['北京化工大学'],
  上海有机所: ['中国科学院上海有机化学研究所'],
  中科院上海有机所: ['中国科学院上海有机化学研究所'],
  大连化物所: ['中国科学院大连化学物理研究所'],
  中科院大连化物所: ['中国科学院大连化学物理研究所'],
  过程所: ['中国科学院过程工程研究所'],
  中科院过程所: ['中国科学院过程工程研究所'],
  化学所: ['中国科学院化学研究所'],
  中科院化学所: ['中国科学院化学研究所'],
  石化联合会: ['中国石油和化学工业联合会'],
  中国石化联合会: ['中国石油和化学工业联合会'],
};

/** Legal-form endings, longest first. */
const LEGAL_FORMS = [
  '集团股份有限公司',
  '集团有限责任公司',
  '集团有限公司',
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '股份公司',
  '集团公司',
  '集团',
  '公司',
  // What a legal name adds after the trade name: 山东天牧生物科技有限公司 is 天牧生物.
  '科技',
  '实业',
  '发展',
  '控股',
  'coltd',
  'co',
  'ltd',
  'inc',
];

const PROVINCES = [
  '北京',
  '天津',
  '上海',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '台湾',
  '内蒙古',
  '广西',
  '西藏',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
];
const CITIES = [
  '济南',
  '青岛',
  '淄博',
  '枣庄',
  '东营',
  '烟台',
  '潍坊',
  '济宁',
  '泰安',
  '威海',
  '日照',
  '临沂',
  '德州',
  '聊城',
  '滨州',
  '菏泽',
  '大连',
  '沈阳',
  '南京',
  '苏州',
  '杭州',
  '宁波',
  '广州',
  '深圳',
  '武汉',
  '成都',
  '西安',
  '郑州',
  '长沙',
  '合肥',
  '厦门',
  '石家庄',
  '太原',
  '哈尔滨',
  '长春',
];
const DISTRICTS = ['垦利', '东营区', '河口', '广饶', '利津', '黄河三角洲', '黄三角'];

/** Place prefixes as written, longest first: 山东省, 山东, 东营市, 垦利区 … */
const PLACES: ReadonlyArray<[string, string]> = [
  ...PROVINCES.flatMap((name) =>
    ['省', '市', '自治区', '壮族自治区', '回族自治区', '维吾尔自治区', '特别行政区', ''].map(
      (suffix): [string, string] => [name + suffix, name],
    ),
  ),
  ...CITIES.flatMap((name) => ['市', ''].map((suffix): [string, string] => [name + suffix, name])),
  ...DISTRICTS.flatMap((name) => ['区', '县', ''].map((suffix): [string, string] => [name + suffix, name])),
].sort((a, b) => b[0].length - a[0].length);

const PLACE_NAMES = new Set(PLACES.map(([, place]) => place));

/** What is left of a name that is only a place and a generic word: 山东大学 stays 山东大学. */
const GENERIC_REMAINDERS = new Set([
  '大学',
  '学院',
  '科学院',
  '研究院',
  '研究所',
  '农科院',
  '农业科学院',
  '科技局',
  '政府',
  '人民政府',
  '医院',
]);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** One regular expression for all place prefixes and one for all legal-form endings, longest first. */
const PLACE_PREFIX = new RegExp(`^(?:${PLACES.map(([written]) => escape(written)).join('|')})`, 'u');
const PLACE_OF = new Map(PLACES);
const LEGAL_SUFFIX = new RegExp(`(?:${LEGAL_FORMS.map(escape).join('|')})$`, 'u');

/** Titles written after a person's name: 张三教授, 李四研究员. */
const TITLES = /(教授|副教授|研究员|副研究员|博士|院士|高级工程师|高工|工程师|主任|老师|先生|女士)$/u;

export interface CoreKey {
  readonly core: string;
  /** The leading place, when the name had one. */
  readonly place: string | null;
}

const exactCache = new Map<string, string>();

/** The exact comparison key of a name (remembered: an import asks for the same names many times). */
export function exactKey(name: string): string {
  let key = exactCache.get(name);
  if (key === undefined) {
    if (exactCache.size > 500_000) exactCache.clear();
    key = normalizeName(name);
    exactCache.set(name, key);
  }
  return key;
}

/** A name without legal form, leading place or a bracketed place: 山东合益化工（东营）有限公司 → 合益化工. */
const coreCache = new Map<string, CoreKey>();

export function coreKey(name: string, person = false): CoreKey {
  const cacheKey = person ? `\u0001${name}` : name;
  const cached = coreCache.get(cacheKey);
  if (cached) return cached;
  if (coreCache.size > 500_000) coreCache.clear();
  const key = computeCoreKey(name, person);
  coreCache.set(cacheKey, key);
  return key;
}

function computeCoreKey(name: string, person: boolean): CoreKey {
  let text = name
    .normalize('NFKC')
    // A bracketed place inside a name: 合益化工(东营)有限公司.
    .replace(/\(([^()]{2,8})\)/gu, (whole, inner: string) => {
      const key = normalizeName(inner);
      return PLACES.some(([written]) => written === key) ? '' : whole;
    });
  text = normalizeName(text);
  if (person) return { core: text.replace(TITLES, '') || text, place: null };
  let place: string | null = null;
  for (let round = 0; round < 6; round++) {
    const form = LEGAL_SUFFIX.exec(text)?.[0];
    if (!form || text.length - form.length < 2) break;
    text = text.slice(0, -form.length);
  }
  for (let round = 0; round < 3; round++) {
    const written = PLACE_PREFIX.exec(text)?.[0];
    if (!written || text.length - written.length < 2 || GENERIC_REMAINDERS.has(text.slice(written.length)))
      break;
    place ??= PLACE_OF.get(written) ?? written;
    text = text.slice(written.length);
  }
  return { core: text, place };
}

/** Two core keys meet when the cores are equal and their places, if both have one, agree. */
export function placesAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b || !PLACE_NAMES.has(a) || !PLACE_NAMES.has(b);
}

/** Full names an abbreviation stands for, from the built-in list and an import's own. */
export function expandAlias(name: string, extra: ReadonlyMap<string, readonly string[]>): readonly string[] {
  const key = exactKey(name);
  return [...(extra.get(key) ?? []), ...(KNOWN_ALIASES[key] ?? [])];
}
