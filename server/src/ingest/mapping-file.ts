/**
 * The mapping file a planner may give with --mapping (JSON or YAML) when the built-in dictionary cannot
 * read a sheet, or reads it wrongly. A few lines are enough:
 *
 * ```yaml
 * kind: Specialist            # what the sheet lists (a kind, `relationships` or `statistics`)
 * headerRow: 2                # optional: the row holding the headers
 * defaults: { role: 科技特派员 } # optional: properties every row gets unless it has its own
 * columns:
 *   专家姓名: name            # a field (name, aliases, description, keywords, level, year …)
 *   派驻单位: ADVISES         # a relationship kind: the row's entity → the entities named in the cell
 *   联系电话: ignore
 * aliases:
 *   石大: 中国石油大学         # extra abbreviations: alias → name of an existing entity
 * ```
 *
 * Several sheets: put rules under `sheets:`, each with `file` and/or `sheet` (names or * patterns) to say
 * which it is for.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { AppError, NODE_KINDS, REL_KINDS, type NodeKind, type RelKind } from '#model';

export type ColumnRule =
  | string
  | {
      readonly rel: RelKind;
      readonly direction?: 'out' | 'in';
      readonly kinds?: readonly NodeKind[];
      /** Whether a name not found becomes a new entity (default: yes, when its kind is known). */
      readonly create?: boolean;
    };

export interface SheetRule {
  readonly file?: string;
  readonly sheet?: string;
  readonly kind?: NodeKind | 'relationships' | 'statistics';
  readonly headerRow?: number;
  readonly defaults?: Readonly<Record<string, string>>;
  readonly columns?: Readonly<Record<string, ColumnRule>>;
}

export interface MappingFile {
  readonly sheets: readonly SheetRule[];
  /** Alias → name (or id) of the entity it stands for. */
  readonly aliases: Readonly<Record<string, string>>;
}

export const EMPTY_MAPPING: MappingFile = { sheets: [], aliases: {} };

const kindSchema = z.enum([...NODE_KINDS, 'relationships', 'statistics'], {
  error: `必须是实体类型（${NODE_KINDS.join('、')}）或 relationships、statistics / must be a kind (${NODE_KINDS.join(', ')}), relationships or statistics`,
});

const columnSchema = z.union([
  z.string().min(1),
  z.object({
    rel: z.enum(REL_KINDS, {
      error: `关系必须是 ${REL_KINDS.join('、')} 之一 / rel must be one of ${REL_KINDS.join(', ')}`,
    }),
    direction: z.enum(['out', 'in']).optional(),
    kinds: z.array(z.enum(NODE_KINDS)).min(1).optional(),
    kind: z.enum(NODE_KINDS).optional(),
    create: z.boolean().optional(),
  }),
]);

const scalar = z.union([z.string(), z.number()]).transform(String);

const ruleSchema = z.object({
  file: z.string().optional(),
  sheet: z.string().optional(),
  kind: kindSchema.optional(),
  headerRow: z.number().int().min(1).max(1000).optional(),
  defaults: z.record(z.string(), scalar).optional(),
  columns: z.record(z.string(), columnSchema).optional(),
});

const fileSchema = ruleSchema
  .extend({
    sheets: z.array(ruleSchema).optional(),
    aliases: z.record(z.string(), z.string()).optional(),
  })
  .strict();

function tidyColumns(columns: z.infer<typeof ruleSchema>['columns']): SheetRule['columns'] {
  if (!columns) return undefined;
  return Object.fromEntries(
    Object.entries(columns).map(([header, rule]) => {
      if (typeof rule === 'string') return [header, rule];
      const kinds = rule.kinds ?? (rule.kind ? [rule.kind] : undefined);
      return [
        header,
        {
          rel: rule.rel,
          ...(rule.direction ? { direction: rule.direction } : {}),
          ...(kinds ? { kinds } : {}),
          ...(rule.create !== undefined ? { create: rule.create } : {}),
        },
      ];
    }),
  );
}

function tidyRule(rule: z.infer<typeof ruleSchema>): SheetRule {
  const columns = tidyColumns(rule.columns);
  return {
    ...(rule.file ? { file: rule.file } : {}),
    ...(rule.sheet ? { sheet: rule.sheet } : {}),
    ...(rule.kind ? { kind: rule.kind } : {}),
    ...(rule.headerRow ? { headerRow: rule.headerRow } : {}),
    ...(rule.defaults ? { defaults: rule.defaults } : {}),
    ...(columns ? { columns } : {}),
  };
}

/** Parses a mapping file's text (JSON is YAML too); errors name the file and the place. */
export function parseMappingFile(text: string, name = 'mapping'): MappingFile {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new AppError(
      'BAD_INPUT',
      `映射文件 ${name} 不是有效的 JSON 或 YAML / the mapping file ${name} is not valid JSON or YAML: ${error instanceof Error ? error.message : String(error)}`,
      { file: name },
    );
  }
  if (raw === null || raw === undefined) return EMPTY_MAPPING;
  const result = fileSchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 10)
      .map((issue) => `${issue.path.join('.') || '(根 root)'}: ${issue.message}`)
      .join('；');
    throw new AppError('BAD_INPUT', `映射文件 ${name} 有误 / the mapping file ${name} is wrong: ${issues}`, {
      file: name,
    });
  }
  const { sheets, aliases, ...top } = result.data;
  const rules = [...(sheets ?? []).map(tidyRule)];
  const topRule = tidyRule(top);
  if (Object.keys(topRule).length > 0) rules.push(topRule);
  return { sheets: rules, aliases: aliases ?? {} };
}

/** Whether `segment` (no `*`; `?` any one character) matches `text` at `at`. */
function segmentAt(segment: string, text: string, at: number): boolean {
  if (at + segment.length > text.length) return false;
  for (let i = 0; i < segment.length; i++)
    if (segment[i] !== '?' && segment[i] !== text[at + i]) return false;
  return true;
}

/**
 * A file or sheet pattern (`*` any run, `?` any one character, case-insensitive) against a name. The
 * pattern is cut at its stars: the first piece must begin the name, the last end it, and each piece
 * between is placed at its leftmost fit after the one before, which is where a match is if any. Time is
 * bounded by the lengths' product, never exponential (`*a*a*a*a*b` against a long run of a).
 */
export function globMatches(pattern: string, value: string): boolean {
  const pieces = pattern.toLowerCase().split('*');
  const text = value.toLowerCase();
  const first = pieces[0] ?? '';
  if (pieces.length === 1) return first.length === text.length && segmentAt(first, text, 0);
  const last = pieces[pieces.length - 1] ?? '';
  if (first.length + last.length > text.length) return false;
  if (!segmentAt(first, text, 0) || !segmentAt(last, text, text.length - last.length)) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    let found = -1;
    for (let start = at; start + piece.length <= end; start++)
      if (segmentAt(piece, text, start)) {
        found = start;
        break;
      }
    if (found < 0) return false;
    at = found + piece.length;
  }
  return true;
}

/** The rule for a sheet: the first whose file and sheet patterns match (a rule naming neither matches all). */
export function ruleFor(mapping: MappingFile, file: string, sheet?: string): SheetRule | undefined {
  const base = file.replace(/^.*[\\/]/u, '');
  return mapping.sheets.find(
    (rule) =>
      (!rule.file || globMatches(rule.file, base) || globMatches(rule.file, file)) &&
      (!rule.sheet || (sheet !== undefined && globMatches(rule.sheet, sheet))),
  );
}
