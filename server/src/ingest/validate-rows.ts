/**
 * Step 3 of an import, validate: each mapped row against the zod schema derived from its kind's
 * declaration. A valid row becomes a draft; an invalid one becomes problems naming row and column.
 */
import { z } from 'zod';
import { NODE_KIND_SPECS, isNodeKind, type NodeKind, type PropertySpec } from '../domain/node-kinds.ts';
import { parseNumber } from '../domain/parse-number.ts';
import type { PropValue, Source, Statistic } from '../domain/records.ts';
import {
  COMMON_REL_PROPERTIES,
  REL_KINDS,
  REL_KIND_SPECS,
  isRelKind,
  type RelKind,
} from '../domain/relationship-kinds.ts';
import type { ImportProblem } from './import-problem.ts';
import type { MappedRow, SheetTarget } from './map-sheet.ts';

export interface NodeDraft {
  readonly kind: NodeKind;
  readonly id?: string;
  readonly name: string;
  readonly nameEn?: string;
  readonly aliases: readonly string[];
  readonly description?: string;
  readonly keywords: readonly string[];
  readonly props: Readonly<Record<string, PropValue>>;
  readonly source: Source;
}

export interface EndRef {
  readonly ref: string;
  readonly kind?: NodeKind;
}

export interface EdgeDraft {
  readonly kind: RelKind;
  readonly from: EndRef;
  readonly to: EndRef;
  readonly props: Readonly<Record<string, PropValue>>;
  readonly source: Source;
}

export interface StatisticDraft {
  readonly region: string;
  readonly statistic: Statistic;
  readonly source: Source;
}

export type Draft =
  | { readonly type: 'node'; readonly draft: NodeDraft }
  | { readonly type: 'edge'; readonly draft: EdgeDraft }
  | { readonly type: 'statistic'; readonly draft: StatisticDraft };

export type ValidateResult =
  | { readonly ok: true; readonly value: Draft }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

/** Splits a cell holding several values: 中科院、上海有机所 / a; b. */
export function splitList(text: string): string[] {
  return text
    .split(/[、,，;；\n]/u)
    .map((part) => part.trim())
    .filter(Boolean);
}

function propertySchema(spec: PropertySpec) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): PropValue | undefined => {
      const text = (raw ?? '').trim();
      if (text === '') return undefined;
      if (spec.type === 'string') {
        if (spec.values && !spec.values.includes(text)) {
          ctx.addIssue({
            code: 'custom',
            message: `“${text}”不是允许的${spec.zh}，可选：${spec.values.join('、')} / “${text}” is not an allowed ${spec.en}; allowed: ${spec.values.join(', ')}`,
          });
          return z.NEVER;
        }
        return text;
      }
      const value = parseNumber(text);
      if (value === null || (spec.type === 'integer' && !Number.isInteger(value))) {
        const what = spec.type === 'integer' ? '整数 a whole number' : '数字 a number';
        ctx.addIssue({
          code: 'custom',
          message: `“${text}”不是${what.split(' ')[0]} / “${text}” is not ${what.split(' ').slice(1).join(' ')}`,
        });
        return z.NEVER;
      }
      return value;
    });
}

function propsShape(specs: readonly PropertySpec[]) {
  return Object.fromEntries(specs.map((spec) => [spec.key, propertySchema(spec)]));
}

const requiredText = (zh: string, en: string) =>
  z
    .string({ error: `缺少${zh} / ${en} is missing` })
    .trim()
    .min(1, `${zh}不能为空 / ${en} is empty`);

const optionalText = z
  .string()
  .optional()
  .transform((value) => value?.trim() ?? '');

const nodeSchemas = new Map(
  Object.entries(NODE_KIND_SPECS).map(([kind, spec]) => [
    kind,
    z.object({
      id: optionalText,
      name: requiredText('名称', 'name'),
      nameEn: optionalText,
      aliases: optionalText,
      description: optionalText,
      keywords: optionalText,
      quote: optionalText,
      ...propsShape(spec.properties),
    }),
  ]),
);

const relPropertySpecs: PropertySpec[] = [
  ...new Map(
    [...COMMON_REL_PROPERTIES, ...REL_KINDS.flatMap((kind) => REL_KIND_SPECS[kind].properties)].map(
      (spec) => [spec.key, spec],
    ),
  ).values(),
];

const kindRef = (zh: string, en: string) =>
  optionalText.refine((value) => value === '' || isNodeKind(value), {
    message: `${zh}必须是实体类型之一（如 Enterprise）/ ${en} must be one of the entity kinds (e.g. Enterprise)`,
  });

const edgeSchema = z.object({
  kind: requiredText('关系', 'relationship').refine(isRelKind, {
    message: `关系必须是以下之一：${REL_KINDS.join('、')} / relationship must be one of ${REL_KINDS.join(', ')}`,
  }),
  fromKind: kindRef('起点类型', 'from kind'),
  from: requiredText('起点', 'from'),
  toKind: kindRef('终点类型', 'to kind'),
  to: requiredText('终点', 'to'),
  quote: optionalText,
  ...propsShape(relPropertySpecs),
});

const statisticSchema = z.object({
  region: requiredText('地区', 'region'),
  label: requiredText('指标', 'statistic'),
  value: requiredText('数值', 'value').transform((text, ctx) => {
    const value = parseNumber(text);
    if (value === null) {
      ctx.addIssue({ code: 'custom', message: `“${text}”不是数字 / “${text}” is not a number` });
      return z.NEVER;
    }
    return value;
  }),
  unit: optionalText,
  asOf: optionalText,
  quote: optionalText,
});

function definedProps(
  parsed: Record<string, unknown>,
  specs: readonly PropertySpec[],
): Record<string, PropValue> {
  const props: Record<string, PropValue> = {};
  for (const spec of specs) {
    const value = parsed[spec.key];
    if (typeof value === 'string' || typeof value === 'number') props[spec.key] = value;
  }
  return props;
}

export interface ValidateOptions {
  /** The document quotes come from, recorded in provenance. */
  readonly document?: string;
}

export function validateRow(
  row: MappedRow,
  target: SheetTarget,
  options: ValidateOptions = {},
): ValidateResult {
  const schema =
    target.type === 'nodes'
      ? nodeSchemas.get(target.kind)
      : target.type === 'relationships'
        ? edgeSchema
        : statisticSchema;
  if (!schema) throw new Error(`No schema for ${JSON.stringify(target)}`);
  const result = schema.safeParse(row.fields);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? '');
        return {
          file: row.file,
          ...(row.sheet ? { sheet: row.sheet } : {}),
          row: row.row,
          column: row.headers[field] ?? field,
          message: issue.message,
        };
      }),
    };
  }
  const parsed = result.data as Record<string, unknown> & { quote: string };
  const source: Source = {
    file: row.file,
    ...(row.sheet ? { sheet: row.sheet } : {}),
    row: row.row,
    ...(parsed.quote ? { quote: parsed.quote } : {}),
    ...(parsed.quote && options.document ? { document: options.document } : {}),
  };
  if (target.type === 'nodes') {
    const text = (key: string) => String(parsed[key] ?? '');
    return {
      ok: true,
      value: {
        type: 'node',
        draft: {
          kind: target.kind,
          ...(text('id') ? { id: text('id') } : {}),
          name: text('name'),
          ...(text('nameEn') ? { nameEn: text('nameEn') } : {}),
          aliases: splitList(text('aliases')),
          ...(text('description') ? { description: text('description') } : {}),
          keywords: splitList(text('keywords')),
          props: definedProps(parsed, NODE_KIND_SPECS[target.kind].properties),
          source,
        },
      },
    };
  }
  if (target.type === 'relationships') {
    const edge = parsed as unknown as z.infer<typeof edgeSchema>;
    const kind = edge.kind as RelKind;
    const allowed = new Set(
      [...COMMON_REL_PROPERTIES, ...REL_KIND_SPECS[kind].properties].map((spec) => spec.key),
    );
    const misplaced = relPropertySpecs.filter(
      (spec) => parsed[spec.key] !== undefined && !allowed.has(spec.key),
    );
    if (misplaced.length > 0) {
      return {
        ok: false,
        problems: misplaced.map((spec) => ({
          file: row.file,
          ...(row.sheet ? { sheet: row.sheet } : {}),
          row: row.row,
          column: row.headers[spec.key] ?? spec.key,
          message: `“${REL_KIND_SPECS[kind].zh}”关系没有${spec.zh}这一属性 / a ${kind} relationship has no ${spec.en}`,
        })),
      };
    }
    const end = (ref: string, kind: string): EndRef => (isNodeKind(kind) ? { ref, kind } : { ref });
    return {
      ok: true,
      value: {
        type: 'edge',
        draft: {
          kind,
          from: end(edge.from, edge.fromKind),
          to: end(edge.to, edge.toKind),
          props: definedProps(parsed, relPropertySpecs),
          source,
        },
      },
    };
  }
  const stat = parsed as unknown as z.infer<typeof statisticSchema>;
  return {
    ok: true,
    value: {
      type: 'statistic',
      draft: {
        region: stat.region,
        statistic: {
          label: stat.label,
          value: stat.value,
          unit: stat.unit,
          ...(stat.asOf ? { asOf: stat.asOf } : {}),
          source,
        },
        source,
      },
    },
  };
}
