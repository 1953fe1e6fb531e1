/**
 * What identify decides for each row, as operations merge applies in order: a node row for an entity, a
 * relationship, a statistic, an alias, an entity created for a name in a link column (a stub), a row held
 * back for review, a rejected row. Relationship rows have their endpoint kinds checked here, once.
 */
import {
  NODE_KIND_SPECS,
  REL_KIND_SPECS,
  allowsEndpoints,
  type GraphNode,
  type NodeKind,
  type PropValue,
  type RelKind,
  type Source,
  type Statistic,
} from '#model';
import type { ImportProblem } from './import-problem.ts';
import { describeKinds } from './match-messages.ts';
import type { NodeDraft } from './validate-rows.ts';

export type NodeOp = {
  readonly type: 'node';
  readonly draft: NodeDraft;
  readonly id: string;
  /** False when another row of this import created it. */
  readonly first: boolean;
  readonly existed: boolean;
  readonly firstRow?: number;
};

export type EdgeOp = {
  readonly type: 'edge';
  readonly kind: RelKind;
  readonly from: string;
  readonly to: string;
  readonly props: Readonly<Record<string, PropValue>>;
  readonly source: Source;
};

export type StatOp = {
  readonly type: 'stat';
  readonly region: string;
  readonly stat: Statistic;
  readonly source: Source;
};
export type AliasOp = { readonly type: 'alias'; readonly id: string; readonly alias: string };
export type StubOp = { readonly type: 'stub'; readonly node: GraphNode };
export type HeldOp = { readonly type: 'held'; readonly kind: NodeKind };
export type RejectOp = { readonly type: 'reject'; readonly kind: string; readonly problems: ImportProblem[] };

export type Op = NodeOp | EdgeOp | StatOp | AliasOp | StubOp | HeldOp | RejectOp;

export function problemAt(source: Source, message: string, column?: string): ImportProblem {
  return {
    file: source.file ?? '',
    ...(source.sheet ? { sheet: source.sheet } : {}),
    ...(source.row !== undefined ? { row: source.row } : {}),
    ...(column ? { column } : {}),
    message,
  };
}

type End = { readonly id: string; readonly kind: NodeKind };

export const edgeOpFor = {
  fromKinds: (kind: RelKind) => REL_KIND_SPECS[kind].from,
  toKinds: (kind: RelKind) => REL_KIND_SPECS[kind].to,
  /** A relationship row's operation, its ends' kinds checked against the declaration. */
  checked(
    kind: RelKind,
    from: End,
    to: End,
    props: Readonly<Record<string, PropValue>>,
    source: Source,
    column: string,
  ): EdgeOp | RejectOp {
    if (allowsEndpoints(kind, from.kind, to.kind))
      return { type: 'edge', kind, from: from.id, to: to.id, props, source };
    const message = describeKinds.endpoints(
      kind,
      NODE_KIND_SPECS[from.kind].zh,
      NODE_KIND_SPECS[to.kind].zh,
      from.kind,
      to.kind,
    );
    return { type: 'reject', kind, problems: [problemAt(source, message, column)] };
  },
};
