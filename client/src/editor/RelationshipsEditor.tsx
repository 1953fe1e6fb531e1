// An entity's relationships in its detail panel (editors only): delete one after a confirmation, move one
// to another entity at the far end (a specialist's unit corrected), or add one of a kind the domain allows,
// finding the other end by search. Each is one change set.
import { useEffect, useState } from 'react';
import { REL_KINDS, REL_KIND_SPECS, type NodeKind, type RelKind } from '#model';
import type { Entity, SearchHit, Subgraph } from '../api/answers.ts';
import { isAbort, isApiError } from '../api/graphql-request.ts';
import { neighborhood } from '../api/queries.ts';
import { useLang } from '../i18n/lang-context.ts';
import { relKindName } from '../i18n/strings.ts';
import { editorApi } from './editor-api.ts';
import { useEditor } from './editor-context.ts';
import { EDITOR_STRINGS } from './editor-strings.ts';
import { EntityPicker } from './EntityPicker.tsx';

type Edge = Subgraph['edges'][number];
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

export function RelationshipsEditor({
  entity,
  onError,
}: {
  readonly entity: Entity;
  readonly onError: (error: unknown) => void;
}) {
  const { lang } = useLang();
  const s = EDITOR_STRINGS[lang];
  const { dataVersion, changed } = useEditor();
  const [around, setAround] = useState<Subgraph | null>(null);
  const [moving, setMoving] = useState<string | null>(null);
  const [choice, setChoice] = useState(0);
  const [other, setOther] = useState<SearchHit | null>(null);
  const [year, setYear] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const choices = choicesFor(entity.kind as NodeKind);

  useEffect(() => {
    const controller = new AbortController();
    neighborhood(entity.id, { depth: 1, limit: 200, signal: controller.signal })
      .then(setAround)
      .catch((error: unknown) => {
        if (!isAbort(error)) onError(error);
      });
    return () => controller.abort();
  }, [entity.id, dataVersion, onError]);

  const names = new Map((around?.nodes ?? []).map((node) => [node.id, node.name]));
  const edges = (around?.edges ?? []).filter((edge) => edge.from === entity.id || edge.to === entity.id);
  const label = (edge: Edge) =>
    edge.from === entity.id
      ? `${relKindName(edge.kind, lang)} → ${names.get(edge.to) ?? edge.to}`
      : `${names.get(edge.from) ?? edge.from} → ${relKindName(edge.kind, lang)}`;
  const act = async (work: () => Promise<unknown>) => {
    setMessage(null);
    try {
      await work();
      changed();
      return true;
    } catch (value) {
      setMessage(isApiError(value) ? value.message : String(value));
      return false;
    }
  };
  const picked = choices[choice];
  const otherKinds = picked
    ? picked.outgoing
      ? REL_KIND_SPECS[picked.kind].to
      : REL_KIND_SPECS[picked.kind].from
    : [];

  return (
    <section className="detail-section relationships-editor" data-testid="relationships-editor">
      <h3>{s.relationships}</h3>
      {message && (
        <p className="form-error" role="alert" data-testid="relationship-error">
          {message}
        </p>
      )}
      <ul className="relationship-list">
        {edges.map((edge) => (
          <li key={edge.id} data-testid="relationship-row" data-id={edge.id}>
            <span>{label(edge)}</span>
            <button
              type="button"
              className="link-button"
              data-testid="relationship-move"
              onClick={() => setMoving(moving === edge.id ? null : edge.id)}
            >
              {s.moveEnd}
            </button>
            <button
              type="button"
              className="link-button"
              data-testid="relationship-delete"
              onClick={() => {
                if (globalThis.confirm(s.confirmRemove(label(edge))))
                  void act(() => editorApi.deleteRelationship(edge.id));
              }}
            >
              {s.remove}
            </button>
            {moving === edge.id && (
              <EntityPicker
                label={s.otherEnd}
                testId="relationship-move-to"
                onError={onError}
                onPick={(hit) => {
                  const ends = edge.from === entity.id ? { to: hit.entity.id } : { from: hit.entity.id };
                  void act(() => editorApi.updateRelationship({ id: edge.id, ...ends })).then(
                    (ok) => ok && setMoving(null),
                  );
                }}
              />
            )}
          </li>
        ))}
      </ul>
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
    </section>
  );
}
