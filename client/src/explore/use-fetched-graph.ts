// Fetches what the view needs and has not got (its neighbourhood, each expansion, the paths asked for) and
// stops fetching what it no longer needs. A request that failed is not asked again until failures are cleared.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PathsAnswer, Subgraph } from '../api/answers.ts';
import { neighborhood, paths as fetchPaths } from '../api/queries.ts';
import { PATH_MAX_LENGTH, type Depth, type PathEnds } from '../view/view-state.ts';
import { baseKey, expansionKey, pathKey, type Fetched } from './compose-scene.ts';

/** Neighbours fetched when a node is expanded. */
export const EXPANSION_LIMIT = 150;

/** What the drawn graph is made of. */
export interface GraphNeeds {
  readonly depth: Depth;
  readonly limit: number;
  readonly expanded: readonly string[];
  readonly path: PathEnds | null;
}

interface Need {
  readonly key: string;
  readonly load: (signal: AbortSignal) => Promise<Subgraph | PathsAnswer>;
  readonly type: 'subgraph' | 'paths';
}

export interface FetchedGraph {
  readonly fetched: Fetched;
  /** How many of the view's requests have no answer yet (and have not failed). */
  readonly pending: number;
  /** Lets failed requests be asked again (a new focus, a new size). */
  readonly clearFailures: () => void;
  /** Asks every request of the view again (the graph's data changed); the old answers stay drawn meanwhile. */
  readonly reload: () => void;
}

function needsOf(focusId: string, { depth, limit, expanded, path }: GraphNeeds): Need[] {
  const list: Need[] = [
    {
      key: baseKey(focusId, depth, limit),
      type: 'subgraph',
      load: (signal) => neighborhood(focusId, { depth, limit, signal }),
    },
    ...expanded.map((id): Need => ({
      key: expansionKey(id),
      type: 'subgraph',
      load: (signal) => neighborhood(id, { depth: 1, limit: EXPANSION_LIMIT, signal }),
    })),
  ];
  if (path) {
    list.push({
      key: pathKey(path),
      type: 'paths',
      load: (signal) => fetchPaths(path.from, path.to, { maxLength: PATH_MAX_LENGTH, limit: path.k, signal }),
    });
  }
  return list;
}

export function useFetchedGraph(
  focusId: string | null,
  { depth, limit, expanded, path }: GraphNeeds,
  reportError: (error: unknown) => void,
): FetchedGraph {
  const [fetched, setFetched] = useState<Fetched>({ subgraphs: new Map(), paths: new Map() });
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const inflight = useRef(new Map<string, AbortController>());

  const needs = useMemo(
    () => (focusId ? needsOf(focusId, { depth, limit, expanded, path }) : []),
    [focusId, depth, limit, expanded, path],
  );
  const missing = useMemo(
    () =>
      needs.filter(
        (need) => !failed.has(need.key) && !fetched.subgraphs.has(need.key) && !fetched.paths.has(need.key),
      ),
    [needs, failed, fetched],
  );

  // Fetch what the view needs and has not got; stop fetching what it no longer needs.
  useEffect(() => {
    const wanted = new Set(missing.map((need) => need.key));
    for (const [key, controller] of inflight.current) {
      if (!wanted.has(key)) {
        controller.abort();
        inflight.current.delete(key);
      }
    }
    for (const need of missing) {
      if (inflight.current.has(need.key)) continue;
      const controller = new AbortController();
      inflight.current.set(need.key, controller);
      need
        .load(controller.signal)
        .then((result) => {
          setFetched((current) =>
            need.type === 'paths'
              ? { ...current, paths: new Map(current.paths).set(need.key, result as PathsAnswer) }
              : { ...current, subgraphs: new Map(current.subgraphs).set(need.key, result as Subgraph) },
          );
        })
        .catch((value: unknown) => {
          if (controller.signal.aborted) return;
          setFailed((current) => new Set(current).add(need.key));
          reportError(value);
        })
        .finally(() => {
          if (inflight.current.get(need.key) === controller) inflight.current.delete(need.key);
        });
    }
  }, [missing, reportError]);

  useEffect(() => {
    const requests = inflight.current;
    return () => {
      for (const controller of requests.values()) controller.abort();
      requests.clear();
    };
  }, []);

  const clearFailures = useCallback(() => setFailed(new Set()), []);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  // Ask again what is drawn: each answer replaces the old one when it arrives, so the map updates in place.
  useEffect(() => {
    if (generation === 0) return undefined;
    const controllers = needs.map((need) => {
      const controller = new AbortController();
      need
        .load(controller.signal)
        .then((result) =>
          setFetched((current) =>
            need.type === 'paths'
              ? { ...current, paths: new Map(current.paths).set(need.key, result as PathsAnswer) }
              : { ...current, subgraphs: new Map(current.subgraphs).set(need.key, result as Subgraph) },
          ),
        )
        .catch((value: unknown) => {
          if (!controller.signal.aborted) reportError(value);
        });
      return controller;
    });
    return () => {
      for (const controller of controllers) controller.abort();
    };
    // Only a new generation asks again; the needs of the moment are read then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [generation]);
  return { fetched, pending: missing.length, clearFailures, reload };
}
