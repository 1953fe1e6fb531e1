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
import { EDITOR_STRINGS } from './editor-strings.ts';
import { changesOf, draftOf, type Draft } from './entity-draft.ts';
import { EntityForm } from './EntityForm.tsx';

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
    try {
      await editorApi.updateEntity({ id: entity.id, input: changesOf(draft, draftOf(entity), specs) });
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
      {draft ? (
        <EntityForm
          draft={draft}
          specs={specs}
          onChange={(patch) => setDraft((current) => (current ? { ...current, ...patch } : current))}
          onSubmit={(event) => void save(event)}
          onCancel={() => setDraft(null)}
        />
      ) : (
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
      )}
    </section>
  );
}
