/**
 * How Neo4j plans the statements that read a subgraph's relationships (subgraph-of-ids.cypher, a
 * neighbourhood's second half, candidate-facts.cypher), on a real server when the run asked for one: each
 * entity is looked up once and its relationships expanded from it. Written as `b.id IN $ids`, the far end
 * was planned as an index seek per id and entity, so the work grew with the square of the ids (1,089 seeks
 * for a neighbourhood of 33 on the seed, and twice the time of the statement as it is now).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { NODE_KINDS } from '#model';
import { hubGraph } from '../../../../test-support/define-read-contract.ts';
import { testBackends } from '../../../../test-support/test-backends.ts';
import type { GraphStore } from '../../graph-store.ts';
import { readCypher } from '../cypher-files.ts';
import { REL_RANK } from '../subgraph-reads.ts';
import { neighbourhoodStatement } from './neo4j-neighborhood.ts';

interface PlanStep {
  readonly operatorType: string;
  readonly rows: number;
  readonly children: readonly PlanStep[];
}

/** Rows of nodes found other than by expanding a relationship (index seeks and scans), over the whole plan. */
function seekRows(step: PlanStep): number {
  const own = /^(Node\w*(Seek|Scan)|AllNodesScan)/.test(step.operatorType) ? step.rows : 0;
  return step.children.reduce((sum, child) => sum + seekRows(child), own);
}

const backend = testBackends().find((each) => each.name === 'neo4j');
const uri = inject('neo4jUri');

describe.runIf(backend && uri)('Neo4j subgraph statements: one lookup per entity', () => {
  let store: GraphStore;
  let driver: Driver;
  const graph = hubGraph();
  const ids = graph.nodes.map((node) => node.id);
  // An enterprise: its neighbourhood at depth 2 keeps about half the graph.
  const focus = graph.nodes.find((node) => node.kind === 'Enterprise')?.id as string;

  beforeAll(async () => {
    store = await (backend as NonNullable<typeof backend>).create();
    await store.write({ nodes: [], edges: [], newNodes: graph.nodes, newEdges: graph.edges });
    driver = neo4j.driver(uri as string, undefined, { disableLosslessIntegers: true });
  });
  afterAll(async () => {
    await driver?.close();
    await store?.close();
  });

  async function profile(text: string, params: Record<string, unknown>): Promise<PlanStep> {
    const session = driver.session();
    try {
      const result = await session.run(`PROFILE ${text}`, params);
      return result.summary.profile as unknown as PlanStep;
    } finally {
      await session.close();
    }
  }

  it('reads the relationships among many ids with a lookup per id, not per pair of ids', async () => {
    const plan = await profile(readCypher('neo4j', 'subgraph-of-ids'), { ids });
    expect(ids.length).toBeGreaterThan(60);
    expect(seekRows(plan)).toBeLessThanOrEqual(ids.length);
  });

  it('reads a neighbourhood’s relationships with a lookup per kept entity', async () => {
    const text = neighbourhoodStatement(2, NODE_KINDS);
    const params = {
      id: focus,
      kinds: [...NODE_KINDS],
      relRank: REL_RANK,
      limit: neo4j.int(150),
      keep: neo4j.int(149),
    };
    const kept = (await store.neighborhood({ id: focus, depth: 2, kinds: NODE_KINDS, limit: 150 })).nodes;
    expect(kept.length).toBeGreaterThan(20);
    // The focus's own seek, then one per kept entity.
    expect(seekRows(await profile(text, params))).toBeLessThanOrEqual(kept.length + 1);
  });

  it('gives the facts of an answer with a lookup per entity', async () => {
    const plan = await profile(readCypher('neo4j', 'candidate-facts'), { refs: ids.map((id) => ({ id })) });
    expect(seekRows(plan)).toBeLessThanOrEqual(ids.length);
  });
});
