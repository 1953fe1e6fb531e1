// Finds 垦利区, the region drawn when the address names no focus and whose statistics the dashboard shows.
import { useEffect, useEffectEvent, useState } from 'react';
import { search } from '../api/queries.ts';

/** The region drawn on first load when the address names no focus. */
export const OVERVIEW_REGION = '垦利区';

/** The region's id once found; `onMissing` when the graph has no such region, `onError` when the search fails. */
export function useOverviewRegion(onMissing: () => void, onError: (error: unknown) => void): string | null {
  const [regionId, setRegionId] = useState<string | null>(null);
  const missing = useEffectEvent(onMissing);
  const failed = useEffectEvent(onError);

  useEffect(() => {
    const controller = new AbortController();
    search(OVERVIEW_REGION, { kinds: ['Region'], limit: 5, signal: controller.signal })
      .then((hits) => {
        const region = hits.find((hit) => hit.entity.name === OVERVIEW_REGION) ?? hits[0];
        if (region) setRegionId(region.entity.id);
        else missing();
      })
      .catch((error: unknown) => failed(error));
    return () => controller.abort();
  }, []);

  return regionId;
}
