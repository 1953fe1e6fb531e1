/**
 * The change-set behaviour every GraphStore must have, run for each backend beside the store contract:
 * every write is recorded with who, when and each record before and after; undo puts the whole graph
 * back exactly, and is itself undoable; an undo that would overwrite newer facts is refused.
 */
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChangeSetSummary } from '#model';
import type { GraphStore } from '../src/store/index.ts';
import { FIXTURE, edge, node } from './define-store-contract.ts';

interface StoreFactory {
  create(): Promise<GraphStore>;
}

/** Every entity and relationship with every field, as one digest, and the records themselves. */
export async function graphSnapshot(
  store: GraphStore,
): Promise<{ digest: string; nodes: number; edges: number }> {
  const names = (await store.listNames()).map((entry) => entry.id).sort();
  const nodes = (await store.getNodes(names)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const edges = (await store.edgesAmong(names)).map((item) => JSON.stringify(item)).sort();
  const digest = createHash('sha256')
    .update(JSON.stringify([nodes, edges]))
    .digest('hex');
  return { digest, nodes: nodes.length, edges: edges.length };
}

const ALICE = { editor: '王敏', kind: 'edit' as const };

export function defineChangeSetContract(backend: string, factory: StoreFactory): void {
  describe(`change sets: ${backend}`, () => {
    let store: GraphStore;
    let seeded: ChangeSetSummary | null;

    beforeEach(async () => {
      store = await factory.create();
      seeded = await store.write(FIXTURE, { editor: 'seed', kind: 'seed' });
      return async () => {
        await store.close();
      };
    });

    it('records a write with its editor, kind, time, counts and each record before and after', async () => {
      expect(seeded).toMatchObject({ editor: 'seed', kind: 'seed', undoes: null, undoneBy: null });
      expect(seeded?.entryCount).toBe(FIXTURE.nodes.length + FIXTURE.edges.length);
      const changed = node('Enterprise', 'e-heyi', '合益化工', { description: '硼同位素' });
      const set = await store.write({ nodes: [changed], edges: [] }, { ...ALICE, note: '改描述' });
      expect(set).toMatchObject({ editor: '王敏', kind: 'edit', note: '改描述', entryCount: 1 });
      expect(set?.counts).toEqual([{ kind: 'Enterprise', created: 0, updated: 1, deleted: 0 }]);
      expect(Date.parse(set?.at ?? '')).toBeGreaterThan(Date.now() - 60_000);
      const full = await store.changeSet(set!.id);
      expect(full?.entries).toEqual([
        { type: 'node', id: 'e-heyi', before: FIXTURE.nodes[0], after: changed },
      ]);
    });

    it('records nothing for a write that changes nothing', async () => {
      expect(await store.write(FIXTURE, ALICE)).toBeNull();
      expect((await store.changeSets({ limit: 10, offset: 0 })).total).toBe(1);
    });

    it('lists change sets newest first, by editor, by entity (its relationships too) and by page', async () => {
      const first = await store.write({ nodes: [node('Need', 'n-new', '新需求')], edges: [] }, ALICE);
      const second = await store.write(
        { nodes: [], edges: [edge('HAS_NEED', 'e-heyi', 'n-new')] },
        { editor: '李青', kind: 'edit' },
      );
      const all = await store.changeSets({ limit: 2, offset: 0 });
      expect(all.total).toBe(3);
      expect(all.items.map((item) => item.id)).toEqual([second!.id, first!.id]);
      expect((await store.changeSets({ limit: 2, offset: 2 })).items.map((item) => item.id)).toEqual([
        seeded!.id,
      ]);
      expect(
        (await store.changeSets({ editor: '王敏', limit: 10, offset: 0 })).items.map((item) => item.id),
      ).toEqual([first!.id]);
      const ofHeyi = await store.changeSets({ entityId: 'e-heyi', limit: 10, offset: 0 });
      expect(ofHeyi.items.map((item) => item.id)).toEqual([second!.id, seeded!.id]);
      const later = await store.changeSets({ since: first!.at, limit: 10, offset: 0 });
      expect(later.items.map((item) => item.id)).toContain(first!.id);
      expect(later.items.map((item) => item.id)).not.toContain(seeded!.id);
    });

    it.each([
      ['an edit', { nodes: [node('Enterprise', 'e-heyi', '合益', { aliases: ['合益化工'] })], edges: [] }],
      [
        'a new entity with a relationship',
        {
          nodes: [],
          edges: [],
          newNodes: [node('Need', 'n-x', '提纯')],
          newEdges: [edge('HAS_NEED', 'e-heyi', 'n-x')],
        },
      ],
      ['deleting a relationship', { nodes: [], edges: [], deleteEdges: [FIXTURE.edges[0]!] }],
      [
        'deleting an entity with its relationships',
        { nodes: [], edges: [], deleteNodes: [{ id: 'u-sioc', kind: 'University' as const }] },
      ],
    ])(
      'undoing %s gives back exactly the graph before, and undoing the undo the graph after',
      async (_name, batch) => {
        const before = await graphSnapshot(store);
        const set = await store.write(batch, ALICE);
        const after = await graphSnapshot(store);
        expect(after.digest).not.toBe(before.digest);
        const undo = await store.undoChangeSet(set!.id, '李青');
        expect(undo).toMatchObject({ kind: 'undo', editor: '李青', undoes: set!.id });
        expect(await graphSnapshot(store)).toEqual(before);
        expect((await store.changeSet(set!.id))?.undoneBy).toBe(undo.id);
        await store.undoChangeSet(undo.id, '李青');
        expect(await graphSnapshot(store)).toEqual(after);
      },
    );

    it('deleting an entity records its relationships as deleted too', async () => {
      const set = await store.write(
        { nodes: [], edges: [], deleteNodes: [{ id: 'u-sioc', kind: 'University' }] },
        ALICE,
      );
      const full = await store.changeSet(set!.id);
      const deleted = full!.entries.filter((entry) => entry.after === null).map((entry) => entry.id);
      expect(deleted).toContain('u-sioc');
      for (const item of FIXTURE.edges.filter((e) => e.from === 'u-sioc' || e.to === 'u-sioc'))
        expect(deleted).toContain(item.id);
    });

    it('refuses to undo a change whose records were changed later, naming the later change', async () => {
      const first = await store.write(
        { nodes: [node('Enterprise', 'e-heyi', '合益化工', { description: '一' })], edges: [] },
        ALICE,
      );
      const second = await store.write(
        { nodes: [node('Enterprise', 'e-heyi', '合益化工', { description: '二' })], edges: [] },
        { editor: '李青', kind: 'edit' },
      );
      const snapshot = await graphSnapshot(store);
      await expect(store.undoChangeSet(first!.id, '王敏')).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringContaining(second!.id),
      });
      expect(await graphSnapshot(store)).toEqual(snapshot);
      await store.undoChangeSet(second!.id, '王敏');
      await store.undoChangeSet(first!.id, '王敏');
      expect((await store.getNodes(['e-heyi']))[0]).toEqual(FIXTURE.nodes[0]);
    });

    it('refuses to undo the creation of an entity that has gained a relationship since', async () => {
      const created = await store.write(
        { nodes: [], edges: [], newNodes: [node('Need', 'n-y', '放大')] },
        ALICE,
      );
      const linked = await store.write({ nodes: [], edges: [edge('HAS_NEED', 'e-heyi', 'n-y')] }, ALICE);
      await expect(store.undoChangeSet(created!.id, '王敏')).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringContaining(linked!.id),
      });
      expect(await store.getNodes(['n-y'])).toHaveLength(1);
    });

    it('refuses to undo a change twice, and an unknown change set is NOT_FOUND', async () => {
      const set = await store.write({ nodes: [node('Need', 'n-z', '检测')], edges: [] }, ALICE);
      const undo = await store.undoChangeSet(set!.id, '王敏');
      await expect(store.undoChangeSet(set!.id, '王敏')).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringContaining(undo.id),
      });
      await expect(store.undoChangeSet('cs-nope', '王敏')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('a refused write records no change set', async () => {
      const attempt = store.write(
        { nodes: [], edges: [edge('COOPERATES_WITH', 'e-heyi', 'u-missing')] },
        ALICE,
      );
      await expect(attempt).rejects.toMatchObject({ code: 'BAD_INPUT' });
      expect((await store.changeSets({ limit: 10, offset: 0 })).total).toBe(1);
    });

    it('refuses a write whose expectation no longer holds, as CONFLICT, and changes nothing', async () => {
      const before = await graphSnapshot(store);
      const renamed = node('Enterprise', 'e-heyi', '合益化工', { props: { legalName: '合益化工集团' } });
      const expecting = (props: Record<string, string | null>, id = 'e-heyi') => ({
        nodes: [renamed],
        edges: [],
        expect: { nodes: [{ id, kind: 'Enterprise' as const, props }] },
      });
      await expect(
        store.write(expecting({ legalName: '东营合益化工有限公司' }), ALICE),
      ).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringContaining('山东合益化工有限公司'),
      });
      await expect(store.write(expecting({ legalName: null }), ALICE)).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      await expect(store.write(expecting({}, 'e-gone'), ALICE)).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await graphSnapshot(store)).toEqual(before);
      expect((await store.changeSets({ limit: 10, offset: 0 })).total).toBe(1);
      // As expected (a property it must not have included): it lands.
      const landed = await store.write(
        expecting({ legalName: '山东合益化工有限公司', founded: null }),
        ALICE,
      );
      expect(landed?.entryCount).toBe(1);
      expect((await store.getNodes(['e-heyi']))[0]?.props.legalName).toBe('合益化工集团');
      // A whole record as read: as it is now, it lands; as it was before the write above, it is refused.
      const [now] = await store.getNodes(['e-heyi']);
      const described = { ...now!, description: '硼同位素' };
      const stale = { nodes: [described], edges: [], expect: { unchanged: [FIXTURE.nodes[0]!] } };
      await expect(store.write(stale, ALICE)).rejects.toMatchObject({ code: 'CONFLICT' });
      const fresh = { nodes: [described], edges: [], expect: { unchanged: [now!] } };
      expect((await store.write(fresh, ALICE))?.entryCount).toBe(1);
      // A relationship as read, the same way.
      const [first] = FIXTURE.edges;
      const [stored] = (await store.edgesAmong([first!.from, first!.to])).filter((e) => e.id === first!.id);
      const edited = { ...stored!, props: { ...stored!.props, share: 0.4 } };
      const oldRead = { ...stored!, props: { ...stored!.props, share: 0.1 } };
      const refused = store.write(
        { nodes: [], edges: [edited], expect: { unchangedEdges: [oldRead] } },
        ALICE,
      );
      await expect(refused).rejects.toMatchObject({ code: 'CONFLICT' });
      const kept = { nodes: [], edges: [edited], expect: { unchangedEdges: [stored!] } };
      expect((await store.write(kept, ALICE))?.entryCount).toBe(1);
    });

    it('of two writes decided on the same state at once, one lands and the other is refused', async () => {
      const seen = { legalName: '山东合益化工有限公司' };
      const move = (legalName: string) =>
        store.write(
          {
            nodes: [node('Enterprise', 'e-heyi', '合益化工', { props: { legalName } })],
            edges: [],
            expect: { nodes: [{ id: 'e-heyi', kind: 'Enterprise', props: seen }] },
          },
          ALICE,
        );
      const outcomes = await Promise.allSettled([move('合益化工甲'), move('合益化工乙')]);
      const landed = outcomes.flatMap((outcome, index) =>
        outcome.status === 'fulfilled' ? [['合益化工甲', '合益化工乙'][index]] : [],
      );
      const refused = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
      expect(landed).toHaveLength(1);
      expect(refused).toMatchObject([{ code: 'CONFLICT' }]);
      expect((await store.getNodes(['e-heyi']))[0]?.props.legalName).toBe(landed[0]);
      expect((await store.changeSets({ limit: 10, offset: 0 })).total).toBe(2);
    });

    it('the graph version changes with every write and every undo, and is stable when nothing changed', async () => {
      const seededVersion = await store.graphVersion();
      expect(seededVersion).not.toBe('');
      expect(await store.graphVersion()).toBe(seededVersion);
      expect(await store.write(FIXTURE, ALICE)).toBeNull();
      await expect(
        store.write({ nodes: [], edges: [edge('COOPERATES_WITH', 'e-heyi', 'u-missing')] }, ALICE),
      ).rejects.toMatchObject({ code: 'BAD_INPUT' });
      expect(await store.graphVersion()).toBe(seededVersion);

      const set = await store.write({ nodes: [node('Need', 'n-new', '新需求')], edges: [] }, ALICE);
      const written = await store.graphVersion();
      expect(written).not.toBe(seededVersion);
      const undo = await store.undoChangeSet(set!.id, '李青');
      const undone = await store.graphVersion();
      expect(new Set([seededVersion, written, undone]).size).toBe(3);
      await store.undoChangeSet(undo.id, '李青');
      const redone = await store.graphVersion();
      expect(new Set([seededVersion, written, undone, redone]).size).toBe(4);
      expect(await store.graphVersion()).toBe(redone);
    });

    it('the graph version changes with a large write of new records on the fast path', async () => {
      const before = await store.graphVersion();
      const nodes = Array.from({ length: 600 }, (_, i) => node('Enterprise', `e-bulk-${i}`, `批量企业${i}`));
      await store.write({
        nodes: [],
        edges: [],
        newNodes: nodes,
        newEdges: nodes.map((each) => edge('LOCATED_IN', each.id, 'r-kenli', { props: { year: 2020 } })),
      });
      const after = await store.graphVersion();
      expect(after).not.toBe(before);
      const outlines = await store.allEdgeOutlines();
      expect(outlines).toHaveLength(FIXTURE.edges.length + 600);
      expect(outlines).toContainEqual({
        id: 'LOCATED_IN:e-bulk-7->r-kenli',
        from: 'e-bulk-7',
        to: 'r-kenli',
        kind: 'LOCATED_IN',
        year: 2020,
      });
    });
  });
}
