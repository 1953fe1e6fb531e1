/**
 * In-app editing of relationships: create one between two existing entities (the domain must allow the
 * pair), set its properties, delete it. Each edit is one change set with the editor's name.
 */
import {
  AppError,
  REL_KIND_SPECS,
  allowsEndpoints,
  edgeId,
  type ChangeSetSummary,
  type GraphEdge,
  type RelKind,
} from '#model';
import type { GraphStore } from '../store/index.ts';
import { editSource, entityOrNotFound, withEdit, type EditResult } from './edit-entities.ts';
import { relationshipProperties, type PropertyEntry } from './read-input.ts';

/** A relationship by its id (kind and ends are in it), or NOT_FOUND. */
export async function relationshipOrNotFound(store: GraphStore, id: string): Promise<GraphEdge> {
  const match = /^([A-Z_]+):(.+)->(.+)$/u.exec(id);
  const edges = match ? await store.edgesAmong([match[2] ?? '', match[3] ?? '']) : [];
  const edge = edges.find((each) => each.id === id);
  if (!edge)
    throw new AppError('NOT_FOUND', `没有编号为 ${id} 的关系 / no relationship has the id ${id}`, {
      argument: 'id',
    });
  return edge;
}

export async function createRelationship(
  store: GraphStore,
  editor: string,
  input: {
    readonly kind: RelKind;
    readonly from: string;
    readonly to: string;
    readonly properties?: readonly PropertyEntry[] | null;
  },
  now: Date = new Date(),
): Promise<EditResult<GraphEdge>> {
  const [from, to] = await Promise.all([
    entityOrNotFound(store, input.from),
    entityOrNotFound(store, input.to),
  ]);
  const spec = REL_KIND_SPECS[input.kind];
  if (!allowsEndpoints(input.kind, from.kind, to.kind))
    throw new AppError(
      'BAD_INPUT',
      `“${spec.zh}”关系不能从${from.name}（${from.kind}）指向${to.name}（${to.kind}） / a ${input.kind} relationship cannot go from a ${from.kind} to a ${to.kind}`,
      { argument: 'kind' },
    );
  const id = edgeId(input.kind, from.id, to.id);
  if ((await store.edgesAmong([from.id, to.id])).some((edge) => edge.id === id))
    throw new AppError(
      'BAD_INPUT',
      `${from.name} 与 ${to.name} 之间已有“${spec.zh}”关系，请编辑它 / this relationship already exists; edit it instead`,
      { argument: 'kind' },
    );
  const edge: GraphEdge = {
    id,
    kind: input.kind,
    from: from.id,
    to: to.id,
    props: relationshipProperties(input.kind, {}, input.properties ?? []),
    sources: [editSource(editor, now)],
  };
  const changeSet = await store.write(
    { nodes: [], edges: [edge] },
    { editor, kind: 'edit', note: `${from.name} ${spec.zh} ${to.name}` },
  );
  return { record: edge, changeSet };
}

/**
 * Sets a relationship's properties and, when `ends` names another entity at either end (a specialist's
 * unit corrected), moves it there: the old relationship deleted and the new one created in one change set.
 */
export async function updateRelationship(
  store: GraphStore,
  editor: string,
  id: string,
  properties: readonly PropertyEntry[],
  ends: { readonly from?: string | null; readonly to?: string | null } = {},
  now: Date = new Date(),
): Promise<EditResult<GraphEdge>> {
  // Every write below expects the relationship as read here: an edit landing in between is not overwritten.
  const edge = await relationshipOrNotFound(store, id);
  const props = relationshipProperties(edge.kind, edge.props, properties);
  const fromId = ends.from ?? edge.from;
  const toId = ends.to ?? edge.to;
  if (fromId === edge.from && toId === edge.to) {
    if (JSON.stringify(props) === JSON.stringify(edge.props)) return { record: edge, changeSet: null };
    const edited = { ...edge, props, sources: withEdit(edge.sources, editSource(editor, now)) };
    const changeSet = await store.write(
      { nodes: [], edges: [edited], expect: { unchangedEdges: [edge] } },
      { editor, kind: 'edit', note: `编辑关系 / edited ${id}` },
    );
    return { record: edited, changeSet };
  }
  const [from, to] = await Promise.all([entityOrNotFound(store, fromId), entityOrNotFound(store, toId)]);
  const spec = REL_KIND_SPECS[edge.kind];
  if (!allowsEndpoints(edge.kind, from.kind, to.kind))
    throw new AppError(
      'BAD_INPUT',
      `“${spec.zh}”关系不能从${from.name}（${from.kind}）指向${to.name}（${to.kind}） / a ${edge.kind} relationship cannot go from a ${from.kind} to a ${to.kind}`,
      { argument: ends.to ? 'to' : 'from' },
    );
  const moved: GraphEdge = {
    id: edgeId(edge.kind, from.id, to.id),
    kind: edge.kind,
    from: from.id,
    to: to.id,
    props,
    sources: withEdit(edge.sources, editSource(editor, now)),
  };
  if ((await store.edgesAmong([from.id, to.id])).some((each) => each.id === moved.id))
    throw new AppError(
      'BAD_INPUT',
      `${from.name} 与 ${to.name} 之间已有“${spec.zh}”关系 / that relationship already exists`,
      { argument: 'to' },
    );
  const changeSet = await store.write(
    { nodes: [], edges: [moved], deleteEdges: [edge], expect: { unchangedEdges: [edge] } },
    { editor, kind: 'edit', note: `${from.name} ${spec.zh} ${to.name}（改自 / moved from ${id}）` },
  );
  return { record: moved, changeSet };
}

export async function deleteRelationship(
  store: GraphStore,
  editor: string,
  id: string,
): Promise<ChangeSetSummary> {
  const edge = await relationshipOrNotFound(store, id);
  const changeSet = await store.write(
    { nodes: [], edges: [], deleteEdges: [edge] },
    { editor, kind: 'delete', note: `删除关系 / deleted ${id}` },
  );
  if (!changeSet)
    throw new AppError('NOT_FOUND', `没有编号为 ${id} 的关系 / no relationship has the id ${id}`);
  return changeSet;
}
