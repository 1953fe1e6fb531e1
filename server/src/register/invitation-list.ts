/**
 * 科技招商 · whom to invite, for a region: the recommender's need gaps (match/need-gaps.ts: needs with no
 * strong local candidate, and the outside institutions and people that would fill them best), kept to
 * needs still open in the register, grouped by the need's domain (the first in Chinese collation; needs
 * without a domain last) for the bureau's list.
 */
import { NEED_LIFECYCLE, needStatusOf } from '#model';
import { needGaps, type NeedGap } from '../match/need-gaps.ts';
import type { GraphStore, NeedRow } from '../store/index.ts';

export interface Invitation {
  readonly row: NeedRow;
  readonly gap: NeedGap;
}

export interface InvitationGroup {
  /** Null for needs in no domain. */
  readonly domain: { readonly id: string; readonly name: string } | null;
  readonly invitations: readonly Invitation[];
}

/** How many of the region's needs the recommender is asked about: solved and closed ones are dropped after. */
const GAPS_ASKED = 100;
const collator = new Intl.Collator('zh-CN');

export async function invitationList(
  store: GraphStore,
  regionId: string,
  limit: number,
): Promise<InvitationGroup[]> {
  const gaps = (await needGaps(store, regionId, GAPS_ASKED))
    .filter((gap) => NEED_LIFECYCLE[needStatusOf(gap.need.props)].open)
    .slice(0, limit);
  const rows = new Map(
    (await store.needRows(gaps.map((gap) => gap.need.id))).map((row) => [row.need.id, row]),
  );
  const groups = new Map<string, { domain: InvitationGroup['domain']; invitations: Invitation[] }>();
  for (const gap of gaps) {
    const row = rows.get(gap.need.id);
    if (!row) continue;
    const [domain] = [...row.domains].sort((a, b) => collator.compare(a.name, b.name));
    const key = domain?.id ?? '';
    const group = groups.get(key) ?? { domain: domain ?? null, invitations: [] };
    group.invitations.push({ row, gap });
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => {
    if (!a.domain) return 1;
    if (!b.domain) return -1;
    return collator.compare(a.domain.name, b.domain.name);
  });
}
