// The GraphQL answers as the client receives them (mirrors server/src/api/schema.graphql).
import type { NodeKind, RelKind } from '#model';

export interface Source {
  readonly file: string | null;
  readonly sheet: string | null;
  readonly row: number | null;
  readonly quote: string | null;
  readonly document: string | null;
}

export interface Property {
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

export interface Statistic {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly asOf: string | null;
  readonly source: Source | null;
}

/** What the graph needs to draw an entity. */
export interface EntitySummary {
  readonly id: string;
  readonly kind: NodeKind;
  readonly kindLabel: string;
  readonly name: string;
  readonly nameEn: string | null;
  readonly aliases: readonly string[];
  readonly degree: number;
}

/** Everything the side panel shows about an entity. */
export interface Entity extends EntitySummary {
  readonly description: string | null;
  readonly keywords: readonly string[];
  readonly properties: readonly Property[];
  readonly stats: readonly Statistic[];
  readonly sources: readonly Source[];
}

export interface Edge {
  readonly id: string;
  readonly kind: RelKind;
  readonly kindLabel: string;
  readonly from: string;
  readonly to: string;
  readonly properties: readonly Property[];
  readonly sources: readonly Source[];
}

export interface Subgraph {
  readonly nodes: readonly EntitySummary[];
  readonly edges: readonly Edge[];
  readonly truncated: boolean;
}

export interface SearchHit {
  readonly entity: EntitySummary;
  readonly score: number;
  readonly matched: string;
}

export interface KindCount {
  readonly kind: string;
  readonly label: string;
  readonly count: number;
}

export interface Stats {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly nodes: readonly KindCount[];
  readonly edges: readonly KindCount[];
  readonly backend: string;
}

export interface Path {
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
  readonly length: number;
}

export interface PathsAnswer {
  readonly paths: readonly Path[];
  readonly nodes: readonly EntitySummary[];
  readonly edges: readonly Edge[];
  readonly truncated: boolean;
}

export interface Broker {
  readonly entity: EntitySummary;
  readonly degree: number;
}

export interface Cluster {
  readonly size: number;
  readonly edgeCount: number;
  readonly label: EntitySummary;
}

export interface Overview {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly clusterCount: number;
  readonly nodes: readonly KindCount[];
  readonly brokers: readonly Broker[];
  readonly clusters: readonly Cluster[];
}

/** The signals a recommendation is scored on (schema enum Signal). */
export type Signal = 'domain' | 'text' | 'similarHelped' | 'network' | 'trackRecord' | 'proximity';

export interface SignalContribution {
  readonly signal: Signal;
  readonly label: string;
  /** Weighted contribution to the score. */
  readonly value: number;
  readonly weight: number;
}

/** A path of ids to highlight on the map, showing one signal, with its text (合益化工 → 硼烷项目 → …). */
export interface EvidencePath {
  readonly signal: Signal;
  readonly label: string;
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
  readonly text: string;
}

export interface Recommendation {
  readonly entity: EntitySummary;
  /** 0–1, the weighted sum of the contributions. */
  readonly score: number;
  readonly contributions: readonly SignalContribution[];
  readonly evidence: readonly EvidencePath[];
}

/** 谁能帮助 · Who could help: the answer of recommendPartners. */
export interface Recommendations {
  readonly enterprise: EntitySummary | null;
  /** The fields (domains) the question was read as. */
  readonly fields: readonly EntitySummary[];
  readonly items: readonly Recommendation[];
  /** Every entity and relationship on an evidence path, ready to draw. */
  readonly evidence: Subgraph;
}
