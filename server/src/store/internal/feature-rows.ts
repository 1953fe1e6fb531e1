/**
 * The recommender's feature rows as the queries declare them (feature-queries.ts), decoded alike for every
 * backend: `stored(row, alias)` gives the stored columns of the entity a row names (flat columns in kuzu,
 * a node in Neo4j), everything else is read by column name.
 */
import { edgeId, isNodeKind, type GraphEdge, type NodeKind, type RelKind } from '#model';
import type {
  AnchorContext,
  CandidateFacts,
  FeatureQueryName,
  FieldRow,
  LinkRef,
  ProjectSignals,
  RegionNeeds,
  Step,
} from '../feature-queries.ts';
import { decodeNode } from './record-codec.ts';
import { degreeOf, listedRelationships } from './subgraph-reads.ts';

type Row = Readonly<Record<string, unknown>>;
/** The stored columns of the entity a row names: '' the row's own, 'x' or 'n' a second or third. */
export type Stored = (row: Row, alias: '' | 'x' | 'n') => Row;

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const kindOf = (value: unknown): NodeKind => {
  const kind = String(value);
  if (!isNodeKind(kind)) throw new Error(`Stored node has an undeclared kind: ${kind}`);
  return kind;
};

/** A relationship between two entities, its direction read from its id (derived from kind and ends). */
export function linkBetween(kind: unknown, id: unknown, near: string, far: string): LinkRef {
  const rel = String(kind) as RelKind;
  const forward = id === edgeId(rel, near, far);
  return { id: String(id), kind: rel, from: forward ? near : far, to: forward ? far : near };
}

interface AnchorEntry {
  readonly node: AnchorContext['node'];
  readonly degree: number;
  readonly links: Map<string, Step>;
  readonly beyond: Map<string, Step & { via: string }>;
}

function anchorContexts(rows: readonly Row[], stored: Stored): AnchorContext[] {
  return rows.map((row) => {
    const columns = stored(row, '');
    const anchor = text(columns.id);
    const entry: AnchorEntry = {
      node: decodeNode('Enterprise', columns),
      degree: degreeOf(columns.degree),
      links: new Map(),
      beyond: new Map(),
    };
    const walks = Array.isArray(row.walks) ? (row.walks as unknown[][]) : [];
    for (const [kind1, id1, middle, middleKind, kind2, id2, far, farKind] of walks) {
      if (typeof id1 !== 'string' || typeof middle !== 'string') continue;
      if (!entry.links.has(id1))
        entry.links.set(id1, {
          link: linkBetween(kind1, id1, anchor, middle),
          id: middle,
          kind: kindOf(middleKind),
        });
      if (typeof id2 !== 'string' || typeof far !== 'string') continue;
      const key = `${middle}|${id2}`;
      if (!entry.beyond.has(key))
        entry.beyond.set(key, {
          via: middle,
          link: linkBetween(kind2, id2, middle, far),
          id: far,
          kind: kindOf(farKind),
        });
    }
    return {
      node: entry.node,
      degree: entry.degree,
      links: [...entry.links.values()],
      beyond: [...entry.beyond.values()],
    };
  });
}

function candidateFacts(rows: readonly Row[], stored: Stored): CandidateFacts[] {
  const facts = new Map<string, CandidateFacts>();
  for (const row of rows) {
    const columns = stored(row, '');
    const id = text(columns.id);
    if (facts.has(id)) continue;
    const out = new Map<string, GraphEdge & { toKind: NodeKind }>();
    for (const { edge, toKind } of listedRelationships(id, row.rels))
      if (!out.has(edge.id)) out.set(edge.id, { ...edge, toKind: kindOf(toKind) });
    facts.set(id, {
      node: decodeNode(String(row.kind), columns),
      degree: degreeOf(columns.degree),
      record: degreeOf(columns.trackRecord),
      out: [...out.values()],
    });
  }
  return [...facts.values()];
}

function regionNeeds(rows: readonly Row[], stored: Stored): RegionNeeds[] {
  if (rows.length === 0) return [];
  const regions = new Set<string>();
  const located = new Set<string>();
  const needs = new Map<string, RegionNeeds['needs'][number]>();
  const degrees = new Map<string, number>();
  for (const row of rows) {
    regions.add(text(row.regionId));
    if (typeof row.located !== 'string') continue;
    located.add(row.located);
    if (typeof row.need !== 'string' || needs.has(`${row.located}|${row.need}`)) continue;
    const need = stored(row, 'n');
    const enterprise = stored(row, 'x');
    needs.set(`${row.located}|${row.need}`, {
      need: decodeNode('Need', need),
      enterprise: decodeNode(String(row.locatedKind), enterprise),
    });
    degrees.set(row.need, degreeOf(need.degree)).set(row.located, degreeOf(enterprise.degree));
  }
  return [{ regions: [...regions], located: [...located], needs: [...needs.values()], degrees }];
}

/** The list rows of project-signals.cypher, those that found something. */
function lists(value: unknown, found: number): unknown[][] {
  return (Array.isArray(value) ? (value as unknown[][]) : []).filter(
    (entry) => Array.isArray(entry) && typeof entry[found] === 'string',
  );
}

function projectSignals(row: Row): ProjectSignals {
  return {
    fieldVia: lists(row.fieldVia, 2).map(([field, project, id, kind]) => ({
      field: text(field),
      project: text(project),
      id: text(id),
      kind: kindOf(kind),
    })),
    helpedVia: lists(row.helpedVia, 3).map(([field, project, helper, id, kind]) => ({
      field: text(field),
      project: text(project),
      helper: text(helper),
      id: text(id),
      kind: kindOf(kind),
    })),
    bureau: lists(row.bureau, 3).map(([agency, rel, relId, id, kind]) => ({
      agency: text(agency),
      link: linkBetween(rel, relId, text(agency), text(id)),
      id: text(id),
      kind: kindOf(kind),
    })),
  };
}

function fieldRow(row: Row): FieldRow {
  const aliases = typeof row.aliases === 'string' && row.aliases ? (JSON.parse(row.aliases) as string[]) : [];
  return {
    id: text(row.id),
    name: text(row.name),
    aliases,
    searchText: text(row.searchText),
    ...(typeof row.parent === 'string' ? { parent: row.parent } : {}),
  };
}

/** A feature query's rows as declared; integers (kuzu's bigints) as numbers. */
export function decodeFeatureRows(name: FeatureQueryName, rows: readonly Row[], stored: Stored): unknown[] {
  switch (name) {
    case 'anchor-contexts':
      return anchorContexts(rows, stored);
    case 'candidate-facts':
      return candidateFacts(rows, stored);
    case 'region-needs':
      return regionNeeds(rows, stored);
    case 'domain-tree':
      return rows.map(fieldRow);
    case 'project-signals':
      return rows.map(projectSignals);
    default:
      return rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([key, value]) => [key, typeof value === 'bigint' ? Number(value) : value]),
        ),
      );
  }
}
