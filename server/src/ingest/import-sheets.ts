/**
 * An import end to end: read → map → validate → resolve → write, the last as one transaction.
 * Valid rows are written and rejected rows reported; with `strict`, any rejected row stops the
 * whole import; with `dryRun`, nothing is written. Either way the report says what would change.
 */
import { readFile } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { NODE_KINDS } from '../domain/node-kinds.ts';
import { normalizeName } from '../domain/normalize-name.ts';
import { deriveId } from '../domain/derive-id.ts';
import { KEY_SEPARATOR } from '../domain/search-keys.ts';
import type { GraphNode } from '../domain/records.ts';
import type { GraphStore } from '../store/graph-store.ts';
import type { ImportProblem } from './import-problem.ts';
import { mapSheet, type SheetMapping } from './map-sheet.ts';
import { readCsv, type Sheet } from './read-sheet.ts';
import { resolveBatch, type OutcomeCounts } from './resolve-batch.ts';
import { validateRow, type Draft } from './validate-rows.ts';

export interface ImportOptions {
  /** The document the rows' quotes come from, recorded in provenance. */
  readonly document?: string;
  readonly strict?: boolean;
  readonly dryRun?: boolean;
}

export interface ImportReport {
  readonly mappings: readonly SheetMapping[];
  readonly counts: Readonly<Record<string, OutcomeCounts>>;
  readonly problems: readonly ImportProblem[];
  /** True when the store was changed. */
  readonly written: boolean;
  readonly nodesWritten: number;
  readonly edgesWritten: number;
}

const ORDER: Record<Draft['type'], number> = { node: 0, statistic: 1, edge: 2 };

/** Existing nodes that rows might refer to: by id, derived id, name or alias. */
async function fetchKnown(store: GraphStore, drafts: readonly Draft[]): Promise<GraphNode[]> {
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const item of drafts) {
    if (item.type === 'node') {
      if (item.draft.id) ids.add(item.draft.id);
      ids.add(deriveId(item.draft.kind, item.draft.name));
      for (const name of [item.draft.name, ...item.draft.aliases]) names.add(normalizeName(name));
    } else if (item.type === 'edge') {
      for (const end of [item.draft.from, item.draft.to]) {
        ids.add(end.ref);
        names.add(normalizeName(end.ref));
      }
    } else {
      names.add(normalizeName(item.draft.region));
    }
  }
  names.delete('');
  const byId = await store.getNodes([...ids]);
  const byName =
    names.size === 0
      ? []
      : await store.searchCandidates({
          terms: [...names].map((name) => `${KEY_SEPARATOR}${name}${KEY_SEPARATOR}`),
          mode: 'any',
          kinds: [...NODE_KINDS],
          limit: names.size * 10 + 100,
        });
  return [...new Map([...byId, ...byName].map((node) => [node.id, node])).values()];
}

export async function importSheets(
  store: GraphStore,
  sheets: readonly Sheet[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const mappings: SheetMapping[] = [];
  const problems: ImportProblem[] = [];
  const drafts: Draft[] = [];
  const rejectedRows: Record<string, number> = {};
  for (const sheet of sheets) {
    const mapped = mapSheet(sheet);
    if (!mapped.ok) {
      problems.push(mapped.problem);
      continue;
    }
    mappings.push(mapped.mapping);
    const target = mapped.mapping.target;
    const kindLabel =
      target.type === 'nodes' ? target.kind : target.type === 'statistics' ? 'Region' : 'relationships';
    for (const row of mapped.rows) {
      const result = validateRow(row, target, options);
      if (result.ok) drafts.push(result.value);
      else {
        problems.push(...result.problems);
        rejectedRows[kindLabel] = (rejectedRows[kindLabel] ?? 0) + 1;
      }
    }
  }
  drafts.sort((a, b) => ORDER[a.type] - ORDER[b.type]);

  const known = await fetchKnown(store, drafts);
  const knownEdges = await store.edgesAmong(known.map((node) => node.id));
  const resolved = resolveBatch(drafts, known, knownEdges);
  problems.push(...resolved.problems);
  const counts: Record<string, OutcomeCounts> = { ...resolved.counts };
  for (const [kind, rejected] of Object.entries(rejectedRows)) {
    counts[kind] ??= { created: 0, updated: 0, unchanged: 0, rejected: 0 };
    counts[kind].rejected += rejected;
  }

  const blocked = options.dryRun === true || (options.strict === true && problems.length > 0);
  const hasChanges = resolved.nodes.length + resolved.edges.length > 0;
  if (!blocked && hasChanges) await store.write({ nodes: resolved.nodes, edges: resolved.edges });
  return {
    mappings,
    counts,
    problems,
    written: !blocked && hasChanges,
    nodesWritten: blocked ? 0 : resolved.nodes.length,
    edgesWritten: blocked ? 0 : resolved.edges.length,
  };
}

/** Reads CSV files from disk; provenance names them relative to `root` (the repository by default). */
export async function readSheetFiles(paths: readonly string[], root = process.cwd()): Promise<Sheet[]> {
  return Promise.all(
    paths.map(async (path) => {
      const name = relative(root, path).startsWith('..') ? basename(path) : relative(root, path);
      return readCsv(await readFile(path), name);
    }),
  );
}
