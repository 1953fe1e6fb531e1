/**
 * The blank import template, derived from the domain declaration: an instructions sheet in Chinese and
 * English, one sheet per kind of entity with the template headers `中文(key)`, a relationships sheet and a
 * statistics sheet. Enumerated properties get drop-down lists; each header's note says what it accepts.
 * The instructions sheet's name and title come from ingest/instruction-sheet.ts, which the import uses to
 * recognise and skip it. Tests read the template back through the import: every sheet and column is
 * recognised, the blank template imports nothing, and a filled one imports exactly its rows.
 */
import ExcelJS from 'exceljs';
import {
  COMMON_REL_PROPERTIES,
  NODE_KINDS,
  NODE_KIND_SPECS,
  REL_KINDS,
  REL_KIND_SPECS,
  type PropertySpec,
} from '#model';
import { EARLIEST_YEAR } from '../ingest/parse-year.ts';
import { INSTRUCTION_SHEET } from '../ingest/instruction-sheet.ts';
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

/** What a property's cells accept, in both languages. */
function accepted(spec: PropertySpec): string {
  switch (spec.measure) {
    case 'year':
      return `年份 year: 2023、2023年（${EARLIEST_YEAR} 年至今年 from ${EARLIEST_YEAR} to this year）`;
    case 'yuan':
      return '金额（元） amount in yuan: 500000、500万元、5亿元';
    case 'share':
      return '比例 share: 30% 或 or 0.3';
    case 'date':
      return '日期 date: 2024-03-05、2024年3月5日（不晚于今天 not after today）';
    case undefined:
      return spec.type === 'string'
        ? '文本 text'
        : spec.type === 'integer'
          ? '整数 whole number'
          : '数字 number';
  }
}

function propertyColumn(spec: PropertySpec): Column {
  const type = accepted(spec);
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

/** The instructions, row by row; a heading is bold. */
const INSTRUCTIONS: ReadonlyArray<readonly [string, string, 'heading'?]> = [
  [...INSTRUCTION_SHEET.title, 'heading'],
  ['', ''],
  ['怎样填写', 'How to fill it in', 'heading'],
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
    '金额可写 5亿元、2565.89万元；比例可写 30% 或 0.3；年份写阿拉伯数字（2023 或 2023年），不能晚于今年。单元格按文本保存，公式和网页代码不会被执行。',
    'Amounts may be written 5亿元 or 2565.89万元, shares 30% or 0.3; years in digits (2023 or 2023年), not after this year. Cells are stored as text: formulas and markup are never run.',
  ],
  [
    '本说明表不会被导入；表头不认识的列不导入，并在导入报告中列出。',
    'This instructions sheet is not imported; columns with headers the import does not know are not imported and are listed in the report.',
  ],
  [
    '导入前可先试运行：npm run import -- 文件.xlsx --dry-run，或在网页的“导入”页面检查。',
    'Check before importing: npm run import -- file.xlsx --dry-run, or the import page of the web app.',
  ],
  ['', ''],
  ['实体类型', 'Kinds of entity', 'heading'],
];

export function buildTemplate(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '产学研知识图谱 Industry–Academia Graph';
  const intro = workbook.addWorksheet(INSTRUCTION_SHEET.name);
  intro.columns = [
    { header: '', width: 70 },
    { header: '', width: 70 },
  ];
  intro.spliceRows(1, 1);
  for (const [zh, en, heading] of INSTRUCTIONS) {
    const row = intro.addRow([zh, en]);
    if (heading) row.font = { bold: true };
  }
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
  ]).font = { bold: true };
  for (const kind of REL_KINDS) {
    const spec = REL_KIND_SPECS[kind];
    intro.addRow([
      `${spec.zh} ${kind}：${spec.from.map((k) => NODE_KIND_SPECS[k].zh).join('/')} → ${spec.to.map((k) => NODE_KIND_SPECS[k].zh).join('/')}`,
      `${spec.en}: ${spec.from.join('/')} → ${spec.to.join('/')}`,
    ]);
  }
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
