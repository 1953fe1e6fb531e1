/**
 * A labelled test set for matching names, in the style of real registrations, made from a seed (the same
 * seed gives the same set). A world of organisations known by their short names (华兴化工, 润泽膜, 光明研究院
 * …), some with their legal name kept as an alias, and rows naming them as official sheets do:
 *
 * - positives: the legal name of a known organisation, with places at every level (山东省, 东营市, 垦利区,
 *   two or three of them, in brackets), the industry written out (化工 → 精细化工, 膜 → 膜分离技术), compound
 *   forms (集团股份有限公司), full-width characters and spaces, and branches (…东营分公司 for 华兴化工东营分公司);
 * - hard negatives: the same industry words with another trade name (华星化工 is not 华兴化工), the same
 *   trade name in another city (淄博华兴化工 is not 东营华兴化工), the same trade name in another industry,
 *   a branch for its head office, and an institute or school for its university or academy.
 *
 * `variant` picks which ways of writing are used: `tune` the ones the rules were tuned on, `held-out`
 * adds others (another seed and writings never tuned on).
 */
import { normalizeName, type NodeKind } from '#model';
import { seededRandom, type Random } from '../../match/evaluation/seeded-random.ts';
import type { NameEntry } from '../name-index.ts';
import { placeCodes, shortForms } from '../names/place-names.ts';
import placesFile from '../names/places.json' with { type: 'json' };

export type CaseLabel = 'same' | 'different';

export interface ResolveCase {
  readonly kind: NodeKind;
  /** The name as the row writes it. */
  readonly name: string;
  /** The entity it stands for, or null when it is none of the world's. */
  readonly target: string | null;
  readonly label: CaseLabel;
  /** What the case tests (for the breakdown). */
  readonly style: string;
}

export interface ResolveSet {
  readonly world: readonly NameEntry[];
  readonly cases: readonly ResolveCase[];
}

interface Industry {
  readonly short: string;
  readonly long: readonly string[];
  /** Writings only the held-out variant uses. */
  readonly heldOut: readonly string[];
}

const INDUSTRIES: readonly Industry[] = [
  { short: '化工', long: ['化工', '化工科技', '精细化工'], heldOut: ['化学工业', '化工材料'] },
  { short: '新能源', long: ['新能源', '新能源科技'], heldOut: ['新能源技术开发', '新能源发展'] },
  { short: '药业', long: ['药业', '制药'], heldOut: ['医药科技', '医药'] },
  { short: '生物', long: ['生物科技', '生物技术'], heldOut: ['生物工程', '生物科技发展'] },
  { short: '农业', long: ['农业科技', '农业科技开发'], heldOut: ['农业开发', '现代农业'] },
  { short: '膜', long: ['膜技术', '膜科技'], heldOut: ['膜分离技术', '膜技术开发'] },
  { short: '新材料', long: ['新材料', '新材料科技'], heldOut: ['材料科技', '复合材料'] },
  { short: '机械', long: ['机械', '机械制造'], heldOut: ['机械设备', '工程机械'] },
  { short: '石油装备', long: ['石油装备', '石油装备制造'], heldOut: ['石油机械', '石油技术'] },
  { short: '电子', long: ['电子科技', '电子'], heldOut: ['电子信息', '电子技术'] },
  { short: '环保', long: ['环保科技', '环保'], heldOut: ['节能环保', '环境工程'] },
  { short: '食品', long: ['食品', '食品科技'], heldOut: ['食品饮料', '粮油食品'] },
];

const FORMS = ['有限公司', '股份有限公司', '有限责任公司', '集团有限公司'];
const HELD_OUT_FORMS = ['集团股份有限公司', '科技有限公司', '实业有限公司'];
const CHARS =
  '华兴润泽鑫源恒达宏盛金利海瑞丰祥泰隆康远博创宇龙鼎诚信德坤澳辰睿昊晟晨锦嘉裕旭烨晖卓豪凯铭航骏'.split('');
const INSTITUTE_WORDS = ['光明', '黄河', '鲁东', '海岳', '齐鲁', '渤海', '蓝色', '东岳', '华夏', '瀚海'];
const SCHOOLS = ['化学化工学院', '材料科学与工程学院', '石油工程学院', '生命科学学院', '机电工程学院'];
const ACADEMIES = ['中国科学院', '中国农业科学院', '山东省科学院', '山东省农业科学院'];
const UNIVERSITIES = ['山东大学', '中国海洋大学', '青岛科技大学', '齐鲁工业大学', '山东理工大学'];
const INSTITUTES = ['化学研究所', '过程工程研究所', '作物研究所', '海洋研究所', '能源研究所'];

interface Division {
  readonly code: string;
  readonly name: string;
}

function divisions(): { provinces: Division[]; cities: Division[]; counties: Division[] } {
  const all = placesFile.places.split('|').map((pair) => {
    const space = pair.indexOf(' ');
    return { code: pair.slice(0, space), name: pair.slice(space + 1) };
  });
  return {
    provinces: all.filter((each) => each.code.length === 2),
    cities: all.filter((each) => each.code.length === 4),
    counties: all.filter((each) => each.code.length === 6 && shortForms(each.name).length > 0),
  };
}

const PLACES = divisions();
const short = (name: string) => shortForms(name)[0] ?? name;

/** A place as a legal name begins with it: one level, two or three, full or short. */
function placePrefix(random: Random, county: Division, style: number): { text: string; style: string } {
  const city = PLACES.cities.find((each) => county.code.startsWith(each.code));
  const province = PLACES.provinces.find((each) => county.code.startsWith(each.code));
  const p = province?.name ?? '';
  const c = city?.name ?? '';
  const options: Array<[string, string]> = [
    [p, 'province'],
    [short(p), 'province short'],
    [c, 'city'],
    [short(c), 'city short'],
    [county.name, 'county'],
    [p + c, 'province + city'],
    [c + county.name, 'city + county'],
    [p + c + county.name, 'province + city + county'],
    ['', 'no place'],
  ];
  const [text, name] = options[style % options.length] ?? ['', 'no place'];
  return { text: random.next() < 0.1 && text ? text.replace(/省|市/u, '') : text, style: name };
}

/** Full-width letters and brackets, and a full-width space, as some spreadsheets have them. */
function fullWidth(text: string): string {
  return text
    .replace(/[A-Za-z0-9()]/gu, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0))
    .replace(/(有限|集团)/u, '\u3000$1');
}

function tradeNames(random: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const length = random.next() < 0.8 ? 2 : 3;
    const name = Array.from({ length }, () => random.pick(CHARS)).join('');
    if (new Set(name).size < name.length || placeCodes(name)) continue;
    names.add(name);
  }
  return [...names];
}

interface Company {
  readonly id: string;
  readonly trade: string;
  readonly industry: Industry;
  readonly county: Division;
  readonly short: string;
}

/**
 * The world: companies under short names, about one in eight under its trade name alone (as 石大胜华 is
 * in the 垦利区 seed, one of eight), half of those of three characters; some with a legal alias.
 */
function companies(random: Random, count: number, trades: readonly string[]): Company[] {
  return trades.slice(0, count).map((trade, index) => {
    const industry = INDUSTRIES[index % INDUSTRIES.length] as Industry;
    const county = random.pick(PLACES.counties);
    const alone = random.next() < 0.12 && (trade.length >= 3 || random.next() < 0.5);
    const shortName = alone ? trade : trade + industry.short;
    return { id: `enterprise:${normalizeName(shortName)}`, trade, industry, county, short: shortName };
  });
}

const legalName = (place: string, trade: string, industry: string, form: string) =>
  `${place}${trade}${industry}${form}`;

/** The set under construction: the world and the cases, from one random stream. */
class SetBuilder {
  readonly world: NameEntry[] = [];
  readonly cases: ResolveCase[] = [];
  readonly forms: readonly string[];
  /** City code of the companies whose legal name the graph holds as an alias. */
  readonly located = new Map<string, string>();

  constructor(
    readonly random: Random,
    readonly variant: 'tune' | 'held-out',
  ) {
    this.forms = variant === 'tune' ? FORMS : [...FORMS, ...HELD_OUT_FORMS];
  }

  /** Ways of writing an industry out; the held-out set favours those never tuned on. */
  longOf(industry: Industry): readonly string[] {
    return this.variant === 'tune'
      ? industry.long
      : [...industry.long, ...industry.heldOut, ...industry.heldOut];
  }

  add(kind: NodeKind, name: string, target: string | null, style: string): void {
    this.cases.push({ kind, name, target, label: target ? 'same' : 'different', style });
  }

  /** The companies under their short names; one in seven with its legal name as an alias. */
  knownCompanies(known: readonly Company[]): void {
    known.forEach((company, index) => {
      const aliases: string[] = [];
      const city = PLACES.cities.find((each) => company.county.code.startsWith(each.code));
      if (index % 7 === 0 && city) {
        aliases.push(
          legalName(city.name, company.trade, this.random.pick(company.industry.long), '有限公司'),
        );
        this.located.set(company.id, city.code);
      }
      this.world.push({ id: company.id, kind: 'Enterprise', name: company.short, aliases });
    });
  }

  /** Positives: legal names of known companies, places at every level, brackets, full-width. */
  legalNames(companies: readonly Company[]): void {
    companies.forEach((company, index) => {
      const place = placePrefix(this.random, company.county, index);
      const industry = this.random.pick(this.longOf(company.industry));
      const form = this.random.pick(this.forms);
      let name = legalName(place.text, company.trade, industry, form);
      let style = place.style;
      if (index % 11 === 0 && place.text) {
        name = legalName('', company.trade, industry, `（${place.text}）${form}`);
        style = 'bracketed place';
      }
      if (index % 13 === 0) {
        name = fullWidth(name);
        style += ', full-width';
      }
      if (company.short === company.trade) style += ', short name is the trade name';
      this.add('Enterprise', name, company.id, style);
    });
  }

  /** Positives: branches the graph knows under short names (合益化工东营分公司), by their legal names. */
  branches(companies: readonly Company[]): void {
    for (const company of companies) {
      const name = `${company.trade}${company.industry.short}${short(company.county.name)}分公司`;
      const id = `enterprise:${normalizeName(name)}`;
      this.world.push({ id, kind: 'Enterprise', name, aliases: [] });
      const province = PLACES.provinces.find((each) => company.county.code.startsWith(each.code));
      const industry = this.random.pick(this.longOf(company.industry));
      const head = legalName(short(province?.name ?? ''), company.trade, industry, '有限公司');
      this.add('Enterprise', `${head}${company.county.name}分公司`, id, 'branch');
    }
  }

  /** Positives: institutes known by their short names, named with their city. */
  institutes(): void {
    INSTITUTE_WORDS.forEach((word, index) => {
      const id = `university:${word}研究院`;
      this.world.push({ id, kind: 'University', name: `${word}研究院`, aliases: [] });
      const county = PLACES.counties[(index * 97) % PLACES.counties.length] as Division;
      const city = PLACES.cities.find((each) => county.code.startsWith(each.code))?.name ?? '';
      const name = index % 2 === 0 ? `${city}${word}研究院` : fullWidth(`${short(city)}${word}研究院`);
      this.add('University', name, id, 'institute with its city');
    });
  }

  /** Hard negatives among enterprises. */
  otherCompanies(known: readonly Company[], spare: readonly string[]): void {
    const { random } = this;
    known.slice(30, 130).forEach((company, index) => {
      const trade = spare[index] ?? `${company.trade}新`;
      const industry = random.pick(this.longOf(company.industry));
      const name = legalName(random.pick(['山东', '东营市', '']), trade, industry, random.pick(this.forms));
      this.add('Enterprise', name, null, 'same industry, other trade name');
    });
    for (const company of known.filter((each) => this.located.has(each.id)).slice(0, 40)) {
      const home = this.located.get(company.id) ?? '';
      const city = random.pick(PLACES.cities.filter((each) => !each.code.startsWith(home.slice(0, 2))));
      const name = legalName(city.name, company.trade, random.pick(company.industry.long), '有限公司');
      this.add('Enterprise', name, null, 'same trade name, other city');
    }
    known.slice(130, 160).forEach((company, index) => {
      const at = (INDUSTRIES.indexOf(company.industry) + 3 + (index % 5)) % INDUSTRIES.length;
      const other = INDUSTRIES[at] as Industry;
      this.add(
        'Enterprise',
        legalName('山东', company.trade, random.pick(other.long), '有限公司'),
        null,
        'same trade name, other industry',
      );
    });
    for (const company of known.slice(160, 180)) {
      if (company.short === company.trade) continue;
      const head = legalName('山东', company.trade, random.pick(company.industry.long), '有限公司');
      this.add(
        'Enterprise',
        `${head}${random.pick(['东营', '滨州', '淄博'])}分公司`,
        null,
        'branch of a known head office',
      );
    }
  }

  /** Hard negatives: schools and institutes of a university or academy the graph knows. */
  children(): void {
    for (const parent of [...ACADEMIES, ...UNIVERSITIES]) {
      this.world.push({ id: `university:${parent}`, kind: 'University', name: parent, aliases: [] });
      const children = parent.endsWith('大学') ? SCHOOLS : INSTITUTES;
      for (const child of children.slice(0, 3))
        this.add('University', `${parent}${child}`, null, 'institute of a university or academy');
    }
  }
}

export function resolveSet(seed: number, variant: 'tune' | 'held-out'): ResolveSet {
  const random = seededRandom(seed);
  const trades = tradeNames(random, 700);
  const known = companies(random, 420, trades);
  const set = new SetBuilder(random, variant);
  set.knownCompanies(known);
  set.branches(known.slice(0, 30));
  set.legalNames(known.slice(30, 380));
  set.institutes();
  set.otherCompanies(known, trades.slice(420));
  set.children();
  return { world: set.world, cases: random.shuffle(set.cases) };
}
