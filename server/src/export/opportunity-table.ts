/**
 * The 对接 shortlist as a bureau files it: one row per suggested enterprise–institution pair, strongest first,
 * with the score (a calibrated percentage), the signals that make it up and its strongest evidence in words.
 * Built from the shortlist's own pairs (match/opportunities/suggest-partners.ts); names from their answers.
 */
import { NODE_KIND_SPECS, SIGNAL_LABELS, SIGNALS, isNodeKind, registerToday } from '#model';
import type { SuggestedPair } from '../match/opportunities/suggest-partners.ts';
import type { Table } from './table-file.ts';

const percent = (score: number) => Math.round(score * 1000) / 10;

/** The signals that make up a score, largest first: 领域相符 12.1%、合作业绩 5.0% … */
function signalsOf(pair: SuggestedPair): string {
  const { contributions } = pair.recommendation;
  return SIGNALS.filter((signal) => contributions[signal] > 0.0005)
    .sort((a, b) => contributions[b] - contributions[a])
    .map((signal) => `${SIGNAL_LABELS[signal].zh} ${percent(contributions[signal])}%`)
    .join('、');
}

function namesOf(pairs: readonly SuggestedPair[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const pair of pairs) {
    for (const node of pair.answer.evidence.nodes) names.set(node.id, node.name);
    names.set(pair.enterprise.id, pair.enterprise.name);
    names.set(pair.recommendation.node.id, pair.recommendation.node.name);
  }
  return names;
}

export function opportunityTable(
  pairs: readonly SuggestedPair[],
  place: string,
  now: Date = new Date(),
): Table {
  const names = namesOf(pairs);
  const spelled = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join(' → ');
  return {
    title: `对接清单（${place}） ${registerToday(now)}`,
    sheet: '对接清单',
    columns: [
      { header: '序号', type: 'number' },
      { header: '企业名称' },
      { header: '建议对接' },
      { header: '类型' },
      { header: '得分（%）', type: 'number' },
      { header: '构成' },
      { header: '依据' },
    ],
    rows: pairs.map((pair, index) => {
      const { node, evidence } = pair.recommendation;
      return [
        index + 1,
        pair.enterprise.name,
        node.name,
        isNodeKind(node.kind) ? NODE_KIND_SPECS[node.kind].zh : node.kind,
        percent(pair.recommendation.score),
        signalsOf(pair) || null,
        evidence[0] ? spelled(evidence[0].nodes) : null,
      ];
    }),
  };
}
