/**
 * Resolvers for editors and change sets: who is signed in, signing in and out, the history, undo, and
 * in-app editing (server/src/edit). Every change needs an editor (FORBIDDEN otherwise) and is recorded as
 * a change set under their name.
 */
import {
  AppError,
  type ChangeSet,
  type ChangeSetSummary,
  type GraphNode,
  type NodeKind,
  type RelKind,
} from '#model';
import { createEntity, deleteEntity, updateEntity, type EntityFields } from '../edit/edit-entities.ts';
import { createRelationship, deleteRelationship, updateRelationship } from '../edit/edit-relationships.ts';
import type { PropertyEntry } from '../edit/read-input.ts';
import { changeSetView, entryView } from './change-set-view.ts';
import { requireEditorName } from './request-auth.ts';
import type { RequestContext } from './request-context.ts';
import { edgeView, entityView } from './to-graphql.ts';

const MAX_PAGE = 100;

function page(first: number | null | undefined, offset: number | null | undefined) {
  const limit = first ?? 20;
  const skip = offset ?? 0;
  if (limit < 1 || limit > MAX_PAGE)
    throw new AppError(
      'BAD_INPUT',
      `first 必须在 1 到 ${MAX_PAGE} 之间 / first must be between 1 and ${MAX_PAGE}`,
      { argument: 'first' },
    );
  if (skip < 0)
    throw new AppError('BAD_INPUT', 'offset 不能为负 / offset must not be negative', { argument: 'offset' });
  return { limit, offset: skip };
}

function isoOrNull(value: string | null | undefined, argument: string): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time))
    throw new AppError('BAD_INPUT', `${argument} 不是有效的时间 / ${argument} is not a valid time`, {
      argument,
    });
  return new Date(time).toISOString();
}

/** A change set with its entries loaded on demand (the store holds them). */
const shaped = (set: ChangeSetSummary | null) => (set ? changeSetView(set) : null);

/** A change set's entries (the first `first`), with the names of the relationships' and pairs' ends. */
async function changeSetEntries(
  set: ChangeSetSummary & Partial<ChangeSet>,
  args: { first?: number | null },
  ctx: RequestContext,
) {
  const full = set.entries ? (set as ChangeSet) : await ctx.store.changeSet(set.id);
  const entries = (full?.entries ?? []).slice(0, Math.min(args.first ?? 50, 500));
  const ends = [
    ...new Set(
      entries.flatMap((entry) => {
        if (entry.type === 'edge') {
          const edge = entry.after ?? entry.before;
          return edge ? [edge.from, edge.to] : [];
        }
        const pair = entry.type === 'review' ? (entry.after ?? entry.before) : null;
        return pair ? [pair.a, pair.b] : [];
      }),
    ),
  ];
  const names = new Map((await ctx.store.getNodes(ends)).map((node: GraphNode) => [node.id, node.name]));
  return entries.map((entry) => entryView(entry, names));
}

export function createChangeResolvers() {
  return {
    Query: {
      me: (_: unknown, __: unknown, ctx: RequestContext) =>
        ctx.auth.editor
          ? {
              name: ctx.auth.editor,
              expiresAt: ctx.auth.expiresAt ? new Date(ctx.auth.expiresAt).toISOString() : null,
            }
          : null,
      changeSets: async (
        _: unknown,
        args: {
          entityId?: string | null;
          editor?: string | null;
          since?: string | null;
          until?: string | null;
          first?: number | null;
          offset?: number | null;
        },
        ctx: RequestContext,
      ) => {
        const since = isoOrNull(args.since, 'since');
        const until = isoOrNull(args.until, 'until');
        const result = await ctx.store.changeSets({
          ...(args.entityId ? { entityId: args.entityId } : {}),
          ...(args.editor ? { editor: args.editor } : {}),
          ...(since ? { since } : {}),
          ...(until ? { until } : {}),
          ...page(args.first, args.offset),
        });
        return { items: result.items.map(changeSetView), total: result.total };
      },
      changeSet: async (_: unknown, args: { id: string }, ctx: RequestContext) =>
        shaped(await ctx.store.changeSet(args.id)),
    },
    Mutation: {
      signIn: (_: unknown, args: { key: string }, ctx: RequestContext) => {
        const session = ctx.authService?.signIn(args.key) ?? null;
        if (!session)
          throw new AppError('FORBIDDEN', '编辑密钥不对 / that is not an editor key', { argument: 'key' });
        ctx.cookies.push(session.cookie);
        return { name: session.name, expiresAt: new Date(session.expiresAt).toISOString() };
      },
      signOut: (_: unknown, __: unknown, ctx: RequestContext) => {
        if (ctx.authService) ctx.cookies.push(ctx.authService.signOutCookie());
        return true;
      },
      createEntity: async (
        _: unknown,
        args: { input: EntityFields & { kind: NodeKind }; distinctFrom?: string[] | null },
        ctx: RequestContext,
      ) => {
        const result = await createEntity(
          ctx.store,
          requireEditorName(ctx.auth),
          args.input,
          args.distinctFrom ?? [],
        );
        return {
          entity: result.record ? entityView(result.record) : null,
          changeSet: shaped(result.changeSet),
        };
      },
      updateEntity: async (_: unknown, args: { id: string; input: EntityFields }, ctx: RequestContext) => {
        const result = await updateEntity(ctx.store, requireEditorName(ctx.auth), args.id, args.input);
        return {
          entity: result.record ? entityView(result.record) : null,
          changeSet: shaped(result.changeSet),
        };
      },
      deleteEntity: async (_: unknown, args: { id: string }, ctx: RequestContext) =>
        changeSetView(await deleteEntity(ctx.store, requireEditorName(ctx.auth), args.id)),
      createRelationship: async (
        _: unknown,
        args: { input: { kind: RelKind; from: string; to: string; properties?: PropertyEntry[] | null } },
        ctx: RequestContext,
      ) => {
        const result = await createRelationship(ctx.store, requireEditorName(ctx.auth), args.input);
        return { edge: result.record ? edgeView(result.record) : null, changeSet: shaped(result.changeSet) };
      },
      updateRelationship: async (
        _: unknown,
        args: { id: string; properties?: PropertyEntry[] | null; from?: string | null; to?: string | null },
        ctx: RequestContext,
      ) => {
        const editor = requireEditorName(ctx.auth);
        const ends = { from: args.from ?? null, to: args.to ?? null };
        const result = await updateRelationship(ctx.store, editor, args.id, args.properties ?? [], ends);
        return { edge: result.record ? edgeView(result.record) : null, changeSet: shaped(result.changeSet) };
      },
      deleteRelationship: async (_: unknown, args: { id: string }, ctx: RequestContext) =>
        changeSetView(await deleteRelationship(ctx.store, requireEditorName(ctx.auth), args.id)),
      undoChangeSet: async (_: unknown, args: { id: string }, ctx: RequestContext) =>
        changeSetView(await ctx.store.undoChangeSet(args.id, requireEditorName(ctx.auth))),
    },
    ChangeSet: {
      entries: changeSetEntries,
    },
  };
}
