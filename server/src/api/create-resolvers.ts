/**
 * Thin resolvers: check arguments, call the store or a service, shape the answer.
 * Limits on depth and size live here so a request too big is refused before it reaches the store.
 */
import { NODE_KINDS, NODE_KIND_SPECS, REL_KIND_SPECS, type GraphNode, type NodeKind } from '#model';
import type { GraphQLResolveInfo } from 'graphql';
import { searchEntities } from '../search/search-entities.ts';
import { primeDegrees } from './recommendation-view.ts';
import type { GraphStore } from '../store/index.ts';
import { connectedComponents } from '../summary/connected-components.ts';
import { asksForField } from './asks-for-field.ts';
import type { RequestContext } from './request-context.ts';
import { edgeView, entityView } from './to-graphql.ts';
import { importSpreadsheetsResolver, type ImportArgs } from './import-view.ts';
import { createChangeResolvers } from './change-resolvers.ts';
import { createReviewResolvers } from './review-resolvers.ts';
import { createRegisterResolvers } from './register-resolvers.ts';
import { createOpportunityResolvers } from './opportunity-resolvers.ts';
import { createRecommendationResolvers } from './recommendation-resolvers.ts';
import { tableFileResolver } from './table-file-resolver.ts';
import {
  checkLimit,
  checkText,
  MAX_DEPTH,
  MAX_NEIGHBORHOOD,
  MAX_OVERVIEW,
  MAX_PATHS,
  MAX_PATH_LENGTH,
  MAX_SEARCH,
  MAX_TEXT,
} from './argument-checks.ts';

function kindsOrAll(kinds: readonly NodeKind[] | null | undefined): NodeKind[] {
  return kinds && kinds.length > 0 ? [...kinds] : [...NODE_KINDS];
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

/** `entity`: the degree is read with the entity when the query asks for it, one read rather than two. */
async function entityResolver(
  _: unknown,
  args: { id: string },
  ctx: RequestContext,
  info: GraphQLResolveInfo,
) {
  if (!asksForField(info, 'degree')) {
    const [node] = await ctx.store.getNodes([args.id]);
    return node ? entityView(node) : null;
  }
  const { nodes, degrees } = await ctx.store.countedNodes([args.id]);
  primeDegrees(ctx, degrees);
  return nodes[0] ? entityView(nodes[0]) : null;
}

export function createResolvers() {
  const changes = createChangeResolvers();
  const review = createReviewResolvers();
  const register = createRegisterResolvers();
  const opportunities = createOpportunityResolvers();
  const recommendations = createRecommendationResolvers();
  return {
    Query: {
      ...changes.Query,
      ...review.Query,
      ...register.Query,
      ...opportunities.Query,
      ...recommendations.Query,
      tableFile: tableFileResolver,
      entity: entityResolver,
      search: async (
        _: unknown,
        args: { text: string; kinds?: NodeKind[] | null; limit?: number | null },
        ctx: RequestContext,
      ) => {
        const limit = args.limit ?? 20;
        checkText(args.text, 'text', MAX_TEXT.text);
        checkLimit(limit, MAX_SEARCH, 'limit');
        const hits = await searchEntities(ctx.store, args.text, kindsOrAll(args.kinds), limit);
        primeDegrees(ctx, new Map(hits.map((hit) => [hit.node.id, hit.degree])));
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
