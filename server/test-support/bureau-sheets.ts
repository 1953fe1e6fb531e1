/**
 * Spreadsheets like the ones a district bureau keeps, for import tests: titles merged above the headers,
 * 序号 columns, Chinese headers not in our template, legal names and abbreviations for the seed's short
 * names, full-width spaces and brackets, several names in one cell, repeated rows, a GBK CSV saved by
 * Excel, and cells that look like formulas or markup.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** 科技特派员名单 as Excel saves a CSV on a Chinese Windows: GBK, a title row, 、-separated cells. */
export function specialistsCsvGbk(): Uint8Array {
  const text = [
    '2023年垦利区科技特派员名单,,,,,,',
    '序号,姓名,派出单位,专业领域,服务企业,联系电话,备注',
    '1,张海洋,中国石油大学（华东）,石油化工、新材料,山东合益化工有限公司、汇东新能源,13800000000,',
    '2,李　青,山东省农科院,现代农业,山东一邦农业科技有限公司,13900000000,"=HYPERLINK(""http://evil.example"",""点我"")"',
    '3,王五,石大,石油化工,垦利石化集团有限公司,,<img src=x onerror=alert(1)>',
    '3,王五,石大,石油化工,垦利石化集团有限公司,,<img src=x onerror=alert(1)>',
    '',
  ].join('\r\n');
  return iconv.encode(text, 'gbk');
}

/** A workbook with an 企业需求汇总表, a list of 院士工作站 and a 产学研合作项目 table. */
export async function bureauWorkbook(options: { badRow?: boolean } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const needs = workbook.addWorksheet('企业需求汇总表');
  needs.addRow(['垦利区企业技术需求汇总表（2023年）']);
  needs.mergeCells('A1:F1');
  needs.addRow(['序号', '企业名称', '需求内容', '所属领域', '需求状态', '联系人']);
  needs.addRow([1, '山东合益化工有限公司', '硼烷产品提纯工艺', '硼烷', '对接中', '赵经理']);
  needs.addRow([2, '东营汇东新能源有限公司', '针状焦质量稳定性提升', '针状焦', '待解决', '钱经理']);
  needs.addRow([3, '＋cmd|calc', '=1+1', '新材料', '待解决', '']);
  const stations = workbook.addWorksheet('院士工作站');
  stations.addRow(['序号', '工作站名称', '依托单位', '进站院士', '级别', '认定时间']);
  stations.addRow([1, '天牧生物院士工作站', '山东天牧生物科技有限公司', '喻树迅', '省级', '2020年']);
  stations.addRow([2, '垦利石化院士工作站', '垦利石化集团有限公司', '', '市级', '2020']);
  const projects = workbook.addWorksheet('产学研合作项目');
  projects.addRow(['产学研合作项目一览表']);
  projects.mergeCells('A1:E1');
  projects.addRow(['序号', '项目名称', '承担单位', '合作单位', '总投资（万元）', '立项年份']);
  projects.addRow([1, '针状焦项目', '汇东新能源', '中国石油大学', 50000, 2020]);
  projects.addRow([2, '硼烷项目', '合益化工', '中科院上海有机所', '', '2020年']);
  projects.addRow([3, '耐盐碱小麦示范项目', '一邦农业', '山东省农业科学院、中国科学院', 1200, 2021]);
  if (options.badRow) projects.addRow([4, '坏项目', '合益化工', '', '很多钱', 2021]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The seed's enterprises by their registered names, as official lists give them, with their short names. */
export const LEGAL_NAMES_OF_SEED: ReadonlyArray<readonly [legal: string, short: string]> = [
  ['山东合益化工有限公司', '合益化工'],
  ['东营汇东新能源有限公司', '汇东新能源'],
  ['山东新发药业有限公司', '新发药业'],
  ['山东一邦农业科技开发有限公司', '一邦农业'],
  ['山东天牧生物科技有限公司', '天牧生物'],
  ['垦利石化集团有限公司', '垦利石化'],
  ['山东九章膜技术有限公司', '九章膜'],
  ['石大胜华新材料科技股份有限公司', '石大胜华'],
];

/** Other companies that share an industry word (or, 合益药业, the trade name) with one of the seed's: kept apart. */
export const OTHERS_WITH_SHARED_WORDS: readonly string[] = [
  '东营华兴化工有限公司',
  '山东恒源新能源科技有限公司',
  '山东鲁中药业有限公司',
  '东营市垦利区宏达石化有限公司',
  '山东蓝海生物科技有限公司',
  '山东合益药业有限公司',
];

/**
 * A 高新技术企业名单 and a 产学研合作 sheet that name enterprises by their legal names only: the seed's
 * (under short names in the graph) and others sharing their industry words; one full-width, one with a
 * bracketed place, one branch (分公司).
 */
export async function legalNameWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const list = workbook.addWorksheet('高新技术企业名单');
  list.addRow(['2023年垦利区高新技术企业名单']);
  list.mergeCells('A1:D1');
  list.addRow(['序号', '企业名称', '统一社会信用代码', '所属领域']);
  const legal = LEGAL_NAMES_OF_SEED.map(([name]) => name);
  const names = [
    ...legal.slice(0, 6),
    '山东九章膜技术有限公司'.replace('有限公司', '（东营）有限公司'),
    'ＳＤ石大胜华新材料科技股份有限公司'.replace('ＳＤ', ''),
    ...OTHERS_WITH_SHARED_WORDS,
    '山东合益化工有限公司东营分公司',
  ];
  names.forEach((name, index) =>
    list.addRow([index + 1, name, `91370521MA${String(index).padStart(8, '0')}`, '新材料']),
  );
  const cooperation = workbook.addWorksheet('产学研合作');
  cooperation.addRow(['序号', '企业名称', '合作单位', '合作内容']);
  cooperation.addRow([1, '山东合益化工有限公司', '中国科学院上海有机化学研究所', '硼烷']);
  cooperation.addRow([2, '东营汇东新能源有限公司', '中国石油大学', '针状焦']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
