import { describe, expect, it } from 'vitest';
import { commitClock, perCommit, perCommitByKey } from './per-commit.ts';

/** A read whose answers the test hands out one at a time. */
function controlledRead() {
  const pending: Array<{ resolve: (value: number) => void; reject: (error: Error) => void }> = [];
  let calls = 0;
  const read = () =>
    new Promise<number>((resolve, reject) => {
      calls++;
      pending.push({ resolve, reject });
    });
  return { read, pending, calls: () => calls };
}

describe('a read remembered until the next write', () => {
  it('is shared by callers between two writes and read again after one', async () => {
    const clock = commitClock();
    const source = controlledRead();
    const cached = perCommit(clock, source.read);
    const first = cached();
    const second = cached();
    source.pending[0]?.resolve(1);
    expect(await Promise.all([first, second])).toEqual([1, 1]);
    expect(await cached()).toBe(1);
    expect(source.calls()).toBe(1);
    await clock.counting(Promise.resolve());
    const third = cached();
    source.pending[1]?.resolve(2);
    expect(await third).toBe(2);
    expect(source.calls()).toBe(2);
  });

  it('does not keep an answer begun before a write that ended while it ran, nor a failure', async () => {
    const clock = commitClock();
    const source = controlledRead();
    const cached = perCommit(clock, source.read);
    const early = cached();
    await clock.counting(Promise.reject(new Error('write failed'))).catch(() => undefined);
    source.pending[0]?.resolve(1);
    expect(await early).toBe(1);
    const next = cached();
    source.pending[1]?.reject(new Error('read failed'));
    await expect(next).rejects.toThrow('read failed');
    const last = cached();
    source.pending[2]?.resolve(3);
    expect(await last).toBe(3);
    expect(source.calls()).toBe(3);
  });
});

describe('reads with arguments remembered until the next write', () => {
  it('shares an answer by key, reads other keys apart, and reads again after a write', async () => {
    const clock = commitClock();
    const cached = perCommitByKey(clock, 10);
    let calls = 0;
    const read = (value: string) => () => {
      calls++;
      return Promise.resolve(value);
    };
    expect(
      await Promise.all([cached('a', read('A')), cached('a', read('other')), cached('b', read('B'))]),
    ).toEqual(['A', 'A', 'B']);
    expect(calls).toBe(2);
    await clock.counting(Promise.resolve());
    expect(await cached('a', read('A2'))).toBe('A2');
    expect(calls).toBe(3);
  });

  it('gives an answer begun before a write ended to its caller only, and keeps no failure', async () => {
    const clock = commitClock();
    const cached = perCommitByKey(clock, 10);
    const source = controlledRead();
    const early = cached('k', source.read);
    await clock.counting(Promise.resolve());
    source.pending[0]?.resolve(1);
    expect(await early).toBe(1);
    const later = cached('k', source.read);
    source.pending[1]?.reject(new Error('read failed'));
    await expect(later).rejects.toThrow('read failed');
    const last = cached('k', source.read);
    source.pending[2]?.resolve(3);
    expect(await last).toBe(3);
    expect(source.calls()).toBe(3);
  });

  it('lets the least recently used answers go beyond its capacity', async () => {
    const clock = commitClock();
    const cached = perCommitByKey(clock, 2);
    let calls = 0;
    const read = () => {
      calls++;
      return Promise.resolve(calls);
    };
    await cached('a', read);
    await cached('b', read);
    await cached('a', read);
    await cached('c', read);
    expect(calls).toBe(3);
    await cached('a', read);
    expect(calls).toBe(3);
    await cached('b', read);
    expect(calls).toBe(4);
  });
});
