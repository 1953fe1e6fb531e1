/**
 * 科技招商, whom to invite: for a region's enterprise needs, those with no strong local candidate,
 * and the outside institutions and people that would fill them best.
 */
import { AppError, type GraphNode, type NodeKind } from '#model';
import type { GraphStore } from '../store/index.ts';
import { recommendPartners, type Recommendation } from './recommend-partners.ts';

/** A local candidate at or above this score counts as able to meet the need. */
export const STRONG_CANDIDATE = 0.3;
const HELPER_KINDS: readonly NodeKind[] = ['University', 'Academician', 'Specialist', 'Platform'];
const CAP = 5_000;

export interface NeedGap {
  readonly need: GraphNode;
  readonly enterprise: GraphNode | null;
  readonly bestLocal: Recommendation | null;
  readonly invite: readonly Recommendation[];
}

export async function needGaps(store: GraphStore, regionId: string, limit: number): Promise<NeedGap[]> {
  const [region] = await store.getNodes([regionId]);
  if (!region || region.kind !== 'Region') {
    throw new AppError('NOT_FOUND', `没有编号为 ${regionId} 的地区 / no region has the id ${regionId}`);
  }
  // The region and the regions inside it, then what is located there.
  const regions = new Set([regionId]);
  let frontier = [regionId];
  for (let level = 0; level < 3 && frontier.length > 0; level++) {
    const inside = (await store.edgesOf(frontier, ['LOCATED_IN'], CAP)).edges.filter(
      (edge) => frontier.includes(edge.to) && !regions.has(edge.from),
    );
    const kinds = await store.kindsOf(inside.map((edge) => edge.from));
    frontier = inside.map((edge) => edge.from).filter((id) => kinds.get(id) === 'Region');
    for (const id of frontier) regions.add(id);
  }
  const located = (await store.edgesOf([...regions], ['LOCATED_IN'], CAP)).edges.filter((edge) =>
    regions.has(edge.to),
  );
  const localIds = new Set(located.map((edge) => edge.from));
  const needEdges = (await store.edgesOf([...localIds], ['HAS_NEED'], CAP)).edges
    .filter((edge) => localIds.has(edge.from))
    .sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  const nodes = new Map(
    (await store.getNodes(needEdges.flatMap((edge) => [edge.from, edge.to]))).map((node) => [node.id, node]),
  );

  const gaps: NeedGap[] = [];
  for (const edge of needEdges) {
    const need = nodes.get(edge.to);
    if (!need) continue;
    const result = await recommendPartners(store, {
      enterpriseId: edge.from,
      need: [need.name, need.description ?? '', ...need.keywords].join(' ').slice(0, 200),
      kinds: HELPER_KINDS,
      limit: 20,
      includeExisting: true,
    });
    const ids = result.recommendations.map((item) => item.id);
    const whereabouts = (await store.edgesOf(ids, ['LOCATED_IN', 'WORKS_AT'], CAP)).edges;
    const isLocal = (id: string) =>
      whereabouts.some(
        (link) =>
          link.from === id && (regions.has(link.to) || (link.kind === 'WORKS_AT' && localIds.has(link.to))),
      );
    const local = result.recommendations.filter((item) => isLocal(item.id));
    const bestLocal = local[0] ?? null;
    if (bestLocal && bestLocal.score >= STRONG_CANDIDATE) continue;
    gaps.push({
      need,
      enterprise: nodes.get(edge.from) ?? null,
      bestLocal,
      invite: result.recommendations.filter((item) => !isLocal(item.id)).slice(0, 5),
    });
    if (gaps.length >= limit) break;
  }
  return gaps;
}
