import type { Argv, Options } from 'yargs';
import { stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { FetchOutcome } from '../../library/index.js';
import { RedlineError } from '../../errors.js';
import { defaultUserCorpusDir, FETCH_DEFAULTS } from '../../options.js';
import { inertText } from '../../report/text.js';
import { EXIT, type ArgsOf, type CliCommand, type CliIo } from '../shared.js';

const CORPUS_OPTIONS = {
  corpus: {
    type: 'string',
    describe: 'corpus folder holding catalog.yaml and texts/ (default: ./corpus when it holds a catalogue, else your own corpus folder, ~/.local/share/redline/corpus or $XDG_DATA_HOME/redline/corpus, started from the catalogue shipped with redline)',
  },
} as const satisfies Record<string, Options>;

/** The project's corpus folder, used when it holds a catalogue and no --corpus is given. */
const PROJECT_CORPUS = 'corpus';

const DOWNLOAD_OPTIONS = {
  timeout: { type: 'number', default: FETCH_DEFAULTS.timeoutMs / 1000, describe: 'seconds a download may take, retries included' },
  retries: { type: 'number', default: FETCH_DEFAULTS.retries, describe: 'further attempts after a network error, timeout or 5xx' },
  'max-bytes': { type: 'number', describe: 'refuse documents larger than this (default 20 MB)' },
} as const satisfies Record<string, Options>;

const LIST_OPTIONS = {
  format: { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as 'text' | 'json', describe: 'output format' },
} as const satisfies Record<string, Options>;

const FETCH_OPTIONS = {
  ...DOWNLOAD_OPTIONS,
  force: { type: 'boolean', default: false, describe: 'download again even when a text is stored' },
  delay: { type: 'number', default: FETCH_DEFAULTS.delayMs / 1000, describe: 'seconds to wait between two downloads' },
} as const satisfies Record<string, Options>;

const ADD_OPTIONS = {
  ...DOWNLOAD_OPTIONS,
  id: { type: 'string', demandOption: true, describe: 'catalogue id, also the file name (e.g. 2025-my-statement)' },
  date: { type: 'string', describe: 'adoption or publication date, YYYY-MM-DD (default: the catalogue entry\'s date, else the one the document states)' },
  title: { type: 'string', describe: 'title (default: the one the document states)' },
  symbol: { type: 'string', describe: 'official symbol, e.g. A/78/265' },
  issuer: { type: 'string', describe: 'who issued it' },
  place: { type: 'string', describe: 'where it was adopted' },
  kind: { type: 'string', describe: 'declaration, report, resolution, joint statement…' },
  force: { type: 'boolean', default: false, describe: 'replace an entry with the same id' },
} as const satisfies Record<string, Options>;

/** The parsed arguments of `corpus list|fetch|add`: the union of the three actions' options (each reads its own). */
export type CorpusArgs = ArgsOf<typeof CORPUS_OPTIONS> &
  Partial<ArgsOf<typeof LIST_OPTIONS>> &
  Partial<Omit<ArgsOf<typeof FETCH_OPTIONS>, keyof typeof ADD_OPTIONS>> &
  Partial<ArgsOf<typeof ADD_OPTIONS>> & { ids?: string[]; source?: string };

/** `redline corpus list|fetch|add`: the catalogue and its texts. */
export const corpusCommand: CliCommand = {
  name: 'corpus',
  command: 'corpus',
  subcommands: ['list', 'fetch', 'add'],
  describe: 'the corpus: list the catalogue, fetch its documents, add your own',
  builder: (command: Argv) =>
    command
      .options(CORPUS_OPTIONS)
      .command('list', 'show the catalogue and which texts are stored locally', (list) => list.options(LIST_OPTIONS))
      .command('fetch [ids..]', 'download the catalogue’s documents (all, or these ids) and store their texts', (fetch) =>
        fetch.positional('ids', { type: 'string', array: true, describe: 'catalogue ids (default: every entry with a url)' }).options(FETCH_OPTIONS),
      )
      .command('add <source>', 'add a document of your own (file or http(s) URL) to the catalogue and texts/', (add) =>
        add.positional('source', { type: 'string', describe: 'a .txt, .md, .html, .pdf or .docx file, or a URL' }).options(ADD_OPTIONS),
      )
      .demandCommand(1, 'Name an action: list, fetch or add.')
      .epilogue('Exit codes: 0 done; 1 a document failed to download or convert (the others were stored); 2 bad usage or unusable input.'),
  run: (argv: CorpusArgs, io: CliIo) => runCorpus(argv, io),
};

/**
 * Run `redline corpus <action>`; resolves to the exit code, throws RedlineError for bad usage or input. The corpus is
 * `--corpus`, else `./corpus` when it holds a catalogue (the project folder), else the user's own corpus folder
 * (`defaultUserCorpusDir`): an installed redline run anywhere found no catalogue and exited 2 (trial 18-a). There
 * `list` reads the user's catalogue, or the packaged one before any was started; `fetch` and `add` start it from the
 * packaged catalogue and store their texts beside it, never in the package.
 */
export async function runCorpus(argv: CorpusArgs, io: Pick<CliIo, 'stdout' | 'stderr'> & Partial<Pick<CliIo, 'env'>>): Promise<number> {
  const action = String(argv._[1]);
  if (action !== 'list' && action !== 'fetch' && action !== 'add') {
    io.stderr.write(`redline: unknown corpus action ${action}. Use list, fetch or add.\n`);
    return EXIT.usage;
  }
  const given = typeof argv.corpus === 'string' ? argv.corpus : null;
  const project = given === null && (await stat(join(PROJECT_CORPUS, 'catalog.yaml')).then(() => true, () => false));
  const corpusDir = given ?? (project ? PROJECT_CORPUS : defaultUserCorpusDir(io.env ?? process.env));
  const userCorpus = given === null && !project;
  if (action === 'list') return listCorpus(corpusDir, argv.format === 'json', io, userCorpus);
  if (userCorpus) {
    const { seedCatalog } = await library();
    if (await seedCatalog(corpusDir)) io.stderr.write(`redline: no corpus/ catalogue in this folder: started your corpus in ${corpusDir} from the catalogue shipped with redline (--corpus DIR names another).\n`);
  }
  if (action === 'fetch') return fetchAll(corpusDir, argv, io, given !== null);
  return addOne(corpusDir, argv, io);
}

/** The corpus library (YAML, ingest), imported when an action runs: the CLI starts with the definitions only. */
const library = (): Promise<typeof import('../../library/index.js')> => import('../../library/index.js');

async function listCorpus(corpusDir: string, json: boolean, io: Pick<CliIo, 'stdout' | 'stderr'>, userCorpus: boolean): Promise<number> {
  const { PACKAGED_CATALOG, readCatalog, storedTextIds, textPath } = await library();
  // The user's corpus before any fetch or add started it: the packaged catalogue, nothing written.
  const started = !userCorpus || (await stat(join(corpusDir, 'catalog.yaml')).then(() => true, () => false));
  // Once started, the list's last line names the folder; before, say whose catalogue this is and where texts will go.
  if (!started && !json) io.stderr.write(`redline: no corpus/ catalogue in this folder: the catalogue shipped with redline; fetched texts will go to ${corpusDir} (--corpus DIR names another).\n`);
  const { entries } = await readCatalog(started ? corpusDir : dirname(PACKAGED_CATALOG));
  const stored = await storedTextIds(corpusDir);
  const rows = entries.map((entry) => ({
    id: entry.id,
    date: entry.date,
    kind: entry.kind ?? '',
    // A text of the user's own (the seed in `seeds/`, a file `corpus add` read) is no url to fetch, but it is not lost either.
    text: stored.has(entry.id) ? 'stored' : entry.url ? 'missing' : entry.file ? 'local file' : 'no url',
    source: entry.url ?? entry.file ?? '',
  }));
  const extra = [...stored].filter((id) => !entries.some((entry) => entry.id === id)).sort();
  if (json) {
    io.stdout.write(JSON.stringify({ documents: rows, uncatalogued: extra }, null, 2) + '\n');
    return EXIT.ok;
  }
  const table = [['id', 'date', 'kind', 'text', 'source'], ...rows.map((row) => [row.id, row.date, row.kind, row.text, row.source])];
  const widths = table[0].map((_, column) => Math.max(...table.map((cells) => cells[column].length)));
  for (const cells of table) io.stdout.write(cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ').trimEnd() + '\n');
  const missing = rows.filter((row) => row.text === 'missing').length;
  const storedCount = rows.filter((row) => row.text === 'stored').length;
  io.stdout.write(`\n${storedCount} of ${rows.length} texts stored in ${textPath(corpusDir, '').slice(0, -3)}`);
  io.stdout.write(missing ? `; ${missing} can be fetched with \`redline corpus fetch\`.\n` : '.\n');
  if (extra.length) io.stdout.write(`Stored but not in the catalogue: ${extra.join(', ')}.\n`);
  return EXIT.ok;
}

async function fetchAll(corpusDir: string, argv: CorpusArgs, io: Pick<CliIo, 'stdout' | 'stderr'>, named: boolean): Promise<number> {
  const { fetchCorpus } = await library();
  const counts = { fetched: 0, present: 0, 'no-url': 0, failed: 0 };
  let hostsNotFound = 0;
  const show = (outcome: FetchOutcome): void => {
    counts[outcome.status] += 1;
    if (outcome.status === 'failed' && outcome.hostNotFound) hostsNotFound += 1;
    if (outcome.status === 'failed') io.stderr.write(`redline: ${outcome.error.toLine()}\n`);
    else if (outcome.status === 'fetched') {
      io.stdout.write(`fetched  ${outcome.id} (${outcome.format}, ${outcome.paragraphs} paragraphs) → ${shown(outcome.path)}\n`);
      for (const warning of outcome.warnings) io.stderr.write(`warning: ${outcome.id}: ${inertText(warning.message)}\n`);
    } else if (outcome.status === 'present') io.stdout.write(`present  ${outcome.id} (use --force to download again)\n`);
    else io.stdout.write(`no url   ${outcome.id}\n`);
  };
  await fetchCorpus({
    corpusDir,
    ids: Array.isArray(argv.ids) ? argv.ids.map(String) : [],
    force: Boolean(argv.force),
    ...seconds(argv),
    ...(typeof argv.delay === 'number' ? { delayMs: argv.delay * 1000 } : {}),
    onOutcome: show,
  });
  io.stdout.write(`Fetched ${counts.fetched}, already stored ${counts.present}, without url ${counts['no-url']}, failed ${counts.failed}.\n`);
  // Said once, not on every document: a machine without network finds no host at all.
  if (hostsNotFound > 0 && hostsNotFound === counts.failed && counts.fetched === 0) {
    io.stderr.write(`redline: no host could be found for ${hostsNotFound === 1 ? 'the document' : `any of the ${hostsNotFound} documents`}: offline? Attach copies you have with \`redline corpus add FILE --id ID${named ? ` --corpus ${corpusDir}` : ''}\`.\n`);
  }
  return counts.failed ? EXIT.partial : EXIT.ok;
}

async function addOne(corpusDir: string, argv: CorpusArgs, io: Pick<CliIo, 'stdout' | 'stderr'>): Promise<number> {
  const { addDocument } = await library();
  const text = (name: string): string | undefined => (typeof argv[name] === 'string' ? (argv[name] as string) : undefined);
  const { entry, stored, dateRead } = await addDocument({
    corpusDir,
    source: String(argv.source),
    id: String(argv.id),
    date: text('date'),
    title: text('title'),
    symbol: text('symbol'),
    issuer: text('issuer'),
    place: text('place'),
    kind: text('kind'),
    force: Boolean(argv.force),
    ...seconds(argv),
  });
  for (const warning of stored.warnings) io.stderr.write(`warning: ${entry.id}: ${inertText(warning.message)}\n`);
  io.stdout.write(`Added ${entry.id} “${entry.title}” (${stored.format}, ${stored.paragraphs} paragraphs${dateRead ? `, dated ${entry.date} as the document states` : ''}) to the catalogue and ${shown(stored.path)}.\n`);
  return EXIT.ok;
}

/** The download options given on the command line, seconds turned into milliseconds. */
function seconds(argv: CorpusArgs): { timeoutMs?: number; retries?: number; maxBytes?: number } {
  for (const [name, min] of [['timeout', 0.001], ['retries', 0], ['delay', 0], ['maxBytes', 1]] as const) {
    const value = argv[name];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < min)) {
      throw new RedlineError('bad-option', `option --${name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())} is ${String(value)}`, `Give a number of at least ${min}.`);
    }
  }
  return {
    ...(typeof argv.timeout === 'number' ? { timeoutMs: argv.timeout * 1000 } : {}),
    ...(typeof argv.retries === 'number' ? { retries: argv.retries } : {}),
    ...(typeof argv.maxBytes === 'number' ? { maxBytes: argv.maxBytes } : {}),
  };
}

/** A path relative to the working folder when it lies inside it, else as it is. */
function shown(path: string): string {
  const near = relative(process.cwd(), path);
  return near && !near.startsWith('..') ? near : path;
}
