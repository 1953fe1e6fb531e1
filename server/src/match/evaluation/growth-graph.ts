/**
 * A second synthetic network for evaluating recommendations, grown by another process than
 * synthetic-graph.ts so that weights tuned on one are tested on the other: a country of provinces,
 * cities and districts; a three-level field hierarchy whose fields differ in how crowded they are;
 * institutions concentrated in provincial capitals; and cooperations formed year by year (2012–2024) by
 * preferential attachment — an institution's recent cooperations in the enterprise's own field make it
 * likelier — times field affinity through the hierarchy, geography (same city, same province) and
 * communities of practice (an enterprise that works with a specialist, or a platform, comes to work with
 * their institution). Every cooperation carries its year, so splits can be made by time.
 */
import { edgeRecord as edge, nodeRecord as node, type GraphEdge, type GraphNode } from '#model';
import { drawProbabilities, type GeneratingOdds } from './generating-odds.ts';
import { seededRandom, type Random } from './seeded-random.ts';

export interface GrowthOptions {
  readonly seed: number;
  readonly enterprises: number;
  readonly universities: number;
  readonly specialists: number;
  readonly platforms: number;
  /** Share of cooperations drawn at random, ignoring everything. */
  readonly noise: number;
  readonly firstYear: number;
  readonly lastYear: number;
}

export const GROWTH: GrowthOptions = {
  seed: 1,
  enterprises: 1100,
  universities: 150,
  specialists: 420,
  platforms: 60,
  noise: 0.1,
  firstYear: 2012,
  lastYear: 2024,
};

const PROVINCES = ['鲁', '苏', '京', '沪', '粤'];
const CITIES = 4;
const DISTRICTS = 3;
const TOPS = 6;
const SUBS = 5;
const MICROS = 3;

interface Place {
  readonly district?: string;
  readonly city: string;
  readonly province: string;
}

interface Actor {
  readonly id: string;
  readonly fields: readonly string[];
  readonly place: Place;
  readonly quality: number;
  /** Cooperation years so far, per field of the enterprise that cooperated. */
  readonly history: Map<string, number[]>;
  total: number;
}

/** Field ids carry their path: f3, f3.2, f3.2.1. */
const parentOf = (field: string) => field.split('.').slice(0, -1).join('.');
const depthOf = (field: string) => field.split('.').length;

/** Affinity of two fields through the hierarchy: same, parent or child, siblings, same top field. */
export function fieldAffinity(a: string, b: string): number {
  if (a === b) return 1;
  if (parentOf(a) === b || parentOf(b) === a) return 0.6;
  if (depthOf(a) === depthOf(b) && parentOf(a) === parentOf(b)) return 0.35;
  if (a.split('.')[0] === b.split('.')[0]) return 0.12;
  return 0.01;
}

const bestAffinity = (as: readonly string[], bs: readonly string[]) => {
  let best = 0;
  for (const a of as) for (const b of bs) best = Math.max(best, fieldAffinity(a, b));
  return best;
};

function weightedPick<T>(random: Random, items: readonly T[], weight: (item: T) => number): T | undefined {
  const weights = items.map(weight);
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (!(total > 0)) return undefined;
  let roll = random.next() * total;
  for (let i = 0; i < items.length; i++) {
    roll -= weights[i] ?? 0;
    if (roll <= 0) return items[i];
  }
  return items[items.length - 1];
}

/** Regions: provinces, cities, districts, each LOCATED_IN the one above. */
function regions(nodes: GraphNode[], edges: GraphEdge[]): Place[] {
  const districts: Place[] = [];
  for (const province of PROVINCES) {
    const p = `region:${province}省`;
    nodes.push(node('Region', p, `${province}省`, { props: { level: '省' } }));
    for (let c = 0; c < CITIES; c++) {
      const city = `region:${province}${c}市`;
      nodes.push(node('Region', city, `${province}${c}市`, { props: { level: '市' } }));
      edges.push(edge('LOCATED_IN', city, p));
      for (let d = 0; d < DISTRICTS; d++) {
        const district = `region:${province}${c}市${d}区`;
        nodes.push(node('Region', district, `${province}${c}市${d}区`, { props: { level: '区县' } }));
        edges.push(edge('LOCATED_IN', district, city));
        districts.push({ district, city, province: p });
      }
    }
  }
  return districts;
}

/** Fields: tops, subfields and micro-fields; how often each is chosen follows a Zipf law. */
function fields(nodes: GraphNode[], edges: GraphEdge[], random: Random) {
  const all: string[] = [];
  for (let t = 0; t < TOPS; t++) {
    const top = `f${t}`;
    all.push(top);
    for (let s = 0; s < SUBS; s++) {
      const sub = `${top}.${s}`;
      all.push(sub);
      for (let m = 0; m < MICROS; m++) all.push(`${sub}.${m}`);
    }
  }
  for (const field of all) {
    nodes.push(node('Domain', `domain:${field}`, `领域${field}`));
    if (depthOf(field) > 1) edges.push(edge('SUBFIELD_OF', `domain:${field}`, `domain:${parentOf(field)}`));
  }
  const popularity = new Map(random.shuffle(all).map((field, rank) => [field, 1 / (rank + 1) ** 0.7]));
  const draw = (depth: number, within?: string) =>
    weightedPick(
      random,
      all.filter((f) => depthOf(f) === depth && (!within || f.startsWith(`${within}.`) || f === within)),
      (f) => popularity.get(f) ?? 0,
    ) ?? 'f0';
  return { all, draw };
}

/** Near a field: itself, a child, a sibling or its parent. */
function near(random: Random, field: string, all: readonly string[]): string {
  const roll = random.next();
  const children = all.filter((f) => parentOf(f) === field);
  if (roll < 0.5) return field;
  if (roll < 0.7 && children.length > 0) return random.pick(children);
  if (roll < 0.9 && depthOf(field) > 1) {
    const siblings = all.filter((f) => parentOf(f) === parentOf(field) && depthOf(f) === depthOf(field));
    return random.pick(siblings);
  }
  return depthOf(field) > 1 ? parentOf(field) : field;
}

/** The network; `odds`, when given, records each year's draw probabilities (generating-odds.ts). */
export function growthGraph(
  options: GrowthOptions,
  odds?: GeneratingOdds,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const random = seededRandom(options.seed);
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const districts = regions(nodes, edges);
  const { all, draw } = fields(nodes, edges, random);
  const capitals = districts.filter((place) => place.city.endsWith('0市'));
  const home = districts.filter((place) => place.province === `region:${PROVINCES[0]}省`);
  const inField = (id: string, list: readonly string[]) => {
    for (const field of new Set(list)) edges.push(edge('IN_DOMAIN', id, `domain:${field}`));
  };

  const universities: Actor[] = [];
  for (let u = 0; u < options.universities; u++) {
    const place = random.next() < 0.6 ? random.pick(capitals) : random.pick(districts);
    const province = place.province.slice('region:'.length, -1);
    const id = `university:${province}${place.city.slice(-2, -1)}大学${u}`;
    const broad = random.next() < 0.15;
    const first = draw(2);
    const list = broad
      ? [first.split('.')[0] as string, draw(2), draw(2), draw(2)]
      : [first, near(random, first, all), ...(random.next() < 0.5 ? [draw(3, first)] : [])];
    nodes.push(node('University', id, id.slice('university:'.length)));
    inField(id, list);
    edges.push(edge('LOCATED_IN', id, place.city));
    const quality = Math.exp(0.6 * (random.next() + random.next() + random.next() - 1.5));
    universities.push({
      id,
      fields: list,
      place: { city: place.city, province: place.province },
      quality,
      history: new Map(),
      total: 0,
    });
  }
  const specialists: Array<Actor & { employer: Actor }> = [];
  for (let s = 0; s < options.specialists; s++) {
    const employer = random.pick(universities);
    const id = `specialist:专家${s}`;
    const list = [near(random, random.pick(employer.fields), all)];
    nodes.push(node('Specialist', id, `专家${s}`));
    inField(id, list);
    edges.push(edge('WORKS_AT', id, employer.id));
    let place: Place = employer.place;
    if (random.next() < 0.25) {
      const served = random.next() < 0.7 ? random.pick(home) : random.pick(districts);
      edges.push(edge('ADVISES', id, served.district as string, { props: { role: '科技特派员' } }));
      place = served;
    }
    specialists.push({
      id,
      fields: list,
      place,
      quality: employer.quality,
      history: new Map(),
      total: 0,
      employer,
    });
  }
  const platforms: Array<{ id: string; host: Actor; fields: string[] }> = [];
  for (let p = 0; p < options.platforms; p++) {
    const host = weightedPick(random, universities, (u) => u.quality) ?? (universities[0] as Actor);
    const id = `platform:平台${p}`;
    const list = [random.pick(host.fields)];
    nodes.push(node('Platform', id, `平台${p}`));
    inField(id, list);
    edges.push(edge('HOSTS', host.id, id), edge('LOCATED_IN', id, host.place.city));
    platforms.push({ id, host, fields: list });
  }
  const world = { nodes, edges, all, draw, districts, home, universities, specialists, platforms };
  grow(options, random, world, odds);
  return { nodes, edges: [...new Map(edges.map((item) => [item.id, item])).values()] };
}

interface World {
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
  readonly all: readonly string[];
  readonly draw: (depth: number, within?: string) => string;
  readonly districts: readonly Place[];
  readonly home: readonly Place[];
  readonly universities: readonly Actor[];
  readonly specialists: ReadonlyArray<Actor & { employer: Actor }>;
  readonly platforms: ReadonlyArray<{ id: string; host: Actor; fields: string[] }>;
}

/** Recent, field-local popularity: cooperations in the last five years with enterprises of these fields. */
function momentum(actor: Actor, fields: readonly string[], year: number): number {
  let count = 0;
  for (const [field, years] of actor.history) {
    const affinity = bestAffinity([field], fields);
    if (affinity < 0.3) continue;
    for (const y of years) if (year - y <= 5) count += affinity;
  }
  return count + 0.15 * actor.total;
}

const geography = (a: Place, b: Place) =>
  a.district && a.district === b.district ? 5 : a.city === b.city ? 3.5 : a.province === b.province ? 2 : 1;

/** Share of draws among universities (the rest among specialists), noise and choice alike. */
const UNIVERSITY_SHARE = 0.7;

/** One draw's odds of every university and specialist, with the weights the draw below uses. */
function recordDraw(
  odds: GeneratingOdds,
  noise: number,
  year: number,
  enterprise: string,
  world: World,
  weights: {
    university: (actor: Actor) => number;
    specialist: (actor: Actor & { employer: Actor }) => number;
  },
): void {
  const { universities, specialists } = world;
  const ofUniversities = drawProbabilities(universities.map(weights.university), noise);
  const ofSpecialists = drawProbabilities(specialists.map(weights.specialist), noise);
  odds.record(
    enterprise,
    year,
    [...universities, ...specialists].map((actor) => actor.id),
    Float64Array.from([
      ...[...ofUniversities].map((p) => UNIVERSITY_SHARE * p),
      ...[...ofSpecialists].map((p) => (1 - UNIVERSITY_SHARE) * p),
    ]),
  );
}

/** Enterprises arrive over the years and cooperate, year by year. */
function grow(options: GrowthOptions, random: Random, world: World, odds?: GeneratingOdds): void {
  const { nodes, edges, all, draw, universities, specialists, platforms } = world;
  const ties = new Map<string, Set<string>>();
  const institutionsOf = (enterprise: string) => ties.get(enterprise) ?? new Set<string>();
  const enterprises: Array<{ id: string; fields: string[]; place: Place; since: number }> = [];
  for (let e = 0; e < options.enterprises; e++) {
    const place = random.next() < 0.75 ? random.pick(world.home) : random.pick(world.districts);
    const first = random.next() < 0.6 ? draw(3) : draw(2);
    const list = [first, ...(random.next() < 0.35 ? [near(random, first, all)] : [])];
    const id = `enterprise:企业${e}`;
    nodes.push(node('Enterprise', id, `企业${e}`));
    edges.push(edge('LOCATED_IN', id, place.district as string));
    for (const field of new Set(list)) edges.push(edge('IN_DOMAIN', id, `domain:${field}`));
    if (random.next() < 0.4) {
      nodes.push(node('Need', `need:企业${e}需求`, `企业${e}需求`));
      edges.push(edge('HAS_NEED', id, `need:企业${e}需求`));
      edges.push(edge('IN_DOMAIN', `need:企业${e}需求`, `domain:${near(random, first, all)}`));
    }
    const since = options.firstYear - 4 + random.int(options.lastYear - options.firstYear + 3);
    enterprises.push({ id, fields: list, place, since });
  }
  const workedWith = new Map<string, Set<string>>();
  for (let year = options.firstYear; year <= options.lastYear; year++) {
    for (const enterprise of enterprises) {
      if (enterprise.since > year || random.next() > 0.11) continue;
      const mine = institutionsOf(enterprise.id);
      const friends = workedWith.get(enterprise.id) ?? new Set<string>();
      const score = (actor: Actor, bonus: number) =>
        mine.has(actor.id)
          ? 0
          : bestAffinity(enterprise.fields, actor.fields) ** 2 *
            actor.quality *
            (1 + momentum(actor, enterprise.fields, year)) ** 0.9 *
            geography(enterprise.place, actor.place) *
            bonus;
      const weights = {
        university: (u: Actor) => score(u, friends.has(u.id) ? 6 : 1),
        specialist: (s: Actor & { employer: Actor }) => score(s, mine.has(s.employer.id) ? 3 : 1),
      };
      if (odds) recordDraw(odds, options.noise, year, enterprise.id, world, weights);
      let partner: Actor | undefined;
      if (random.next() < options.noise)
        partner = random.pick(random.next() < UNIVERSITY_SHARE ? universities : specialists);
      else if (random.next() < UNIVERSITY_SHARE)
        partner = weightedPick(random, universities, weights.university);
      else partner = weightedPick(random, specialists, weights.specialist);
      if (!partner || mine.has(partner.id)) continue;
      mine.add(partner.id);
      ties.set(enterprise.id, mine);
      for (const field of enterprise.fields)
        partner.history.set(field, [...(partner.history.get(field) ?? []), year]);
      partner.total += 1;
      edges.push(edge('COOPERATES_WITH', enterprise.id, partner.id, { props: { year } }));
      // Communities of practice: a specialist's or platform's institution becomes a likelier partner.
      const via = specialists.find((s) => s.id === partner?.id)?.employer.id;
      if (via) friends.add(via);
      if (random.next() < 0.08 && platforms.length > 0) {
        const platform = weightedPick(random, platforms, (p) => bestAffinity(enterprise.fields, p.fields));
        if (platform && !mine.has(platform.id)) {
          edges.push(edge('COOPERATES_WITH', enterprise.id, platform.id, { props: { year } }));
          mine.add(platform.id);
          friends.add(platform.host.id);
        }
      }
      workedWith.set(enterprise.id, friends);
      if (random.next() < 0.3) {
        const project = `project:${enterprise.id.slice('enterprise:'.length)}-${year}`;
        nodes.push(node('Project', project, `项目${project.slice('project:'.length)}`));
        edges.push(
          edge('PARTICIPATES_IN', enterprise.id, project, { props: { year } }),
          edge('PARTICIPATES_IN', partner.id, project, { props: { year } }),
          edge('IN_DOMAIN', project, `domain:${random.pick(enterprise.fields)}`),
        );
      }
    }
  }
}
