import { RedlineError } from '../errors.js';
import { sha256Hex } from '../ingest/index.js';
import type { BatchDocument, BatchManifest, BatchMode, LineageUnchecked, PairRecord, Series, SeriesStep } from '../types.js';
import { groupSeries } from '../series/index.js';
import { namesCommittee } from '../digest/index.js';
import { TOOL_VERSION } from '../version.js';
import { journalPath, readJournal } from './journal.js';
import type { ResolvedBatchOptions } from './options.js';
import type { ScannedCorpus } from './scan.js';
import { inShard } from './shard.js';
import { COMMON_SHINGLE_FLOOR, SignatureIndex, commonShingles, paragraphSignatures } from './signature.js';
import { documentTaskSettings, type CompareTask } from './tasks.js';
import { LINEAGE_COMMON_SHARE, LineageIndex } from './lineage-index.js';
import { isEarlier } from './lineage.js';
import { makeFolder } from '../io.js';

/**
 * From this many chain documents without front matter series, folder or symbol (left to the similarity rule), every
 * pair's shared shingles are counted through the inverted index first. Measured by `node bench/series-grouping.js` on
 * 820 UN General Debate speeches (no two alike enough: 820 series, 335,790 estimates), two runs on a shared 2-core
 * machine: 17.5 and 22.0 s pair by pair, 1.7 and 7.3 s with the index.
 */
const SIMILARITY_INDEX_FROM = 200;

/**
 * Most pairs a run of every pair plans. Every pair is a record held in memory and a line of results.jsonl (about 175
 * bytes): 2,000 tiny documents (1,999,000 pairs) took 13 and 25 s (two runs), 1.3–1.4 GB of memory and wrote 346 MB of results.jsonl
 * (`/usr/bin/time -v redline batch --mode all --min-similarity 1`, README limits); the memory grows with the square of the
 * documents, so a larger corpus is refused before the pairs are planned rather than left to run out of memory.
 */
export const MAX_ALL_PAIRS = 2_000_000;

/** Refuse, with one line, a run of every pair over more documents than `MAX_ALL_PAIRS` allows. */
export function assertAllPairsBounded(documents: number): void {
  const pairs = (documents * (documents - 1)) / 2;
  if (pairs <= MAX_ALL_PAIRS) return;
  const most = Math.floor((1 + Math.sqrt(1 + 8 * MAX_ALL_PAIRS)) / 2);
  throw new RedlineError(
    'bad-option',
    `--mode all over ${documents.toLocaleString('en-US')} documents is ${pairs.toLocaleString('en-US')} pairs, over the ${MAX_ALL_PAIRS.toLocaleString('en-US')} a run holds`,
    `Compare at most ${most.toLocaleString('en-US')} documents with --mode all, or use --target (one text against the corpus) or --mode chain.`,
  );
}

/** A planned pair: positions of the older (left) and newer (right) document in the run's canonical document order. */
export interface PlannedPair {
  left: number;
  right: number;
  /** Chain mode: the id of the pair's series. */
  series?: string;
  /** Chain mode: which link of its series the pair is. */
  step?: SeriesStep;
}

/**
 * The pairs of a run, in canonical order (the order of `results.jsonl` and of shard assignment). Documents are in
 * canonical (date, id) order, so the left of every pair, the earlier position, is the older document.
 * - target: the target against every other document, in document order;
 * - chain: per series (`series/`, given as `series`), each version against the previous version (step `version`): the
 *   document its front matter `previous` names (by id or date) when that is an earlier version of the series, else the
 *   one before it; when the series holds the draft history of that version, the previous version against the session's
 *   first draft instead (what the sponsors tabled against last year's text), then each draft against the next and the
 *   last against the adopted text (step `draft`: what changed between tabling and adoption). The pairs are the
 *   steps of the series history. No pair crosses series;
 * - all: every pair, row by row.
 */
export function planPairs(documents: readonly BatchDocument[], mode: BatchMode, target: number | null, series: readonly Series[] = []): PlannedPair[] {
  const ordered = (a: number, b: number): PlannedPair => (a < b ? { left: a, right: b } : { left: b, right: a });
  const pairs: PlannedPair[] = [];
  if (mode === 'target') {
    if (target === null) throw new Error('planPairs: target mode needs a target');
    // The older text on the left by the lineage's own rule (`isEarlier`): an undated document is taken as earlier than
    // the target, as the lineage searches it as a source; by date order it sat after a dated target, and the pair table
    // showed the 2024 target as the older text of a strategy whose year was not read (trial 13b). A text of the
    // target's own date is no source (`isEarlier`), but the pair keeps its side by canonical order (date, then id).
    documents.forEach((document, index) => {
      if (index === target) return;
      const left = isEarlier(document, documents[target]) || (document.date === documents[target].date && index < target);
      pairs.push(left ? { left: index, right: target } : { left: target, right: index });
    });
  } else if (mode === 'all') {
    for (let i = 0; i < documents.length; i++) for (let j = i + 1; j < documents.length; j++) pairs.push({ left: i, right: j });
  } else {
    const position = new Map(documents.map((document, index) => [document.id, index]));
    const at = (id: string): number => {
      const index = position.get(id);
      if (index === undefined) throw new Error(`planPairs: series document ${id} is not in the run`);
      return index;
    };
    for (const entry of series) {
      const inDrafts = new Set(entry.drafts.flatMap((history) => history.drafts));
      const versions = entry.documents.filter((id) => !inDrafts.has(id)).map(at);
      // The session's first text: its first draft when the series holds the draft history of that adopted text.
      const firstDraft = new Map(entry.drafts.filter((history) => history.adopted !== null).map((history) => [at(history.adopted!), at(history.drafts[0])]));
      const previousOf = (index: number, k: number): number => {
        const named = documents[index].previous;
        const previous = named === null ? undefined : versions.slice(0, k).find((other) => documents[other].id === named || documents[other].date === named);
        return previous ?? versions[k - 1];
      };
      versions.forEach((index, k) => {
        if (k === 0) return;
        // The session step goes from last session's adopted text to the first draft tabled (what the sponsors proposed):
        // the series history steps through the drafts, and a chain that compared 79/52 with 80/46 put "new OP 15" in the
        // digest under a step the history said it was not added in (A/C.1/80/L.9), with no report of the tabled draft
        // against last year's text (trial 15b).
        pairs.push({ ...ordered(previousOf(index, k), firstDraft.get(index) ?? index), series: entry.id, step: 'version' });
      });
      for (const history of entry.drafts) {
        const steps = [...history.drafts, ...(history.adopted === null ? [] : [history.adopted])].map(at);
        // A session with drafts but no adopted text held: its first draft against the last adopted text before it.
        if (history.adopted === null) {
          const first = at(history.drafts[0]);
          const before = versions.filter((index) => entry.documents.indexOf(documents[index].id) < entry.documents.indexOf(history.drafts[0]));
          if (before.length > 0) pairs.push({ ...ordered(before[before.length - 1], first), series: entry.id, step: 'version' });
        }
        for (let k = 1; k < steps.length; k++) pairs.push({ ...ordered(steps[k - 1], steps[k]), series: entry.id, step: 'draft' });
      }
    }
    pairs.sort((a, b) => a.right - b.right || a.left - b.left);
  }
  return pairs;
}

/**
 * Stamp the chain records of a run with their series and step, and flag as `unrelated` a compared pair whose similarity
 * is below the candidate floor (half of `--min-similarity`): far below what makes two documents related, so the series
 * put together texts that are not versions of one another (never in a series grouped by UN title: see below). Records
 * keep their key order, the new keys last.
 */
export function markChainRecords(records: PairRecord[], pairs: readonly PlannedPair[], candidateFloor: number, series: readonly Series[] = []): void {
  // A series grouped by its documents' own resolution title is one text whatever it became: a resolution rewritten
  // under its title (Syria 79/185 → 80/224, the tax convention's terms of reference 78/230 → 79/235) is the biggest
  // negotiated step of its series, not two texts put together by a folder, front matter or a similarity guess. Save a
  // text a fifth of the other's length or less (`isLopsided`): the same title on another kind of text, as a decision on
  // revised estimates (A/RES/80/240, 4 paragraphs) after the year's budget resolution (79/298, 35 paragraphs), whose
  // 31 paragraphs "dropped" a desk officer read as the budget approval gone.
  const byTitle = new Set(series.filter((entry) => entry.basis === 'un-title').map((entry) => entry.id));
  records.forEach((record, index) => {
    const planned = pairs[record.pair];
    if (planned?.series === undefined || planned.step === undefined) return;
    const { series: _series, step: _step, unrelated: _unrelated, ...rest } = record;
    // A pair the comparison found to be one UN resolution under its title (`sameResolution`) is never unrelated either,
    // whatever grouped its series (`--series-by folder`, trial 17 b: Syria 79/185 → 80/224 "unrelated?" in the digest).
    const unrelated = (!byTitle.has(planned.series) || isLopsided(record)) && record.sameResolution !== true && !record.estimated && record.error === undefined && record.similarity < candidateFloor;
    records[index] = { ...rest, series: planned.series, step: planned.step, ...(unrelated ? { unrelated: true as const } : {}) };
  });
}

/** At most this share of the longer text's paragraphs in the shorter: two texts under one title, not two versions. */
const LOPSIDED_SHARE = 0.2;

/**
 * True when one text of a compared pair has at most a fifth of the other's paragraphs (counted from the pair's findings:
 * older = unchanged, modified, split, merged and dropped; newer = the same but new for dropped). The rewritten resolutions
 * of the UN series keep about half (Syria 100 → 45, tax 47 → 21); a decision on revised estimates under the budget
 * resolution's title has a ninth (35 → 4).
 */
function isLopsided(record: PairRecord): boolean {
  const counts = record.summary;
  if (counts === null) return false;
  const kept = counts.unchanged + counts.modified + counts.split + counts.merged;
  const [older, newer] = [kept + counts.dropped, kept + counts.new];
  return Math.min(older, newer) <= LOPSIDED_SHARE * Math.max(older, newer);
}

/** The lineage search of a target-mode run (this shard's part of it). */
export interface LineagePlan {
  /** Per target paragraph: whether it is searched (long enough, and not made only of wording common in the run). */
  searched: boolean[];
  /** The run's common shingles (in more than `LINEAGE_COMMON_SHARE` of its documents), sorted: left out of the search. */
  common: number[];
  /** Earlier (or undated) documents of this shard searched, by id (through their signatures at least). */
  documentsSearched: string[];
  /** Of them, those read only through the phrases they share with the target (past `LINEAGE_READ_ALL_MAX`), by id. */
  searchedByPhrases: string[];
  /** The earlier documents searched paragraph by paragraph (lineage tasks): all of this shard's, unless no target paragraph is searched. */
  candidates: BatchDocument[];
  /** Possible sources not searched, and why (failures to score a candidate document are added by the lineage phase). */
  notChecked: LineageUnchecked[];
}

/** What the plan phase decided: the manifest, the pairs to compare in full, and the records already known. */
export interface RunPlan {
  manifest: BatchManifest;
  /** The journal file of this plan and shard. */
  journal: string;
  /** Pairs of this shard to compare in full, in pair order. */
  tasks: CompareTask[];
  /** Records known without comparing: estimated pairs, and pairs reused from the journal of an interrupted run. */
  records: PairRecord[];
  /** Target mode: what the lineage searches (null in the other modes). */
  lineage: LineagePlan | null;
  /** Pairs of this shard. */
  shardPairs: number;
  /** Pairs reused from the journal. */
  reused: number;
  /** Every planned pair of the run (all shards), in pair order: their series and steps mark the chain records. */
  pairs: PlannedPair[];
}

/**
 * Phase 2, plan: the pairs of the mode in canonical order, each pair's similarity estimated from the shingle
 * signatures. In chain mode every pair of this shard becomes a compare task and gets a report whatever its similarity
 * (`--min-similarity` does not apply). In target and all-pairs modes, pairs whose estimate reaches the candidate floor
 * become compare tasks, and get a report when their similarity reaches `--min-similarity`; the rest keep their
 * estimate, marked `estimated`. Pairs the journal of an interrupted run already holds are reused. In target mode the
 * lineage is planned apart from the pairs (`planLineage`): every earlier document of the shard is searched.
 */
export async function planRun(options: ResolvedBatchOptions, scanned: ScannedCorpus): Promise<RunPlan> {
  const { documents, signatures, targetIndex } = scanned;
  const { mode, minSimilarity, candidateFloor, shard } = options;
  if (mode === 'all') assertAllPairsBounded(documents.length);
  const index = new SignatureIndex(signatures);
  // The similarity rule of the series asks up to one estimate per document and series: past a few hundred documents
  // with nothing else to group them by, counting every pair's shared shingles at once is cheaper than pair by pair.
  const unnamed = mode === 'chain' ? scanned.facts.filter((fact) => fact.series === null && fact.folder === null && fact.symbol === null).length : 0;
  if (mode === 'all' || unnamed > SIMILARITY_INDEX_FROM) index.fillAllPairs();
  // Series matter only to a chain; the similarity rule asks the shingle estimate, at the run's candidate floor.
  const grouped = mode === 'chain' ? groupSeries(scanned.facts, { similarity: (a, b) => index.estimate(a, b), floor: candidateFloor }) : [];
  // `--committee`: the run is of those committees' series only (trial 19a D10, issue 19 session 20: a filter of the
  // digest alone left the index's series table, batch.json and the histories of every committee). The series are
  // grouped from every document first, so a series is the same whichever committees are asked for.
  const { committees } = options;
  const series = committees === null ? grouped : grouped.filter((entry) => namesCommittee(entry.committee, committees));
  const committeesKept = committees === null || mode !== 'chain' ? {} : { committees: { names: [...committees], seriesLeftOut: grouped.length - series.length } };
  const pairs = planPairs(documents, mode, targetIndex, series);
  const target = targetIndex === null ? null : documents[targetIndex].id;
  // The unit is recorded only when it is not the default, so default runs keep the manifest they always had.
  const manifestOptions = {
    ...options.compare,
    minSimilarity,
    candidateFloor,
    ...(options.unit === 'paragraph' ? {} : { unit: options.unit }),
    ...(options.seriesBy === null ? {} : { seriesBy: options.seriesBy }),
    ...(options.trackedChanges === 'final' ? {} : { trackedChanges: options.trackedChanges }),
  };
  const planKey = sha256Hex(JSON.stringify({ mode, target, options: manifestOptions, documents, ...(series.length ? { series } : {}) }));
  const manifest: BatchManifest = { tool: { name: 'redline', version: TOOL_VERSION }, mode, target, options: manifestOptions, documents, failures: scanned.failures, pairs: pairs.length, shard, planKey, series, ...committeesKept, ...(scanned.duplicates?.length ? { duplicates: scanned.duplicates } : {}), ...(scanned.skipped.length ? { skipped: scanned.skipped } : {}) };

  await makeFolder(options.out).catch((error: NodeJS.ErrnoException) => {
    throw new RedlineError('cannot-write', `cannot create the output folder (${error.code ?? error.message})`, 'Name a folder (new or existing) for --out, not a file.', options.out);
  });
  const journal = journalPath(options.out, planKey, shard);
  const journaled = await readJournal(journal);
  const plan: RunPlan = { manifest, journal, tasks: [], records: [], lineage: null, shardPairs: 0, reused: 0, pairs };
  const searchedDocuments: number[] = [];
  const estimates = new Map<number, number>();
  pairs.forEach((pair, number) => {
    if (!inShard(number, shard)) return;
    plan.shardPairs++;
    const left = documents[pair.left];
    const right = documents[pair.right];
    const estimate = index.estimate(pair.left, pair.right);
    // The lineage searches this shard's documents that may be sources (`planLineage` keeps the earlier or undated ones).
    if (mode === 'target') {
      searchedDocuments.push(pair.left === targetIndex ? pair.right : pair.left);
      estimates.set(pair.left === targetIndex ? pair.right : pair.left, estimate);
    }
    // A chain is read pair after pair: every link is compared in full and reported, however far the texts moved
    // apart (the pairs that changed most are the ones an analyst opens first).
    const related = mode === 'chain' || estimate >= candidateFloor;
    const previous = journaled.get(number);
    if (related && previous && previous.record.left === left.id && previous.record.right === right.id) {
      plan.reused++;
      plan.records.push(previous.record);
    } else if (related) {
      plan.tasks.push({
        kind: 'compare',
        pair: number,
        left: { path: left.path, id: left.id, date: left.date, sha256: left.sha256 },
        right: { path: right.path, id: right.id, date: right.date, sha256: right.sha256 },
        estimate,
        minSimilarity: mode === 'chain' ? 0 : minSimilarity,
        ...documentTaskSettings(options),
      });
    } else {
      plan.records.push({ pair: number, left: left.id, right: right.id, leftDate: left.date, rightDate: right.date, similarity: estimate, estimated: true, estimate, coverage: null, summary: null, report: null, html: null });
    }
  });
  if (mode === 'target' && targetIndex !== null && scanned.target) plan.lineage = planLineage(scanned, targetIndex, new Set(searchedDocuments), estimates);
  return plan;
}

/**
 * The lineage of a target-mode run, planned from the scan's signatures alone: every document of this shard that could
 * be a source (dated before the target, or undated) is searched through the paragraph-level candidate index, whatever
 * its overall similarity; documents of other shards and inputs that could not be read are "not checked", never "new".
 */
/**
 * Most earlier documents a target-mode run reads paragraph by paragraph whatever their signatures (the paraphrase search
 * of the term vectors): all of them up to this many; past it, the this-many closest to the target by the pair estimate,
 * and of the rest only those whose signature may carry a target paragraph (`planLineage`), counted in the lineage
 * (`searchedByPhrases`). Trial 21-b D6: at 100, the seed against 450 texts (57 strategies, 195 resolutions, 192
 * speeches, 6 ICT resolutions) had a lower closest candidate than the best of its parts for 7 of 21 paragraphs (¶ 2:
 * Finland 2013 24 % alone, Russia 2000 22 % in the union); at 1,000, none, for 24.0 → 28.5 s cold.
 */
export const LINEAGE_READ_ALL_MAX = 1000;

export function planLineage(scanned: ScannedCorpus, targetIndex: number, inShardDocuments: ReadonlySet<number>, estimates: ReadonlyMap<number, number> = new Map()): LineagePlan {
  const { documents, signatures, target } = scanned;
  const targetDocument = documents[targetIndex];
  const common = commonShingles(signatures, Math.max(COMMON_SHINGLE_FLOOR, Math.ceil(signatures.length * LINEAGE_COMMON_SHARE)));
  const index = new LineageIndex(paragraphSignatures(target!.paragraphs), common);
  const plan: LineagePlan = {
    searched: target!.paragraphs.map((_, paragraph) => index.searchable(paragraph)),
    common: [...common].sort((a, b) => a - b),
    documentsSearched: [],
    searchedByPhrases: [],
    candidates: [],
    notChecked: [],
  };
  const earlier = documents.flatMap((document, position) => (position !== targetIndex && isEarlier(document, targetDocument) && inShardDocuments.has(position) ? [position] : []));
  // A corpus of the field (a statement's dozen earlier texts, 57 strategies) is read whole; past
  // LINEAGE_READ_ALL_MAX earlier documents (a statement against 2,459 speeches) reading every one costs its language
  // processing (cold: 3.7 s → 31 s), so the LINEAGE_READ_ALL_MAX closest by the pair estimate are read whole, and the
  // rest only when their signature may carry a target paragraph. Trial 18-a: with every earlier document read only
  // by its signature past 100, adding the 2,459 General Debate speeches to the six ICT resolutions took A/RES/73/266
  // out of the search (the run's common shingles left it no carrier), and the seed's closest candidates fell from
  // 73/266 PP 6 at 31 % to a Cambodian speech at 21 %; the resolutions are the closest documents by the estimate.
  const readWhole = new Set(
    [...earlier].sort((a, b) => (estimates.get(b) ?? 0) - (estimates.get(a) ?? 0) || a - b).slice(0, LINEAGE_READ_ALL_MAX),
  );
  documents.forEach((document, position) => {
    if (position === targetIndex || !isEarlier(document, targetDocument)) return;
    if (!inShardDocuments.has(position)) {
      plan.notChecked.push({ document: document.id, reason: 'other-shard' });
      return;
    }
    plan.documentsSearched.push(document.id);
    if (!readWhole.has(position)) plan.searchedByPhrases.push(document.id);
    // Every earlier document is read paragraph by paragraph: a paraphrase shares few 3-shingles with its source, so the
    // signature cannot rule a document out (seed ¶ 7 and A/RES/78/16 PP 11); the term vectors find it (`tasks.ts`).
    if (!index.empty && (readWhole.has(position) || index.mayCarry(signatures[position]))) plan.candidates.push(document);
  });
  for (const failure of scanned.failures) plan.notChecked.push({ document: failure.path, reason: 'unreadable', error: failure.error });
  return plan;
}
