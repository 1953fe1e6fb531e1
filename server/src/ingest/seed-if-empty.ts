/**
 * First-run seeding: when the store holds nothing, import the seed spreadsheets (seed/kenli by default).
 * A store that already has data is left alone, so restarts never duplicate or overwrite edits.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphStore } from '../store/index.ts';
import { importSheets, readSheetFiles, type ImportReport } from './import-sheets.ts';

export interface SeedManifest {
  /** Title of the document the quotes come from. */
  readonly document: string;
}

export async function importSeedDirectory(
  store: GraphStore,
  dir: string,
  root?: string,
): Promise<ImportReport> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.csv')).sort();
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as SeedManifest;
  const sheets = await readSheetFiles(
    files.map((file) => join(dir, file)),
    root,
  );
  return importSheets(store, sheets, {
    document: manifest.document,
    strict: true,
    change: { editor: 'seed', kind: 'seed', note: manifest.document },
  });
}

export async function seedIfEmpty(
  store: GraphStore,
  dir: string,
  root?: string,
): Promise<ImportReport | null> {
  const counts = await store.counts();
  if (counts.nodes.some((entry) => entry.count > 0)) return null;
  return importSeedDirectory(store, dir, root);
}
