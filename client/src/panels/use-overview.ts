// What the dashboard shows beyond the counts: the overview (kinds, brokers, clusters) and the region entity with
// its statistics, each fetched when the dashboard opens (the region again when it changes).
import { useEffect, useEffectEvent, useState } from 'react';
import type { Entity, Overview } from '../api/answers.ts';
import { isAbort } from '../api/graphql-request.ts';
import { entity as fetchEntity, overview as fetchOverview } from '../api/queries.ts';

export const DASHBOARD_LIMIT = 8;

export function useOverview(
  regionId: string | null,
  onError: (error: unknown) => void,
): { readonly overview: Overview | null; readonly region: Entity | null } {
  const [overview, setOverview] = useState<Overview | null>(null);
  const [region, setRegion] = useState<Entity | null>(null);
  const reportError = useEffectEvent((error: unknown) => onError(error));

  useEffect(() => {
    const controller = new AbortController();
    fetchOverview({ limit: DASHBOARD_LIMIT, signal: controller.signal })
      .then(setOverview)
      .catch((error: unknown) => {
        if (!isAbort(error)) reportError(error);
      });
    return () => controller.abort();
  }, []);

  useEffect(() => {
    if (!regionId) return undefined;
    const controller = new AbortController();
    fetchEntity(regionId, { signal: controller.signal })
      .then(setRegion)
      .catch((error: unknown) => {
        if (!isAbort(error)) reportError(error);
      });
    return () => controller.abort();
  }, [regionId]);

  return { overview, region };
}
