/**
 * Editing over real HTTP, on every backend under test: an editor signs in once (a signed HttpOnly
 * cookie), corrects a specialist's unit, adds and deletes relationships, sees each change in the history
 * under their name and undoes it exactly; a visitor reads everything and changes nothing; cross-site
 * shaped requests with the cookie are refused; names are matched as imports match them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphSnapshot } from '../../test-support/define-change-set-contract.ts';
import { bureauWorkbook, specialistsCsvGbk } from '../../test-support/bureau-sheets.ts';
import { startSeededApp, type SeededApp } from '../../test-support/start-seeded-app.ts';
import { testBackends } from '../../test-support/test-backends.ts';

const KEYS = ['王敏:wangmin-key-1', '李青:liqing-key-2'];

interface Answer<T> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  cookie: string | null;
}

describe.each(testBackends())('editing on $name', (backend) => {
  let app: SeededApp;
  let cookie = '';

  async function gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<Answer<T>, 'status' | 'cookie'>;
    return { ...body, status: response.status, cookie: response.headers.get('set-cookie') };
  }
  const asEditor = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
    gql<T>(query, variables, { cookie });

  beforeAll(async () => {
    app = await startSeededApp(backend, { editorKeys: KEYS });
  });
  afterAll(async () => {
    await app.stop();
  });

  it('signs an editor in once with a signed HttpOnly, SameSite=Strict cookie, and out again', async () => {
    const wrong = await gql('mutation { signIn(key: "nope") { name } }');
    expect(wrong.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(wrong.cookie).toBeNull();
    const signed = await gql<{ signIn: { name: string } }>(
      'mutation ($k: String!) { signIn(key: $k) { name } }',
      {
        k: 'wangmin-key-1',
      },
    );
    expect(signed.data?.signIn.name).toBe('王敏');
    expect(signed.cookie).toMatch(/^kg_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+/u);
    cookie = signed.cookie!.split(';')[0]!;
    expect((await asEditor<{ me: { name: string } }>('{ me { name } }')).data?.me.name).toBe('王敏');
    // A forged or altered cookie names nobody.
    const forged = cookie.replace(/.$/u, (last) => (last === 'A' ? 'B' : 'A'));
    expect((await gql('{ me { name } }', {}, { cookie: forged })).data?.me).toBeNull();
    const out = await gql<{ signOut: boolean }>('mutation { signOut }', {}, { cookie });
    expect(out.cookie).toMatch(/kg_session=; .*Max-Age=0/u);
  });

  it('lets a visitor read everything and change nothing', async () => {
    const read = await gql<{ entity: { name: string } }>('{ entity(id: "enterprise:合益化工") { name } }');
    expect(read.data?.entity.name).toBe('合益化工');
    for (const mutation of [
      'mutation { deleteEntity(id: "enterprise:合益化工") { id } }',
      'mutation { createEntity(input: { kind: Need, name: "新需求" }) { entity { id } } }',
      'mutation { undoChangeSet(id: "cs-x") { id } }',
    ]) {
      const answer = await gql(mutation);
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await gql('{ entity(id: "enterprise:合益化工") { id } }')).data).toBeTruthy();
  });

  it('refuses a cookie-carrying request a browser could send cross-site', async () => {
    const signed = await gql('mutation { signIn(key: "liqing-key-2") { name } }');
    const session = signed.cookie!.split(';')[0]!;
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: session },
      body: JSON.stringify({ query: 'mutation { deleteEntity(id: "enterprise:合益化工") { id } }' }),
    });
    expect(response.status).toBe(403);
    expect((await gql('{ entity(id: "enterprise:合益化工") { id } }')).data).toEqual({
      entity: { id: 'enterprise:合益化工' },
    });
  });

  it('corrects a specialist’s unit, adds and deletes relationships, each in the history under the editor’s name, and undoes one exactly', async () => {
    cookie = (await gql('mutation { signIn(key: "wangmin-key-1") { name } }')).cookie!.split(';')[0]!;
    const works = await gql<{
      neighborhood: { edges: Array<{ id: string; kind: string; from: string; to: string }> };
    }>('{ neighborhood(id: "specialist:龚俊波") { edges { id kind from to } } }');
    const unit = works.data!.neighborhood.edges.find((edge) => edge.kind === 'WORKS_AT');
    expect(unit?.to).toBe('enterprise:新发药业');
    const before = await graphSnapshot(app.store);
    const moved = await asEditor<{
      updateRelationship: { edge: { to: string }; changeSet: { id: string; editor: string } };
    }>(
      'mutation ($id: ID!) { updateRelationship(id: $id, to: "university:中国石油大学") { edge { to } changeSet { id editor } } }',
      { id: unit!.id },
    );
    expect(moved.data?.updateRelationship.edge.to).toBe('university:中国石油大学');
    expect(moved.data?.updateRelationship.changeSet.editor).toBe('王敏');
    const added = await asEditor<{ createRelationship: { changeSet: { id: string } } }>(
      'mutation { createRelationship(input: { kind: COOPERATES_WITH, from: "enterprise:新发药业", to: "university:中国石油大学", properties: [{ key: "year", value: "2023年" }] }) { edge { id properties { key value } } changeSet { id } } }',
    );
    expect(added.errors).toBeUndefined();
    const deleted = await asEditor<{ deleteRelationship: { id: string; kind: string } }>(
      'mutation { deleteRelationship(id: "COOPERATES_WITH:enterprise:新发药业->university:中国石油大学") { id kind } }',
    );
    expect(deleted.data?.deleteRelationship.kind).toBe('delete');
    const history = await gql<{ changeSets: { items: Array<{ id: string; editor: string; kind: string }> } }>(
      '{ changeSets(first: 3) { items { id editor kind entries { label action fields { field } } } } }',
    );
    expect(history.data?.changeSets.items.map((item) => [item.editor, item.kind])).toEqual([
      ['王敏', 'delete'],
      ['王敏', 'edit'],
      ['王敏', 'edit'],
    ]);
    const ofSpecialist = await gql<{ changeSets: { total: number } }>(
      '{ changeSets(entityId: "specialist:龚俊波") { total } }',
    );
    expect(ofSpecialist.data?.changeSets.total).toBeGreaterThanOrEqual(2);
    // The later changes touched other records, so the unit's correction can be undone on its own.
    const undo = await asEditor<{ undoChangeSet: { kind: string; undoes: string } }>(
      'mutation ($id: ID!) { undoChangeSet(id: $id) { kind undoes } }',
      { id: moved.data!.updateRelationship.changeSet.id },
    );
    expect(undo.data?.undoChangeSet).toEqual({
      kind: 'undo',
      undoes: moved.data!.updateRelationship.changeSet.id,
    });
    // Created then deleted: the graph is as it was before the three edits.
    expect(await graphSnapshot(app.store)).toEqual(before);
  });

  it('refuses to create an entity whose name matches an existing one, unless told it is different', async () => {
    const clash = await asEditor(
      'mutation { createEntity(input: { kind: Enterprise, name: "山东合益化工有限公司" }) { entity { id } } }',
    );
    expect(clash.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect(clash.errors?.[0]?.message).toContain('合益化工');
    const confirmed = await asEditor<{
      createEntity: { entity: { id: string; sources: Array<{ editor: string }> } };
    }>(
      'mutation { createEntity(input: { kind: Enterprise, name: "山东合益化工有限公司" }, distinctFrom: ["enterprise:合益化工"]) { entity { id sources { editor at } } } }',
    );
    expect(confirmed.data?.createEntity.entity.sources[0]?.editor).toBe('王敏');
    const invalid = await asEditor(
      'mutation { updateEntity(id: "enterprise:合益化工", input: { properties: [{ key: "founded", value: "明年" }] }) { entity { id } } }',
    );
    expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
  });

  it('reads a typed name without the characters that show nothing, so a pasted name meets its entity', async () => {
    const pasted = await asEditor(
      'mutation ($name: String!) { createEntity(input: { kind: Enterprise, name: $name }) { entity { id } } }',
      {
        name: '合益\u200b化工\u202e',
      },
    );
    expect([pasted.status, pasted.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_INPUT']);
    expect(pasted.errors?.[0]?.message).toContain('合益化工');
  });

  it('takes an import back exactly by undoing its change set, and puts it back by undoing the undo', async () => {
    const files = [
      { name: '特派员名单.csv', contentBase64: Buffer.from(specialistsCsvGbk()).toString('base64') },
      { name: '台账.xlsx', contentBase64: Buffer.from(await bureauWorkbook()).toString('base64') },
    ];
    const before = await graphSnapshot(app.store);
    const imported = await asEditor<{
      importSpreadsheets: { written: boolean; changeSet: { id: string; editor: string } };
    }>(
      'mutation ($files: [SpreadsheetUpload!]!) { importSpreadsheets(files: $files, dryRun: false) { written changeSet { id editor } } }',
      { files },
    );
    expect(imported.data?.importSpreadsheets.written).toBe(true);
    expect(imported.data?.importSpreadsheets.changeSet.editor).toBe('王敏');
    const after = await graphSnapshot(app.store);
    expect(after.nodes).toBeGreaterThan(before.nodes);
    const undo = await asEditor<{ undoChangeSet: { id: string } }>(
      'mutation ($id: ID!) { undoChangeSet(id: $id) { id } }',
      {
        id: imported.data!.importSpreadsheets.changeSet.id,
      },
    );
    expect(await graphSnapshot(app.store)).toEqual(before);
    await asEditor('mutation ($id: ID!) { undoChangeSet(id: $id) { id } }', {
      id: undo.data!.undoChangeSet.id,
    });
    expect(await graphSnapshot(app.store)).toEqual(after);
  });
});
