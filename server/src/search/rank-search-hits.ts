/**
 * Orders search candidates the way a planner expects: the exact name first, then aliases, prefixes,
 * substrings, and pinyin last; shorter names before longer ones on a tie. Pure and deterministic.
 */
import { normalizeName, pinyinForms, type GraphNode } from '#model';

export interface RankedHit {
  readonly node: GraphNode;
  readonly score: number;
  /** The name or alias that matched best. */
  readonly matched: string;
}

interface Form {
  readonly key: string;
  readonly display: string;
  /** Weight of an exact match on this form. */
  readonly weight: number;
}

function formsOf(node: GraphNode): Form[] {
  const forms: Form[] = [];
  const names = [node.name, ...node.aliases, node.nameEn ?? ''].filter(Boolean);
  names.forEach((name, index) => {
    const primary = index === 0;
    forms.push({ key: normalizeName(name), display: name, weight: primary ? 100 : 95 });
    const pinyin = pinyinForms(name);
    if (pinyin) {
      forms.push({ key: pinyin.full, display: name, weight: primary ? 60 : 57 });
      forms.push({ key: pinyin.initials, display: name, weight: primary ? 58 : 55 });
    }
  });
  return forms;
}

/** Score of one term against one form: exact > prefix > substring. */
function termScore(term: string, form: Form): number {
  if (!form.key || !term) return 0;
  if (form.key === term) return form.weight;
  if (form.key.startsWith(term)) return form.weight - 15 - Math.min(10, form.key.length - term.length);
  if (form.key.includes(term)) return form.weight - 30 - Math.min(10, form.key.length - term.length);
  return 0;
}

/** Ranks candidates for the given normalised terms; candidates matching no term are dropped. */
export function rankSearchHits(candidates: readonly GraphNode[], terms: readonly string[]): RankedHit[] {
  const hits: RankedHit[] = [];
  for (const node of candidates) {
    const forms = formsOf(node);
    let total = 0;
    let matched = '';
    let bestSingle = 0;
    for (const term of terms) {
      let best = 0;
      for (const form of forms) {
        const score = termScore(term, form);
        if (score > best) best = score;
        if (score > bestSingle) {
          bestSingle = score;
          matched = form.display;
        }
      }
      total += best;
    }
    if (total > 0) hits.push({ node, score: Math.round((total / terms.length) * 100) / 100, matched });
  }
  return hits.sort(
    (a, b) =>
      b.score - a.score ||
      a.node.name.length - b.node.name.length ||
      (a.node.name < b.node.name ? -1 : a.node.name > b.node.name ? 1 : 0),
  );
}
