/**
 * `npm run fit:match`: refits the recommender's ranking model on the graph's own cooperation history and
 * stores it with the graph (the app's `fitRankingModel` does the same). Prints how the fitted weights and
 * the defaults did on the held-out cooperations, and whether the fit was kept.
 */
import type { Command } from 'commander';
import { rankingModelOf } from '../match/learn/ranking-model-of.ts';
import type { GraphStore } from '../store/index.ts';

const f3 = (value: number) => value.toFixed(3);

export function addFitCommand(program: Command, open: () => Promise<GraphStore>): void {
  program
    .command('fit')
    .description(
      '用图谱自身的合作历史重新拟合推荐排序模型 · refit the ranking model on the graph’s own history',
    )
    .action(async () => {
      const store = await open();
      try {
        const stored = await rankingModelOf(store, { inProcess: true }).fit();
        const report = stored.model.report;
        if (!report) {
          console.log(`沿用默认权重 · the defaults stay: ${stored.note ?? 'no fit'}`);
          return;
        }
        console.log(
          `留出 held out (${report.split}): ${report.heldOut}; ${report.fitQueries} fit / ${report.validationQueries} validation queries, ${report.seconds.toFixed(1)} s`,
        );
        console.log(
          `验证 validation MRR: fitted ${f3(report.fitted.mrr)} · defaults ${f3(report.defaults.mrr)}; hit@10 fitted ${f3(report.fitted.hitAt10)} · defaults ${f3(report.defaults.hitAt10)}`,
        );
        console.log(
          report.kept
            ? '已采用拟合权重 · the fitted weights are kept'
            : '沿用默认权重 · the defaults stay (the fit did not beat them)',
        );
      } finally {
        await store.close();
      }
    });
}
