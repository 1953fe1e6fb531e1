import { describe, expect, it } from 'vitest';
import type { EntitySummary } from '../api/answers.ts';
import type { Suggestions } from './opportunities-api.ts';
import {
  enterprisesInView,
  isSuggestionEdge,
  suggestionEdgeId,
  suggestionHighlight,
  suggestionLayer,
} from './suggestion-layer.ts';

const entity = (id: string, kind: string, degree = 1): EntitySummary =>
  ({
    id,
    kind,
    kindLabel: kind,
    name: id.split(':')[1] ?? id,
    nameEn: null,
    aliases: [],
    degree,
  }) as EntitySummary;

const hyhg = entity('enterprise:合益化工', 'Enterprise', 9);
const cas = entity('university:中国科学院', 'University', 5);
const answer: Suggestions = {
  items: [
    {
      enterprise: hyhg,
      recommendation: {
        score: 0.237,
        entity: cas,
        contributions: [],
        evidence: [
          {
            signal: 'network',
            label: '共同关系',
            nodeIds: [hyhg.id, 'university:上海有机所', cas.id],
            edgeIds: ['e1', 'e2'],
            text: '合益化工 → 上海有机所 → 中国科学院',
          },
        ],
      },
    },
  ],
  evidence: { truncated: false, nodes: [], edges: [] },
} as unknown as Suggestions;

describe('the opportunities layer', () => {
  it('asks about the best-connected enterprises in view only', () => {
    const nodes = [
      entity('enterprise:a', 'Enterprise', 1),
      entity('enterprise:b', 'Enterprise', 7),
      cas,
      entity('enterprise:c', 'Enterprise', 3),
    ];
    expect(enterprisesInView(nodes, 2)).toEqual(['enterprise:b', 'enterprise:c']);
  });

  it('draws one dashed edge per suggestion, labelled with its score in both languages, with both ends merged in', () => {
    const layer = suggestionLayer(answer);
    expect(layer.edges).toEqual([
      {
        id: suggestionEdgeId(hyhg.id, cas.id),
        from: hyhg.id,
        to: cas.id,
        labelZh: '建议 24%',
        labelEn: 'suggested 24%',
        score: 0.237,
      },
    ]);
    expect(layer.graph.nodes.map((node) => node.id)).toEqual([hyhg.id, cas.id]);
    expect(isSuggestionEdge(layer.edges[0]?.id ?? '')).toBe(true);
    expect(isSuggestionEdge('COOPERATES_WITH:a->b')).toBe(false);
  });

  it('highlights a chosen suggestion’s evidence and the suggestion itself', () => {
    const item = answer.items[0];
    if (!item) throw new Error('no suggestion');
    expect(suggestionHighlight(item)).toEqual([
      { nodeIds: [hyhg.id, 'university:上海有机所', cas.id], edgeIds: ['e1', 'e2'] },
      { nodeIds: [hyhg.id, cas.id], edgeIds: [suggestionEdgeId(hyhg.id, cas.id)] },
    ]);
  });
});
