/**
 * Step 4 of an import, resolve: turn drafts into complete records, in two pure phases.
 *
 * identify: every row is matched to an entity by id, name or alias, of its own kind (see name-keys.ts for the
 * tiers: exact, abbreviation, core name without legal form or leading place); an ambiguous name is reported
 * and the row left alone, never guessed. Names in link columns and relationship sheets are matched the same
 * way; a name not found becomes a new entity when its kind is certain (a domain, a region, …有限公司 an
 * enterprise), otherwise it is reported.
 *
 * merge: the rows are applied to the records they touch (which the caller loads between the phases), and each
 * row is counted as created, updated, unchanged or rejected. Empty cells never erase; names stay as the graph
 * has them (an imported legal name becomes an alias); each record keeps one source per file and sheet row.
 * Records known to be new are returned apart, so stores can write them on their fast path.
 */
import {
  NODE_KIND_SPECS,
  REL_KIND_SPECS,
  allowsEndpoints,
  deriveId,
  edgeId,
  type GraphEdge,
  type GraphNode,
  type NodeKind,
  type PropValue,
  type RelKind,
  type Source,
  type Statistic,
} from '#model';
import { PEOPLE } from './header-dictionary.ts';
import type { ImportProblem } from './import-problem.ts';
import { coreKey, exactKey, expandAlias, placesAgree } from './name-keys.ts';
import type { Draft, EndRef, LinkDraft, NodeDraft } from './validate-rows.ts';

export type Outcome = 'created' | 'updated' | 'unchanged' | 'rejected';

export interface OutcomeCounts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** What matching needs to know of an entity. */
export interface NameEntry {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface ResolveOptions {
  /** Alias → name of the entity it stands for, from a mapping file. */
  readonly aliases?: Readonly<Record<string, string>>;
}

/** A remark that does not stop an import: a repeated row, an entity created for a name in a link column. */
export type ImportNote = ImportProblem;

export interface ResolvedBatch {
  /** Records that do not exist in the store yet (the fast path). */
  readonly newNodes: GraphNode[];
  readonly newEdges: GraphEdge[];
  /** Existing records that the import changes. */
  readonly changedNodes: GraphNode[];
  readonly changedEdges: GraphEdge[];
  /** Row outcomes per kind of entity or relationship (statistics count under Region). */
  readonly counts: Record<string, OutcomeCounts>;
  readonly problems: ImportProblem[];
  readonly notes: ImportNote[];
}

// ---------------------------------------------------------------------------------------------- index

interface CoreEntry {
  readonly id: string;
  readonly place: string | null;
}

/** Entities by id, exact name key and core name key, for matching. */
export class NameIndex {
  readonly byId = new Map<string, NameEntry>();
  private readonly exact = new Map<string, string[]>();
  private readonly core = new Map<string, CoreEntry[]>();
  private readonly extraAliases = new Map<string, string[]>();

  constructor(entries: Iterable<NameEntry>, aliases: Readonly<Record<string, string>> = {}) {
    for (const [alias, name] of Object.entries(aliases)) {
      const key = exactKey(alias);
      if (key) this.extraAliases.set(key, [...(this.extraAliases.get(key) ?? []), name]);
    }
    for (const entry of entries) this.add(entry);
  }

  add(entry: NameEntry): void {
    const previous = this.byId.get(entry.id);
    this.byId.set(entry.id, entry);
    const person = PEOPLE.includes(entry.kind);
    for (const name of [entry.name, ...entry.aliases]) {
      if (previous && (previous.name === name || previous.aliases.includes(name))) continue;
      const key = exactKey(name);
      if (!key) continue;
      const ids = this.exact.get(key);
      if (!ids) this.exact.set(key, [entry.id]);
      else if (!ids.includes(entry.id)) ids.push(entry.id);
      const { core, place } = coreKey(name, person);
      if (!core) continue;
      const entries = this.core.get(core);
      if (!entries) this.core.set(core, [{ id: entry.id, place }]);
      else if (!entries.some((each) => each.id === entry.id)) entries.push({ id: entry.id, place });
    }
  }

  private ofKinds(ids: Iterable<string>, kinds: readonly NodeKind[] | undefined): string[] {
    const out: string[] = [];
    for (const id of ids) {
      const kind = this.byId.get(id)?.kind;
      if (kind && (!kinds || kinds.includes(kind)) && !out.includes(id)) out.push(id);
    }
    return out;
  }

  /** Ids of the entities of these kinds a name stands for, tier by tier; several means ambiguous. */
  find(name: string, kinds?: readonly NodeKind[]): string[] {
    const direct = this.byId.get(name);
    if (direct && (!kinds || kinds.includes(direct.kind))) return [direct.id];
    const key = exactKey(name);
    if (!key) return [];
    const exact = this.ofKinds(this.exact.get(key) ?? [], kinds);
    if (exact.length > 0) return exact;
    const expanded = expandAlias(name, this.extraAliases);
    if (expanded.length > 0) {
      const ids = this.ofKinds(
        expanded.flatMap((full) => {
          const byId = this.byId.get(full);
          return byId ? [byId.id] : (this.exact.get(exactKey(full)) ?? []);
        }),
        kinds,
      );
      if (ids.length > 0) return ids;
    }
    const matches: string[] = [];
    for (const person of [false, true]) {
      if (kinds && !kinds.some((kind) => PEOPLE.includes(kind) === person)) continue;
      const { core, place } = coreKey(name, person);
      for (const entry of this.core.get(core) ?? []) {
        const kind = this.byId.get(entry.id)?.kind;
        if (!kind || PEOPLE.includes(kind) !== person) continue;
        if (placesAgree(place, entry.place)) matches.push(entry.id);
      }
    }
    return this.ofKinds(matches, kinds);
  }
}

// ---------------------------------------------------------------------------------------------- helpers

function problemAt(source: Source, message: string, column?: string): ImportProblem {
  return {
    file: source.file ?? '',
    ...(source.sheet ? { sheet: source.sheet } : {}),
    ...(source.row !== undefined ? { row: source.row } : {}),
    ...(column ? { column } : {}),
    message,
  };
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

function kindText(kinds: readonly NodeKind[]): string {
  return kinds.map((kind) => NODE_KIND_SPECS[kind].zh).join('/');
}

function names(ids: readonly string[], index: NameIndex): string {
  return ids.map((id) => `${index.byId.get(id)?.name ?? id}（${id}）`).join('、');
}

const CLASSIFY: ReadonlyArray<[RegExp, NodeKind]> = [
  [
    /(工作站|重点实验室|实验室|工程技术研究中心|工程研究中心|孵化器|众创空间|星创天地|科技园区?|产业园|基地)$/u,
    'Platform',
  ],
  [/(有限公司|有限责任公司|股份公司|公司|集团|厂|合作社|商行|农场|牧场)$/u, 'Enterprise'],
  [/(大学|学院|学校|研究院|研究所|科学院|研究中心|协会|学会|联合会|研究会|院)$/u, 'University'],
  [/(局|委员会|管委会|委|办公室|政府|厅|部)$/u, 'Agency'],
];

/** The kind a name tells by its ending (…有限公司, …大学), when it is among the kinds allowed. */
export function classifyName(name: string, allowed: readonly NodeKind[]): NodeKind | null {
  const text = name
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/\([^)]*\)$/u, '');
  for (const [pattern, kind] of CLASSIFY) if (pattern.test(text)) return allowed.includes(kind) ? kind : null;
  return null;
}

// ---------------------------------------------------------------------------------------------- identify

type NodeOp = {
  readonly type: 'node';
  readonly draft: NodeDraft;
  readonly id: string;
  /** False when another row of this import created it. */
  readonly first: boolean;
  readonly existed: boolean;
  readonly firstRow?: number;
};

type EdgeOp = {
  readonly type: 'edge';
  readonly kind: RelKind;
  readonly from: string;
  readonly to: string;
  readonly props: Readonly<Record<string, PropValue>>;
  readonly source: Source;
};

type StatOp = {
  readonly type: 'stat';
  readonly region: string;
  readonly stat: Statistic;
  readonly source: Source;
};
type AliasOp = { readonly type: 'alias'; readonly id: string; readonly alias: string };
type StubOp = { readonly type: 'stub'; readonly node: GraphNode };
type RejectOp = { readonly type: 'reject'; readonly kind: string; readonly problems: ImportProblem[] };

type Op = NodeOp | EdgeOp | StatOp | AliasOp | StubOp | RejectOp;

export interface Identified {
  readonly ops: readonly Op[];
  /** Ids of entities the store already holds that the rows touch: load these before merging. */
  readonly existingIds: readonly string[];
  readonly notes: ImportNote[];
}

const ORDER: Record<Draft['type'], number> = { node: 0, statistic: 1, edge: 2 };

export function identify(
  drafts: readonly Draft[],
  entries: Iterable<NameEntry>,
  options: ResolveOptions = {},
): Identified {
  const index = new NameIndex(entries, options.aliases);
  const inStore = new Set(index.byId.keys());
  const existing = new Set<string>();
  const createdAt = new Map<string, number | undefined>();
  const ops: Op[] = [];
  const notes: ImportNote[] = [];
  const ordered = [...drafts].sort((a, b) => ORDER[a.type] - ORDER[b.type]);

  const touch = (id: string) => {
    if (inStore.has(id)) existing.add(id);
  };

  // Phase A: the rows' own entities, so later links can find entities created by any sheet of this import.
  const nodeOps: NodeOp[] = [];
  for (const item of ordered) {
    if (item.type !== 'node') continue;
    const draft = item.draft;
    let id = draft.id;
    if (id) {
      const holder = index.byId.get(id);
      if (holder && holder.kind !== draft.kind) {
        ops.push({
          type: 'reject',
          kind: draft.kind,
          problems: [
            problemAt(
              draft.source,
              `编号 ${id} 已属于${NODE_KIND_SPECS[holder.kind].zh}（${holder.kind}），不能用于${NODE_KIND_SPECS[draft.kind].zh} / id ${id} already belongs to a ${holder.kind}, not a ${draft.kind}`,
            ),
          ],
        });
        continue;
      }
    } else {
      const matches = [
        ...new Set([draft.name, ...draft.aliases].flatMap((name) => index.find(name, [draft.kind]))),
      ];
      if (matches.length > 1) {
        ops.push({
          type: 'reject',
          kind: draft.kind,
          problems: [
            problemAt(
              draft.source,
              `“${draft.name}”与多个已有实体相符：${names(matches, index)}；未导入，请填写编号或修改名称 / “${draft.name}” matches several entities (${matches.join(', ')}); not imported: give an id or a more precise name`,
            ),
          ],
        });
        continue;
      }
      id = matches[0] ?? deriveId(draft.kind, draft.name);
    }
    touch(id);
    const existed = inStore.has(id);
    const first = existed || !createdAt.has(id);
    const firstRow = createdAt.get(id);
    if (!existed && first) createdAt.set(id, draft.source.row);
    const known = index.byId.get(id);
    index.add({
      id,
      kind: draft.kind,
      name: known?.name ?? draft.name,
      aliases: [...(known?.aliases ?? []), draft.name, ...draft.aliases],
    });
    const op: NodeOp = {
      type: 'node',
      draft,
      id,
      first,
      existed,
      ...(firstRow !== undefined ? { firstRow } : {}),
    };
    ops.push(op);
    nodeOps.push(op);
  }

  // Aliases from the mapping file land on the entities they stand for.
  for (const [alias, name] of Object.entries(options.aliases ?? {})) {
    const ids = [...new Set([...(index.byId.has(name) ? [name] : []), ...index.find(name)])];
    if (ids.length === 1 && ids[0]) {
      touch(ids[0]);
      ops.push({ type: 'alias', id: ids[0], alias });
    } else {
      notes.push({
        file: '映射文件 mapping',
        message:
          ids.length === 0
            ? `别名“${alias}”指向的“${name}”不存在，未添加 / the alias “${alias}” names “${name}”, which does not exist; not added`
            : `别名“${alias}”指向的“${name}”对应多个实体，未添加 / “${name}” for the alias “${alias}” matches several entities; not added`,
      });
    }
  }

  /** The id for a name in a link or relationship, creating the entity when its kind is certain. */
  const resolveRef = (
    ref: string,
    kinds: readonly NodeKind[],
    create: NodeKind | 'classify' | null,
    source: Source,
  ): { id: string } | { problem: string } => {
    const ids = index.find(ref, kinds);
    if (ids.length === 1 && ids[0]) {
      touch(ids[0]);
      return { id: ids[0] };
    }
    if (ids.length > 1)
      return {
        problem: `“${ref}”对应多个${kindText(kinds)}：${names(ids, index)}；未建立关系，请写全称或编号 / “${ref}” matches several entities (${ids.join(', ')}); no relationship made: write the full name or the id`,
      };
    const kind = create === 'classify' ? classifyName(ref, kinds) : create;
    if (!kind) {
      return {
        problem: `找不到“${ref}”（${kindText(kinds)}），也无法从名称判断类型；请先导入它或写全称 / no ${kinds.join('/')} named “${ref}”, and its kind cannot be told from the name; import it first or write its full name`,
      };
    }
    const id = deriveId(kind, ref);
    const node: GraphNode = {
      id,
      kind,
      name: ref.replace(/\s+/gu, ' ').trim(),
      aliases: [],
      keywords: [],
      props: {},
      stats: [],
      sources: [source],
    };
    index.add({ id, kind, name: node.name, aliases: [] });
    ops.push({ type: 'stub', node });
    return { id };
  };

  const edgeOp = (
    kind: RelKind,
    from: string,
    to: string,
    props: Readonly<Record<string, PropValue>>,
    source: Source,
    column: string,
  ): EdgeOp | RejectOp => {
    const fromKind = index.byId.get(from)?.kind;
    const toKind = index.byId.get(to)?.kind;
    if (!fromKind || !toKind || !allowsEndpoints(kind, fromKind, toKind)) {
      const spec = REL_KIND_SPECS[kind];
      return {
        type: 'reject',
        kind,
        problems: [
          problemAt(
            source,
            `“${spec.zh}”关系不能从${fromKind ? NODE_KIND_SPECS[fromKind].zh : from}指向${toKind ? NODE_KIND_SPECS[toKind].zh : to}（允许：${kindText(spec.from)} → ${kindText(spec.to)}） / a ${kind} relationship cannot go from ${fromKind} to ${toKind}`,
            column,
          ),
        ],
      };
    }
    return { type: 'edge', kind, from, to, props, source };
  };

  // Phase B: links of node rows, statistics, relationship rows.
  for (const op of nodeOps) {
    for (const link of op.draft.links ?? []) ops.push(...linkOps(op, link));
  }
  function linkOps(op: NodeOp, link: LinkDraft): Op[] {
    const out: Op[] = [];
    for (const ref of link.refs) {
      const end = resolveRef(ref, link.spec.kinds, link.spec.create, op.draft.source);
      if ('problem' in end) {
        out.push({
          type: 'reject',
          kind: link.spec.rel,
          problems: [problemAt(op.draft.source, end.problem, link.column)],
        });
        continue;
      }
      if (end.id === op.id) continue;
      const [from, to] = link.spec.direction === 'out' ? [op.id, end.id] : [end.id, op.id];
      out.push(edgeOp(link.spec.rel, from, to, link.props, op.draft.source, link.column));
    }
    return out;
  }

  for (const item of ordered) {
    if (item.type === 'statistic') {
      const draft = item.draft;
      const ids = index.find(draft.region, ['Region']);
      if (ids.length !== 1 || !ids[0]) {
        ops.push({
          type: 'reject',
          kind: 'Region',
          problems: [
            problemAt(
              draft.source,
              ids.length === 0
                ? `找不到地区“${draft.region}” / no region named “${draft.region}”`
                : `地区“${draft.region}”对应多个实体：${names(ids, index)} / “${draft.region}” matches several regions`,
              '地区(region)',
            ),
          ],
        });
        continue;
      }
      touch(ids[0]);
      ops.push({ type: 'stat', region: ids[0], stat: draft.statistic, source: draft.source });
    } else if (item.type === 'edge') {
      const draft = item.draft;
      const spec = REL_KIND_SPECS[draft.kind];
      const end = (ref: EndRef, allowed: readonly NodeKind[]) => {
        const kinds = ref.kind ? [ref.kind] : allowed;
        return resolveRef(ref.ref, kinds, null, draft.source);
      };
      const from = end(draft.from, spec.from);
      const to = end(draft.to, spec.to);
      const failures = [
        'problem' in from ? problemAt(draft.source, from.problem, '起点(from)') : null,
        'problem' in to ? problemAt(draft.source, to.problem, '终点(to)') : null,
      ].filter((problem): problem is ImportProblem => problem !== null);
      if ('problem' in from || 'problem' in to) {
        ops.push({ type: 'reject', kind: draft.kind, problems: failures });
        continue;
      }
      ops.push(edgeOp(draft.kind, from.id, to.id, draft.props, draft.source, '关系(kind)'));
    }
  }
  return { ops, existingIds: [...existing], notes };
}

// ---------------------------------------------------------------------------------------------- merge

function sameSource(a: Source, b: Source): boolean {
  return (
    a.file === b.file &&
    a.sheet === b.sheet &&
    a.row === b.row &&
    a.quote === b.quote &&
    a.document === b.document
  );
}

/** Sources after a row: earlier imports of the same file and sheet give way to this one. */
function withSource(sources: readonly Source[], source: Source, firstInBatch: boolean): Source[] {
  const kept = firstInBatch
    ? sources.filter(
        (each) => each.file !== source.file || each.sheet !== source.sheet || each.quote !== undefined,
      )
    : [...sources];
  if (!kept.some((each) => sameSource(each, source))) kept.push(source);
  return kept;
}

function sourcesEqual(a: readonly Source[], b: readonly Source[]): boolean {
  return a.length === b.length && a.every((source) => b.some((other) => sameSource(source, other)));
}

function union(
  existing: readonly string[],
  added: readonly string[],
  except?: string,
): { list: string[]; changed: boolean } {
  const list = [...existing];
  let changed = false;
  for (const item of added) {
    if (!item || item === except || list.includes(item)) continue;
    list.push(item);
    changed = true;
  }
  return { list, changed };
}

function mergeProps(
  existing: Readonly<Record<string, PropValue>>,
  added: Readonly<Record<string, PropValue>>,
): { props: Record<string, PropValue>; changed: boolean } {
  let changed = false;
  const props: Record<string, PropValue> = { ...existing };
  for (const [key, value] of Object.entries(added)) {
    if (props[key] !== value) {
      props[key] = value;
      changed = true;
    }
  }
  return { props, changed };
}

/** Applies a node row to a record; `changed` says whether anything but provenance moved. */
function applyNodeRow(
  node: GraphNode | undefined,
  id: string,
  draft: NodeDraft,
  firstInBatch: boolean,
): { node: GraphNode; changed: boolean } {
  const name = node?.name ?? draft.name;
  const legal: Record<string, PropValue> =
    draft.kind === 'Enterprise' &&
    !draft.props.legalName &&
    name !== draft.name &&
    /(公司|集团|厂)$/u.test(draft.name)
      ? { legalName: draft.name }
      : {};
  const aliases = union(node?.aliases ?? [], [draft.name, ...draft.aliases], name);
  const keywords = union(node?.keywords ?? [], draft.keywords);
  const props = mergeProps(node?.props ?? {}, { ...legal, ...draft.props });
  const nameEn = draft.nameEn ?? node?.nameEn;
  const description = draft.description ?? node?.description;
  const sources = withSource(node?.sources ?? [], draft.source, firstInBatch);
  const merged: GraphNode = {
    id,
    kind: draft.kind,
    name,
    ...(nameEn ? { nameEn } : {}),
    aliases: aliases.list,
    ...(description ? { description } : {}),
    keywords: keywords.list,
    props: props.props,
    stats: node?.stats ?? [],
    sources,
  };
  const changed =
    !node ||
    aliases.changed ||
    keywords.changed ||
    props.changed ||
    nameEn !== node.nameEn ||
    description !== node.description ||
    !sourcesEqual(sources, node.sources);
  return { node: merged, changed };
}

export function merge(
  identified: Identified,
  knownNodes: readonly GraphNode[],
  knownEdges: readonly GraphEdge[],
): ResolvedBatch {
  const stored = new Map(knownNodes.map((node) => [node.id, node]));
  const storedEdges = new Map(knownEdges.map((edge) => [edge.id, edge]));
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const dirtyNodes = new Set<string>();
  const dirtyEdges = new Set<string>();
  /** (record id, file, sheet) already given a source by this import. */
  const sourced = new Set<string>();
  const counts: Record<string, OutcomeCounts> = {};
  const count = (kind: string, outcome: Outcome, by = 1) => {
    counts[kind] ??= { created: 0, updated: 0, unchanged: 0, rejected: 0 };
    counts[kind][outcome] += by;
  };
  const problems: ImportProblem[] = [];
  const notes: ImportNote[] = [...identified.notes];
  /** Rows counted as updating each stored record, undone if the record ends as it was. */
  const updatedBy = new Map<string, string[]>();
  const markUpdated = (id: string, kind: string) => {
    count(kind, 'updated');
    updatedBy.set(id, [...(updatedBy.get(id) ?? []), kind]);
  };
  const firstTouch = (id: string, source: Source) => {
    const key = `${id}\u0000${source.file ?? ''}\u0000${source.sheet ?? ''}`;
    if (sourced.has(key)) return false;
    sourced.add(key);
    return true;
  };
  const current = (id: string) => nodes.get(id) ?? stored.get(id);

  for (const op of identified.ops) {
    switch (op.type) {
      case 'reject':
        problems.push(...op.problems);
        count(op.kind, 'rejected');
        break;
      case 'stub': {
        if (!current(op.node.id)) {
          nodes.set(op.node.id, op.node);
          count(op.node.kind, 'created');
        }
        break;
      }
      case 'node': {
        const before = current(op.id);
        if (!before) {
          // The common case of a large import: a new entity, nothing to merge.
          const draft = op.draft;
          firstTouch(op.id, draft.source);
          nodes.set(op.id, {
            id: op.id,
            kind: draft.kind,
            name: draft.name,
            ...(draft.nameEn ? { nameEn: draft.nameEn } : {}),
            aliases: [...new Set(draft.aliases)].filter((alias) => alias && alias !== draft.name),
            ...(draft.description ? { description: draft.description } : {}),
            keywords: [...new Set(draft.keywords)].filter(Boolean),
            props: { ...draft.props },
            stats: [],
            sources: [draft.source],
          });
          count(draft.kind, 'created');
          break;
        }
        const { node, changed } = applyNodeRow(before, op.id, op.draft, firstTouch(op.id, op.draft.source));
        nodes.set(op.id, node);
        if (!op.existed && op.first && !before) {
          count(op.draft.kind, 'created');
        } else if (!op.existed) {
          count(op.draft.kind, 'unchanged');
          notes.push({
            file: op.draft.source.file ?? '',
            ...(op.draft.source.sheet ? { sheet: op.draft.source.sheet } : {}),
            ...(op.draft.source.row !== undefined ? { row: op.draft.source.row } : {}),
            message: `与${op.firstRow !== undefined ? `第 ${op.firstRow} 行` : '前面的行'}是同一实体“${node.name}”，已合并 / the same entity “${node.name}” as ${op.firstRow !== undefined ? `row ${op.firstRow}` : 'an earlier row'}; merged`,
          });
        } else if (changed) {
          dirtyNodes.add(op.id);
          markUpdated(op.id, op.draft.kind);
        } else {
          count(op.draft.kind, 'unchanged');
        }
        break;
      }
      case 'alias': {
        const before = current(op.id);
        if (!before || before.name === op.alias || before.aliases.includes(op.alias)) break;
        nodes.set(op.id, { ...before, aliases: [...before.aliases, op.alias] });
        if (stored.has(op.id)) dirtyNodes.add(op.id);
        break;
      }
      case 'stat': {
        const before = current(op.region);
        if (!before) break;
        const key = (stat: Statistic) => `${stat.label}|${stat.asOf ?? ''}`;
        const old = before.stats.find((stat) => key(stat) === key(op.stat));
        if (old && canonical(old) === canonical(op.stat)) {
          count('Region', 'unchanged');
          break;
        }
        nodes.set(op.region, {
          ...before,
          stats: [...before.stats.filter((stat) => key(stat) !== key(op.stat)), op.stat],
        });
        if (stored.has(op.region)) dirtyNodes.add(op.region);
        count('Region', old ? 'updated' : 'created');
        break;
      }
      case 'edge': {
        const id = edgeId(op.kind, op.from, op.to);
        const before = edges.get(id) ?? storedEdges.get(id);
        if (!before) {
          // The common case of a large import: a new relationship, nothing to merge.
          firstTouch(id, op.source);
          edges.set(id, {
            id,
            kind: op.kind,
            from: op.from,
            to: op.to,
            props: { ...op.props },
            sources: [op.source],
          });
          count(op.kind, 'created');
          break;
        }
        const props = mergeProps(before?.props ?? {}, op.props);
        const sources = withSource(before?.sources ?? [], op.source, firstTouch(id, op.source));
        const next: GraphEdge = { id, kind: op.kind, from: op.from, to: op.to, props: props.props, sources };
        edges.set(id, next);
        if (!before) count(op.kind, 'created');
        else if (props.changed || !sourcesEqual(sources, before.sources)) {
          if (storedEdges.has(id)) {
            dirtyEdges.add(id);
            markUpdated(id, op.kind);
          } else count(op.kind, 'unchanged');
        } else count(op.kind, 'unchanged');
        break;
      }
    }
  }

  // A record that several rows changed and changed back (a repeated row re-imported) is unchanged.
  const settle = (id: string, now: unknown, before: unknown, dirty: Set<string>) => {
    if (canonical(now) !== canonical(before)) return;
    dirty.delete(id);
    for (const kind of updatedBy.get(id) ?? []) {
      count(kind, 'updated', -1);
      count(kind, 'unchanged');
    }
  };
  for (const id of [...dirtyNodes]) settle(id, nodes.get(id), stored.get(id), dirtyNodes);
  for (const id of [...dirtyEdges]) settle(id, edges.get(id), storedEdges.get(id), dirtyEdges);

  const newNodes: GraphNode[] = [];
  const changedNodes: GraphNode[] = [];
  for (const [id, node] of nodes) {
    if (!stored.has(id)) newNodes.push(node);
    else if (dirtyNodes.has(id)) changedNodes.push(node);
  }
  const newEdges: GraphEdge[] = [];
  const changedEdges: GraphEdge[] = [];
  for (const [id, edge] of edges) {
    if (!storedEdges.has(id)) newEdges.push(edge);
    else if (dirtyEdges.has(id)) changedEdges.push(edge);
  }
  return { newNodes, newEdges, changedNodes, changedEdges, counts, problems, notes };
}

/** Both phases at once, for callers holding every relevant record in memory (tests, small imports). */
export function resolveBatch(
  drafts: readonly Draft[],
  known: readonly GraphNode[],
  knownEdges: readonly GraphEdge[],
  options: ResolveOptions = {},
): ResolvedBatch {
  return merge(identify(drafts, known, options), known, knownEdges);
}
