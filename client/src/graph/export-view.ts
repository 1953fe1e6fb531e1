// Exports what is visible: nodes and relationships as CSV (UTF-8 with BOM, for Excel) or JSON, and the
// picture as PNG. Cells that a spreadsheet would run as a formula are quoted with a leading apostrophe.
import type { Core } from 'cytoscape';
import type { Edge, EntitySummary, Subgraph } from '../api/answers.ts';
import { displayName, nodeKindName, relKindName, type Lang, type Strings } from '../i18n/strings.ts';

/** The part of the graph Cytoscape shows now (filters, hidden nodes and hidden kinds left out). */
export function visibleSubgraph(cy: Core, graph: Subgraph): Subgraph {
  const visible = new Set(cy.elements(':visible').map((ele) => ele.id()));
  return {
    nodes: graph.nodes.filter((n) => visible.has(n.id)),
    edges: graph.edges.filter((e) => visible.has(e.id)),
    truncated: graph.truncated,
  };
}

/** One CSV cell: quoted when needed; text starting like a formula (= + - @) is defused with an apostrophe. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function nameOf(nodes: ReadonlyMap<string, EntitySummary>, id: string, lang: Lang): string {
  const node = nodes.get(id);
  return node ? displayName(node, lang) : id;
}

export function nodesCsv(graph: Subgraph, lang: Lang, t: Strings): string {
  return toCsv([
    t.csvNodeHeaders,
    ...graph.nodes.map((n) => [
      n.id,
      nodeKindName(n.kind, lang),
      n.name,
      n.nameEn ?? '',
      n.aliases.join('、'),
      n.degree,
    ]),
  ]);
}

function propertiesText(edge: Edge): string {
  return edge.properties.map((p) => `${p.key}=${p.value}`).join('; ');
}

export function edgesCsv(graph: Subgraph, lang: Lang, t: Strings): string {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  return toCsv([
    t.csvEdgeHeaders,
    ...graph.edges.map((e) => [
      e.id,
      relKindName(e.kind, lang),
      e.from,
      nameOf(nodes, e.from, lang),
      e.to,
      nameOf(nodes, e.to, lang),
      propertiesText(e),
      e.sources
        .map((s) => s.quote ?? '')
        .filter(Boolean)
        .join(' | '),
    ]),
  ]);
}

/** The visible view as JSON: the same shape as the API's Subgraph. */
export function viewJson(graph: Subgraph): string {
  return `${JSON.stringify({ nodes: graph.nodes, edges: graph.edges }, null, 2)}\n`;
}

/** The drawing as a PNG, the whole graph (not just the viewport) on white, at twice the resolution. */
export function viewPng(cy: Core): Blob {
  return cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2, maxWidth: 8000, maxHeight: 8000 });
}

/** Saves a blob as a file through a temporary link. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** kg-合益化工-2026-11-25.csv: the focus name and the date, safe for file systems. */
export function exportFileName(base: string, extension: string, now = new Date()): string {
  const safe = base.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || 'view';
  const date = now.toISOString().slice(0, 10);
  return `kg-${safe}-${date}.${extension}`;
}
