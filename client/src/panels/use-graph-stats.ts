// The counts per kind behind the dashboard (the stats query), fetched once.
import { useEffect, useState } from 'react';
import type { Stats } from '../api/answers.ts';
import { stats as fetchStats } from '../api/queries.ts';

export function useGraphStats(onError: (error: unknown) => void): Stats | null {
  const [stats, setStats] = useState<Stats | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetchStats({ signal: controller.signal }).then(setStats, onError);
    return () => controller.abort();
  }, [onError]);
  return stats;
}
