// Every UI string of the explorer in Chinese and English, plus kind and relationship names from the domain declaration.
import { NODE_KIND_SPECS, isNodeKind } from '../../../server/src/domain/node-kinds.ts';
import { REL_KIND_SPECS, isRelKind } from '../../../server/src/domain/relationship-kinds.ts';

export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

const zh = {
  appTitle: '产学研知识图谱',
  appTitleEn: 'Industry–Academia Graph',
  langToggle: 'English',
  langToggleTitle: '切换到英文界面',
  searchPlaceholder: '搜索企业、高校、专家、平台……（支持拼音）',
  searchLabel: '搜索实体',
  searching: '搜索中…',
  noHits: '没有匹配的结果',
  matchedBy: (alias: string) => `匹配：${alias}`,
  depthLabel: '展开层数',
  depthOption: (depth: number) => `${depth} 层`,
  graphLabel: '知识图谱画布',
  loadingGraph: '正在加载图谱…',
  graphSummary: (nodes: number, edges: number) => `${nodes} 个实体 · ${edges} 条关系`,
  truncated: '结果较多，已按上限截断',
  graphHint: '单击查看详情 · 双击节点展开邻居 · 滚轮缩放',
  overviewTitle: '图谱概览',
  overviewBackend: (backend: string) => `数据库：${backend}`,
  overviewTotals: (nodes: number, edges: number) => `共 ${nodes} 个实体，${edges} 条关系`,
  overviewNodes: '实体类型',
  overviewEdges: '关系类型',
  overviewEmpty: '在上方搜索，或点击图中的节点查看详情。',
  count: '数量',
  detailTitle: '详情',
  loadingDetail: '正在加载详情…',
  kind: '类型',
  name: '名称',
  nameEn: '英文名',
  aliases: '别名',
  description: '简介',
  keywords: '关键词',
  properties: '属性',
  statistics: '统计数据',
  statLabel: '指标',
  statValue: '数值',
  statAsOf: '截至',
  provenance: '来源',
  noProvenance: '暂无来源记录',
  degree: (n: number) => `关联 ${n} 条`,
  sheet: '工作表',
  row: (n: number) => `第 ${n} 行`,
  document: '文档',
  relationship: '关系',
  from: '起点',
  to: '终点',
  expand: '展开邻居',
  refocus: '以此为中心',
  close: '关闭',
  legendTitle: '图例',
  legendHint: '点击切换显示',
  hiddenKind: '已隐藏',
  dismiss: '关闭提示',
  networkError: '无法连接服务器，请稍后重试。',
  overviewMissing: '未找到“垦利区”，请在上方搜索。',
  unknownKind: '未知类型',
};

export type Strings = typeof zh;

const en: Strings = {
  appTitle: '产学研知识图谱',
  appTitleEn: 'Industry–Academia Graph',
  langToggle: '中文',
  langToggleTitle: 'Switch to Chinese',
  searchPlaceholder: 'Search enterprises, universities, experts, platforms… (pinyin works)',
  searchLabel: 'Search entities',
  searching: 'Searching…',
  noHits: 'No matches',
  matchedBy: (alias: string) => `matched: ${alias}`,
  depthLabel: 'Depth',
  depthOption: (depth: number) => (depth === 1 ? '1 hop' : `${depth} hops`),
  graphLabel: 'Knowledge-graph canvas',
  loadingGraph: 'Loading graph…',
  graphSummary: (nodes: number, edges: number) =>
    `${nodes} ${nodes === 1 ? 'entity' : 'entities'} · ${edges} ${edges === 1 ? 'relationship' : 'relationships'}`,
  truncated: 'Many results: cut at the limit',
  graphHint: 'Click for details · double-click a node to expand · scroll to zoom',
  overviewTitle: 'Overview',
  overviewBackend: (backend: string) => `Store: ${backend}`,
  overviewTotals: (nodes: number, edges: number) => `${nodes} entities, ${edges} relationships`,
  overviewNodes: 'Entity kinds',
  overviewEdges: 'Relationship kinds',
  overviewEmpty: 'Search above, or click a node in the graph to see its details.',
  count: 'Count',
  detailTitle: 'Details',
  loadingDetail: 'Loading details…',
  kind: 'Kind',
  name: 'Name',
  nameEn: 'English name',
  aliases: 'Aliases',
  description: 'Description',
  keywords: 'Keywords',
  properties: 'Properties',
  statistics: 'Statistics',
  statLabel: 'Indicator',
  statValue: 'Value',
  statAsOf: 'As of',
  provenance: 'Sources',
  noProvenance: 'No source recorded',
  degree: (n: number) => `${n} ${n === 1 ? 'relationship' : 'relationships'}`,
  sheet: 'Sheet',
  row: (n: number) => `row ${n}`,
  document: 'Document',
  relationship: 'Relationship',
  from: 'From',
  to: 'To',
  expand: 'Expand neighbours',
  refocus: 'Centre on this',
  close: 'Close',
  legendTitle: 'Legend',
  legendHint: 'Click to show or hide',
  hiddenKind: 'hidden',
  dismiss: 'Dismiss',
  networkError: 'Cannot reach the server. Please try again later.',
  overviewMissing: 'Could not find 垦利区; please search above.',
  unknownKind: 'Unknown kind',
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { zh, en };

/** The display name of a node kind in the given language (falls back to the raw kind for unknown kinds). */
export function nodeKindName(kind: string, lang: Lang): string {
  return isNodeKind(kind) ? NODE_KIND_SPECS[kind][lang] : kind;
}

/** The display name of a relationship kind in the given language. */
export function relKindName(kind: string, lang: Lang): string {
  return isRelKind(kind) ? REL_KIND_SPECS[kind][lang] : kind;
}

/** A property's label in the given language, looked up in the declaration; the server's label otherwise. */
export function propertyLabel(
  owner: { readonly kind: string; readonly isEdge: boolean },
  key: string,
  fallback: string,
  lang: Lang,
): string {
  const specs = owner.isEdge
    ? isRelKind(owner.kind)
      ? REL_KIND_SPECS[owner.kind].properties
      : []
    : isNodeKind(owner.kind)
      ? NODE_KIND_SPECS[owner.kind].properties
      : [];
  const spec = specs.find((s) => s.key === key);
  return spec ? spec[lang] : fallback;
}

/** The entity's name to show: the English name in English when there is one, the Chinese name otherwise. */
export function displayName(entity: { readonly name: string; readonly nameEn?: string | null }, lang: Lang) {
  return lang === 'en' && entity.nameEn ? entity.nameEn : entity.name;
}
