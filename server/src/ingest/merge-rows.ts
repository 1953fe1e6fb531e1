/**
 * Step 4b of an import, merge (pure): the rows are applied to the records they touch (which the caller
 * loads after identify), and each row is counted as created, updated, unchanged or rejected. Empty cells
 * never erase; names stay as the graph has them (an imported legal name becomes an alias, and the
 * enterprise's legalName); each record keeps one source per file and sheet row. Records known to be new
 * are returned apart, so stores can write them on their fast path.
 */
import { edgeId, type GraphEdge, type GraphNode, type PropValue, type Source, type Statistic } from '#model';
import { isLegalName } from './classify-name.ts';
import type { ImportProblem } from './import-problem.ts';
import type { EdgeOp, NodeOp, Op, StatOp } from './identify-ops.ts';
import type { Identified, ImportNote, Outcome, OutcomeCounts, ResolvedBatch } from './resolve-batch.ts';
import type { NodeDraft } from './validate-rows.ts';

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
    draft.kind === 'Enterprise' && !draft.props.legalName && name !== draft.name && isLegalName(draft.name)
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

/** Brand-new records of a node row: nothing to merge (the common case of a large import). */
function newNode(id: string, draft: NodeDraft): GraphNode {
  return {
    id,
    kind: draft.kind,
    name: draft.name,
    ...(draft.nameEn ? { nameEn: draft.nameEn } : {}),
    aliases: [...new Set(draft.aliases)].filter((alias) => alias && alias !== draft.name),
    ...(draft.description ? { description: draft.description } : {}),
    keywords: [...new Set(draft.keywords)].filter(Boolean),
    props: { ...draft.props },
    stats: [],
    sources: [draft.source],
  };
}

function repeatedRowNote(op: NodeOp, name: string): ImportNote {
  const source = op.draft.source;
  const earlier = op.firstRow !== undefined;
  return {
    file: source.file ?? '',
    ...(source.sheet ? { sheet: source.sheet } : {}),
    ...(source.row !== undefined ? { row: source.row } : {}),
    message: `与${earlier ? `第 ${op.firstRow} 行` : '前面的行'}是同一实体“${name}”，已合并 / the same entity “${name}” as ${earlier ? `row ${op.firstRow}` : 'an earlier row'}; merged`,
  };
}

const statKey = (stat: Statistic) => `${stat.label}|${stat.asOf ?? ''}`;

/** The records an import's operations touch, as they become; one per merge. */
class Merging {
  readonly stored: Map<string, GraphNode>;
  readonly storedEdges: Map<string, GraphEdge>;
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  readonly dirtyNodes = new Set<string>();
  readonly dirtyEdges = new Set<string>();
  /** (record id, file, sheet) already given a source by this import. */
  private readonly sourced = new Set<string>();
  readonly counts: Record<string, OutcomeCounts> = {};
  readonly problems: ImportProblem[] = [];
  readonly notes: ImportNote[];
  held = 0;
  /** Rows counted as updating each stored record, undone if the record ends as it was. */
  private readonly updatedBy = new Map<string, string[]>();

  constructor(identified: Identified, knownNodes: readonly GraphNode[], knownEdges: readonly GraphEdge[]) {
    this.stored = new Map(knownNodes.map((node) => [node.id, node]));
    this.storedEdges = new Map(knownEdges.map((edge) => [edge.id, edge]));
    this.notes = [...identified.notes];
  }

  count(kind: string, outcome: Outcome, by = 1): void {
    this.counts[kind] ??= { created: 0, updated: 0, unchanged: 0, rejected: 0 };
    this.counts[kind][outcome] += by;
  }

  private markUpdated(id: string, kind: string): void {
    this.count(kind, 'updated');
    this.updatedBy.set(id, [...(this.updatedBy.get(id) ?? []), kind]);
  }

  private firstTouch(id: string, source: Source): boolean {
    const key = `${id}\u0000${source.file ?? ''}\u0000${source.sheet ?? ''}`;
    if (this.sourced.has(key)) return false;
    this.sourced.add(key);
    return true;
  }

  private current(id: string): GraphNode | undefined {
    return this.nodes.get(id) ?? this.stored.get(id);
  }

  apply(op: Op): void {
    switch (op.type) {
      case 'reject':
        this.problems.push(...op.problems);
        this.count(op.kind, 'rejected');
        return;
      case 'held':
        this.held += 1;
        return;
      case 'stub':
        if (!this.current(op.node.id)) {
          this.nodes.set(op.node.id, op.node);
          this.count(op.node.kind, 'created');
        }
        return;
      case 'node':
        return this.node(op);
      case 'alias': {
        const before = this.current(op.id);
        if (!before || before.name === op.alias || before.aliases.includes(op.alias)) return;
        this.nodes.set(op.id, { ...before, aliases: [...before.aliases, op.alias] });
        if (this.stored.has(op.id)) this.dirtyNodes.add(op.id);
        return;
      }
      case 'stat':
        return this.stat(op);
      case 'edge':
        return this.edge(op);
    }
  }

  private node(op: NodeOp): void {
    const before = this.current(op.id);
    if (!before) {
      this.firstTouch(op.id, op.draft.source);
      this.nodes.set(op.id, newNode(op.id, op.draft));
      this.count(op.draft.kind, 'created');
      return;
    }
    const { node, changed } = applyNodeRow(before, op.id, op.draft, this.firstTouch(op.id, op.draft.source));
    this.nodes.set(op.id, node);
    if (!op.existed) {
      this.count(op.draft.kind, 'unchanged');
      this.notes.push(repeatedRowNote(op, node.name));
    } else if (changed) {
      this.dirtyNodes.add(op.id);
      this.markUpdated(op.id, op.draft.kind);
    } else this.count(op.draft.kind, 'unchanged');
  }

  private stat(op: StatOp): void {
    const before = this.current(op.region);
    if (!before) return;
    const old = before.stats.find((stat) => statKey(stat) === statKey(op.stat));
    if (old && canonical(old) === canonical(op.stat)) {
      this.count('Region', 'unchanged');
      return;
    }
    this.nodes.set(op.region, {
      ...before,
      stats: [...before.stats.filter((stat) => statKey(stat) !== statKey(op.stat)), op.stat],
    });
    if (this.stored.has(op.region)) this.dirtyNodes.add(op.region);
    this.count('Region', old ? 'updated' : 'created');
  }

  private edge(op: EdgeOp): void {
    const id = edgeId(op.kind, op.from, op.to);
    const before = this.edges.get(id) ?? this.storedEdges.get(id);
    const { kind, from, to, source } = op;
    if (!before) {
      this.firstTouch(id, source);
      this.edges.set(id, { id, kind, from, to, props: { ...op.props }, sources: [source] });
      this.count(kind, 'created');
      return;
    }
    const props = mergeProps(before.props, op.props);
    const sources = withSource(before.sources, source, this.firstTouch(id, source));
    this.edges.set(id, { id, kind, from, to, props: props.props, sources });
    if ((props.changed || !sourcesEqual(sources, before.sources)) && this.storedEdges.has(id)) {
      this.dirtyEdges.add(id);
      this.markUpdated(id, kind);
    } else this.count(kind, 'unchanged');
  }

  /** A record that several rows changed and changed back (a repeated row re-imported) is unchanged. */
  settle(): void {
    const settle = (id: string, now: unknown, before: unknown, dirty: Set<string>) => {
      if (canonical(now) !== canonical(before)) return;
      dirty.delete(id);
      for (const kind of this.updatedBy.get(id) ?? []) {
        this.count(kind, 'updated', -1);
        this.count(kind, 'unchanged');
      }
    };
    for (const id of [...this.dirtyNodes])
      settle(id, this.nodes.get(id), this.stored.get(id), this.dirtyNodes);
    for (const id of [...this.dirtyEdges])
      settle(id, this.edges.get(id), this.storedEdges.get(id), this.dirtyEdges);
  }
}

export function mergeRows(
  identified: Identified,
  knownNodes: readonly GraphNode[],
  knownEdges: readonly GraphEdge[],
): ResolvedBatch {
  const state = new Merging(identified, knownNodes, knownEdges);
  for (const op of identified.ops) state.apply(op);
  state.settle();
  const newNodes: GraphNode[] = [];
  const changedNodes: GraphNode[] = [];
  for (const [id, node] of state.nodes) {
    if (!state.stored.has(id)) newNodes.push(node);
    else if (state.dirtyNodes.has(id)) changedNodes.push(node);
  }
  const newEdges: GraphEdge[] = [];
  const changedEdges: GraphEdge[] = [];
  for (const [id, edge] of state.edges) {
    if (!state.storedEdges.has(id)) newEdges.push(edge);
    else if (state.dirtyEdges.has(id)) changedEdges.push(edge);
  }
  const { counts, problems, notes, held } = state;
  const { review, matches, created } = identified;
  return {
    newNodes,
    newEdges,
    changedNodes,
    changedEdges,
    counts,
    problems,
    notes,
    held,
    review,
    matches,
    created,
  };
}
