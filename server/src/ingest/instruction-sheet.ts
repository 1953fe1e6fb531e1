/**
 * The import template's instructions sheet, declared once. The template writer (cli/write-template.ts)
 * names and titles the sheet from here, and the import (recognise-instruction-sheet.ts) finds it from
 * here and skips it, saying why: the title row carries the marker, so the sheet is known wherever it is
 * copied to and whatever it is renamed.
 */
export const INSTRUCTION_SHEET = {
  /** The sheet's name in the template. */
  name: '说明 Instructions',
  /** Words in the title row that mark the sheet, in both languages; either one is enough. */
  marker: { zh: '产学研知识图谱 导入模板', en: 'Industry–Academia Graph: import template' },
  /** The title row as the template writes it: the marker and what the sheet is. */
  title: [
    '产学研知识图谱 导入模板 · 填写说明（本表不导入）',
    'Industry–Academia Graph: import template · instructions (this sheet is not imported)',
  ],
} as const;
