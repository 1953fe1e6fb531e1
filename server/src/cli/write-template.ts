/**
 * The blank import template, derived from the domain declaration: an instructions sheet in Chinese and
 * English, one sheet per kind of entity with the template headers `中文(key)`, a relationships sheet and a
 * statistics sheet. Enumerated properties get drop-down lists. A test reads the template back through the
 * import and checks that every sheet and column is recognised.
 */
import ExcelJS from 'exceljs';
import { NODE_KIND_SPECS, NODE_KINDS, type PropertySpec } from '../domain/node-kinds.ts';
import { COMMON_REL_PROPERTIES, REL_KINDS, REL_KIND_SPECS } from '../domain/relationship-kinds.ts';
import {
  NODE_BASE_FIELDS,
  RELATIONSHIP_FIELDS,
  SOURCE_FIELD,
  STATISTIC_FIELDS,
  templateHeader,
} from '../ingest/header-dictionary.ts';

interface Column {
  readonly header: string;
  readonly note: string;
  readonly values?: readonly string[];
  readonly width?: number;
}

const BASE_NOTES: Record<string, string> = {
  id: '可不填：不填时按类型和名称生成 / optional: made from the kind and name when empty',
  name: '必填 / required',
  nameEn: '英文名 / English name',
  aliases: '简称、别名，多个用“、”分隔 / aliases, separated by 、',
  description: '简介 / description',
  keywords: '关键词，多个用“、”分隔 / keywords, separated by 、',
  quote: '出处原文 / the sentence the row comes from',
};

function propertyColumn(spec: PropertySpec): Column {
  const type =
    spec.type === 'string'
      ? '文本 text'
      : spec.type === 'integer'
        ? '整数 whole number'
        : '数字 number (5亿元, 30%)';
  return {
    header: templateHeader(spec.zh, spec.key),
    note: `${spec.zh} / ${spec.en}：${type}${spec.values ? `；可选 allowed: ${spec.values.join('、')}` : ''}`,
    ...(spec.values ? { values: spec.values } : {}),
  };
}

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly Column[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width ?? 18 }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.note = column.note;
    if (column.values) {
      const letter = sheet.getColumn(index + 1).letter;
      for (let row = 2; row <= 500; row++) {
        sheet.getCell(`${letter}${row}`).dataValidation = {
          type: 'list',
          allowBlank: true,
          // A list literal: quotes around the comma-separated values. Values come from the declaration.
          formulae: [`"${column.values.join(',')}"`],
          showErrorMessage: true,
          errorTitle: '不在可选范围 / not allowed',
          error: `可选 allowed: ${column.values.join('、')}`,
        };
      }
    }
  });
}

const INSTRUCTIONS: ReadonlyArray<[string, string]> = [
  ['产学研知识图谱 导入模板', 'Industry–Academia Graph: import template'],
  ['', ''],
  ['怎样填写', 'How to fill it in'],
  [
    '每个工作表列一种实体（企业、高校院所……）；“关系”表列实体之间的关系；“地区统计”表列只有数字的统计。',
    'Each sheet lists one kind of entity; the 关系 sheet lists relationships between entities; the 地区统计 sheet lists figures known only as counts.',
  ],
  [
    '表头不要改动；不需要的工作表可以删掉或留空。名称必填，其余可不填；空单元格不会清除已有内容。',
    'Keep the headers; delete or leave empty the sheets you do not need. The name is required; empty cells never erase what the graph already has.',
  ],
  [
    '一个单元格里的多个值用“、”分隔（如 别名：中科院、中国科学院）。',
    'Several values in one cell are separated by 、 (e.g. aliases: 中科院、中国科学院).',
  ],
  [
    '关系的起点和终点可以写编号、名称或别名；名称对应多个实体时不会猜测，会报告出来。',
    'Relationship ends may be given by id, name or alias; a name matching several entities is reported, never guessed.',
  ],
  [
    '金额可写 5亿元、2565.89万元；比例可写 30%。单元格按文本保存，公式和网页代码不会被执行。',
    'Amounts may be written 5亿元 or 2565.89万元, shares 30%. Cells are stored as text: formulas and markup are never run.',
  ],
  [
    '导入前可先试运行：npm run import -- 文件.xlsx --dry-run，或在网页的“导入”页面检查。',
    'Check before importing: npm run import -- file.xlsx --dry-run, or the import page of the web app.',
  ],
  ['', ''],
  ['实体类型', 'Kinds of entity'],
];

export function buildTemplate(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '产学研知识图谱 Industry–Academia Graph';
  const intro = workbook.addWorksheet('说明 Instructions');
  intro.columns = [
    { header: '', width: 70 },
    { header: '', width: 70 },
  ];
  intro.spliceRows(1, 1);
  for (const [zh, en] of INSTRUCTIONS) intro.addRow([zh, en]);
  intro.getRow(1).font = { bold: true, size: 14 };
  for (const kind of NODE_KINDS) {
    const spec = NODE_KIND_SPECS[kind];
    intro.addRow([
      `${spec.zh}（工作表“${spec.zh}”）：${spec.description.split(' · ')[0]}`,
      `${spec.en} (${kind}): ${spec.description.split(' · ')[1] ?? ''}`,
    ]);
  }
  intro.addRow(['', '']);
  intro.addRow([
    '关系类型（“关系”表的“关系”列）',
    'Kinds of relationship (the 关系 column of the 关系 sheet)',
  ]);
  for (const kind of REL_KINDS) {
    const spec = REL_KIND_SPECS[kind];
    intro.addRow([
      `${spec.zh} ${kind}：${spec.from.map((k) => NODE_KIND_SPECS[k].zh).join('/')} → ${spec.to.map((k) => NODE_KIND_SPECS[k].zh).join('/')}`,
      `${spec.en}: ${spec.from.join('/')} → ${spec.to.join('/')}`,
    ]);
  }
  for (const row of [3, 11, 13 + NODE_KINDS.length]) intro.getRow(row).font = { bold: true };
  intro.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });

  for (const kind of NODE_KINDS) {
    const spec = NODE_KIND_SPECS[kind];
    addSheet(workbook, spec.zh, [
      ...NODE_BASE_FIELDS.filter((field) => field.key !== 'id').map((field) => ({
        header: templateHeader(field.zh, field.key),
        note: BASE_NOTES[field.key] ?? '',
        width: field.key === 'description' ? 40 : 18,
      })),
      ...spec.properties.map(propertyColumn),
      { header: templateHeader(SOURCE_FIELD.zh, SOURCE_FIELD.key), note: BASE_NOTES.quote ?? '', width: 40 },
    ]);
  }
  const relProperties = [
    ...new Map(
      [...COMMON_REL_PROPERTIES, ...REL_KINDS.flatMap((kind) => REL_KIND_SPECS[kind].properties)].map(
        (spec) => [spec.key, spec],
      ),
    ).values(),
  ];
  addSheet(workbook, '关系', [
    ...RELATIONSHIP_FIELDS.map((field) => ({
      header: templateHeader(field.zh, field.key),
      note:
        field.key === 'kind'
          ? '关系类型 / relationship kind'
          : field.key.endsWith('Kind')
            ? '可不填：名称对应多种实体时填写 / optional: give it when a name matches entities of several kinds'
            : '编号、名称或别名 / id, name or alias',
      ...(field.key === 'kind'
        ? { values: REL_KINDS }
        : field.key.endsWith('Kind')
          ? { values: NODE_KINDS }
          : {}),
    })),
    ...relProperties.map(propertyColumn),
    { header: templateHeader(SOURCE_FIELD.zh, SOURCE_FIELD.key), note: BASE_NOTES.quote ?? '', width: 40 },
  ]);
  addSheet(workbook, '地区统计', [
    ...STATISTIC_FIELDS.map((field) => ({
      header: templateHeader(field.zh, field.key),
      note: `${field.zh} / ${field.en}`,
    })),
    { header: templateHeader(SOURCE_FIELD.zh, SOURCE_FIELD.key), note: BASE_NOTES.quote ?? '', width: 40 },
  ]);
  return workbook;
}

export async function templateBytes(): Promise<Uint8Array> {
  return new Uint8Array(await buildTemplate().xlsx.writeBuffer());
}
