import { describe, expect, it } from 'vitest';
import { evidenceBasis } from './EngagementAction.tsx';
import { helpRequestOf } from './use-register-page.ts';

describe('asking 谁能帮助 about a need', () => {
  it('asks about its enterprise with its name and details, and remembers which need it was', () => {
    const request = helpRequestOf({
      id: 'need:硼烷衍生物工艺放大',
      name: '硼烷衍生物 工艺放大',
      description: '中试',
      enterprise: { id: 'enterprise:合益化工', name: '合益化工', kind: 'Enterprise' },
    } as Parameters<typeof helpRequestOf>[0]);
    expect(request).toMatchObject({
      enterprise: { id: 'enterprise:合益化工', kind: 'Enterprise' },
      need: '硼烷衍生物 工艺放大 中试',
      needId: 'need:硼烷衍生物工艺放大',
      needName: '硼烷衍生物 工艺放大',
    });
  });

  it('records a candidate’s evidence in words as the 对接’s basis, without repeats', () => {
    const path = (text: string) => ({ signal: 'domain' as const, label: '', nodeIds: [], edgeIds: [], text });
    expect(
      evidenceBasis({
        evidence: [path('硼烷 → 硼烷项目'), path('合益化工 → 上海有机所'), path('硼烷 → 硼烷项目')],
      }),
    ).toBe('硼烷 → 硼烷项目；合益化工 → 上海有机所');
  });
});
