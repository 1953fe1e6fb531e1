// The drawn graph looked up and summed up: entities and relationships by id, how many of each kind, and the
// domains, regions and years the filters offer (from what is drawn).
import { useMemo } from 'react';
import type { Edge, EntitySummary } from '../api/answers.ts';
import type { Scene } from '../graph/scene.ts';
import { edgeYear } from '../graph/to-elements.ts';
import { yearsOf } from '../graph/view-classes.ts';

export interface SceneIndex {
  readonly nodes: ReadonlyMap<string, EntitySummary>;
  readonly edges: ReadonlyMap<string, Edge>;
  /** Drawn entities per kind. */
  readonly counts: ReadonlyMap<string, number>;
  /** Drawn domains and regions, best connected first. */
  readonly domains: readonly EntitySummary[];
  readonly regions: readonly EntitySummary[];
  /** Distinct years of the drawn relationships, ascending. */
  readonly years: readonly number[];
}

function byDegree(a: EntitySummary, b: EntitySummary): number {
  return b.degree - a.degree || a.name.localeCompare(b.name, 'zh');
}

export function useSceneIndex(scene: Scene | null): SceneIndex {
  const nodes = useMemo(
    () => new Map<string, EntitySummary>(scene?.graph.nodes.map((n) => [n.id, n]) ?? []),
    [scene],
  );
  const edges = useMemo(() => new Map<string, Edge>(scene?.graph.edges.map((e) => [e.id, e]) ?? []), [scene]);
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const node of scene?.graph.nodes ?? []) map.set(node.kind, (map.get(node.kind) ?? 0) + 1);
    return map;
  }, [scene]);
  const domains = useMemo(
    () => (scene?.graph.nodes ?? []).filter((n) => n.kind === 'Domain').sort(byDegree),
    [scene],
  );
  const regions = useMemo(
    () => (scene?.graph.nodes ?? []).filter((n) => n.kind === 'Region').sort(byDegree),
    [scene],
  );
  const years = useMemo(
    () => yearsOf((scene?.graph.edges ?? []).map((e) => ({ year: edgeYear(e) }))),
    [scene],
  );
  return { nodes, edges, counts, domains, regions, years };
}
