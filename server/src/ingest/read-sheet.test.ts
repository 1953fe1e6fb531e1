import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CsvParser,
  parseCsvText,
  decodeText,
  readCsv,
  readXlsx,
  sheetRows,
  sheetsFromBytes,
  sheetsFromFile,
  sniffDelimiter,
  streamCsv,
  type SheetInput,
} from './read-sheet.ts';
import { scratchDir } from '../../test-support/scratch-dir.ts';

async function collect(sheet: SheetInput): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of sheetRows(sheet)) rows[row.row - 1] = [...row.cells];
  return rows;
}

describe('reading CSV', () => {
  const text = '名称,别名\n合益化工,合益\n';

  it('reads UTF-8 with and without a byte-order mark', () => {
    const plain = new TextEncoder().encode(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(readCsv(plain, 'a.csv').rows.slice(0, 2)).toEqual([
      ['名称', '别名'],
      ['合益化工', '合益'],
    ]);
    expect(readCsv(withBom, 'a.csv').rows[0]).toEqual(['名称', '别名']);
  });

  it('recognises GBK files saved by Excel', () => {
    const gbk = iconv.encode(text, 'gbk');
    expect(decodeText(gbk)).toEqual({ text, encoding: 'gb18030' });
    expect(readCsv(gbk, 'b.csv').rows[1]).toEqual(['合益化工', '合益']);
  });

  it('keeps quoted commas and line breaks inside one cell', () => {
    const sheet = readCsv(new TextEncoder().encode('名称,描述\n甲,"一,二\n三"\n'), 'c.csv');
    expect(sheet.rows[1]).toEqual(['甲', '一,二\n三']);
  });

  it('parses quotes, doubled quotes, stray quotes, CR, LF and CRLF, and rows of any length, however the text is cut', () => {
    const text = 'a,"b,""c""\r\nd",e\r\nf"g,h\rlast,"x"y\n\n,\n"end"';
    const expected = [['a', 'b,"c"\r\nd', 'e'], ['f"g', 'h'], ['last', 'xy'], [''], ['', ''], ['end']];
    expect(parseCsvText(text, ',')).toEqual(expected);
    for (let cut = 0; cut <= text.length; cut++) {
      for (let second = cut; second <= text.length; second += 3) {
        const parser = new CsvParser(',');
        const rows: string[][] = [];
        for (const part of [text.slice(0, cut), text.slice(cut, second), text.slice(second)])
          parser.push(part, rows);
        parser.end(rows);
        expect(rows, `cut at ${cut}/${second}`).toEqual(expected);
      }
    }
  });

  it('sniffs tab- and semicolon-separated files', () => {
    expect(sniffDelimiter('名称\t别名\n甲\t乙')).toBe('\t');
    expect(sniffDelimiter('名称;别名\n甲;乙')).toBe(';');
    expect(sniffDelimiter('名称,别名;x\n甲,乙')).toBe(',');
  });
});

describe('streaming CSV', () => {
  it('streams a GBK file with row numbers and reports the encoding', async () => {
    const body = '垦利区企业名单\n序号,企业名称\n' + '1,山东合益化工有限公司\n'.repeat(3);
    const stream = streamCsv(iconv.encode(body, 'gbk'), 'gbk.csv');
    const rows = await collect(stream);
    expect(stream.encoding).toBe('gb18030');
    expect(rows[0]).toEqual(['垦利区企业名单']);
    expect(rows[4]).toEqual(['1', '山东合益化工有限公司']);
  });

  it('finds GBK bytes that only appear after a long ASCII start, from a file on disk', async () => {
    const ascii = 'id,name\n' + 'x,y\n'.repeat(40_000);
    const dir = scratchDir('read');
    const path = join(dir, 'late.csv');
    writeFileSync(path, Buffer.concat([Buffer.from(ascii), iconv.encode('z,垦利区\n', 'gbk')]));
    const [sheet] = await sheetsFromFile(path, 'late.csv');
    const rows = await collect(sheet!);
    expect(rows.at(-1)).toEqual(['z', '垦利区']);
  });

  it('reads UTF-16 “Unicode text” saved by Excel, tab-separated', async () => {
    const body = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode('名称\t别名\n中国科学院\t中科院\n', 'utf-16le'),
    ]);
    const rows = await collect(streamCsv(body, 'u.txt'));
    expect(rows[1]).toEqual(['中国科学院', '中科院']);
  });

  it.each(['utf-16le', 'utf-16be'])('reads %s written without a byte-order mark', async (encoding) => {
    const body = iconv.encode('名称,别名\n中国科学院,中科院\n上海有机所,\n', encoding);
    const rows = await collect(streamCsv(body, 'u.csv'));
    expect(rows).toEqual([
      ['名称', '别名'],
      ['中国科学院', '中科院'],
      ['上海有机所', ''],
    ]);
  });

  it('still reads GBK and UTF-8 text as such, NUL bytes being what tells UTF-16', async () => {
    for (const encoding of ['gbk', 'utf-8']) {
      const rows = await collect(streamCsv(iconv.encode('名称\n垦利区科技局\n', encoding), 'g.csv'));
      expect(rows).toEqual([['名称'], ['垦利区科技局']]);
    }
  });

  it('refuses files that are neither XLSX nor CSV, saying what to do', async () => {
    await expect(sheetsFromBytes('old.xls', new Uint8Array([0xd0, 0xcf]))).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('.xlsx'),
    });
  });
});

describe('reading XLSX', () => {
  async function workbook(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const first = wb.addWorksheet('特派员');
    first.addRow(['2023年垦利区科技特派员名单']);
    first.mergeCells('A1:C1');
    first.addRow(['序号', '姓名', '派驻企业']);
    first.addRow([1, '张三', '山东合益化工有限公司']);
    first.addRow([2, '李四', null]);
    first.mergeCells('C3:C4');
    first.addRow([
      3,
      { richText: [{ text: '王' }, { text: '五' }] },
      { formula: 'HYPERLINK("http://x","某公司")', result: '某公司' },
    ]);
    first.addRow([4, '=HYPERLINK("http://evil")', new Date(Date.UTC(2021, 2, 5))]);
    first.addRow([5, 0.1 + 0.2, { text: '链接文字', hyperlink: 'http://example.org' }]);
    const second = wb.addWorksheet('院士工作站');
    second.addRow(['工作站名称', '依托单位']);
    second.addRow(['天牧生物院士工作站', '天牧生物']);
    const hidden = wb.addWorksheet('隐藏');
    hidden.state = 'hidden';
    hidden.addRow(['x']);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('reads every visible sheet, fills merged cells and shows formulas as their value, never evaluated', async () => {
    const sheets = await readXlsx(await workbook(), 'book.xlsx');
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['特派员', '院士工作站']);
    const rows = sheets[0]!.rows;
    expect(rows[0]).toEqual([
      '2023年垦利区科技特派员名单',
      '2023年垦利区科技特派员名单',
      '2023年垦利区科技特派员名单',
    ]);
    expect(rows[2]).toEqual(['1', '张三', '山东合益化工有限公司']);
    expect(rows[3]).toEqual(['2', '李四', '山东合益化工有限公司']);
    expect(rows[4]).toEqual(['3', '王五', '某公司']);
    expect(rows[5]).toEqual(['4', '=HYPERLINK("http://evil")', '2021-03-05']);
    expect(rows[6]).toEqual(['5', '0.3', '链接文字']);
    expect(sheets[1]!.rows[1]).toEqual(['天牧生物院士工作站', '天牧生物']);
  });

  it('tells a workbook from its bytes and refuses a broken one', async () => {
    const sheets = await sheetsFromBytes('upload', await workbook());
    expect(sheets).toHaveLength(2);
    await expect(readXlsx(new Uint8Array([0x50, 0x4b, 1, 2]), 'bad.xlsx')).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
  });
});
