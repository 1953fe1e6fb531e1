/**
 * The shapes of step 2 of an import, map: what a sheet was taken to list, what each column means for it,
 * and a data row read through that mapping. map-sheet.ts decides them; validate-rows.ts consumes them.
 */
import type { NodeKind, RelKind } from '#model';
import type { LinkConcept } from './link-concepts.ts';

export type SheetTarget =
  | { readonly type: 'nodes'; readonly kind: NodeKind }
  | { readonly type: 'relationships' }
  | { readonly type: 'statistics' };

export interface LinkUse {
  readonly use: 'link';
  readonly concept: LinkConcept | null;
  readonly rel: RelKind;
  /** out: row entity → named entity; in: named entity → row entity. */
  readonly direction: 'out' | 'in';
  /** Kinds the named entities may have. */
  readonly kinds: readonly NodeKind[];
  /** A name not found becomes a new entity of this kind, or of the kind its name tells, or is reported. */
  readonly create: NodeKind | 'classify' | null;
  /** The header becomes the relationship's role (承担单位, 合作单位). */
  readonly roleFromHeader: boolean;
}

/**
 * A property of the relationships the row's link columns make, not of the row's entity: 合作方式 and
 * 合作年份 beside 合作单位 are the cooperation's role and year.
 */
export interface LinkFieldUse {
  readonly use: 'linkField';
  readonly field: string;
  /** The link columns (indexes) whose relationships get it. */
  readonly links: readonly number[];
  readonly scale?: number;
}

export type ColumnUse =
  | { readonly use: 'field'; readonly field: string; readonly scale?: number }
  | LinkUse
  | LinkFieldUse
  | { readonly use: 'ignore'; readonly reason: 'serial' | 'contact' | 'mapping' }
  /** Not recognised: the column is not imported, and the report says so. */
  | { readonly use: 'unknown'; readonly note?: string };

export interface ColumnMapping {
  readonly index: number;
  readonly header: string;
  readonly use: ColumnUse;
  /** Where the meaning came from. */
  readonly by: 'dictionary' | 'mapping';
}

export interface SheetMapping {
  readonly file: string;
  readonly sheet?: string;
  /** Spreadsheet row number of the header row. */
  readonly headerRow: number;
  readonly target: SheetTarget;
  /** Why the sheet was taken to be what it is, in words. */
  readonly reason: string;
  /** Properties every row gets unless it has its own (院士工作站 → platformType). */
  readonly defaults: Readonly<Record<string, string>>;
  readonly columns: readonly ColumnMapping[];
}

export interface MappedRow {
  readonly file: string;
  readonly sheet?: string;
  readonly row: number;
  /** Field → cell text, after the sheet's defaults and the header's money unit (万元 → ×10,000). */
  readonly fields: Readonly<Record<string, string>>;
  /** Field → header, for messages. */
  readonly headers: Readonly<Record<string, string>>;
  /** Link columns with text: column index → cell text. */
  readonly links: ReadonlyArray<{ readonly column: number; readonly text: string }>;
  /** Properties of the relationships of some link columns (LinkFieldUse), with text. */
  readonly linkFields: ReadonlyArray<{
    readonly field: string;
    readonly text: string;
    readonly header: string;
    readonly links: readonly number[];
  }>;
}

/** A sheet left out of an import on purpose (the template's instructions), and why. */
export interface SkippedSheet {
  readonly file: string;
  readonly sheet?: string;
  readonly reason: string;
}
