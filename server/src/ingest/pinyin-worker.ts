/**
 * Runs in a worker thread during large imports: the pinyin forms of names (the costliest part of writing
 * an entity's search keys), computed by the same function the main thread would use.
 */
import { parentPort } from 'node:worker_threads';
import { pinyinForms } from '#model';

parentPort?.on('message', (names: string[]) => {
  parentPort?.postMessage(names.map((name) => [name, pinyinForms(name)]));
});
