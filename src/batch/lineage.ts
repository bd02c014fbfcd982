import type { BatchDocument, Lineage, LineageClauseMatch, LineageClosest, LineageMatch, LineageParagraph, LineageSource, LineageUnchecked, Paragraph } from '../types.js';
import { normalizeTitle } from '../series/index.js';
import { compareByDate } from './read-corpus.js';
import { documentName } from '../report/labels.js';

/** The target's paragraphs as the lineage needs them, with whether each was searched. */
export type LineageTargetParagraph = Pick<Paragraph, 'index' | 'number' | 'text' | 'label'> & { heading?: boolean; searched: boolean };

/**
 * Build the lineage of a target from the matches the lineage search found (`lineage-search.ts`) and, for every earlier
 * document whose pair with the target was compared in full and reported, the pair's own alignment (`aligned`, from
 * `pairAlignments` in `lineage-pairs.ts`), which replaces what the search found in that document: the lineage never
 * names a source the pair report it links to contradicts (trial 14a: oceans 80/110 OP 341, the new Programme of
 * Action, traced as a "split" of 78/69 OP 345 while the pair report aligned OP 345 with OP 340 and called OP 341 new;
 * 80/123 PP 1 "new" while the pair report aligned it with 79/197 PP 1). Only documents dated before the target (or
 * undated) count as sources (`isEarlier`); per document the best match is kept, ties to the lower paragraph index.
 * A paragraph without a source is `new` only when it was searched in every possible source: when it was too short to
 * search, or some documents were `notChecked`, it is `not-checked`.
 */
export function buildLineage(
  target: BatchDocument,
  paragraphs: readonly LineageTargetParagraph[],
  matches: readonly LineageMatch[],
  documents: ReadonlyMap<string, BatchDocument>,
  documentsSearched: number,
  notChecked: readonly LineageUnchecked[],
  aligned: ReadonlyMap<string, readonly LineageMatch[]> = new Map(),
  closest: ReadonlyArray<LineageClosest & { paragraph: number }> = [],
  clauses: ReadonlyArray<LineageClauseMatch & { paragraph: number }> = [],
  searchedByPhrases = 0,
): Lineage {
  const best = new Map<string, LineageMatch>();
  const fromPairs = [...aligned.keys()].sort().flatMap((document) => aligned.get(document)!.map((match) => ({ ...match, document })));
  for (const match of [...matches.filter((match) => !aligned.has(match.document)), ...fromPairs]) {
    const source = documents.get(match.document);
    if (!source || !isEarlier(source, target)) continue;
    const key = `${match.paragraph}\u0000${match.document}`;
    const current = best.get(key);
    if (!current || match.similarity > current.similarity || (match.similarity === current.similarity && match.paragraphs[0] < current.paragraphs[0])) best.set(key, match);
  }
  const byParagraph = new Map<number, LineageSource[]>();
  const order = sourceOrder(target, documents);
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
      ...(match.containment !== undefined ? { containment: match.containment } : {}),
      edit: match.edit ?? (match.kind === 'unchanged' ? 'none' : null),
    });
  }
  // Per paragraph, the closest candidate under the floor among the earlier documents: the highest, ties to the
  // document first in canonical order, then the lower paragraph index (the same for a run and a merge of its shards).
  const position = new Map([...documents.keys()].map((id, at) => [id, at]));
  const nearest = new Map<number, LineageClosest>();
  for (const near of closest) {
    const source = documents.get(near.document);
    if (!source || !isEarlier(source, target) || near.similarity < LINEAGE_CLOSEST_FLOOR) continue;
    const current = nearest.get(near.paragraph);
    const before =
      current === undefined ||
      near.similarity > current.similarity ||
      (near.similarity === current.similarity && (position.get(near.document)! - position.get(current.document)! || near.paragraphs[0] - current.paragraphs[0]) < 0);
    if (before) {
      const { paragraph: _paragraph, ...rest } = near;
      nearest.set(near.paragraph, rest);
    }
  }
  const closestOf = (index: number): Pick<LineageParagraph, 'closest'> => {
    const near = nearest.get(index);
    if (!near) return {};
    const source = documents.get(near.document)!;
    return { closest: { ...near, date: source.date, title: source.title } };
  };
  const runs = new Map<number, Array<LineageClauseMatch & { paragraph: number }>>();
  for (const clause of clauses) {
    const source = documents.get(clause.document);
    if (!source || !isEarlier(source, target)) continue;
    const list = runs.get(clause.paragraph);
    if (list) list.push(clause);
    else runs.set(clause.paragraph, [clause]);
  }
  const clausesOf = (index: number, sources: readonly LineageSource[]): Pick<LineageParagraph, 'clauses'> => {
    // The paragraph's own earlier wordings are its sources already: a clause first in one of them is said there.
    const own = (clause: LineageClauseMatch): boolean => sources.some((source) => source.document === clause.document && source.paragraphs.includes(clause.paragraphs[0]));
    const found = (runs.get(index) ?? []).filter((clause) => !own(clause));
    found.sort(
      (a, b) =>
        compareByDate({ date: documents.get(a.document)!.date, id: a.document }, { date: documents.get(b.document)!.date, id: b.document }) ||
        position.get(a.document)! - position.get(b.document)! ||
        a.paragraphs[0] - b.paragraphs[0] ||
        a.from - b.from,
    );
    const kept: Array<LineageClauseMatch & { date: string | null }> = [];
    for (const { paragraph: _paragraph, ...clause } of found) {
      // A run an older paragraph has already (the same words or more) adds nothing: the oldest is where they were first.
      if (kept.some((older) => older.from <= clause.from && older.from + older.words >= clause.from + clause.words)) continue;
      kept.push({ ...clause, date: documents.get(clause.document)!.date });
      if (kept.length === LINEAGE_CLAUSES_KEPT) break;
    }
    return kept.length > 0 ? { clauses: kept } : {};
  };
  return {
    target: target.id,
    targetName: documentName(target),
    documentsSearched,
    ...(searchedByPhrases > 0 ? { searchedByPhrases } : {}),
    notChecked: sortUnchecked(notChecked, documents),
    paragraphs: paragraphs.map((paragraph) => {
      const sources = (byParagraph.get(paragraph.index) ?? []).sort(order);
      return {
        index: paragraph.index,
        number: paragraph.number,
        ...(paragraph.label !== undefined ? { label: paragraph.label } : {}),
        ...(paragraph.heading ? { heading: true } : {}),
        text: paragraph.text,
        searched: paragraph.searched,
        status: sources.length ? 'traced' : paragraph.searched && notChecked.length === 0 ? 'new' : 'not-checked',
        ...(sources.length ? {} : closestOf(paragraph.index)),
        sources,
        ...(paragraph.heading ? {} : clausesOf(paragraph.index, sources)),
      };
    }),
  };
}

/**
 * The least similarity of a paragraph's closest candidate under the floor: below it the lineage names none, and the memo
 * says "no close paragraph". Trial 18-a: a 10,000-character speech paragraph was "closest" to four seed paragraphs at
 * 2–7 %. Measured: the seed against 21 resolutions of unrelated series (oceans, atomic radiation, Pitcairn, programme
 * planning, peacekeeping support, agriculture, the Syrian Golan) has closest candidates at 8–26 %, 11 of 13 at 17 % or
 * more; under 15 % a candidate is weaker than what an unrelated text usually offers, and means nothing.
 */
export const LINEAGE_CLOSEST_FLOOR = 0.15;

/** Most earlier paragraphs kept per target paragraph for its clauses (`LineageParagraph.clauses`), the oldest first. */
export const LINEAGE_CLAUSES_KEPT = 12;

/** Documents in canonical order (the order of `documents`), then unreadable inputs by path: the same for a run and a merge. */
function sortUnchecked(entries: readonly LineageUnchecked[], documents: ReadonlyMap<string, BatchDocument>): LineageUnchecked[] {
  const order = new Map([...documents.keys()].map((id, position) => [id, position]));
  const position = (entry: LineageUnchecked): number => order.get(entry.document) ?? order.size;
  return [...entries].sort((a, b) => position(a) - position(b) || (a.document < b.document ? -1 : a.document > b.document ? 1 : 0));
}

/**
 * Whether `source` can be an earlier wording of `target`: dated before it, or either of them undated. A text adopted
 * the same day is not earlier (trial 14a: Montserrat 80/97's lineage listed 80/91, 80/95, 80/102 and 80/105, all
 * adopted with it on 2025-12-05, because their symbols sort first as strings), so it is neither searched nor a source.
 */
export function isEarlier(source: BatchDocument, target: BatchDocument): boolean {
  if (source.date === null || target.date === null) return true;
  return source.date < target.date && !sameSpan(source.date, target.date);
}

/**
 * Whether two dates may be the same day by their precision: one is a year ("2024") or a month ("2024-09") the other
 * falls in. Trial 21-b D1: the 2024 General Debate speeches carry `date: "2024"` (delivered in late September); as a
 * string "2024" sorts before "2024-05-01", and a May 2024 statement was said to take its wording from Russia's
 * September speech. A date known only to the year is within that year: neither earlier nor later than a day of it
 * (order unknown), so, like a text of the same day, it is neither searched nor a source (`orderUnknown` says which).
 */
export function sameSpan(a: string, b: string): boolean {
  return a !== b && (b.startsWith(a) || a.startsWith(b));
}

/** The documents whose date is coarser than the target's and holds it (a year-only "2024" for a target of 2024-05-01): their order against it is unknown. */
export function orderUnknown(target: BatchDocument, documents: Iterable<BatchDocument>): string[] {
  const found: string[] = [];
  for (const document of documents) if (document.id !== target.id && document.date !== null && target.date !== null && sameSpan(document.date, target.date)) found.push(document.id);
  return found;
}

/**
 * Within this similarity of the best source of the same date, a source of the target's own series comes first (is
 * where the paragraph is "first seen"). Texts adopted the same day are equally old: between Anguilla 78/87 and
 * Montserrat 78/93, both of 2023-12-07, Montserrat 80/97's PP 1 (93 % and 97 %) was first seen in Anguilla's because
 * its symbol sorts first. Its own series' 97 % wins; so would a 92 % against another series' 95 % (a drafter starts
 * from the last text of the resolution, and two points is the noise of the measure between sister texts), but not a
 * 60 % against another series' 95 %, the wording the paragraph really carries.
 */
export const OWN_SERIES_MARGIN = 0.05;

/**
 * The order of a paragraph's sources: by date (the earliest first: where the paragraph's language first appears), and
 * among sources of one date, the target's own series first within `OWN_SERIES_MARGIN`, then the more similar, then by
 * id. The own series is the same front matter `series`, else the same title (a UN resolution's series is its title,
 * `groupSeries`).
 */
export function sourceOrder(target: BatchDocument, documents: ReadonlyMap<string, BatchDocument>): (a: LineageSource, b: LineageSource) => number {
  const own = (source: LineageSource): boolean => {
    const document = documents.get(source.document);
    if (!document) return false;
    if (target.series !== null || document.series !== null) return target.series === document.series;
    return normalizeTitle(document.title) === normalizeTitle(target.title);
  };
  const weight = (source: LineageSource): number => source.similarity + (own(source) ? OWN_SERIES_MARGIN : 0);
  return (a, b) => {
    if (a.date !== b.date) return compareByDate({ date: a.date, id: a.document }, { date: b.date, id: b.document });
    return weight(b) - weight(a) || (a.document < b.document ? -1 : a.document > b.document ? 1 : 0);
  };
}
