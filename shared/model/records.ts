/**
 * The shapes of nodes, edges and their provenance as the whole application sees them.
 * Stores persist exactly these; the API and the client draw them.
 */
import type { NodeKind } from './node-kinds.ts';
import type { RelKind } from './relationship-kinds.ts';

/** Where a fact came from: a spreadsheet cell range or a sentence of a document. */
export interface Source {
  /** File path relative to the repository or the uploaded file's name. */
  readonly file?: string;
  readonly sheet?: string;
  /** 1-based row number as the spreadsheet program shows it. */
  readonly row?: number;
  /** The sentence the fact was taken from, verbatim. */
  readonly quote?: string;
  /** The document the quote is from (title or URL). */
  readonly document?: string;
  /** For a fact edited in the app: the editor, and when (ISO time). */
  readonly editor?: string;
  readonly at?: string;
}

export type PropValue = string | number;
export type Props = Readonly<Record<string, PropValue>>;

/** A statistic recorded where a document gives only a count (e.g. 4 省级工程技术研究中心). */
export interface Statistic {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly asOf?: string;
  readonly source?: Source;
}

export interface GraphNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly nameEn?: string;
  readonly aliases: readonly string[];
  readonly description?: string;
  readonly keywords: readonly string[];
  readonly props: Props;
  readonly stats: readonly Statistic[];
  readonly sources: readonly Source[];
}

export interface GraphEdge {
  readonly id: string;
  readonly kind: RelKind;
  readonly from: string;
  readonly to: string;
  readonly props: Props;
  readonly sources: readonly Source[];
}

export interface Subgraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** True when a limit cut the result short. */
  readonly truncated: boolean;
}

/** A relationship id is derived from its kind and ends, so the same fact always has the same id. */
export function edgeId(kind: RelKind, from: string, to: string): string {
  return `${kind}:${from}->${to}`;
}

/** A complete node record with empty lists and maps, for generated graphs and tests. */
export function nodeRecord(
  kind: NodeKind,
  id: string,
  name: string,
  extra: Partial<GraphNode> = {},
): GraphNode {
  return { id, kind, name, aliases: [], keywords: [], props: {}, stats: [], sources: [], ...extra };
}

/** A complete relationship record, its id derived from its kind and ends. */
export function edgeRecord(
  kind: RelKind,
  from: string,
  to: string,
  extra: Partial<GraphEdge> = {},
): GraphEdge {
  return { id: edgeId(kind, from, to), kind, from, to, props: {}, sources: [], ...extra };
}
