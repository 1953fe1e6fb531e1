/**
 * Checks what an editor typed, as an import checks a row: names and texts of sane length, properties
 * declared for the kind (of entity or relationship) and valid by the same rules (ingest/property-schema.ts:
 * years, amounts, shares, allowed values with their synonyms). Characters that show nothing are left out
 * (visibleText), as on import. Each refusal is BAD_INPUT naming the field.
 */
import {
  AppError,
  COMMON_REL_PROPERTIES,
  NODE_KIND_SPECS,
  REL_KIND_SPECS,
  type NodeKind,
  type PropertySpec,
  type PropValue,
  type Props,
  type RelKind,
  visibleText,
} from '#model';
import { parseProperty } from '../ingest/property-schema.ts';

export interface PropertyEntry {
  readonly key: string;
  readonly value: string;
}

export const LIMITS = { name: 200, text: 4_000, items: 50 } as const;

const bad = (argument: string, zh: string, en: string) =>
  new AppError('BAD_INPUT', `${zh} / ${en}`, { argument });

export function readText(
  value: string | null | undefined,
  argument: string,
  max: number,
): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = visibleText(value).normalize('NFC').trim();
  if (text.length > max)
    throw bad(argument, `${argument} 最长 ${max} 个字符`, `${argument} is at most ${max} characters`);
  return text;
}

export function readName(value: string | null | undefined, argument = 'name'): string {
  const name = readText(value, argument, LIMITS.name);
  if (!name) throw bad(argument, '名称不能为空', 'the name must not be empty');
  return name;
}

export function readList(
  values: readonly string[] | null | undefined,
  argument: string,
): string[] | undefined {
  if (values === null || values === undefined) return undefined;
  if (values.length > LIMITS.items)
    throw bad(
      argument,
      `${argument} 最多 ${LIMITS.items} 项`,
      `${argument} has at most ${LIMITS.items} items`,
    );
  const items = values.map((item) => readText(item, argument, LIMITS.name) ?? '').filter(Boolean);
  return [...new Set(items)];
}

function applyProperties(
  specs: readonly PropertySpec[],
  base: Props,
  entries: readonly PropertyEntry[],
  what: string,
): Props {
  const props: Record<string, PropValue> = { ...base };
  for (const entry of entries) {
    const spec = specs.find((each) => each.key === entry.key);
    if (!spec)
      throw bad(
        `properties.${entry.key}`,
        `${what}没有“${entry.key}”这项属性，可用：${specs.map((each) => `${each.key}（${each.zh}）`).join('、')}`,
        `a ${what} has no property “${entry.key}”; allowed: ${specs.map((each) => each.key).join(', ')}`,
      );
    const text = visibleText(entry.value).trim();
    if (text === '') {
      delete props[entry.key];
      continue;
    }
    const parsed = parseProperty(spec, text.slice(0, LIMITS.text));
    if (!parsed.ok) throw new AppError('BAD_INPUT', parsed.message, { argument: `properties.${entry.key}` });
    props[entry.key] = parsed.value;
  }
  return props;
}

export function entityProperties(kind: NodeKind, base: Props, entries: readonly PropertyEntry[] = []): Props {
  return applyProperties(NODE_KIND_SPECS[kind].properties, base, entries, NODE_KIND_SPECS[kind].zh);
}

export function relationshipProperties(
  kind: RelKind,
  base: Props,
  entries: readonly PropertyEntry[] = [],
): Props {
  const specs = [
    ...COMMON_REL_PROPERTIES,
    ...REL_KIND_SPECS[kind].properties.filter((spec) => !COMMON_REL_PROPERTIES.includes(spec)),
  ];
  return applyProperties(specs, base, entries, `“${REL_KIND_SPECS[kind].zh}”关系`);
}
