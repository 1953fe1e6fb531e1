/**
 * tableFile: any table the client shows, written as XLSX or Excel-safe CSV (server/src/export) and sent
 * back base64-encoded, for the browser to save. Open to everyone, like every read.
 */
import { tableFromInput, type TableInput } from '../export/table-from-input.ts';
import { MIME_TYPES, fileNameOf, type FileFormat } from '../export/table-file.ts';
import { writeCsv } from '../export/write-csv.ts';
import { writeXlsx } from '../export/write-xlsx.ts';

export async function tableFileResolver(_: unknown, args: { table: TableInput; format: FileFormat }) {
  const table = tableFromInput(args.table);
  const body = args.format === 'xlsx' ? await writeXlsx(table) : writeCsv(table);
  return {
    fileName: fileNameOf(table, args.format),
    mimeType: MIME_TYPES[args.format],
    contentBase64: body.toString('base64'),
  };
}
