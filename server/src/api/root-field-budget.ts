/**
 * A validation rule on what a request asks the store to do, which graphql-armor's syntactic cost cannot
 * see: each root field has a weight by the work behind it (a recommendation reads far more than an
 * entity), fragments on Query included, and one operation may spend at most a budget. Fifteen aliased
 * two-hop neighbourhoods in one request are refused as TOO_LARGE before any resolver runs.
 */
import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';
import { AppError } from '#model';

export const ROOT_FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  entity: 1,
  stats: 1,
  search: 2,
  neighborhood: 4,
  paths: 4,
  overview: 6,
  recommendPartners: 8,
  needGaps: 12,
  importSpreadsheets: 12,
  needs: 4,
  need: 1,
  engagements: 2,
  needDashboard: 6,
  invitations: 12,
  tableFile: 4,
  changeSets: 2,
  reviewPairs: 6,
  mergePair: 6,
  scanDuplicates: 12,
  suggestedPartners: 12,
  opportunities: 16,
  rankingModel: 1,
  fitRankingModel: 24,
};

/** What one operation may spend: a few heavy questions, or many light ones. */
export const ROOT_FIELD_BUDGET = 24;

function weigh(set: SelectionSetNode, context: ValidationContext, seen: Set<string>): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) total += ROOT_FIELD_WEIGHTS[selection.name.value] ?? 0;
    else if (selection.kind === Kind.INLINE_FRAGMENT) total += weigh(selection.selectionSet, context, seen);
    else if (!seen.has(selection.name.value)) {
      // A fragment spread twice at the root still runs its fields once each time; count every spread
      // but never loop on a (invalid, cyclic) fragment.
      const fragment = context.getFragment(selection.name.value);
      if (fragment) {
        seen.add(selection.name.value);
        total += weigh(fragment.selectionSet, context, seen);
        seen.delete(selection.name.value);
      }
    }
  }
  return total;
}

export function rootFieldBudgetRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      const spent = weigh(operation.selectionSet, context, new Set());
      if (spent <= ROOT_FIELD_BUDGET) return;
      const message = `一次请求的查询太多（工作量 ${spent}，上限 ${ROOT_FIELD_BUDGET}）：请分成几次请求 / the request asks for too much at once (work ${spent}, at most ${ROOT_FIELD_BUDGET}); split it into several requests`;
      context.reportError(
        new GraphQLError(message, { nodes: [operation], originalError: new AppError('TOO_LARGE', message) }),
      );
    },
  };
}
