import { mkdir } from 'node:fs/promises';
import { RedlineError } from '../errors.js';
import { sha256Hex } from '../ingest/index.js';
import type { BatchDocument, BatchManifest, BatchMode, LineageUnchecked, PairRecord } from '../types.js';
import { TOOL_VERSION } from '../version.js';
import { journalPath, readJournal } from './journal.js';
import type { ResolvedBatchOptions } from './options.js';
import type { ScannedCorpus } from './scan.js';
import { inShard } from './shard.js';
import { COMMON_SHINGLE_FLOOR, SignatureIndex, commonShingles, paragraphSignatures } from './signature.js';
import type { CompareTask } from './tasks.js';
import { LINEAGE_COMMON_SHARE, LineageIndex } from './lineage-index.js';
import { isEarlier } from './lineage.js';

/** A planned pair: positions of the older (left) and newer (right) document in the run's canonical document order. */
export interface PlannedPair {
  left: number;
  right: number;
}

/**
 * The pairs of a run, in canonical order (the order of `results.jsonl` and of shard assignment). Documents are in
 * canonical (date, id) order, so the left of every pair, the earlier position, is the older document.
 * - target: the target against every other document, in document order;
 * - chain: each document against the previous one of its series: the document its front matter `previous` names (by
 *   id or date) when that is in the series, else the one before it by date; documents without a series form one series;
 * - all: every pair, row by row.
 */
export function planPairs(documents: readonly BatchDocument[], mode: BatchMode, target: number | null): PlannedPair[] {
  const ordered = (a: number, b: number): PlannedPair => (a < b ? { left: a, right: b } : { left: b, right: a });
  const pairs: PlannedPair[] = [];
  if (mode === 'target') {
    if (target === null) throw new Error('planPairs: target mode needs a target');
    documents.forEach((_, index) => {
      if (index !== target) pairs.push(ordered(target, index));
    });
  } else if (mode === 'all') {
    for (let i = 0; i < documents.length; i++) for (let j = i + 1; j < documents.length; j++) pairs.push({ left: i, right: j });
  } else {
    const bySeries = new Map<string, number[]>();
    documents.forEach((document, index) => {
      const key = document.series ?? '\u0000none';
      let members = bySeries.get(key);
      if (!members) bySeries.set(key, (members = []));
      members.push(index);
    });
    for (const members of bySeries.values()) {
      members.forEach((index, position) => {
        if (position === 0) return;
        const named = documents[index].previous;
        const previous = named === null ? undefined : members.slice(0, position).find((other) => documents[other].id === named || documents[other].date === named);
        pairs.push(ordered(previous ?? members[position - 1], index));
      });
    }
    pairs.sort((a, b) => a.right - b.right || a.left - b.left);
  }
  return pairs;
}

/** The lineage search of a target-mode run (this shard's part of it). */
export interface LineagePlan {
  /** Per target paragraph: whether it is searched (long enough, and not made only of wording common in the run). */
  searched: boolean[];
  /** The run's common shingles (in more than `LINEAGE_COMMON_SHARE` of its documents), sorted: left out of the search. */
  common: number[];
  /** Earlier (or undated) documents of this shard searched, by id (through their signatures at least). */
  documentsSearched: string[];
  /** The documents whose signature may carry a target paragraph: searched paragraph by paragraph (lineage tasks). */
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
  const pairs = planPairs(documents, mode, targetIndex);
  const index = new SignatureIndex(signatures);
  if (mode === 'all') index.fillAllPairs();
  const target = targetIndex === null ? null : documents[targetIndex].id;
  // The unit is recorded only when it is not the default, so default runs keep the manifest they always had.
  const manifestOptions = { ...options.compare, minSimilarity, candidateFloor, ...(options.unit === 'paragraph' ? {} : { unit: options.unit }) };
  const planKey = sha256Hex(JSON.stringify({ mode, target, options: manifestOptions, documents }));
  const manifest: BatchManifest = { tool: { name: 'redline', version: TOOL_VERSION }, mode, target, options: manifestOptions, documents, failures: scanned.failures, pairs: pairs.length, shard, planKey };

  await mkdir(options.out, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new RedlineError('cannot-write', `cannot create the output folder (${error.code ?? error.message})`, 'Name a folder (new or existing) for --out, not a file.', options.out);
  });
  const journal = journalPath(options.out, planKey, shard);
  const journaled = await readJournal(journal);
  const plan: RunPlan = { manifest, journal, tasks: [], records: [], lineage: null, shardPairs: 0, reused: 0 };
  const searchedDocuments: number[] = [];
  pairs.forEach((pair, number) => {
    if (!inShard(number, shard)) return;
    plan.shardPairs++;
    const left = documents[pair.left];
    const right = documents[pair.right];
    const estimate = index.estimate(pair.left, pair.right);
    // The lineage searches this shard's documents that may be sources (`planLineage` keeps the earlier or undated ones).
    if (mode === 'target') searchedDocuments.push(pair.left === targetIndex ? pair.right : pair.left);
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
        options: options.compare,
        minSimilarity: mode === 'chain' ? 0 : minSimilarity,
        outDir: options.out,
        cacheDir: options.cacheDir,
        html: options.html,
        maxBytes: options.maxBytes,
        unit: options.unit,
      });
    } else {
      plan.records.push({ pair: number, left: left.id, right: right.id, leftDate: left.date, rightDate: right.date, similarity: estimate, estimated: true, estimate, coverage: null, summary: null, report: null, html: null });
    }
  });
  if (mode === 'target' && targetIndex !== null && scanned.target) plan.lineage = planLineage(scanned, targetIndex, new Set(searchedDocuments));
  return plan;
}

/**
 * The lineage of a target-mode run, planned from the scan's signatures alone: every document of this shard that could
 * be a source (dated before the target, or undated) is searched through the paragraph-level candidate index, whatever
 * its overall similarity; documents of other shards and inputs that could not be read are "not checked", never "new".
 */
export function planLineage(scanned: ScannedCorpus, targetIndex: number, inShardDocuments: ReadonlySet<number>): LineagePlan {
  const { documents, signatures, target } = scanned;
  const targetDocument = documents[targetIndex];
  const common = commonShingles(signatures, Math.max(COMMON_SHINGLE_FLOOR, Math.ceil(signatures.length * LINEAGE_COMMON_SHARE)));
  const index = new LineageIndex(paragraphSignatures(target!.paragraphs), common);
  const plan: LineagePlan = {
    searched: target!.paragraphs.map((_, paragraph) => index.searchable(paragraph)),
    common: [...common].sort((a, b) => a - b),
    documentsSearched: [],
    candidates: [],
    notChecked: [],
  };
  documents.forEach((document, position) => {
    if (position === targetIndex || !isEarlier(document, targetDocument)) return;
    if (!inShardDocuments.has(position)) {
      plan.notChecked.push({ document: document.id, reason: 'other-shard' });
      return;
    }
    plan.documentsSearched.push(document.id);
    if (!index.empty && index.mayCarry(signatures[position])) plan.candidates.push(document);
  });
  for (const failure of scanned.failures) plan.notChecked.push({ document: failure.path, reason: 'unreadable', error: failure.error });
  return plan;
}
