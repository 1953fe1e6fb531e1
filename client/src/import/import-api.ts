// The importSpreadsheets mutation from the browser, through the one GraphQL client: files as base64, the
// editor key in the x-editor-key header. The report's types are generated from the mutation (codegen.ts).
import { graphql } from '../api/generated/gql.ts';
import type { ImportSpreadsheetsMutation } from '../api/generated/graphql.ts';
import { graphqlRequest } from '../api/graphql-request.ts';

export const IMPORT_PROBLEM_FIELDS = graphql(`
  fragment ImportProblemFields on ImportProblem {
    file
    sheet
    row
    column
    message
  }
`);

export const IMPORT_MUTATION = graphql(`
  mutation ImportSpreadsheets(
    $files: [SpreadsheetUpload!]!
    $mapping: String
    $dryRun: Boolean
    $strict: Boolean
  ) {
    importSpreadsheets(files: $files, mapping: $mapping, dryRun: $dryRun, strict: $strict) {
      dryRun
      written
      rows
      nodesWritten
      edgesWritten
      problemCount
      sheets {
        file
        sheet
        target
        targetLabel
        reason
        headerRow
        columns {
          header
          meaning
          use
          byMappingFile
        }
        defaults {
          key
          value
        }
      }
      counts {
        kind
        label
        created
        updated
        unchanged
        rejected
      }
      problems {
        ...ImportProblemFields
      }
      notes {
        ...ImportProblemFields
      }
    }
  }
`);

/** What an import did, or would do on a dry run. */
export type ImportReport = ImportSpreadsheetsMutation['importSpreadsheets'];
/** A rejected row or a remark, with its place. */
export type ImportProblem = ImportReport['problems'][number];

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
  const variables = {
    files: request.files.map((file) => ({ name: file.name, contentBase64: toBase64(file.bytes) })),
    mapping: request.mapping.trim() || null,
    dryRun: request.dryRun,
    strict: request.strict,
  };
  const data = await graphqlRequest(IMPORT_MUTATION, variables, {
    ...(request.key ? { headers: { 'x-editor-key': request.key } } : {}),
    ...(request.fetchFn ? { fetchFn: request.fetchFn } : {}),
  });
  return data.importSpreadsheets;
}
