/**
 * The reads over the whole graph that both backends write the same way, one named statement each
 * (cypher/<backend>/<name>.cypher): every entity's names, every relationship's ends and outline, the
 * graph's version, a stored setting.
 */
import type { GraphStore } from '../graph-store.ts';
import { decodeEdgeOutline, decodeEntityName, decodeGraphVersion } from './record-codec.ts';

type Row = Record<string, unknown>;

export type WholeGraphReads = Pick<
  GraphStore,
  'listNames' | 'allEdgeEnds' | 'allEdgeOutlines' | 'graphVersion' | 'setting'
>;

export function wholeGraphReads(read: (name: string, params?: Row) => Promise<Row[]>): WholeGraphReads {
  return {
    async listNames() {
      return (await read('all-names')).flatMap((row) => decodeEntityName(row) ?? []);
    },
    async allEdgeEnds() {
      const rows = await read('all-edge-ends');
      return rows.map((row) => ({ from: String(row.from), to: String(row.to) }));
    },
    async allEdgeOutlines() {
      return (await read('all-edge-outlines')).map(decodeEdgeOutline);
    },
    async graphVersion() {
      return decodeGraphVersion((await read('graph-version'))[0]);
    },
    async setting(key) {
      const [row] = await read('setting', { key });
      return typeof row?.value === 'string' ? row.value : null;
    },
  };
}
