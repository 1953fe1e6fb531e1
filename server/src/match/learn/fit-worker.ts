/**
 * The fit's second thread (fit-in-worker.ts): fits the ranking model on the history graph it was given and
 * posts the outcome back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fitFromHistory } from './fit-from-history.ts';
import type { FitRequest } from './fit-in-worker.ts';

const { graph, options } = workerData as FitRequest;
parentPort?.postMessage(fitFromHistory(graph, options));
