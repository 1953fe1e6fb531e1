// 谁能帮助's requests: asks recommendPartners one question at a time (a new question stops the one on its way),
// keeps the answer and which candidate's evidence is on the map. Unmounting stops the request and takes the
// evidence off the map.
import { useEffect, useRef, useState } from 'react';
import type { Recommendation, Recommendations } from '../api/answers.ts';
import { recommendPartners, type RecommendQuery } from '../api/queries.ts';
import type { EvidenceOverlay } from '../explore/compose-scene.ts';
import { evidenceHighlight } from './who-can-help-view.ts';

export interface RecommendationsState {
  readonly answer: Recommendations | null;
  readonly busy: boolean;
  /** The candidate whose evidence is on the map, or null. */
  readonly active: number | null;
  readonly ask: (query: RecommendQuery) => void;
  /** Shows the candidate's evidence on the map, or takes it off when it is already shown. */
  readonly choose: (index: number, item: Recommendation) => void;
}

export function useRecommendations(
  onEvidence: (evidence: EvidenceOverlay | null) => void,
  onError: (error: unknown) => void,
): RecommendationsState {
  const [answer, setAnswer] = useState<Recommendations | null>(null);
  const [busy, setBusy] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const inflight = useRef<AbortController | null>(null);

  // Closing the panel takes its evidence off the map and stops a question still on its way.
  useEffect(
    () => () => {
      inflight.current?.abort();
      onEvidence(null);
    },
    [onEvidence],
  );

  function ask(query: RecommendQuery) {
    inflight.current?.abort();
    const controller = new AbortController();
    inflight.current = controller;
    setBusy(true);
    setActive(null);
    onEvidence(null);
    recommendPartners(query, { signal: controller.signal })
      .then(setAnswer)
      .catch((error: unknown) => {
        if (!controller.signal.aborted) onError(error);
      })
      .finally(() => {
        if (inflight.current === controller) {
          inflight.current = null;
          setBusy(false);
        }
      });
  }

  function choose(index: number, item: Recommendation) {
    if (!answer || active === index) {
      setActive(null);
      onEvidence(null);
      return;
    }
    setActive(index);
    onEvidence({ graph: answer.evidence, paths: evidenceHighlight(item) });
  }

  return { answer, busy, active, ask, choose };
}
