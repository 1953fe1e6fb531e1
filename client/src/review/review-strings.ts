// Every string of the review queue (待确认), in Chinese and English.
import type { Lang } from '../i18n/strings.ts';

const zh = {
  title: '待确认',
  toggleTitle: '可能是同一个实体的名称：合并或确认不同',
  empty: '没有待确认的名称。',
  total: (n: number) => `共 ${n} 对`,
  score: (percent: number) => `相似度 ${percent}%`,
  proposedBy: '提出：',
  shared: '共同关系：',
  noShared: '没有共同关系',
  keepA: '合并，保留左边',
  keepB: '合并，保留右边',
  apart: '不是同一个',
  scan: '扫描图谱中的重复',
  scanned: (n: number) => (n > 0 ? `新增 ${n} 对待确认。` : '没有发现新的可能重复。'),
  for: '支持',
  against: '反对',
  done: '已处理，可在“变更记录”中撤销。',
};

export type ReviewStrings = typeof zh;

const en: ReviewStrings = {
  title: 'To review',
  toggleTitle: 'Names that may be one entity: merge them or keep them apart',
  empty: 'Nothing to review.',
  total: (n: number) => `${n} pairs`,
  score: (percent: number) => `similarity ${percent}%`,
  proposedBy: 'Proposed by: ',
  shared: 'Linked to both: ',
  noShared: 'no shared relationships',
  keepA: 'Merge, keep the left',
  keepB: 'Merge, keep the right',
  apart: 'Not the same',
  scan: 'Scan the graph for duplicates',
  scanned: (n: number) => (n > 0 ? `${n} new pairs to review.` : 'No new likely duplicates.'),
  for: 'for',
  against: 'against',
  done: 'Done; it can be undone in the History.',
};

export const REVIEW_STRINGS: Readonly<Record<Lang, ReviewStrings>> = { zh, en };
