// The parts of an answer several operations share: an entity as the map draws it and as the side panel shows it,
// a relationship, counts per kind. Codegen types each as a fragment. The server counts every fragment spread
// as two levels of its depth limit (8), so fragments hold plain fields and spread at most EntitySummary.
import { graphql } from './generated/gql.ts';

export const ENTITY_SUMMARY = graphql(`
  fragment EntitySummary on Entity {
    id
    kind
    kindLabel
    name
    nameEn
    aliases
    degree
  }
`);

export const ENTITY_DETAIL = graphql(`
  fragment EntityDetail on Entity {
    ...EntitySummary
    description
    keywords
    properties {
      key
      label
      value
    }
    stats {
      label
      value
      unit
      asOf
      source {
        file
        sheet
        row
        quote
        document
      }
    }
    sources {
      file
      sheet
      row
      quote
      document
    }
  }
`);

export const EDGE_FIELDS = graphql(`
  fragment EdgeFields on Edge {
    id
    kind
    kindLabel
    from
    to
    properties {
      key
      label
      value
    }
    sources {
      file
      sheet
      row
      quote
      document
    }
  }
`);

export const KIND_COUNT_FIELDS = graphql(`
  fragment KindCountFields on KindCount {
    kind
    label
    count
  }
`);

export const SIGNAL_CONTRIBUTION_FIELDS = graphql(`
  fragment SignalContributionFields on SignalContribution {
    signal
    label
    value
    weight
  }
`);

export const EVIDENCE_PATH_FIELDS = graphql(`
  fragment EvidencePathFields on EvidencePath {
    signal
    label
    nodeIds
    edgeIds
    text
  }
`);
