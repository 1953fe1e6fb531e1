// An entity's relationships in its detail panel (editors only): delete one after a confirmation, move one
// to another entity at the far end (a specialist's unit corrected), or add one of a kind the domain allows,
// finding the other end by search. Each is one change set.
import { useEffect, useState } from 'react';
import type { Entity, Subgraph } from '../api/answers.ts';
import { isAbort, isApiError } from '../api/graphql-request.ts';
import { neighborhood } from '../api/queries.ts';
import { useLang } from '../i18n/lang-context.ts';
import { relKindName } from '../i18n/strings.ts';
import { AddRelationshipForm } from './AddRelationshipForm.tsx';
import { editorApi } from './editor-api.ts';
import { useEditor } from './editor-context.ts';
import { EDITOR_STRINGS } from './editor-strings.ts';
import { EntityPicker } from './EntityPicker.tsx';

type Edge = Subgraph['edges'][number];

function RelationshipRow(props: {
  readonly entity: Entity;
  readonly edge: Edge;
  readonly label: string;
  readonly moving: boolean;
  readonly onMoving: (moving: boolean) => void;
  readonly act: (work: () => Promise<unknown>) => Promise<boolean>;
  readonly onError: (error: unknown) => void;
}) {
  const { lang } = useLang();
  const s = EDITOR_STRINGS[lang];
  const { edge, entity, act } = props;
  return (
    <li data-testid="relationship-row" data-id={edge.id}>
      <span>{props.label}</span>
      <button
        type="button"
        className="link-button"
        data-testid="relationship-move"
        onClick={() => props.onMoving(!props.moving)}
      >
        {s.moveEnd}
      </button>
      <button
        type="button"
        className="link-button"
        data-testid="relationship-delete"
        onClick={() => {
          if (globalThis.confirm(s.confirmRemove(props.label)))
            void act(() => editorApi.deleteRelationship(edge.id));
        }}
      >
        {s.remove}
      </button>
      {props.moving && (
        <EntityPicker
          label={s.otherEnd}
          testId="relationship-move-to"
          onError={props.onError}
          onPick={(hit) => {
            const ends = edge.from === entity.id ? { to: hit.entity.id } : { from: hit.entity.id };
            void act(() => editorApi.updateRelationship({ id: edge.id, ...ends })).then(
              (ok) => ok && props.onMoving(false),
            );
          }}
        />
      )}
    </li>
  );
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
  const [message, setMessage] = useState<string | null>(null);

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
          <RelationshipRow
            key={edge.id}
            entity={entity}
            edge={edge}
            label={label(edge)}
            moving={moving === edge.id}
            onMoving={(on) => setMoving(on ? edge.id : null)}
            act={act}
            onError={onError}
          />
        ))}
      </ul>
      <AddRelationshipForm entity={entity} act={act} onError={onError} />
    </section>
  );
}
