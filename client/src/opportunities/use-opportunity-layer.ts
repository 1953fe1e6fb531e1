// The opportunities layer's state: off by default; when on, the suggested partners of the enterprises in view
// (asked again when those change), drawn over the map through the explorer; choosing a suggestion's dashed
// edge shows its evidence. Turning it off takes the layer and its evidence off the map.
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { isAbort } from '../api/graphql-request.ts';
import type { EvidenceOverlay } from '../explore/compose-scene.ts';
import type { Explorer } from '../explore/use-explorer.ts';
import { suggestedPartners, type Suggestion } from './opportunities-api.ts';
import {
  enterprisesInView,
  isSuggestionEdge,
  PER_ENTERPRISE,
  suggestionHighlight,
  suggestionLayer,
  type SuggestionLayer,
} from './suggestion-layer.ts';

export interface OpportunityLayer {
  readonly on: boolean;
  readonly busy: boolean;
  readonly toggle: () => void;
  /** The layer for the enterprises in view, or null while off or on its way. */
  readonly layer: SuggestionLayer | null;
  /** The suggestion whose dashed edge is selected, or null. */
  readonly chosen: Suggestion | null;
}

export function useOpportunityLayer(explorer: Explorer): OpportunityLayer {
  const [on, setOn] = useState(false);
  const [answer, setAnswer] = useState<{ readonly for: string; readonly layer: SuggestionLayer } | null>(
    null,
  );
  const { baseScene, selection, setSuggestions, setEvidence, reportError } = explorer;
  const wanted = useMemo(
    () => (on ? enterprisesInView(baseScene?.graph.nodes ?? []).join('\n') : ''),
    [on, baseScene],
  );
  const report = useEffectEvent((error: unknown) => reportError(error));

  useEffect(() => {
    if (wanted === '') return undefined;
    const controller = new AbortController();
    suggestedPartners(wanted.split('\n'), PER_ENTERPRISE, { signal: controller.signal })
      .then((suggestions) => {
        if (!controller.signal.aborted) setAnswer({ for: wanted, layer: suggestionLayer(suggestions) });
      })
      .catch((error: unknown) => {
        if (!isAbort(error) && !controller.signal.aborted) report(error);
      });
    return () => controller.abort();
  }, [wanted]);

  const layer = on && answer?.for === wanted ? answer.layer : null;
  useEffect(() => {
    setSuggestions(layer ? { graph: layer.graph, edges: layer.edges } : null);
  }, [layer, setSuggestions]);

  const chosen =
    layer && selection?.type === 'edge' && isSuggestionEdge(selection.id)
      ? (layer.byEdge.get(selection.id) ?? null)
      : null;
  // The evidence this layer put on the map, so that only it is taken off again.
  const shown = useRef<EvidenceOverlay | null>(null);
  useEffect(() => {
    if (chosen && layer) {
      shown.current = { graph: layer.evidence, paths: suggestionHighlight(chosen) };
      setEvidence(shown.current);
    } else if (shown.current) {
      shown.current = null;
      setEvidence(null);
    }
  }, [chosen, layer, setEvidence]);

  const toggle = useCallback(() => setOn((value) => !value), []);
  return { on, busy: on && wanted !== '' && answer?.for !== wanted, toggle, layer, chosen };
}
