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
    "\n  query Search($text: String!, $kinds: [NodeKind!], $limit: Int) {\n    search(text: $text, kinds: $kinds, limit: $limit) {\n      score\n      matched\n      entity {\n        ...EntitySummary\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int, $kinds: [NodeKind!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, kinds: $kinds, limit: $limit) {\n      truncated\n      nodes {\n        ...EntitySummary\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      ...EntityDetail\n    }\n  }\n": typeof types.EntityDocument,
    "\n  query Stats {\n    stats {\n      nodeCount\n      edgeCount\n      backend\n      nodes {\n        ...KindCountFields\n      }\n      edges {\n        ...KindCountFields\n      }\n    }\n  }\n": typeof types.StatsDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) {\n      truncated\n      paths {\n        nodeIds\n        edgeIds\n        length\n      }\n      nodes {\n        ...EntitySummary\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query Overview($limit: Int) {\n    overview(limit: $limit) {\n      nodeCount\n      edgeCount\n      clusterCount\n      nodes {\n        ...KindCountFields\n      }\n      brokers {\n        degree\n        entity {\n          ...EntitySummary\n        }\n      }\n      clusters {\n        size\n        edgeCount\n        label {\n          ...EntitySummary\n        }\n      }\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query RecommendPartners(\n    $enterpriseId: ID\n    $need: String\n    $kinds: [NodeKind!]\n    $limit: Int\n    $includeExisting: Boolean\n  ) {\n    recommendPartners(\n      enterpriseId: $enterpriseId\n      need: $need\n      kinds: $kinds\n      limit: $limit\n      includeExisting: $includeExisting\n    ) {\n      enterprise {\n        ...EntitySummary\n      }\n      fields {\n        ...EntitySummary\n      }\n      items {\n        score\n        entity {\n          ...EntitySummary\n        }\n        contributions {\n          signal\n          label\n          value\n          weight\n        }\n        evidence {\n          signal\n          label\n          nodeIds\n          edgeIds\n          text\n        }\n      }\n      evidence {\n        truncated\n        nodes {\n          ...EntitySummary\n        }\n        edges {\n          ...EdgeFields\n        }\n      }\n    }\n  }\n": typeof types.RecommendPartnersDocument,
    "\n  fragment ImportProblemFields on ImportProblem {\n    file\n    sheet\n    row\n    column\n    message\n  }\n": typeof types.ImportProblemFieldsFragmentDoc,
    "\n  mutation ImportSpreadsheets(\n    $files: [SpreadsheetUpload!]!\n    $mapping: String\n    $dryRun: Boolean\n    $strict: Boolean\n  ) {\n    importSpreadsheets(files: $files, mapping: $mapping, dryRun: $dryRun, strict: $strict) {\n      dryRun\n      written\n      rows\n      nodesWritten\n      edgesWritten\n      problemCount\n      sheets {\n        file\n        sheet\n        target\n        targetLabel\n        reason\n        headerRow\n        columns {\n          header\n          meaning\n          use\n          byMappingFile\n        }\n        defaults {\n          key\n          value\n        }\n      }\n      counts {\n        kind\n        label\n        created\n        updated\n        unchanged\n        rejected\n      }\n      problems {\n        ...ImportProblemFields\n      }\n      notes {\n        ...ImportProblemFields\n      }\n    }\n  }\n": typeof types.ImportSpreadsheetsDocument,
};
const documents: Documents = {
    "\n  fragment EntitySummary on Entity {\n    id\n    kind\n    kindLabel\n    name\n    nameEn\n    aliases\n    degree\n  }\n": types.EntitySummaryFragmentDoc,
    "\n  fragment EntityDetail on Entity {\n    ...EntitySummary\n    description\n    keywords\n    properties {\n      key\n      label\n      value\n    }\n    stats {\n      label\n      value\n      unit\n      asOf\n      source {\n        file\n        sheet\n        row\n        quote\n        document\n      }\n    }\n    sources {\n      file\n      sheet\n      row\n      quote\n      document\n    }\n  }\n": types.EntityDetailFragmentDoc,
    "\n  fragment EdgeFields on Edge {\n    id\n    kind\n    kindLabel\n    from\n    to\n    properties {\n      key\n      label\n      value\n    }\n    sources {\n      file\n      sheet\n      row\n      quote\n      document\n    }\n  }\n": types.EdgeFieldsFragmentDoc,
    "\n  fragment KindCountFields on KindCount {\n    kind\n    label\n    count\n  }\n": types.KindCountFieldsFragmentDoc,
    "\n  query Search($text: String!, $kinds: [NodeKind!], $limit: Int) {\n    search(text: $text, kinds: $kinds, limit: $limit) {\n      score\n      matched\n      entity {\n        ...EntitySummary\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int, $kinds: [NodeKind!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, kinds: $kinds, limit: $limit) {\n      truncated\n      nodes {\n        ...EntitySummary\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      ...EntityDetail\n    }\n  }\n": types.EntityDocument,
    "\n  query Stats {\n    stats {\n      nodeCount\n      edgeCount\n      backend\n      nodes {\n        ...KindCountFields\n      }\n      edges {\n        ...KindCountFields\n      }\n    }\n  }\n": types.StatsDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) {\n      truncated\n      paths {\n        nodeIds\n        edgeIds\n        length\n      }\n      nodes {\n        ...EntitySummary\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query Overview($limit: Int) {\n    overview(limit: $limit) {\n      nodeCount\n      edgeCount\n      clusterCount\n      nodes {\n        ...KindCountFields\n      }\n      brokers {\n        degree\n        entity {\n          ...EntitySummary\n        }\n      }\n      clusters {\n        size\n        edgeCount\n        label {\n          ...EntitySummary\n        }\n      }\n    }\n  }\n": types.OverviewDocument,
    "\n  query RecommendPartners(\n    $enterpriseId: ID\n    $need: String\n    $kinds: [NodeKind!]\n    $limit: Int\n    $includeExisting: Boolean\n  ) {\n    recommendPartners(\n      enterpriseId: $enterpriseId\n      need: $need\n      kinds: $kinds\n      limit: $limit\n      includeExisting: $includeExisting\n    ) {\n      enterprise {\n        ...EntitySummary\n      }\n      fields {\n        ...EntitySummary\n      }\n      items {\n        score\n        entity {\n          ...EntitySummary\n        }\n        contributions {\n          signal\n          label\n          value\n          weight\n        }\n        evidence {\n          signal\n          label\n          nodeIds\n          edgeIds\n          text\n        }\n      }\n      evidence {\n        truncated\n        nodes {\n          ...EntitySummary\n        }\n        edges {\n          ...EdgeFields\n        }\n      }\n    }\n  }\n": types.RecommendPartnersDocument,
    "\n  fragment ImportProblemFields on ImportProblem {\n    file\n    sheet\n    row\n    column\n    message\n  }\n": types.ImportProblemFieldsFragmentDoc,
    "\n  mutation ImportSpreadsheets(\n    $files: [SpreadsheetUpload!]!\n    $mapping: String\n    $dryRun: Boolean\n    $strict: Boolean\n  ) {\n    importSpreadsheets(files: $files, mapping: $mapping, dryRun: $dryRun, strict: $strict) {\n      dryRun\n      written\n      rows\n      nodesWritten\n      edgesWritten\n      problemCount\n      sheets {\n        file\n        sheet\n        target\n        targetLabel\n        reason\n        headerRow\n        columns {\n          header\n          meaning\n          use\n          byMappingFile\n        }\n        defaults {\n          key\n          value\n        }\n      }\n      counts {\n        kind\n        label\n        created\n        updated\n        unchanged\n        rejected\n      }\n      problems {\n        ...ImportProblemFields\n      }\n      notes {\n        ...ImportProblemFields\n      }\n    }\n  }\n": types.ImportSpreadsheetsDocument,
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
export function graphql(source: "\n  query Search($text: String!, $kinds: [NodeKind!], $limit: Int) {\n    search(text: $text, kinds: $kinds, limit: $limit) {\n      score\n      matched\n      entity {\n        ...EntitySummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($text: String!, $kinds: [NodeKind!], $limit: Int) {\n    search(text: $text, kinds: $kinds, limit: $limit) {\n      score\n      matched\n      entity {\n        ...EntitySummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($id: ID!, $depth: Int, $kinds: [NodeKind!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, kinds: $kinds, limit: $limit) {\n      truncated\n      nodes {\n        ...EntitySummary\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Neighborhood($id: ID!, $depth: Int, $kinds: [NodeKind!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, kinds: $kinds, limit: $limit) {\n      truncated\n      nodes {\n        ...EntitySummary\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query RecommendPartners(\n    $enterpriseId: ID\n    $need: String\n    $kinds: [NodeKind!]\n    $limit: Int\n    $includeExisting: Boolean\n  ) {\n    recommendPartners(\n      enterpriseId: $enterpriseId\n      need: $need\n      kinds: $kinds\n      limit: $limit\n      includeExisting: $includeExisting\n    ) {\n      enterprise {\n        ...EntitySummary\n      }\n      fields {\n        ...EntitySummary\n      }\n      items {\n        score\n        entity {\n          ...EntitySummary\n        }\n        contributions {\n          signal\n          label\n          value\n          weight\n        }\n        evidence {\n          signal\n          label\n          nodeIds\n          edgeIds\n          text\n        }\n      }\n      evidence {\n        truncated\n        nodes {\n          ...EntitySummary\n        }\n        edges {\n          ...EdgeFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendPartners(\n    $enterpriseId: ID\n    $need: String\n    $kinds: [NodeKind!]\n    $limit: Int\n    $includeExisting: Boolean\n  ) {\n    recommendPartners(\n      enterpriseId: $enterpriseId\n      need: $need\n      kinds: $kinds\n      limit: $limit\n      includeExisting: $includeExisting\n    ) {\n      enterprise {\n        ...EntitySummary\n      }\n      fields {\n        ...EntitySummary\n      }\n      items {\n        score\n        entity {\n          ...EntitySummary\n        }\n        contributions {\n          signal\n          label\n          value\n          weight\n        }\n        evidence {\n          signal\n          label\n          nodeIds\n          edgeIds\n          text\n        }\n      }\n      evidence {\n        truncated\n        nodes {\n          ...EntitySummary\n        }\n        edges {\n          ...EdgeFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportProblemFields on ImportProblem {\n    file\n    sheet\n    row\n    column\n    message\n  }\n"): (typeof documents)["\n  fragment ImportProblemFields on ImportProblem {\n    file\n    sheet\n    row\n    column\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSpreadsheets(\n    $files: [SpreadsheetUpload!]!\n    $mapping: String\n    $dryRun: Boolean\n    $strict: Boolean\n  ) {\n    importSpreadsheets(files: $files, mapping: $mapping, dryRun: $dryRun, strict: $strict) {\n      dryRun\n      written\n      rows\n      nodesWritten\n      edgesWritten\n      problemCount\n      sheets {\n        file\n        sheet\n        target\n        targetLabel\n        reason\n        headerRow\n        columns {\n          header\n          meaning\n          use\n          byMappingFile\n        }\n        defaults {\n          key\n          value\n        }\n      }\n      counts {\n        kind\n        label\n        created\n        updated\n        unchanged\n        rejected\n      }\n      problems {\n        ...ImportProblemFields\n      }\n      notes {\n        ...ImportProblemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportSpreadsheets(\n    $files: [SpreadsheetUpload!]!\n    $mapping: String\n    $dryRun: Boolean\n    $strict: Boolean\n  ) {\n    importSpreadsheets(files: $files, mapping: $mapping, dryRun: $dryRun, strict: $strict) {\n      dryRun\n      written\n      rows\n      nodesWritten\n      edgesWritten\n      problemCount\n      sheets {\n        file\n        sheet\n        target\n        targetLabel\n        reason\n        headerRow\n        columns {\n          header\n          meaning\n          use\n          byMappingFile\n        }\n        defaults {\n          key\n          value\n        }\n      }\n      counts {\n        kind\n        label\n        created\n        updated\n        unchanged\n        rejected\n      }\n      problems {\n        ...ImportProblemFields\n      }\n      notes {\n        ...ImportProblemFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;