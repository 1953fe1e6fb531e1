/**
 * In-app editing of entities by signed-in editors: create (with names matched as imports match them, so
 * no duplicate is created silently), change fields, delete with every relationship. Each edit is one
 * change set with the editor's name, and the entity's provenance says who edited it and when.
 */
import {
  AppError,
  NODE_KIND_SPECS,
  deriveId,
  type ChangeSetSummary,
  type GraphNode,
  type NodeKind,
  type Source,
} from '#model';
import { matchingEntities } from '../ingest/match-name.ts';
import type { GraphStore } from '../store/index.ts';
import { entityProperties, LIMITS, readList, readName, readText, type PropertyEntry } from './read-input.ts';

export interface EntityFields {
  readonly name?: string | null;
  readonly nameEn?: string | null;
  readonly aliases?: readonly string[] | null;
  readonly description?: string | null;
  readonly keywords?: readonly string[] | null;
  readonly properties?: readonly PropertyEntry[] | null;
}

export interface EditResult<T> {
  readonly record: T | null;
  readonly changeSet: ChangeSetSummary | null;
}

/** Edits a fact keeps, newest last: enough to say who changed it and when. */
const EDIT_SOURCES = 5;

export function editSource(editor: string, at: Date): Source {
  return { editor, at: at.toISOString(), document: '图谱内编辑 · edited in the app' };
}

/** The record's sources with this edit appended (older edits beyond the last few dropped). */
export function withEdit(sources: readonly Source[], source: Source): Source[] {
  const edits = sources.filter((each) => each.editor);
  const drop = new Set(edits.slice(0, Math.max(0, edits.length - (EDIT_SOURCES - 1))));
  return [...sources.filter((each) => !drop.has(each)), source];
}

export async function entityOrNotFound(store: GraphStore, id: string): Promise<GraphNode> {
  const [node] = await store.getNodes([id]);
  if (!node)
    throw new AppError('NOT_FOUND', `没有编号为 ${id} 的实体 / no entity has the id ${id}`, {
      argument: 'id',
    });
  return node;
}

/** A need's status and its dates move only along the lifecycle (register/change-need-status.ts). */
const LIFECYCLE_KEYS: Partial<Record<NodeKind, readonly string[]>> = {
  Need: ['status', 'updatedOn', 'solvedOn'],
};

function refuseLifecycleEdits(kind: NodeKind, fields: EntityFields): void {
  const keys = LIFECYCLE_KEYS[kind] ?? [];
  const entry = (fields.properties ?? []).find((each) => keys.includes(each.key));
  if (entry)
    throw new AppError(
      'BAD_INPUT',
      `需求的“${entry.key}”随状态变更记录，请用 changeNeedStatus / a need’s ${entry.key} changes with its status: use changeNeedStatus`,
      { argument: `properties.${entry.key}` },
    );
}

function applyFields(node: GraphNode, fields: EntityFields): GraphNode {
  refuseLifecycleEdits(node.kind, fields);
  const name = fields.name === undefined || fields.name === null ? node.name : readName(fields.name);
  const nameEn = readText(fields.nameEn, 'nameEn', LIMITS.name);
  const description = readText(fields.description, 'description', LIMITS.text);
  let aliases = readList(fields.aliases, 'aliases') ?? [...node.aliases];
  // A renamed entity stays findable by its old name.
  if (name !== node.name && node.name && !aliases.includes(node.name)) aliases = [...aliases, node.name];
  aliases = aliases.filter((alias) => alias !== name);
  const next: GraphNode = {
    ...node,
    name,
    aliases,
    keywords: readList(fields.keywords, 'keywords') ?? [...node.keywords],
    props: entityProperties(node.kind, node.props, fields.properties ?? []),
  };
  const out: Record<string, unknown> = { ...next };
  if (nameEn !== undefined) out.nameEn = nameEn;
  if (description !== undefined) out.description = description;
  if (out.nameEn === '') delete out.nameEn;
  if (out.description === '') delete out.description;
  return out as unknown as GraphNode;
}

export async function createEntity(
  store: GraphStore,
  editor: string,
  input: EntityFields & { readonly kind: NodeKind },
  distinctFrom: readonly string[] = [],
  now: Date = new Date(),
): Promise<EditResult<GraphNode>> {
  const name = readName(input.name);
  const id = deriveId(input.kind, name);
  const [taken] = await store.getNodes([id]);
  if (taken)
    throw new AppError(
      'BAD_INPUT',
      `已有${NODE_KIND_SPECS[input.kind].zh}“${taken.name}”（${id}），请编辑它 / ${taken.name} (${id}) already exists; edit it instead`,
      { argument: 'name' },
    );
  const similar = matchingEntities(await store.listNames(), name, [input.kind]).filter(
    (match) => !distinctFrom.includes(match),
  );
  if (similar.length > 0) {
    const shown = (await store.getNodes(similar.slice(0, 5)))
      .map((node) => `${node.name}（${node.id}）`)
      .join('、');
    throw new AppError(
      'BAD_INPUT',
      `“${name}”与已有的 ${shown} 名称相符（导入时会被视为同一个）：请编辑已有的，或确认是不同的实体后再建 / “${name}” matches ${shown} as an import would match it; edit that one, or confirm it is a different entity (distinctFrom)`,
      { argument: 'name' },
    );
  }
  const blank: GraphNode = {
    id,
    kind: input.kind,
    name,
    aliases: [],
    keywords: [],
    props: {},
    stats: [],
    sources: [],
  };
  const node = { ...applyFields(blank, input), sources: [editSource(editor, now)] };
  const changeSet = await store.write(
    { nodes: [], edges: [], newNodes: [node] },
    { editor, kind: 'edit', note: `新建 ${name} / created ${name}` },
  );
  return { record: node, changeSet };
}

export async function updateEntity(
  store: GraphStore,
  editor: string,
  id: string,
  fields: EntityFields,
  now: Date = new Date(),
): Promise<EditResult<GraphNode>> {
  const node = await entityOrNotFound(store, id);
  const next = applyFields(node, fields);
  if (JSON.stringify(next) === JSON.stringify(node)) return { record: node, changeSet: null };
  const edited = { ...next, sources: withEdit(node.sources, editSource(editor, now)) };
  // The whole record is rewritten from the one read: refused if another edit landed in between.
  const changeSet = await store.write(
    { nodes: [edited], edges: [], expect: { unchanged: [node] } },
    { editor, kind: 'edit', note: `编辑 ${node.name} / edited ${node.name}` },
  );
  return { record: edited, changeSet };
}

export async function deleteEntity(store: GraphStore, editor: string, id: string): Promise<ChangeSetSummary> {
  const node = await entityOrNotFound(store, id);
  const changeSet = await store.write(
    { nodes: [], edges: [], deleteNodes: [{ id, kind: node.kind }] },
    { editor, kind: 'delete', note: `删除 ${node.name} / deleted ${node.name}` },
  );
  if (!changeSet) throw new AppError('NOT_FOUND', `没有编号为 ${id} 的实体 / no entity has the id ${id}`);
  return changeSet;
}
