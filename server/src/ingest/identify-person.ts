/**
 * Identify's decision for a person row (person-match.ts says how people are matched): the units the row
 * names in its WORKS_AT columns, and whether the person of that name is certainly this one.
 */
import type { Decision } from './decide-match.ts';
import type { Identification } from './identification.ts';
import type { Candidate } from './name-index.ts';
import { judgePerson } from './person-match.ts';
import type { NodeDraft } from './validate-rows.ts';

/** Keys of the units a person row names in its WORKS_AT columns: ids found and the names' keys. */
export function rowUnits(state: Identification, draft: NodeDraft): string[] {
  const keys: string[] = [];
  for (const link of draft.links ?? []) {
    if (link.spec.rel !== 'WORKS_AT' || link.spec.direction !== 'out') continue;
    for (const ref of link.refs) {
      keys.push(state.index.key(ref), ...state.index.find(ref, link.spec.kinds));
      for (const full of state.index.find(ref, link.spec.kinds))
        keys.push(state.index.key(state.index.byId.get(full)?.name ?? ''));
    }
  }
  return [...new Set(keys.filter(Boolean))];
}

/** The decision for a person row: certain only with the same unit or the same sheet row. */
export function decidePerson(state: Identification, draft: NodeDraft, decision: Decision): Decision {
  if (decision.type !== 'match' && decision.type !== 'ambiguous') return decision;
  if (!state.options.people) return decision;
  const ids = decision.type === 'match' ? [decision.id] : decision.ids;
  const units = rowUnits(state, draft);
  const judged = ids.map((id) => {
    const known = state.batchPeople.get(id) ?? state.options.people?.get(id) ?? { units: [], sources: [] };
    return { id, ...judgePerson(units, draft.source, known) };
  });
  const certain = judged.filter((each) => each.certain);
  const [only] = certain;
  if (only && certain.length === 1)
    return { type: 'match', id: only.id, tier: 'person', score: only.score, reasons: only.reasons };
  const candidates: Candidate[] = judged.map((each) => {
    const entity = state.index.byId.get(each.id);
    const name = entity?.name ?? each.id;
    return {
      id: each.id,
      kind: entity?.kind ?? draft.kind,
      name,
      matchedName: name,
      score: each.score,
      reasons: each.reasons,
      parts: state.index.parts(name, entity?.kind ?? draft.kind),
    };
  });
  return { type: 'uncertain', candidates };
}
