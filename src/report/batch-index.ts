import { FINDING_KINDS } from '../types.js';
import type { BatchManifest, Lineage, PairRecord, PairSignals } from '../types.js';
import { renderPage } from './templates.js';

/** Most documents the heatmap shows as a matrix; a larger run shows those with the highest similarities. */
export const HEATMAP_LIMIT = 300;

/** What the batch index is rendered from. */
export interface BatchIndexInput {
  manifest: BatchManifest;
  /** Records in pair order. */
  records: PairRecord[];
  lineage: Lineage | null;
  /** ISO time printed in the page (the only time in a batch's outputs). */
  generatedAt: string;
  /** A `--templates` folder: its `batch-*.hbs` files replace the built-in ones by name (docs/templates.md). */
  templatesDir?: string;
}

const COUNT_KEYS = [...FINDING_KINDS, 'moved'] as const;

/** Render `index.html`: the sortable pair table, the similarity heatmap and (target mode) the lineage view. */
export function renderBatchIndex(input: BatchIndexInput): string {
  return renderPage('batch-index', batchViewModel(input), input.templatesDir);
}

/** The precomputed view model of the index page (no logic in the templates). */
function batchViewModel(input: BatchIndexInput) {
  const { manifest, records, lineage } = input;
  const titles = new Map(manifest.documents.map((document) => [document.id, document]));
  const rows = records.map((record) => ({
    pair: record.pair,
    left: record.left,
    right: record.right,
    leftTitle: titles.get(record.left)?.title ?? '',
    rightTitle: titles.get(record.right)?.title ?? '',
    leftDate: record.leftDate ?? '',
    rightDate: record.rightDate ?? '',
    similarity: record.similarity.toFixed(4),
    estimated: record.estimated,
    error: record.error ?? null,
    counts: COUNT_KEYS.map((key) => (record.summary ? String(record.summary[key]) : '')),
    signals: record.signals ? signalLines(record.signals) : [],
    report: record.report,
    html: record.html,
  }));
  const compared = records.filter((record) => !record.estimated).length;
  return {
    generatedAt: input.generatedAt,
    version: manifest.tool.version,
    mode: manifest.mode,
    target: manifest.target,
    shard: manifest.shard ? `${manifest.shard.index}/${manifest.shard.count}` : null,
    options: Object.entries(manifest.options).map(([name, value]) => ({ name, value: String(value) })),
    stats: { documents: manifest.documents.length, pairs: records.length, planned: manifest.pairs, compared, estimated: records.length - compared, reports: records.filter((record) => record.report).length },
    countHeadings: COUNT_KEYS,
    rows,
    heatmap: heatmap(manifest, records),
    lineage: lineage && {
      target: lineage.target,
      documentsCompared: lineage.documentsCompared,
      paragraphs: lineage.paragraphs.map((paragraph) => ({
        position: paragraph.index + 1,
        number: paragraph.number,
        text: paragraph.text,
        isNew: paragraph.sources.length === 0,
        sources: paragraph.sources.map((source) => ({ ...source, similarity: source.similarity.toFixed(2), paragraphs: source.paragraphs.map((index) => index + 1).join(', ') })),
      })),
    },
    documents: manifest.documents,
    failures: manifest.failures,
  };
}

/** A pair's signals as short lines for its table cell: the summary, then references and topics added or dropped. */
function signalLines(signals: PairSignals): Array<{ text: string; className: string }> {
  const lines: Array<{ text: string; className: string }> = [];
  if (signals.summary) lines.push({ text: signals.summary, className: 'signal-summary' });
  const list = (label: string, items: string[], className: string) => {
    if (items.length) lines.push({ text: `${label}: ${items.join('; ')}`, className });
  };
  list('references added', signals.referencesAdded, 'signal-added');
  list('references dropped', signals.referencesRemoved, 'signal-dropped');
  list('topics added', signals.topicsAdded, 'signal-added');
  list('topics dropped', signals.topicsRemoved, 'signal-dropped');
  return lines;
}

function heatmap(manifest: BatchManifest, records: readonly PairRecord[]) {
  const best = new Map<string, number>();
  for (const record of records) {
    for (const id of [record.left, record.right]) best.set(id, Math.max(best.get(id) ?? 0, record.similarity));
  }
  let documents = manifest.documents.filter((document) => best.has(document.id));
  const limited = documents.length > HEATMAP_LIMIT;
  if (limited) {
    const keep = new Set(
      [...documents].sort((a, b) => best.get(b.id)! - best.get(a.id)! || (a.id < b.id ? -1 : 1)).slice(0, HEATMAP_LIMIT).map((document) => document.id),
    );
    documents = documents.filter((document) => keep.has(document.id));
  }
  const cell = new Map<string, PairRecord>();
  for (const record of records) {
    cell.set(`${record.left}\u0000${record.right}`, record);
    cell.set(`${record.right}\u0000${record.left}`, record);
  }
  return {
    limited,
    limit: HEATMAP_LIMIT,
    columns: documents.map((document) => ({ id: document.id, date: document.date ?? '' })),
    rows: documents.map((row) => ({
      id: row.id,
      date: row.date ?? '',
      cells: documents.map((column) => {
        const record = row.id === column.id ? null : cell.get(`${row.id}\u0000${column.id}`);
        if (!record) return { empty: true, self: row.id === column.id, title: `${row.id} × ${column.id}` };
        const lightness = Math.round(97 - record.similarity * 62);
        return {
          empty: false,
          estimated: record.estimated,
          color: `hsl(212, 70%, ${lightness}%)`,
          title: `${row.id} × ${column.id}: ${record.similarity.toFixed(2)}${record.estimated ? ' (estimated)' : ''}`,
        };
      }),
    })),
  };
}
