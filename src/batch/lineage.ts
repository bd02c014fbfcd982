import type { BatchDocument, Lineage, LineageMatch, LineageSource, Paragraph } from '../types.js';
import { compareByDate } from './read-corpus.js';

/**
 * Build the lineage of a target from the matches collected while comparing it with each earlier document. Only
 * documents dated before the target (or undated) count as sources; per document the best match is kept (the
 * aligner gives at most one per paragraph, but a merged run could repeat one), ties to the lower paragraph index.
 */
export function buildLineage(
  target: BatchDocument,
  paragraphs: readonly Pick<Paragraph, 'index' | 'number' | 'text' | 'label'>[],
  matches: readonly LineageMatch[],
  documents: ReadonlyMap<string, BatchDocument>,
  documentsCompared: number,
): Lineage {
  const best = new Map<string, LineageMatch>();
  for (const match of matches) {
    const source = documents.get(match.document);
    if (!source || !isEarlier(source, target)) continue;
    const key = `${match.paragraph}\u0000${match.document}`;
    const current = best.get(key);
    if (!current || match.similarity > current.similarity || (match.similarity === current.similarity && match.paragraphs[0] < current.paragraphs[0])) best.set(key, match);
  }
  const byParagraph = new Map<number, LineageSource[]>();
  for (const match of best.values()) {
    const source = documents.get(match.document)!;
    let list = byParagraph.get(match.paragraph);
    if (!list) byParagraph.set(match.paragraph, (list = []));
    list.push({
      document: match.document,
      date: source.date,
      title: source.title,
      paragraphs: match.paragraphs,
      ...(match.labels ? { labels: match.labels } : {}),
      kind: match.kind,
      similarity: match.similarity,
    });
  }
  return {
    target: target.id,
    documentsCompared,
    paragraphs: paragraphs.map((paragraph) => ({
      index: paragraph.index,
      number: paragraph.number,
      ...(paragraph.label !== undefined ? { label: paragraph.label } : {}),
      text: paragraph.text,
      sources: (byParagraph.get(paragraph.index) ?? []).sort((a, b) => compareByDate({ date: a.date, id: a.document }, { date: b.date, id: b.document })),
    })),
  };
}

function isEarlier(source: BatchDocument, target: BatchDocument): boolean {
  if (source.date === null || target.date === null) return true;
  return source.date < target.date || (source.date === target.date && source.id !== target.id && compareByDate(source, target) < 0);
}
