// Adding a relationship to the entity being edited: a kind the domain allows (either way), the entity at
// the other end found by search among the kinds that relationship allows, and an optional year.
import { useState } from 'react';
import { REL_KINDS, REL_KIND_SPECS, type NodeKind, type RelKind } from '#model';
import type { Entity, SearchHit } from '../api/answers.ts';
import { useLang } from '../i18n/lang-context.ts';
import { relKindName } from '../i18n/strings.ts';
import { editorApi } from './editor-api.ts';
import { EDITOR_STRINGS } from './editor-strings.ts';
import { EntityPicker } from './EntityPicker.tsx';

interface Choice {
  readonly kind: RelKind;
  readonly outgoing: boolean;
}

/** Relationship kinds this entity may have, each way. */
function choicesFor(kind: NodeKind): Choice[] {
  return REL_KINDS.flatMap((rel) => [
    ...(REL_KIND_SPECS[rel].from.includes(kind) ? [{ kind: rel, outgoing: true }] : []),
    ...(REL_KIND_SPECS[rel].to.includes(kind) ? [{ kind: rel, outgoing: false }] : []),
  ]);
}

export function AddRelationshipForm({
  entity,
  act,
  onError,
}: {
  readonly entity: Entity;
  /** Runs a write, reports a refusal, and says whether it went through. */
  readonly act: (work: () => Promise<unknown>) => Promise<boolean>;
  readonly onError: (error: unknown) => void;
}) {
  const { lang } = useLang();
  const s = EDITOR_STRINGS[lang];
  const [choice, setChoice] = useState(0);
  const [other, setOther] = useState<SearchHit | null>(null);
  const [year, setYear] = useState('');
  const choices = choicesFor(entity.kind as NodeKind);
  const picked = choices[choice];
  const otherKinds = picked
    ? picked.outgoing
      ? REL_KIND_SPECS[picked.kind].to
      : REL_KIND_SPECS[picked.kind].from
    : [];

  return (
    <form
      className="edit-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!picked || !other) return;
        const [from, to] = picked.outgoing ? [entity.id, other.entity.id] : [other.entity.id, entity.id];
        const properties = year.trim() ? [{ key: 'year', value: year.trim() }] : [];
        void act(() =>
          editorApi.createRelationship({ input: { kind: picked.kind, from, to, properties } }),
        ).then((ok) => {
          if (ok) setYear('');
        });
      }}
    >
      <h4>{s.addRelationship}</h4>
      <label className="edit-field">
        <span>{s.relationKind}</span>
        <select
          value={choice}
          data-testid="relationship-kind"
          onChange={(event) => setChoice(Number(event.target.value))}
        >
          {choices.map((each, i) => (
            <option key={`${each.kind}:${each.outgoing}`} value={i} data-kind={each.kind}>
              {relKindName(each.kind, lang)} ·{' '}
              {each.outgoing ? s.outgoing(entity.name) : s.incoming(entity.name)}
            </option>
          ))}
        </select>
      </label>
      <EntityPicker
        label={s.otherEnd}
        kinds={otherKinds}
        testId="relationship-other"
        onError={onError}
        onPick={setOther}
      />
      <label className="edit-field">
        <span>{lang === 'zh' ? '年份（可选）' : 'Year (optional)'}</span>
        <input
          value={year}
          data-testid="relationship-year"
          onChange={(event) => setYear(event.target.value)}
        />
      </label>
      <button type="submit" className="button" data-testid="relationship-add" disabled={!other}>
        {s.add}
      </button>
    </form>
  );
}
