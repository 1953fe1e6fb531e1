// What the detail panel of an entity adds for its data: its history of changes for everyone, and for a
// signed-in editor the forms that edit it and its relationships.
import type { Entity } from '../api/answers.ts';
import { useEditor } from './editor-context.ts';
import { EntityEditor } from './EntityEditor.tsx';
import { EntityHistory } from './HistoryPanel.tsx';
import { RelationshipsEditor } from './RelationshipsEditor.tsx';
import './editor.css';

export function EditorSections(props: {
  readonly entity: Entity;
  readonly onDeleted: () => void;
  readonly onError: (error: unknown) => void;
}) {
  const { editor } = useEditor();
  return (
    <>
      {editor && <EntityEditor entity={props.entity} onDeleted={props.onDeleted} />}
      {editor && <RelationshipsEditor entity={props.entity} onError={props.onError} />}
      <EntityHistory id={props.entity.id} onError={props.onError} />
    </>
  );
}
