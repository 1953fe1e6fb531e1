/**
 * Words of Chinese (and English) text for matching: Intl.Segmenter words plus Han character bigrams,
 * normalised, so 硼烷医药中间体 and 医药中间体的衍生品 share 医药, 中间, 间体 … with no dictionary.
 */
import { normalizeName } from '#model';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** Words too common in this domain to say anything. */
const STOP = new Set([
  '有限',
  '公司',
  '企业',
  '技术',
  '合作',
  '项目',
  '研究',
  '开展',
  '进行',
  '国内',
  '相关',
]);

export function textTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  const normal = text.normalize('NFKC');
  for (const { segment, isWordLike } of segmenter.segment(normal)) {
    const word = normalizeName(segment);
    if (isWordLike && word.length >= 2 && !STOP.has(word)) tokens.add(word);
  }
  for (const run of normalizeName(normal).match(/\p{Script=Han}{2,}/gu) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) {
      const bigram = run.slice(i, i + 2);
      if (!STOP.has(bigram)) tokens.add(bigram);
    }
  }
  return tokens;
}

/** Share of the wanted tokens found in the offered ones (0–1). */
export function tokenCoverage(wanted: ReadonlySet<string>, offered: ReadonlySet<string>): number {
  if (wanted.size === 0) return 0;
  let hits = 0;
  for (const token of wanted) if (offered.has(token)) hits++;
  return hits / wanted.size;
}
