import type { Argv, Options } from 'yargs';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { BATCH_MODES, type BatchManifest, type BatchSummary, type PairRecord, type Series } from '../../types.js';
import { BATCH_DEFAULTS, defaultCacheDir } from '../../options.js';
import { RedlineError } from '../../errors.js';
import { adoptedMissingPhrase, draftsWithoutAdopted, READER_WARNINGS, warningText } from '../../report/labels.js';
import { COMPARISON_OPTIONS, EXIT, TRACKED_CHANGES_OPTION, UNIT_OPTION, generationTime, jobsOption, note, toCompareOptions, verbosity, type ArgsOf, type CliCommand, type Override, type CliIo } from '../shared.js';

const BATCH_OPTIONS = {
  ...COMPARISON_OPTIONS,
  target: { type: 'string', describe: 'the document to compare against every corpus document' },
  corpus: { type: 'string', describe: 'folder read recursively for documents: .txt/.md (with front matter), .html, .pdf, .docx' },
  out: { alias: 'o', type: 'string', demandOption: true, describe: 'output folder' },
  mode: { choices: BATCH_MODES, describe: 'target (the default with --target), chain (each vs the previous of its series; the default without --target, said on standard error), all (every pair)' },
  'min-similarity': { type: 'number', default: BATCH_DEFAULTS.minSimilarity, describe: 'document similarity from which a pair gets its own report (target and all modes; pairs below half of it are only estimated); chain mode reports every pair, but a step below half of it is flagged "unrelated?" and lists no changes (0: list them all); several are one line on stderr (--verbose: each), and the digest points their series at its history, which follows every paragraph' },
  shard: { type: 'string', describe: 'run the deterministic slice K/N of the pairs (merge the slices with `redline merge`)' },
  unit: { ...UNIT_OPTION, describe: `${UNIT_OPTION.describe}; line and sentence run without the cache` },
  'tracked-changes': { ...TRACKED_CHANGES_OPTION, describe: `${TRACKED_CHANGES_OPTION.describe}; original runs without the cache` },
  jobs: { alias: 'j', type: 'number', describe: 'worker threads, at most the cores (default: all cores)' },
  cache: { type: 'string', describe: 'cache folder for normalized documents and compared pairs, shared by runs (default: the user cache folder, `redline cache dir`; --no-cache: none)' },
  'cache-max-size': { type: 'number', default: BATCH_DEFAULTS.cacheMaxBytes / 1024 ** 2, describe: 'largest cache size in MB: after a run the oldest entries go (0: no limit)' },
  'series-by': { choices: ['folder'] as const, describe: 'chain mode: each sub-folder of the corpus is one series (front matter `series` still wins); without it: front matter, then the UN resolution title, then similarity' },
  since: { type: 'string', describe: 'chain mode: the digest keeps only the steps to a text dated on or after this date (YYYY-MM-DD, YYYY-MM or YYYY; e.g. 2025-09-09, the 80th session\'s opening: what changed this session) and says how many it left out; pairs, reports and histories stay whole' },
  committee: { type: 'string', describe: 'chain mode: the run keeps only the series adopted on the report of these Main Committees, comma-separated (First … Sixth, Plenary; e.g. Second,Third): only their pairs are compared and reported, their histories written, their series in the index, batch.json and the digest (a committee column in the Word digest\'s contents); every document is still read to group the series, and the outputs say how many series were left out' },
  'fail-on-change': { type: 'boolean', default: false, describe: 'exit 1 when a compared pair has changes (pairs left at their estimate do not count)' },
} as const satisfies Record<string, Options>;

/** The parsed arguments of `batch` (`--no-cache` makes `cache` false). */
export type BatchArgs = Override<ArgsOf<typeof BATCH_OPTIONS>, { cache: string | false | undefined }>;

const MERGE_OPTIONS = {
  out: { alias: 'o', type: 'string', demandOption: true, describe: 'output folder; what an earlier run or merge wrote there and this merge does not is removed (said on standard error), other files stay' },
  since: { type: 'string', describe: 'chain mode: the merged digest keeps only the steps to a text dated on or after this date (YYYY-MM-DD, YYYY-MM or YYYY), as `batch --since`; pairs, reports and histories stay whole' },
} as const satisfies Record<string, Options>;

/** The parsed arguments of `merge`. */
export type MergeArgs = ArgsOf<typeof MERGE_OPTIONS> & { dirs: string[] };

/** `redline batch`. */
export const batchCommand: CliCommand = {
  name: 'batch',
  command: 'batch',
  describe: 'compare a target against a corpus (or each document with its predecessor, or every pair) and write reports, results.jsonl and an index',
  builder: (command: Argv) =>
    command
      .options(BATCH_OPTIONS)
      .example('$0 batch --target new.txt --corpus texts/ --out reports/', 'one text against every document of a folder')
      .example('$0 batch --mode chain --corpus texts/ --out reports/ --fail-on-change', 'each document against the previous of its series, and digest.md: what was negotiated; exit 1 on changes')
      .example('$0 batch --mode chain --corpus texts/ --out session80/ --since 2025-09-09', 'the digest of what changed this session: only the steps to texts dated from 9 September 2025')
      .example('$0 batch --mode chain --corpus texts/ --out econ/ --since 2025-09-09 --committee Second,Third', 'the same, for the series of the Second and Third Committees only')
      .example('$0 batch --mode all --corpus texts/ --out part2/ --shard 2/8', 'one eighth of every pair; then `redline merge part*/ -o all/`')
      .epilogue('Exit codes: 0 done; 1 done, but some input or pair failed (see batch.json, results.jsonl), or changes found with --fail-on-change; 2 bad usage or unusable target; 3 internal error. Recipes for shards: docs/batch.md.'),
  run: (argv: BatchArgs, io: CliIo) => runBatchCommand(argv, io),
};

/** `redline merge <dirs..>`. */
export const mergeCommand: CliCommand = {
  name: 'merge',
  command: 'merge <dirs..>',
  describe: 'combine the outputs of `redline batch --shard K/N` runs into what one run writes',
  builder: (command: Argv) =>
    command
      .positional('dirs', { type: 'string', array: true, describe: 'the shard output folders' })
      .options(MERGE_OPTIONS)
      .example('$0 merge part*/ -o all/', 'the shards of one run, as one run writes them')
      .example('$0 merge run/ -o session80/ --since 2025-09-09', 'a finished chain run\'s digest of one session only, without comparing again'),
  run: (argv: MergeArgs, io: CliIo) => runMergeCommand(argv, io),
};

/** Run `redline batch`: progress bar on a terminal, one summary line at the end; the exit code says whether anything failed. */
export async function runBatchCommand(argv: BatchArgs & { quiet?: boolean; verbose?: boolean }, io: Pick<CliIo, 'stdout' | 'stderr' | 'env'>, now: () => Date = () => new Date()): Promise<number> {
  // `--target DIR` was told to "use `redline batch`" (the hint of a folder given as a document): say what each option names.
  if (argv.target !== undefined && (await stat(argv.target).then((info) => info.isDirectory(), () => false))) {
    throw new RedlineError('is-directory', 'is a folder: --target names the one document compared with every document of the corpus', 'Give the folder as --corpus and one file as --target, e.g. redline batch --target new.txt --corpus texts/ -o out/.', argv.target);
  }
  // Neither --mode nor --target: chain mode, said once (trial 16a: a new user's 110-second run in a mode never named).
  if (argv.mode === undefined && argv.target === undefined) note(io, argv, 'redline batch: no --mode given: chain mode (each document against the previous of its series); --mode all compares every pair, --target FILE one document against the corpus.');
  // Loaded here, not at the top: every other command would pay for the worker pool and progress bar at start-up.
  const [{ runBatch, parseShard, describeSeriesCounts, countSeries, duplicateText }, { default: cliProgress }] = await Promise.all([import('../../batch/index.js'), import('cli-progress')]);
  // The bar belongs to standard error: it stays when standard output is redirected, and goes with --quiet.
  const bar = io.stderr.isTTY && verbosity(argv) !== 'quiet' ? new cliProgress.SingleBar({ format: ' {phase} [{bar}] {value}/{total} {eta_formatted} left', clearOnComplete: true, hideCursor: true, stream: io.stderr as NodeJS.WritableStream }, cliProgress.Presets.shades_classic) : null;
  let phase = '';
  const summary = await runBatch({
    target: argv.target,
    corpus: argv.corpus,
    out: argv.out,
    mode: argv.mode,
    minSimilarity: argv.minSimilarity,
    shard: argv.shard === undefined ? null : parseShard(argv.shard),
    jobs: jobsOption(argv.jobs, availableParallelism()),
    unit: argv.unit,
    seriesBy: argv.seriesBy ?? null,
    since: argv.since ?? null,
    committee: argv.committee ?? null,
    trackedChanges: argv.trackedChanges,
    cacheDir: argv.cache === false ? null : (argv.cache ?? defaultCacheDir(io.env)),
    cacheMaxBytes: cacheLimit(argv.cacheMaxSize),
    compare: toCompareOptions(argv),
    maxBytes: argv.maxBytes,
    generatedAt: generationTime(io.env, now),
    onProgress: bar
      ? (event) => {
          if (event.phase !== phase) {
            if (phase) bar.stop();
            phase = event.phase;
            bar.start(event.total, 0, { phase: `${event.phase} ${PROGRESS_UNITS[event.phase]}`.padEnd(19) });
          }
          bar.update(event.done);
        }
      : undefined,
  });
  if (phase) bar?.stop();
  // Each failure is already one line that names its file.
  for (const failure of summary.failures) io.stderr.write(`redline: ${failure.error}\n`);
  // Each file of the corpus not read, with what to do (trial 19-b D4: an .odt adopted text was skipped unnamed, and the
  // digest then said the adopted text was not in the corpus). An earlier run's outputs (often dozens) make one line but
  // with --verbose; batch.json lists them all.
  const skipped = summary.manifest.skipped ?? [];
  const others = skipped.filter((file) => file.kind === 'other-format');
  const named = verbosity(argv) === 'verbose' || others.length <= SKIPPED_NAMED ? others : others.slice(0, SKIPPED_NAMED - 1);
  for (const file of named) note(io, argv, `redline batch: skipped ${file.reason}`);
  if (named.length < others.length) note(io, argv, `redline batch: skipped ${others.length - named.length} more files of other formats (batch.json \`skipped\` lists them; --verbose names each).`);
  const outputs = skipped.filter((file) => file.kind === 'redline-output');
  if (outputs.length === 1 || (outputs.length > 1 && verbosity(argv) === 'verbose')) for (const file of outputs) note(io, argv, `redline batch: skipped ${file.reason}`);
  else if (outputs.length > 1) note(io, argv, `redline batch: skipped ${outputs.length} outputs of an earlier redline batch (the first: ${outputs[0].path}); batch.json \`skipped\` lists them.`);
  // A document given twice (its PDF and its text): which copy the chain kept, said whatever the verbosity but --quiet.
  for (const duplicate of summary.manifest.duplicates ?? []) note(io, argv, `redline batch: warning: ${duplicateText(duplicate, summary.manifest.mode)}.`);
  for (const history of summary.histories) if (history.error !== undefined) io.stderr.write(`redline: the history of series ${history.series} could not be built: ${history.error}\n`);
  // A series whose texts say no date is chained in file-name order (trial 20-b D5): said here, in the digest and the index.
  for (const series of summary.series) {
    if (series.undated) note(io, argv, `redline batch: warning: series ${series.id}: ${series.undated} ${series.undated === 1 ? 'document' : 'documents'} without a date (no front matter, date line or closing note): ordered by file name.`);
  }
  // Two texts put in one series that hardly share a phrase: said here, flagged in the records and the index.
  // Many of them (a country's speeches: 2,252 lines over the UN General Debate corpus) make one line, and --verbose one per step.
  const unrelated = summary.results.filter((record) => record.unrelated);
  if (unrelated.length > 1 && verbosity(argv) !== 'verbose') io.stderr.write(unrelatedSummaryLine(unrelated, summary) + '\n');
  else for (const record of unrelated) io.stderr.write(unrelatedLine(record, summary) + '\n');
  // A warning that changes what the reader sees (a Word draft's tracked changes read as accepted), once per file and
  // message: the digest lists those changes as the draft's text (trial 14b: stderr said only "inputs: read 1 docx").
  const said = new Set<string>();
  for (const record of summary.results) {
    for (const warning of record.warnings ?? []) {
      const line = `redline batch: warning: ${warningText(warning)}`;
      // --verbose says every document's warning once (the index shows them all), not only those that change what is read.
      if ((READER_WARNINGS.has(warning.code) || verbosity(argv) === 'verbose') && !said.has(line)) note(io, argv, line);
      said.add(line);
    }
  }
  if (summary.removed.length > 0) note(io, argv, removedLine(summary.removed, argv.out));
  const empty = emptyDigestLine(summary.digest);
  if (empty) note(io, argv, empty);
  if (verbosity(argv) !== 'quiet') {
    // A draft whose adopted text is not in the corpus has no step to it (a lone draft: its series none at all): said here.
    const withoutAdopted = summary.series.flatMap(draftsWithoutAdopted);
    const notRead = { skipped: skipped.filter((file) => file.kind === 'other-format').length, failed: summary.failures.length };
    const grouping = summary.manifest.mode === 'chain' ? `${describeSeriesCounts(countSeries(summary.series))}${committeesPhrase(summary.manifest)}${withoutAdopted.length ? `; ${adoptedMissingPhrase(withoutAdopted, notRead)}` : ''}` : null;
    io.stdout.write(summaryLine(summary, argv.out, grouping) + '\n' + inputsLine(summary) + '\n');
  }
  // "0 reports" alone left the user to find the reason in the index: the index's note, on standard error too.
  if (summary.reports === 0) {
    const why = (await import('../../report/batch-index.js')).thresholdNote(summary.manifest, summary.results, summary.lineage ?? null);
    if (why) note(io, argv, `redline batch: no report: ${why}`);
  }
  if (argv.seriesBy === 'folder' && summary.manifest.mode === 'chain') {
    const ignored = await seriesByFolderIgnored(argv.corpus, summary.series, describeSeriesCounts(countSeries(summary.series)));
    if (ignored) note(io, argv, ignored);
    const joined = draftsJoinedLine(summary.series);
    if (joined) note(io, argv, joined);
  }
  if (summary.cacheOff !== null) io.stderr.write(`redline batch: ran without the cache: ${summary.cacheOff}.\n`);
  if (summary.cacheProblems.length) io.stderr.write(cacheProblemsLine(summary.cacheProblems) + '\n');
  note(io, argv, `redline batch: cache ${argv.cache === false ? 'off' : (argv.cache ?? defaultCacheDir(io.env))}`, 'verbose');
  // What --help promises of --verbose: timings and what was written (trial 17-a D15: only the cache was said).
  note(io, argv, timingsLine(summary), 'verbose');
  note(io, argv, writtenLine(summary, argv.out), 'verbose');
  if (!summary.ok) return EXIT.partial;
  return argv.failOnChange && summary.results.some(pairHasChanges) ? EXIT.changes : EXIT.ok;
}

/** How many removed files a line names; the rest are counted. */
const REMOVED_NAMED = 4;

/**
 * `redline batch: removed 3 files an earlier run wrote in t3/ and this one did not: series/x.docx, series/x.html,
 * series/x.json`: the stale outputs `runBatch` removed (trial 19a D14), so a user who kept one knows where it went.
 */
export function removedLine(removed: readonly string[], out: string, command: 'batch' | 'merge' = 'batch'): string {
  const named = removed.slice(0, REMOVED_NAMED).join(', ');
  const more = removed.length > REMOVED_NAMED ? ` and ${removed.length - REMOVED_NAMED} more` : '';
  return `redline ${command}: removed ${removed.length} ${removed.length === 1 ? 'file' : 'files'} an earlier run wrote in ${out.replace(/\/?$/, '/')} and this ${command === 'merge' ? 'merge' : 'one'} did not: ${named}${more}.`;
}

/**
 * One line when `--since` or `--committee` left the digest with no step, else null: `redline batch: warning: --since
 * 2052-09-09 leaves no step: the newest text is dated 2025-12-19.` A typo in the date gave exit 0, nothing on standard
 * error and a digest of "0 series, 0 steps" (trial 19a D13). The digest says it too (`sinceNote`).
 */
export function emptyDigestLine(digest: BatchSummary['digest']): string | null {
  if (digest === null || digest.steps > 0) return null;
  // `--since` is applied first: the digest is empty by its date unless `--committee` then left series out.
  if (digest.since && (digest.committees === null || digest.committees.seriesLeftOut === 0)) {
    const newest = digest.since.newest === null ? 'no text is dated' : `the newest text is dated ${digest.since.newest}`;
    return `redline batch: warning: --since ${digest.since.date} leaves no step in the digest: ${newest}.`;
  }
  if (digest.committees) return `redline batch: warning: --committee ${digest.committees.names.map((name) => name.replace(/ Committee$/, '')).join(',')} leaves no series in the digest: no series of the run names ${digest.committees.names.length === 1 ? 'that committee' : 'those committees'}.`;
  return null;
}

/** `redline batch: timings: scan 1.4 s, normalize 0.3 s, compare 150.2 s, history 40.1 s, total 202.9 s` (phases that took no time left out). */
export function timingsLine(summary: Pick<BatchSummary, 'seconds'>): string {
  const { total, ...phases } = summary.seconds;
  const spent = Object.entries(phases).filter(([, seconds]) => seconds >= 0.05).map(([phase, seconds]) => `${phase} ${seconds.toFixed(1)} s`);
  return `redline batch: timings: ${[...spent, `total ${total.toFixed(1)} s`].join(', ')}`;
}

/**
 * `redline batch: wrote out/: batch.json, results.jsonl, digest.json, digest.md, digest.docx, index.html; 144 pair
 * reports in pairs/; 70 series histories in series/`: the files of the run as `writeBatchOutputs` writes them.
 */
export function writtenLine(summary: Pick<BatchSummary, 'manifest' | 'lineage' | 'reports' | 'histories'>, out: string): string {
  const whole = summary.manifest.shard === null;
  const files = [
    'batch.json',
    'results.jsonl',
    ...(summary.lineage ? ['lineage.json'] : []),
    ...(summary.manifest.mode === 'chain' && whole ? ['digest.json', 'digest.md', 'digest.docx'] : []),
    ...(summary.manifest.mode === 'target' && whole && summary.lineage ? ['target.json', 'target.md', 'target.docx'] : []),
    'index.html',
  ];
  const histories = summary.histories.filter((history) => history.json !== null).length;
  const more = [`${summary.reports} pair ${summary.reports === 1 ? 'report' : 'reports'} in pairs/`, ...(histories > 0 ? [`${histories} series ${histories === 1 ? 'history' : 'histories'} in series/`] : [])];
  return `redline batch: wrote ${out.replace(/\/?$/, '/')}: ${files.join(', ')}; ${more.join('; ')}`;
}

/**
 * One line when `--series-by folder` formed no series, else null: on a flat folder the option did nothing and the
 * summary's `4 series by UN title` read as if it had been ignored in silence (a new user's run, session 12).
 */
export async function seriesByFolderIgnored(corpus: string | undefined, series: readonly Series[], grouping: string): Promise<string | null> {
  if (!corpus || series.some((entry) => entry.basis === 'folder')) return null;
  const entries = await readdir(corpus, { withFileTypes: true }).catch(() => []);
  const why = entries.some((entry) => entry.isDirectory() && !entry.name.startsWith('.')) ? 'no document read in its sub-folders was grouped by folder (front matter `series` wins)' : 'the corpus has no sub-folders';
  return `redline batch: --series-by folder grouped nothing: ${why}, so series were grouped as without it (${grouping}).`;
}

/** What to check when a pair of a series that redline grouped itself is flagged unrelated, by its rule. */
const UNRELATED_HINTS: Record<'un-title' | 'similarity', string> = {
  'un-title': 'the same resolution title, but the text was rewritten (or is another resolution of that title).',
  similarity: 'grouped by the shingle estimate, which the full comparison did not bear out.',
};

/**
 * One line for a chain pair flagged unrelated: which pair, how similar, in which series, and what is true of it. A series
 * the user chose (front matter `series` or `previous`, `--series-by folder`) is right by definition: a country's
 * speeches of each year are one series of different texts, so the line does not send the user to check the grouping
 * (it did, session 12): it says the two texts share little, that the step lists no changes, and the
 * `--min-similarity` that would list them (`unrelatedMinSimilarity`). A series redline grouped says what to check.
 */
export function unrelatedLine(record: PairRecord, summary: Pick<BatchSummary, 'series' | 'manifest'>): string {
  const series = summary.series.find((entry) => entry.id === record.series);
  const percent = Math.round(record.similarity * 100);
  const floor = Math.round(summary.manifest.options.candidateFloor * 100);
  const grouped = series ? `"${series.title}", by ${series.basis.replace('-', ' ').replace('un title', 'UN title')}` : (record.series ?? 'none');
  if (!series || series.basis === 'front-matter' || series.basis === 'folder') {
    const value = unrelatedMinSimilarity(record.similarity);
    return `redline batch: unrelated? ${record.left} → ${record.right} share little (${percent} % similar, below ${floor} %, half of --min-similarity) in series ${grouped}, so no changes are listed for that step; if they are versions of one text, rerun with --min-similarity ${value}${value === '0' ? '' : ' or lower'}.`;
  }
  return `redline batch: unrelated? ${record.left} → ${record.right} are ${percent} % similar (below ${floor} %, half of --min-similarity) yet in one series (${grouped}); ${UNRELATED_HINTS[series.basis]}`;
}

/**
 * The one line for several unrelated steps: how many, in how many series, where they are flagged, where their
 * paragraphs are still followed (the series' histories), and how to list them.
 */
export function unrelatedSummaryLine(records: readonly PairRecord[], summary: Pick<BatchSummary, 'series' | 'manifest' | 'histories'>): string {
  const floor = Math.round(summary.manifest.options.candidateFloor * 100);
  const series = new Set(records.map((record) => record.series ?? ''));
  const histories = summary.histories.filter((history) => history.html !== null && history.error === undefined && series.has(history.series));
  return (
    `redline batch: unrelated? ${records.length} steps in ${series.size} series share little (below ${floor} %, half of --min-similarity), so no changes are listed for them; ` +
    `they are flagged "unrelated" in batch.json and the index` +
    (histories.length ? `, and the series' histories (series/*.html, ${histories.length}) still follow each paragraph across the versions` : '') +
    `; --verbose names each step, --min-similarity 0 lists their changes.`
  );
}

/**
 * The largest `--min-similarity` (two decimals) whose half the pair's similarity reaches, so that the pair is not
 * flagged unrelated: 0.14 for a pair 7.3 % similar (the flag is similarity below half of --min-similarity).
 */
export function unrelatedMinSimilarity(similarity: number): string {
  return String(Math.floor(similarity * 2 * 100 + 1e-9) / 100);
}

/** A compared pair with anything but unchanged, unmoved paragraphs. */
export function pairHasChanges(record: PairRecord): boolean {
  const { summary } = record;
  if (record.estimated || !summary) return false;
  return summary.modified + summary.split + summary.merged + summary.new + summary.dropped + summary.moved > 0;
}

/** --cache-max-size in MB → bytes; 0 is no limit. */
function cacheLimit(megabytes: number): number | null {
  if (typeof megabytes !== 'number' || !Number.isFinite(megabytes) || megabytes < 0) {
    throw new RedlineError('bad-option', `option --cache-max-size is ${String(megabytes)}`, 'Give a size in MB (0 for no limit).');
  }
  return megabytes === 0 ? null : Math.round(megabytes * 1024 ** 2);
}

/** Damaged cache entries, reported once per run: how many, and the first. */
export function cacheProblemsLine(problems: readonly string[]): string {
  const what = problems.length === 1 ? '1 cache entry was' : `${problems.length} cache entries were`;
  return `redline batch: ${what} damaged, edited, of another version or not writable, and recomputed (first: ${problems[0]}).`;
}

/** Run `redline merge`. */
export async function runMergeCommand(argv: MergeArgs & { quiet?: boolean; verbose?: boolean }, io: Pick<CliIo, 'stdout' | 'stderr' | 'env'>, now: () => Date = () => new Date()): Promise<number> {
  const { mergeBatches } = await import('../../batch/index.js');
  const dirs = argv.dirs.map(String);
  const summary = await mergeBatches(dirs, argv.out, generationTime(io.env, now), argv.since ?? null);
  if (summary.removed.length > 0) note(io, argv, removedLine(summary.removed, argv.out, 'merge'));
  io.stdout.write(`redline merge: ${summary.shards} shards, ${summary.pairs} pairs, ${summary.reports} reports → ${argv.out}${summary.ok ? '' : ' (some inputs or pairs failed: see batch.json, results.jsonl)'}\n`);
  return summary.ok ? EXIT.ok : EXIT.partial;
}

/** What the progress bar of each phase counts (trial 21-b D16: the unit was not said). */
const PROGRESS_UNITS: Readonly<Record<'scan' | 'normalize' | 'compare' | 'lineage' | 'history', string>> = {
  scan: '(files)',
  normalize: '(documents)',
  compare: '(tasks)',
  lineage: '(documents)',
  history: '(series)',
};

/** Files of other formats named one by one on stderr (--verbose: all): a folder of spreadsheets should not bury the summary. */
const SKIPPED_NAMED = 10;

/** The line that says which inputs were read, by format: "inputs: read 205 txt, 8 pdf; failed 1 pdf; skipped 2 json". */
export function inputsLine(summary: BatchSummary): string {
  const list = (counts: Record<string, number>): string =>
    Object.entries(counts)
      .map(([format, count]) => `${count} ${format}`)
      .join(', ') || '0';
  // Copies left out are read but not compared: counted apart, so read + copies = the files given.
  const copies = summary.manifest.duplicates?.length ?? 0;
  return `inputs: read ${list(summary.inputs.read)}${copies ? ` (and ${copies} ${copies === 1 ? 'copy' : 'copies'} of another left out)` : ''}; failed ${list(summary.inputs.failed)}; skipped ${list(summary.inputs.skipped)}`;
}

/**
 * `; 2 series of other committees left out by --committee Third, not compared`: the summary says the run was of some
 * committees' series only, as the index, batch.json and the digest do (`BatchManifest.committees`); empty without it.
 */
export function committeesPhrase(manifest: Pick<BatchManifest, 'committees'>): string {
  if (!manifest.committees) return '';
  const { names, seriesLeftOut } = manifest.committees;
  return `; ${seriesLeftOut} series of other committees left out by --committee ${names.map((name) => name.replace(/ Committee$/, '')).join(',')}, not compared`;
}

/** The one line printed at the end of a batch; `grouping` (chain mode) says how the documents were grouped into series. */
export function summaryLine(summary: BatchSummary, out: string, grouping: string | null = null): string {
  const failedHistories = summary.histories.filter((history) => history.error !== undefined).length;
  const failed = summary.failedDocuments || summary.failedPairs || failedHistories ? `; FAILED: ${summary.failedDocuments} documents, ${summary.failedPairs} pairs${failedHistories ? `, ${failedHistories} histories` : ''}` : '';
  const written = summary.histories.length - failedHistories;
  const histories = summary.histories.length ? `, ${written} series ${written === 1 ? 'history' : 'histories'}` : '';
  const slice = summary.shardPairs === summary.pairs ? `${summary.pairs} pairs` : `${summary.shardPairs} of ${summary.pairs} pairs`;
  // Target mode: the real work is the lineage search, paragraph by paragraph (trial 21-b D16: "0 compared" read as if nothing was done).
  const searched = summary.lineage ? `, ${summary.lineage.documentsSearched} earlier ${summary.lineage.documentsSearched === 1 ? 'document' : 'documents'} searched for sources` : '';
  return (
    `redline batch: ${summary.documents} documents${grouping ? ` (${grouping})` : ''}, ${slice}: ${summary.compared} compared (${summary.reused} reused), ` +
    `${summary.estimated} estimated, ${summary.reports} reports${histories}${searched} in ${summary.seconds.total.toFixed(1)} s → ${out}${failed}`
  );
}

/**
 * What `--series-by folder` did with drafts it did not keep in their folder's series (trial 21-a D4): "drafts/ holds
 * drafts of 4 resolutions: each joined the series of its title (A/80/L.6 → necessity-of-…, …)". Null when none moved.
 */
function draftsJoinedLine(series: readonly Series[]): string | null {
  const byFolder = new Map<string, string[]>();
  for (const one of series) {
    for (const draft of one.draftsJoinedByTitle ?? []) {
      if (!byFolder.has(draft.folder)) byFolder.set(draft.folder, []);
      byFolder.get(draft.folder)!.push(`${draft.id} → ${one.id}`);
    }
  }
  if (byFolder.size === 0) return null;
  const parts = [...byFolder].map(([folder, moves]) => `${folder}/ is no series: ${moves.length === 1 ? 'its draft joined' : `each of its ${moves.length} drafts joined`} the series of its title (${moves.join(', ')})`);
  return `redline batch: --series-by folder: ${parts.join('; ')}.`;
}
