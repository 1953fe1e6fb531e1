/**
 * A cell's text as a problem message quotes it: at most QUOTED characters, the rest replaced by an
 * ellipsis and the length, so that a report of many problems stays small whatever the cells hold (a 32,000
 * character cell repeated over 10,000 rows is quoted 10,000 times).
 */
export const QUOTED = 80;

export function quoteCell(text: string, max = QUOTED): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}…（共 ${text.length} 字 / ${text.length} characters）`;
}
