/**
 * What one column means once the sheet's kind is known: a field of the row's entity, a link to the
 * entities it names (依托单位 is where a specialist works and who hosts a platform), a column ignored on
 * purpose, or not recognised (listed in the report as ignored). A mapping file's word overrides the guess.
 */
import {
  COMMON_REL_PROPERTIES,
  NODE_KIND_SPECS,
  REL_KINDS,
  REL_KIND_SPECS,
  allowsEndpoints,
  isRelKind,
  normalizeName,
  type NodeKind,
} from '#model';
import { GENERIC_FIELDS, headerScale, type HeaderMeaning } from './header-dictionary.ts';
import { LINK_CONCEPTS, LINK_CONCEPT_NAMES, ORGS, PEOPLE, type LinkConcept } from './link-concepts.ts';
import type { ColumnRule, SheetRule } from './mapping-file.ts';
import type { ColumnUse, LinkUse, SheetTarget } from './sheet-mapping.ts';

const BASE_FIELDS = new Set(['id', 'name', 'nameEn', 'aliases', 'description', 'keywords', 'quote']);
const REL_FIELDS = new Set(['kind', 'fromKind', 'from', 'toKind', 'to']);
const STAT_FIELDS = new Set(['region', 'label', 'value', 'unit', 'asOf', 'quote']);
const REL_PROPERTY_KEYS = new Set(
  [...COMMON_REL_PROPERTIES, ...REL_KINDS.flatMap((kind) => REL_KIND_SPECS[kind].properties)].map(
    (spec) => spec.key,
  ),
);

/** A column naming other entities, as a relationship of the sheet's kind; unknown when there is none. */
function linkFor(
  concept: LinkConcept,
  kind: NodeKind,
  header: string,
  narrowed?: readonly NodeKind[],
): LinkUse | { use: 'unknown'; note: string } {
  const spec = LINK_CONCEPTS[concept];
  const rule = spec.rules[kind];
  if (!rule) {
    return {
      use: 'unknown',
      note: `在${NODE_KIND_SPECS[kind].zh}表中不知道“${header}”（${spec.zh}）与本行的关系，可在映射文件中写明 / on a ${kind} sheet it is unclear how “${header}” (${spec.en}) relates to the row; say so in a mapping file`,
    };
  }
  let kinds = (narrowed ?? spec.kinds).filter((other) =>
    rule.direction === 'out'
      ? allowsEndpoints(rule.rel, kind, other)
      : allowsEndpoints(rule.rel, other, kind),
  );
  let create = spec.create;
  if (concept === 'person' && /院士/u.test(header)) {
    kinds = kinds.filter((other) => other === 'Academician');
    create = 'Academician';
  }
  if (kinds.length === 0) {
    return {
      use: 'unknown',
      note: `“${header}”在${NODE_KIND_SPECS[kind].zh}表中不能构成“${REL_KIND_SPECS[rule.rel].zh}”关系 / “${header}” cannot make a ${rule.rel} relationship on a ${kind} sheet`,
    };
  }
  if (typeof create === 'string' && create !== 'classify' && !kinds.includes(create))
    create = kinds[0] ?? null;
  if (create === 'classify' && kinds.length === 1) create = kinds[0] ?? null;
  return {
    use: 'link',
    concept,
    rel: rule.rel,
    direction: rule.direction,
    kinds,
    create,
    roleFromHeader: rule.roleFromHeader === true,
  };
}

function propertyKeys(kind: NodeKind): Set<string> {
  return new Set(NODE_KIND_SPECS[kind].properties.map((spec) => spec.key));
}

/** A column of an entity sheet, read with the dictionary. */
export function nodeColumnUse(meaning: HeaderMeaning | null, kind: NodeKind, header: string): ColumnUse {
  if (!meaning) return { use: 'unknown' };
  switch (meaning.type) {
    case 'ignore':
      return { use: 'ignore', reason: meaning.reason };
    case 'name': {
      const narrowed = meaning.kind
        ? [meaning.kind]
        : meaning.generic === 'person'
          ? PEOPLE
          : meaning.generic === 'org'
            ? ORGS
            : undefined;
      return linkFor(meaning.concept, kind, header, narrowed);
    }
    case 'link':
      return linkFor(meaning.concept, kind, header, meaning.kinds);
    case 'generic': {
      const field = GENERIC_FIELDS[meaning.generic][kind];
      return field
        ? { use: 'field', field }
        : {
            use: 'unknown',
            note: `${NODE_KIND_SPECS[kind].zh}没有“${header}”这一属性 / a ${kind} has no “${header}”`,
          };
    }
    case 'field': {
      if (BASE_FIELDS.has(meaning.field)) return { use: 'field', field: meaning.field };
      if (meaning.field === 'region') return linkFor('region', kind, header);
      if (propertyKeys(kind).has(meaning.field)) {
        const scale = headerScale(header);
        return { use: 'field', field: meaning.field, ...(scale ? { scale } : {}) };
      }
      return {
        use: 'unknown',
        note: `${NODE_KIND_SPECS[kind].zh}没有“${header}”这一属性 / a ${kind} has no “${header}”`,
      };
    }
  }
}

/** A column of a relationships or statistics sheet, read with the dictionary. */
export function tableColumnUse(
  meaning: HeaderMeaning | null,
  target: SheetTarget,
  header: string,
): ColumnUse {
  if (!meaning) return { use: 'unknown' };
  if (meaning.type === 'ignore') return { use: 'ignore', reason: meaning.reason };
  const field =
    meaning.type === 'field' ? meaning.field : meaning.type === 'generic' ? meaning.generic : null;
  const allowed =
    target.type === 'relationships' ? new Set([...REL_FIELDS, ...REL_PROPERTY_KEYS, 'quote']) : STAT_FIELDS;
  if (field && allowed.has(field)) {
    const scale = headerScale(header);
    return { use: 'field', field, ...(scale ? { scale } : {}) };
  }
  return { use: 'unknown' };
}

/** A column rule from a mapping file, read for a sheet of this target. */
export function ruledUse(rule: ColumnRule, target: SheetTarget, header: string): ColumnUse | string {
  if (typeof rule === 'string') {
    const word = rule.trim();
    if (word === 'ignore' || word === '忽略') return { use: 'ignore', reason: 'mapping' };
    if (target.type !== 'nodes') {
      const use = tableColumnUse({ type: 'field', field: word }, target, header);
      return use.use === 'unknown'
        ? `“${word}”不是这类表的列 / “${word}” is not a column of this sheet`
        : use;
    }
    const kind = target.kind;
    if (word === 'name' || BASE_FIELDS.has(word) || propertyKeys(kind).has(word)) {
      const scale = headerScale(header);
      return { use: 'field', field: word, ...(scale && word !== 'name' ? { scale } : {}) };
    }
    const concept = word === 'domains' ? 'domain' : word;
    if ((LINK_CONCEPT_NAMES as readonly string[]).includes(concept)) {
      const use = linkFor(concept as LinkConcept, kind, header);
      return use.use === 'unknown' ? use.note : use;
    }
    if (isRelKind(word)) return ruledUse({ rel: word }, target, header);
    // A property of the sheet's relationships (合作方式: role): link-fields.ts gives it to their columns.
    if (REL_PROPERTY_KEYS.has(word)) {
      const scale = headerScale(header);
      return { use: 'linkField', field: word, links: [], ...(scale ? { scale } : {}) };
    }
    return `“${word}”既不是${NODE_KIND_SPECS[kind].zh}的字段，也不是关系类型 / “${word}” is neither a field of a ${kind} nor a relationship kind`;
  }
  if (target.type !== 'nodes')
    return `只有实体表的列可以是关系 / only columns of entity sheets can be relationships`;
  const kind = target.kind;
  const spec = REL_KIND_SPECS[rule.rel];
  const direction = rule.direction ?? (spec.from.includes(kind) ? 'out' : 'in');
  const candidates = direction === 'out' ? spec.to : spec.from;
  const kinds = (rule.kinds ?? candidates).filter((other) =>
    direction === 'out' ? allowsEndpoints(rule.rel, kind, other) : allowsEndpoints(rule.rel, other, kind),
  );
  if (kinds.length === 0)
    return `“${spec.zh}”关系不能${direction === 'out' ? '从' : '指向'}${NODE_KIND_SPECS[kind].zh} / a ${rule.rel} relationship cannot ${direction === 'out' ? 'start at' : 'end at'} a ${kind}`;
  const create = rule.create === false ? null : kinds.length === 1 ? (kinds[0] ?? null) : 'classify';
  return { use: 'link', concept: null, rel: rule.rel, direction, kinds, create, roleFromHeader: false };
}

/** The mapping file's word for a column, if it has one. */
export function columnRuleFor(rule: SheetRule | undefined, header: string): ColumnRule | undefined {
  if (!rule?.columns) return undefined;
  const key = normalizeName(header);
  for (const [name, value] of Object.entries(rule.columns)) if (normalizeName(name) === key) return value;
  return undefined;
}
