// The bar above the canvas: layout and size, undo/redo of graph edits, the opportunities layer (机会), showing
// hidden nodes, export and share.
import { useState } from 'react';
import { useLang } from '../i18n/lang-context.ts';
import { OPPORTUNITIES_STRINGS } from '../opportunities/opportunities-strings.ts';
import { LAYOUTS, NODE_LIMITS, type LayoutName } from '../view/view-state.ts';

export type ExportFormat = 'png' | 'nodes-csv' | 'edges-csv' | 'json';

export interface GraphToolbarProps {
  readonly layout: LayoutName;
  readonly limit: number;
  readonly hiddenCount: number;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly canExport: boolean;
  readonly onLayout: (layout: LayoutName) => void;
  readonly onLimit: (limit: number) => void;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onShowHidden: () => void;
  readonly onExport: (format: ExportFormat) => void;
  readonly onShare: () => Promise<void>;
  /** The opportunities layer (机会): on or off, one click. */
  readonly opportunitiesOn: boolean;
  readonly onToggleOpportunities: () => void;
}

export function GraphToolbar(props: GraphToolbarProps) {
  const { lang, t } = useLang();
  const o = OPPORTUNITIES_STRINGS[lang];
  const [copied, setCopied] = useState(false);
  const limits = NODE_LIMITS.includes(props.limit as (typeof NODE_LIMITS)[number])
    ? NODE_LIMITS
    : [...NODE_LIMITS, props.limit];
  const exports: ReadonlyArray<[ExportFormat, string]> = [
    ['png', t.exportPng],
    ['nodes-csv', t.exportNodesCsv],
    ['edges-csv', t.exportEdgesCsv],
    ['json', t.exportJson],
  ];

  async function share() {
    await props.onShare();
    setCopied(true);
    setTimeout(() => setCopied(false), 2_500);
  }

  return (
    <div className="toolbar" role="toolbar" aria-label={t.layoutLabel}>
      <label className="toolbar-field">
        <span>{t.layoutLabel}</span>
        <select
          data-testid="layout-select"
          value={props.layout}
          onChange={(event) => props.onLayout(event.target.value as LayoutName)}
        >
          {LAYOUTS.map((name) => (
            <option key={name} value={name}>
              {t.layoutOption(name)}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-field">
        <span>{t.sizeLabel}</span>
        <select
          data-testid="size-select"
          value={props.limit}
          onChange={(event) => props.onLimit(Number(event.target.value))}
        >
          {limits.map((limit) => (
            <option key={limit} value={limit}>
              {t.sizeOption(limit)}
            </option>
          ))}
        </select>
      </label>
      <span className="toolbar-group">
        <button
          type="button"
          className="tool"
          data-testid="undo"
          title={t.undoTitle}
          disabled={!props.canUndo}
          onClick={props.onUndo}
        >
          ↶ {t.undo}
        </button>
        <button
          type="button"
          className="tool"
          data-testid="redo"
          title={t.redoTitle}
          disabled={!props.canRedo}
          onClick={props.onRedo}
        >
          ↷ {t.redo}
        </button>
      </span>
      <button
        type="button"
        className="tool"
        data-testid="opportunities-toggle"
        aria-pressed={props.opportunitiesOn}
        title={o.toggleTitle}
        onClick={props.onToggleOpportunities}
      >
        ⇢ {o.toggle}
      </button>
      {props.hiddenCount > 0 && (
        <button type="button" className="tool" data-testid="show-hidden" onClick={props.onShowHidden}>
          {t.showHidden(props.hiddenCount)}
        </button>
      )}
      <span className="toolbar-group toolbar-end">
        <details className="menu">
          <summary className="tool" data-testid="export-menu">
            {t.exportLabel}
          </summary>
          <div className="menu-items">
            {exports.map(([format, label]) => (
              <button
                key={format}
                type="button"
                className="menu-item"
                data-testid={`export-${format}`}
                disabled={!props.canExport}
                onClick={(event) => {
                  event.currentTarget.closest('details')?.removeAttribute('open');
                  props.onExport(format);
                }}
              >
                {label}
              </button>
            ))}
          </div>
        </details>
        <button type="button" className="tool" data-testid="share-link" onClick={() => void share()}>
          {copied ? t.linkCopied : t.shareLink}
        </button>
      </span>
    </div>
  );
}
