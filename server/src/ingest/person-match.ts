/**
 * People are matched by name and unit: the same name and the same unit (工作单位, or who recruited them) are one person; the same
 * name with another unit, or where either unit is not known, is a question for an editor. A row already
 * imported from the same sheet row is the same person whatever its columns say. What is known of the
 * people already in the graph (their units and sources) is loaded before matching: `peopleToCheck` says
 * whom, `personEvidence` reads it from their records.
 */
import type { GraphEdge, GraphNode, NodeKind, Source } from '#model';
import { PEOPLE } from './link-concepts.ts';
import { personKey } from './name-keys.ts';
import type { NameEntry } from './name-index.ts';
import { reason, type MatchReason } from './names/score-match.ts';
import type { Draft } from './validate-rows.ts';

export interface PersonEvidence {
  /** Keys of the units the person works at: entity ids and the exact keys of their names. */
  readonly units: readonly string[];
  readonly sources: readonly Source[];
}

/** Ids of the people in the graph that rows of this import may be (same name, a person kind). */
export function peopleToCheck(drafts: readonly Draft[], entries: Iterable<NameEntry>): string[] {
  const names = new Set<string>();
  for (const item of drafts)
    if (item.type === 'node' && PEOPLE.includes(item.draft.kind)) names.add(personKey(item.draft.name));
  if (names.size === 0) return [];
  const ids: string[] = [];
  for (const entry of entries) {
    if (!PEOPLE.includes(entry.kind)) continue;
    if ([entry.name, ...entry.aliases].some((name) => names.has(personKey(name)))) ids.push(entry.id);
  }
  return ids;
}

/** Units and sources of people, from their records and their WORKS_AT and RECRUITED relationships. */
export function personEvidence(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  unitKeys: (id: string) => readonly string[],
): Map<string, PersonEvidence> {
  const evidence = new Map<string, PersonEvidence>();
  const people = nodes.filter((node) => PEOPLE.includes(node.kind));
  for (const person of people) {
    // Where they work, and who recruited them (引进: an enterprise that brought in a foreign expert employs them).
    const units = edges
      .flatMap((edge) =>
        edge.kind === 'WORKS_AT' && edge.from === person.id
          ? [edge.to]
          : edge.kind === 'RECRUITED' && edge.to === person.id
            ? [edge.from]
            : [],
      )
      .flatMap((unit) => [unit, ...unitKeys(unit)]);
    evidence.set(person.id, { units, sources: person.sources });
  }
  return evidence;
}

const sameRow = (a: Source, b: Source) =>
  a.file === b.file && a.sheet === b.sheet && a.row !== undefined && a.row === b.row;

export interface PersonJudgement {
  readonly certain: boolean;
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}

/** Whether a person row is the person already known under its name. */
export function judgePerson(
  rowUnits: readonly string[],
  source: Source,
  known: PersonEvidence | undefined,
): PersonJudgement {
  const exact = reason('exact');
  if (!known) return { certain: true, score: 1, reasons: [exact] };
  if (known.sources.some((each) => sameRow(each, source)))
    return { certain: true, score: 1, reasons: [reason('same-source')] };
  if (rowUnits.length > 0 && known.units.length > 0) {
    if (rowUnits.some((unit) => known.units.includes(unit)))
      return { certain: true, score: 1, reasons: [reason('same-person-unit')] };
    const other = reason('person-other-unit');
    return { certain: false, score: 1 + other.weight, reasons: [exact, other] };
  }
  const unknown = reason('person-unit-unknown');
  return { certain: false, score: 1 + unknown.weight, reasons: [exact, unknown] };
}

/** Whether a kind is a person's. */
export const isPersonKind = (kind: NodeKind) => PEOPLE.includes(kind);
