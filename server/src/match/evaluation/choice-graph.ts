/**
 * A third synthetic network, made as outside benchmarks often are and by neither process of the other
 * two: enterprises, universities and institutes, and specialists only (no projects or platforms); every
 * enterprise picks its institution partners at once by a multinomial-logit choice over how many fields
 * they share (one shared field is not three), an institution's popularity (heavy-tailed), geography at
 * every level (district, city, province) and advisers (a specialist advising the enterprise brings in
 * their institution). Cooperations carry a year drawn at random: splits are random, not by time.
 */
import { edgeRecord as edge, nodeRecord as node, type GraphEdge, type GraphNode } from '#model';
import { drawProbabilities, type GeneratingOdds } from './generating-odds.ts';
import { seededRandom, type Random } from './seeded-random.ts';

export interface ChoiceOptions {
  readonly seed: number;
  readonly enterprises: number;
  readonly institutions: number;
  readonly specialists: number;
}

export const CHOICE: ChoiceOptions = { seed: 1, enterprises: 1300, institutions: 220, specialists: 450 };

const PROVINCES = ['冀', '豫', '鄂', '川', '浙', '鲁'];
const CITIES = 4;
const DISTRICTS = 3;
const TOPS = 8;
const SUBS = 6;
/** The choice model's utilities. */
const UTILITY = {
  perSharedField: 1.6,
  siblingField: 0.7,
  popularity: 0.9,
  district: 1.4,
  city: 1,
  province: 0.6,
  adviser: 1.8,
};

interface Place {
  readonly district: string;
  readonly city: string;
  readonly province: string;
}

function places(nodes: GraphNode[], edges: GraphEdge[]): Place[] {
  const all: Place[] = [];
  for (const name of PROVINCES) {
    const province = `region:${name}`;
    nodes.push(node('Region', province, `${name}省`, { props: { level: '省' } }));
    for (let c = 0; c < CITIES; c++) {
      const city = `${province}-${c}`;
      nodes.push(node('Region', city, `${name}${c}市`, { props: { level: '市' } }));
      edges.push(edge('LOCATED_IN', city, province));
      for (let d = 0; d < DISTRICTS; d++) {
        const district = `${city}-${d}`;
        nodes.push(node('Region', district, `${name}${c}市${d}区`, { props: { level: '区县' } }));
        edges.push(edge('LOCATED_IN', district, city));
        all.push({ district, city, province });
      }
    }
  }
  return all;
}

const topOf = (field: string) => field.split('.')[0] as string;

/** Fields in a cluster: a top field's subfields, most from one, some from another. */
function pickFields(random: Random, count: number): string[] {
  const top = random.int(TOPS);
  const fields = new Set<string>();
  while (fields.size < count) {
    const t = random.next() < 0.8 ? top : random.int(TOPS);
    fields.add(`f${t}.${random.int(SUBS)}`);
  }
  return [...fields];
}

const softmax = (utilities: readonly number[]) => {
  const top = Math.max(...utilities);
  return utilities.map((u) => Math.exp(u - top));
};

function choose(random: Random, utilities: readonly number[]): number {
  const weights = softmax(utilities);
  let roll = random.next() * weights.reduce((sum, w) => sum + w, 0);
  for (let i = 0; i < weights.length; i++) {
    roll -= weights[i] as number;
    if (roll <= 0) return i;
  }
  return weights.length - 1;
}

/** The network; `odds`, when given, records each enterprise's choice probabilities (generating-odds.ts). */
export function choiceGraph(
  options: ChoiceOptions,
  odds?: GeneratingOdds,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const random = seededRandom(options.seed);
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const all = places(nodes, edges);
  for (let t = 0; t < TOPS; t++) {
    nodes.push(node('Domain', `domain:f${t}`, `领域${t}`));
    for (let s = 0; s < SUBS; s++) {
      nodes.push(node('Domain', `domain:f${t}.${s}`, `领域${t}.${s}`));
      edges.push(edge('SUBFIELD_OF', `domain:f${t}.${s}`, `domain:f${t}`));
    }
  }
  const capitals = all.filter((place) => place.city.endsWith('-0'));
  const institutions = Array.from({ length: options.institutions }, (_, i) => {
    const place = random.next() < 0.5 ? random.pick(capitals) : random.pick(all);
    const id = `university:${place.province.slice('region:'.length)}院校${i}`;
    const fields = pickFields(random, 1 + random.int(4));
    nodes.push(node('University', id, id.slice('university:'.length)));
    for (const field of fields) edges.push(edge('IN_DOMAIN', id, `domain:${field}`));
    edges.push(edge('LOCATED_IN', id, place.city));
    // Heavy-tailed popularity: a Pareto draw.
    const popularity = Math.min(50, (1 - random.next()) ** -0.8);
    return { id, fields, place, popularity };
  });
  const specialists = Array.from({ length: options.specialists }, (_, s) => {
    const employer = random.pick(institutions);
    const id = `specialist:专家${s}`;
    nodes.push(node('Specialist', id, `专家${s}`));
    edges.push(
      edge('WORKS_AT', id, employer.id),
      edge('IN_DOMAIN', id, `domain:${random.pick(employer.fields)}`),
    );
    return { id, employer };
  });
  const institutionIds = institutions.map((inst) => inst.id);
  const home = all.filter((place) => place.province === `region:${PROVINCES.at(-1)}`);
  for (let e = 0; e < options.enterprises; e++) {
    const id = `enterprise:企业${e}`;
    const place = random.next() < 0.7 ? random.pick(home) : random.pick(all);
    const fields = pickFields(random, 1 + random.int(3));
    nodes.push(node('Enterprise', id, `企业${e}`));
    edges.push(edge('LOCATED_IN', id, place.district));
    for (const field of fields) edges.push(edge('IN_DOMAIN', id, `domain:${field}`));
    const advisers = random.next() < 0.3 ? [random.pick(specialists)] : [];
    for (const adviser of advisers)
      edges.push(edge('ADVISES', adviser.id, id, { props: { year: 2015 + random.int(10) } }));
    const tops = new Set(fields.map(topOf));
    const utilities = institutions.map((inst) => {
      const shared = inst.fields.filter((field) => fields.includes(field)).length;
      const sibling = shared === 0 && inst.fields.some((field) => tops.has(topOf(field)));
      const geography =
        inst.place.district === place.district
          ? UTILITY.district
          : inst.place.city === place.city
            ? UTILITY.city
            : inst.place.province === place.province
              ? UTILITY.province
              : 0;
      const advised = advisers.some((a) => a.employer.id === inst.id) ? UTILITY.adviser : 0;
      return (
        UTILITY.perSharedField * shared +
        (sibling ? UTILITY.siblingField : 0) +
        UTILITY.popularity * Math.log(inst.popularity) +
        geography +
        advised -
        (shared === 0 && !sibling ? 3 : 0)
      );
    });
    odds?.record(id, 0, institutionIds, drawProbabilities(softmax(utilities), 0));
    const count = 1 + Math.min(4, Math.floor(-Math.log(1 - random.next()) * 1.2));
    const chosen = new Set<number>();
    for (let k = 0; k < count * 3 && chosen.size < count; k++) chosen.add(choose(random, utilities));
    for (const index of [...chosen].sort((a, b) => a - b)) {
      const partner = institutions[index];
      if (partner)
        edges.push(edge('COOPERATES_WITH', id, partner.id, { props: { year: 2015 + random.int(10) } }));
    }
  }
  return { nodes, edges: [...new Map(edges.map((item) => [item.id, item])).values()] };
}
