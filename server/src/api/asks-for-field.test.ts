import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { asksForField } from './asks-for-field.ts';

const schema = buildSchema(`
  type Entity { id: ID! name: String degree: Int }
  type Query { entity: Entity }
`);

async function asked(source: string): Promise<boolean> {
  let answer: boolean | undefined;
  const rootValue = {
    entity: (_: unknown, __: unknown, info: GraphQLResolveInfo) => {
      answer = asksForField(info, 'degree');
      return { id: 'a', name: 'A', degree: 1 };
    },
  };
  const result = await graphql({ schema, source, rootValue });
  expect(result.errors).toBeUndefined();
  return answer as boolean;
}

describe('asking whether a field is selected', () => {
  it('sees the field itself, and through named and inline fragments', async () => {
    expect(await asked('{ entity { id degree } }')).toBe(true);
    expect(
      await asked('{ entity { ...E } } fragment E on Entity { name ...D } fragment D on Entity { degree }'),
    ).toBe(true);
    expect(await asked('{ entity { ... on Entity { degree } } }')).toBe(true);
  });

  it('says no when only other fields are asked for', async () => {
    expect(await asked('{ entity { id name } }')).toBe(false);
    expect(await asked('{ entity { ...E } } fragment E on Entity { name }')).toBe(false);
  });
});
