/**
 * The entities an import matches names against, indexed by id, exact name key, abbreviation, a person's
 * name without title and, for every other kind, the trade name of each of their names (built on first
 * need, so a re-import whose names are all found exactly never parses one). `lookup` says by which tier a
 * name was found: the certain ones (id, name, alias, abbreviation) or the scored candidates sharing its
 * trade name, best first, each with its reasons (names/score-match.ts).
 */
import { NODE_KINDS, type NodeKind } from '#model';
import { PEOPLE } from './link-concepts.ts';
import { exactKey, expandAlias, personKey } from './name-keys.ts';
import { nameFamily, parseOrgName, type NameFamily, type OrgName } from './names/parse-org-name.ts';
import { MERGE_AT, scoreMatch, type MatchReason } from './names/score-match.ts';

/** What matching needs to know of an entity. */
export interface NameEntry {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** An entity that may be the one a name stands for, scored. */
export interface Candidate {
  readonly id: string;
  readonly kind: NodeKind;
  /** The entity's name. */
  readonly name: string;
  /** Which of its names met the looked-up name. */
  readonly matchedName: string;
  readonly score: number;
  readonly reasons: readonly MatchReason[];
  /** The parts of the matched name. */
  readonly parts: OrgName;
}

export type Lookup =
  | { readonly tier: 'id' | 'exact' | 'alias' | 'abbreviation'; readonly ids: readonly string[] }
  | { readonly tier: 'person'; readonly ids: readonly string[] }
  | {
      readonly tier: 'parts';
      /** The looked-up name's parts, per kind asked for (the first). */
      readonly parts: OrgName | null;
      readonly candidates: readonly Candidate[];
    };

interface BlockEntry {
  readonly id: string;
  readonly name: string;
  readonly parts: OrgName;
}

const isPerson = (kind: NodeKind) => PEOPLE.includes(kind);

export class NameIndex {
  readonly byId = new Map<string, NameEntry>();
  private readonly exact = new Map<string, string[]>();
  private readonly people = new Map<string, string[]>();
  private readonly extraAliases = new Map<string, string[]>();
  /** `${kind}|${trade}` → the names with that trade name; null until first needed. */
  private blocks: Map<string, BlockEntry[]> | null = null;
  private readonly parsed = new Map<NameFamily, Map<string, OrgName>>();

  constructor(entries: Iterable<NameEntry>, aliases: Readonly<Record<string, string>> = {}) {
    for (const [alias, name] of Object.entries(aliases)) {
      const key = exactKey(alias);
      if (key) this.extraAliases.set(key, [...(this.extraAliases.get(key) ?? []), name]);
    }
    for (const entry of entries) this.add(entry);
  }

  /** The exact key of a name. */
  key(name: string): string {
    return exactKey(name);
  }

  /** A name's parts as a name of this kind (remembered). */
  parts(name: string, kind: NodeKind): OrgName {
    const family = nameFamily(kind);
    let cache = this.parsed.get(family);
    if (!cache) this.parsed.set(family, (cache = new Map()));
    let parts = cache.get(name);
    if (!parts) {
      parts = parseOrgName(name, family);
      cache.set(name, parts);
    }
    return parts;
  }

  add(entry: NameEntry): void {
    const previous = this.byId.get(entry.id);
    this.byId.set(entry.id, entry);
    const names = entry.aliases.length === 0 ? [entry.name] : [...new Set([entry.name, ...entry.aliases])];
    for (const name of names) {
      if (previous && (previous.name === name || previous.aliases.includes(name))) continue;
      const key = this.key(name);
      if (!key) continue;
      push(this.exact, key, entry.id);
      if (isPerson(entry.kind)) push(this.people, personKey(name), entry.id);
      else if (this.blocks) this.addToBlock(this.blocks, entry.id, entry.kind, name);
    }
  }

  private addToBlock(blocks: Map<string, BlockEntry[]>, id: string, kind: NodeKind, name: string) {
    const parts = this.parts(name, kind);
    if (!parts.trade) return;
    const block = `${kind}|${parts.trade}`;
    const list = blocks.get(block);
    if (!list) blocks.set(block, [{ id, name, parts }]);
    else if (!list.some((each) => each.id === id && each.name === name)) list.push({ id, name, parts });
  }

  private block(kind: NodeKind, trade: string): readonly BlockEntry[] {
    if (!this.blocks) {
      const blocks = new Map<string, BlockEntry[]>();
      for (const entry of this.byId.values()) {
        if (isPerson(entry.kind)) continue;
        for (const name of [entry.name, ...entry.aliases])
          this.addToBlock(blocks, entry.id, entry.kind, name);
      }
      this.blocks = blocks;
    }
    return this.blocks.get(`${kind}|${trade}`) ?? [];
  }

  private ofKinds(ids: readonly string[], kinds: readonly NodeKind[] | undefined): readonly string[] {
    if (ids.length === 1 && ids[0] !== undefined) {
      const kind = this.byId.get(ids[0])?.kind;
      return kind && (!kinds || kinds.includes(kind)) ? ids : [];
    }
    const out: string[] = [];
    for (const id of ids) {
      const kind = this.byId.get(id)?.kind;
      if (kind && (!kinds || kinds.includes(kind)) && !out.includes(id)) out.push(id);
    }
    return out;
  }

  /** How a name is found among entities of these kinds (all kinds when none are given). */
  lookup(name: string, kinds?: readonly NodeKind[]): Lookup {
    const direct = this.byId.get(name);
    if (direct && (!kinds || kinds.includes(direct.kind))) return { tier: 'id', ids: [direct.id] };
    const key = this.key(name);
    if (!key) return { tier: 'parts', parts: null, candidates: [] };
    const exact = this.ofKinds(this.exact.get(key) ?? [], kinds);
    if (exact.length > 0) {
      const byName = exact.some((id) => this.key(this.byId.get(id)?.name ?? '') === key);
      return { tier: byName ? 'exact' : 'alias', ids: exact };
    }
    const expanded = expandAlias(key, this.extraAliases);
    if (expanded.length > 0) {
      const ids = this.ofKinds(
        expanded.flatMap((full) => {
          const byId = this.byId.get(full);
          return byId ? [byId.id] : (this.exact.get(this.key(full)) ?? []);
        }),
        kinds,
      );
      if (ids.length > 0) return { tier: 'abbreviation', ids };
    }
    const wanted = kinds ?? NODE_KINDS;
    if (wanted.some(isPerson)) {
      const ids = this.ofKinds(this.people.get(personKey(name)) ?? [], wanted.filter(isPerson));
      if (ids.length > 0) return { tier: 'person', ids };
    }
    let parts: OrgName | null = null;
    const candidates: Candidate[] = [];
    for (const kind of wanted) {
      if (isPerson(kind)) continue;
      parts ??= this.parts(name, kind);
      candidates.push(...this.candidates(name, kind));
    }
    candidates.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    return { tier: 'parts', parts, candidates };
  }

  /** Entities of a kind (not a person) that share the name's trade name, each scored, unsorted. */
  candidates(name: string, kind: NodeKind): Candidate[] {
    const candidates: Candidate[] = [];
    const mine = this.parts(name, kind);
    if (!mine.trade) return candidates;
    const block = this.block(kind, mine.trade);
    const byEntity = new Map<string, BlockEntry[]>();
    for (const entry of block) push(byEntity, entry.id, entry);
    for (const [id, names] of byEntity) {
      const entity = this.byId.get(id);
      const first = names[0];
      if (!entity || !first) continue;
      const { score, reasons } = scoreMatch(
        mine,
        names.map((each) => each.parts),
      );
      const best = names.find((each) => each.name === entity.name) ?? first;
      candidates.push({
        id,
        kind,
        name: entity.name,
        matchedName: best.name,
        score,
        reasons,
        parts: best.parts,
      });
    }
    return candidates;
  }

  /** Other entities whose name or alias has the same exact key as one of this entity's. */
  sameKey(entry: NameEntry): string[] {
    const others = new Set<string>();
    for (const name of [entry.name, ...entry.aliases])
      for (const id of this.exact.get(this.key(name)) ?? [])
        if (id !== entry.id && this.byId.get(id)?.kind === entry.kind) others.add(id);
    return [...others];
  }

  /**
   * Ids of the entities of these kinds a name certainly stands for: found by id, name, alias or
   * abbreviation, or the one candidate scored to merge; several means ambiguous.
   */
  find(name: string, kinds?: readonly NodeKind[]): string[] {
    const found = this.lookup(name, kinds);
    if (found.tier !== 'parts') return [...found.ids];
    return found.candidates
      .filter((candidate) => candidate.score >= MERGE_AT)
      .map((candidate) => candidate.id);
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
