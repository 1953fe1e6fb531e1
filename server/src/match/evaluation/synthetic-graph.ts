/**
 * A synthetic industry–academia network with realistic structure, for evaluating recommendations:
 * a two-level domain hierarchy, a province of cities and districts, hub universities with many
 * fields, specialists working at institutions (some serving districts as 科技特派员), platforms,
 * enterprises with needs, and cooperation links drawn by field match × popularity × proximity, plus noise.
 */
import { edgeRecord as edge, nodeRecord as node } from '#model';
import type { GraphEdge, GraphNode } from '#model';
import { drawProbabilities, type GeneratingOdds } from './generating-odds.ts';
import { seededRandom, type Random } from './seeded-random.ts';

export interface SyntheticOptions {
  readonly seed: number;
  readonly enterprises: number;
  readonly universities: number;
  readonly specialists: number;
  readonly platforms: number;
  /** Share of cooperation links drawn at random, ignoring fields. */
  readonly noise: number;
}

export const SMALL: SyntheticOptions = {
  seed: 20261125,
  enterprises: 400,
  universities: 60,
  specialists: 150,
  platforms: 40,
  noise: 0.15,
};

const TOP_FIELDS = 8;
const SUBFIELDS = 5;
const CITIES = 5;
const DISTRICTS = 4;

export interface SyntheticGraph {
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
}

/** Top-level fields, each with its subfields; the subfields' ids. */
function addFields(nodes: GraphNode[], edges: GraphEdge[]): string[] {
  const subfields: string[] = [];
  for (let t = 0; t < TOP_FIELDS; t++) {
    const top = `d-${t}`;
    nodes.push(node('Domain', top, `领域${t}`));
    for (let s = 0; s < SUBFIELDS; s++) {
      const sub = `d-${t}-${s}`;
      nodes.push(node('Domain', sub, `领域${t}子${s}`));
      edges.push(edge('SUBFIELD_OF', sub, top));
      subfields.push(sub);
    }
  }
  return subfields;
}

/** A province of cities of districts; the districts, and the city of each. */
function addRegions(nodes: GraphNode[], edges: GraphEdge[]) {
  const cityOf = new Map<string, string>();
  nodes.push(node('Region', 'r-p', '省'));
  const districts: string[] = [];
  for (let c = 0; c < CITIES; c++) {
    const city = `r-${c}`;
    nodes.push(node('Region', city, `市${c}`));
    edges.push(edge('LOCATED_IN', city, 'r-p'));
    for (let d = 0; d < DISTRICTS; d++) {
      const district = `r-${c}-${d}`;
      nodes.push(node('Region', district, `区${c}-${d}`));
      edges.push(edge('LOCATED_IN', district, city));
      cityOf.set(district, city);
      districts.push(district);
    }
  }
  return { districts, cityOf };
}

/** An index drawn with probability proportional to its weight. */
function weightedIndex(random: Random, weights: readonly number[]): number {
  let roll = random.next() * weights.reduce((sum, w) => sum + w, 0);
  let index = 0;
  while (index < weights.length - 1 && roll > (weights[index] ?? 0)) roll -= weights[index++] ?? 0;
  return index;
}

/** The network; `odds`, when given, records each enterprise's draw probabilities (generating-odds.ts). */
export function syntheticGraph(options: SyntheticOptions, odds?: GeneratingOdds): SyntheticGraph {
  const random = seededRandom(options.seed);
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const fieldsOf = new Map<string, string[]>();
  const regionOf = new Map<string, string>();

  const subfields = addFields(nodes, edges);
  const topOf = (sub: string) => sub.split('-').slice(0, 2).join('-');
  const nearField = (sub: string) => {
    const top = topOf(sub);
    return random.next() < 0.7 ? sub : `${top}-${random.int(SUBFIELDS)}`;
  };

  const { districts, cityOf } = addRegions(nodes, edges);

  const withFields = (id: string, fields: string[]) => {
    const unique = [...new Set(fields)];
    fieldsOf.set(id, unique);
    for (const field of unique) edges.push(edge('IN_DOMAIN', id, field));
  };

  // Institutions: a few hubs with many fields, the rest focused; located in cities.
  const institutions: Array<{ id: string; popularity: number }> = [];
  for (let u = 0; u < options.universities; u++) {
    const id = `u-${u}`;
    const hub = u < Math.max(1, Math.round(options.universities / 10));
    nodes.push(node('University', id, `大学${u}`));
    const home = random.pick(subfields);
    withFields(
      id,
      hub
        ? Array.from({ length: 8 }, () => random.pick(subfields))
        : [home, nearField(home), nearField(home)],
    );
    const city = `r-${random.int(CITIES)}`;
    edges.push(edge('LOCATED_IN', id, city));
    regionOf.set(id, city);
    institutions.push({ id, popularity: hub ? 4 : 1 + random.next() });
  }
  const universities = [...institutions];
  for (let s = 0; s < options.specialists; s++) {
    const id = `s-${s}`;
    const employer = random.pick(universities);
    nodes.push(node('Specialist', id, `专家${s}`));
    const fields = fieldsOf.get(employer.id) ?? [];
    withFields(id, [random.pick(fields), nearField(random.pick(fields))]);
    edges.push(edge('WORKS_AT', id, employer.id));
    regionOf.set(id, regionOf.get(employer.id) ?? '');
    if (random.next() < 0.3) {
      const district = random.pick(districts);
      edges.push(edge('ADVISES', id, district, { props: { role: '科技特派员' } }));
      regionOf.set(id, district);
    }
    institutions.push({ id, popularity: 0.8 + random.next() });
  }
  for (let p = 0; p < options.platforms; p++) {
    const id = `pl-${p}`;
    const host = random.pick(universities);
    nodes.push(node('Platform', id, `平台${p}`));
    withFields(id, [random.pick(fieldsOf.get(host.id) ?? subfields)]);
    edges.push(edge('HOSTS', host.id, id));
    regionOf.set(id, regionOf.get(host.id) ?? '');
    institutions.push({ id, popularity: 0.6 + random.next() });
  }

  // Enterprises with needs, and their cooperations.
  const institutionIds = institutions.map((item) => item.id);
  const fieldMatch = (a: string[], b: string[]) => {
    let best = 0;
    for (const x of a)
      for (const y of b) best = Math.max(best, x === y ? 1 : topOf(x) === topOf(y) ? 0.3 : 0);
    return best;
  };
  for (let e = 0; e < options.enterprises; e++) {
    const id = `e-${e}`;
    const district = random.pick(districts);
    nodes.push(node('Enterprise', id, `企业${e}`));
    const home = random.pick(subfields);
    withFields(id, [home, ...(random.next() < 0.4 ? [nearField(home)] : [])]);
    edges.push(edge('LOCATED_IN', id, district));
    regionOf.set(id, district);
    const fields = fieldsOf.get(id) ?? [];
    if (random.next() < 0.5) {
      const needId = `n-${e}`;
      nodes.push(node('Need', needId, `需求${e}`));
      edges.push(edge('HAS_NEED', id, needId));
      edges.push(edge('IN_DOMAIN', needId, nearField(home)));
    }
    const weightOf = (item: { id: string; popularity: number }) => {
      const match = fieldMatch(fields, fieldsOf.get(item.id) ?? []);
      const place = regionOf.get(item.id);
      const near = place === district ? 3 : place === cityOf.get(district) ? 1.5 : 1;
      return match * match * item.popularity * near;
    };
    const weights = institutions.map(weightOf);
    odds?.record(id, 0, institutionIds, drawProbabilities(weights, options.noise));
    const partners = 1 + random.int(4);
    const chosen = new Set<string>();
    for (let k = 0; k < partners; k++) {
      let partner: string;
      if (random.next() < options.noise) partner = random.pick(institutions).id;
      else partner = institutions[weightedIndex(random, weights)]?.id ?? random.pick(institutions).id;
      if (chosen.has(partner)) continue;
      chosen.add(partner);
      edges.push(edge('COOPERATES_WITH', id, partner));
      if (random.next() < 0.3) {
        const project = `p-${e}-${k}`;
        nodes.push(node('Project', project, `项目${e}-${k}`));
        edges.push(edge('PARTICIPATES_IN', id, project), edge('PARTICIPATES_IN', partner, project));
        edges.push(edge('IN_DOMAIN', project, random.pick(fields)));
      }
    }
  }
  return { nodes, edges };
}
