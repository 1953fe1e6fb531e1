/**
 * Industry and business words (行业或者经营特点), the part of a registered name between the trade name and
 * the organisation form: 化工, 新能源, 生物科技, 膜分离, 农业科技开发, 药业 … Declared data, grouped by
 * sector so that two names can be compared by what they do: 生物科技 and 生物 agree, 化工 and 药业 do
 * not; `generic` words (科技, 实业, 发展 …) say nothing about the trade. Written for this project after
 * the word lists of companynameparser (PyPI, Apache-2.0), which are larger and noisier; a name is split
 * from its end, longest word first (parse-org-name.ts), so compounds need not be listed.
 */
import { PROCESS_INDUSTRY_WORDS } from './process-industry-words.ts';
import type { Sector } from './sector.ts';
import { TRADE_WORDS } from './trade-words.ts';

export type { Sector } from './sector.ts';

export const INDUSTRY_WORDS: Readonly<Record<Sector, readonly string[]>> = {
  generic: [
    '科技',
    '技术',
    '开发',
    '科技开发',
    '技术开发',
    '科技发展',
    '技术发展',
    '技术服务',
    '科技服务',
    '实业',
    '发展',
    '贸易',
    '商贸',
    '工贸',
    '经贸',
    '国际贸易',
    '进出口',
    '控股',
    '投资',
    '投资控股',
    '服务',
    '咨询',
    '信息',
    '信息技术',
    '信息咨询',
    '高新技术',
    '高科技',
    '新技术',
    '应用技术',
    '工业',
    '产业',
    '企业',
    '国际',
    '工程',
    '工程技术',
    '管理',
    '建设',
    '制造',
    '生产',
    '销售',
    '经营',
    '创新',
    '研发',
    '研究',
    '联合',
    '集成',
    '供应链',
    '物资',
    '综合',
    '新型',
    '产品',
    '制品',
    '用品',
    '设计',
    '安装',
    '加工',
    '营销',
    '策划',
  ],
  ...PROCESS_INDUSTRY_WORDS,
  ...TRADE_WORDS,
};

/** Sectors close enough that a name in one may be the same organisation as a name in the other. */
export const RELATED_SECTORS: ReadonlyArray<readonly [Sector, Sector]> = [
  ['biotech', 'pharma'],
  ['chemical', 'petroleum'],
  ['chemical', 'materials'],
  ['petroleum', 'energy'],
  ['petroleum', 'machinery'],
  ['agriculture', 'food'],
  ['agriculture', 'biotech'],
  ['membrane', 'environment'],
  ['membrane', 'materials'],
  ['electronics', 'machinery'],
  ['energy', 'electronics'],
];
