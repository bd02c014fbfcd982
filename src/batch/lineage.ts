import type { BatchDocument, Lineage, LineageMatch, LineageSource, LineageUnchecked, Paragraph } from '../types.js';
import { compareByDate } from './read-corpus.js';

/** The target's paragraphs as the lineage needs them, with whether each was searched. */
export type LineageTargetParagraph = Pick<Paragraph, 'index' | 'number' | 'text' | 'label'> & { heading?: boolean; searched: boolean };

/**
 * Build the lineage of a target from the matches the lineage search found (`lineage-search.ts`). Only documents dated
 * before the target (or undated) count as sources; per document the best match is kept, ties to the lower paragraph
 * index. A paragraph without a source is `new` only when it was searched in every possible source: when it was too
 * short to search, or some documents were `notChecked`, it is `not-checked`.
 */
export function buildLineage(
  target: BatchDocument,
  paragraphs: readonly LineageTargetParagraph[],
  matches: readonly LineageMatch[],
  documents: ReadonlyMap<string, BatchDocument>,
  documentsSearched: number,
  notChecked: readonly LineageUnchecked[],
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
      ...(match.numbers ? { numbers: match.numbers } : {}),
      kind: match.kind,
      similarity: match.similarity,
    });
  }
  return {
    target: target.id,
    documentsSearched,
    notChecked: sortUnchecked(notChecked, documents),
    paragraphs: paragraphs.map((paragraph) => {
      const sources = (byParagraph.get(paragraph.index) ?? []).sort((a, b) => compareByDate({ date: a.date, id: a.document }, { date: b.date, id: b.document }));
      return {
        index: paragraph.index,
        number: paragraph.number,
        ...(paragraph.label !== undefined ? { label: paragraph.label } : {}),
        ...(paragraph.heading ? { heading: true } : {}),
        text: paragraph.text,
        searched: paragraph.searched,
        status: sources.length ? 'traced' : paragraph.searched && notChecked.length === 0 ? 'new' : 'not-checked',
        sources,
      };
    }),
  };
}

/** Documents in canonical order (the order of `documents`), then unreadable inputs by path: the same for a run and a merge. */
function sortUnchecked(entries: readonly LineageUnchecked[], documents: ReadonlyMap<string, BatchDocument>): LineageUnchecked[] {
  const order = new Map([...documents.keys()].map((id, position) => [id, position]));
  const position = (entry: LineageUnchecked): number => order.get(entry.document) ?? order.size;
  return [...entries].sort((a, b) => position(a) - position(b) || (a.document < b.document ? -1 : a.document > b.document ? 1 : 0));
}

/** Whether `source` can be an earlier wording of `target`: dated before it, or either of them undated. */
export function isEarlier(source: BatchDocument, target: BatchDocument): boolean {
  if (source.date === null || target.date === null) return true;
  return source.date < target.date || (source.date === target.date && source.id !== target.id && compareByDate(source, target) < 0);
}
