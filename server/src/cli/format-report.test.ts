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
  problemCount: 0,
  notes: sheetNotes([mapping], [skipped]),
  noteCount: 2,
  matches: [],
  matchCount: 0,
  review: [],
  held: 0,
  createdNear: [],
  createdNearCount: 0,
  rows: 1,
  written: false,
  nodesWritten: 0,
  edgesWritten: 0,
  changeSet: null,
  unchangedByDigest: false,
  vouchedRows: 0,
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

describe('how names were matched, in the command-line report', () => {
  const source = { file: '高企名单.xlsx', sheet: '名单', row: 3 };
  const reasons = [{ code: 'same-trade' as const, weight: 0.6, zh: '字号相同', en: 'same trade name' }];
  const matched: ImportReport = {
    ...report,
    matches: [
      {
        source,
        name: '山东合益化工有限公司',
        id: 'enterprise:合益化工',
        kind: 'Enterprise',
        entityName: '合益化工',
        tier: 'parts',
        score: 0.9,
        reasons,
      },
    ],
    matchCount: 1,
    review: [
      {
        incoming: {
          id: null,
          kind: 'Enterprise',
          name: '合益化工东营分公司',
          matchedName: '合益化工东营分公司',
          parts: null,
        },
        existing: {
          id: 'enterprise:合益化工',
          kind: 'Enterprise',
          name: '合益化工',
          matchedName: '合益化工',
          parts: null,
        },
        score: 0.5,
        reasons,
        source: { ...source, row: 4 },
        action: 'held',
      },
    ],
    held: 1,
  };

  it('lists per sheet what merged with what and why, and what waits for review', () => {
    const text = formatReport(matched, { dryRun: true, strict: false });
    expect(text).toContain('合并 merged with entities named otherwise (1):');
    expect(text).toContain('  高企名单.xlsx [名单]');
    expect(text).toContain(
      '“山东合益化工有限公司” → 合益化工（enterprise:合益化工），0.90：字号相同 same trade name',
    );
    expect(text).toContain('待确认 for review (not merged) (1):');
    expect(text).toMatch(/“合益化工东营分公司” ≟ 合益化工.*本行未导入 row held back/u);
    expect(text).toContain('待确认而未导入的行 rows held for review: 1');
  });
});
