/**
 * GET /export/… over real HTTP, on every backend under test: the register as XLSX read back with exceljs
 * (title, frozen Chinese header, the rows) and as Excel-safe CSV; the file re-imports as the same needs;
 * the 招商 list and 对接 records; any table through GraphQL tableFile; every mistake in the address a 4xx
 * with a code, inside the server's error handling.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeName } from '#model';
import type { NeedMatch } from '../store/index.ts';
import { startSeededApp, type SeededApp } from '../../test-support/start-seeded-app.ts';
import { testBackends } from '../../test-support/test-backends.ts';

const KEY = 'export-test-key';

async function sheetOf(response: Response): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
  return workbook.worksheets[0]!;
}

/** Rows below the title and header, as plain values. */
function dataRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row, index) => {
    if (index > 2) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe.each(testBackends())('exports on $name', (backend) => {
  let app: SeededApp;
  const editor = (query: string, variables: Record<string, unknown> = {}) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-editor-key': KEY },
      body: JSON.stringify({ query, variables }),
    }).then((response) => response.json() as Promise<{ data?: Record<string, unknown>; errors?: unknown[] }>);

  beforeAll(async () => {
    app = await startSeededApp(backend, { editorKeys: [KEY] });
    for (const [enterprise, name, type, raised] of [
      ['enterprise:合益化工', '硼烷衍生物 工艺放大', '技术', '2024-03-05'],
      ['enterprise:汇东新能源', '=针状焦人才+引进', '人才', '2024-04-01'],
    ] as const) {
      const answer = await editor(
        `mutation ($e: ID!, $n: String!, $t: String, $r: String) { recordNeed(input: { enterpriseId: $e, name: $n, needType: $t, raisedOn: $r, follower: "王敏" }) { need { id } } }`,
        { e: enterprise, n: name, t: type, r: raised },
      );
      expect(answer.errors).toBeUndefined();
    }
    await editor(
      `mutation { recordEngagement(input: { needId: "need:硼烷衍生物工艺放大", partnerId: "university:中国科学院上海有机化学研究所", date: "2024-04-10", activityType: "座谈", outcome: "达成意向" }) { engagement { id } } }`,
    );
  });
  afterAll(async () => {
    await app.stop();
  });

  it('sends the register as XLSX with a Chinese file name, a title, a frozen header and every row', async () => {
    const response = await fetch(
      `${app.url}/export/needs.xlsx?region=region:垦利区&sort=raisedOn&desc=false`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toMatch(
      /attachment; .*filename\*=UTF-8''企业需求汇总表（垦利区） \d{4}-\d{2}-\d{2}\.xlsx/u,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const sheet = await sheetOf(response);
    expect(String(sheet.getCell('A1').value)).toMatch(/^企业需求汇总表（垦利区）/u);
    expect(sheet.getRow(2).values).toContain('企业名称');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const rows = dataRows(sheet);
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      [1, '合益化工', '硼烷衍生物 工艺放大', '技术'],
      [2, '汇东新能源', '=针状焦人才+引进', '人才'],
    ]);
    // The formula-like name is text, not a formula.
    expect(sheet.getCell('C4').formula).toBeUndefined();
    expect(rows[0]).toContain(1); // 对接次数
  });

  it('sends the register as CSV with a BOM, the formula-like name defused', async () => {
    const response = await fetch(`${app.url}/export/needs.csv?status=待对接&type=人才`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.subarray(3)).split('\r\n');
    expect(lines[0]).toMatch(/^序号,企业名称,需求名称,需求类型/u);
    expect(lines[1]).toMatch(/^1,汇东新能源,'=针状焦人才\+引进,人才,/u);
    expect(lines.filter(Boolean)).toHaveLength(2);
  });

  it('sends the 招商 list of a region and the 对接 records', async () => {
    const invitations = await sheetOf(await fetch(`${app.url}/export/invitations.xlsx?region=region:垦利区`));
    expect(invitations.getRow(2).values).toContain('建议邀请');
    expect(dataRows(invitations).some((row) => row.includes('硼烷衍生物 工艺放大'))).toBe(true);
    const engagements = await sheetOf(
      await fetch(`${app.url}/export/engagements.xlsx?party=need:硼烷衍生物工艺放大`),
    );
    expect(dataRows(engagements)).toEqual([
      ['2024-04-10', '合益化工', '硼烷衍生物 工艺放大', '中国科学院上海有机化学研究所', '座谈', '达成意向'],
    ]);
  });

  it('writes any table the client shows through GraphQL tableFile', async () => {
    const answer = await editor(
      `query ($t: TableInput!) { tableFile(table: $t, format: xlsx) { fileName mimeType contentBase64 } }`,
      {
        t: {
          title: '按状态统计',
          columns: [{ header: '状态' }, { header: '数量', numeric: true }],
          rows: [
            ['待对接', '2'],
            ['已解决', '1'],
          ],
        },
      },
    );
    const file = answer.data?.tableFile as { fileName: string; contentBase64: string };
    expect(file.fileName).toBe('按状态统计.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(dataRows(workbook.worksheets[0]!)).toEqual([
      ['待对接', 2],
      ['已解决', 1],
    ]);
  });

  it.each([
    ['/export/needs.pdf', 404, 'NOT_FOUND'],
    ['/export/secrets.xlsx', 404, 'NOT_FOUND'],
    ['/export/needs.xlsx?status=搁置', 400, 'BAD_INPUT'],
    ['/export/needs.xlsx?sort=color', 400, 'BAD_INPUT'],
    ['/export/needs.xlsx?desc=maybe', 400, 'BAD_INPUT'],
    ['/export/needs.xlsx?region=enterprise:合益化工', 400, 'BAD_INPUT'],
    ['/export/needs.xlsx?region=region:火星', 404, 'NOT_FOUND'],
    ['/export/invitations.xlsx', 400, 'BAD_INPUT'],
    ['/export/engagements.csv?since=昨天', 400, 'BAD_INPUT'],
  ])('answers %s with %i %s', async (path, status, code) => {
    const response = await fetch(`${app.url}${path}`);
    expect(response.status).toBe(status);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe(code);
  });

  it('accepts GET only', async () => {
    const response = await fetch(`${app.url}/export/needs.xlsx`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  // Last: on Neo4j a second app empties the one database both use.
  it('exports a file the import reads back as the same needs', async () => {
    const file = Buffer.from(await (await fetch(`${app.url}/export/needs.xlsx`)).arrayBuffer());
    const fresh = await startSeededApp(backend, { editorKeys: [KEY] });
    try {
      const response = await fetch(`${fresh.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-editor-key': KEY },
        body: JSON.stringify({
          query:
            'mutation ($f: [SpreadsheetUpload!]!) { importSpreadsheets(files: $f, dryRun: false) { written problems { message } } }',
          variables: { f: [{ name: '导出.xlsx', contentBase64: file.toString('base64') }] },
        }),
      });
      const body = (await response.json()) as {
        data: { importSpreadsheets: { written: boolean; problems: unknown[] } };
      };
      expect(body.data.importSpreadsheets).toEqual({ written: true, problems: [] });
      // Names as the import keeps them (it drops the spaces inside a name).
      const shown = (matches: readonly NeedMatch[]) =>
        matches
          .map((m) => [normalizeName(m.name), m.enterpriseName, m.needType, m.status, m.raisedOn])
          .sort();
      expect(shown(await fresh.store.matchNeeds({}))).toEqual(shown(await app.store.matchNeeds({})));
    } finally {
      await fresh.stop();
    }
  });
});
