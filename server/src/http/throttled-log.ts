/**
 * Client mistakes logged at warn level, one line each, and each distinct mistake at most once a minute:
 * anyone can send bad requests, and they must not bury the real faults in the log.
 */
import type { Logger } from 'pino';

export interface ThrottledLog {
  warn(code: string, message: string): void;
}

const WINDOW_MS = 60_000;
const MAX_KEYS = 1_000;

export function createThrottledLog(logger: Logger, now: () => number = Date.now): ThrottledLog {
  const seen = new Map<string, { since: number; suppressed: number }>();
  return {
    warn(code, message) {
      const line = message.split('\n')[0]?.slice(0, 200) ?? '';
      const key = `${code} ${line}`;
      const time = now();
      const entry = seen.get(key);
      if (entry && time - entry.since < WINDOW_MS) {
        entry.suppressed += 1;
        return;
      }
      if (seen.size >= MAX_KEYS) seen.clear();
      seen.set(key, { since: time, suppressed: 0 });
      const repeated = entry?.suppressed ? { repeatedBefore: entry.suppressed } : {};
      logger.warn({ code, ...repeated }, `client error: ${line}`);
    },
  };
}
