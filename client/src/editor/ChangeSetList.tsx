// A list of change sets: when, who, what kind, the note and counts; what each record became, field by
// field; and, for an editor, undoing a change to the data (not a view step: the toolbar's undo does those).
import { useState } from 'react';
import { useLang } from '../i18n/lang-context.ts';
import type { ChangeSetItem } from './editor-api.ts';
import { useEditor } from './editor-context.ts';
import { EDITOR_STRINGS, type EditorStrings } from './editor-strings.ts';

function when(iso: string, lang: 'zh' | 'en'): string {
  return new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
}

function counts(item: ChangeSetItem, s: EditorStrings): string {
  return item.counts
    .map((count) =>
      [
        count.created ? `${s.created} ${count.created}` : '',
        count.updated ? `${s.updated} ${count.updated}` : '',
        count.deleted ? `${s.deleted} ${count.deleted}` : '',
      ]
        .filter(Boolean)
        .map((part) => `${count.label} ${part}`)
        .join('，'),
    )
    .join('；');
}

function Entries({ item, s }: { readonly item: ChangeSetItem; readonly s: EditorStrings }) {
  const action = { created: s.created, updated: s.updated, deleted: s.deleted } as Record<string, string>;
  return (
    <ul className="change-entries">
      {item.entries.map((entry) => (
        <li key={`${entry.type}:${entry.id}`}>
          <span className="change-action">{action[entry.action] ?? entry.action}</span> {entry.label}
          {entry.action === 'updated' && (
            <ul className="change-fields">
              {entry.fields
                .filter((field) => field.field !== 'sources')
                .map((field) => (
                  <li key={field.field}>
                    {field.field}: <del>{field.before ?? '—'}</del> → <ins>{field.after ?? '—'}</ins>
                  </li>
                ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

export function ChangeSetList(props: {
  readonly items: readonly ChangeSetItem[];
  readonly onUndo: (id: string) => void;
}) {
  const { lang } = useLang();
  const s = EDITOR_STRINGS[lang];
  const { editor } = useEditor();
  const [open, setOpen] = useState<string | null>(null);
  if (props.items.length === 0) return <p className="muted">{s.historyEmpty}</p>;
  return (
    <ol className="change-sets">
      {props.items.map((item) => (
        <li
          key={item.id}
          className="change-set"
          data-testid="history-item"
          data-id={item.id}
          data-kind={item.kind}
        >
          <button
            type="button"
            className="link-button change-set-head"
            onClick={() => setOpen(open === item.id ? null : item.id)}
          >
            <span className="change-kind">{item.kindLabel}</span>
            <span className="change-editor" data-testid="history-editor">
              {item.editor}
            </span>
            <time dateTime={item.at}>{when(item.at, lang)}</time>
          </button>
          <p className="change-note">{item.note}</p>
          <p className="muted">{counts(item, s)}</p>
          {item.undoneBy && <p className="muted">{s.undone(item.undoneBy)}</p>}
          {open === item.id && <Entries item={item} s={s} />}
          {editor && !item.undoneBy && (
            <button
              type="button"
              className="button button-quiet"
              data-testid="history-undo"
              title={s.undoChangeHint}
              onClick={() => props.onUndo(item.id)}
            >
              {s.undoChange}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
