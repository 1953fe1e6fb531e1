/**
 * Whether a resolver's answer is asked for a field (directly on the object it returns, through fragments
 * too), so that a read the field will need can start alongside the resolver's own, not after it.
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function selects(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): boolean {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value === name) return true;
    if (selection.kind === Kind.INLINE_FRAGMENT && selects(selection.selectionSet, name, info)) return true;
    if (
      selection.kind === Kind.FRAGMENT_SPREAD &&
      selects(info.fragments[selection.name.value]?.selectionSet, name, info)
    )
      return true;
  }
  return false;
}

export function asksForField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => selects(node.selectionSet, name, info));
}
