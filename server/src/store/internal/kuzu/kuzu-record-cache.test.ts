import { describe, expect, it } from 'vitest';
import { commitClock } from './per-commit.ts';
import { recordCache } from './kuzu-record-cache.ts';

/** A statement's row for these entities: each with one relationship out to `hub`. */
const rowFor = (ids: readonly string[]) => ({
  nodes: ids.map((id) => ['Enterprise', id, `名称${id}`]),
  out0: ids.map((id) => ['COOPERATES_WITH', `rel-${id}`, id, 'hub', '{}', '[]', 'University']),
});
const everyOut = () => true;

describe('the entities remembered between commits', () => {
  it('gives what it read before without reading it again, in the order asked, absent ids too', () => {
    const clock = commitClock();
    const cache = recordCache(clock);
    const first = cache.split(['a', 'b', 'nobody'], everyOut);
    expect(first.missing).toEqual(['a', 'b', 'nobody']);
    cache.merge(['a', 'b', 'nobody'], first, { startedAt: clock.now(), row: rowFor(['a', 'b']) }, everyOut);
    const second = cache.split(['nobody', 'b', 'c'], everyOut);
    expect(second.missing).toEqual(['c']);
    const row = cache.merge(
      ['c', 'b', 'nobody'],
      second,
      { startedAt: clock.now(), row: rowFor(['c']) },
      everyOut,
    );
    expect((row.nodes as unknown[][]).map((node) => node[1])).toEqual(['c', 'b']);
    expect((row.out0 as unknown[][]).map((edge) => edge[1])).toEqual(['rel-c', 'rel-b']);
  });

  it('forgets everything once a commit ends, and keeps nothing read across one', async () => {
    const clock = commitClock();
    const cache = recordCache(clock);
    const before = clock.now();
    const split = cache.split(['a'], everyOut);
    await clock.counting(Promise.resolve());
    const row = cache.merge(['a'], split, { startedAt: before, row: rowFor(['a']) }, everyOut);
    expect((row.nodes as unknown[]).length).toBe(1);
    expect(cache.split(['a'], everyOut).missing).toEqual(['a']);
    const now = clock.now();
    cache.merge(['a'], cache.split(['a'], everyOut), { startedAt: now, row: rowFor(['a']) }, everyOut);
    expect(cache.split(['a'], everyOut).missing).toEqual([]);
    await clock.counting(Promise.reject(new Error('a failed write ends too'))).catch(() => undefined);
    expect(cache.split(['a'], everyOut).missing).toEqual(['a']);
  });

  it('reads an entity again when its relationships are wanted and were not read, and gives none unwanted', () => {
    const clock = commitClock();
    const cache = recordCache(clock);
    const none = () => false;
    const columnsOnly = cache.split(['a'], none);
    const row = cache.merge(
      ['a'],
      columnsOnly,
      { startedAt: clock.now(), row: { nodes: rowFor(['a']).nodes } },
      none,
    );
    expect(row.out0).toEqual([]);
    expect(cache.split(['a'], none).missing).toEqual([]);
    expect(cache.split(['a'], everyOut).missing).toEqual(['a']);
    cache.merge(
      ['a'],
      cache.split(['a'], everyOut),
      { startedAt: clock.now(), row: rowFor(['a']) },
      everyOut,
    );
    const again = cache.split(['a'], none);
    expect(again.missing).toEqual([]);
    expect(cache.merge(['a'], again, { startedAt: clock.now(), row: undefined }, none).out0).toEqual([]);
  });

  it('lets the least recently used entities go beyond its capacity', () => {
    const clock = commitClock();
    const cache = recordCache(clock, 2);
    const read = (ids: string[]) =>
      cache.merge(ids, cache.split(ids, everyOut), { startedAt: clock.now(), row: rowFor(ids) }, everyOut);
    read(['a', 'b']);
    expect(cache.split(['a'], everyOut).missing).toEqual([]);
    read(['c']);
    expect(cache.split(['b'], everyOut).missing).toEqual(['b']);
    expect(cache.split(['a', 'c'], everyOut).missing).toEqual([]);
  });
});
