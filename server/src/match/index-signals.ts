/**
 * The recommender's signal rows (recommender-reads.ts, statements 4–6) found in the graph snapshot
 * instead of the store: who is in the questions' fields, whom enterprises of similar fields cooperate
 * with, and the signals through projects and the district bureaus. A question about an enterprise is
 * ranked on the snapshot already (learn/graph-snapshot.ts, one per graph version), so its evidence is
 * read there too: three statements fewer, and at 100,000 entities the heaviest three (docs/benchmarks.md).
 * The rows are those the statements return, row for row; in what order does not matter to their readers.
 * Pure.
 */
import { edgeId, type NodeKind, type RelKind } from '#model';
import type { FieldSignalRow, HelpedRow, ProjectSignals } from '../store/index.ts';
import type { GraphIndex } from './learn/graph-index.ts';
import type { SignalPlan, SignalRows } from './recommender-reads.ts';

const edgeEnds = ({ kind, from, to }: { kind: RelKind; from: string; to: string }) => ({ kind, from, to });

const union = (lists: ReadonlyArray<readonly string[]>) => [...new Set(lists.flat())];

/** Entities of a kind IN_DOMAIN the field (a Domain), by their id. */
function inField(index: GraphIndex, field: string, kind?: NodeKind): string[] {
  if (index.kindOf(field) !== 'Domain') return [];
  return index
    .into(field, 'IN_DOMAIN')
    .map((edge) => edge.from)
    .filter((id) => kind === undefined || index.kindOf(id) === kind);
}

/** field-signals.cypher: per question and candidate, its fields' weights summed and the fields. */
function fieldRows(index: GraphIndex, plans: readonly SignalPlan[], wanted: ReadonlySet<NodeKind>) {
  const rows: FieldSignalRow[] = [];
  for (const plan of plans) {
    const found = new Map<string, { kind: NodeKind; total: number; fields: string[] }>();
    for (const field of plan.weightedFields)
      for (const id of inField(index, field.id)) {
        const kind = index.kindOf(id);
        if (!kind || !wanted.has(kind) || id === plan.anchor) continue;
        const row = found.get(id) ?? { kind, total: 0, fields: [] };
        row.total += field.weight;
        row.fields.push(field.id);
        found.set(id, row);
      }
    for (const [id, row] of found) rows.push({ key: plan.key, id, ...row });
  }
  return rows;
}

/** helped-signals.cypher: per candidate and field, the field's enterprises that COOPERATE_WITH it. */
function helpedRows(index: GraphIndex, fields: readonly string[], wanted: ReadonlySet<NodeKind>) {
  const rows: HelpedRow[] = [];
  for (const field of fields) {
    const helpers = new Map<string, { kind: NodeKind; helpers: string[] }>();
    for (const enterprise of inField(index, field, 'Enterprise'))
      for (const edge of index.out(enterprise, 'COOPERATES_WITH')) {
        const kind = index.kindOf(edge.to);
        if (!kind || !wanted.has(kind)) continue;
        const row = helpers.get(edge.to) ?? { kind, helpers: [] };
        row.helpers.push(enterprise);
        helpers.set(edge.to, row);
      }
    for (const [id, row] of helpers) rows.push({ id, kind: row.kind, field, helpers: row.helpers });
  }
  return rows;
}

/** project-signals.cypher: through projects of the fields, and the agencies' partners either way. */
function projectRows(
  index: GraphIndex,
  lists: { weighted: readonly string[]; similar: readonly string[]; agencies: readonly string[] },
  wanted: ReadonlySet<NodeKind>,
): ProjectSignals {
  const kindIfWanted = (id: string) => {
    const kind = index.kindOf(id);
    return kind && wanted.has(kind) ? kind : undefined;
  };
  const fieldVia: Array<ProjectSignals['fieldVia'][number]> = [];
  for (const field of lists.weighted)
    for (const project of inField(index, field, 'Project'))
      for (const edge of index.into(project, 'PARTICIPATES_IN')) {
        const kind = kindIfWanted(edge.from);
        if (kind) fieldVia.push({ field, project, id: edge.from, kind });
      }
  const helpedVia: Array<ProjectSignals['helpedVia'][number]> = [];
  for (const field of lists.similar)
    for (const project of inField(index, field, 'Project'))
      for (const member of index.into(project, 'PARTICIPATES_IN')) {
        if (index.kindOf(member.from) !== 'Enterprise') continue;
        for (const edge of index.out(member.from, 'COOPERATES_WITH')) {
          const kind = kindIfWanted(edge.to);
          if (kind) helpedVia.push({ field, project, helper: member.from, id: edge.to, kind });
        }
      }
  const bureau: Array<ProjectSignals['bureau'][number]> = [];
  for (const agency of lists.agencies) {
    if (index.kindOf(agency) !== 'Agency') continue;
    for (const edge of index.touching(agency)) {
      if (edge.kind !== 'COOPERATES_WITH' && edge.kind !== 'ADVISES') continue;
      const id = edge.from === agency ? edge.to : edge.from;
      const kind = kindIfWanted(id);
      if (!kind) continue;
      const link = { id: edge.id ?? edgeId(edge.kind, edge.from, edge.to), ...edgeEnds(edge) };
      bureau.push({ agency, link, id, kind });
    }
  }
  return { fieldVia, helpedVia, bureau };
}

/** The entity's relationships of a kind to entities of a kind, as the ids at their other ends. */
const outTo = (index: GraphIndex, id: string, rel: 'IN_DOMAIN' | 'PARTICIPATES_IN', kind: NodeKind) =>
  index
    .out(id, rel)
    .map((edge) => edge.to)
    .filter((to) => index.kindOf(to) === kind);

/** The enterprises that COOPERATE_WITH the entity. */
const helpersOf = (index: GraphIndex, id: string) =>
  index
    .into(id, 'COOPERATES_WITH')
    .map((edge) => edge.from)
    .filter((from) => index.kindOf(from) === 'Enterprise');

/**
 * The same rows for the given candidates only, found from each candidate's side: a few candidates'
 * relationships rather than every member of the questions' fields (thousands on a large graph).
 */
function candidateRows(
  index: GraphIndex,
  plans: readonly SignalPlan[],
  lists: { weighted: readonly string[]; similar: readonly string[]; agencies: readonly string[] },
  only: readonly string[],
): SignalRows {
  const wanted = new Set(plans[0]?.kinds ?? []);
  const candidates = [...new Set(only)].flatMap((id) => {
    const kind = index.kindOf(id);
    return kind && wanted.has(kind) ? [{ id, kind }] : [];
  });
  const weighted = new Set(lists.weighted);
  const similar = new Set(lists.similar);
  const fields = new Map<string, FieldSignalRow[]>();
  for (const plan of plans) {
    const rows: FieldSignalRow[] = [];
    for (const { id, kind } of candidates) {
      const declared = new Set(outTo(index, id, 'IN_DOMAIN', 'Domain'));
      const mine = plan.weightedFields.filter((field) => declared.has(field.id));
      if (id === plan.anchor || mine.length === 0) continue;
      const total = mine.reduce((sum, field) => sum + field.weight, 0);
      rows.push({ key: plan.key, id, kind, total, fields: mine.map((field) => field.id) });
    }
    if (rows.length > 0) fields.set(plan.key, rows);
  }
  const helped: HelpedRow[] = [];
  const fieldVia: Array<ProjectSignals['fieldVia'][number]> = [];
  const helpedVia: Array<ProjectSignals['helpedVia'][number]> = [];
  for (const { id, kind } of candidates) {
    const byField = new Map<string, string[]>();
    for (const helper of helpersOf(index, id)) {
      for (const field of outTo(index, helper, 'IN_DOMAIN', 'Domain'))
        if (similar.has(field)) byField.set(field, [...(byField.get(field) ?? []), helper]);
      for (const project of outTo(index, helper, 'PARTICIPATES_IN', 'Project'))
        for (const field of outTo(index, project, 'IN_DOMAIN', 'Domain'))
          if (similar.has(field)) helpedVia.push({ field, project, helper, id, kind });
    }
    for (const [field, helpers] of byField) helped.push({ id, kind, field, helpers });
    for (const project of outTo(index, id, 'PARTICIPATES_IN', 'Project'))
      for (const field of outTo(index, project, 'IN_DOMAIN', 'Domain'))
        if (weighted.has(field)) fieldVia.push({ field, project, id, kind });
  }
  const chosen = new Set(candidates.map((candidate) => candidate.id));
  const bureau = projectRows(index, { weighted: [], similar: [], agencies: lists.agencies }, wanted).bureau;
  return {
    fields,
    helped,
    projects: { fieldVia, helpedVia, bureau: bureau.filter((row) => chosen.has(row.id)) },
  };
}

/**
 * The rows readSignals would read for these plans, found in the snapshot; with `only`, just the rows
 * about those candidates (a question ranked by the model needs evidence for its shortlist alone).
 */
export function indexSignals(
  index: GraphIndex,
  plans: readonly SignalPlan[],
  only?: readonly string[],
): SignalRows {
  const wanted = new Set(plans[0]?.kinds ?? []);
  const weighted = union(plans.map((plan) => plan.weightedFields.map((field) => field.id)));
  const similar = union(plans.map((plan) => plan.similarFields));
  const agencies = union(plans.map((plan) => plan.agencies));
  if (only) return candidateRows(index, plans, { weighted, similar, agencies }, only);
  const fields = new Map<string, FieldSignalRow[]>();
  for (const row of fieldRows(index, plans, wanted)) {
    const rows = fields.get(row.key);
    if (rows) rows.push(row);
    else fields.set(row.key, [row]);
  }
  return {
    fields,
    helped: helpedRows(index, similar, wanted),
    projects: projectRows(index, { weighted, similar, agencies }, wanted),
  };
}
