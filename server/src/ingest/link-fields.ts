/**
 * Columns of an entity sheet that describe the relationships of one of its link columns, not the row's
 * entity: 合作方式 and 合作年份 beside 合作单位 are the cooperation's role and year (COOPERATES_WITH
 * declares both). A column the row's kind has no property for becomes a property of the relationships of
 * the link columns whose header begins with the same word (合作…), when their kind declares it; otherwise
 * it stays unrecognised. A mapping file may say so of any column (`合作方式: role`): it goes to every link
 * column whose relationships declare the property, and is reported as not imported when none does.
 */
import { COMMON_REL_PROPERTIES, REL_KIND_SPECS, type RelKind } from '#model';
import { headerScale, type HeaderMeaning } from './header-dictionary.ts';
import type { ColumnMapping, LinkFieldUse } from './sheet-mapping.ts';

/** Relationships that classify (field, place, part, subfield): a year or a role is not theirs. */
const CLASSIFYING: ReadonlySet<RelKind> = new Set(['IN_DOMAIN', 'LOCATED_IN', 'PART_OF', 'SUBFIELD_OF']);

const declares = (rel: RelKind, key: string) =>
  [...COMMON_REL_PROPERTIES, ...REL_KIND_SPECS[rel].properties].some((spec) => spec.key === key);

/** The word a header begins with: its first two characters, width folded (合作方式 → 合作). */
const leadingWord = (header: string) => header.normalize('NFKC').trim().slice(0, 2);

/** A column a mapping file names a relationship property: every link column that can carry it. */
function ruled(column: ColumnMapping, use: LinkFieldUse, columns: readonly ColumnMapping[]): ColumnMapping {
  const { field } = use;
  const links = columns.filter(
    (other) => other.use.use === 'link' && !CLASSIFYING.has(other.use.rel) && declares(other.use.rel, field),
  );
  if (links.length > 0) return { ...column, use: { ...use, links: links.map((link) => link.index) } };
  return {
    ...column,
    use: {
      use: 'unknown',
      note: `这张表没有可带“${field}”的关系列 / no relationship column of this sheet carries “${field}”`,
    },
  };
}

export function withLinkFields(
  columns: readonly ColumnMapping[],
  meanings: ReadonlyArray<HeaderMeaning | null>,
): ColumnMapping[] {
  return columns.map((column) => {
    if (column.use.use === 'linkField' && column.use.links.length === 0)
      return ruled(column, column.use, columns);
    if (column.use.use !== 'unknown' || column.by !== 'dictionary') return column;
    const meaning = meanings[column.index];
    const field =
      meaning?.type === 'field' ? meaning.field : meaning?.type === 'generic' ? meaning.generic : null;
    if (!field) return column;
    const links = columns.filter(
      (other) =>
        other.use.use === 'link' &&
        !CLASSIFYING.has(other.use.rel) &&
        declares(other.use.rel, field) &&
        leadingWord(other.header) === leadingWord(column.header),
    );
    if (links.length === 0) return column;
    const scale = headerScale(column.header);
    return {
      ...column,
      use: { use: 'linkField', field, links: links.map((link) => link.index), ...(scale ? { scale } : {}) },
    };
  });
}
