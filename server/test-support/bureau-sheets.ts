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
