/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment EntitySummary on Entity {\n    id\n    kind\n    kindLabel\n    name\n    nameEn\n    aliases\n    degree\n  }\n": typeof types.EntitySummaryFragmentDoc,
    "\n  fragment EntityDetail on Entity {\n    ...EntitySummary\n    description\n    keywords\n    properties {\n      key\n      label\n      value\n    }\n    stats {\n      label\n      value\n      unit\n      asOf\n      source {\n        file\n        sheet\n        row\n        quote\n        document\n      }\n    }\n    sources {\n      file\n      sheet\n      row\n      quote\n      document\n    }\n  }\n": typeof types.EntityDetailFragmentDoc,
    "\n  fragment EdgeFields on Edge {\n    id\n    kind\n    kindLabel\n    from\n    to\n    properties {\n      key\n      label\n      value\n    }\n    sources {\n      file\n      sheet\n      row\n      quote\n      document\n    }\n  }\n": typeof types.EdgeFieldsFragmentDoc,
    "\n  fragment KindCountFields on KindCount {\n    kind\n    label\n    count\n  }\n": typeof types.KindCountFieldsFragmentDoc,
    "\n  fragment SignalContributionFields on SignalContribution {\n    signal\n    label\n    value\n    weight\n  }\n": typeof types.SignalContributionFieldsFragmentDoc,
    "\n  fragment EvidencePathFields on EvidencePath {\n    signal\n    label\n    nodeIds\n    edgeIds\n    text\n  }\n": typeof types.EvidencePathFieldsFragmentDoc,
    "\n  fragment SubgraphFields on Subgraph {\n    truncated\n    nodes {\n      ...EntitySummary\n    }\n    edges {\n      ...EdgeFields\n    }\n  }\n": typeof types.SubgraphFieldsFragmentDoc,
    "\n  fragment RecommendationFields on Recommendation {\n    score\n    entity {\n      ...EntitySummary\n    }\n    contributions {\n      ...SignalContributionFields\n    }\n    evidence {\n      ...EvidencePathFields\n    }\n  }\n": typeof types.RecommendationFieldsFragmentDoc,
    "\n  fragment SuggestionFields on Suggestion {\n    enterprise {\n      ...EntitySummary\n    }\n    recommendation {\n      ...RecommendationFields\n    }\n  }\n": typeof types.SuggestionFieldsFragmentDoc,
    "\n  query Search($text: String!, $kinds: [NodeKind!], $limit: Int) {\n    search(text: $text, kinds: $kinds, limit: $limit) {\n      score\n      matched\n      entity {\n        ...EntitySummary\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int, $kinds: [NodeKind!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, kinds: $kinds, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      ...EntityDetail\n    }\n  }\n": typeof types.EntityDocument,
    "\n  query Stats {\n    stats {\n      nodeCount\n      edgeCount\n      backend\n      nodes {\n        ...KindCountFields\n      }\n      edges {\n        ...KindCountFields\n      }\n    }\n  }\n": typeof types.StatsDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) {\n      truncated\n      paths {\n        nodeIds\n        edgeIds\n        length\n      }\n      nodes {\n        ...EntitySummary\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query Overview($limit: Int) {\n    overview(limit: $limit) {\n      nodeCount\n      edgeCount\n      clusterCount\n      nodes {\n        ...KindCountFields\n      }\n      brokers {\n        degree\n        entity {\n          ...EntitySummary\n        }\n      }\n      clusters {\n        size\n        edgeCount\n        label {\n          ...EntitySummary\n        }\n      }\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query RecommendPartners(\n    $enterpriseId: ID\n    $need: String\n    $kinds: [NodeKind!]\n    $limit: Int\n    $includeExisting: Boolean\n  ) {\n    recommendPartners(\n      enterpriseId: $enterpriseId\n      need: $need\n      kinds: $kinds\n      limit: $limit\n      includeExisting: $includeExisting\n    ) {\n      enterprise {\n        ...EntitySummary\n      }\n      fields {\n        ...EntitySummary\n      }\n      items {\n        ...RecommendationFields\n      }\n      evidence {\n        ...SubgraphFields\n      }\n    }\n  }\n": typeof types.RecommendPartnersDocument,
    "\n  query Me {\n    me {\n      name\n      expiresAt\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($key: String!) {\n    signIn(key: $key) {\n      name\n      expiresAt\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment ChangeSetFields on ChangeSet {\n    id\n    editor\n    at\n    kind\n    kindLabel\n    note\n    entryCount\n    undoes\n    undoneBy\n    counts {\n      kind\n      label\n      created\n      updated\n      deleted\n    }\n  }\n": typeof types.ChangeSetFieldsFragmentDoc,
    "\n  query ChangeSets($entityId: ID, $first: Int, $offset: Int) {\n    changeSets(entityId: $entityId, first: $first, offset: $offset) {\n      total\n      items {\n        ...ChangeSetFields\n        entries(first: 20) {\n          type\n          id\n          label\n          action\n          fields {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChangeSetsDocument,
    "\n  mutation UndoChangeSet($id: ID!) {\n    undoChangeSet(id: $id) {\n      ...ChangeSetFields\n    }\n  }\n": typeof types.UndoChangeSetDocument,
    "\n  mutation CreateEntity($input: EntityInput!, $distinctFrom: [ID!]) {\n    createEntity(input: $input, distinctFrom: $distinctFrom) {\n      entity {\n        id\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n": typeof types.CreateEntityDocument,
    "\n  mutation UpdateEntity($id: ID!, $input: EntityPatch!) {\n    updateEntity(id: $id, input: $input) {\n      changeSet {\n        id\n      }\n    }\n  }\n": typeof types.UpdateEntityDocument,
    "\n  mutation DeleteEntity($id: ID!) {\n    deleteEntity(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteEntityDocument,
    "\n  mutation CreateRelationship($input: RelationshipInput!) {\n    createRelationship(input: $input) {\n      edge {\n        id\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n": typeof types.CreateRelationshipDocument,
    "\n  mutation UpdateRelationship($id: ID!, $properties: [PropertyInput!], $from: ID, $to: ID) {\n    updateRelationship(id: $id, properties: $properties, from: $from, to: $to) {\n      edge {\n        id\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n": typeof types.UpdateRelationshipDocument,
    "\n  mutation DeleteRelationship($id: ID!) {\n    deleteRelationship(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteRelationshipDocument,
    "\n  fragment ImportProblemFields on ImportProblem {\n    file\n    sheet\n    row\n    column\n    message\n  }\n": typeof types.ImportProblemFieldsFragmentDoc,
    "\n  mutation ImportSpreadsheets(\n    $files: [SpreadsheetUpload!]!\n    $mapping: String\n    $dryRun: Boolean\n    $strict: Boolean\n  ) {\n    importSpreadsheets(files: $files, mapping: $mapping, dryRun: $dryRun, strict: $strict) {\n      dryRun\n      written\n      rows\n      nodesWritten\n      edgesWritten\n      problemCount\n      sheets {\n        file\n        sheet\n        target\n        targetLabel\n        reason\n        headerRow\n        columns {\n          header\n          meaning\n          use\n          byMappingFile\n        }\n        defaults {\n          key\n          value\n        }\n      }\n      counts {\n        kind\n        label\n        created\n        updated\n        unchanged\n        rejected\n      }\n      problems {\n        ...ImportProblemFields\n      }\n      notes {\n        ...ImportProblemFields\n      }\n    }\n  }\n": typeof types.ImportSpreadsheetsDocument,
    "\n  query SuggestedPartners($enterpriseIds: [ID!]!, $perEnterprise: Int) {\n    suggestedPartners(enterpriseIds: $enterpriseIds, perEnterprise: $perEnterprise) {\n      items {\n        ...SuggestionFields\n      }\n      evidence {\n        ...SubgraphFields\n      }\n    }\n  }\n": typeof types.SuggestedPartnersDocument,
    "\n  query Opportunities($regionId: ID!, $limit: Int) {\n    opportunities(regionId: $regionId, limit: $limit) {\n      items {\n        ...SuggestionFields\n      }\n      evidence {\n        ...SubgraphFields\n      }\n    }\n  }\n": typeof types.OpportunitiesDocument,
    "\n  fragment RankingModelFields on RankingModel {\n    origin\n    fittedAt\n    split\n    heldOut\n    kept\n    note\n    fitted {\n      hitAt5\n      hitAt10\n      mrr\n      queries\n    }\n    defaults {\n      hitAt5\n      hitAt10\n      mrr\n      queries\n    }\n    weights {\n      feature\n      signal\n      label\n      weight\n    }\n  }\n": typeof types.RankingModelFieldsFragmentDoc,
    "\n  query RankingModel {\n    rankingModel {\n      ...RankingModelFields\n    }\n  }\n": typeof types.RankingModelDocument,
    "\n  mutation FitRankingModel {\n    fitRankingModel {\n      ...RankingModelFields\n    }\n  }\n": typeof types.FitRankingModelDocument,
    "\n  fragment NeedRow on NeedRecord {\n    id\n    name\n    description\n    needType\n    status\n    nextStatuses\n    open\n    follower\n    raisedOn\n    updatedOn\n    solvedOn\n    supportAmount\n    supportPolicy\n    engagementCount\n    lastEngagedOn\n    enterprise {\n      id\n      name\n      kind\n    }\n    domains {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.NeedRowFragmentDoc,
    "\n  fragment EngagementRow on Engagement {\n    id\n    name\n    date\n    activityType\n    outcome\n    nextStep\n    basis\n    need {\n      id\n      name\n      kind\n    }\n    enterprise {\n      id\n      name\n      kind\n    }\n    partners {\n      id\n      name\n      kind\n    }\n    activity {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.EngagementRowFragmentDoc,
    "\n  query Needs(\n    $filter: NeedFilter\n    $text: String\n    $sort: NeedSort\n    $descending: Boolean\n    $first: Int\n    $offset: Int\n  ) {\n    needs(\n      filter: $filter\n      text: $text\n      sort: $sort\n      descending: $descending\n      first: $first\n      offset: $offset\n    ) {\n      total\n      items {\n        ...NeedRow\n      }\n    }\n  }\n": typeof types.NeedsDocument,
    "\n  query Need($id: ID!) {\n    need(id: $id) {\n      ...NeedRow\n      statusHistory(first: 20) {\n        changeSetId\n        editor\n        at\n        kind\n        from\n        to\n        on\n        note\n        undone\n      }\n    }\n  }\n": typeof types.NeedDocument,
    "\n  query Engagements($partyId: ID, $since: String, $until: String, $regionId: ID, $first: Int) {\n    engagements(partyId: $partyId, since: $since, until: $until, regionId: $regionId, first: $first) {\n      total\n      items {\n        ...EngagementRow\n      }\n    }\n  }\n": typeof types.EngagementsDocument,
    "\n  query Dashboard($regionId: ID) {\n    needDashboard(regionId: $regionId) {\n      region {\n        id\n        name\n      }\n      total\n      open\n      solved\n      engagementCount\n      byStatus {\n        key\n        label\n        count\n      }\n      byType {\n        key\n        label\n        count\n      }\n      byDomain {\n        id\n        name\n        count\n        open\n      }\n      byEnterprise {\n        id\n        name\n        count\n        open\n      }\n      perMonth {\n        period\n        raised\n        solved\n      }\n      perYear {\n        period\n        raised\n        solved\n      }\n      engagementsByType {\n        key\n        label\n        count\n      }\n      solveTime {\n        count\n        averageDays\n        minDays\n        maxDays\n        buckets {\n          key\n          label\n          count\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query Invitations($regionId: ID!, $limit: Int) {\n    invitations(regionId: $regionId, limit: $limit) {\n      domain {\n        id\n        name\n        kind\n      }\n      invitations {\n        need {\n          ...NeedRow\n        }\n        bestLocal {\n          score\n          entity {\n            ...EntitySummary\n          }\n        }\n        invite {\n          score\n          entity {\n            ...EntitySummary\n          }\n          evidence {\n            ...EvidencePathFields\n          }\n        }\n        evidence {\n          ...SubgraphFields\n        }\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation RecordNeed($input: NeedInput!) {\n    recordNeed(input: $input) {\n      need {\n        ...NeedRow\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n": typeof types.RecordNeedDocument,
    "\n  mutation ChangeNeedStatus(\n    $id: ID!\n    $status: String!\n    $on: String\n    $note: String\n    $supportAmount: String\n    $supportPolicy: String\n  ) {\n    changeNeedStatus(\n      id: $id\n      status: $status\n      on: $on\n      note: $note\n      supportAmount: $supportAmount\n      supportPolicy: $supportPolicy\n    ) {\n      need {\n        ...NeedRow\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n": typeof types.ChangeNeedStatusDocument,
    "\n  mutation RecordEngagement($input: EngagementInput!) {\n    recordEngagement(input: $input) {\n      engagement {\n        ...EngagementRow\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n": typeof types.RecordEngagementDocument,
    "\n  query TableFile($table: TableInput!, $format: FileFormat!) {\n    tableFile(table: $table, format: $format) {\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.TableFileDocument,
    "\n  query ReviewPairs($first: Int) {\n    reviewPairs(first: $first) {\n      total\n      items {\n        id\n        kind\n        score\n        proposedBy\n        shared\n        reasons {\n          code\n          weight\n          label\n        }\n        a {\n          id\n          name\n          kindLabel\n          aliases\n        }\n        b {\n          id\n          name\n          kindLabel\n          aliases\n        }\n      }\n    }\n  }\n": typeof types.ReviewPairsDocument,
    "\n  mutation MergePair($id: ID!, $keepId: ID!) {\n    mergePair(id: $id, keepId: $keepId) {\n      kept {\n        id\n      }\n    }\n  }\n": typeof types.MergePairDocument,
    "\n  mutation KeepApart($id: ID!) {\n    keepApart(id: $id) {\n      id\n    }\n  }\n": typeof types.KeepApartDocument,
    "\n  mutation ScanDuplicates {\n    scanDuplicates {\n      added\n    }\n  }\n": typeof types.ScanDuplicatesDocument,
};
const documents: Documents = {
    "\n  fragment EntitySummary on Entity {\n    id\n    kind\n    kindLabel\n    name\n    nameEn\n    aliases\n    degree\n  }\n": types.EntitySummaryFragmentDoc,
    "\n  fragment EntityDetail on Entity {\n    ...EntitySummary\n    description\n    keywords\n    properties {\n      key\n      label\n      value\n    }\n    stats {\n      label\n      value\n      unit\n      asOf\n      source {\n        file\n        sheet\n        row\n        quote\n        document\n      }\n    }\n    sources {\n      file\n      sheet\n      row\n      quote\n      document\n    }\n  }\n": types.EntityDetailFragmentDoc,
    "\n  fragment EdgeFields on Edge {\n    id\n    kind\n    kindLabel\n    from\n    to\n    properties {\n      key\n      label\n      value\n    }\n    sources {\n      file\n      sheet\n      row\n      quote\n      document\n    }\n  }\n": types.EdgeFieldsFragmentDoc,
    "\n  fragment KindCountFields on KindCount {\n    kind\n    label\n    count\n  }\n": types.KindCountFieldsFragmentDoc,
    "\n  fragment SignalContributionFields on SignalContribution {\n    signal\n    label\n    value\n    weight\n  }\n": types.SignalContributionFieldsFragmentDoc,
    "\n  fragment EvidencePathFields on EvidencePath {\n    signal\n    label\n    nodeIds\n    edgeIds\n    text\n  }\n": types.EvidencePathFieldsFragmentDoc,
    "\n  fragment SubgraphFields on Subgraph {\n    truncated\n    nodes {\n      ...EntitySummary\n    }\n    edges {\n      ...EdgeFields\n    }\n  }\n": types.SubgraphFieldsFragmentDoc,
    "\n  fragment RecommendationFields on Recommendation {\n    score\n    entity {\n      ...EntitySummary\n    }\n    contributions {\n      ...SignalContributionFields\n    }\n    evidence {\n      ...EvidencePathFields\n    }\n  }\n": types.RecommendationFieldsFragmentDoc,
    "\n  fragment SuggestionFields on Suggestion {\n    enterprise {\n      ...EntitySummary\n    }\n    recommendation {\n      ...RecommendationFields\n    }\n  }\n": types.SuggestionFieldsFragmentDoc,
    "\n  query Search($text: String!, $kinds: [NodeKind!], $limit: Int) {\n    search(text: $text, kinds: $kinds, limit: $limit) {\n      score\n      matched\n      entity {\n        ...EntitySummary\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int, $kinds: [NodeKind!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, kinds: $kinds, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      ...EntityDetail\n    }\n  }\n": types.EntityDocument,
    "\n  query Stats {\n    stats {\n      nodeCount\n      edgeCount\n      backend\n      nodes {\n        ...KindCountFields\n      }\n      edges {\n        ...KindCountFields\n      }\n    }\n  }\n": types.StatsDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) {\n      truncated\n      paths {\n        nodeIds\n        edgeIds\n        length\n      }\n      nodes {\n        ...EntitySummary\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query Overview($limit: Int) {\n    overview(limit: $limit) {\n      nodeCount\n      edgeCount\n      clusterCount\n      nodes {\n        ...KindCountFields\n      }\n      brokers {\n        degree\n        entity {\n          ...EntitySummary\n        }\n      }\n      clusters {\n        size\n        edgeCount\n        label {\n          ...EntitySummary\n        }\n      }\n    }\n  }\n": types.OverviewDocument,
    "\n  query RecommendPartners(\n    $enterpriseId: ID\n    $need: String\n    $kinds: [NodeKind!]\n    $limit: Int\n    $includeExisting: Boolean\n  ) {\n    recommendPartners(\n      enterpriseId: $enterpriseId\n      need: $need\n      kinds: $kinds\n      limit: $limit\n      includeExisting: $includeExisting\n    ) {\n      enterprise {\n        ...EntitySummary\n      }\n      fields {\n        ...EntitySummary\n      }\n      items {\n        ...RecommendationFields\n      }\n      evidence {\n        ...SubgraphFields\n      }\n    }\n  }\n": types.RecommendPartnersDocument,
    "\n  query Me {\n    me {\n      name\n      expiresAt\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($key: String!) {\n    signIn(key: $key) {\n      name\n      expiresAt\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment ChangeSetFields on ChangeSet {\n    id\n    editor\n    at\n    kind\n    kindLabel\n    note\n    entryCount\n    undoes\n    undoneBy\n    counts {\n      kind\n      label\n      created\n      updated\n      deleted\n    }\n  }\n": types.ChangeSetFieldsFragmentDoc,
    "\n  query ChangeSets($entityId: ID, $first: Int, $offset: Int) {\n    changeSets(entityId: $entityId, first: $first, offset: $offset) {\n      total\n      items {\n        ...ChangeSetFields\n        entries(first: 20) {\n          type\n          id\n          label\n          action\n          fields {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": types.ChangeSetsDocument,
    "\n  mutation UndoChangeSet($id: ID!) {\n    undoChangeSet(id: $id) {\n      ...ChangeSetFields\n    }\n  }\n": types.UndoChangeSetDocument,
    "\n  mutation CreateEntity($input: EntityInput!, $distinctFrom: [ID!]) {\n    createEntity(input: $input, distinctFrom: $distinctFrom) {\n      entity {\n        id\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n": types.CreateEntityDocument,
    "\n  mutation UpdateEntity($id: ID!, $input: EntityPatch!) {\n    updateEntity(id: $id, input: $input) {\n      changeSet {\n        id\n      }\n    }\n  }\n": types.UpdateEntityDocument,
    "\n  mutation DeleteEntity($id: ID!) {\n    deleteEntity(id: $id) {\n      id\n    }\n  }\n": types.DeleteEntityDocument,
    "\n  mutation CreateRelationship($input: RelationshipInput!) {\n    createRelationship(input: $input) {\n      edge {\n        id\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n": types.CreateRelationshipDocument,
    "\n  mutation UpdateRelationship($id: ID!, $properties: [PropertyInput!], $from: ID, $to: ID) {\n    updateRelationship(id: $id, properties: $properties, from: $from, to: $to) {\n      edge {\n        id\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n": types.UpdateRelationshipDocument,
    "\n  mutation DeleteRelationship($id: ID!) {\n    deleteRelationship(id: $id) {\n      id\n    }\n  }\n": types.DeleteRelationshipDocument,
    "\n  fragment ImportProblemFields on ImportProblem {\n    file\n    sheet\n    row\n    column\n    message\n  }\n": types.ImportProblemFieldsFragmentDoc,
    "\n  mutation ImportSpreadsheets(\n    $files: [SpreadsheetUpload!]!\n    $mapping: String\n    $dryRun: Boolean\n    $strict: Boolean\n  ) {\n    importSpreadsheets(files: $files, mapping: $mapping, dryRun: $dryRun, strict: $strict) {\n      dryRun\n      written\n      rows\n      nodesWritten\n      edgesWritten\n      problemCount\n      sheets {\n        file\n        sheet\n        target\n        targetLabel\n        reason\n        headerRow\n        columns {\n          header\n          meaning\n          use\n          byMappingFile\n        }\n        defaults {\n          key\n          value\n        }\n      }\n      counts {\n        kind\n        label\n        created\n        updated\n        unchanged\n        rejected\n      }\n      problems {\n        ...ImportProblemFields\n      }\n      notes {\n        ...ImportProblemFields\n      }\n    }\n  }\n": types.ImportSpreadsheetsDocument,
    "\n  query SuggestedPartners($enterpriseIds: [ID!]!, $perEnterprise: Int) {\n    suggestedPartners(enterpriseIds: $enterpriseIds, perEnterprise: $perEnterprise) {\n      items {\n        ...SuggestionFields\n      }\n      evidence {\n        ...SubgraphFields\n      }\n    }\n  }\n": types.SuggestedPartnersDocument,
    "\n  query Opportunities($regionId: ID!, $limit: Int) {\n    opportunities(regionId: $regionId, limit: $limit) {\n      items {\n        ...SuggestionFields\n      }\n      evidence {\n        ...SubgraphFields\n      }\n    }\n  }\n": types.OpportunitiesDocument,
    "\n  fragment RankingModelFields on RankingModel {\n    origin\n    fittedAt\n    split\n    heldOut\n    kept\n    note\n    fitted {\n      hitAt5\n      hitAt10\n      mrr\n      queries\n    }\n    defaults {\n      hitAt5\n      hitAt10\n      mrr\n      queries\n    }\n    weights {\n      feature\n      signal\n      label\n      weight\n    }\n  }\n": types.RankingModelFieldsFragmentDoc,
    "\n  query RankingModel {\n    rankingModel {\n      ...RankingModelFields\n    }\n  }\n": types.RankingModelDocument,
    "\n  mutation FitRankingModel {\n    fitRankingModel {\n      ...RankingModelFields\n    }\n  }\n": types.FitRankingModelDocument,
    "\n  fragment NeedRow on NeedRecord {\n    id\n    name\n    description\n    needType\n    status\n    nextStatuses\n    open\n    follower\n    raisedOn\n    updatedOn\n    solvedOn\n    supportAmount\n    supportPolicy\n    engagementCount\n    lastEngagedOn\n    enterprise {\n      id\n      name\n      kind\n    }\n    domains {\n      id\n      name\n      kind\n    }\n  }\n": types.NeedRowFragmentDoc,
    "\n  fragment EngagementRow on Engagement {\n    id\n    name\n    date\n    activityType\n    outcome\n    nextStep\n    basis\n    need {\n      id\n      name\n      kind\n    }\n    enterprise {\n      id\n      name\n      kind\n    }\n    partners {\n      id\n      name\n      kind\n    }\n    activity {\n      id\n      name\n      kind\n    }\n  }\n": types.EngagementRowFragmentDoc,
    "\n  query Needs(\n    $filter: NeedFilter\n    $text: String\n    $sort: NeedSort\n    $descending: Boolean\n    $first: Int\n    $offset: Int\n  ) {\n    needs(\n      filter: $filter\n      text: $text\n      sort: $sort\n      descending: $descending\n      first: $first\n      offset: $offset\n    ) {\n      total\n      items {\n        ...NeedRow\n      }\n    }\n  }\n": types.NeedsDocument,
    "\n  query Need($id: ID!) {\n    need(id: $id) {\n      ...NeedRow\n      statusHistory(first: 20) {\n        changeSetId\n        editor\n        at\n        kind\n        from\n        to\n        on\n        note\n        undone\n      }\n    }\n  }\n": types.NeedDocument,
    "\n  query Engagements($partyId: ID, $since: String, $until: String, $regionId: ID, $first: Int) {\n    engagements(partyId: $partyId, since: $since, until: $until, regionId: $regionId, first: $first) {\n      total\n      items {\n        ...EngagementRow\n      }\n    }\n  }\n": types.EngagementsDocument,
    "\n  query Dashboard($regionId: ID) {\n    needDashboard(regionId: $regionId) {\n      region {\n        id\n        name\n      }\n      total\n      open\n      solved\n      engagementCount\n      byStatus {\n        key\n        label\n        count\n      }\n      byType {\n        key\n        label\n        count\n      }\n      byDomain {\n        id\n        name\n        count\n        open\n      }\n      byEnterprise {\n        id\n        name\n        count\n        open\n      }\n      perMonth {\n        period\n        raised\n        solved\n      }\n      perYear {\n        period\n        raised\n        solved\n      }\n      engagementsByType {\n        key\n        label\n        count\n      }\n      solveTime {\n        count\n        averageDays\n        minDays\n        maxDays\n        buckets {\n          key\n          label\n          count\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query Invitations($regionId: ID!, $limit: Int) {\n    invitations(regionId: $regionId, limit: $limit) {\n      domain {\n        id\n        name\n        kind\n      }\n      invitations {\n        need {\n          ...NeedRow\n        }\n        bestLocal {\n          score\n          entity {\n            ...EntitySummary\n          }\n        }\n        invite {\n          score\n          entity {\n            ...EntitySummary\n          }\n          evidence {\n            ...EvidencePathFields\n          }\n        }\n        evidence {\n          ...SubgraphFields\n        }\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation RecordNeed($input: NeedInput!) {\n    recordNeed(input: $input) {\n      need {\n        ...NeedRow\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n": types.RecordNeedDocument,
    "\n  mutation ChangeNeedStatus(\n    $id: ID!\n    $status: String!\n    $on: String\n    $note: String\n    $supportAmount: String\n    $supportPolicy: String\n  ) {\n    changeNeedStatus(\n      id: $id\n      status: $status\n      on: $on\n      note: $note\n      supportAmount: $supportAmount\n      supportPolicy: $supportPolicy\n    ) {\n      need {\n        ...NeedRow\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n": types.ChangeNeedStatusDocument,
    "\n  mutation RecordEngagement($input: EngagementInput!) {\n    recordEngagement(input: $input) {\n      engagement {\n        ...EngagementRow\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n": types.RecordEngagementDocument,
    "\n  query TableFile($table: TableInput!, $format: FileFormat!) {\n    tableFile(table: $table, format: $format) {\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n": types.TableFileDocument,
    "\n  query ReviewPairs($first: Int) {\n    reviewPairs(first: $first) {\n      total\n      items {\n        id\n        kind\n        score\n        proposedBy\n        shared\n        reasons {\n          code\n          weight\n          label\n        }\n        a {\n          id\n          name\n          kindLabel\n          aliases\n        }\n        b {\n          id\n          name\n          kindLabel\n          aliases\n        }\n      }\n    }\n  }\n": types.ReviewPairsDocument,
    "\n  mutation MergePair($id: ID!, $keepId: ID!) {\n    mergePair(id: $id, keepId: $keepId) {\n      kept {\n        id\n      }\n    }\n  }\n": types.MergePairDocument,
    "\n  mutation KeepApart($id: ID!) {\n    keepApart(id: $id) {\n      id\n    }\n  }\n": types.KeepApartDocument,
    "\n  mutation ScanDuplicates {\n    scanDuplicates {\n      added\n    }\n  }\n": types.ScanDuplicatesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntitySummary on Entity {\n    id\n    kind\n    kindLabel\n    name\n    nameEn\n    aliases\n    degree\n  }\n"): (typeof documents)["\n  fragment EntitySummary on Entity {\n    id\n    kind\n    kindLabel\n    name\n    nameEn\n    aliases\n    degree\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityDetail on Entity {\n    ...EntitySummary\n    description\n    keywords\n    properties {\n      key\n      label\n      value\n    }\n    stats {\n      label\n      value\n      unit\n      asOf\n      source {\n        file\n        sheet\n        row\n        quote\n        document\n      }\n    }\n    sources {\n      file\n      sheet\n      row\n      quote\n      document\n    }\n  }\n"): (typeof documents)["\n  fragment EntityDetail on Entity {\n    ...EntitySummary\n    description\n    keywords\n    properties {\n      key\n      label\n      value\n    }\n    stats {\n      label\n      value\n      unit\n      asOf\n      source {\n        file\n        sheet\n        row\n        quote\n        document\n      }\n    }\n    sources {\n      file\n      sheet\n      row\n      quote\n      document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EdgeFields on Edge {\n    id\n    kind\n    kindLabel\n    from\n    to\n    properties {\n      key\n      label\n      value\n    }\n    sources {\n      file\n      sheet\n      row\n      quote\n      document\n    }\n  }\n"): (typeof documents)["\n  fragment EdgeFields on Edge {\n    id\n    kind\n    kindLabel\n    from\n    to\n    properties {\n      key\n      label\n      value\n    }\n    sources {\n      file\n      sheet\n      row\n      quote\n      document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KindCountFields on KindCount {\n    kind\n    label\n    count\n  }\n"): (typeof documents)["\n  fragment KindCountFields on KindCount {\n    kind\n    label\n    count\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignalContributionFields on SignalContribution {\n    signal\n    label\n    value\n    weight\n  }\n"): (typeof documents)["\n  fragment SignalContributionFields on SignalContribution {\n    signal\n    label\n    value\n    weight\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidencePathFields on EvidencePath {\n    signal\n    label\n    nodeIds\n    edgeIds\n    text\n  }\n"): (typeof documents)["\n  fragment EvidencePathFields on EvidencePath {\n    signal\n    label\n    nodeIds\n    edgeIds\n    text\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubgraphFields on Subgraph {\n    truncated\n    nodes {\n      ...EntitySummary\n    }\n    edges {\n      ...EdgeFields\n    }\n  }\n"): (typeof documents)["\n  fragment SubgraphFields on Subgraph {\n    truncated\n    nodes {\n      ...EntitySummary\n    }\n    edges {\n      ...EdgeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendationFields on Recommendation {\n    score\n    entity {\n      ...EntitySummary\n    }\n    contributions {\n      ...SignalContributionFields\n    }\n    evidence {\n      ...EvidencePathFields\n    }\n  }\n"): (typeof documents)["\n  fragment RecommendationFields on Recommendation {\n    score\n    entity {\n      ...EntitySummary\n    }\n    contributions {\n      ...SignalContributionFields\n    }\n    evidence {\n      ...EvidencePathFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SuggestionFields on Suggestion {\n    enterprise {\n      ...EntitySummary\n    }\n    recommendation {\n      ...RecommendationFields\n    }\n  }\n"): (typeof documents)["\n  fragment SuggestionFields on Suggestion {\n    enterprise {\n      ...EntitySummary\n    }\n    recommendation {\n      ...RecommendationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $kinds: [NodeKind!], $limit: Int) {\n    search(text: $text, kinds: $kinds, limit: $limit) {\n      score\n      matched\n      entity {\n        ...EntitySummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($text: String!, $kinds: [NodeKind!], $limit: Int) {\n    search(text: $text, kinds: $kinds, limit: $limit) {\n      score\n      matched\n      entity {\n        ...EntitySummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($id: ID!, $depth: Int, $kinds: [NodeKind!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, kinds: $kinds, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n"): (typeof documents)["\n  query Neighborhood($id: ID!, $depth: Int, $kinds: [NodeKind!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, kinds: $kinds, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      ...EntityDetail\n    }\n  }\n"): (typeof documents)["\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      ...EntityDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Stats {\n    stats {\n      nodeCount\n      edgeCount\n      backend\n      nodes {\n        ...KindCountFields\n      }\n      edges {\n        ...KindCountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Stats {\n    stats {\n      nodeCount\n      edgeCount\n      backend\n      nodes {\n        ...KindCountFields\n      }\n      edges {\n        ...KindCountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) {\n      truncated\n      paths {\n        nodeIds\n        edgeIds\n        length\n      }\n      nodes {\n        ...EntitySummary\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Paths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) {\n      truncated\n      paths {\n        nodeIds\n        edgeIds\n        length\n      }\n      nodes {\n        ...EntitySummary\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($limit: Int) {\n    overview(limit: $limit) {\n      nodeCount\n      edgeCount\n      clusterCount\n      nodes {\n        ...KindCountFields\n      }\n      brokers {\n        degree\n        entity {\n          ...EntitySummary\n        }\n      }\n      clusters {\n        size\n        edgeCount\n        label {\n          ...EntitySummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Overview($limit: Int) {\n    overview(limit: $limit) {\n      nodeCount\n      edgeCount\n      clusterCount\n      nodes {\n        ...KindCountFields\n      }\n      brokers {\n        degree\n        entity {\n          ...EntitySummary\n        }\n      }\n      clusters {\n        size\n        edgeCount\n        label {\n          ...EntitySummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendPartners(\n    $enterpriseId: ID\n    $need: String\n    $kinds: [NodeKind!]\n    $limit: Int\n    $includeExisting: Boolean\n  ) {\n    recommendPartners(\n      enterpriseId: $enterpriseId\n      need: $need\n      kinds: $kinds\n      limit: $limit\n      includeExisting: $includeExisting\n    ) {\n      enterprise {\n        ...EntitySummary\n      }\n      fields {\n        ...EntitySummary\n      }\n      items {\n        ...RecommendationFields\n      }\n      evidence {\n        ...SubgraphFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendPartners(\n    $enterpriseId: ID\n    $need: String\n    $kinds: [NodeKind!]\n    $limit: Int\n    $includeExisting: Boolean\n  ) {\n    recommendPartners(\n      enterpriseId: $enterpriseId\n      need: $need\n      kinds: $kinds\n      limit: $limit\n      includeExisting: $includeExisting\n    ) {\n      enterprise {\n        ...EntitySummary\n      }\n      fields {\n        ...EntitySummary\n      }\n      items {\n        ...RecommendationFields\n      }\n      evidence {\n        ...SubgraphFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      name\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      name\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($key: String!) {\n    signIn(key: $key) {\n      name\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($key: String!) {\n    signIn(key: $key) {\n      name\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeSetFields on ChangeSet {\n    id\n    editor\n    at\n    kind\n    kindLabel\n    note\n    entryCount\n    undoes\n    undoneBy\n    counts {\n      kind\n      label\n      created\n      updated\n      deleted\n    }\n  }\n"): (typeof documents)["\n  fragment ChangeSetFields on ChangeSet {\n    id\n    editor\n    at\n    kind\n    kindLabel\n    note\n    entryCount\n    undoes\n    undoneBy\n    counts {\n      kind\n      label\n      created\n      updated\n      deleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeSets($entityId: ID, $first: Int, $offset: Int) {\n    changeSets(entityId: $entityId, first: $first, offset: $offset) {\n      total\n      items {\n        ...ChangeSetFields\n        entries(first: 20) {\n          type\n          id\n          label\n          action\n          fields {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangeSets($entityId: ID, $first: Int, $offset: Int) {\n    changeSets(entityId: $entityId, first: $first, offset: $offset) {\n      total\n      items {\n        ...ChangeSetFields\n        entries(first: 20) {\n          type\n          id\n          label\n          action\n          fields {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoChangeSet($id: ID!) {\n    undoChangeSet(id: $id) {\n      ...ChangeSetFields\n    }\n  }\n"): (typeof documents)["\n  mutation UndoChangeSet($id: ID!) {\n    undoChangeSet(id: $id) {\n      ...ChangeSetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEntity($input: EntityInput!, $distinctFrom: [ID!]) {\n    createEntity(input: $input, distinctFrom: $distinctFrom) {\n      entity {\n        id\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEntity($input: EntityInput!, $distinctFrom: [ID!]) {\n    createEntity(input: $input, distinctFrom: $distinctFrom) {\n      entity {\n        id\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEntity($id: ID!, $input: EntityPatch!) {\n    updateEntity(id: $id, input: $input) {\n      changeSet {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEntity($id: ID!, $input: EntityPatch!) {\n    updateEntity(id: $id, input: $input) {\n      changeSet {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEntity($id: ID!) {\n    deleteEntity(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteEntity($id: ID!) {\n    deleteEntity(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRelationship($input: RelationshipInput!) {\n    createRelationship(input: $input) {\n      edge {\n        id\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRelationship($input: RelationshipInput!) {\n    createRelationship(input: $input) {\n      edge {\n        id\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRelationship($id: ID!, $properties: [PropertyInput!], $from: ID, $to: ID) {\n    updateRelationship(id: $id, properties: $properties, from: $from, to: $to) {\n      edge {\n        id\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRelationship($id: ID!, $properties: [PropertyInput!], $from: ID, $to: ID) {\n    updateRelationship(id: $id, properties: $properties, from: $from, to: $to) {\n      edge {\n        id\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRelationship($id: ID!) {\n    deleteRelationship(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteRelationship($id: ID!) {\n    deleteRelationship(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportProblemFields on ImportProblem {\n    file\n    sheet\n    row\n    column\n    message\n  }\n"): (typeof documents)["\n  fragment ImportProblemFields on ImportProblem {\n    file\n    sheet\n    row\n    column\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSpreadsheets(\n    $files: [SpreadsheetUpload!]!\n    $mapping: String\n    $dryRun: Boolean\n    $strict: Boolean\n  ) {\n    importSpreadsheets(files: $files, mapping: $mapping, dryRun: $dryRun, strict: $strict) {\n      dryRun\n      written\n      rows\n      nodesWritten\n      edgesWritten\n      problemCount\n      sheets {\n        file\n        sheet\n        target\n        targetLabel\n        reason\n        headerRow\n        columns {\n          header\n          meaning\n          use\n          byMappingFile\n        }\n        defaults {\n          key\n          value\n        }\n      }\n      counts {\n        kind\n        label\n        created\n        updated\n        unchanged\n        rejected\n      }\n      problems {\n        ...ImportProblemFields\n      }\n      notes {\n        ...ImportProblemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportSpreadsheets(\n    $files: [SpreadsheetUpload!]!\n    $mapping: String\n    $dryRun: Boolean\n    $strict: Boolean\n  ) {\n    importSpreadsheets(files: $files, mapping: $mapping, dryRun: $dryRun, strict: $strict) {\n      dryRun\n      written\n      rows\n      nodesWritten\n      edgesWritten\n      problemCount\n      sheets {\n        file\n        sheet\n        target\n        targetLabel\n        reason\n        headerRow\n        columns {\n          header\n          meaning\n          use\n          byMappingFile\n        }\n        defaults {\n          key\n          value\n        }\n      }\n      counts {\n        kind\n        label\n        created\n        updated\n        unchanged\n        rejected\n      }\n      problems {\n        ...ImportProblemFields\n      }\n      notes {\n        ...ImportProblemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestedPartners($enterpriseIds: [ID!]!, $perEnterprise: Int) {\n    suggestedPartners(enterpriseIds: $enterpriseIds, perEnterprise: $perEnterprise) {\n      items {\n        ...SuggestionFields\n      }\n      evidence {\n        ...SubgraphFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestedPartners($enterpriseIds: [ID!]!, $perEnterprise: Int) {\n    suggestedPartners(enterpriseIds: $enterpriseIds, perEnterprise: $perEnterprise) {\n      items {\n        ...SuggestionFields\n      }\n      evidence {\n        ...SubgraphFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Opportunities($regionId: ID!, $limit: Int) {\n    opportunities(regionId: $regionId, limit: $limit) {\n      items {\n        ...SuggestionFields\n      }\n      evidence {\n        ...SubgraphFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Opportunities($regionId: ID!, $limit: Int) {\n    opportunities(regionId: $regionId, limit: $limit) {\n      items {\n        ...SuggestionFields\n      }\n      evidence {\n        ...SubgraphFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RankingModelFields on RankingModel {\n    origin\n    fittedAt\n    split\n    heldOut\n    kept\n    note\n    fitted {\n      hitAt5\n      hitAt10\n      mrr\n      queries\n    }\n    defaults {\n      hitAt5\n      hitAt10\n      mrr\n      queries\n    }\n    weights {\n      feature\n      signal\n      label\n      weight\n    }\n  }\n"): (typeof documents)["\n  fragment RankingModelFields on RankingModel {\n    origin\n    fittedAt\n    split\n    heldOut\n    kept\n    note\n    fitted {\n      hitAt5\n      hitAt10\n      mrr\n      queries\n    }\n    defaults {\n      hitAt5\n      hitAt10\n      mrr\n      queries\n    }\n    weights {\n      feature\n      signal\n      label\n      weight\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankingModel {\n    rankingModel {\n      ...RankingModelFields\n    }\n  }\n"): (typeof documents)["\n  query RankingModel {\n    rankingModel {\n      ...RankingModelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FitRankingModel {\n    fitRankingModel {\n      ...RankingModelFields\n    }\n  }\n"): (typeof documents)["\n  mutation FitRankingModel {\n    fitRankingModel {\n      ...RankingModelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedRow on NeedRecord {\n    id\n    name\n    description\n    needType\n    status\n    nextStatuses\n    open\n    follower\n    raisedOn\n    updatedOn\n    solvedOn\n    supportAmount\n    supportPolicy\n    engagementCount\n    lastEngagedOn\n    enterprise {\n      id\n      name\n      kind\n    }\n    domains {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment NeedRow on NeedRecord {\n    id\n    name\n    description\n    needType\n    status\n    nextStatuses\n    open\n    follower\n    raisedOn\n    updatedOn\n    solvedOn\n    supportAmount\n    supportPolicy\n    engagementCount\n    lastEngagedOn\n    enterprise {\n      id\n      name\n      kind\n    }\n    domains {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EngagementRow on Engagement {\n    id\n    name\n    date\n    activityType\n    outcome\n    nextStep\n    basis\n    need {\n      id\n      name\n      kind\n    }\n    enterprise {\n      id\n      name\n      kind\n    }\n    partners {\n      id\n      name\n      kind\n    }\n    activity {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment EngagementRow on Engagement {\n    id\n    name\n    date\n    activityType\n    outcome\n    nextStep\n    basis\n    need {\n      id\n      name\n      kind\n    }\n    enterprise {\n      id\n      name\n      kind\n    }\n    partners {\n      id\n      name\n      kind\n    }\n    activity {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Needs(\n    $filter: NeedFilter\n    $text: String\n    $sort: NeedSort\n    $descending: Boolean\n    $first: Int\n    $offset: Int\n  ) {\n    needs(\n      filter: $filter\n      text: $text\n      sort: $sort\n      descending: $descending\n      first: $first\n      offset: $offset\n    ) {\n      total\n      items {\n        ...NeedRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Needs(\n    $filter: NeedFilter\n    $text: String\n    $sort: NeedSort\n    $descending: Boolean\n    $first: Int\n    $offset: Int\n  ) {\n    needs(\n      filter: $filter\n      text: $text\n      sort: $sort\n      descending: $descending\n      first: $first\n      offset: $offset\n    ) {\n      total\n      items {\n        ...NeedRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Need($id: ID!) {\n    need(id: $id) {\n      ...NeedRow\n      statusHistory(first: 20) {\n        changeSetId\n        editor\n        at\n        kind\n        from\n        to\n        on\n        note\n        undone\n      }\n    }\n  }\n"): (typeof documents)["\n  query Need($id: ID!) {\n    need(id: $id) {\n      ...NeedRow\n      statusHistory(first: 20) {\n        changeSetId\n        editor\n        at\n        kind\n        from\n        to\n        on\n        note\n        undone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Engagements($partyId: ID, $since: String, $until: String, $regionId: ID, $first: Int) {\n    engagements(partyId: $partyId, since: $since, until: $until, regionId: $regionId, first: $first) {\n      total\n      items {\n        ...EngagementRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Engagements($partyId: ID, $since: String, $until: String, $regionId: ID, $first: Int) {\n    engagements(partyId: $partyId, since: $since, until: $until, regionId: $regionId, first: $first) {\n      total\n      items {\n        ...EngagementRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($regionId: ID) {\n    needDashboard(regionId: $regionId) {\n      region {\n        id\n        name\n      }\n      total\n      open\n      solved\n      engagementCount\n      byStatus {\n        key\n        label\n        count\n      }\n      byType {\n        key\n        label\n        count\n      }\n      byDomain {\n        id\n        name\n        count\n        open\n      }\n      byEnterprise {\n        id\n        name\n        count\n        open\n      }\n      perMonth {\n        period\n        raised\n        solved\n      }\n      perYear {\n        period\n        raised\n        solved\n      }\n      engagementsByType {\n        key\n        label\n        count\n      }\n      solveTime {\n        count\n        averageDays\n        minDays\n        maxDays\n        buckets {\n          key\n          label\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($regionId: ID) {\n    needDashboard(regionId: $regionId) {\n      region {\n        id\n        name\n      }\n      total\n      open\n      solved\n      engagementCount\n      byStatus {\n        key\n        label\n        count\n      }\n      byType {\n        key\n        label\n        count\n      }\n      byDomain {\n        id\n        name\n        count\n        open\n      }\n      byEnterprise {\n        id\n        name\n        count\n        open\n      }\n      perMonth {\n        period\n        raised\n        solved\n      }\n      perYear {\n        period\n        raised\n        solved\n      }\n      engagementsByType {\n        key\n        label\n        count\n      }\n      solveTime {\n        count\n        averageDays\n        minDays\n        maxDays\n        buckets {\n          key\n          label\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations($regionId: ID!, $limit: Int) {\n    invitations(regionId: $regionId, limit: $limit) {\n      domain {\n        id\n        name\n        kind\n      }\n      invitations {\n        need {\n          ...NeedRow\n        }\n        bestLocal {\n          score\n          entity {\n            ...EntitySummary\n          }\n        }\n        invite {\n          score\n          entity {\n            ...EntitySummary\n          }\n          evidence {\n            ...EvidencePathFields\n          }\n        }\n        evidence {\n          ...SubgraphFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitations($regionId: ID!, $limit: Int) {\n    invitations(regionId: $regionId, limit: $limit) {\n      domain {\n        id\n        name\n        kind\n      }\n      invitations {\n        need {\n          ...NeedRow\n        }\n        bestLocal {\n          score\n          entity {\n            ...EntitySummary\n          }\n        }\n        invite {\n          score\n          entity {\n            ...EntitySummary\n          }\n          evidence {\n            ...EvidencePathFields\n          }\n        }\n        evidence {\n          ...SubgraphFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordNeed($input: NeedInput!) {\n    recordNeed(input: $input) {\n      need {\n        ...NeedRow\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordNeed($input: NeedInput!) {\n    recordNeed(input: $input) {\n      need {\n        ...NeedRow\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeNeedStatus(\n    $id: ID!\n    $status: String!\n    $on: String\n    $note: String\n    $supportAmount: String\n    $supportPolicy: String\n  ) {\n    changeNeedStatus(\n      id: $id\n      status: $status\n      on: $on\n      note: $note\n      supportAmount: $supportAmount\n      supportPolicy: $supportPolicy\n    ) {\n      need {\n        ...NeedRow\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeNeedStatus(\n    $id: ID!\n    $status: String!\n    $on: String\n    $note: String\n    $supportAmount: String\n    $supportPolicy: String\n  ) {\n    changeNeedStatus(\n      id: $id\n      status: $status\n      on: $on\n      note: $note\n      supportAmount: $supportAmount\n      supportPolicy: $supportPolicy\n    ) {\n      need {\n        ...NeedRow\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEngagement($input: EngagementInput!) {\n    recordEngagement(input: $input) {\n      engagement {\n        ...EngagementRow\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordEngagement($input: EngagementInput!) {\n    recordEngagement(input: $input) {\n      engagement {\n        ...EngagementRow\n      }\n      changeSet {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TableFile($table: TableInput!, $format: FileFormat!) {\n    tableFile(table: $table, format: $format) {\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query TableFile($table: TableInput!, $format: FileFormat!) {\n    tableFile(table: $table, format: $format) {\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewPairs($first: Int) {\n    reviewPairs(first: $first) {\n      total\n      items {\n        id\n        kind\n        score\n        proposedBy\n        shared\n        reasons {\n          code\n          weight\n          label\n        }\n        a {\n          id\n          name\n          kindLabel\n          aliases\n        }\n        b {\n          id\n          name\n          kindLabel\n          aliases\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewPairs($first: Int) {\n    reviewPairs(first: $first) {\n      total\n      items {\n        id\n        kind\n        score\n        proposedBy\n        shared\n        reasons {\n          code\n          weight\n          label\n        }\n        a {\n          id\n          name\n          kindLabel\n          aliases\n        }\n        b {\n          id\n          name\n          kindLabel\n          aliases\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergePair($id: ID!, $keepId: ID!) {\n    mergePair(id: $id, keepId: $keepId) {\n      kept {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MergePair($id: ID!, $keepId: ID!) {\n    mergePair(id: $id, keepId: $keepId) {\n      kept {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeepApart($id: ID!) {\n    keepApart(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KeepApart($id: ID!) {\n    keepApart(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScanDuplicates {\n    scanDuplicates {\n      added\n    }\n  }\n"): (typeof documents)["\n  mutation ScanDuplicates {\n    scanDuplicates {\n      added\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;