/**
 * Runs a fit on a second thread, so that a large graph's fit never holds up requests: the history graph is
 * sent over, fit-worker.ts fits and answers, and the thread ends. Bounded: past `timeoutMs` the thread is
 * stopped and the fit refused (the caller keeps the model it has). The worker loads TypeScript through
 * tsx, as the main program does (see ingest/pinyin-prefetch.ts).
 */
import { Worker } from 'node:worker_threads';
import type { GraphEdge, GraphNode } from '#model';
import type { FitFromHistoryOptions, FitOutcome } from './fit-from-history.ts';

export interface FitRequest {
  readonly graph: { nodes: GraphNode[]; edges: GraphEdge[] };
  readonly options: FitFromHistoryOptions;
}

export function fitInWorker(request: FitRequest, timeoutMs: number): Promise<FitOutcome> {
  const target = new URL('./fit-worker.ts', import.meta.url).href;
  const code = `const { register } = await import('tsx/esm/api'); register(); await import(${JSON.stringify(target)});`;
  return new Promise<FitOutcome>((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: request });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`the fit took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`));
    }, timeoutMs);
    timer.unref();
    worker.once('message', (outcome: FitOutcome) => {
      clearTimeout(timer);
      resolve(outcome);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`the fit's thread stopped (exit code ${code})`));
    });
  });
}
