/**
 * Text as a planner sees it: characters that show nothing are taken out of everything typed in or read
 * from a sheet. Sheets copied out of web systems and chat carry zero-width spaces, soft hyphens, byte-order
 * marks and direction marks inside names (合益\u200b化工), which look like the name and are not: they made
 * a second company on import. Control characters other than tab and line breaks go too (a CSV's stray NUL,
 * Excel's `_x0007_`). Tabs and line breaks stay: multi-line cells keep their lines, and names collapse
 * their spaces where they are read.
 */

/** Format characters (Unicode Cf: U+200B–U+200F, U+202A–U+202E, U+2060–U+2064, U+2066–U+2069, U+00AD, U+FEFF…) and C0/C1 controls but tab, LF and CR. */
const INVISIBLE = '[\\p{Cf}\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]';
const ANY = new RegExp(INVISIBLE, 'u');
const EVERY = new RegExp(INVISIBLE, 'gu');

export function visibleText(text: string): string {
  // Most cells have none: the test is cheaper than a replace that finds nothing.
  return ANY.test(text) ? text.replace(EVERY, '') : text;
}
