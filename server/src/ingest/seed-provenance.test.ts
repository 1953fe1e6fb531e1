/** The seed says what the article says: every quoted sentence is verbatim from seed/kenli/article.txt. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test-support/start-seeded-app.ts';
import { mapSheet } from './map-sheet.ts';
import { readCsv } from './read-sheet.ts';

const dir = join(REPO_ROOT, 'seed/kenli');
const article = readFileSync(join(dir, 'article.txt'), 'utf8');
const files = readdirSync(dir).filter((file) => file.endsWith('.csv'));

describe('the 垦利区 seed', () => {
  it.each(files)('%s quotes the article verbatim on every row', (file) => {
    const mapped = mapSheet(readCsv(readFileSync(join(dir, file)), file));
    if (!mapped.ok) throw new Error(mapped.problem.message);
    expect(mapped.rows.length).toBeGreaterThan(0);
    for (const row of mapped.rows) {
      expect(row.fields.quote, `${file} row ${row.row}`).toBeTruthy();
      expect(article, `${file} row ${row.row}`).toContain(row.fields.quote);
    }
  });

  it('names no byline person as an entity', () => {
    const names = files.flatMap((file) => {
      const mapped = mapSheet(readCsv(readFileSync(join(dir, file)), file));
      return mapped.ok ? mapped.rows.map((row) => row.fields.name ?? '') : [];
    });
    expect(names).not.toContain('扈建青');
    expect(names).not.toContain('滕继濮');
  });
});
