/**
 * Step 3 of an import, validate: each mapped row against the zod schema derived from its kind's
 * declaration. A valid row becomes a draft; an invalid one becomes problems naming row and column.
 */
import { z } from 'zod';
import {
  NODE_KINDS,
  NODE_KIND_SPECS,
  isNodeKind,
  type NodeKind,
  type PropertySpec,
} from '../domain/node-kinds.ts';
import { normalizeName } from '../domain/normalize-name.ts';
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
import type { LinkUse, MappedRow, SheetMapping, SheetTarget } from './map-sheet.ts';

/** Entities named in a link column of a node row, to be joined to the row's entity. */
export interface LinkDraft {
  readonly spec: LinkUse;
  readonly refs: readonly string[];
  readonly props: Readonly<Record<string, PropValue>>;
  /** The header of the column, for messages. */
  readonly column: string;
}

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
  readonly links?: readonly LinkDraft[];
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
    .split(/[、,，;；\n\r]/u)
    .map((part) =>
      part
        .trim()
        .replace(/(等人|等)$/u, '')
        .trim(),
    )
    .filter(Boolean);
}

/** An allowed value as planners write it: exact, or the one allowed value the text contains (省级重点实验室 → 省级). */
export function matchAllowed(text: string, values: readonly string[]): string | null {
  const normal = text.normalize('NFKC').trim();
  if (values.includes(normal)) return normal;
  const contained = values.filter((value) => normal.includes(value));
  if (contained.length === 1) return contained[0] ?? null;
  const prefixed = values.filter((value) => normal.length >= 1 && value.startsWith(normal));
  return prefixed.length === 1 ? (prefixed[0] ?? null) : null;
}

/** A year as written: 2021, 2021年, 2021-03-05, 2021.3. */
function parseYear(text: string): number | null {
  const match = /^(\d{4})(年.*|[-/.]\d{1,2}([-/.]\d{1,2})?.*)?$/u.exec(text.normalize('NFKC').trim());
  return match ? Number(match[1]) : null;
}

function propertySchema(spec: PropertySpec) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): PropValue | undefined => {
      const text = (raw ?? '').trim();
      if (text === '') return undefined;
      if (spec.type === 'string') {
        const allowed = spec.values ? matchAllowed(text, spec.values) : text;
        if (allowed === null && spec.values) {
          ctx.addIssue({
            code: 'custom',
            message: `“${text}”不是允许的${spec.zh}，可选：${spec.values.join('、')} / “${text}” is not an allowed ${spec.en}; allowed: ${spec.values.join(', ')}`,
          });
          return z.NEVER;
        }
        return allowed ?? text;
      }
      const value = spec.key === 'year' ? (parseNumber(text) ?? parseYear(text)) : parseNumber(text);
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

/** A name: one line, spaces collapsed, at most 200 characters. */
const nameText = requiredText('名称', 'name')
  // 李\u3000青: spaces padding a Chinese name go; others become one space.
  .transform((text) => text.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '').replace(/\s+/gu, ' '))
  .refine((text) => text.length <= 200, {
    message:
      '名称超过 200 个字符，可能填错了列 / the name is longer than 200 characters; is it in the right column?',
  });

/** A relationship kind by its id or its Chinese or English name (合作, cooperates with). */
export function relKindOf(text: string): RelKind | null {
  const trimmed = text.trim();
  if (isRelKind(trimmed)) return trimmed;
  const normal = normalizeName(trimmed);
  for (const kind of REL_KINDS) {
    const spec = REL_KIND_SPECS[kind];
    if (
      normal === normalizeName(spec.zh) ||
      normal === normalizeName(spec.en) ||
      normal === kind.toLowerCase()
    )
      return kind;
  }
  return null;
}

/** A node kind by its id or its Chinese or English name (企业, Enterprise). */
export function nodeKindOf(text: string): NodeKind | null {
  const trimmed = text.trim();
  if (isNodeKind(trimmed)) return trimmed;
  const normal = normalizeName(trimmed);
  for (const kind of NODE_KINDS) {
    const spec = NODE_KIND_SPECS[kind];
    if (
      normal === normalizeName(spec.zh) ||
      normal === normalizeName(spec.en) ||
      normal === kind.toLowerCase()
    )
      return kind;
  }
  return null;
}

const optionalText = z
  .string()
  .optional()
  .transform((value) => value?.trim() ?? '');

const nodeSchemas = new Map(
  Object.entries(NODE_KIND_SPECS).map(([kind, spec]) => [
    kind,
    z.object({
      id: optionalText,
      name: nameText,
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
  optionalText
    .refine((value) => value === '' || nodeKindOf(value) !== null, {
      message: `${zh}必须是实体类型之一（如“企业”或 Enterprise）/ ${en} must be one of the entity kinds (e.g. Enterprise)`,
    })
    .transform((value) => (value === '' ? '' : (nodeKindOf(value) ?? '')));

const edgeSchema = z.object({
  kind: requiredText('关系', 'relationship')
    .refine((value) => relKindOf(value) !== null, {
      message: `关系必须是以下之一：${REL_KINDS.map((kind) => `${REL_KIND_SPECS[kind].zh}(${kind})`).join('、')} / relationship must be one of ${REL_KINDS.join(', ')}`,
    })
    .transform((value) => relKindOf(value) ?? value),
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

type SheetContext = Pick<SheetMapping, 'target' | 'columns' | 'defaults'>;

function isMapping(context: SheetTarget | SheetContext): context is SheetContext {
  return 'target' in context;
}

/** Fields after defaults and header units (投资额（万元）: 500 → 5,000,000). */
function preparedFields(row: MappedRow, context: SheetContext | null): Record<string, string> {
  if (!context) return { ...row.fields };
  const fields: Record<string, string> = { ...row.fields };
  for (const [key, value] of Object.entries(context.defaults)) if (!fields[key]) fields[key] = value;
  for (const column of context.columns) {
    if (column.use.use !== 'field' || !column.use.scale) continue;
    const text = fields[column.use.field];
    if (text && /^[\d.,\s]+$/u.test(text.normalize('NFKC'))) {
      const value = parseNumber(text);
      if (value !== null)
        fields[column.use.field] = String(Number((value * column.use.scale).toPrecision(12)));
    }
  }
  return fields;
}

const MAX_REF_LENGTH = 200;

function linkDrafts(
  row: MappedRow,
  context: SheetContext | null,
): { links: LinkDraft[]; problems: ImportProblem[] } {
  const links: LinkDraft[] = [];
  const problems: ImportProblem[] = [];
  if (!context) return { links, problems };
  for (const { column: index, text } of row.links) {
    const column = context.columns.find((each) => each.index === index);
    if (!column || column.use.use !== 'link') continue;
    const refs = [...new Set(splitList(text))];
    const long = refs.find((ref) => ref.length > MAX_REF_LENGTH);
    if (long) {
      problems.push({
        file: row.file,
        ...(row.sheet ? { sheet: row.sheet } : {}),
        row: row.row,
        column: column.header,
        message: `“${long.slice(0, 20)}…”超过 ${MAX_REF_LENGTH} 个字符，不像名称 / a name longer than ${MAX_REF_LENGTH} characters`,
      });
      continue;
    }
    const allowed = new Set(
      [...COMMON_REL_PROPERTIES, ...REL_KIND_SPECS[column.use.rel].properties].map((spec) => spec.key),
    );
    const props: Record<string, PropValue> = {};
    if (column.use.roleFromHeader && allowed.has('role')) props.role = column.header;
    links.push({ spec: column.use, refs, props, column: column.header });
  }
  return { links, problems };
}

export function validateRow(
  row: MappedRow,
  sheet: SheetTarget | SheetContext,
  options: ValidateOptions = {},
): ValidateResult {
  const context = isMapping(sheet) ? sheet : null;
  const target = isMapping(sheet) ? sheet.target : sheet;
  const schema =
    target.type === 'nodes'
      ? nodeSchemas.get(target.kind)
      : target.type === 'relationships'
        ? edgeSchema
        : statisticSchema;
  if (!schema) throw new Error(`No schema for ${JSON.stringify(target)}`);
  const result = schema.safeParse(preparedFields(row, context));
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
    const { links, problems } = linkDrafts(row, context);
    if (problems.length > 0) return { ok: false, problems };
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
          ...(links.length > 0 ? { links } : {}),
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
