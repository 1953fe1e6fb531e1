// The side panel for one relationship: its kind, both ends (clickable), properties and provenance.
import type { Edge, EntitySummary } from '../api/answers.ts';
import type { Selection } from '../graph/scene.ts';
import { useLang } from '../i18n/lang-context.ts';
import { displayName, relKindName } from '../i18n/strings.ts';
import { KindSwatch } from './KindSwatch.tsx';
import { PropertyList } from './PropertyList.tsx';
import { SourceList } from './SourceList.tsx';

export interface EdgeDetailProps {
  readonly edge: Edge;
  readonly from: EntitySummary | undefined;
  readonly to: EntitySummary | undefined;
  readonly onSelect: (selection: Selection) => void;
}

function Endpoint({
  id,
  entity,
  onSelect,
}: {
  readonly id: string;
  readonly entity: EntitySummary | undefined;
  readonly onSelect: (selection: Selection) => void;
}) {
  const { lang } = useLang();
  return (
    <button type="button" className="endpoint" onClick={() => onSelect({ type: 'node', id })}>
      {entity && <KindSwatch kind={entity.kind} size={14} />}
      <span>{entity ? displayName(entity, lang) : id}</span>
    </button>
  );
}

export function EdgeDetail({ edge, from, to, onSelect }: EdgeDetailProps) {
  const { lang, t } = useLang();
  const other = lang === 'zh' ? 'en' : 'zh';
  return (
    <article className="detail">
      <header className="detail-header">
        <span className="kind-badge kind-badge-edge">{t.relationship}</span>
        <h2 className="detail-name">{relKindName(edge.kind, lang)}</h2>
        <p className="detail-name-en">{relKindName(edge.kind, other)}</p>
      </header>
      <dl className="property-list endpoints">
        <div className="property">
          <dt>{t.from}</dt>
          <dd>
            <Endpoint id={edge.from} entity={from} onSelect={onSelect} />
          </dd>
        </div>
        <div className="property">
          <dt>{t.to}</dt>
          <dd>
            <Endpoint id={edge.to} entity={to} onSelect={onSelect} />
          </dd>
        </div>
      </dl>
      {edge.properties.length > 0 && (
        <section className="detail-section">
          <h3>{t.properties}</h3>
          <PropertyList properties={edge.properties} owner={{ kind: edge.kind, isEdge: true }} />
        </section>
      )}
      <section className="detail-section">
        <h3>{t.provenance}</h3>
        <SourceList sources={edge.sources} />
      </section>
    </article>
  );
}
