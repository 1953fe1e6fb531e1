/**
 * Fault injection for crash tests: a named point in a write (e.g. `before-commit`, inside the transaction
 * with every statement sent) where, when KG_FAIL_POINT names it, the process says so on stderr and waits
 * for ever. A test kills it there, so "killed mid-write" happens at a known point, not when a timer
 * happens to fire. Without the variable a fail point costs one comparison.
 */

export type FailPointName = 'before-commit';

export const FAIL_POINT_ENV = 'KG_FAIL_POINT';

/** The line written to stderr when the point is reached. */
export function failPointMessage(name: FailPointName): string {
  return `fail point reached: ${name}`;
}

export async function failPoint(name: FailPointName): Promise<void> {
  if (process.env[FAIL_POINT_ENV] !== name) return;
  process.stderr.write(`${failPointMessage(name)}\n`);
  // Never resolves; the interval keeps the event loop (and so the process) alive until it is killed.
  await new Promise<never>(() => setInterval(() => undefined, 60_000));
}
