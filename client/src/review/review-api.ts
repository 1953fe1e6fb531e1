// The review queue's requests from the browser, each a typed document (codegen.ts types them): the pairs
// with their evidence, merging one, keeping one apart, scanning the graph for likely duplicates.
import { graphql } from '../api/generated/gql.ts';
import type { ReviewPairsQuery } from '../api/generated/graphql.ts';
import { graphqlRequest, type RequestOptions } from '../api/graphql-request.ts';

export const REVIEW_PAIRS_QUERY = graphql(`
  query ReviewPairs($first: Int) {
    reviewPairs(first: $first) {
      total
      items {
        id
        kind
        score
        proposedBy
        shared
        reasons {
          code
          weight
          label
        }
        a {
          id
          name
          kindLabel
          aliases
        }
        b {
          id
          name
          kindLabel
          aliases
        }
      }
    }
  }
`);

export const MERGE_PAIR = graphql(`
  mutation MergePair($id: ID!, $keepId: ID!) {
    mergePair(id: $id, keepId: $keepId) {
      kept {
        id
      }
    }
  }
`);

export const KEEP_APART = graphql(`
  mutation KeepApart($id: ID!) {
    keepApart(id: $id) {
      id
    }
  }
`);

export const SCAN_DUPLICATES = graphql(`
  mutation ScanDuplicates {
    scanDuplicates {
      added
    }
  }
`);

export type ReviewPairItem = ReviewPairsQuery['reviewPairs']['items'][number];

export const reviewApi = {
  pairs: (options?: RequestOptions) =>
    graphqlRequest(REVIEW_PAIRS_QUERY, { first: 50 }, options).then((data) => data.reviewPairs),
  merge: (id: string, keepId: string) => graphqlRequest(MERGE_PAIR, { id, keepId }),
  keepApart: (id: string) => graphqlRequest(KEEP_APART, { id }),
  scan: () => graphqlRequest(SCAN_DUPLICATES, {}).then((data) => data.scanDuplicates.added),
};
