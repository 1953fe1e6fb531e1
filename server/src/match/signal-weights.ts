/**
 * The one place where the recommender's weights live. A recommendation's score is the weighted sum
 * of its signals, each scaled to 0–1; the weights sum to 1, so scores read as 0–100%.
 *
 * - domain: the candidate works in the fields the need or the enterprise is in (directly, or through
 *   projects), with the domain hierarchy: a 针状焦 expert matches 针状焦 strongly and a 石油化工 one weakly.
 * - text: the need's and the enterprise's words (Chinese segmented, character bigrams) in the
 *   candidate's name, keywords and description.
 * - similarHelped: the candidate already cooperates with enterprises in the same fields.
 * - network: shared neighbours with the enterprise (people, platforms, projects), Adamic–Adar weighted.
 * - trackRecord: projects, cooperations and programmes the candidate has.
 * - proximity: same district or city, or already serving the district (科技特派员).
 *
 * Track record and proximity are scaled by the candidate's strongest relevance signal (domain, text,
 * similarHelped, network), so they rank relevant candidates rather than make irrelevant ones relevant.
 * Weights were chosen on the synthetic evaluation (npm run eval:match, two generator seeds) among a
 * handful of settings, not fitted: see docs/benchmarks.md.
 */
import { type Signal } from '#model';

export { SIGNALS, SIGNAL_LABELS, type Signal } from '#model';

export const SIGNAL_WEIGHTS: Readonly<Record<Signal, number>> = {
  domain: 0.3,
  text: 0.06,
  similarHelped: 0.08,
  network: 0.18,
  trackRecord: 0.2,
  proximity: 0.18,
};

/** How well a candidate's field matches a wanted field, by their place in the hierarchy. */
export const DOMAIN_RELATION_STRENGTH = {
  same: 1,
  /** Candidate's field is narrower than the wanted one (a 针状焦 expert for 石油化工). */
  narrower: 0.7,
  /** Candidate's field is broader (a 石油化工 expert for 针状焦). */
  broader: 0.45,
  /** Both share a parent. */
  sibling: 0.25,
} as const;

/** A field reached through a project counts a little less than one the candidate declares. */
export const VIA_PROJECT = 0.8;
/** The enterprise's own fields weigh this much when a need is also given. */
export const ENTERPRISE_FIELDS_WITH_NEED = 0.6;
/** Proximity of an institution the district's science bureau already works with. */
export const BUREAU_PARTNER = 0.6;
/** Signals that say a candidate is relevant to the question; the others only support. */
export const RELEVANCE_SIGNALS: readonly Signal[] = ['domain', 'text', 'similarHelped', 'network'];
/** A relevance signal below this is noise (a shared common word), not relevance. */
export const RELEVANCE_THRESHOLD = 0.1;
/** Proximity and track record count this much for a candidate with no relevance signal. */
export const SUPPORT_WITHOUT_RELEVANCE = 0.5;
