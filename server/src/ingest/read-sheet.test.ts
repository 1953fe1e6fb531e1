import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, readCsv } from './read-sheet.ts';

describe('reading CSV', () => {
  const text = '名称,别名\n合益化工,合益\n';

  it('reads UTF-8 with and without a byte-order mark', () => {
    const plain = new TextEncoder().encode(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(readCsv(plain, 'a.csv').rows).toEqual([['名称', '别名'], ['合益化工', '合益'], []].slice(0, 2));
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
});
