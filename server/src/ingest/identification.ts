/**
 * What identify builds as it goes, one per import: the name index (growing with the entities rows make),
 * the operations, and the report's lists (review candidates, merges under other names, entities created
 * next to a similar name), with the helpers that fill them.
 */
import { deriveId, type NodeKind, type Source } from '#model';
import type { Decision } from './decide-match.ts';
import type { Op } from './identify-ops.ts';
import { NameIndex, type Candidate, type NameEntry } from './name-index.ts';
import { isPersonKind, type PersonEvidence } from './person-match.ts';
import type { ImportNote, ResolveOptions } from './resolve-batch.ts';
import {
  nameParts,
  type CreatedRecord,
  type MatchRecord,
  type NameSource,
  type ReviewCandidate,
} from './review-candidate.ts';
import type { NodeDraft } from './validate-rows.ts';

export const nameSource = (source: Source, column?: string): NameSource => ({
  file: source.file ?? '',
  ...(source.sheet ? { sheet: source.sheet } : {}),
  ...(source.row !== undefined ? { row: source.row } : {}),
  ...(column ? { column } : {}),
});

/** The state identify builds as it goes; one per import. */
export class Identification {
  readonly index: NameIndex;
  readonly inStore: Set<string>;
  readonly existing = new Set<string>();
  readonly createdAt = new Map<string, number | undefined>();
  readonly ops: Op[] = [];
  readonly notes: ImportNote[] = [];
  readonly review: ReviewCandidate[] = [];
  readonly matches: MatchRecord[] = [];
  readonly created: CreatedRecord[] = [];
  /** Names in link columns found by their own name, with what they were found as. */
  readonly refs = new Map<
    NodeKind | readonly NodeKind[],
    Map<string, { readonly id: string; readonly kind: NodeKind }>
  >();
  /** Units and sources of the people rows of this import made, for later rows of the same name. */
  readonly batchPeople = new Map<string, PersonEvidence>();

  constructor(
    entries: Iterable<NameEntry>,
    readonly options: ResolveOptions,
  ) {
    this.index = new NameIndex(entries, options.aliases);
    this.inStore = new Set(this.index.byId.keys());
  }

  touch(id: string): void {
    if (this.inStore.has(id)) this.existing.add(id);
  }

  /** The derived id for a name, or the first free one after it when another entity holds it. */
  freeId(kind: NodeKind, name: string): string {
    const base = deriveId(kind, name);
    if (!this.index.byId.has(base)) return base;
    for (let n = 2; ; n++) if (!this.index.byId.has(`${base}~${n}`)) return `${base}~${n}`;
  }

  side(candidate: Candidate) {
    return {
      id: candidate.id,
      kind: candidate.kind,
      name: candidate.name,
      matchedName: candidate.matchedName,
      parts: isPersonKind(candidate.kind) ? null : nameParts(candidate.parts),
    };
  }

  recordMatch(decision: Extract<Decision, { type: 'match' }>, name: string, source: NameSource): void {
    if (!decision.tier) return;
    const entity = this.index.byId.get(decision.id);
    if (!entity || entity.name === name) return;
    this.matches.push({
      source,
      name,
      id: decision.id,
      kind: entity.kind,
      entityName: entity.name,
      tier: decision.tier,
      score: decision.score,
      reasons: decision.reasons,
    });
  }

  recordCreated(id: string, kind: NodeKind, name: string, source: NameSource, nearest: Candidate | null) {
    if (!nearest) return;
    const { score, reasons } = nearest;
    this.created.push({
      source,
      id,
      kind,
      name,
      nearest: { id: nearest.id, name: nearest.name, score, reasons },
    });
  }

  queue(
    candidates: readonly Candidate[],
    incoming: { id: string | null; kind: NodeKind; name: string },
    source: NameSource,
    draft?: NodeDraft,
  ): void {
    // People have no name parts: they are told apart by their units.
    const parts = isPersonKind(incoming.kind)
      ? null
      : nameParts(this.index.parts(incoming.name, incoming.kind));
    for (const candidate of candidates) {
      this.review.push({
        incoming: { ...incoming, matchedName: incoming.name, parts },
        existing: this.side(candidate),
        score: candidate.score,
        reasons: candidate.reasons,
        source,
        action: incoming.id ? 'created' : 'held',
        ...(draft && !incoming.id ? { draft } : {}),
      });
    }
  }
}
