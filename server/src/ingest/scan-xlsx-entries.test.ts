/** The pass over a workbook's zip before exceljs: what it counts, collects and refuses, however it is cut. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  WORKSHEET_HEAD,
  WORKSHEET_TAIL,
  deflatedPart,
  oneSheetWorkbook,
  storedPart,
  workbookParts,
} from '../../test-support/xlsx-bombs.ts';
import { DEFAULT_UPLOAD_LIMITS, ReadBudget, type ReadLimits } from './read-limits.ts';
import { readXlsx } from './read-sheet.ts';
import { scanXlsx } from './scan-xlsx-entries.ts';
import { writeZip, zipEntries } from './zip-archive.ts';

const budget = (limits: Partial<ReadLimits> = {}) => new ReadBudget({ ...DEFAULT_UPLOAD_LIMITS, ...limits });

/** A worksheet with merges, comments, CDATA, prefixed tags, an empty cell and a long one, all stored. */
function storedWorkbook(longCell = ''): Uint8Array {
  const rows = [
    '<row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t>标题 &amp; title</t></is></c></row>',
    '<!-- a comment with <c r="ZZZZ9"> inside --><row r="2"><c r="A2"><v>1</v></c><c r="C2" s="1"/><c r="D2"><v>5</v></c></row>',
    '<x:row r="3"><x:c r="B3" t="inlineStr"><x:is><x:t><![CDATA[<not a tag>]]></x:t></x:is></x:c></x:row>',
    `<row r="4"><c r="A4" t="inlineStr"><is><t>${'长'.repeat(40)}</t></is></c></row>`,
    `<row r="5"><c r="A5"><v>1</v></c><c r="B5" t="inlineStr"><is><t>${longCell}</t></is></c></row>`,
  ];
  const merges =
    '<mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="$A$2:A3"/><x:mergeCell ref="B3:C4" /></mergeCells>';
  return writeZip([
    ...workbookParts(['名单']),
    storedPart(
      'xl/worksheets/sheet1.xml',
      `${WORKSHEET_HEAD}${rows.join('')}</sheetData>${merges}</worksheet>`,
    ),
  ]);
}

describe('scanning a workbook before exceljs reads it', () => {
  it('collects the same merged ranges and refuses at the same cell however the chunks cut the XML', async () => {
    const bytes = storedWorkbook();
    for (let chunkSize = 1; chunkSize <= 40; chunkSize++) {
      const scanned = await scanXlsx(bytes, 'a.xlsx', budget(), chunkSize);
      expect(Object.fromEntries(scanned.merges), `chunks of ${chunkSize}`).toEqual({
        名单: ['A1:C1', 'A2:A3', 'B3:C4'],
      });
      // C2 is empty (self-closing): only D2 is past three columns.
      await expect(
        scanXlsx(bytes, 'a.xlsx', budget({ maxColumns: 3 }), chunkSize),
        `chunks of ${chunkSize}`,
      ).rejects.toMatchObject({ code: 'TOO_LARGE', where: { sheet: '名单', row: 2, column: 'D' } });
      await expect(
        scanXlsx(bytes, 'a.xlsx', budget({ maxRows: 3 }), chunkSize),
        `chunks of ${chunkSize}`,
      ).rejects.toMatchObject({ code: 'TOO_LARGE', where: { sheet: '名单', row: 4 } });
    }
    // One character allows 8 bytes of XML plus 64 KB of markup in a cell.
    const long = storedWorkbook('长'.repeat(30_000));
    for (const chunkSize of [1, 2, 3, 5, 7, 11, 64, 1000, 65_536])
      await expect(
        scanXlsx(long, 'a.xlsx', budget({ maxCellChars: 1 }), chunkSize),
        `chunks of ${chunkSize}`,
      ).rejects.toMatchObject({
        code: 'TOO_LARGE',
        where: { sheet: '名单', row: 5, column: 'B' },
        message: expect.stringContaining('IMPORT_MAX_CELL_CHARS'),
      });
  });

  it('rebuilds a zip exceljs reads exactly as the original, merged cells filled', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('企业名单');
    sheet.addRow(['名单']);
    sheet.mergeCells('A1:C1');
    for (let i = 0; i < 6_000; i++) sheet.addRow([`企业${i}`, i % 2 === 0 ? `领域${i}` : null, i]);
    // 3,000 merged pairs: their tags run over many 64 KB chunks of the sheet.
    for (let i = 0; i < 3_000; i++) sheet.mergeCells(`B${2 * i + 2}:B${2 * i + 3}`);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const scanned = await scanXlsx(bytes, 'b.xlsx', budget());
    expect(scanned.merges.get('企业名单')).toHaveLength(3_001);
    const [read] = await readXlsx(bytes, 'b.xlsx');
    expect(read!.rows[0]).toEqual(['名单', '名单', '名单']);
    expect(read!.rows[5_999]).toEqual(['企业5998', '领域5998', '5998']);
    expect(read!.rows[6_000]).toEqual(['企业5999', '领域5998', '5999']);
    expect(read!.rows).toHaveLength(6_001);
  });

  it('reads only the parts exceljs reads: a bomb elsewhere in the zip is never decompressed', async () => {
    const bytes = writeZip([
      ...workbookParts(['Sheet1']),
      deflatedPart('xl/media/image1.bin', [{ repeat: 'x'.repeat(1 << 20), times: 1_000 }]),
      deflatedPart('xl/worksheets/sheet1.xml', [
        WORKSHEET_HEAD,
        '<row r="1"><c r="A1"><v>7</v></c></row>',
        WORKSHEET_TAIL,
      ]),
    ]);
    const start = performance.now();
    const [sheet] = await readXlsx(bytes, 'c.xlsx');
    expect(sheet!.rows).toEqual([['7']]);
    expect(performance.now() - start).toBeLessThan(2_000);
  });

  it('counts the bytes actually decompressed, never the sizes the zip declares', async () => {
    const rows = deflatedPart('xl/worksheets/sheet1.xml', [
      WORKSHEET_HEAD,
      { repeat: '<row><c t="s"><v>0</v></c></row>', times: 100_000 },
      WORKSHEET_TAIL,
    ]);
    const bytes = writeZip([...workbookParts(['Sheet1']), { ...rows, size: 10 }]);
    expect(zipEntries(bytes, () => true).find((entry) => entry.name === rows.name)?.declaredSize).toBe(10);
    const counted = budget();
    await scanXlsx(bytes, 'd.xlsx', counted);
    expect(counted.bytes).toBeGreaterThan(3_200_000);
    await expect(
      scanXlsx(bytes, 'd.xlsx', budget({ maxDecompressedBytes: 1_000_000 })),
    ).rejects.toMatchObject({
      code: 'TOO_LARGE',
      where: { file: 'd.xlsx', sheet: 'Sheet1' },
      message: expect.stringContaining('IMPORT_MAX_DECOMPRESSED_MB'),
    });
    // Shared strings, held whole by exceljs, may take a quarter of the allowance.
    const strings = deflatedPart('xl/sharedStrings.xml', [
      '<sst>',
      { repeat: '<si><t>a</t></si>', times: 100_000 },
      '</sst>',
    ]);
    const withStrings = writeZip([...workbookParts(['Sheet1']), { ...strings, size: 10 }]);
    await expect(
      scanXlsx(withStrings, 'd.xlsx', budget({ maxDecompressedBytes: 4_000_000 })),
    ).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringContaining('xl/sharedStrings.xml'),
    });
  });

  it('refuses column definitions past XFD, which would make exceljs allocate a column object each', async () => {
    const bytes = oneSheetWorkbook(
      ['<row r="1"><c r="A1"><v>1</v></c></row>'],
      '<cols><col min="1" max="2000000000" width="9"/></cols>',
    );
    const start = performance.now();
    await expect(readXlsx(bytes, 'e.xlsx')).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringContaining('16,384'),
    });
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  it('refuses a DTD, duplicated parts and broken compressed data as files that are not workbooks', async () => {
    const dtd = writeZip([
      ...workbookParts(['Sheet1']),
      storedPart(
        'xl/worksheets/sheet1.xml',
        '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaa">]><worksheet/>',
      ),
    ]);
    const sheet = storedPart('xl/worksheets/sheet1.xml', WORKSHEET_HEAD + WORKSHEET_TAIL);
    const twice = writeZip([...workbookParts(['Sheet1']), sheet, sheet]);
    const good = deflatedPart('xl/worksheets/sheet1.xml', [WORKSHEET_HEAD, '<row r="1"/>', WORKSHEET_TAIL]);
    const broken = writeZip([
      ...workbookParts(['Sheet1']),
      { ...good, data: good.data.subarray(0, good.data.length - 3) },
    ]);
    for (const bytes of [dtd, twice, broken])
      await expect(readXlsx(bytes, 'f.xlsx')).rejects.toMatchObject({
        code: 'BAD_INPUT',
        message: expect.stringContaining('XLSX'),
      });
  });

  it('reads zips written with data descriptors and without shared strings', async () => {
    const zip = new JSZip();
    zip.file(
      'xl/workbook.xml',
      '<workbook xmlns:r="r"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>',
    );
    zip.file(
      'xl/_rels/workbook.xml.rels',
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    );
    zip.file(
      'xl/worksheets/sheet1.xml',
      `${WORKSHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>甲</t></is></c><c r="B1"><v>2</v></c></row></sheetData><mergeCells><mergeCell ref="A1:A2"/></mergeCells></worksheet>`,
    );
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles: true });
    const sheets = await readXlsx(bytes, 'g.xlsx');
    expect(sheets).toEqual([{ file: 'g.xlsx', sheet: '表', rows: [['甲', '2'], ['甲']] }]);
  });
});
