// The change sets to show (all, or one entity's), fetched again whenever the graph's data changes, and
// undoing one: a refusal (a later change touched the same records) is shown where the planner asked.
import { useCallback, useEffect, useState } from 'react';
import { isAbort, isApiError } from '../api/graphql-request.ts';
import { editorApi, type ChangeSetItem } from './editor-api.ts';
import { useEditor } from './editor-context.ts';

export interface ChangeSetList {
  readonly items: readonly ChangeSetItem[];
  readonly total: number;
  readonly error: string | null;
  readonly undo: (id: string) => Promise<void>;
}

export function useChangeSets(
  entityId: string | null,
  first: number,
  onError: (error: unknown) => void,
): ChangeSetList {
  const { dataVersion, changed } = useEditor();
  const [page, setPage] = useState<{ items: readonly ChangeSetItem[]; total: number }>({
    items: [],
    total: 0,
  });
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    editorApi
      .changeSets(entityId, first, { signal: controller.signal })
      .then((answer) => setPage(answer))
      .catch((value: unknown) => {
        if (!isAbort(value)) onError(value);
      });
    return () => controller.abort();
  }, [entityId, first, dataVersion, onError]);

  const undo = useCallback(
    async (id: string) => {
      setError(null);
      try {
        await editorApi.undo(id);
        changed();
      } catch (value) {
        setError(isApiError(value) ? value.message : String(value));
      }
    },
    [changed],
  );
  return { ...page, error, undo };
}
