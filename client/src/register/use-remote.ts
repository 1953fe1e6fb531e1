// One answer from the server, asked again whenever its key changes or the graph's data changes (an edit or an
// undo made from this page, see editor/editor-context.ts); the request on its way is stopped by a newer one.
import { useEffect, useEffectEvent, useState } from 'react';
import { isAbort } from '../api/graphql-request.ts';
import { useEditor } from '../editor/editor-context.ts';

export interface Remote<T> {
  /** The last answer (kept while a newer one is on its way), or null before the first. */
  readonly value: T | null;
  /** True while the answer shown is not yet the one for the current key and data. */
  readonly loading: boolean;
}

export function useRemote<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
  onError: (error: unknown) => void,
): Remote<T> {
  const { dataVersion } = useEditor();
  const [answer, setAnswer] = useState<{ readonly for: string; readonly value: T } | null>(null);
  const fetchIt = useEffectEvent((signal: AbortSignal) => load(signal));
  const reportError = useEffectEvent((error: unknown) => onError(error));
  const wanted = key === null ? null : `${key}#${dataVersion}`;

  useEffect(() => {
    if (wanted === null) return undefined;
    const controller = new AbortController();
    fetchIt(controller.signal)
      .then((value) => {
        if (!controller.signal.aborted) setAnswer({ for: wanted, value });
      })
      .catch((error: unknown) => {
        if (!isAbort(error) && !controller.signal.aborted) reportError(error);
      });
    return () => controller.abort();
  }, [wanted]);

  return { value: answer?.value ?? null, loading: wanted !== null && answer?.for !== wanted };
}
