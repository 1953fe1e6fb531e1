/**
 * `npm run history` and `npm run undo -- <id>`: the change sets recorded with every write, newest first,
 * and undoing one (refused, with the reason, when later changes touched the same records).
 */
import type { Command } from 'commander';
import { CHANGE_KIND_SPECS, type ChangeSetSummary } from '#model';
import type { GraphStore } from '../store/index.ts';
import { cliEditor } from './open-for-import.ts';

function line(set: ChangeSetSummary): string {
  const counts = set.counts
    .map((count) => `${count.kind} +${count.created} ~${count.updated} -${count.deleted}`)
    .join(', ');
  const state = set.undoneBy ? ` [已撤销 undone by ${set.undoneBy}]` : '';
  const kind = CHANGE_KIND_SPECS[set.kind];
  return `${set.id}\t${set.at}\t${set.editor}\t${kind.zh} ${kind.en}\t${counts}${state}${set.note ? `\t${set.note}` : ''}`;
}

export function addHistoryCommands(program: Command, open: () => Promise<GraphStore>): void {
  program
    .command('history')
    .description('列出变更记录（最新在前） · list change sets, newest first')
    .option('--entity <id>', '只看涉及这个实体的 · only those touching this entity')
    .option('--editor <name>', '只看这位编辑的 · only this editor’s')
    .option('--limit <n>', '最多几条 · how many at most', '20')
    .action(async (options: { entity?: string; editor?: string; limit: string }) => {
      const store = await open();
      try {
        const page = await store.changeSets({
          ...(options.entity ? { entityId: options.entity } : {}),
          ...(options.editor ? { editor: options.editor } : {}),
          limit: Math.max(1, Number(options.limit) || 20),
          offset: 0,
        });
        console.log(`共 ${page.total} 条变更 · ${page.total} change sets`);
        for (const set of page.items) console.log(line(set));
      } finally {
        await store.close();
      }
    });

  program
    .command('undo')
    .description('撤销一条变更 · undo a change set')
    .argument('<id>', '变更编号（见 npm run history） · change set id (see npm run history)')
    .action(async (id: string) => {
      const store = await open();
      try {
        const undo = await store.undoChangeSet(id, cliEditor());
        console.log(`已撤销 undone: ${id}，记为 recorded as ${undo.id}`);
        console.log(line(undo));
      } finally {
        await store.close();
      }
    });
}
