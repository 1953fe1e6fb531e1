/**
 * Name normalisation shared by search, import and entity resolution:
 * full-width → half-width (NFKC), case-folding, and removal of spaces and punctuation
 * that vary between spreadsheets (（）[]【】·、 and the like), and of characters that show nothing
 * (visible-text.ts).
 */
import { visibleText } from './visible-text.ts';

const IGNORED = /[\s\u3000()[\]{}【】〔〕《》<>“”"'‘’·•・、,，.。:：;；!！?？\-_—–/\\|]+/gu;

/** The comparable form of a name or a search term. */
export function normalizeName(text: string): string {
  return visibleText(text).normalize('NFKC').toLowerCase().replace(IGNORED, '');
}

/** Whitespace-separated terms of a query, each normalised; empty terms dropped. */
export function queryTerms(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[\s\u3000]+/u)
    .map(normalizeName)
    .filter((term) => term.length > 0);
}
