/**
 * Runs one statement and tells `onStatement` its text and how long it took, whether it succeeded or not
 * (statement counts in tests, per-statement profiles in bench:api). Both backends send every statement through it.
 */
export type OnStatement = ((text: string, elapsedMs: number) => void) | undefined;

export async function timedStatement<T>(
  onStatement: OnStatement,
  text: string,
  work: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    onStatement?.(text, performance.now() - started);
  }
}
