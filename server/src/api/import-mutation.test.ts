/** The importSpreadsheets mutation over real HTTP, on every backend under test: editors only, dry run first. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureauWorkbook, legalNameWorkbook, specialistsCsvGbk } from '../../test-support/bureau-sheets.ts';
import { startSeededApp, type SeededApp } from '../../test-support/start-seeded-app.ts';
import { testBackends } from '../../test-support/test-backends.ts';

const KEY = 'test-editor-key-42';
const MUTATION = `mutation ($files: [SpreadsheetUpload!]!, $dryRun: Boolean, $strict: Boolean, $mapping: String) {
  importSpreadsheets(files: $files, dryRun: $dryRun, strict: $strict, mapping: $mapping) {
    dryRun written rows nodesWritten edgesWritten problemCount
    sheets { file sheet target targetLabel reason headerRow columns { header meaning use byMappingFile } defaults { key value } }
    counts { kind label created updated unchanged rejected }
    problems { file sheet row column message }
    notes { row message }
  }
}`;

const MATCHING = `mutation ($files: [SpreadsheetUpload!]!, $uncertain: UncertainMatch) {
  importSpreadsheets(files: $files, uncertain: $uncertain) {
    held reviewCount matchCount createdNearCount
    sheets { sheet merged queued createdNear }
    matches { name entityId tier score source { file sheet row column } reasons { code zh } }
    review { action score incoming { id name parts { trade branch } } existing { id name } reasons { code } }
  }
}`;

interface MatchingReport {
  held: number;
  reviewCount: number;
  sheets: Array<{ sheet: string | null; merged: number; queued: number }>;
  matches: unknown[];
  review: unknown[];
}

interface Report {
  dryRun: boolean;
  written: boolean;
  rows: number;
  nodesWritten: number;
  edgesWritten: number;
  problemCount: number;
  sheets: Array<{
    file: string;
    sheet: string | null;
    target: string;
    columns: Array<{ header: string; meaning: string; use: string }>;
  }>;
  counts: Array<{ kind: string; created: number; updated: number; unchanged: number; rejected: number }>;
  problems: Array<{ row: number; column: string; message: string }>;
}

describe.each(testBackends())('importSpreadsheets on $name', (backend) => {
  let app: SeededApp;
  let files: Array<{ name: string; contentBase64: string }>;
  beforeAll(async () => {
    app = await startSeededApp(backend, { editorKeys: ['another-key', KEY] });
    files = [
      { name: '特派员名单.csv', contentBase64: Buffer.from(specialistsCsvGbk()).toString('base64') },
      {
        name: 'C:\\Users\\科技局\\台账.xlsx',
        contentBase64: Buffer.from(await bureauWorkbook()).toString('base64'),
      },
    ];
  });
  afterAll(async () => {
    await app.stop();
  });

  async function post(variables: Record<string, unknown>, key?: string, query = MUTATION) {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { 'x-editor-key': key } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: { importSpreadsheets: Report } | null;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
  }
  const totals = async () => {
    const body = await app.graphql<{ stats: { nodeCount: number; edgeCount: number } }>(
      '{ stats { nodeCount edgeCount } }',
    );
    return body.data?.stats;
  };

  it('refuses callers without a valid editor key with FORBIDDEN, while reads stay open', async () => {
    const before = await totals();
    for (const key of [undefined, 'wrong']) {
      const body = await post({ files }, key);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(body.errors?.[0]?.message).toMatch(/编辑密钥.*editor key/u);
    }
    // Reads still answer, and nothing was written.
    expect(before?.nodeCount).toBeGreaterThan(40);
    expect(await totals()).toEqual(before);
  });

  it('shows the mapping, the counts and the problems on a dry run, and writes nothing', async () => {
    const before = await totals();
    const body = await post({ files }, KEY);
    expect(body.errors).toBeUndefined();
    const report = body.data!.importSpreadsheets;
    expect(report).toMatchObject({ dryRun: true, written: false, nodesWritten: 0 });
    expect(report.sheets.map((sheet) => [sheet.file, sheet.sheet, sheet.target])).toEqual([
      ['特派员名单.csv', null, 'Specialist'],
      ['台账.xlsx', '企业需求汇总表', 'Need'],
      ['台账.xlsx', '院士工作站', 'Platform'],
      ['台账.xlsx', '产学研合作项目', 'Project'],
    ]);
    expect(report.counts.find((count) => count.kind === 'Specialist')).toMatchObject({ created: 3 });
    expect(await totals()).toEqual(before);
  });

  it('imports on confirmation, lands on the seed’s entities, and a second time changes nothing', async () => {
    const first = (await post({ files, dryRun: false }, KEY)).data!.importSpreadsheets;
    expect(first.written).toBe(true);
    const heyi = await app.graphql<{ entity: { aliases: string[] } | null }>(
      '{ entity(id: "enterprise:合益化工") { aliases } }',
    );
    expect(heyi.data?.entity).not.toBeNull();
    const duplicate = await app.graphql<{ entity: unknown }>(
      '{ entity(id: "enterprise:山东合益化工有限公司") { id } }',
    );
    expect(duplicate.data?.entity).toBeNull();
    const li = await app.graphql<{
      entity: { description: string; sources: Array<{ file: string; row: number }> };
    }>('{ entity(id: "specialist:李青") { description sources { file row } } }');
    expect(li.data?.entity.description).toBe('=HYPERLINK("http://evil.example","点我")');
    expect(li.data?.entity.sources).toEqual([{ file: '特派员名单.csv', row: 4 }]);
    const before = await totals();
    const again = (await post({ files, dryRun: false }, KEY)).data!.importSpreadsheets;
    expect(again).toMatchObject({ written: false, nodesWritten: 0, edgesWritten: 0 });
    expect(again.counts.every((count) => count.created + count.updated === 0)).toBe(true);
    expect(await totals()).toEqual(before);
  });

  it('with strict, one bad row means nothing is written, and the row is named', async () => {
    const bad = [
      {
        name: '有错.xlsx',
        contentBase64: Buffer.from(await bureauWorkbook({ badRow: true })).toString('base64'),
      },
    ];
    const before = await totals();
    const report = (await post({ files: bad, dryRun: false, strict: true }, KEY)).data!.importSpreadsheets;
    expect(report.written).toBe(false);
    expect(report.problems).toEqual([
      expect.objectContaining({
        row: 6,
        column: '总投资（万元）',
        message: expect.stringContaining('很多钱'),
      }),
    ]);
    expect(await totals()).toEqual(before);
  });

  it('reports what merged with what and why, and the pairs for review, per sheet', async () => {
    const legal = [
      { name: '高企名单.xlsx', contentBase64: Buffer.from(await legalNameWorkbook()).toString('base64') },
    ];
    const body = await post({ files: legal, uncertain: 'HOLD' }, KEY, MATCHING);
    expect(body.errors).toBeUndefined();
    const report = (body.data as unknown as { importSpreadsheets: MatchingReport }).importSpreadsheets;
    expect(report.matches).toContainEqual(
      expect.objectContaining({
        name: '山东合益化工有限公司',
        entityId: 'enterprise:合益化工',
        tier: 'parts',
        source: { file: '高企名单.xlsx', sheet: '高新技术企业名单', row: 3, column: null },
        reasons: expect.arrayContaining([{ code: 'same-trade', zh: '字号相同' }]),
      }),
    );
    expect(report.review).toEqual([
      expect.objectContaining({
        action: 'held',
        incoming: {
          id: null,
          name: '山东合益化工有限公司东营分公司',
          parts: expect.objectContaining({ branch: '东营' }),
        },
        existing: expect.objectContaining({ id: 'enterprise:合益化工' }),
      }),
    ]);
    expect(report).toMatchObject({ reviewCount: 1, held: 1 });
    expect(report.sheets.find((sheet) => sheet.sheet === '高新技术企业名单')).toMatchObject({ queued: 1 });
  });

  it('says what is wrong with a file that is not a spreadsheet or a broken mapping file', async () => {
    const notSheet = await post({ files: [{ name: 'a.pdf', contentBase64: 'JVBERi0=' }] }, KEY);
    expect(notSheet.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    const mapping = await post({ files, mapping: 'kind: Planet' }, KEY);
    expect(mapping.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_INPUT' },
      message: expect.stringMatching(/mapping file/u),
    });
  });
});
