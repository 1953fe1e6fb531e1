import { describe, expect, it } from 'vitest';
import type { NodeKind } from '#model';
import { edge, node } from '../../../test-support/define-store-contract.ts';
import { planWriteBatch, refuseTakenIds } from './plan-write-batch.ts';

/** The stored kinds a backend would report, and the ids it was asked about. */
function storedKinds(kinds: Record<string, NodeKind>) {
  const asked: string[][] = [];
  const lookup = async (ids: readonly string[]) => {
    asked.push([...ids]);
    return new Map(ids.flatMap((id) => (kinds[id] ? [[id, kinds[id]] as const] : [])));
  };
  return { asked, lookup };
}

describe('planWriteBatch', () => {
  it('creates new relationships that touch a new entity and upserts those between existing ones', async () => {
    const { asked, lookup } = storedKinds({ 'u-old': 'University', 'r-old': 'Region' });
    const plan = await planWriteBatch(
      {
        nodes: [],
        edges: [],
        newNodes: [node('Enterprise', 'e-new', '新企业')],
        newEdges: [edge('COOPERATES_WITH', 'e-new', 'u-old'), edge('LOCATED_IN', 'u-old', 'r-old')],
      },
      lookup,
    );
    expect(plan.freshGroups.flatMap((group) => group.edges.map((each) => each.id))).toEqual([
      'COOPERATES_WITH:e-new->u-old',
    ]);
    expect(plan.upsertGroups.map((group) => [group.kind, group.from, group.to])).toEqual([
      ['LOCATED_IN', 'University', 'Region'],
    ]);
    // The batch's own entities are never looked up; the other ends are, once.
    expect(asked).toEqual([[], ['u-old', 'r-old']]);
  });

  it('refuses an id that already belongs to another kind, naming both kinds', async () => {
    const { lookup } = storedKinds({ 'x-1': 'University' });
    await expect(
      planWriteBatch({ nodes: [node('Enterprise', 'x-1', '某企业')], edges: [] }, lookup),
    ).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('University') });
  });

  it('refuses a relationship to an entity that exists nowhere', async () => {
    const { lookup } = storedKinds({});
    await expect(
      planWriteBatch({ nodes: [], edges: [edge('LOCATED_IN', 'e-1', 'r-1')] }, lookup),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
  it('refuses a relationship whose id is not the one derived from its kind and ends', async () => {
    const { lookup } = storedKinds({ 'e-1': 'Enterprise', 'r-1': 'Region' });
    await expect(
      planWriteBatch({ nodes: [], edges: [{ ...edge('LOCATED_IN', 'e-1', 'r-1'), id: 'made-up' }] }, lookup),
    ).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('LOCATED_IN:e-1->r-1') });
  });
});

describe('refuseTakenIds', () => {
  it('passes when no id is taken and names each taken one otherwise', () => {
    expect(() => refuseTakenIds(new Map())).not.toThrow();
    expect(() => refuseTakenIds(new Map([['e-1', 'Enterprise']]))).toThrow(/e-1.*Enterprise/);
  });
});
