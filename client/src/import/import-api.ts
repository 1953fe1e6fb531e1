// The importSpreadsheets mutation from the browser: files as base64, the editor key in a header.
import { apiError, isApiError, type ApiErrorCode } from '../api/graphql-request.ts';

export interface ImportColumn {
  readonly header: string;
  readonly meaning: string;
  readonly use: string;
  readonly byMappingFile: boolean;
}

export interface ImportSheet {
  readonly file: string;
  readonly sheet: string | null;
  readonly target: string;
  readonly targetLabel: string;
  readonly reason: string;
  readonly headerRow: number;
  readonly columns: readonly ImportColumn[];
  readonly defaults: ReadonlyArray<{ readonly key: string; readonly value: string }>;
}

export interface ImportCount {
  readonly kind: string;
  readonly label: string;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: number;
}

export interface ImportProblem {
  readonly file: string;
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly message: string;
}

export interface ImportReport {
  readonly dryRun: boolean;
  readonly written: boolean;
  readonly rows: number;
  readonly nodesWritten: number;
  readonly edgesWritten: number;
  readonly sheets: readonly ImportSheet[];
  readonly counts: readonly ImportCount[];
  readonly problems: readonly ImportProblem[];
  readonly problemCount: number;
  readonly notes: readonly ImportProblem[];
}

export const IMPORT_MUTATION = `mutation ImportSpreadsheets($files: [SpreadsheetUpload!]!, $mapping: String, $dryRun: Boolean, $strict: Boolean) {
  importSpreadsheets(files: $files, mapping: $mapping, dryRun: $dryRun, strict: $strict) {
    dryRun written rows nodesWritten edgesWritten problemCount
    sheets { file sheet target targetLabel reason headerRow columns { header meaning use byMappingFile } defaults { key value } }
    counts { kind label created updated unchanged rejected }
    problems { file sheet row column message }
    notes { file sheet row column message }
  }
}`;

/** Base64 of bytes, in chunks (String.fromCharCode on a whole file overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export interface ImportRequest {
  readonly files: ReadonlyArray<{ readonly name: string; readonly bytes: Uint8Array }>;
  readonly key: string;
  readonly mapping: string;
  readonly dryRun: boolean;
  readonly strict: boolean;
  readonly fetchFn?: typeof fetch;
}

export async function importSpreadsheets(request: ImportRequest): Promise<ImportReport> {
  const fetchFn = request.fetchFn ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await fetchFn('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'x-editor-key': request.key,
      },
      body: JSON.stringify({
        query: IMPORT_MUTATION,
        variables: {
          files: request.files.map((file) => ({ name: file.name, contentBase64: toBase64(file.bytes) })),
          mapping: request.mapping.trim() || null,
          dryRun: request.dryRun,
          strict: request.strict,
        },
      }),
    });
  } catch (error) {
    throw apiError('NETWORK', error instanceof Error ? error.message : String(error));
  }
  let body: {
    data?: { importSpreadsheets?: ImportReport } | null;
    errors?: Array<{ message?: string; extensions?: { code?: string } }>;
  };
  try {
    body = await response.json();
  } catch {
    throw apiError(response.status === 413 ? 'TOO_LARGE' : 'INTERNAL', `HTTP ${response.status}`);
  }
  const first = body.errors?.[0];
  if (first) {
    const code = (first.extensions?.code ?? 'INTERNAL') as ApiErrorCode;
    throw apiError(code, typeof first.message === 'string' ? first.message : `HTTP ${response.status}`);
  }
  const report = body.data?.importSpreadsheets;
  if (!report) throw apiError('INTERNAL', 'Empty GraphQL response');
  return report;
}

export { isApiError };
