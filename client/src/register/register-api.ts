// The 1+N need register's requests, each a typed document (codegen.ts types them): the register's page of
// needs, one need with its 对接 and status history, 对接 records, the dashboard, the 招商 list, and the
// editors' changes (record a need, move it along its lifecycle, record a 对接), and any table as a file.
import { graphql } from '../api/generated/gql.ts';
import type {
  ChangeNeedStatusMutationVariables,
  DashboardQuery,
  EngagementsQuery,
  EngagementsQueryVariables,
  InvitationsQuery,
  NeedQuery,
  NeedsQuery,
  NeedsQueryVariables,
  RecordEngagementMutationVariables,
  RecordNeedMutationVariables,
  TableFileQueryVariables,
} from '../api/generated/graphql.ts';
import { graphqlRequest, type RequestOptions } from '../api/graphql-request.ts';

export const NEED_ROW = graphql(`
  fragment NeedRow on NeedRecord {
    id
    name
    description
    needType
    status
    nextStatuses
    open
    follower
    raisedOn
    updatedOn
    solvedOn
    supportAmount
    supportPolicy
    engagementCount
    lastEngagedOn
    enterprise {
      id
      name
      kind
    }
    domains {
      id
      name
      kind
    }
  }
`);

export const ENGAGEMENT_ROW = graphql(`
  fragment EngagementRow on Engagement {
    id
    name
    date
    activityType
    outcome
    nextStep
    basis
    need {
      id
      name
      kind
    }
    enterprise {
      id
      name
      kind
    }
    partners {
      id
      name
      kind
    }
    activity {
      id
      name
      kind
    }
  }
`);

export const NEEDS_QUERY = graphql(`
  query Needs(
    $filter: NeedFilter
    $text: String
    $sort: NeedSort
    $descending: Boolean
    $first: Int
    $offset: Int
  ) {
    needs(
      filter: $filter
      text: $text
      sort: $sort
      descending: $descending
      first: $first
      offset: $offset
    ) {
      total
      items {
        ...NeedRow
      }
    }
  }
`);

export const NEED_QUERY = graphql(`
  query Need($id: ID!) {
    need(id: $id) {
      ...NeedRow
      statusHistory(first: 20) {
        changeSetId
        editor
        at
        kind
        from
        to
        on
        note
        undone
      }
    }
  }
`);

export const ENGAGEMENTS_QUERY = graphql(`
  query Engagements($partyId: ID, $since: String, $until: String, $regionId: ID, $first: Int) {
    engagements(partyId: $partyId, since: $since, until: $until, regionId: $regionId, first: $first) {
      total
      items {
        ...EngagementRow
      }
    }
  }
`);

export const DASHBOARD_QUERY = graphql(`
  query Dashboard($regionId: ID) {
    needDashboard(regionId: $regionId) {
      region {
        id
        name
      }
      total
      open
      solved
      engagementCount
      byStatus {
        key
        label
        count
      }
      byType {
        key
        label
        count
      }
      byDomain {
        id
        name
        count
        open
      }
      byEnterprise {
        id
        name
        count
        open
      }
      perMonth {
        period
        raised
        solved
      }
      perYear {
        period
        raised
        solved
      }
      engagementsByType {
        key
        label
        count
      }
      solveTime {
        count
        averageDays
        minDays
        maxDays
        buckets {
          key
          label
          count
        }
      }
    }
  }
`);

export const INVITATIONS_QUERY = graphql(`
  query Invitations($regionId: ID!, $limit: Int) {
    invitations(regionId: $regionId, limit: $limit) {
      domain {
        id
        name
        kind
      }
      invitations {
        need {
          ...NeedRow
        }
        bestLocal {
          score
          entity {
            ...EntitySummary
          }
        }
        invite {
          score
          entity {
            ...EntitySummary
          }
          evidence {
            ...EvidencePathFields
          }
        }
        evidence {
          ...SubgraphFields
        }
      }
    }
  }
`);

export const RECORD_NEED = graphql(`
  mutation RecordNeed($input: NeedInput!) {
    recordNeed(input: $input) {
      need {
        ...NeedRow
      }
      changeSet {
        id
      }
    }
  }
`);

export const CHANGE_NEED_STATUS = graphql(`
  mutation ChangeNeedStatus(
    $id: ID!
    $status: String!
    $on: String
    $note: String
    $supportAmount: String
    $supportPolicy: String
  ) {
    changeNeedStatus(
      id: $id
      status: $status
      on: $on
      note: $note
      supportAmount: $supportAmount
      supportPolicy: $supportPolicy
    ) {
      need {
        ...NeedRow
      }
      changeSet {
        id
      }
    }
  }
`);

export const RECORD_ENGAGEMENT = graphql(`
  mutation RecordEngagement($input: EngagementInput!) {
    recordEngagement(input: $input) {
      engagement {
        ...EngagementRow
      }
      changeSet {
        id
      }
    }
  }
`);

export const TABLE_FILE = graphql(`
  query TableFile($table: TableInput!, $format: FileFormat!) {
    tableFile(table: $table, format: $format) {
      fileName
      mimeType
      contentBase64
    }
  }
`);

export type NeedRowData = NeedsQuery['needs']['items'][number];
export type NeedDetailData = NonNullable<NeedQuery['need']>;
export type EngagementData = EngagementsQuery['engagements']['items'][number];
export type DashboardData = DashboardQuery['needDashboard'];
export type InvitationGroupData = InvitationsQuery['invitations'][number];
export type InvitationData = InvitationGroupData['invitations'][number];

export const registerApi = {
  needs: async (variables: NeedsQueryVariables, options?: RequestOptions) =>
    (await graphqlRequest(NEEDS_QUERY, variables, options)).needs,
  need: async (id: string, options?: RequestOptions) =>
    (await graphqlRequest(NEED_QUERY, { id }, options)).need,
  engagements: async (variables: EngagementsQueryVariables, options?: RequestOptions) =>
    (await graphqlRequest(ENGAGEMENTS_QUERY, variables, options)).engagements,
  dashboard: async (regionId: string | null, options?: RequestOptions) =>
    (await graphqlRequest(DASHBOARD_QUERY, { regionId }, options)).needDashboard,
  invitations: async (regionId: string, options?: RequestOptions) =>
    (await graphqlRequest(INVITATIONS_QUERY, { regionId, limit: 20 }, options)).invitations,
  recordNeed: async (input: RecordNeedMutationVariables['input']) =>
    (await graphqlRequest(RECORD_NEED, { input }, {})).recordNeed,
  changeStatus: async (variables: ChangeNeedStatusMutationVariables) =>
    (await graphqlRequest(CHANGE_NEED_STATUS, variables, {})).changeNeedStatus,
  recordEngagement: async (input: RecordEngagementMutationVariables['input']) =>
    (await graphqlRequest(RECORD_ENGAGEMENT, { input }, {})).recordEngagement,
  tableFile: async (variables: TableFileQueryVariables) =>
    (await graphqlRequest(TABLE_FILE, variables, {})).tableFile,
};
