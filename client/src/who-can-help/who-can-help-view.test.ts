// Tests the pure part of 谁能帮助: the question asked, evidence turned into highlight paths, score and bars.
import { describe, expect, it } from 'vitest';
import type { EntitySummary, Recommendation } from '../api/answers.ts';
import {
  CANDIDATE_LIMIT,
  evidenceHighlight,
  whoCanHelpQuery,
  scorePercent,
  signalBars,
  signalLabel,
} from './who-can-help-view.ts';

function entity(id: string, kind: EntitySummary['kind'] = 'Enterprise'): EntitySummary {
  return { id, kind, kindLabel: kind, name: id.split(':')[1] ?? id, nameEn: null, aliases: [], degree: 1 };
}

const sioc = entity('university:中国科学院上海有机化学研究所', 'University');

function item(evidence: Recommendation['evidence']): Recommendation {
  return { entity: sioc, score: 0.5, contributions: [], evidence };
}

describe('whoCanHelpQuery', () => {
  it('asks nothing without an enterprise or a need', () => {
    expect(whoCanHelpQuery({ enterprise: null, need: '  ', includeExisting: false })).toBeNull();
  });

  it('asks about a typed need alone, trimmed', () => {
    expect(whoCanHelpQuery({ enterprise: null, need: ' 硼烷 医药中间体 ', includeExisting: false })).toEqual({
      enterpriseId: null,
      need: '硼烷 医药中间体',
      limit: CANDIDATE_LIMIT,
      includeExisting: false,
    });
  });

  it('asks about an enterprise with or without a need, and only about an enterprise', () => {
    const heyi = entity('enterprise:合益化工');
    expect(whoCanHelpQuery({ enterprise: heyi, need: '', includeExisting: true })).toEqual({
      enterpriseId: 'enterprise:合益化工',
      need: null,
      limit: CANDIDATE_LIMIT,
      includeExisting: true,
    });
    expect(whoCanHelpQuery({ enterprise: sioc, need: '', includeExisting: false })).toBeNull();
  });
});

describe('evidenceHighlight', () => {
  it('turns each evidence path into node and edge ids to highlight, without repeats', () => {
    const path = {
      signal: 'network' as const,
      label: '共同关系',
      nodeIds: ['enterprise:合益化工', 'project:硼烷项目', sioc.id],
      edgeIds: ['e1', 'e2'],
      text: '合益化工 → 硼烷项目 → 中国科学院上海有机化学研究所',
    };
    const domain = {
      signal: 'domain' as const,
      label: '领域相符',
      nodeIds: [sioc.id, 'domain:硼烷'],
      edgeIds: ['e3'],
      text: '中国科学院上海有机化学研究所 → 硼烷',
    };
    expect(evidenceHighlight(item([path, domain, { ...path, signal: 'trackRecord' }]))).toEqual([
      { nodeIds: path.nodeIds, edgeIds: path.edgeIds },
      { nodeIds: domain.nodeIds, edgeIds: domain.edgeIds },
    ]);
  });

  it('keeps the candidate itself highlighted when no path reaches it', () => {
    expect(evidenceHighlight(item([]))).toEqual([{ nodeIds: [sioc.id], edgeIds: [] }]);
  });
});

describe('score and signal bars', () => {
  it('shows a score as a percentage within 0–100, small ones with two significant digits', () => {
    expect(scorePercent(0.734)).toBe(73);
    expect(scorePercent(1.2)).toBe(100);
    expect(scorePercent(-0.1)).toBe(0);
    expect(scorePercent(Number.NaN)).toBe(0);
    expect(scorePercent(0.032)).toBe(3.2);
    expect(scorePercent(0.00047)).toBe(0.047);
  });

  it('draws one bar per contributing signal, largest first, filled by its share of the score', () => {
    const bars = signalBars(
      [
        { signal: 'proximity', label: '地缘与服务', value: 0.09, weight: 0.18 },
        { signal: 'domain', label: '领域相符', value: 0.3, weight: 0.3 },
        { signal: 'text', label: '需求关键词', value: 0, weight: 0.06 },
      ],
      'en',
    );
    expect(bars).toEqual([
      { signal: 'domain', label: 'field match', points: 30, fill: 0.3 / 0.39 },
      { signal: 'proximity', label: 'proximity', points: 9, fill: 0.09 / 0.39 },
    ]);
  });

  it('names signals in the UI language and keeps the server label for an unknown one', () => {
    expect(signalLabel('network', 'x', 'zh')).toBe('共同关系');
    expect(signalLabel('luck', '运气', 'en')).toBe('运气');
  });
});
