// The parts of an answer several operations share: an entity as the map draws it and as the side panel shows it,
// a relationship, counts per kind, a subgraph ready to draw, a recommendation with its reasons. Codegen types
// each as a fragment. The server's depth limit counts fields, not fragments (they are flattened).
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

export const SUBGRAPH_FIELDS = graphql(`
  fragment SubgraphFields on Subgraph {
    truncated
    nodes {
      ...EntitySummary
    }
    edges {
      ...EdgeFields
    }
  }
`);

export const RECOMMENDATION_FIELDS = graphql(`
  fragment RecommendationFields on Recommendation {
    score
    entity {
      ...EntitySummary
    }
    contributions {
      ...SignalContributionFields
    }
    evidence {
      ...EvidencePathFields
    }
  }
`);

export const SUGGESTION_FIELDS = graphql(`
  fragment SuggestionFields on Suggestion {
    enterprise {
      ...EntitySummary
    }
    recommendation {
      ...RecommendationFields
    }
  }
`);
