import type { Argv, Options } from 'yargs';
import { assertNotAnInput } from '../../io.js';
import { RedlineError } from '../../errors.js';
import type { HistoryResult } from '../../types.js';
import { COMPARISON_OPTIONS, EXIT, UNIT_OPTION, generationTime, isInputDamage, outputFormat, refuseBinaryOnTerminal, refuseIgnoredOptions, note, outputPath, pathArgument, sourceDateEpoch, toCompareOptions, wantsColor, type ArgsOf, type CliCommand, type CliIo } from '../shared.js';
import { FAIL_ON_CHANGE_OPTION, OUT_OPTION, TRACKED_CHANGES_OPTION, writeOutput } from '../two-texts.js';

/** Output formats of `history`. */
export const HISTORY_FORMATS = ['text', 'json', 'html', 'md', 'docx', 'pdf'] as const;

const HISTORY_OPTIONS = {
  ...COMPARISON_OPTIONS,
  format: { alias: 'f', choices: HISTORY_FORMATS, describe: 'output format (default: from the extension of -o, else text)' },
  out: OUT_OPTION,
  unit: UNIT_OPTION,
  'tracked-changes': TRACKED_CHANGES_OPTION,
  'fail-on-change': { ...FAIL_ON_CHANGE_OPTION, describe: 'exit 1 when anything changed from one version to the next (after writing the output)' },
  'show-unchanged': { type: 'boolean', default: false, describe: 'text format: list positions that never changed too' },
  color: { type: 'boolean', describe: 'colour the text output (default: on a terminal; FORCE_COLOR and NO_COLOR are respected)' },
  templates: { type: 'string', describe: 'html format: folder of .hbs files replacing built-in templates by name (docs/templates.md)' },
} as const satisfies Record<string, Options>;

/** The parsed arguments of `history`. */
export type HistoryArgs = ArgsOf<typeof HISTORY_OPTIONS> & { versions: string[] };

/** `redline history <v1> <v2> [more…]`. */
export const historyCommand: CliCommand = {
  name: 'history',
  command: 'history <versions..>',
  describe: 'follow every paragraph across N versions of a text (oldest first): when it appeared, changed, was dropped or came back',
  builder: (command: Argv) =>
    command
      .options(HISTORY_OPTIONS)
      .positional('versions', { type: 'string', array: true, describe: 'the versions, oldest first (at least 2; .txt, .md, .html, .pdf, .docx; - once for standard input); UN texts that print their adoption or issue dates are put in date order, and a PDF and its text of one document count once, with a warning' })
      .example('$0 history A_RES_78_14.txt A_RES_79_15.txt A_RES_80_14.txt', 'each paragraph with its timeline and word diffs')
      .example('$0 history v1.md v2.md v3.md -o history.html', 'positions × versions as a page (format from the extension)')
      .example('$0 history v1.md v2.md v3.md -o history.docx', 'for a memo: the versions, each position with its timeline, text and word diffs (Word)')
      .example('$0 history drafts/*.pdf -o history.json', 'the history contract (docs/redline-history.schema.json)')
      .example('$0 history v1.md v2.md v3.md -o history.pdf', 'its Word output as PDF (LibreOffice), else the page printed (Chromium)'),
  run: runHistory,
};

/** Read the versions, collate them and print or write the history in the chosen format. */
export async function runHistory(argv: HistoryArgs, io: CliIo): Promise<number> {
  const paths = (argv.versions ?? []).map(pathArgument);
  if (paths.length < 2) {
    throw new RedlineError('bad-option', `history needs at least 2 versions, ${paths.length} given`, 'Give the versions oldest first: redline history V1 V2 [V3 …].');
  }
  const out = outputPath(argv.out);
  if (out) await assertNotAnInput(out, paths);
  // A file is what its name says: an extension history does not write (`.diff`, none) is refused, not filled with text.
  const format = outputFormat('history', out, argv.format, HISTORY_FORMATS, 'text');
  refuseBinaryOnTerminal(format, out, io.stdout);
  refuseIgnoredOptions(format, argv, 'positions that never changed');
  // A PDF as compare writes one (docs/outputs.md): the Word output converted by LibreOffice when `soffice` is on the
  // PATH, else the page printed by Chromium, refused before any work when neither is here (trial 16c). `report` alone
  // prints its page first: the command means the side-by-side page (trial 18-a).
  const pdf = format === 'pdf' ? await import('../../report/pdf.js') : null;
  if (pdf && !(await pdf.canWritePdf(pdf.pdfConverters(io.env), true))) throw pdf.noPdfWriter(true);
  if (format === 'html' && out === null && io.stdout.isTTY) {
    throw new RedlineError('terminal-output', 'will not write an HTML page to the terminal', 'Give a file with -o history.html (or redirect: > history.html).');
  }
  const started = performance.now();
  const { compareVersions } = await import('../../pipeline.js'); // the engine loads on use, not at start-up
  const result: HistoryResult = await compareVersions(paths, {
    ...toCompareOptions(argv),
    ...(argv.unit && argv.unit !== 'paragraph' ? { unit: argv.unit } : {}),
    // A Word draft circulated with its tracked changes: its text before them, as compare reads it (trial 15b).
    ...(argv['tracked-changes'] === 'original' ? { trackedChanges: 'original' as const } : {}),
  });
  // Warnings about the versions given (order, titles, unrelated texts) bear on every timeline, and a version damaged on
  // its way in (`isInputDamage`) on its steps: said unless --quiet.
  for (const warning of result.warnings) note(io, argv, `redline: warning: ${warning.file ? `${warning.file}: ` : ''}${warning.message}`, warning.code.startsWith('history-') || isInputDamage(warning.code) ? 'normal' : 'verbose');
  note(io, argv, `redline: collated ${paths.length} versions in ${((performance.now() - started) / 1000).toFixed(2)} s`, 'verbose');
  let rendered: string | Uint8Array;
  const page = () => import('../../report/history-html.js').then(({ renderHistoryHtml }) => renderHistoryHtml(result, { templatesDir: argv.templates, generatedAt: generationTime(io.env) }));
  const docx = async (): Promise<Uint8Array> => (await import('../../report/history-docx.js')).renderHistoryDocx(result, { fallbackDate: sourceDateEpoch(io.env) });
  if (pdf) {
    const converters = pdf.pdfConverters(io.env);
    // The page is rendered only when Chromium prints it.
    const html = pdf.findSoffice(converters.searchPath) ? '' : await page();
    rendered = await pdf.renderPdf({ docx, html: () => html }, converters);
  } else if (format === 'json') rendered = (await import('../../report/history-json.js')).renderHistoryJson(result);
  else if (format === 'docx') rendered = await docx();
  else if (format === 'md') rendered = (await import('../../report/history-markdown.js')).renderHistoryMarkdown(result);
  else if (format === 'html') rendered = await page();
  else rendered = (await import('../../report/history-text.js')).renderHistoryText(result, { color: out === null && wantsColor(argv.color, Boolean(io.stdout.isTTY), io.env), showUnchanged: argv.showUnchanged });
  await writeOutput(rendered, out, io, argv);
  return argv.failOnChange && historyChanged(result) ? EXIT.changes : EXIT.ok;
}

/** Anything but every position present in every version, unchanged and unmoved, counts as a change (as `compare` counts it). */
export function historyChanged(result: HistoryResult): boolean {
  return result.history.positions.some((position) => position.cells.some((cell) => cell === null || (cell.step !== null && (cell.step.kind !== 'unchanged' || cell.step.moved))));
}
