/**
 * The recommender's signals and their names in Chinese and English, declared once: the server scores
 * by them (match/signal-weights.ts holds the weights) and the client labels contributions with them.
 */
export const SIGNALS = ['domain', 'text', 'similarHelped', 'network', 'trackRecord', 'proximity'] as const;
export type Signal = (typeof SIGNALS)[number];

export const SIGNAL_LABELS: Readonly<Record<Signal, { zh: string; en: string }>> = {
  domain: { zh: '领域相符', en: 'field match' },
  text: { zh: '需求关键词', en: 'need keywords' },
  similarHelped: { zh: '服务过同类企业', en: 'helped similar enterprises' },
  network: { zh: '共同关系', en: 'shared connections' },
  trackRecord: { zh: '合作业绩', en: 'track record' },
  proximity: { zh: '地缘与服务', en: 'proximity' },
};
