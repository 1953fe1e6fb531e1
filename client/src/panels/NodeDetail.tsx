// The side panel for one entity: names, aliases, description, properties, statistics and provenance, its
// history of changes, and for an editor the forms that edit it (editor/EditorSections.tsx).
import { useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import { isAbort } from '../api/graphql-request.ts';
import { entity as fetchEntity } from '../api/queries.ts';
import { EditorSections } from '../editor/EditorSections.tsx';
import { useEditor } from '../editor/editor-context.ts';
import type { Entity, EntitySummary } from '../api/answers.ts';
import { useLang } from '../i18n/lang-context.ts';
import { KindBadge } from './KindBadge.tsx';
import { PropertyList } from './PropertyList.tsx';
import { SourceList } from './SourceList.tsx';
import { StatisticsTable } from './StatisticsTable.tsx';

/** What the planner can do to an entity from its panel. */
export interface NodeActions {
  readonly isExpanded: (id: string) => boolean;
  readonly isPinned: (id: string) => boolean;
  readonly toggleExpand: (id: string) => void;
  readonly hide: (id: string) => void;
  readonly togglePin: (id: string) => void;
  readonly refocus: (id: string) => void;
  readonly pathFrom: (entity: EntitySummary) => void;
  readonly pathTo: (entity: EntitySummary) => void;
  /** The entity was deleted (by an editor, from this panel). */
  readonly deleted: (id: string) => void;
}

export interface NodeDetailProps {
  readonly id: string;
  /** What the graph already knows, shown while the details load. */
  readonly summary: EntitySummary | undefined;
  readonly isFocus: boolean;
  readonly actions: NodeActions;
  readonly onError: (error: unknown) => void;
}

function Section({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <section className="detail-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function Chips({ items }: { readonly items: readonly string[] }) {
  return (
    <ul className="chips">
      {items.map((item) => (
        <li key={item} className="chip">
          {item}
        </li>
      ))}
    </ul>
  );
}

/** Expand, refocus, pin, hide, and start or end a path here. */
function DetailActions(props: {
  readonly id: string;
  readonly entity: EntitySummary;
  readonly isFocus: boolean;
  readonly actions: NodeActions;
}) {
  const { t } = useLang();
  const { id, entity, isFocus, actions } = props;
  return (
    <div className="detail-actions">
      {!isFocus && (
        <button
          type="button"
          className="button"
          data-testid="toggle-expand"
          onClick={() => actions.toggleExpand(id)}
        >
          {actions.isExpanded(id) ? t.collapse : t.expand}
        </button>
      )}
      {!isFocus && (
        <button type="button" className="button button-quiet" onClick={() => actions.refocus(id)}>
          {t.refocus}
        </button>
      )}
      <button
        type="button"
        className="button button-quiet"
        data-testid="toggle-pin"
        onClick={() => actions.togglePin(id)}
      >
        {actions.isPinned(id) ? t.unpin : t.pin}
      </button>
      <button
        type="button"
        className="button button-quiet"
        data-testid="hide-node"
        onClick={() => actions.hide(id)}
      >
        {t.hide}
      </button>
      <button
        type="button"
        className="button button-quiet"
        data-testid="path-from-here"
        onClick={() => actions.pathFrom(entity)}
      >
        {t.setPathFrom}
      </button>
      <button
        type="button"
        className="button button-quiet"
        data-testid="path-to-here"
        onClick={() => actions.pathTo(entity)}
      >
        {t.setPathTo}
      </button>
    </div>
  );
}

export function NodeDetail({ id, summary, isFocus, actions, onError }: NodeDetailProps) {
  const { t } = useLang();
  const [loaded, setLoaded] = useState<{ readonly id: string; readonly entity: Entity | null } | null>(null);
  const reportError = useEffectEvent((error: unknown) => onError(error));
  const { dataVersion } = useEditor();

  useEffect(() => {
    const controller = new AbortController();
    fetchEntity(id, { signal: controller.signal })
      .then((entity) => setLoaded({ id, entity }))
      .catch((error: unknown) => {
        if (isAbort(error)) return;
        setLoaded({ id, entity: null });
        reportError(error);
      });
    return () => controller.abort();
  }, [id, dataVersion]);

  const loading = loaded?.id !== id;
  const detail = loading ? null : loaded.entity;
  const shown: EntitySummary | undefined = detail ?? summary;
  if (!shown) return <p className="muted">{loading ? t.loadingDetail : ''}</p>;

  const aliases = shown.aliases.filter((alias) => alias !== shown.name && alias !== shown.nameEn);
  return (
    <article className="detail" aria-busy={loading}>
      <header className="detail-header">
        <KindBadge kind={shown.kind} />
        <h2 className="detail-name">{shown.name}</h2>
        {shown.nameEn && (
          <p className="detail-name-en" lang="en">
            {shown.nameEn}
          </p>
        )}
        <p className="detail-meta">{t.degree(shown.degree)}</p>
        <DetailActions id={id} entity={shown} isFocus={isFocus} actions={actions} />
      </header>

      {aliases.length > 0 && (
        <Section title={t.aliases}>
          <Chips items={aliases} />
        </Section>
      )}
      {loading && <p className="muted">{t.loadingDetail}</p>}
      {detail?.description && (
        <Section title={t.description}>
          <p className="detail-description">{detail.description}</p>
        </Section>
      )}
      {detail && detail.keywords.length > 0 && (
        <Section title={t.keywords}>
          <Chips items={detail.keywords} />
        </Section>
      )}
      {detail && detail.properties.length > 0 && (
        <Section title={t.properties}>
          <PropertyList properties={detail.properties} owner={{ kind: detail.kind, isEdge: false }} />
        </Section>
      )}
      {detail && detail.stats.length > 0 && (
        <Section title={t.statistics}>
          <StatisticsTable stats={detail.stats} />
        </Section>
      )}
      {detail && (
        <Section title={t.provenance}>
          <SourceList sources={detail.sources} />
        </Section>
      )}
      {detail && <EditorSections entity={detail} onDeleted={() => actions.deleted(id)} onError={onError} />}
    </article>
  );
}
