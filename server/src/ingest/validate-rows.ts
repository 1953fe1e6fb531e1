/**
 * Step 3 of an import, validate: each mapped row against the zod schema derived from its kind's
 * declaration. Every declared property is checked (property-schema.ts): enumerations against their values,
 * years, amounts and shares as what they measure. A valid row becomes a draft; an invalid one becomes
 * problems naming file, sheet, row and column, with the reason in Chinese and English.
 */
import { z } from 'zod';
import {
  COMMON_REL_PROPERTIES,
  NODE_KIND_SPECS,
  REL_KINDS,
  REL_KIND_SPECS,
  isNodeKind,
  parseNumber,
  type NodeKind,
  type PropValue,
  type PropertySpec,
  type RelKind,
  type Source,
  type Statistic,
} from '#model';
import type { ImportProblem } from './import-problem.ts';
import { nodeKindOf, relKindOf } from './kind-by-name.ts';
import { parseProperty, propsShape } from './property-schema.ts';
import { quoteCell } from './quote-cell.ts';
import type { LinkUse, MappedRow, SheetMapping, SheetTarget } from './sheet-mapping.ts';

export { nodeKindOf, relKindOf } from './kind-by-name.ts';
export { matchAllowed } from './match-allowed.ts';

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
      ctx.addIssue({
        code: 'custom',
        message: `“${quoteCell(text)}”不是数字 / “${quoteCell(text)}” is not a number`,
      });
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

/** What validation needs of a sheet's mapping: its target and, for link columns, its columns. */
type SheetContext = Pick<SheetMapping, 'target' | 'columns'>;

function isMapping(context: SheetTarget | SheetContext): context is SheetContext {
  return 'target' in context;
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
      problems.push(
        problemAt(
          row,
          column.header,
          `“${long.slice(0, 20)}…”超过 ${MAX_REF_LENGTH} 个字符，不像名称 / a name longer than ${MAX_REF_LENGTH} characters`,
        ),
      );
      continue;
    }
    const allowed = new Set(
      [...COMMON_REL_PROPERTIES, ...REL_KIND_SPECS[column.use.rel].properties].map((spec) => spec.key),
    );
    const props: Record<string, PropValue> = {};
    if (column.use.roleFromHeader && allowed.has('role')) props.role = column.header;
    for (const extra of row.linkFields) {
      const spec = relPropertySpecs.find((each) => each.key === extra.field);
      if (!spec || !allowed.has(spec.key) || !extra.links.includes(index)) continue;
      const parsed = parseProperty(spec, extra.text);
      if (parsed.ok) props[spec.key] = parsed.value;
      else problems.push(problemAt(row, extra.header, parsed.message));
    }
    links.push({ spec: column.use, refs, props, column: column.header });
  }
  return { links, problems };
}

function problemAt(row: MappedRow, column: string, message: string): ImportProblem {
  return { file: row.file, ...(row.sheet ? { sheet: row.sheet } : {}), row: row.row, column, message };
}

function nodeDraft(
  row: MappedRow,
  kind: NodeKind,
  parsed: Record<string, unknown>,
  source: Source,
  context: SheetContext | null,
): ValidateResult {
  const text = (key: string) => String(parsed[key] ?? '');
  const { links, problems } = linkDrafts(row, context);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      type: 'node',
      draft: {
        kind,
        ...(text('id') ? { id: text('id') } : {}),
        name: text('name'),
        ...(text('nameEn') ? { nameEn: text('nameEn') } : {}),
        aliases: splitList(text('aliases')),
        ...(text('description') ? { description: text('description') } : {}),
        keywords: splitList(text('keywords')),
        props: definedProps(parsed, NODE_KIND_SPECS[kind].properties),
        source,
        ...(links.length > 0 ? { links } : {}),
      },
    },
  };
}

function edgeDraft(row: MappedRow, parsed: Record<string, unknown>, source: Source): ValidateResult {
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
      problems: misplaced.map((spec) =>
        problemAt(
          row,
          row.headers[spec.key] ?? spec.key,
          `“${REL_KIND_SPECS[kind].zh}”关系没有${spec.zh}这一属性 / a ${kind} relationship has no ${spec.en}`,
        ),
      ),
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

function statisticDraft(parsed: Record<string, unknown>, source: Source): ValidateResult {
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

/** One mapped row (defaults and header units already applied by mapRow) against its sheet's schema. */
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
  const result = schema.safeParse(row.fields);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? '');
        return problemAt(row, row.headers[field] ?? field, issue.message);
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
  if (target.type === 'nodes') return nodeDraft(row, target.kind, parsed, source, context);
  if (target.type === 'relationships') return edgeDraft(row, parsed, source);
  return statisticDraft(parsed, source);
}
