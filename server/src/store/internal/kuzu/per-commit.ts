/**
 * Reads remembered until the next write: the embedded database belongs to this process alone (a second
 * process cannot open it), so every commit passes through its writer lane, and a counter bumped as each
 * piece of writer work ends says when a remembered answer may have changed. Used for whole-graph answers
 * that cost a scan of every table on each call (the counts per kind, the graph's version, the field tree).
 */

export interface CommitClock {
  /** How many pieces of writer work have ended. */
  now(): number;
  /** Runs writer work, counting it as ended however it ends. */
  counting<T>(work: Promise<T>): Promise<T>;
}

export function commitClock(): CommitClock {
  let ended = 0;
  return {
    now: () => ended,
    counting: (work) =>
      work.finally(() => {
        ended++;
      }),
  };
}

/**
 * The read, answered once per commit: callers between two writes share one answer. An answer begun
 * before a write ended is never given after it (its commit count is older); a failed read is not kept.
 */
export function perCommit<T>(clock: CommitClock, read: () => Promise<T>): () => Promise<T> {
  let held: { readonly at: number; readonly answer: Promise<T> } | undefined;
  return () => {
    if (held && held.at === clock.now()) return held.answer;
    const entry = { at: clock.now(), answer: read() };
    held = entry;
    entry.answer.catch(() => {
      if (held === entry) held = undefined;
    });
    return entry.answer;
  };
}

/**
 * As perCommit, for a read with arguments: answers by key until the next write, the least recently used
 * let go beyond `capacity`. Callers must not change an answer (it is shared).
 */
export function perCommitByKey(
  clock: CommitClock,
  capacity: number,
): <T>(key: string, read: () => Promise<T>) => Promise<T> {
  let at = clock.now();
  const held = new Map<string, Promise<unknown>>();
  return <T>(key: string, read: () => Promise<T>): Promise<T> => {
    if (at !== clock.now()) {
      held.clear();
      at = clock.now();
    }
    const known = held.get(key);
    if (known) {
      held.delete(key);
      held.set(key, known);
      return known as Promise<T>;
    }
    const startedAt = clock.now();
    const answer = read();
    held.set(key, answer);
    if (held.size > capacity) held.delete(held.keys().next().value as string);
    const forget = () => {
      if (held.get(key) === answer) held.delete(key);
    };
    // A write that ended while the read ran may have changed its answer: give it to this caller only.
    answer.then(() => {
      if (clock.now() !== startedAt) forget();
    }, forget);
    return answer;
  };
}
