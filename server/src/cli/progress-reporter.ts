/**
 * An import's progress on stderr: a bar on a terminal, a line per phase otherwise (logs, tests).
 */
import cliProgress from 'cli-progress';
import type { ImportProgress } from '../ingest/import-sheets.ts';

export function progressReporter(): { onProgress: (progress: ImportProgress) => void; stop: () => void } {
  const tty = process.stderr.isTTY === true;
  let bar: cliProgress.SingleBar | null = null;
  let phase = '';
  return {
    onProgress(progress) {
      if (progress.phase !== phase) {
        phase = progress.phase;
        if (bar && phase !== 'reading') {
          bar.stop();
          bar = null;
        }
        const words: Record<ImportProgress['phase'], string> = {
          reading: '读取 reading…',
          resolving: `匹配实体 resolving ${progress.rows} rows…`,
          writing: '写入中 writing…',
          done: '完成 done',
        };
        if (!(tty && phase === 'reading')) process.stderr.write(`${words[progress.phase]}\n`);
      }
      if (tty && progress.phase === 'reading' && progress.bytesTotal) {
        if (!bar) {
          bar = new cliProgress.SingleBar(
            { format: '读取 reading [{bar}] {percentage}% | {rows} rows', stream: process.stderr },
            cliProgress.Presets.shades_classic,
          );
          bar.start(progress.bytesTotal, 0, { rows: 0 });
        }
        bar.update(progress.bytesDone ?? 0, { rows: progress.rows });
      }
    },
    stop() {
      bar?.stop();
    },
  };
}
