/**
 * Display labels for kind-specific properties, looked up in the domain declaration,
 * so that the API can send `level → 级别` without knowing each kind.
 */
import { NODE_KIND_SPECS, type NodeKind, type PropertySpec } from './node-kinds.ts';
import { COMMON_REL_PROPERTIES, REL_KIND_SPECS, type RelKind } from './relationship-kinds.ts';

function find(specs: readonly PropertySpec[], key: string): PropertySpec | undefined {
  return specs.find((spec) => spec.key === key);
}

export function nodePropertyLabel(kind: NodeKind, key: string): string {
  const spec = find(NODE_KIND_SPECS[kind].properties, key);
  return spec ? `${spec.zh} ${spec.en}` : key;
}

export function edgePropertyLabel(kind: RelKind, key: string): string {
  const spec = find(REL_KIND_SPECS[kind].properties, key) ?? find(COMMON_REL_PROPERTIES, key);
  return spec ? `${spec.zh} ${spec.en}` : key;
}
