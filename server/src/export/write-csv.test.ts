import { describe, expect, it } from 'vitest';
import { csvField, writeCsv } from './write-csv.ts';

describe('Excel-safe CSV', () => {
  it('starts with a UTF-8 byte-order mark and ends lines with CRLF, so Excel reads Chinese right', () => {
    const bytes = writeCsv({
      title: 't',
      sheet: 's',
      columns: [{ header: '企业名称' }],
      rows: [['合益化工']],
    });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe('\uFEFF企业名称\r\n合益化工\r\n');
  });

  it('defuses text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("http://evil.example")')).toBe(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csvField('+cmd|calc')).toBe("'+cmd|calc");
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField(-5)).toBe('-5');
    expect(csvField(500000)).toBe('500000');
  });

  it('quotes fields with commas, quotes or line breaks, and writes empty cells empty', () => {
    expect(csvField('硼烷, 医药中间体')).toBe('"硼烷, 医药中间体"');
    expect(csvField('说 "是"')).toBe('"说 ""是"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField(null)).toBe('');
  });
});
