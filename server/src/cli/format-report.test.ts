import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../ingest/import-sheets.ts';
import { sheetNotes } from '../ingest/sheet-notes.ts';
import type { SheetMapping, SkippedSheet } from '../ingest/sheet-mapping.ts';
import { formatReport } from './format-report.ts';

const mapping: SheetMapping = {
  file: '台账.xlsx',
  sheet: '企业',
  headerRow: 2,
  target: { type: 'nodes', kind: 'Enterprise' },
  reason: '工作表名 sheet name',
  defaults: {},
  columns: [
    { index: 0, header: '企业名称', use: { use: 'field', field: 'name' }, by: 'dictionary' },
    { index: 1, header: '职称', use: { use: 'unknown' }, by: 'dictionary' },
  ],
};
const skipped: SkippedSheet = {
  file: '台账.xlsx',
  sheet: '填表说明',
  reason: '只有说明文字，已跳过 / only prose: skipped',
};
const report: ImportReport = {
  mappings: [mapping],
  skipped: [skipped],
  counts: { Enterprise: { created: 1, updated: 0, unchanged: 0, rejected: 0 } },
  problems: [],
  notes: sheetNotes([mapping], [skipped]),
  rows: 1,
  written: false,
  nodesWritten: 0,
  edgesWritten: 0,
  changeSet: null,
};

describe('the import report on the command line', () => {
  it('marks a column it did not recognise as ignored, beside the columns it read', () => {
    const lines = formatReport(report, { dryRun: true, strict: false }).split('\n');
    expect(lines).toContain('    企业名称 → name');
    expect(lines).toContain('  ！职称 → 未识别，已忽略 / not recognised, ignored');
  });

  it('names each sheet skipped with why, and lists both among the notes', () => {
    const text = formatReport(report, { dryRun: true, strict: false });
    expect(text).toContain('台账.xlsx [填表说明]：只有说明文字，已跳过 / only prose: skipped');
    expect(text).toMatch(/提示 notes \(2\):/u);
    expect(text).toMatch(
      /- 台账\.xlsx，工作表 sheet “企业”，第 2 行 row 2，列 column “职称”：未识别，已忽略/u,
    );
  });
});
