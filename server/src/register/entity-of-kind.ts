/** An entity by id that must be of given kinds: NOT_FOUND when there is none, BAD_INPUT when of another kind. */
import { AppError, NODE_KIND_SPECS, type GraphNode, type NodeKind } from '#model';
import { entityOrNotFound } from '../edit/edit-entities.ts';
import type { GraphStore } from '../store/index.ts';

export async function entityOfKind(
  store: GraphStore,
  id: string,
  kinds: NodeKind | readonly NodeKind[],
  argument: string,
): Promise<GraphNode> {
  const wanted: readonly NodeKind[] = typeof kinds === 'string' ? [kinds] : kinds;
  const node = await entityOrNotFound(store, id).catch((error: unknown) => {
    if (error instanceof AppError) throw new AppError(error.code, error.message, { argument });
    throw error;
  });
  if (!wanted.includes(node.kind)) {
    const zh = wanted.map((kind) => NODE_KIND_SPECS[kind].zh).join('、');
    throw new AppError(
      'BAD_INPUT',
      `${node.name}（${NODE_KIND_SPECS[node.kind].zh}）不是${zh} / ${node.name} is a ${node.kind}, not a ${wanted.join(' or ')}`,
      { argument },
    );
  }
  return node;
}
