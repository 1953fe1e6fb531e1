// The two ends of the path search: chosen in the path panel or from an entity's panel, kept as a draft until
// both are set (then the path is asked for and goes into the view), otherwise taken from the view's path.
import { useCallback, useState } from 'react';
import type { EntitySummary } from '../api/answers.ts';
import type { Explorer } from '../explore/use-explorer.ts';
import { DEFAULT_PATH_COUNT } from '../view/view-state.ts';
import type { PathEnts } from './PathPanel.tsx';

export interface PathEndsChoice {
  readonly ends: PathEnts;
  readonly setEnds: (ends: PathEnts) => void;
  /** Both ends and the path gone. */
  readonly clear: () => void;
}

export function usePathEnds(explorer: Explorer, nodes: ReadonlyMap<string, EntitySummary>): PathEndsChoice {
  const { view, setPath, pathAnswer } = explorer;
  const [draft, setDraft] = useState<PathEnts>({ from: null, to: null });

  const ends: PathEnts = {
    from: draft.from ?? (view.path ? (nodes.get(view.path.from) ?? pathAnswer?.nodes[0] ?? null) : null),
    to: draft.to ?? (view.path ? (nodes.get(view.path.to) ?? null) : null),
  };
  const setEnds = useCallback(
    (next: PathEnts) => {
      setDraft(next);
      if (next.from && next.to && next.from.id !== next.to.id) {
        setPath({ from: next.from.id, to: next.to.id, k: view.path?.k ?? DEFAULT_PATH_COUNT });
      }
    },
    [setPath, view.path],
  );
  const clear = useCallback(() => {
    setDraft({ from: null, to: null });
    setPath(null);
  }, [setPath]);
  return { ends, setEnds, clear };
}
