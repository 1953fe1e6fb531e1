/**
 * One declaration, many uses: the GraphQL enums and the kuzu schema file must say exactly what
 * the domain declares, and every declared relationship must connect declared kinds.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { TYPE_DEFS } from './api/create-apollo-server.ts';
import { schemaFiles } from './store/index.ts';
import {
  CHANGE_KINDS,
  REVIEW_STATUSES,
  NODE_KINDS,
  NODE_KIND_SPECS,
  REL_KINDS,
  REL_KIND_SPECS,
} from '#model';

describe('the domain declaration', () => {
  const schema = buildSchema(TYPE_DEFS);
  const enumValues = (name: string) =>
    (schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name);

  it('is what the GraphQL NodeKind, RelKind and ChangeKind enums list, in the same order', () => {
    expect(enumValues('NodeKind')).toEqual([...NODE_KINDS]);
    expect(enumValues('RelKind')).toEqual([...REL_KINDS]);
    expect(enumValues('ChangeKind')).toEqual([...CHANGE_KINDS]);
    expect(enumValues('ReviewStatus')).toEqual([...REVIEW_STATUSES]);
  });

  it('is what cypher/<backend>/schema.cypher creates (run `npm run schema:write` after changing it)', () => {
    for (const file of schemaFiles()) expect(readFileSync(file.path, 'utf8'), file.backend).toBe(file.text);
  });

  it('gives every kind a Chinese and an English name', () => {
    for (const kind of NODE_KINDS) expect(NODE_KIND_SPECS[kind].zh && NODE_KIND_SPECS[kind].en).toBeTruthy();
    for (const kind of REL_KINDS) expect(REL_KIND_SPECS[kind].zh && REL_KIND_SPECS[kind].en).toBeTruthy();
  });

  it('lets relationships connect declared kinds only', () => {
    for (const kind of REL_KINDS) {
      const spec = REL_KIND_SPECS[kind];
      expect(spec.from.length * spec.to.length).toBeGreaterThan(0);
      for (const end of [...spec.from, ...spec.to]) expect(NODE_KINDS).toContain(end);
    }
  });
});
