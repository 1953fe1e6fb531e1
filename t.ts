import { createKuzuStore } from './server/src/store/kuzu/create-kuzu-store.ts';
import { importSeedDirectory } from './server/src/ingest/seed-if-empty.ts';
import { describeProblem } from './server/src/ingest/import-problem.ts';
const s = await createKuzuStore({ path: ':memory:' });
const r = await importSeedDirectory(s, 'seed/kenli');
console.log(JSON.stringify(r.counts), r.problems.map(describeProblem), r.nodesWritten, r.edgesWritten);
const r2 = await importSeedDirectory(s, 'seed/kenli');
console.log(JSON.stringify(r2.counts), r2.problems.length, r2.nodesWritten, r2.edgesWritten);
const sub = await s.neighborhood({
  id: 'enterprise:合益化工',
  depth: 1,
  kinds: ['Enterprise', 'University', 'Project', 'Region', 'Programme', 'Domain'],
  limit: 100,
});
console.log(
  sub.nodes.map((n) => n.name),
  sub.edges.map((e) => `${e.kind} ${e.from} ${e.to} ${JSON.stringify(e.props)}`),
);
await s.close();
