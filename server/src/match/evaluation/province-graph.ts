/**
 * The latency benchmark's graph: a province-sized network shaped like the real one (fields with
 * subfields, cities and districts, institutions, platforms, specialists serving districts, enterprises
 * cooperating mostly within their field). 100,000 entities and ~590,000 relationships by default.
 */
import type { GraphEdge, GraphNode } from '#model';
import { deriveId, edgeRecord as edge, nodeRecord as node } from '#model';
import { seededRandom } from './seeded-random.ts';

export function provinceGraph(entities = 100_000, seed = 42): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const random = seededRandom(seed);
  const SCALE = entities / 100_000;
  const UNIVERSITIES = Math.round(8_000 * SCALE);

  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const subfields: string[] = [];
  for (let t = 0; t < 20; t++) {
    nodes.push(node('Domain', `d-${t}`, `领域${t}`));
    for (let s = 0; s < 9; s++) {
      nodes.push(node('Domain', `d-${t}-${s}`, `领域${t}子${s}`));
      edges.push(edge('SUBFIELD_OF', `d-${t}-${s}`, `d-${t}`));
      subfields.push(`d-${t}-${s}`);
    }
  }
  const districts: string[] = [];
  nodes.push(node('Region', 'r', '省'));
  for (let c = 0; c < 16; c++) {
    nodes.push(node('Region', `r-${c}`, `市${c}`));
    edges.push(edge('LOCATED_IN', `r-${c}`, 'r'));
    for (let d = 0; d < 12; d++) {
      nodes.push(node('Region', `r-${c}-${d}`, `区${c}-${d}`));
      edges.push(edge('LOCATED_IN', `r-${c}-${d}`, `r-${c}`));
      districts.push(`r-${c}-${d}`);
    }
  }
  const near = (field: string) => `${field.split('-').slice(0, 2).join('-')}-${random.int(9)}`;
  const byField = new Map<string, string[]>();
  const add = (kind: GraphNode['kind'], id: string, field: string, place: string) => {
    nodes.push(node(kind, id, `${kind}${id}`));
    edges.push(
      edge('IN_DOMAIN', id, field),
      edge('IN_DOMAIN', id, near(field)),
      kind === 'Specialist' ? edge('ADVISES', id, place) : edge('LOCATED_IN', id, place),
    );
    if (kind !== 'Enterprise') byField.set(field, [...(byField.get(field) ?? []), id]);
  };
  for (let u = 0; u < UNIVERSITIES; u++)
    add('University', `u${u}`, random.pick(subfields), `r-${random.int(16)}`);
  for (let p = 0; p < Math.round(4_000 * SCALE); p++) {
    const host = `u${random.int(UNIVERSITIES)}`;
    add('Platform', `p${p}`, random.pick(subfields), `r-${random.int(16)}`);
    edges.push(edge('HOSTS', host, `p${p}`));
  }
  for (let s = 0; s < Math.round(18_000 * SCALE); s++) {
    add('Specialist', `s${s}`, random.pick(subfields), random.pick(districts));
    edges.push(edge('WORKS_AT', `s${s}`, `u${random.int(UNIVERSITIES)}`));
  }
  const enterprises = entities - nodes.length;
  for (let e = 0; e < enterprises; e++) {
    const field = random.pick(subfields);
    add('Enterprise', `e${e}`, field, random.pick(districts));
    const pool = byField.get(field) ?? [];
    const partners = new Set<string>();
    for (let k = 0; k < 4 && pool.length > 0; k++)
      partners.add(random.next() < 0.15 ? `u${random.int(UNIVERSITIES)}` : random.pick(pool));
    for (const partner of partners) edges.push(edge('COOPERATES_WITH', `e${e}`, partner));
  }
  return { nodes, edges: [...new Map(edges.map((item) => [item.id, item])).values()] };
}

/** The province graph with ids as the app derives them from kind and name (derive-id.ts), as imports make them. */
export function withDerivedIds(graph: { nodes: GraphNode[]; edges: GraphEdge[] }) {
  const taken = new Set<string>();
  const idOf = new Map<string, string>();
  for (const entity of graph.nodes) {
    const plain = deriveId(entity.kind, entity.name);
    // The generator reuses some region and field names; an import would keep such namesakes apart too.
    const id = taken.has(plain) ? deriveId(entity.kind, `${entity.name}（${entity.id}）`) : plain;
    taken.add(id);
    idOf.set(entity.id, id);
  }
  const to = (id: string) => idOf.get(id) ?? id;
  return {
    nodes: graph.nodes.map((entity) => ({ ...entity, id: to(entity.id) })),
    edges: graph.edges.map((each) => edge(each.kind, to(each.from), to(each.to), { props: each.props })),
  };
}
