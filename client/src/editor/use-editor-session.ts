// The editor session of this page: asks the server who is signed in (the session cookie is HttpOnly, so
// the page cannot read it), signs in with a key and out again; the key is sent once and never kept.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { isAbort } from '../api/graphql-request.ts';
import { editorApi } from './editor-api.ts';
import type { EditorSession } from './editor-context.ts';

export function useEditorSession(onError: (error: unknown) => void): EditorSession {
  const [editor, setEditor] = useState<string | null>(null);
  const [dataVersion, setDataVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    editorApi
      .me({ signal: controller.signal })
      .then((me) => setEditor(me?.name ?? null))
      .catch((error: unknown) => {
        if (!isAbort(error)) onError(error);
      });
    return () => controller.abort();
  }, [onError]);

  const signIn = useCallback(async (key: string) => {
    const me = await editorApi.signIn(key);
    setEditor(me.name);
  }, []);
  const signOut = useCallback(async () => {
    await editorApi.signOut();
    setEditor(null);
  }, []);
  const changed = useCallback(() => setDataVersion((version) => version + 1), []);
  return useMemo(
    () => ({ editor, signIn, signOut, dataVersion, changed }),
    [editor, signIn, signOut, dataVersion, changed],
  );
}
