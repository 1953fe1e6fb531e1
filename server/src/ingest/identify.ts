/**
 * Step 4a of an import, identify (pure): every row is matched to an entity of its own kind, by id, name,
 * alias, abbreviation or the parts of its name (name-index.ts, decide-match.ts), people by name and unit
 * (person-match.ts). Certain matches merge; an ambiguous name is reported and the row left alone; an
 * uncertain pair never merges and never makes a silent duplicate: the row's entity is created beside the
 * candidate or held back, as `uncertain` says, and the pair becomes a review candidate. Names in link
 * columns and relationship sheets are matched the same way; one not found becomes a new entity when its
 * kind is certain (a domain, …有限公司 an enterprise), otherwise it is reported. Endpoint kinds of link
 * columns were checked when the column was read (column-use.ts); those of relationship rows are checked
 * here, once.
 */
import { deriveId, type NodeKind, type Source } from '#model';
import { decide, decideAll } from './decide-match.ts';
import { edgeOpFor, problemAt, type EdgeOp, type Op, type RejectOp } from './identify-ops.ts';
import { describeCandidates, describeKinds, describeNames } from './match-messages.ts';
import { Identification, nameSource } from './identification.ts';
import { decidePerson, rowUnits } from './identify-person.ts';
import type { NameEntry } from './name-index.ts';
import { isPersonKind } from './person-match.ts';
import { classifyName } from './classify-name.ts';
import type { Identified, ResolveOptions } from './resolve-batch.ts';
import type { Draft, EndRef, LinkDraft, NodeDraft } from './validate-rows.ts';

export type { Op } from './identify-ops.ts';

const ORDER: Record<Draft['type'], number> = { node: 0, statistic: 1, edge: 2 };

function identifyRow(state: Identification, draft: NodeDraft): NodeOpOrNot {
  const { index } = state;
  const source = nameSource(draft.source);
  if (draft.id) {
    const holder = index.byId.get(draft.id);
    if (holder && holder.kind !== draft.kind)
      return { reject: problemAt(draft.source, describeKinds.idTaken(draft.id, holder.kind, draft.kind)) };
    return { id: draft.id };
  }
  const kinds = [draft.kind];
  let decision =
    draft.aliases.length === 0
      ? decide(index.lookup(draft.name, kinds))
      : decideAll([draft.name, ...draft.aliases].map((name) => index.lookup(name, kinds)));
  if (isPersonKind(draft.kind)) decision = decidePerson(state, draft, decision);
  switch (decision.type) {
    case 'match':
      state.recordMatch(decision, draft.name, source);
      return { id: decision.id };
    case 'ambiguous':
      return { reject: problemAt(draft.source, describeNames.several(draft.name, decision.ids, index)) };
    case 'uncertain': {
      if (state.options.uncertain === 'hold') {
        state.queue(decision.candidates, { id: null, kind: draft.kind, name: draft.name }, source, draft);
        return { held: true };
      }
      const id = state.freeId(draft.kind, draft.name);
      state.queue(decision.candidates, { id, kind: draft.kind, name: draft.name }, source);
      return { id };
    }
    case 'none': {
      const id = isPersonKind(draft.kind)
        ? state.freeId(draft.kind, draft.name)
        : deriveId(draft.kind, draft.name);
      if (!index.byId.has(id)) state.recordCreated(id, draft.kind, draft.name, source, decision.nearest);
      return { id };
    }
  }
}

type NodeOpOrNot = { id: string } | { reject: ReturnType<typeof problemAt> } | { held: true };

/** Phase A: the rows' own entities, so later links can find entities created by any sheet of this import. */
function identifyNodes(state: Identification, drafts: readonly Draft[]) {
  const { index } = state;
  const nodeOps: Array<Extract<Op, { type: 'node' }>> = [];
  for (const item of drafts) {
    if (item.type !== 'node') continue;
    const draft = item.draft;
    const found = identifyRow(state, draft);
    if ('reject' in found) {
      state.ops.push({ type: 'reject', kind: draft.kind, problems: [found.reject] });
      continue;
    }
    if ('held' in found) {
      state.ops.push({ type: 'held', kind: draft.kind });
      continue;
    }
    const id = found.id;
    state.touch(id);
    const existed = state.inStore.has(id);
    const first = existed || !state.createdAt.has(id);
    const firstRow = state.createdAt.get(id);
    if (!existed && first) state.createdAt.set(id, draft.source.row);
    const known = index.byId.get(id);
    // A row adds its names to the index (so later rows find them), unless the entity has them all.
    const has = (name: string) =>
      known !== undefined && (known.name === name || known.aliases.includes(name));
    if (!has(draft.name) || !draft.aliases.every(has))
      index.add({
        id,
        kind: draft.kind,
        name: known?.name ?? draft.name,
        aliases: [...(known?.aliases ?? []), draft.name, ...draft.aliases],
      });
    if (isPersonKind(draft.kind)) {
      const before = state.batchPeople.get(id) ?? state.options.people?.get(id);
      state.batchPeople.set(id, {
        units: [...(before?.units ?? []), ...rowUnits(state, draft)],
        sources: [...(before?.sources ?? []), draft.source],
      });
    }
    const op = {
      type: 'node' as const,
      draft,
      id,
      first,
      existed,
      ...(firstRow !== undefined ? { firstRow } : {}),
    };
    state.ops.push(op);
    nodeOps.push(op);
  }
  return nodeOps;
}

/** Aliases from the mapping file land on the entities they stand for. */
function mappingAliases(state: Identification): void {
  const { index } = state;
  for (const [alias, name] of Object.entries(state.options.aliases ?? {})) {
    const ids = [...new Set([...(index.byId.has(name) ? [name] : []), ...index.find(name)])];
    if (ids.length === 1 && ids[0]) {
      state.touch(ids[0]);
      state.ops.push({ type: 'alias', id: ids[0], alias });
    } else {
      state.notes.push({
        file: '映射文件 mapping',
        message: describeNames.aliasNotAdded(alias, name, ids.length),
      });
    }
  }
}

type RefResult = { id: string; kind: NodeKind } | { problem: string };

/** The id for a name in a link or relationship, creating the entity when its kind is certain. */
function resolveRef(
  state: Identification,
  ref: string,
  kinds: readonly NodeKind[],
  create: NodeKind | 'classify' | null,
  source: Source,
  column: string,
): RefResult {
  const { index } = state;
  // The same name in many rows (a domain, the district) is found once by its own name.
  // Keyed by the kinds' list (the same object for a column) or, for one kind, the kind itself.
  const slot = kinds.length === 1 && kinds[0] ? kinds[0] : kinds;
  let refs = state.refs.get(slot);
  if (!refs) state.refs.set(slot, (refs = new Map()));
  const seen = refs.get(ref);
  if (seen) {
    state.touch(seen.id);
    return seen;
  }
  const found = index.lookup(ref, kinds);
  const decision = decide(found);
  const where = nameSource(source, column);
  if (decision.type === 'match') {
    state.touch(decision.id);
    state.recordMatch(decision, ref, where);
    const end = { id: decision.id, kind: index.byId.get(decision.id)?.kind ?? kinds[0] ?? 'Enterprise' };
    if (found.tier === 'exact' || found.tier === 'id') refs.set(ref, end);
    return end;
  }
  if (decision.type === 'ambiguous')
    return { problem: describeNames.severalRefs(ref, kinds, decision.ids, index) };
  const kind = create === 'classify' ? classifyName(ref, kinds) : create;
  if (!kind) {
    const near =
      decision.type === 'uncertain' ? decision.candidates : decision.nearest ? [decision.nearest] : [];
    return { problem: describeNames.notFound(ref, kinds) + describeCandidates(near) };
  }
  if (decision.type === 'uncertain' && state.options.uncertain === 'hold') {
    state.queue(decision.candidates, { id: null, kind, name: ref }, where);
    return { problem: describeNames.held(ref, decision.candidates) };
  }
  const id = deriveId(kind, ref);
  const name = ref.replace(/\s+/gu, ' ').trim();
  if (decision.type === 'uncertain') state.queue(decision.candidates, { id, kind, name }, where);
  else state.recordCreated(id, kind, name, where, decision.nearest);
  index.add({ id, kind, name, aliases: [] });
  state.ops.push({
    type: 'stub',
    node: { id, kind, name, aliases: [], keywords: [], props: {}, stats: [], sources: [source] },
  });
  return { id, kind };
}

function linkOps(state: Identification, op: Extract<Op, { type: 'node' }>, link: LinkDraft): Op[] {
  const out: Op[] = [];
  const source = op.draft.source;
  for (const ref of link.refs) {
    const end = resolveRef(state, ref, link.spec.kinds, link.spec.create, source, link.column);
    if ('problem' in end) {
      out.push({
        type: 'reject',
        kind: link.spec.rel,
        problems: [problemAt(source, end.problem, link.column)],
      });
      continue;
    }
    if (end.id === op.id) continue;
    // The column's kinds were checked against the relationship's endpoints when the sheet was read.
    const mine = { id: op.id, kind: op.draft.kind };
    const [from, to] = link.spec.direction === 'out' ? [mine, end] : [end, mine];
    const edge: EdgeOp = {
      type: 'edge',
      kind: link.spec.rel,
      from: from.id,
      to: to.id,
      props: link.props,
      source,
    };
    out.push(edge);
  }
  return out;
}

/** Phase B: statistics and relationship rows. */
function identifyTables(state: Identification, drafts: readonly Draft[]): void {
  const { index } = state;
  for (const item of drafts) {
    if (item.type === 'statistic') {
      const draft = item.draft;
      const ids = index.find(draft.region, ['Region']);
      if (ids.length !== 1 || !ids[0]) {
        const message = describeNames.region(draft.region, ids, index);
        state.ops.push({
          type: 'reject',
          kind: 'Region',
          problems: [problemAt(draft.source, message, '地区(region)')],
        });
        continue;
      }
      state.touch(ids[0]);
      state.ops.push({ type: 'stat', region: ids[0], stat: draft.statistic, source: draft.source });
    } else if (item.type === 'edge') {
      const draft = item.draft;
      const end = (ref: EndRef, allowed: readonly NodeKind[], column: string) =>
        resolveRef(state, ref.ref, ref.kind ? [ref.kind] : allowed, null, draft.source, column);
      const from = end(draft.from, edgeOpFor.fromKinds(draft.kind), '起点(from)');
      const to = end(draft.to, edgeOpFor.toKinds(draft.kind), '终点(to)');
      if ('problem' in from || 'problem' in to) {
        const failures = [
          'problem' in from ? problemAt(draft.source, from.problem, '起点(from)') : null,
          'problem' in to ? problemAt(draft.source, to.problem, '终点(to)') : null,
        ].filter((problem) => problem !== null);
        state.ops.push({ type: 'reject', kind: draft.kind, problems: failures } satisfies RejectOp);
        continue;
      }
      state.ops.push(edgeOpFor.checked(draft.kind, from, to, draft.props, draft.source, '关系(kind)'));
    }
  }
}

export function identify(
  drafts: readonly Draft[],
  entries: Iterable<NameEntry>,
  options: ResolveOptions = {},
): Identified {
  const state = new Identification(entries, options);
  const ordered = [...drafts].sort((a, b) => ORDER[a.type] - ORDER[b.type]);
  const nodeOps = identifyNodes(state, ordered);
  mappingAliases(state);
  for (const op of nodeOps)
    for (const link of op.draft.links ?? []) state.ops.push(...linkOps(state, op, link));
  identifyTables(state, ordered);
  return {
    ops: state.ops,
    existingIds: [...state.existing],
    notes: state.notes,
    review: state.review,
    matches: state.matches,
    created: state.created,
  };
}
