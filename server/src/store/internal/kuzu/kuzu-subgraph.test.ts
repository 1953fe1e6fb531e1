/** The large graphs' subgraph statement reading relationships by the offsets a traversal gave, on a real embedded database. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherPath } from '../cypher-files.ts';
import { listedRows } from '../subgraph-reads.ts';
import { openKuzuConnections, type KuzuConnections, type Params } from './kuzu-connections.ts';
import { parseSchemaFile } from './kuzu-schema.ts';
import { kuzuListed, kuzuSubgraphStatement, offsetsHeld } from './kuzu-subgraph.ts';

let db: KuzuConnections;
const offsets = new Map<string, number>();

beforeAll(async () => {
  db = await openKuzuConnections({ path: ':memory:', bufferPoolBytes: 64 * 1024 * 1024 });
  for (const statement of parseSchemaFile(readFileSync(cypherPath('kuzu', 'schema'), 'utf8')))
    await db.control(statement);
  await db.exclusive(async () => {
    for (const id of ['e-1', 'e-2', 'e-3'])
      await db.run('CREATE (:Enterprise {id: $id, name: $id, degree: 0, trackRecord: 0})', { id });
    await db.run('CREATE (:University {id: $id, name: $id, degree: 0, trackRecord: 0})', { id: 'u-1' });
    for (const [from, id] of [
      ['e-1', 'r-1'],
      ['e-2', 'r-2'],
      ['e-3', 'r-3'],
    ] as const)
      await db.run(
        'MATCH (a:Enterprise {id: $from}), (b:University {id: $to}) CREATE (a)-[:COOPERATES_WITH {id: $id}]->(b)',
        { from, to: 'u-1', id },
      );
  });
  for (const row of await db.readText('MATCH (n:Enterprise) RETURN n.id AS id, offset(id(n)) AS at'))
    offsets.set(String(row.id), Number(row.at));
});
afterAll(async () => {
  await db.close();
});

/** The relationships out of the listed entities, by their ids, and the statements sent. */
async function readOut(refs: ReadonlyArray<{ id: string; offset?: number }>) {
  const sent: string[] = [];
  const readText = (text: string, params?: Params) => {
    sent.push(text);
    return db.readText(text, params);
  };
  const listed = kuzuListed(readText, async () => 1_000_000, 0);
  const kinded = refs.map((ref) => ({ ...ref, kind: 'Enterprise' as const }));
  const { out } = listedRows(
    await listed(
      kinded.map((ref) => ref.id),
      kinded,
    ),
  );
  return { out: out.map((edge) => `${edge.from}→${edge.id}`).sort(), sent };
}

describe('the subgraph statement of large graphs', () => {
  it('reads a kind by offsets only when every entity of it comes with one', () => {
    const all = kuzuSubgraphStatement(
      ['e-1', 'e-2'],
      [
        { id: 'e-1', kind: 'Enterprise', offset: 0 },
        { id: 'e-2', kind: 'Enterprise', offset: 1 },
      ],
    );
    expect(all.text).toContain('offset(id(a0)) IN $ids0');
    expect(all.params.ids0).toEqual([0, 1]);
    const some = kuzuSubgraphStatement(
      ['e-1', 'e-2'],
      [
        { id: 'e-1', kind: 'Enterprise', offset: 0 },
        { id: 'e-2', kind: 'Enterprise' },
      ],
    );
    expect(some.text).toContain('a0.id IN $ids0');
    expect(some.byOffset).toEqual([]);
  });

  it('reads by the offsets a traversal gave the same relationships as by ids, in one statement', async () => {
    const byIds = await readOut([{ id: 'e-1' }, { id: 'e-3' }]);
    const byOffsets = await readOut([
      { id: 'e-1', offset: offsets.get('e-1')! },
      { id: 'e-3', offset: offsets.get('e-3')! },
    ]);
    expect(byIds.out).toEqual(['e-1→r-1', 'e-3→r-3']);
    expect(byOffsets).toEqual({ out: byIds.out, sent: [expect.stringContaining('offset(id(a0))')] });
  });

  it('reads again by ids when an offset no longer points at its entity', async () => {
    // As if a commit had moved e-1 since the traversal: its offset is e-2's.
    const stale = await readOut([
      { id: 'e-1', offset: offsets.get('e-2')! },
      { id: 'e-3', offset: offsets.get('e-3')! },
    ]);
    expect(stale.out).toEqual(['e-1→r-1', 'e-3→r-3']);
    expect(stale.sent).toHaveLength(2);
    expect(stale.sent[1]).toContain('a0.id IN $ids0');
  });

  it('checks the offsets against each entity’s own, found or not', () => {
    const row = { nodes: [['Enterprise', 'e-1', '', '', '', '', '', '', '', '', '0', '0', '7']] };
    expect(offsetsHeld(row, [{ id: 'e-1', kind: 'Enterprise', offset: 7 }])).toBe(true);
    expect(offsetsHeld(row, [{ id: 'e-1', kind: 'Enterprise', offset: 8 }])).toBe(false);
    expect(offsetsHeld(row, [{ id: 'gone', kind: 'Enterprise', offset: 7 }])).toBe(false);
    expect(offsetsHeld(undefined, [])).toBe(true);
  });
});
