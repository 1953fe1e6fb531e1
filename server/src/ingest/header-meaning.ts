/**
 * What a column header can mean (header-dictionary.ts reads one): a field of the row's entity, possibly
 * generic (类型, 级别, 年份) until the sheet's kind is known; a column naming an entity; a link to other
 * entities; or a column ignored on purpose (序号, contact details).
 */
import type { NodeKind } from '#model';
import type { LinkConcept } from './link-concepts.ts';

export type Generic = 'type' | 'level' | 'year' | 'status';

export type HeaderMeaning =
  | { readonly type: 'field'; readonly field: string }
  | { readonly type: 'generic'; readonly generic: Generic }
  /** Names an entity: of `kind`, or of the people / organisations / any kind when generic. */
  | {
      readonly type: 'name';
      readonly kind?: NodeKind;
      readonly generic?: 'person' | 'org' | 'any';
      /** What the column means when it names another entity than the row's own. */
      readonly concept: LinkConcept;
      /** Weak names (企业名称) are often a reference; they decide a sheet's kind last. */
      readonly weak?: boolean;
    }
  | { readonly type: 'link'; readonly concept: LinkConcept; readonly kinds?: readonly NodeKind[] }
  | { readonly type: 'ignore'; readonly reason: 'serial' | 'contact' };
