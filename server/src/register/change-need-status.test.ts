/**
 * Two editors moving the same need at once, on every backend: each checks the move against the status it
 * read, so without the write's expectation both would land and the history would show two moves from one
 * status. One lands; the other is refused as CONFLICT, and the need and its history show one move.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { deriveId } from '#model';
import type { GraphStore } from '../store/index.ts';
import { testBackends } from '../../test-support/test-backends.ts';
import { changeNeedStatus } from './change-need-status.ts';
import { recordNeed } from './record-need.ts';

const ENTERPRISE = deriveId('Enterprise', '合益化工');
const NOW = new Date('2024-05-01T08:00:00+08:00');

describe.each(testBackends())('moving a need on $name', (backend) => {
  let store: GraphStore;
  let needId: string;
  beforeEach(async () => {
    store = await backend.create();
    await store.write({
      nodes: [
        {
          id: ENTERPRISE,
          kind: 'Enterprise',
          name: '合益化工',
          aliases: [],
          keywords: [],
          props: {},
          stats: [],
          sources: [],
        },
      ],
      edges: [],
    });
    const recorded = await recordNeed(
      store,
      '王敏',
      { enterpriseId: ENTERPRISE, name: '硼烷提纯工艺', raisedOn: '2024-03-01' },
      NOW,
    );
    needId = recorded.need.id;
    return () => store.close();
  });

  it('lands one of two moves made at once from the same status and refuses the other as CONFLICT', async () => {
    const outcomes = await Promise.allSettled([
      changeNeedStatus(store, '王敏', { id: needId, status: '对接中', on: '2024-04-10' }, NOW),
      changeNeedStatus(store, '李强', { id: needId, status: '已关闭', on: '2024-04-11' }, NOW),
    ]);
    const landed = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value.to] : []));
    const refused = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
    expect(landed).toHaveLength(1);
    expect(refused).toMatchObject([{ code: 'CONFLICT', message: expect.stringContaining('待对接') }]);
    const [need] = await store.getNodes([needId]);
    expect(need?.props.status).toBe(landed[0]);
    const history = await store.changeSets({ entityId: needId, limit: 10, offset: 0 });
    expect(history.total).toBe(2);
  });

  it('still moves a need step by step when nobody else does', async () => {
    await changeNeedStatus(store, '王敏', { id: needId, status: '对接中', on: '2024-04-10' }, NOW);
    const solved = await changeNeedStatus(
      store,
      '王敏',
      { id: needId, status: '已解决', on: '2024-04-20' },
      NOW,
    );
    expect(solved).toMatchObject({ from: '对接中', to: '已解决' });
  });
});
