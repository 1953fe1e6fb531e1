/**
 * Thin resolvers: check arguments, call the store or a service, shape the answer.
 * Limits on depth and size live here so a request too big is refused before it reaches the store.
 */
import { AppError, NODE_KINDS, NODE_KIND_SPECS, REL_KIND_SPECS, type GraphNode, type NodeKind } from '#model';
import { searchEntities } from '../search/search-entities.ts';
import { needGaps } from '../match/need-gaps.ts';
import { candidateKinds, recommendPartners } from '../match/recommend-partners.ts';
import { rankingModelOf } from '../match/learn/ranking-model-of.ts';
import { answerViews, primeDegrees } from './recommendation-view.ts';
import type { GraphStore } from '../store/index.ts';
import { connectedComponents } from '../summary/connected-components.ts';
import type { RequestContext } from './request-context.ts';
import { edgeView, entityView } from './to-graphql.ts';
import { importSpreadsheetsResolver, type ImportArgs } from './import-view.ts';
import { createChangeResolvers } from './change-resolvers.ts';
import { createReviewResolvers } from './review-resolvers.ts';
import { createRegisterResolvers } from './register-resolvers.ts';
import { createOpportunityResolvers } from './opportunity-resolvers.ts';
import { tableFileResolver } from './table-file-resolver.ts';

export const MAX_DEPTH = 3;
export const MAX_NEIGHBORHOOD = 2_000;
export const MAX_PATH_LENGTH = 6;
export const MAX_PATHS = 20;
export const MAX_OVERVIEW = 100;
export const MAX_SEARCH = 100;
export const MAX_RECOMMEND = 100;
/** Longest search text, need description and id accepted as arguments. */
export const MAX_TEXT = { text: 200, need: 500, id: 300 } as const;

function checkText(value: string | null | undefined, argument: string, max: number) {
  if (value && value.length > max)
    throw new AppError(
      'TOO_LARGE',
      `${argument} 最长 ${max} 个字符 / ${argument} is at most ${max} characters`,
      { argument },
    );
}

function kindsOrAll(kinds: readonly NodeKind[] | null | undefined): NodeKind[] {
  return kinds && kinds.length > 0 ? [...kinds] : [...NODE_KINDS];
}

function checkLimit(limit: number, max: number, argument: string): void {
  if (limit < 1)
    throw new AppError('BAD_INPUT', `${argument} 必须至少为 1 / ${argument} must be at least 1`, {
      argument,
    });
  if (limit > max) {
    throw new AppError(
      'TOO_LARGE',
      `${argument} 最大为 ${max}：请缩小范围（按类型筛选或减少层数） / ${argument} is at most ${max}; narrow the request (filter by kind or use fewer hops)`,
      { argument },
    );
  }
}

/** Totals and counts per kind with their Chinese labels, for `stats` and `overview`. */
async function countsView(store: GraphStore) {
  const counts = await store.counts();
  const sum = (list: ReadonlyArray<{ count: number }>) => list.reduce((total, item) => total + item.count, 0);
  return {
    nodeCount: sum(counts.nodes),
    edgeCount: sum(counts.edges),
    nodes: counts.nodes.map((item) => ({ ...item, label: NODE_KIND_SPECS[item.kind].zh })),
    edges: counts.edges.map((item) => ({ ...item, label: REL_KIND_SPECS[item.kind].zh })),
  };
}

export function createResolvers() {
  const changes = createChangeResolvers();
  const review = createReviewResolvers();
  const register = createRegisterResolvers();
  const opportunities = createOpportunityResolvers();
  return {
    Query: {
      ...changes.Query,
      ...review.Query,
      ...register.Query,
      ...opportunities.Query,
      tableFile: tableFileResolver,
      entity: async (_: unknown, args: { id: string }, ctx: RequestContext) => {
        const [node] = await ctx.store.getNodes([args.id]);
        return node ? entityView(node) : null;
      },
      search: async (
        _: unknown,
        args: { text: string; kinds?: NodeKind[] | null; limit?: number | null },
        ctx: RequestContext,
      ) => {
        const limit = args.limit ?? 20;
        checkText(args.text, 'text', MAX_TEXT.text);
        checkLimit(limit, MAX_SEARCH, 'limit');
        const hits = await searchEntities(ctx.store, args.text, kindsOrAll(args.kinds), limit);
        return hits.map((hit) => ({ entity: entityView(hit.node), score: hit.score, matched: hit.matched }));
      },
      neighborhood: async (
        _: unknown,
        args: { id: string; depth?: number | null; kinds?: NodeKind[] | null; limit?: number | null },
        ctx: RequestContext,
      ) => {
        const depth = args.depth ?? 1;
        const limit = args.limit ?? 150;
        checkLimit(depth, MAX_DEPTH, 'depth');
        checkLimit(limit, MAX_NEIGHBORHOOD, 'limit');
        const sub = await ctx.store.neighborhood({
          id: args.id,
          depth,
          kinds: kindsOrAll(args.kinds),
          limit,
        });
        primeDegrees(ctx, sub.degrees);
        return { nodes: sub.nodes.map(entityView), edges: sub.edges.map(edgeView), truncated: sub.truncated };
      },
      paths: async (
        _: unknown,
        args: { from: string; to: string; maxLength?: number | null; limit?: number | null },
        ctx: RequestContext,
      ) => {
        const maxLength = args.maxLength ?? 4;
        const limit = args.limit ?? 3;
        checkLimit(maxLength, MAX_PATH_LENGTH, 'maxLength');
        checkLimit(limit, MAX_PATHS, 'limit');
        const result = await ctx.store.paths({ from: args.from, to: args.to, maxLength, limit });
        primeDegrees(ctx, result.degrees);
        return {
          paths: result.paths.map((path) => ({
            nodeIds: path.nodes,
            edgeIds: path.edges,
            length: path.edges.length,
          })),
          nodes: result.subgraph.nodes.map(entityView),
          edges: result.subgraph.edges.map(edgeView),
          truncated: result.subgraph.truncated,
        };
      },
      recommendPartners: async (
        _: unknown,
        args: {
          enterpriseId?: string | null;
          need?: string | null;
          kinds?: NodeKind[] | null;
          limit?: number | null;
          includeExisting?: boolean | null;
        },
        ctx: RequestContext,
      ) => {
        checkText(args.need, 'need', MAX_TEXT.need);
        checkText(args.enterpriseId, 'enterpriseId', MAX_TEXT.id);
        checkLimit(args.limit ?? 10, MAX_RECOMMEND, 'limit');
        const result = await recommendPartners(
          ctx.store,
          {
            ...(args.enterpriseId ? { enterpriseId: args.enterpriseId } : {}),
            ...(args.need ? { need: args.need } : {}),
            kinds: candidateKinds(args.kinds),
            limit: args.limit ?? 10,
            includeExisting: args.includeExisting ?? false,
          },
          { model: await rankingModelOf(ctx.store).current() },
        );
        primeDegrees(ctx, result.degrees);
        const { views, evidence } = answerViews(result, result.recommendations);
        return {
          enterprise: result.anchor ? entityView(result.anchor) : null,
          fields: result.fields.map(entityView),
          items: views,
          evidence,
        };
      },
      needGaps: async (
        _: unknown,
        args: { regionId: string; limit?: number | null },
        ctx: RequestContext,
      ) => {
        const limit = args.limit ?? 20;
        checkLimit(limit, 100, 'limit');
        const gaps = await needGaps(ctx.store, args.regionId, limit);
        return gaps.map((gap) => {
          primeDegrees(ctx, gap.answer.degrees);
          primeDegrees(ctx, gap.degrees);
          return {
            need: entityView(gap.need),
            enterprise: gap.enterprise ? entityView(gap.enterprise) : null,
            bestLocal: gap.bestLocal ? (answerViews(gap.answer, [gap.bestLocal]).views[0] ?? null) : null,
            invite: answerViews(gap.answer, gap.invite).views,
          };
        });
      },
      stats: async (_: unknown, __: unknown, ctx: RequestContext) => ({
        ...(await countsView(ctx.store)),
        backend: ctx.store.backend,
      }),
      overview: async (_: unknown, args: { limit?: number | null }, ctx: RequestContext) => {
        const limit = args.limit ?? 10;
        checkLimit(limit, MAX_OVERVIEW, 'limit');
        const [counts, top, ends] = await Promise.all([
          countsView(ctx.store),
          ctx.store.topByDegree(limit),
          ctx.store.allEdgeEnds(),
        ]);
        const components = connectedComponents(ends);
        const clusters = components.slice(0, limit);
        const nodes = await ctx.store.getNodes([...top.map((t) => t.id), ...clusters.map((c) => c.labelId)]);
        const byId = new Map(nodes.map((node) => [node.id, entityView(node)]));
        const inClusters = components.reduce((total, c) => total + c.size, 0);
        return {
          ...counts,
          brokers: top.flatMap((t) => {
            const entity = byId.get(t.id);
            return entity ? [{ entity, degree: t.degree }] : [];
          }),
          clusters: clusters.flatMap((c) => {
            const label = byId.get(c.labelId);
            return label ? [{ size: c.size, edgeCount: c.edgeCount, label }] : [];
          }),
          clusterCount: components.length + Math.max(0, counts.nodeCount - inClusters),
        };
      },
    },
    Mutation: {
      importSpreadsheets: (_: unknown, args: ImportArgs, ctx: RequestContext) =>
        importSpreadsheetsResolver(args, ctx),
      ...changes.Mutation,
      ...review.Mutation,
      ...register.Mutation,
      ...opportunities.Mutation,
    },
    ChangeSet: changes.ChangeSet,
    NeedRecord: register.NeedRecord,
    Entity: {
      degree: (node: GraphNode, _: unknown, ctx: RequestContext) => ctx.degrees.load(node.id),
    },
  };
}
