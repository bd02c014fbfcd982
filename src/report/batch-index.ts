import { isHeadingName } from './paragraph-names.js';
import { FINDING_KINDS } from '../types.js';
import type { BatchDocument, BatchManifest, Digest, TargetMemo, Lineage, LineageParagraph, LineageSource, PairRecord, PairSignals, Series, SeriesBasis, SeriesHistoryRecord } from '../types.js';
import { committeeNote, digestView, digestWording, seriesFacts } from './digest.js';
import { adoptedMissingPhrase, DOCUMENT_NOTES, documentName, draftsWithoutAdopted, isTechnicalUpdate, paragraphAnchor, paragraphCitation, percent, warningText } from './labels.js';
import { cutText } from './digest-line.js';
import { renderPage } from './templates.js';
import { memoView } from './target-memo.js';

/** Most references and topics a pair's signals cell lists one by one; more are counted (the pair report lists them). */
export const SIGNAL_CELL_ITEMS = 6;
/** Length at which a document's name is cut in a table cell (its whole name is in the cell's title). */
const NAME_CELL_LENGTH = 60;

/** Most series whose charts the chain view shows open; more fold into one closed `<details>`. */
const UNFOLDED_CHARTS = 12;

/** Most documents the all-pairs matrix shows; a larger run shows those with the highest similarities. */
export const HEATMAP_LIMIT = 80;
/** Most earlier documents the target view shows as columns (those the target's paragraphs appear in, earliest first). */
export const TARGET_COLUMNS_LIMIT = 60;
/**
 * In a chain, a turning point is a pair much less similar than the pairs just before it in its series (the text broke
 * with a settled wording): the pairs with the largest drop below the median of the `TURNING_WINDOW` previous pairs,
 * at least `TURNING_MIN_DROP`, at most `TURNING_POINT_SHARE` of the pairs (and `TURNING_POINTS_MAX`).
 */
export const TURNING_WINDOW = 3;
export const TURNING_MIN_DROP = 0.2;
export const TURNING_POINT_SHARE = 0.1;
export const TURNING_POINTS_MAX = 12;

/** The largest of some numbers: a loop, since `Math.max(...values)` overflows the stack from about 120,000 values (500 documents, all pairs). */
function largest(values: readonly number[]): number {
  let best = -Infinity;
  for (const value of values) if (value > best) best = value;
  return best;
}

/**
 * Most rows of the pair table. A run of every pair over 2,000 documents has two million pairs: listing them all made an
 * index of gigabytes that no browser opens (and a string over V8's limit). results.jsonl keeps every pair.
 */
export const PAIR_TABLE_LIMIT = 2000;

/**
 * The records the pair table lists, in pair order: all of them up to `PAIR_TABLE_LIMIT`; past it, the pairs an analyst
 * opens first (failed, reported, compared in full), then the highest estimates, ties by pair number.
 */
function tableRecords(records: readonly PairRecord[], mode: BatchManifest['mode']): readonly PairRecord[] {
  if (mode === 'all') return byEstimate(records).slice(0, PAIR_TABLE_LIMIT);
  if (records.length <= PAIR_TABLE_LIMIT) return records;
  const rank = (record: PairRecord): number => (record.error !== undefined ? 0 : record.report !== null ? 1 : !record.estimated ? 2 : 3);
  return [...records]
    .sort((a, b) => rank(a) - rank(b) || b.similarity - a.similarity || a.pair - b.pair)
    .slice(0, PAIR_TABLE_LIMIT)
    .sort((a, b) => a.pair - b.pair);
}

/**
 * All-pairs mode ranks every pair by its shingle `estimate`, the one measure every pair has. The engine's `similarity`
 * of a pair compared in full is another scale (aligned paragraphs: two speeches of one country with no paragraph
 * aligned one to one are 0 % similar, their estimate 8 %): ranking both as one put unrelated estimated pairs above
 * compared pairs of one series (trial 13c, six Russian speeches and six cyber strategies). Ties by pair number.
 */
function byEstimate(records: readonly PairRecord[]): PairRecord[] {
  return [...records].sort((a, b) => b.estimate - a.estimate || a.pair - b.pair);
}

/** A pair's shingle estimate as shown in all-pairs mode (every pair has one; always `≈`). */
function estimateLabel(record: PairRecord): string {
  return `≈${percent(record.estimate)}`;
}

/** What the batch index is rendered from. */
export interface BatchIndexInput {
  manifest: BatchManifest;
  /** Records in pair order. */
  records: PairRecord[];
  lineage: Lineage | null;
  /** What was negotiated in each series (a whole chain run): shown as the digest section; absent or null: no section. */
  digest?: Digest | null;
  /** The target's memo (a whole target run): shown as its section; absent or null: no section. */
  memo?: TargetMemo | null;
  /** The histories a chain run wrote, one per series of two or more documents: linked from the series. */
  histories?: readonly SeriesHistoryRecord[];
  /** ISO time printed in the page (the only time in a batch's outputs). */
  generatedAt: string;
  /** A `--templates` folder: its `batch-*.hbs` files replace the built-in ones by name (docs/templates.md). */
  templatesDir?: string;
}

const COUNT_KEYS = [...FINDING_KINDS, 'moved'] as const;

/** Render `index.html`: the view that answers the mode's question, the sortable pair table, the lineage (target mode), the inputs. */
export function renderBatchIndex(input: BatchIndexInput): string {
  return renderPage('batch-index', batchViewModel(input), input.templatesDir);
}

/** The anchor of a pair's row in the pair table (rows are counted from 1, as a reader counts them). */
function pairAnchor(record: PairRecord): string {
  return `pair-${record.pair + 1}`;
}

/** Where a cell or a point links: the pair's HTML report (at a paragraph when given), else its JSON, else its row in the table. */
function pairHref(record: PairRecord, fragment = ''): string {
  if (record.html) return `${record.html}${fragment}`;
  if (record.report) return record.report;
  return `#${pairAnchor(record)}`;
}

/** A pair's similarity as shown: `≈` for an estimate, `unrelated?` for a chain pair far below the threshold (never an ordinary change). */
function similarityLabel(record: PairRecord): string {
  if (record.unrelated) return `unrelated? ${percent(record.similarity)}`;
  return `${record.estimated ? '≈' : ''}${percent(record.similarity)}`;
}

/**
 * Each document's notes (`DOCUMENT_NOTES`: a mojibake repair) by its path, said once in the document table whatever the
 * number of pairs that read it.
 */
function documentNotesByPath(records: readonly PairRecord[]): Map<string, string> {
  const notes = new Map<string, string[]>();
  for (const record of records) {
    for (const warning of record.warnings ?? []) {
      if (!DOCUMENT_NOTES.has(warning.code) || warning.file === undefined) continue;
      const said = notes.get(warning.file) ?? [];
      if (!said.includes(warning.message)) said.push(warning.message);
      notes.set(warning.file, said);
    }
  }
  return new Map([...notes].map(([path, messages]) => [path, messages.join('; ')]));
}

/** The precomputed view model of the index page (no logic in the templates). */
export function batchViewModel(input: BatchIndexInput) {
  const { manifest, records, lineage } = input;
  const documents = new Map(manifest.documents.map((document) => [document.id, document]));
  // One name per document (`documentName`): its symbol, else its title, else its id; a table cell shows it cut.
  const nameOf = (id: string): string => {
    const document = documents.get(id);
    return document ? documentName(document) : id;
  };
  const shortName = (id: string): string => cutText(nameOf(id), NAME_CELL_LENGTH);
  const listed = tableRecords(records, manifest.mode);
  const twoMeasures = manifest.mode === 'all';
  const rows = listed.map((record) => ({
    number: record.pair + 1,
    anchor: pairAnchor(record),
    left: record.left,
    right: record.right,
    leftName: shortName(record.left),
    rightName: shortName(record.right),
    leftTitle: documents.get(record.left)?.title ?? '',
    rightTitle: documents.get(record.right)?.title ?? '',
    leftDate: record.leftDate ?? '',
    rightDate: record.rightDate ?? '',
    // All pairs: the estimate ranks; the engine's similarity only for the pairs compared in full (else a dash).
    estimate: estimateLabel(record),
    estimateValue: record.estimate.toFixed(4),
    similarity: twoMeasures && record.estimated ? '—' : similarityLabel(record),
    similarityValue: twoMeasures && record.estimated ? '-1' : record.similarity.toFixed(4),
    estimated: record.estimated,
    error: record.error ?? null,
    counts: COUNT_KEYS.map((key) => (record.summary ? String(record.summary[key]) : '')),
    // The pair's warnings beside its signals, naming their file (a Word draft's tracked changes read as accepted); a
    // document's own notes (a mojibake repair) are in the document table, once (trial 20-b D10: two a row hid the signals).
    signals: [...(record.signals ? signalLines(record.signals) : []), ...(record.warnings ?? []).filter((warning) => !DOCUMENT_NOTES.has(warning.code)).map((warning) => ({ text: `warning: ${warningText(warning)}`, className: 'signal-warning' }))],
    report: record.report,
    html: record.html,
  }));
  const compared = records.filter((record) => !record.estimated).length;
  const notesOf = documentNotesByPath(records);
  return {
    generatedAt: input.generatedAt,
    version: manifest.tool.version,
    mode: manifest.mode,
    modeLabel: MODE_LABELS[manifest.mode],
    target: manifest.target,
    targetName: manifest.target === null ? null : nameOf(manifest.target),
    shard: manifest.shard ? `${manifest.shard.index}/${manifest.shard.count}` : null,
    threshold: thresholdNote(manifest, records, lineage),
    options: [...optionRows(manifest.options), ...committeesRow(manifest)],
    stats: { documents: manifest.documents.length, pairs: records.length, planned: manifest.pairs, compared, estimated: records.length - compared, reports: records.filter((record) => record.report).length },
    countHeadings: COUNT_KEYS,
    twoMeasures,
    rows,
    tableNote: listed.length < records.length ? `The table lists ${listed.length.toLocaleString('en-US')} of the ${records.length.toLocaleString('en-US')} pairs: ${twoMeasures ? 'those with the highest estimates' : 'those that failed or have a report first, then those compared, then the closest estimates'}. Every pair is in results.jsonl.` : null,
    chain: manifest.mode === 'chain' ? chainView(records, documents, manifest.series, input.histories ?? []) : null,
    // With --committee the table holds the series kept: it says so, as the digest does.
    seriesTable: manifest.mode === 'chain' && manifest.series.length > 1 ? { ...seriesTable(manifest.series, records, input.histories ?? [], input.digest ? digestWording(input.digest).changes : 'negotiated'), committees: input.digest ? committeeNote(input.digest) : null } : null,
    digest: input.digest ? digestView(input.digest) : null,
    targetView: manifest.mode === 'target' && lineage ? targetView(lineage, records, documents) : null,
    memo: input.memo ? memoView(input.memo) : null,
    matrix: manifest.mode === 'all' ? matrixView(manifest, records) : null,
    lineage: lineage && lineageView(lineage, records, documents),
    documents: manifest.documents.map((document, index) => ({ ...document, number: index + 1, notes: notesOf.get(document.path) ?? '' })),
    // How many documents have a note: the table's summary says so, the table a notes column.
    documentNotes: manifest.documents.filter((document) => notesOf.has(document.path)).length,
    failures: manifest.failures,
    // Each file of the corpus not read, with what to do (trial 19-b D4: the .odt adopted text went unnamed).
    skipped: manifest.skipped ?? [],
  };
}

/**
 * Where a lineage source stands in its document, each paragraph cited as the pair report cites it
 * (`paragraphCitation`): `OP 3`, `¶ 3 (1.)` (running count and printed number), `¶ 3`; a merged group joined with
 * `+` as the report joins one (`¶ 12 (10.)+¶ 13 (11.)`).
 */
function sourceCitation(source: Pick<LineageSource, 'paragraphs' | 'labels' | 'numbers'>): string {
  return source.paragraphs
    .map((index, k) => paragraphCitation({ index, label: source.labels?.[k] ?? null, number: source.numbers?.[k] ?? null }))
    .join('+');
}

/**
 * How the index names a target paragraph: a heading line (the title, a date line: `isHeadingLine`) without a label by
 * its words, never as a numbered paragraph; any other as the pair report cites it (`paragraphCitation`).
 */
function targetParagraphName(paragraph: LineageParagraph): string {
  return paragraph.heading && (!paragraph.label || isHeadingName(paragraph.label)) ? `heading “${excerpt(paragraph.text)}”` : paragraphCitation(paragraph);
}

/** The anchor of a lineage source's first paragraph in the pair report, as the report writes it. */
function sourceAnchor(source: LineageSource): string {
  return paragraphAnchor('left', { index: source.paragraphs[0], label: source.labels?.[0] ?? null });
}

/** Why a possible source was not searched, as the index says it. */
const GAP_LABELS = {
  unreadable: 'could not be read',
  'other-shard': 'searched by another shard (merge the shards)',
  failed: 'could not be read for the search',
} as const;

/**
 * The lineage list: each target paragraph with its sources, or why it has none: "new" only when every earlier
 * document was searched, else "not checked" (not every earlier document was searched for it) with the reason: some
 * documents not searched, or the paragraph itself too short or too common to search for and aligned by no pair report.
 */
function lineageView(lineage: Lineage, records: readonly PairRecord[], documents: ReadonlyMap<string, BatchDocument>) {
  const searched = `${lineage.documentsSearched} earlier document${lineage.documentsSearched === 1 ? '' : 's'} searched`;
  const unchecked = lineage.notChecked.length;
  // The section is titled with the target's own title (a bold first line, front matter), its id beside it.
  const document = documents.get(lineage.target);
  const name = document ? documentName(document) : lineage.target;
  return {
    target: lineage.target,
    title: name !== lineage.target ? name : null,
    documentsSearched: lineage.documentsSearched,
    notChecked: lineage.notChecked.map((entry) => ({ document: entry.document, reason: GAP_LABELS[entry.reason], error: entry.error ?? null })),
    paragraphs: lineage.paragraphs.map((paragraph) => ({
      position: paragraph.index + 1,
      anchor: `target-p-${paragraph.index + 1}`,
      number: paragraph.number,
      // What the list shows before the text, as the pair report cites the paragraph (`OP 17`, `¶ 3 (1.)`, `¶ 3`); a
      // heading line (title, date) is shown as a heading, with no paragraph number.
      citation: paragraph.heading && (!paragraph.label || isHeadingName(paragraph.label)) ? null : paragraphCitation(paragraph),
      heading: paragraph.heading === true,
      text: paragraph.text,
      status: paragraph.status,
      isNew: paragraph.status === 'new',
      notChecked: paragraph.status === 'not-checked',
      statusLine:
        (paragraph.status === 'new'
          ? `New: no earlier source in the ${searched}`
          : paragraph.status === 'not-checked'
            ? paragraph.searched
              ? `Not checked: no source in the ${searched}, but ${unchecked} possible source${unchecked === 1 ? ' was' : 's were'} not searched (listed above)`
              : 'Not checked: not searched in the earlier documents, being too short (a heading, a date) or only wording common in the corpus, and no pair report aligns it'
            : '') + (paragraph.closest && paragraph.status !== 'traced' ? `; closest: ${paragraph.closest.document} ${sourceCitation(paragraph.closest)}, ${percent(paragraph.closest.similarity)} (${paragraph.closest.formula ? 'shares only a formula' : 'under the floor'})` : ''),
      sources: paragraph.sources.map((source) => {
        const record = records.find((candidate) => candidate.left === source.document && candidate.right === lineage.target);
        return {
          document: source.document,
          date: source.date ?? '',
          kind: source.kind === 'partial' ? `partial (${percent(source.containment ?? 0)} of its wording there)` : source.kind,
          similarity: percent(source.similarity),
          paragraphs: sourceCitation(source),
          href: record && (record.html || record.report) ? pairHref(record, `#${sourceAnchor(source)}`) : null,
        };
      }),
    })),
  };
}

const MODE_LABELS = {
  chain: 'chain: each document against the previous one of its series',
  target: 'target: one document against every other',
  all: 'all pairs: every document against every other',
} as const;

/**
 * Target and all-pairs modes report only pairs reaching `--min-similarity`: say how many fell under it, how close the
 * closest came and what to run to see it. Chain mode reports every pair, so it has no note. Advice must lead to a report
 * when followed (trial 13b: a shingle estimate of 4 % suggested 0.03, the pairs compared in full were 0 %, and the next
 * run suggested 0.009, for ever): a threshold is promised only from a similarity compared in full; a closest pair known
 * only by its estimate is named as such, and once the pairs compared in full share nothing the note says so and offers
 * only 0. Also printed on standard error when a run writes no report (`cli/commands/batch.ts`). In target mode a full
 * comparison is suggested from an estimate only when the lineage traced some target paragraph to an earlier text not
 * compared in full (`givesUncompared`; trial 18-a D12: the seed against the six ICT resolutions, no paragraph traced,
 * estimated at 4 %, was told to run again at 0.03; that run compared the six in full, each 0 % similar, and reported
 * nothing; trial 19-b D12: the same hint where the only source was compared in full already).
 */
export function thresholdNote(manifest: BatchManifest, records: readonly PairRecord[], lineage: Lineage | null = null): string | null {
  if (manifest.mode === 'chain') return null;
  const { minSimilarity } = manifest.options;
  const under = records.filter((record) => record.error === undefined && record.report === null);
  if (under.length === 0) return null;
  const compared = under.filter((record) => !record.estimated);
  const bestCompared = largest(compared.map((record) => record.similarity));
  const bestEstimate = largest(under.filter((record) => record.estimated).map((record) => record.similarity));
  const lead = `${under.length} of ${records.length} pairs fell under --min-similarity ${minSimilarity} and have no report`;
  const everyPair = '0 would report every pair, however unrelated.';
  if (bestCompared > 0) {
    return `${lead} (the closest reached ${percentUnder(bestCompared, minSimilarity)}). To report the closest, run again with --min-similarity ${reachingThreshold(bestCompared, minSimilarity)}; ${everyPair}`;
  }
  // Nothing to reach: 0 would report every pair, each of them two texts sharing nothing.
  if (!(bestEstimate > 0)) {
    // 0 % similar is no paragraph aligned, not "nothing in common": pairs whose quick estimate (shingles of the whole
    // texts, kept on every record) is above 0 share some wording, and the note says how much rather than "nothing"
    // (two rewritten speeches of one country: 0 % similar, estimated 8 %).
    const bestShared = largest(compared.map((record) => record.estimate));
    const said = bestShared > 0 ? `no paragraph of one pairs with one of the other, though a quick estimate finds up to ${exactPercent(bestShared)} of their wording alike` : 'they share nothing';
    return `${lead} (every one 0% similar: ${said}). --min-similarity 0 would report every pair, however unrelated.`;
  }
  if (compared.length > 0) {
    const were = compared.length === 1 ? 'the 1 pair compared in full was' : `the ${compared.length} pairs compared in full were`;
    return `${lead} (${were} 0% similar; the others, not compared in full, are estimated at most ${exactPercent(bestEstimate)}, and a quick estimate runs higher than the full comparison). Nothing here comes close to a report: --min-similarity ${everyPair}`;
  }
  const excerpt = manifest.mode === 'target' && lineage ? excerptNote(manifest, lineage, under, bestEstimate, minSimilarity) : null;
  if (excerpt) return excerpt;
  if (manifest.mode === 'target' && lineage && !givesUncompared(lineage, under)) {
    const traced = lineage.paragraphs.some((paragraph) => paragraph.status === 'traced');
    // Trial 21-b D6: past the 1,000 closest by estimate, a document is searched only through the phrases it shares.
    const how = lineage.searchedByPhrases ? `each was searched paragraph by paragraph (${lineage.searchedByPhrases.toLocaleString('en-US')} only through the phrases they share with it)` : 'each was searched paragraph by paragraph';
    const why = traced
      ? `but none of the documents not compared in full gives the target a paragraph: ${how}, and the paragraphs traced come from the pairs compared in full`
      : `but no paragraph of the target has a source in any earlier document: ${how}`;
    return `${lead} (the closest is estimated at ${exactPercent(bestEstimate)}, ${why}). A full comparison would find next to nothing; target.md names each paragraph's closest candidate. --min-similarity ${everyPair}`;
  }
  const lower = reachingThreshold(bestEstimate, minSimilarity);
  // "No pair" only when no pair of the run was compared: beside a header counting the pairs compared in full (those
  // reported), the note speaks of the pairs under the threshold (trial 14a: "2 compared in full" in the header, "no
  // pair was compared in full" in the note).
  const compareNone = records.some((record) => !record.estimated && record.error === undefined) ? 'none of them was compared in full' : 'no pair was compared in full';
  return `${lead} (the closest is estimated at ${exactPercent(bestEstimate)}; ${compareNone}). To compare the closest in full, run again with --min-similarity ${lower}: it is reported if the full comparison reaches ${exactPercent(lower)} too (a quick estimate often runs higher; that run will say); ${everyPair}`;
}

/**
 * A target this many times shorter (in paragraphs) than every text not compared in full that gives it a paragraph is
 * an excerpt of them: three operative paragraphs pasted in a file against resolutions of 30 to 60 (trial 20-a D11).
 */
export const EXCERPT_RATIO = 4;

/**
 * The note of a target run whose target is an excerpt (`EXCERPT_RATIO`) and whose paragraphs the lineage traced to
 * texts not compared in full: no pair can reach --min-similarity however it is lowered toward the estimate, and the
 * question "where does this line come from" is answered in target.md all the same. Trial 20-a D11: three paragraphs of
 * 80/48, 80/46 and 80/34 were told "195 of 195 pairs fell under --min-similarity 0.3 … run again with
 * --min-similarity 0.1", though each was traced. Null when the target is not an excerpt, or nothing was traced.
 */
function excerptNote(manifest: BatchManifest, lineage: Lineage, under: readonly PairRecord[], bestEstimate: number, minSimilarity: number): string | null {
  const target = manifest.documents.find((document) => document.id === lineage.target);
  const uncompared = new Set(under.filter((record) => record.estimated).flatMap((record) => [record.left, record.right]));
  uncompared.delete(lineage.target);
  const paragraphs = lineage.paragraphs.filter((paragraph) => !paragraph.heading);
  const traced = paragraphs.filter((paragraph) => paragraph.sources.some((source) => uncompared.has(source.document)));
  const givers = new Set(traced.flatMap((paragraph) => paragraph.sources.map((source) => source.document).filter((id) => uncompared.has(id))));
  const sizes = manifest.documents.filter((document) => givers.has(document.id)).map((document) => document.paragraphs);
  if (!target || traced.length === 0 || sizes.length === 0 || paragraphs.length * EXCERPT_RATIO > Math.min(...sizes)) return null;
  const count = (n: number, one: string): string => `${n} ${n === 1 ? one : `${one}s`}`;
  return (
    `the target (${count(paragraphs.length, 'paragraph')}) is an excerpt of longer texts (${Math.min(...sizes)} paragraphs or more), so no earlier document is similar to it as a whole: ` +
    `no pair reaches --min-similarity ${minSimilarity} (the closest is estimated at ${exactPercent(bestEstimate)}) and no pair report is written. ` +
    `Its paragraphs were traced one by one all the same (${traced.length} of ${paragraphs.length}): target.md says where each comes from and what differs. ` +
    `For a report of the excerpt against one text in full: redline report <earlier text> <target>.`
  );
}

/**
 * Whether a document of a pair under the threshold and not compared in full gives the target a paragraph (is a source
 * in its lineage): only then can a lower --min-similarity report something the lineage found. Trial 19-b D12: the seed
 * against the illustrative draft and 27 unrelated texts was told "run again with --min-similarity 0.03" while the only
 * source, the draft, was compared in full already and the 27 others gave no paragraph.
 */
function givesUncompared(lineage: Lineage, under: readonly PairRecord[]): boolean {
  const uncompared = new Set(under.filter((record) => record.estimated).flatMap((record) => [record.left, record.right]));
  uncompared.delete(lineage.target);
  return lineage.paragraphs.some((paragraph) => paragraph.sources.some((source) => uncompared.has(source.document)));
}

/**
 * A similarity under the threshold as a percentage that does not read as reaching it: 29.5 % under 0.3 is "29.5%", not
 * "30%" (trial 14a: "fell under --min-similarity 0.3 … the closest reached 30%"). Else as `exactPercent`.
 */
function percentUnder(ratio: number, threshold: number): string {
  const shown = exactPercent(ratio);
  if (ratio >= threshold || Number.parseFloat(shown) < Math.round(threshold * 1e6) / 1e4) return shown;
  return `${Math.floor(ratio * 1000 + 1e-9) / 10}%`;
}

/** A similarity as a percentage, to two significant digits under 1 % (0.13 %, not "0%"). */
function exactPercent(ratio: number): string {
  return ratio >= 0.01 ? percent(ratio) : `${Number((ratio * 100).toPrecision(2))}%`;
}

/**
 * The largest threshold that still reaches a pair `best` similar: its similarity rounded down to the percent (half the
 * threshold, as before, suggested 0.1 when the closest pair was at 5 %), at most the current one less 0.05; under 1 %,
 * rounded down to its first significant digit, never 0 (an all-pairs run of an FOMC statement, a UN resolution and a
 * speech, the closest 0.1 % similar, was told "--min-similarity 0", which reports every pair).
 */
export function reachingThreshold(best: number, minSimilarity: number): number {
  const digits = Math.max(2, Math.ceil(-Math.log10(best) - 1e-9));
  const scale = 10 ** digits;
  const floored = Math.floor(best * scale + 1e-9) / scale;
  const cap = Math.round((minSimilarity - 0.05) * 100) / 100;
  return cap > 0 && cap < floored ? cap : floored;
}

// ── Chain: similarity over time ──────────────────────────────────────────────────────────────────────────────────

/**
 * The charts' geometry in CSS pixels. `right` leaves half of the last date label (`2025-12-19`, centred on the last
 * point) inside the picture: at 12 its last five characters were cut, on screen and in print.
 */
const CHART = { width: 960, height: 240, left: 48, right: 40, top: 12, bottom: 34 } as const;

/**
 * Chain mode: one chart per series, each consecutive pair a point at its newer document's place in the series, its
 * height the similarity. The least similar pairs (`TURNING_POINT_SHARE`) are the turning points: marked, labelled
 * and listed with links to their reports.
 */
function chainView(records: readonly PairRecord[], documents: ReadonlyMap<string, BatchDocument>, seriesList: readonly Series[], histories: readonly SeriesHistoryRecord[]) {
  const titles = new Map(seriesList.map((entry) => [entry.id, entry.title]));
  const historyOf = new Map(histories.map((history) => [history.series, history.html ?? history.json]));
  const historyByName = new Map(seriesList.map((entry) => [entry.title, historyOf.get(entry.id) ?? null]));
  const bySeries = new Map<string, PairRecord[]>();
  for (const record of records) {
    // Records of runs before series were grouped (merged shards of an older run) carry no series: their front matter's.
    const series = record.series !== undefined ? (titles.get(record.series) ?? record.series) : (documents.get(record.right)?.series ?? '');
    let list = bySeries.get(series);
    if (!list) bySeries.set(series, (list = []));
    list.push(record);
  }
  // A draft step (draft → next draft → adopted text, `step: "draft"`) is no step in time: on the session-to-session line
  // it put a third point dated like the second and rising to 100 % (trial 13c). Drafts are listed under their chart.
  const draftSteps = new Map<string, PairRecord[]>();
  for (const [series, list] of bySeries) {
    const sessions = list.filter((record) => record.step !== 'draft');
    if (sessions.length === 0 || sessions.length === list.length) continue;
    draftSteps.set(series, list.filter((record) => record.step === 'draft'));
    bySeries.set(series, sessions);
  }
  const drops: Array<{ pair: number; drop: number }> = [];
  for (const list of bySeries.values()) {
    list.forEach((record, index) => {
      // An unrelated pair is no turning point of a text: it is two texts (flagged apart, "unrelated?").
      if (index === 0 || record.unrelated) return;
      const before = list.slice(Math.max(0, index - TURNING_WINDOW), index).map((other) => other.similarity).sort((a, b) => a - b);
      const median = before[Math.floor((before.length - 1) / 2)];
      const drop = median - record.similarity;
      if (drop >= TURNING_MIN_DROP) drops.push({ pair: record.pair, drop });
    });
  }
  const limit = Math.max(1, Math.min(TURNING_POINTS_MAX, Math.round(records.length * TURNING_POINT_SHARE)));
  const turning = new Set(drops.sort((a, b) => b.drop - a.drop || a.pair - b.pair).slice(0, limit).map((entry) => entry.pair));
  const turningCount = turning.size;
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const y = (value: number): number => Math.round((CHART.top + (1 - value) * plotHeight) * 10) / 10;
  // The charts come in the order of the table of series (by committee, agenda item, title), not of the first pair of
  // each: records left without a series of the manifest come last, in their own order.
  const rank = new Map(seriesList.map((entry, index) => [entry.title, index]));
  const ordered = [...bySeries.entries()].map((entry, index) => ({ entry, index })).sort((a, b) => (rank.get(a.entry[0]) ?? seriesList.length) - (rank.get(b.entry[0]) ?? seriesList.length) || a.index - b.index).map(({ entry }) => entry);
  const series = ordered.map(([name, list], seriesIndex) => {
    const x = (index: number): number => Math.round((CHART.left + (list.length === 1 ? plotWidth / 2 : (index / (list.length - 1)) * plotWidth)) * 10) / 10;
    const points = list.map((record, index) => {
      const isTurning = turning.has(record.pair);
      const label = `${record.leftDate ?? record.left} → ${record.rightDate ?? record.right}: ${similarityLabel(record)} similar${isTurning ? ', a turning point' : ''}`;
      return { x: x(index), y: y(record.similarity), href: pairHref(record), label, turning: isTurning, className: isTurning ? 'point turning' : 'point' };
    });
    // Year (or first-date) ticks along the axis, at most about ten.
    const step = Math.max(1, Math.ceil(list.length / 10));
    // A date once: two steps ending on one day (a resolution and its revised estimates) share one tick.
    const ticks = list
      .flatMap((record, index) => (index % step === 0 ? [{ x: x(index), label: (record.rightDate ?? record.right).slice(0, 10) }] : []))
      .filter((tick, index, all) => index === 0 || tick.label !== all[index - 1].label);
    return {
      id: `chain-${seriesIndex + 1}`,
      name: name || 'All documents, in date order (no series named in their front matter)',
      pairs: list.length,
      history: historyByName.get(name) ?? null,
      path: points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' '),
      points,
      ticks,
      gridLines: [0, 0.25, 0.5, 0.75, 1].map((value) => ({ y: y(value), label: `${value * 100}%` })),
      draftSteps: (draftSteps.get(name) ?? []).map((record) => ({ label: `${record.left} → ${record.right}`, similarity: similarityLabel(record), href: pairHref(record) })),
      turningPoints: list
        .filter((record) => turning.has(record.pair))
        .map((record) => ({ from: record.leftDate ?? record.left, to: record.rightDate ?? record.right, left: record.left, right: record.right, similarity: similarityLabel(record), href: pairHref(record), number: record.pair + 1 })),
    };
  });
  // Seventy charts of two or three points each make a page 139,000 pixels tall: past a dozen series they fold away behind
  // the table of series, which says the same per series in a row.
  const folded = series.length > UNFOLDED_CHARTS;
  return { width: CHART.width, height: CHART.height, axisX: CHART.left, axisBottom: CHART.height - CHART.bottom, axisRight: CHART.width - CHART.right, labelY: CHART.height - 8, turningCount, oneTurning: turningCount === 1, folded, series };
}

// ── Chain: the table of series ────────────────────────────────────────────────────────────────────────────────

const BASIS_LABELS: Record<SeriesBasis, string> = { 'front-matter': 'front matter', folder: 'folder', 'un-title': 'UN title', similarity: 'similarity' };

/**
 * Chain mode with several series: one row per series (in the manifest's order) with its versions, its steps (compared
 * pairs), how many steps are technical updates (every change routine or editorial, as the pair summary says) and how
 * many are negotiated changes (the other steps that changed something; unchanged and unrelated steps are neither),
 * linking to each step's pair report and to the series' history (its page, else its JSON; null when none was written).
 */
function seriesTable(seriesList: readonly Series[], records: readonly PairRecord[], histories: readonly SeriesHistoryRecord[], changes: string) {
  const historyOf = new Map(histories.map((history) => [history.series, history.html ?? history.json]));
  const bySeries = new Map<string, PairRecord[]>();
  for (const record of records) {
    if (record.series === undefined) continue;
    let list = bySeries.get(record.series);
    if (!list) bySeries.set(record.series, (list = []));
    list.push(record);
  }
  const rows = seriesList.map((entry) => {
    const steps = bySeries.get(entry.id) ?? [];
    // Drafts are counted apart: a version is a text as adopted (or, outside the UN, as issued).
    const drafts = entry.drafts.reduce((count, history) => count + history.drafts.length, 0);
    const withoutAdopted = draftsWithoutAdopted(entry);
    // The step's one verdict (`PairSignals.technicalUpdate`), as the digest counts it (trial 16a: 25 against 42).
    const verdict = (record: PairRecord): boolean | undefined => record.signals?.technicalUpdate ?? (record.signals?.summary == null ? undefined : isTechnicalUpdate(record.signals.summary));
    const technical = steps.filter((record) => !record.unrelated && record.error === undefined && verdict(record) === true).length;
    const negotiated = steps.filter((record) => !record.unrelated && record.error === undefined && !record.estimated && verdict(record) === false).length;
    return {
      id: entry.id,
      anchor: `series-${entry.id}`,
      title: entry.title,
      // The order of the rows, said in each (a new user saw a table sorted by committee that showed none).
      facts: seriesFacts(entry),
      basis: BASIS_LABELS[entry.basis],
      versions: entry.documents.length - drafts,
      drafts: drafts === 0 ? null : `+ ${drafts} ${drafts === 1 ? 'draft' : 'drafts'}`,
      // A draft whose adopted text was not collected has no step to it: the row says so (a lone draft read "0 + 1 draft").
      withoutAdopted: withoutAdopted.length > 0 ? `${steps.length === 0 ? 'no pair: ' : ''}${adoptedMissingPhrase(withoutAdopted)}` : null,
      steps: steps.length,
      technicalUpdates: technical,
      negotiatedChanges: negotiated,
      unrelated: steps.filter((record) => record.unrelated).length,
      history: historyOf.get(entry.id) ?? null,
      pairs: steps.map((record) => ({ label: `${record.left} → ${record.right}`, draft: record.step === 'draft', similarity: similarityLabel(record), href: pairHref(record), unrelated: record.unrelated === true })),
    };
  });
  // Worded as the CLI's summary line words it ("70 series by UN title, 2 by similarity"): most frequent rule first.
  const count = (basis: SeriesBasis): number => seriesList.filter((entry) => entry.basis === basis).length;
  const grouping = (Object.keys(BASIS_LABELS) as SeriesBasis[])
    .filter((basis) => count(basis) > 0)
    .sort((a, b) => count(b) - count(a))
    .map((basis, index) => `${count(basis)}${index === 0 ? ' series' : ''} by ${BASIS_LABELS[basis]}`)
    .join(', ');
  return { grouping, rows, changes };
}

// ── Target: the target's paragraphs × the corpus ─────────────────────────────────────────────────────────────────

/**
 * Target mode: a row per target paragraph, a column per earlier document in which some target paragraph appears
 * (earliest first); a cell is the best similarity of that paragraph in that document, linking to the pair report at
 * the earlier paragraph. A row's first filled cell is where its language first appears.
 */
function targetView(lineage: Lineage, records: readonly PairRecord[], documents: ReadonlyMap<string, BatchDocument>) {
  const used = new Set(lineage.paragraphs.flatMap((paragraph) => paragraph.sources.map((source) => source.document)));
  const ordered = [...used].map((id) => documents.get(id)).filter((document): document is BatchDocument => document !== undefined);
  ordered.sort((a, b) => (a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const limited = ordered.length > TARGET_COLUMNS_LIMIT;
  const columns = ordered.slice(0, TARGET_COLUMNS_LIMIT);
  const recordOf = new Map(records.filter((record) => record.right === lineage.target).map((record) => [record.left, record]));
  return {
    limited,
    limit: TARGET_COLUMNS_LIMIT,
    columns: columns.map((document) => ({ id: document.id, date: document.date ?? '', title: document.title })),
    rows: lineage.paragraphs.map((paragraph) => {
      const position = paragraph.index + 1;
      const first = paragraph.sources[0];
      const cells = columns.map((document) => {
        const source = paragraph.sources.find((candidate) => candidate.document === document.id);
        if (!source) return { empty: true, label: '', href: '', color: '', className: 'cell empty', value: '' };
        const record = recordOf.get(document.id);
        const isFirst = first !== undefined && first.document === document.id;
        return {
          empty: false,
          label: `Target ${targetParagraphName(paragraph)} in ${document.id}${document.date ? ` (${document.date})` : ''} ${sourceCitation(source)}: ${percent(source.similarity)} similar, ${source.kind}${isFirst ? '; earliest appearance' : ''}`,
          href: record ? pairHref(record, `#${sourceAnchor(source)}`) : '#lineage',
          color: textCellColor(source.similarity),
          className: isFirst ? 'cell first' : 'cell',
          value: percent(source.similarity),
        };
      });
      return {
        position,
        // A heading line (title, date) is no numbered paragraph: its row shows only its words.
        label: paragraph.heading && (!paragraph.label || isHeadingName(paragraph.label)) ? 'Heading' : paragraphCitation(paragraph),
        heading: paragraph.heading === true,
        excerpt: excerpt(paragraph.text),
        firstSeen: first ? `${first.date ?? first.document}` : paragraph.status === 'new' ? 'new' : 'not checked',
        isNew: paragraph.status === 'new',
        cells,
      };
    }),
  };
}

function excerpt(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= 8 ? words.join(' ') : `${words.slice(0, 8).join(' ')}…`;
}

/** A cell's colour for the page script to paint (the policy forbids style attributes): darker is more similar. */
function cellColor(similarity: number): string {
  return `hsl(212, 70%, ${Math.round(96 - similarity * 60)}%)`;
}

/** A cell colour light enough for dark text on it (target view cells show their percentage). */
function textCellColor(similarity: number): string {
  return `hsl(212, 70%, ${Math.round(97 - similarity * 27)}%)`;
}

/** A pair's signals as short lines for its table cell: the summary, then references and topics added or removed (the signals' own words: `reference removed`). */
function signalLines(signals: PairSignals): Array<{ text: string; className: string }> {
  const lines: Array<{ text: string; className: string }> = [];
  if (signals.summary) lines.push({ text: signals.summary, className: 'signal-summary' });
  // An unrelated pair listed every reference of both texts: ~30 lines in one cell (trial 15a). Past a few, a count.
  const items = signals.referencesAdded.length + signals.referencesRemoved.length + signals.topicsAdded.length + signals.topicsRemoved.length;
  if (items > SIGNAL_CELL_ITEMS) {
    lines.push({ text: `${items} references and topics added or removed, see the report`, className: 'signal-count' });
    return lines;
  }
  const list = (label: string, items: string[], className: string) => {
    if (items.length) lines.push({ text: `${label}: ${items.join('; ')}`, className });
  };
  list('references added', signals.referencesAdded, 'signal-added');
  list('references removed', signals.referencesRemoved, 'signal-removed');
  list('topics added', signals.topicsAdded, 'signal-added');
  list('topics removed', signals.topicsRemoved, 'signal-removed');
  return lines;
}

// ── All pairs: a clustered matrix ────────────────────────────────────────────────────────────────────────────────

/**
 * All-pairs mode: the document × document matrix, documents ordered by average-linkage clustering on the shingle
 * estimate (so related documents sit together), axes labelled by id and date. Clustering and colour use the estimate
 * of every pair, compared or not (`byEstimate` says why); a compared cell's label gives its similarity beside it. Every
 * cell is a link: to the pair's report, or to its row in the pair table.
 */
function matrixView(manifest: BatchManifest, records: readonly PairRecord[]) {
  const best = new Map<string, number>();
  for (const record of records) {
    for (const id of [record.left, record.right]) best.set(id, Math.max(best.get(id) ?? 0, record.estimate));
  }
  let members = manifest.documents.filter((document) => best.has(document.id));
  const limited = members.length > HEATMAP_LIMIT;
  if (limited) {
    const keep = new Set([...members].sort((a, b) => best.get(b.id)! - best.get(a.id)! || (a.id < b.id ? -1 : 1)).slice(0, HEATMAP_LIMIT).map((document) => document.id));
    members = members.filter((document) => keep.has(document.id));
  }
  // Only the pairs of the documents shown: a run of 2,000 documents has two million pairs.
  const memberIds = new Set(members.map((document) => document.id));
  const cell = new Map<string, PairRecord>();
  for (const record of records) {
    if (!memberIds.has(record.left) || !memberIds.has(record.right)) continue;
    cell.set(`${record.left}\u0000${record.right}`, record);
    cell.set(`${record.right}\u0000${record.left}`, record);
  }
  const estimate = (a: string, b: string): number => cell.get(`${a}\u0000${b}`)?.estimate ?? 0;
  // Colours span the estimates shown, so a corpus of close texts (60–95 %) is not one shade.
  const shown = records.filter((record) => memberIds.has(record.left) && memberIds.has(record.right)).map((record) => record.estimate);
  const low = shown.length ? -largest(shown.map((value) => -value)) : 0;
  const high = shown.length ? largest(shown) : 1;
  const scaled = (value: number): number => (high > low ? (value - low) / (high - low) : 1);
  const order = clusterOrder(members.map((document) => document.id), estimate);
  const ordered = order.map((index) => members[index]);
  return {
    limited,
    limit: HEATMAP_LIMIT,
    scale: `from ${percent(low)} (lightest) to ${percent(high)} (darkest)`,
    columns: ordered.map((document, index) => ({ id: document.id, date: document.date ?? '', number: index + 1 })),
    rows: ordered.map((row, rowIndex) => ({
      id: row.id,
      date: row.date ?? '',
      number: rowIndex + 1,
      cells: ordered.map((column, columnIndex) => {
        const record = row.id === column.id ? null : cell.get(`${row.id}\u0000${column.id}`);
        const first = rowIndex === 0 && columnIndex === 1;
        if (!record) return { self: true, label: `${row.id}: the document itself`, href: '', color: '', className: 'cell self', tabindex: '-1' };
        return {
          self: false,
          label: `${row.id} × ${column.id}: estimate ${estimateLabel(record)}, ${record.estimated ? 'not compared' : `similarity ${similarityLabel(record)} (compared in full)`}${record.html || record.report ? '' : ', no report'}`,
          href: pairHref(record),
          color: cellColor(scaled(record.estimate)),
          className: record.estimated ? 'cell est' : 'cell',
          tabindex: first ? '0' : '-1',
        };
      }),
    })),
  };
}

/**
 * The leaf order of an average-linkage clustering of `ids` under `similarity` (deterministic: ties go to the lower
 * index). O(n³) on at most `HEATMAP_LIMIT` documents.
 */
export function clusterOrder(ids: readonly string[], similarity: (a: string, b: string) => number): number[] {
  type Cluster = { members: number[] };
  const clusters: Cluster[] = ids.map((_, index) => ({ members: [index] }));
  const between = (a: Cluster, b: Cluster): number => {
    let sum = 0;
    for (const i of a.members) for (const j of b.members) sum += similarity(ids[i], ids[j]);
    return sum / (a.members.length * b.members.length);
  };
  while (clusters.length > 1) {
    let bestA = 0;
    let bestB = 1;
    let bestValue = -1;
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const value = between(clusters[a], clusters[b]);
        if (value > bestValue) {
          bestValue = value;
          bestA = a;
          bestB = b;
        }
      }
    }
    const merged = { members: [...clusters[bestA].members, ...clusters[bestB].members] };
    clusters.splice(bestB, 1);
    clusters.splice(bestA, 1, merged);
  }
  return clusters[0]?.members ?? [];
}

/**
 * The run's options as a user types them (`--move-threshold`, `--lexicon`), not as `batch.json` keys them: the index
 * listed `moveThreshold`, `diffMaxEditLength` and `candidateFloor`, which is no option but half of `--min-similarity`
 * (trial 15c). Values the run derived are left out; a list is shown joined (none: `—`).
 */
/** `--committee`'s row: the committees kept, and that the documents of the series left out were read but not compared. */
function committeesRow(manifest: BatchManifest): Array<{ name: string; value: string }> {
  if (!manifest.committees) return [];
  const { names, seriesLeftOut } = manifest.committees;
  return [{ name: '--committee', value: `${names.map((name) => name.replace(/ Committee$/, '')).join(', ')}: ${seriesLeftOut} series of other committees left out (their documents read to group the series, listed below, not compared)` }];
}

function optionRows(options: object): Array<{ name: string; value: string }> {
  const DERIVED = new Set(['candidateFloor']);
  const FLAGS: Record<string, string> = { lexicons: 'lexicon' };
  return Object.entries(options as Record<string, unknown>)
    .filter(([name]) => !DERIVED.has(name))
    .map(([name, value]) => ({
      name: `--${FLAGS[name] ?? name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`,
      value: Array.isArray(value) ? (value.length ? value.join(', ') : '—') : String(value),
    }));
}
