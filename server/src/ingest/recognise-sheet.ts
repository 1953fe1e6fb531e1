/**
 * What a sheet lists: a mapping file's word, else relationship or statistics columns, else the words of
 * the sheet's name, its title rows and the file name (科技特派员名单 → specialists, 院士工作站 → platforms),
 * else its name column (项目名称 → projects).
 */
import { NODE_KIND_SPECS, normalizeName, type NodeKind } from '#model';
import type { HeaderMeaning } from './header-dictionary.ts';
import { nodeKindOf } from './kind-by-name.ts';
import { ORGS, PEOPLE } from './link-concepts.ts';
import type { SheetRule } from './mapping-file.ts';
import type { SheetTarget } from './sheet-mapping.ts';

/** Words in sheet names, titles and file names that say what a sheet lists, most specific first. */
const KIND_WORDS: ReadonlyArray<[string, NodeKind, Record<string, string>?]> = [
  ['院士工作站', 'Platform', { platformType: '院士工作站' }],
  ['重点实验室', 'Platform', { platformType: '重点实验室' }],
  ['工程技术研究中心', 'Platform', { platformType: '工程技术研究中心' }],
  ['工程研究中心', 'Platform', { platformType: '工程技术研究中心' }],
  ['孵化器', 'Platform', { platformType: '科技企业孵化器' }],
  ['众创空间', 'Platform', { platformType: '众创空间' }],
  ['星创天地', 'Platform', { platformType: '星创天地' }],
  ['农业科技园', 'Platform', { platformType: '农业科技园区' }],
  ['创新平台', 'Platform'],
  ['平台', 'Platform'],
  ['企业需求', 'Need'],
  ['技术需求', 'Need'],
  ['需求', 'Need'],
  ['科技特派员', 'Specialist', { role: '科技特派员' }],
  ['特派员', 'Specialist', { role: '科技特派员' }],
  ['外国专家', 'Specialist', { role: '外国专家' }],
  ['外籍专家', 'Specialist', { role: '外国专家' }],
  ['专家', 'Specialist'],
  ['人才', 'Specialist'],
  ['院士', 'Academician'],
  ['项目', 'Project'],
  ['高校院所', 'University'],
  ['高校', 'University'],
  ['院所', 'University'],
  ['院校', 'University'],
  ['科研机构', 'University'],
  ['大学', 'University'],
  ['计划', 'Programme'],
  ['政策', 'Programme'],
  ['企业', 'Enterprise'],
  ['公司', 'Enterprise'],
  ['领域', 'Domain'],
  ['部门', 'Agency'],
  ['地区', 'Region'],
];

/** A node kind named by a file or sheet name: `Enterprise.csv`, `企业`, `高校院所` (see kind-by-name.ts). */
export function kindFromName(name: string): NodeKind | null {
  return nodeKindOf(name.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, ''));
}

function kindFromWords(
  text: string,
): { kind: NodeKind; defaults: Record<string, string>; word: string } | null {
  const exact = kindFromName(text);
  if (exact) return { kind: exact, defaults: {}, word: text };
  const normal = normalizeName(text.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, ''));
  for (const [word, kind, defaults] of KIND_WORDS) {
    if (normal.includes(word)) return { kind, defaults: defaults ?? {}, word };
  }
  return null;
}

export interface Recognised {
  readonly target: SheetTarget;
  readonly reason: string;
  readonly defaults: Record<string, string>;
}

/** Whether a name column can hold the names of the sheet's own kind. */
export function nameFits(meaning: HeaderMeaning | null, kind: NodeKind): boolean {
  if (meaning?.type !== 'name') return false;
  if (meaning.kind) return meaning.kind === kind;
  if (meaning.generic === 'person') return PEOPLE.includes(kind);
  if (meaning.generic === 'org') return ORGS.includes(kind);
  return true;
}

/** What the sheet lists, or null when nothing says. */
export function recogniseSheet(
  file: string,
  sheet: string | undefined,
  title: string,
  meanings: readonly (HeaderMeaning | null)[],
  rule: SheetRule | undefined,
): Recognised | null {
  const fields = new Set(meanings.map((meaning) => (meaning?.type === 'field' ? meaning.field : undefined)));
  if (rule?.kind === 'relationships' || rule?.kind === 'statistics')
    return { target: { type: rule.kind }, reason: '映射文件指定 / set by the mapping file', defaults: {} };
  if (rule?.kind)
    return {
      target: { type: 'nodes', kind: rule.kind },
      reason: '映射文件指定 / set by the mapping file',
      defaults: {},
    };
  if (fields.has('from') && fields.has('to'))
    return {
      target: { type: 'relationships' },
      reason: '有“起点”“终点”列 / has from and to columns',
      defaults: {},
    };
  if (fields.has('region') && fields.has('value') && fields.has('label'))
    return {
      target: { type: 'statistics' },
      reason: '有“地区”“指标”“数值”列 / has region, statistic and value columns',
      defaults: {},
    };
  const sources: Array<[string, string]> = [
    ...(sheet ? ([[sheet, '工作表名 sheet name']] as Array<[string, string]>) : []),
    [title, '标题 title'],
    [file, '文件名 file name'],
  ];
  for (const [text, where] of sources) {
    if (!text) continue;
    const found = kindFromWords(text);
    if (found && meanings.some((meaning) => nameFits(meaning, found.kind)))
      return {
        target: { type: 'nodes', kind: found.kind },
        reason: `${where}“${text}”含“${found.word}” / the ${where.split(' ')[1]} says “${found.word}”`,
        defaults: found.defaults,
      };
  }
  const names = meanings.filter(
    (meaning): meaning is Extract<HeaderMeaning, { type: 'name' }> => meaning?.type === 'name',
  );
  const strong = names.find((meaning) => meaning.kind && !meaning.weak);
  const weak = names.find((meaning) => meaning.kind);
  const chosen = strong ?? weak;
  if (chosen?.kind)
    return {
      target: { type: 'nodes', kind: chosen.kind },
      reason: `名称列表明是${NODE_KIND_SPECS[chosen.kind].zh} / the name column names ${chosen.kind} entities`,
      defaults: {},
    };
  if (names.some((meaning) => meaning.generic === 'person'))
    return {
      target: { type: 'nodes', kind: 'Specialist' },
      reason: '有“姓名”列，按专家人才导入 / has a 姓名 column: read as specialists',
      defaults: {},
    };
  return null;
}
