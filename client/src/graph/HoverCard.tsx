// The card beside the pointer: an entity's kind, name and number of relationships, or a relationship's kind,
// ends and properties (year, role, share…). Plain React text only.
import type { Edge, EntitySummary } from '../api/answers.ts';
import { useLang } from '../i18n/lang-context.ts';
import { displayName, relKindName } from '../i18n/strings.ts';
import { KindBadge } from '../panels/KindBadge.tsx';
import { PropertyList } from '../panels/PropertyList.tsx';
import type { Hover } from './scene.ts';

export interface HoverCardProps {
  readonly hover: Hover | null;
  readonly nodes: ReadonlyMap<string, EntitySummary>;
  readonly edges: ReadonlyMap<string, Edge>;
}

export function HoverCard({ hover, nodes, edges }: HoverCardProps) {
  const { lang, t } = useLang();
  if (!hover) return null;
  const style = { left: hover.x + 14, top: hover.y + 14 };
  if (hover.type === 'node') {
    const node = nodes.get(hover.id);
    if (!node) return null;
    return (
      <div className="hover-card" style={style} data-testid="hover-card" role="tooltip">
        <KindBadge kind={node.kind} />
        <div className="hover-title">{displayName(node, lang)}</div>
        <div className="muted small">{t.degree(node.degree)}</div>
      </div>
    );
  }
  const edge = edges.get(hover.id);
  if (!edge) return null;
  const from = nodes.get(edge.from);
  const to = nodes.get(edge.to);
  return (
    <div className="hover-card" style={style} data-testid="hover-card" role="tooltip">
      <div className="hover-title">{relKindName(edge.kind, lang)}</div>
      <div className="small">
        {from ? displayName(from, lang) : edge.from} → {to ? displayName(to, lang) : edge.to}
      </div>
      <PropertyList properties={edge.properties} owner={{ kind: edge.kind, isEdge: true }} />
      <div className="muted small">{t.hoverHint}</div>
    </div>
  );
}
