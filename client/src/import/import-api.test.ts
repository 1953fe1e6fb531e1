// Tests the import page's request, sent through the one GraphQL client: base64 of large files, the editor key
// header, the mutation asked, and coded errors (unknown codes are INTERNAL, as for every panel).
import { describe, expect, it } from 'vitest';
import { importSpreadsheets, toBase64 } from './import-api.ts';
import { IMPORT_STRINGS } from './import-strings.ts';

describe('the import request', () => {
  it('encodes files of any size as base64', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('sends the editor key as a header, dry run and strict as asked, and turns errors into codes', async () => {
    let seen: RequestInit | undefined;
    const ok = async (_url: unknown, init?: RequestInit) => {
      seen = init;
      return new Response(JSON.stringify({ data: { importSpreadsheets: { dryRun: true } } }));
    };
    await importSpreadsheets({
      files: [{ name: 'a.csv', bytes: new TextEncoder().encode('名称\n甲\n') }],
      key: 'k',
      mapping: '  ',
      dryRun: true,
      strict: false,
      fetchFn: ok as typeof fetch,
    });
    expect((seen?.headers as Record<string, string>)['x-editor-key']).toBe('k');
    const body = JSON.parse(String(seen?.body)) as { variables: Record<string, unknown> };
    expect(body.variables).toMatchObject({ mapping: null, dryRun: true, strict: false });
    const forbidden = async () =>
      new Response(
        JSON.stringify({ errors: [{ message: '需要编辑密钥', extensions: { code: 'FORBIDDEN' } }] }),
      );
    await expect(
      importSpreadsheets({
        files: [],
        key: 'x',
        mapping: '',
        dryRun: true,
        strict: false,
        fetchFn: forbidden as typeof fetch,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: '需要编辑密钥' });
  });

  it('asks the importSpreadsheets mutation and maps codes as every panel does', async () => {
    let seen: RequestInit | undefined;
    const answering = (status: number, body: string) => async (_url: unknown, init?: RequestInit) => {
      seen = init;
      return new Response(body, { status });
    };
    const request = { files: [], key: 'k', mapping: 'kind: Specialist', dryRun: false, strict: true };
    await expect(
      importSpreadsheets({
        ...request,
        fetchFn: answering(
          200,
          JSON.stringify({ errors: [{ message: 'odd', extensions: { code: 'SOMETHING_NEW' } }] }),
        ) as typeof fetch,
      }),
    ).rejects.toMatchObject({ code: 'INTERNAL', message: 'odd' });
    const body = JSON.parse(String(seen?.body)) as { query: string; variables: Record<string, unknown> };
    expect(body.query).toMatch(/mutation ImportSpreadsheets\b[\s\S]*importSpreadsheets\(/);
    expect(body.variables).toEqual({ files: [], mapping: 'kind: Specialist', dryRun: false, strict: true });
    expect(seen?.headers).toMatchObject({ 'content-type': 'application/json', 'x-editor-key': 'k' });
    await expect(
      importSpreadsheets({ ...request, fetchFn: answering(413, 'Payload Too Large') as typeof fetch }),
    ).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('has every string in Chinese and English', () => {
    expect(Object.keys(IMPORT_STRINGS.en).sort()).toEqual(Object.keys(IMPORT_STRINGS.zh).sort());
  });
});
