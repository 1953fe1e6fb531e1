/**
 * The bilingual messages of matching (中文 / English): ambiguous names, names not found, rows held for
 * review, endpoints the domain does not connect. Names are quoted shortened (quote-cell.ts).
 */
import { NODE_KIND_SPECS, REL_KIND_SPECS, type NodeKind, type RelKind } from '#model';
import type { Candidate, NameIndex } from './name-index.ts';
import { quoteCell } from './quote-cell.ts';

function kindText(kinds: readonly NodeKind[]): string {
  return kinds.map((kind) => NODE_KIND_SPECS[kind].zh).join('/');
}

function names(ids: readonly string[], index: NameIndex): string {
  return ids.map((id) => `${index.byId.get(id)?.name ?? id}（${id}）`).join('、');
}

/** 可能是：X（0.62）… / it may be: X (0.62) … — empty without candidates. */
export function describeCandidates(candidates: readonly Candidate[]): string {
  if (candidates.length === 0) return '';
  const shown = candidates
    .slice(0, 3)
    .map((candidate) => `${candidate.name}（${candidate.score.toFixed(2)}）`)
    .join('、');
  return `；相近的有 close names: ${shown}`;
}

export const describeNames = {
  several: (name: string, ids: readonly string[], index: NameIndex) =>
    `“${quoteCell(name)}”与多个已有实体相符：${names(ids, index)}；未导入，请填写编号或修改名称 / “${quoteCell(name)}” matches several entities (${ids.join(', ')}); not imported: give an id or a more precise name`,
  severalRefs: (ref: string, kinds: readonly NodeKind[], ids: readonly string[], index: NameIndex) =>
    `“${quoteCell(ref)}”对应多个${kindText(kinds)}：${names(ids, index)}；未建立关系，请写全称或编号 / “${quoteCell(ref)}” matches several entities (${ids.join(', ')}); no relationship made: write the full name or the id`,
  notFound: (ref: string, kinds: readonly NodeKind[]) =>
    `找不到“${quoteCell(ref)}”（${kindText(kinds)}），也无法从名称判断类型；请先导入它或写全称 / no ${kinds.join('/')} named “${quoteCell(ref)}”, and its kind cannot be told from the name; import it first or write its full name`,
  held: (ref: string, candidates: readonly Candidate[]) =>
    `“${quoteCell(ref)}”可能是已有实体，待确认后再建立关系 / “${quoteCell(ref)}” may be an entity already in the graph; held for review, no relationship made${describeCandidates(candidates)}`,
  region: (region: string, ids: readonly string[], index: NameIndex) =>
    ids.length === 0
      ? `找不到地区“${quoteCell(region)}” / no region named “${quoteCell(region)}”`
      : `地区“${quoteCell(region)}”对应多个实体：${names(ids, index)} / “${quoteCell(region)}” matches several regions`,
  aliasNotAdded: (alias: string, name: string, found: number) =>
    found === 0
      ? `别名“${alias}”指向的“${name}”不存在，未添加 / the alias “${alias}” names “${name}”, which does not exist; not added`
      : `别名“${alias}”指向的“${name}”对应多个实体，未添加 / “${name}” for the alias “${alias}” matches several entities; not added`,
};

export const describeKinds = {
  idTaken: (id: string, holder: NodeKind, wanted: NodeKind) =>
    `编号 ${quoteCell(id)} 已属于${NODE_KIND_SPECS[holder].zh}（${holder}），不能用于${NODE_KIND_SPECS[wanted].zh} / id ${quoteCell(id)} already belongs to a ${holder}, not a ${wanted}`,
  endpoints: (kind: RelKind, fromZh: string, toZh: string, from: NodeKind, to: NodeKind) => {
    const spec = REL_KIND_SPECS[kind];
    return `“${spec.zh}”关系不能从${fromZh}指向${toZh}（允许：${kindText(spec.from)} → ${kindText(spec.to)}） / a ${kind} relationship cannot go from ${from} to ${to}`;
  },
};
