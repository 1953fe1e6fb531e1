// Editing one entity in its detail panel (editors only): names, aliases, description, keywords and the
// properties its kind declares, saved as one change set; deleting it (with every relationship) after a
// confirmation. Values are checked by the server as imports check rows; a refusal is shown here.
import { useState, type FormEvent } from 'react';
import { NODE_KIND_SPECS, type NodeKind } from '#model';
import type { Entity } from '../api/answers.ts';
import { isApiError } from '../api/graphql-request.ts';
import { useLang } from '../i18n/lang-context.ts';
import { editorApi } from './editor-api.ts';
import { useEditor } from './editor-context.ts';
import { EDITOR_STRINGS, splitTyped } from './editor-strings.ts';

interface Draft {
  name: string;
  nameEn: string;
  aliases: string;
  description: string;
  keywords: string;
  props: Record<string, string>;
}

function draftOf(entity: Entity): Draft {
  return {
    name: entity.name,
    nameEn: entity.nameEn ?? '',
    aliases: entity.aliases.filter((alias) => alias !== entity.name).join('、'),
    description: entity.description ?? '',
    keywords: entity.keywords.join('、'),
    props: Object.fromEntries(entity.properties.map((property) => [property.key, property.value])),
  };
}

function Field(props: {
  label: string;
  value: string;
  testId: string;
  onChange: (value: string) => void;
  long?: boolean;
}) {
  return (
    <label className="edit-field">
      <span>{props.label}</span>
      {props.long ? (
        <textarea
          value={props.value}
          data-testid={props.testId}
          onChange={(event) => props.onChange(event.target.value)}
        />
      ) : (
        <input
          value={props.value}
          data-testid={props.testId}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </label>
  );
}

export function EntityEditor({
  entity,
  onDeleted,
}: {
  readonly entity: Entity;
  readonly onDeleted: () => void;
}) {
  const { lang } = useLang();
  const s = EDITOR_STRINGS[lang];
  const { changed } = useEditor();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const specs = NODE_KIND_SPECS[entity.kind as NodeKind]?.properties ?? [];

  const fail = (value: unknown) =>
    setMessage({ error: true, text: isApiError(value) ? value.message : String(value) });

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const before = draftOf(entity);
    try {
      await editorApi.updateEntity({
        id: entity.id,
        input: {
          ...(draft.name !== before.name ? { name: draft.name } : {}),
          ...(draft.nameEn !== before.nameEn ? { nameEn: draft.nameEn } : {}),
          ...(draft.aliases !== before.aliases ? { aliases: splitTyped(draft.aliases) } : {}),
          ...(draft.description !== before.description ? { description: draft.description } : {}),
          ...(draft.keywords !== before.keywords ? { keywords: splitTyped(draft.keywords) } : {}),
          properties: specs
            .filter((spec) => (draft.props[spec.key] ?? '') !== (before.props[spec.key] ?? ''))
            .map((spec) => ({ key: spec.key, value: draft.props[spec.key] ?? '' })),
        },
      });
      setDraft(null);
      setMessage({ error: false, text: s.saved });
      changed();
    } catch (value) {
      fail(value);
    }
  }

  async function remove() {
    if (!globalThis.confirm(s.confirmDeleteEntity(entity.name))) return;
    try {
      await editorApi.deleteEntity(entity.id);
      changed();
      onDeleted();
    } catch (value) {
      fail(value);
    }
  }

  const set = (patch: Partial<Draft>) =>
    setDraft((current) => (current ? { ...current, ...patch } : current));
  return (
    <section className="detail-section entity-editor">
      {message && (
        <p
          className={message.error ? 'form-error' : 'form-ok'}
          role={message.error ? 'alert' : 'status'}
          data-testid="edit-message"
        >
          {message.text}
        </p>
      )}
      {!draft ? (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            data-testid="edit-entity"
            title={s.editTitle}
            onClick={() => setDraft(draftOf(entity))}
          >
            {s.edit}
          </button>
          <button
            type="button"
            className="button button-quiet"
            data-testid="delete-entity"
            onClick={() => void remove()}
          >
            {s.deleteEntity}
          </button>
        </div>
      ) : (
        <form className="edit-form" onSubmit={(event) => void save(event)}>
          <Field label={s.name} value={draft.name} testId="edit-name" onChange={(name) => set({ name })} />
          <Field
            label={s.nameEn}
            value={draft.nameEn}
            testId="edit-name-en"
            onChange={(nameEn) => set({ nameEn })}
          />
          <Field
            label={s.aliases}
            value={draft.aliases}
            testId="edit-aliases"
            onChange={(aliases) => set({ aliases })}
          />
          <Field
            label={s.description}
            value={draft.description}
            testId="edit-description"
            long
            onChange={(description) => set({ description })}
          />
          <Field
            label={s.keywords}
            value={draft.keywords}
            testId="edit-keywords"
            onChange={(keywords) => set({ keywords })}
          />
          {specs.map((spec) =>
            spec.values ? (
              <label key={spec.key} className="edit-field">
                <span>{lang === 'zh' ? spec.zh : spec.en}</span>
                <select
                  value={draft.props[spec.key] ?? ''}
                  data-testid={`edit-prop-${spec.key}`}
                  onChange={(event) => set({ props: { ...draft.props, [spec.key]: event.target.value } })}
                >
                  <option value="">—</option>
                  {spec.values.map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <Field
                key={spec.key}
                label={lang === 'zh' ? spec.zh : spec.en}
                value={draft.props[spec.key] ?? ''}
                testId={`edit-prop-${spec.key}`}
                onChange={(value) => set({ props: { ...draft.props, [spec.key]: value } })}
              />
            ),
          )}
          <div className="form-actions">
            <button type="submit" className="button" data-testid="edit-save">
              {s.save}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setDraft(null)}>
              {s.cancel}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
