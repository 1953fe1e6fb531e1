/**
 * The settings every GraphStore keeps with its graph, run for each backend beside the store contract:
 * opaque text by key, saved whole and replaced whole, and never part of the graph (no entity, no count, no
 * change set, no new graph version).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { NODE_KINDS, normalizeName } from '#model';
import type { GraphStore } from '../src/store/index.ts';
import { FIXTURE } from './define-store-contract.ts';

interface StoreFactory {
  create(): Promise<GraphStore>;
}

/** A JSON text of about 400 KB, with the characters that break naive quoting. */
function largeValue(): string {
  const rows = Array.from({ length: 4_000 }, (_, i) => ({
    id: `e-${i}`,
    name: `合益化工${i}号 "引号" \\反斜杠\\ 'single'`,
    note: 'line\nbreak\ttab, comma; semicolon',
  }));
  return JSON.stringify({ layout: 'force', rows });
}

export function defineSettingsContract(backend: string, factory: StoreFactory): void {
  describe(`settings: ${backend}`, () => {
    let store: GraphStore;

    beforeEach(async () => {
      store = await factory.create();
      return async () => {
        await store.close();
      };
    });

    it('reads null for a setting never saved', async () => {
      expect(await store.setting('graph.layout')).toBeNull();
    });

    it('reads a setting back as saved, and a second save replaces it', async () => {
      await store.saveSetting('graph.layout', '{"zoom":1.5}');
      expect(await store.setting('graph.layout')).toBe('{"zoom":1.5}');
      await store.saveSetting('graph.layout', '{"zoom":2}');
      expect(await store.setting('graph.layout')).toBe('{"zoom":2}');
      await store.saveSetting('graph.layout', '');
      expect(await store.setting('graph.layout')).toBe('');
    });

    it('keeps each key’s value apart from the others', async () => {
      await store.saveSetting('a', '1');
      await store.saveSetting('b', '2');
      await store.saveSetting('a', '3');
      expect([await store.setting('a'), await store.setting('b'), await store.setting('c')]).toEqual([
        '3',
        '2',
        null,
      ]);
    });

    it('keeps a value of a few hundred kilobytes exactly', async () => {
      const value = largeValue();
      expect(value.length).toBeGreaterThan(300_000);
      await store.saveSetting('big', value);
      expect(await store.setting('big')).toBe(value);
      await store.saveSetting('big', value.slice(0, 1_000));
      expect(await store.setting('big')).toBe(value.slice(0, 1_000));
    });

    it('is not an entity: not counted, listed, searched or found, and not a change to the graph', async () => {
      await store.write(FIXTURE, { editor: 'seed', kind: 'seed' });
      const before = {
        counts: await store.counts(),
        names: await store.listNames(),
        top: await store.topByDegree(100),
        version: await store.graphVersion(),
        changes: (await store.changeSets({ limit: 10, offset: 0 })).total,
      };
      // Keys and values that look like entities.
      await store.saveSetting('e-settings', '合益化工');
      await store.saveSetting('合益化工', '{"id":"e-heyi","name":"合益化工"}');
      expect(await store.counts()).toEqual(before.counts);
      expect(await store.listNames()).toEqual(before.names);
      expect(await store.topByDegree(100)).toEqual(before.top);
      expect(await store.graphVersion()).toBe(before.version);
      expect((await store.changeSets({ limit: 10, offset: 0 })).total).toBe(before.changes);
      expect(await store.getNodes(['e-settings', '合益化工'])).toEqual([]);
      expect((await store.kindsOf(['e-settings', '合益化工'])).size).toBe(0);
      const found = await store.searchCandidates({
        terms: [normalizeName('合益化工')],
        mode: 'any',
        kinds: NODE_KINDS,
        limit: 20,
      });
      expect(found.nodes.map((each) => each.id)).toEqual(['e-heyi']);
      expect(await store.setting('合益化工')).toBe('{"id":"e-heyi","name":"合益化工"}');
    });
  });
}
