// The import dialog's requests: checks what it can first (files chosen, a key unless signed in, not too large),
// reads the files and runs the import, a dry run or for real; keeps the last report or error. The key is never
// stored: a signed-in editor's session cookie goes with the request instead.
import { useState } from 'react';
import { isApiError } from '../api/graphql-request.ts';
import { importSpreadsheets, type ImportReport } from './import-api.ts';
import type { ImportStrings } from './import-strings.ts';

const MAX_BYTES = 16 * 1024 * 1024;

export interface ImportForm {
  readonly files: readonly File[];
  readonly key: string;
  readonly mapping: string;
  readonly strict: boolean;
}

export interface ImportRun {
  readonly busy: 'check' | 'import' | null;
  readonly report: ImportReport | null;
  readonly error: string | null;
  readonly run: (form: ImportForm, dryRun: boolean) => Promise<void>;
  /** Forgets the report (the form changed, so it no longer tells what would happen). */
  readonly clearReport: () => void;
}

export function useImportRun(s: ImportStrings, signedIn: boolean, onWritten: () => void): ImportRun {
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run({ files, key, mapping, strict }: ImportForm, dryRun: boolean) {
    setError(null);
    if (files.length === 0) return setError(s.needFiles);
    if (!signedIn && !key.trim()) return setError(s.needKey);
    if (files.reduce((sum, file) => sum + file.size, 0) > MAX_BYTES) return setError(s.tooBig);
    setBusy(dryRun ? 'check' : 'import');
    try {
      const loaded = await Promise.all(
        files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
      );
      const answer = await importSpreadsheets({ files: loaded, key: key.trim(), mapping, dryRun, strict });
      setReport(answer);
      if (answer.written) onWritten();
    } catch (value) {
      setReport(null);
      setError(isApiError(value) ? value.message : String(value));
    } finally {
      setBusy(null);
    }
  }

  return { busy, report, error, run, clearReport: () => setReport(null) };
}
