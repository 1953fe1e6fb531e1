// Formats property values, statistics and provenance for the side panel: shares as percentages, money in 万元/亿元.
import type { Property, Source } from '../api/answers.ts';
import type { Lang, Strings } from '../i18n/strings.ts';

/** Properties declared in yuan (元) in the domain declaration. */
const MONEY_KEYS: ReadonlySet<string> = new Set(['amount', 'investment', 'expectedOutput']);
/** Properties declared as a fraction 0–1. */
const SHARE_KEYS: ReadonlySet<string> = new Set(['share']);

function locale(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-GB';
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits }).format(value);
}

/** 3000 → 3,000 元; 3e6 → 300 万元; 1.25e8 → 1.25 亿元 (English: CNY 125 million). */
export function formatMoney(yuan: number, lang: Lang): string {
  const abs = Math.abs(yuan);
  if (lang === 'en') {
    if (abs >= 1e9) return `CNY ${formatNumber(yuan / 1e9, lang)} billion`;
    if (abs >= 1e6) return `CNY ${formatNumber(yuan / 1e6, lang)} million`;
    return `CNY ${formatNumber(yuan, lang)}`;
  }
  if (abs >= 1e8) return `${formatNumber(yuan / 1e8, lang)} 亿元`;
  if (abs >= 1e4) return `${formatNumber(yuan / 1e4, lang)} 万元`;
  return `${formatNumber(yuan, lang)} 元`;
}

/** 0.3 → 30%; values above 1 are taken as already in percent (30 → 30%). */
export function formatShare(share: number, lang: Lang): string {
  const percent = Math.abs(share) <= 1 ? share * 100 : share;
  return `${formatNumber(percent, lang, 1)}%`;
}

function parseNumber(value: string): number | undefined {
  const trimmed = value.trim().replace(/,/g, '');
  if (trimmed === '') return undefined;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : undefined;
}

function isMoney(property: Pick<Property, 'key' | 'label'>): boolean {
  return MONEY_KEYS.has(property.key) || /[（(](元|CNY)[）)]\s*$/.test(property.label);
}

/** The value as a reader wants it; text that is not a number is shown as it is. */
export function formatPropertyValue(property: Pick<Property, 'key' | 'label' | 'value'>, lang: Lang): string {
  const number = parseNumber(property.value);
  if (number === undefined) return property.value;
  if (SHARE_KEYS.has(property.key)) return formatShare(number, lang);
  if (isMoney(property)) return formatMoney(number, lang);
  return property.value.trim();
}

/** Drops the unit hints (元, CNY, 0–1) from a label when the formatted value already carries the unit. */
export function cleanPropertyLabel(label: string): string {
  return label.replace(/\s*[（(](元|CNY|0[–-]1)[）)]\s*$/, '');
}

export function formatStatistic(value: number, unit: string, lang: Lang): string {
  const number = formatNumber(value, lang);
  return unit ? `${number} ${unit}` : number;
}

/** file › sheet › row, as far as the source tells. */
export function formatSourceLocation(source: Source, t: Strings): string {
  const parts: string[] = [];
  if (source.file) parts.push(source.file);
  if (source.sheet) parts.push(`${t.sheet} ${source.sheet}`);
  if (source.row !== null && source.row !== undefined) parts.push(t.row(source.row));
  if (source.document && source.document !== source.file) parts.push(source.document);
  return parts.join(' › ');
}
