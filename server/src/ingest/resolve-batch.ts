/**
 * Step 4 of an import, resolve: turn drafts into complete records. Names and aliases are matched
 * (normalised) against what the store already holds and what earlier rows created; an ambiguous
 * name is reported, never guessed. Records are merged with what they update, and every row is
 * classified as created, updated or unchanged. Pure: the caller fetches `known` beforehand.
 */
import { deriveId } from '../domain/derive-id.ts';
import type { NodeKind } from '../domain/node-kinds.ts';
import { normalizeName } from '../domain/normalize-name.ts';
import { edgeId, type GraphEdge, type GraphNode, type Source, type Statistic } from '../domain/records.ts';
import { REL_KIND_SPECS, allowsEndpoints } from '../domain/relationship-kinds.ts';
import type { ImportProblem } from './import-problem.ts';
import type { Draft, EndRef } from './validate-rows.ts';

export type Outcome = 'created' | 'updated' | 'unchanged' | 'rejected';

export interface OutcomeCounts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ResolvedBatch {
  /** Records to write: only those created or changed. */
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
  /** Row outcomes per kind of entity or relationship (statistics count under Region). */
  readonly counts: Record<string, OutcomeCounts>;
  readonly problems: ImportProblem[];
}

function unionStrings(...lists: ReadonlyArray<readonly string[]>): string[] {
  return [...new Set(lists.flat().filter(Boolean))];
}

function unionSources(a: readonly Source[], b: readonly Source[]): Source[] {
  const seen = new Map<string, Source>();
  for (const source of [...a, ...b]) seen.set(canonical(source), source);
  return [...seen.values()];
}

/** JSON with sorted keys, so equal records compare equal whatever the key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)),
        )
      : inner,
  );
}

function mergeStats(existing: readonly Statistic[], incoming: Statistic): Statistic[] {
  const key = (stat: Statistic) => `${stat.label}|${stat.asOf ?? ''}`;
  return [...existing.filter((stat) => key(stat) !== key(incoming)), incoming];
}

function problemAt(source: Source, message: string, column?: string): ImportProblem {
  return {
    file: source.file ?? '',
    ...(source.sheet ? { sheet: source.sheet } : {}),
    ...(source.row !== undefined ? { row: source.row } : {}),
    ...(column ? { column } : {}),
    message,
  };
}

export function resolveBatch(
  drafts: readonly Draft[],
  known: readonly GraphNode[],
  knownEdges: readonly GraphEdge[],
): ResolvedBatch {
  const original = new Map(known.map((node) => [node.id, canonical(node)]));
  const originalEdges = new Map(knownEdges.map((edge) => [edge.id, canonical(edge)]));
  const nodes = new Map(known.map((node) => [node.id, node]));
  const edges = new Map(knownEdges.map((edge) => [edge.id, edge]));
  const byKey = new Map<string, Set<string>>();
  const index = (node: GraphNode) => {
    for (const name of [node.name, ...node.aliases]) {
      const key = normalizeName(name);
      if (!key) continue;
      const ids = byKey.get(key) ?? new Set<string>();
      ids.add(node.id);
      byKey.set(key, ids);
    }
  };
  known.forEach(index);

  const counts: Record<string, OutcomeCounts> = {};
  const count = (kind: string, outcome: Outcome) => {
    counts[kind] ??= { created: 0, updated: 0, unchanged: 0, rejected: 0 };
    counts[kind][outcome] += 1;
  };
  const problems: ImportProblem[] = [];
  const touched: Array<{ kind: string; id: string; edge: boolean }> = [];

  /** Ids of nodes of `kind` (any kind if undefined) known under this name. */
  const lookup = (name: string, kind?: NodeKind): string[] =>
    [...(byKey.get(normalizeName(name)) ?? [])].filter((id) => !kind || nodes.get(id)?.kind === kind);

  const resolveEnd = (end: EndRef): { id: string } | { problem: string } => {
    const direct = nodes.get(end.ref);
    if (direct && (!end.kind || direct.kind === end.kind)) return { id: direct.id };
    const ids = lookup(end.ref, end.kind);
    if (ids.length === 1 && ids[0]) return { id: ids[0] };
    const kindText = end.kind ? `（${end.kind}）` : '';
    if (ids.length === 0)
      return {
        problem: `找不到“${end.ref}”${kindText} / no entity named “${end.ref}” ${end.kind ?? ''}`.trim(),
      };
    return {
      problem: `“${end.ref}”${kindText}对应多个实体（${ids.join('、')}），请写明编号或类型 / “${end.ref}” matches several entities (${ids.join(', ')}); give its id or kind`,
    };
  };

  for (const item of drafts) {
    if (item.type === 'node') {
      const draft = item.draft;
      let id = draft.id;
      if (!id) {
        const matches = unionStrings(
          ...[draft.name, ...draft.aliases].map((name) => lookup(name, draft.kind)),
        );
        if (matches.length > 1) {
          problems.push(
            problemAt(
              draft.source,
              `“${draft.name}”与多个已有实体相符（${matches.join('、')}），未导入；请填写编号 / “${draft.name}” matches several existing entities (${matches.join(', ')}); not imported: give an id`,
            ),
          );
          count(draft.kind, 'rejected');
          continue;
        }
        id = matches[0] ?? deriveId(draft.kind, draft.name);
      }
      const existing = nodes.get(id);
      if (existing && existing.kind !== draft.kind) {
        problems.push(
          problemAt(
            draft.source,
            `编号 ${id} 已属于${existing.kind}，不能用于${draft.kind} / id ${id} already belongs to a ${existing.kind}`,
          ),
        );
        count(draft.kind, 'rejected');
        continue;
      }
      const name = existing?.name ?? draft.name;
      const merged: GraphNode = {
        id,
        kind: draft.kind,
        name,
        ...((draft.nameEn ?? existing?.nameEn) ? { nameEn: draft.nameEn ?? existing?.nameEn } : {}),
        aliases: unionStrings(existing?.aliases ?? [], [draft.name], draft.aliases).filter(
          (alias) => alias !== name,
        ),
        ...((draft.description ?? existing?.description)
          ? { description: draft.description ?? existing?.description }
          : {}),
        keywords: unionStrings(existing?.keywords ?? [], draft.keywords),
        props: { ...(existing?.props ?? {}), ...draft.props },
        stats: existing?.stats ?? [],
        sources: unionSources(existing?.sources ?? [], [draft.source]),
      };
      nodes.set(id, merged);
      index(merged);
      touched.push({ kind: draft.kind, id, edge: false });
    } else if (item.type === 'statistic') {
      const draft = item.draft;
      const end = resolveEnd({ ref: draft.region, kind: 'Region' });
      if ('problem' in end) {
        problems.push(problemAt(draft.source, end.problem, '地区(region)'));
        count('Region', 'rejected');
        continue;
      }
      const region = nodes.get(end.id);
      if (!region) continue;
      nodes.set(end.id, { ...region, stats: mergeStats(region.stats, draft.statistic) });
      touched.push({ kind: 'Region', id: end.id, edge: false });
    } else {
      const draft = item.draft;
      const from = resolveEnd(draft.from);
      const to = resolveEnd(draft.to);
      const failures = [
        'problem' in from ? problemAt(draft.source, from.problem, '起点(from)') : null,
        'problem' in to ? problemAt(draft.source, to.problem, '终点(to)') : null,
      ].filter((problem): problem is ImportProblem => problem !== null);
      if ('problem' in from || 'problem' in to) {
        problems.push(...failures);
        count(draft.kind, 'rejected');
        continue;
      }
      const fromKind = nodes.get(from.id)?.kind;
      const toKind = nodes.get(to.id)?.kind;
      if (!fromKind || !toKind || !allowsEndpoints(draft.kind, fromKind, toKind)) {
        const spec = REL_KIND_SPECS[draft.kind];
        problems.push(
          problemAt(
            draft.source,
            `“${spec.zh}”关系不能从${fromKind}指向${toKind}（允许：${spec.from.join('/')} → ${spec.to.join('/')}） / a ${draft.kind} relationship cannot go from ${fromKind} to ${toKind}`,
            '关系(kind)',
          ),
        );
        count(draft.kind, 'rejected');
        continue;
      }
      const id = edgeId(draft.kind, from.id, to.id);
      const existing = edges.get(id);
      edges.set(id, {
        id,
        kind: draft.kind,
        from: from.id,
        to: to.id,
        props: { ...(existing?.props ?? {}), ...draft.props },
        sources: unionSources(existing?.sources ?? [], [draft.source]),
      });
      touched.push({ kind: draft.kind, id, edge: true });
    }
  }

  const changedNodes = [...nodes.values()].filter((node) => original.get(node.id) !== canonical(node));
  const changedEdges = [...edges.values()].filter((edge) => originalEdges.get(edge.id) !== canonical(edge));
  const changedIds = new Set([...changedNodes, ...changedEdges].map((record) => record.id));
  for (const { kind, id, edge } of touched) {
    const existedBefore = edge ? originalEdges.has(id) : original.has(id);
    count(kind, !existedBefore ? 'created' : changedIds.has(id) ? 'updated' : 'unchanged');
  }
  return { nodes: changedNodes, edges: changedEdges, counts, problems };
}
