/** The template is derived from the declaration, and the import reads every sheet and column of it. */
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, NODE_KIND_SPECS } from '../domain/node-kinds.ts';
import { mapSheet } from '../ingest/map-sheet.ts';
import { readXlsx } from '../ingest/read-sheet.ts';
import { templateBytes } from './write-template.ts';

describe('the import template', () => {
  it('has bilingual instructions, a sheet per kind, relationships and statistics, all recognised by the import', async () => {
    const sheets = await readXlsx(await templateBytes(), 'template.xlsx');
    expect(sheets.map((sheet) => sheet.sheet)).toEqual([
      '说明 Instructions',
      ...NODE_KINDS.map((kind) => NODE_KIND_SPECS[kind].zh),
      '关系',
      '地区统计',
    ]);
    const intro = sheets[0]!.rows.flat().join('\n');
    expect(intro).toContain('怎样填写');
    expect(intro).toContain('How to fill it in');
    for (const kind of NODE_KINDS) expect(intro).toContain(`(${kind})`);
    const targets = sheets.slice(1).map((sheet) => {
      const result = mapSheet(sheet);
      if (!result.ok) throw new Error(`${sheet.sheet}: ${result.problem.message}`);
      const unknown = result.mapping.columns.filter((column) => column.use.use === 'unknown');
      expect(
        unknown.map((column) => column.header),
        sheet.sheet,
      ).toEqual([]);
      return result.mapping.target;
    });
    expect(targets).toEqual([
      ...NODE_KINDS.map((kind) => ({ type: 'nodes', kind })),
      { type: 'relationships' },
      { type: 'statistics' },
    ]);
  });
});
