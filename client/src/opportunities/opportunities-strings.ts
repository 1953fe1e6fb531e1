// Every string of the opportunities layer (机会) and the 对接 shortlist, in Chinese and English.
import type { Lang } from '../i18n/strings.ts';

const zh = {
  toggle: '机会',
  toggleTitle: '在图中显示视图内企业最值得对接、尚未合作的伙伴（虚线，标注得分）',
  title: '机会 · 建议对接',
  hint: '虚线是视图内企业尚未合作、最值得对接的伙伴，标注得分；单击虚线，在图中显示依据。',
  loading: '正在计算建议…',
  none: '视图内没有企业，或没有可建议的伙伴。',
  suggestionFor: (enterprise: string, candidate: string) => `${enterprise} → ${candidate}`,
  score: (percent: number) => `得分 ${percent}%`,
  scoreMeaning:
    '得分为校准概率：在本图谱的历史合作中，得分相近的建议里约有这一比例成为了合作。各信号的贡献相加即为得分。',
  shortlistTitle: (place: string) => `${place}对接清单：最值得促成、尚未存在的企业—机构合作`,
  shortlistHint: '单击一行，在图中显示依据。',
  shortlistEmpty: '没有可建议的对接。',
  exportXlsx: '导出 Excel',
  exportCsv: '导出 CSV',
  rank: '序号',
  enterprise: '企业',
  partner: '建议对接',
  modelDefault: '排序模型：默认权重（在三种生成网络上拟合）',
  modelFitted: (date: string) => `排序模型：按本图谱历史拟合（${date}）`,
  modelFigures: (fitted: string, defaults: string) => `验证 MRR：拟合 ${fitted}，默认 ${defaults}`,
  refit: '按历史重新拟合',
  refitting: '正在拟合…',
};

type OpportunitiesStrings = { readonly [K in keyof typeof zh]: (typeof zh)[K] };

const en: OpportunitiesStrings = {
  toggle: 'Opportunities',
  toggleTitle:
    'Show on the map the strongest partners the enterprises in view do not work with yet (dashed, with scores)',
  title: '机会 · Opportunities',
  hint: 'Dashed lines are the strongest partners the enterprises in view do not work with yet, with their score; click one to see its evidence on the map.',
  loading: 'Computing suggestions…',
  none: 'No enterprise in view, or nobody to suggest.',
  suggestionFor: (enterprise: string, candidate: string) => `${enterprise} → ${candidate}`,
  score: (percent: number) => `score ${percent}%`,
  scoreMeaning:
    "The score is a calibrated probability: of the suggestions scored alike on this graph's cooperation history, about this share became cooperations. The signals' contributions add up to it.",
  shortlistTitle: (place: string) =>
    `${place} 对接 shortlist: the strongest enterprise–institution pairs that do not exist yet`,
  shortlistHint: 'Click a row to see its evidence on the map.',
  shortlistEmpty: 'No pair to suggest.',
  exportXlsx: 'Export Excel',
  exportCsv: 'Export CSV',
  rank: 'No.',
  enterprise: 'Enterprise',
  partner: 'Suggested partner',
  modelDefault: 'Ranking model: default weights (fitted on three generated networks)',
  modelFitted: (date: string) => `Ranking model: fitted on this graph's history (${date})`,
  modelFigures: (fitted: string, defaults: string) =>
    `Validation MRR: fitted ${fitted}, defaults ${defaults}`,
  refit: 'Refit on history',
  refitting: 'Fitting…',
};

export const OPPORTUNITIES_STRINGS: Readonly<Record<Lang, OpportunitiesStrings>> = { zh, en };
