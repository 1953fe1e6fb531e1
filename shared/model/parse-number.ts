/**
 * Numbers as planners write them in spreadsheets: 5亿元, 2565.89万元, 30%, 1,000, 1000余, full-width digits.
 * Returns null when the text is not a number, so the caller can say which cell was wrong.
 */

const UNITS: ReadonlyArray<[RegExp, number]> = [
  [/亿(元)?$/u, 1e8],
  [/万(元)?$/u, 1e4],
  [/%$/u, 0.01],
  [/元$/u, 1],
];

export function parseNumber(raw: string): number | null {
  let text = raw
    .normalize('NFKC')
    .replace(/[,\s]/gu, '')
    .replace(/(余|多|左右|以上)$/u, '');
  if (text === '') return null;
  let factor = 1;
  for (const [pattern, multiplier] of UNITS) {
    if (pattern.test(text)) {
      factor = multiplier;
      text = text.replace(pattern, '').replace(/(余|多)$/u, '');
      break;
    }
  }
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/iu.test(text)) return null;
  // Round away binary noise such as 2565.89 * 1e4 = 25658900.000000004.
  return Number((Number(text) * factor).toPrecision(12));
}
