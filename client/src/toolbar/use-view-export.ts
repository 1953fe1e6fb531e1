// The toolbar's export and share: what is visible as PNG, CSV (entities or relationships) or JSON, named after
// the focus; and the link to this view copied to the clipboard.
import type { Core } from 'cytoscape';
import type { RefObject } from 'react';
import type { EntitySummary } from '../api/answers.ts';
import {
  download,
  edgesCsv,
  exportFileName,
  nodesCsv,
  viewJson,
  viewPng,
  visibleSubgraph,
} from '../graph/export-view.ts';
import type { Scene } from '../graph/scene.ts';
import { useLang } from '../i18n/lang-context.ts';
import type { ExportFormat } from './GraphToolbar.tsx';

export interface ViewExport {
  readonly exportView: (format: ExportFormat) => void;
  readonly share: () => Promise<void>;
}

export function useViewExport(
  cyRef: RefObject<Core | null>,
  scene: Scene | null,
  nodes: ReadonlyMap<string, EntitySummary>,
): ViewExport {
  const { lang, t } = useLang();

  function exportView(format: ExportFormat) {
    const cy = cyRef.current;
    if (!cy || !scene) return;
    const focus = scene.focusId ? nodes.get(scene.focusId) : undefined;
    const base = focus?.name ?? 'view';
    if (format === 'png') {
      download(viewPng(cy), exportFileName(base, 'png'));
      return;
    }
    const visible = visibleSubgraph(cy, scene.graph);
    const text =
      format === 'json'
        ? viewJson(visible)
        : format === 'nodes-csv'
          ? nodesCsv(visible, lang, t)
          : edgesCsv(visible, lang, t);
    const type = format === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
    const suffix = format === 'json' ? 'json' : format === 'nodes-csv' ? 'nodes.csv' : 'edges.csv';
    download(new Blob([text], { type }), exportFileName(base, suffix));
  }

  async function share() {
    try {
      await navigator.clipboard.writeText(window.location.href);
    } catch {
      // No clipboard (insecure page or refused): the address bar holds the same link.
    }
  }

  return { exportView, share };
}
