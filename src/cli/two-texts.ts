import type { Argv } from 'yargs';
import { RedlineError } from '../errors.js';
import { assertNotAnInput, writeFileAtomic, type FileContent } from '../io.js';
import { FETCH_DEFAULTS } from '../options.js';
import { isChange } from '../report/labels.js';
import type { RedlineResult, SegmentUnit, TrackedChangesMode } from '../types.js';
import { generationTime, note, outputFormat, outputPath, pathArgument, refuseBinaryOnTerminal, sourceDateEpoch, toCompareOptions, type CliIo, type ComparisonArgs, type OutputFormat } from './shared.js';

/** What `compare` and `report` share: two texts to compare, an optional output file, --fail-on-change. */

/** The two positionals of a two-text command. */
export function twoTextPositionals(command: Argv): Argv {
  return command
    .positional('left', { type: 'string', describe: 'the older text (.txt, .md, .html, .pdf, .docx; - for standard input; an http(s) address is downloaded)' })
    .positional('right', { type: 'string', describe: 'the newer text' });
}

/** The `--out` option of a command that writes one file. */
export const OUT_OPTION = { alias: 'o', type: 'string', describe: 'write to this file (atomically) instead of standard output; its extension names the format (--format must agree; another extension is refused)' } as const;

/** The `--fail-on-change` option: for CI jobs watching a text. */
export const FAIL_ON_CHANGE_OPTION = { type: 'boolean', default: false, describe: 'exit 1 when anything changed (after writing the output)' } as const;

/** The `--timeout` option: how long a text given as a web address may take to download, retries included. */
export const TIMEOUT_OPTION = { type: 'number', requiresArg: true, default: FETCH_DEFAULTS.timeoutMs / 1000, describe: 'seconds a text given as an http(s) address may take to download, retries included' } as const;

export { LEFT_TRACKED_CHANGES_OPTION, TRACKED_CHANGES_OPTION, UNIT_OPTION } from './shared.js';
export type { FileContent } from '../io.js';

/** Arguments of a two-text command. */
export type TwoTextArgs = ComparisonArgs & { left: string; right: string; out?: string; timeout?: number; quiet?: boolean; verbose?: boolean; unit?: SegmentUnit; 'tracked-changes'?: TrackedChangesMode; 'left-tracked-changes'?: TrackedChangesMode };

/**
 * Settle the output before any work: an --out that names an input is refused first (the worst mistake), then a name
 * that is not what the file would hold (`outputFormat`), then a binary format on a terminal, then a PDF when no
 * converter (LibreOffice or Chromium) is here. Resolves to the format.
 */
export async function settleOutput<F extends OutputFormat>(command: string, argv: TwoTextArgs & { format?: F }, formats: readonly F[], fallback: F, io: Pick<CliIo, 'stdout' | 'env'>): Promise<F> {
  const out = outputPath(argv.out);
  if (out) await assertNotAnInput(out, [pathArgument(argv.left), pathArgument(argv.right)]);
  const format = outputFormat(command, out, argv.format, formats, fallback);
  refuseBinaryOnTerminal(format, out, io.stdout);
  await assertCanWrite(format, io.env);
  return format;
}

/** Refuse a PDF before any work when no converter is here (LibreOffice or Chromium): the refusal, not a comparison thrown away. */
async function assertCanWrite(format: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (format !== 'pdf') return;
  const { canWritePdf, noPdfWriter, pdfConverters } = await import('../report/pdf.js');
  if (!(await canWritePdf(pdfConverters(env), true))) throw noPdfWriter(true);
}

/** Compare the two texts named on the command line; refuses an --out that names an input before any work is done. */
export async function compareTwoTexts(argv: TwoTextArgs, io: Pick<CliIo, 'stderr'>, warningsOnStdout = false): Promise<{ result: RedlineResult; out: string | null }> {
  const left = pathArgument(argv.left);
  const right = pathArgument(argv.right);
  const out = outputPath(argv.out);
  if (out) await assertNotAnInput(out, [left, right]);
  const started = performance.now();
  const options = toCompareOptions(argv);
  const timeoutMs = timeoutOption(argv.timeout);
  // A web address is fetched as `corpus add` fetches (timeout, retries, size limit); the library loads only then.
  const download = async (url: string): Promise<Uint8Array> => {
    const { downloadWithRetries } = await import('../library/index.js');
    const fetched = await downloadWithRetries(url, { maxBytes: options.maxBytes, timeoutMs });
    note(io, argv, `redline: downloaded ${url} (${fetched.bytes.length} bytes)`, 'verbose');
    return fetched.bytes;
  };
  // The engine (and the language model it loads) is imported here, not at start-up: `--help` and the builders never need it.
  const { compare, compareOnePairOnly } = await import('../pipeline.js');
  compareOnePairOnly(); // one pair per process: the language model goes once both texts are normalized
  const result = await compare(left, right, {
    ...options,
    download,
    ...(argv.unit && argv.unit !== 'paragraph' ? { unit: argv.unit } : {}),
    ...(argv['tracked-changes'] === 'original' ? { trackedChanges: 'original' as const } : {}),
    ...(argv['left-tracked-changes'] ? { leftTrackedChanges: argv['left-tracked-changes'] } : {}),
  });
  // A warning that changes what the reader sees (a text damaged on its way in, a Word draft's tracked changes read as
  // accepted) is said without --verbose: `report -o memo.docx` prints nothing else (trial 14b). The text summary written
  // to the terminal ends with the warnings itself (`warningsOnStdout`): said once there.
  const { READER_WARNINGS, warningText } = await import('../report/labels.js');
  // Texts given newest first are said before anything else, even where the summary ends with its warnings: a reader who
  // reads the head of the output must not take the inverted changes for the real ones (trial 17 b).
  for (const warning of result.warnings) note(io, argv, `redline: warning: ${warningText(warning)}`, (READER_WARNINGS.has(warning.code) && !warningsOnStdout) || warning.code === 'pair-order' ? 'normal' : 'verbose');
  note(io, argv, `redline: compared in ${((performance.now() - started) / 1000).toFixed(2)} s`, 'verbose');
  return { result, out };
}

/** --timeout in milliseconds: a positive number of seconds, given once (undefined: the default). */
function timeoutOption(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RedlineError('bad-option', `option --timeout is ${Array.isArray(value) ? 'given more than once' : String(value)}`, 'Give a number of seconds above 0, e.g. --timeout 10.');
  }
  return value * 1000;
}

/**
 * Write the rendered output to --out (atomically) or to standard output; with --verbose, say where it went. A text in
 * pieces (the HTML page rendered a few hundred rows at a time) is rendered as it is written.
 */
export async function writeOutput(rendered: FileContent, out: string | null, io: Pick<CliIo, 'stdout' | 'stderr'>, argv: { quiet?: boolean; verbose?: boolean } = {}): Promise<void> {
  if (out) {
    await writeFileAtomic(out, rendered);
    note(io, argv, `redline: wrote ${out}`, 'verbose');
  } else if (typeof rendered === 'string' || rendered instanceof Uint8Array) io.stdout.write(rendered);
  else for (const piece of rendered) io.stdout.write(piece);
}

/** Anything but unchanged, unmoved paragraphs counts as a change. */
export function hasChanges(result: RedlineResult): boolean {
  return result.comparisons.some((comparison) => comparison.findings.some(isChange));
}

/**
 * The Word document (tracked changes) or its PDF, for `compare` and `report`: stamped with the documents' date, else
 * SOURCE_DATE_EPOCH, never the clock; the PDF is the Word output through LibreOffice, else the HTML page through Chromium.
 */
export async function renderDocument(result: RedlineResult, format: 'docx' | 'pdf', env: NodeJS.ProcessEnv, templatesDir?: string): Promise<Uint8Array> {
  const { renderDocx } = await import('../report/docx.js');
  const docx = () => renderDocx(result, { fallbackDate: sourceDateEpoch(env) });
  if (format === 'docx') return docx();
  const [{ renderPdf, pdfConverters }, { renderReport }] = await Promise.all([import('../report/pdf.js'), import('../report/render-report.js')]);
  return renderPdf({ docx, html: () => renderReport(result, 'html', { templatesDir, generatedAt: generationTime(env) }) }, pdfConverters(env));
}
