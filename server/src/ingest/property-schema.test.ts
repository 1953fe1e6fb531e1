import { describe, expect, it } from 'vitest';
import {
  COMMON_REL_PROPERTIES,
  NODE_KINDS,
  NODE_KIND_SPECS,
  REL_KINDS,
  REL_KIND_SPECS,
  type PropertySpec,
} from '#model';
import { parseProperty, propertySchema } from './property-schema.ts';

const declared: Array<[string, PropertySpec]> = [
  ...NODE_KINDS.flatMap((kind) =>
    NODE_KIND_SPECS[kind].properties.map((spec): [string, PropertySpec] => [kind, spec]),
  ),
  ...REL_KINDS.flatMap((kind) =>
    REL_KIND_SPECS[kind].properties.map((spec): [string, PropertySpec] => [kind, spec]),
  ),
  ...COMMON_REL_PROPERTIES.map((spec): [string, PropertySpec] => ['any relationship', spec]),
];
const typed = declared.filter(([, spec]) => spec.type !== 'string' || spec.values || spec.measure);

/** A value each kind of typed property must accept, and one it must refuse. */
function samples(spec: PropertySpec): { good: string; bad: string[] } {
  if (spec.values) return { good: spec.values[0] ?? '', bad: ['不存在的值'] };
  switch (spec.measure) {
    case 'year':
      return { good: '2020年', bad: ['二〇二〇年', String(new Date().getFullYear() + 1), '1800', '明年'] };
    case 'yuan':
      return { good: '500万元', bad: ['-1', '30%', '很多钱'] };
    case 'share':
      return { good: '30%', bad: ['150%', '三成'] };
    case 'date':
      return { good: '2024年3月5日', bad: ['2024-02-30', `${new Date().getFullYear() + 1}-01-01`, '上周'] };
    case undefined:
      return { good: '1', bad: ['abc'] };
  }
}

describe('the schema of every declared typed property', () => {
  it('declares what every number measures, so none is checked only as “a number”', () => {
    const unmeasured = declared.filter(([, spec]) => spec.type !== 'string' && !spec.measure);
    expect(unmeasured.map(([owner, spec]) => `${owner}.${spec.key}`)).toEqual([]);
  });

  it.each(typed.map(([owner, spec]) => ({ name: `${owner}.${spec.key}`, spec })))(
    'accepts a good $name and refuses bad ones with a bilingual reason',
    ({ spec }) => {
      const { good, bad } = samples(spec);
      expect(parseProperty(spec, good)).toMatchObject({ ok: true });
      for (const text of bad) {
        const result = propertySchema(spec).safeParse(text);
        expect(result.success, text).toBe(false);
        const message = result.error?.issues[0]?.message ?? '';
        // Chinese, then “ / ”, then English.
        expect(message, text).toMatch(/\p{Script=Han}.* \/ .*[A-Za-z]{3}/u);
      }
    },
  );

  it('leaves an empty cell without a value and keeps free text as written', () => {
    const level = NODE_KIND_SPECS.Platform.properties.find((spec) => spec.key === 'level')!;
    expect(propertySchema(level).parse('  ')).toBeUndefined();
    expect(propertySchema(level).parse(undefined)).toBeUndefined();
    const legalName = NODE_KIND_SPECS.Enterprise.properties.find((spec) => spec.key === 'legalName')!;
    expect(parseProperty(legalName, '山东合益化工有限公司')).toEqual({
      ok: true,
      value: '山东合益化工有限公司',
    });
  });
});
