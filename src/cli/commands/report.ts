import type { Argv, Options } from 'yargs';
import type { ReportFormat } from '../../types.js';
import { RedlineError } from '../../errors.js';
import { COMPARISON_OPTIONS, EXIT, generationTime, outputPath, refuseIgnoredOptions, type ArgsOf, type CliCommand, type CliIo } from '../shared.js';
import { FAIL_ON_CHANGE_OPTION, OUT_OPTION, settleOutput, TIMEOUT_OPTION, TRACKED_CHANGES_OPTION, UNIT_OPTION, compareTwoTexts, hasChanges, renderDocument, twoTextPositionals, writeOutput, type FileContent } from '../two-texts.js';

/** The formats `redline report` writes. */
export const REPORT_FORMATS = ['html', 'md', 'docx', 'pdf'] as const satisfies ReadonlyArray<ReportFormat | 'docx' | 'pdf'>;

const REPORT_OPTIONS = {
  ...COMPARISON_OPTIONS,
  out: OUT_OPTION,
  unit: UNIT_OPTION,
  'tracked-changes': TRACKED_CHANGES_OPTION,
  format: { alias: 'f', choices: REPORT_FORMATS, describe: 'report format (default: from the extension of -o, else html)' },
  'fail-on-change': FAIL_ON_CHANGE_OPTION,
  timeout: TIMEOUT_OPTION,
  templates: { type: 'string', describe: 'folder of .hbs files replacing built-in templates by name (docs/templates.md)' },
} as const satisfies Record<string, Options>;

/** The parsed arguments of `report`. */
export type ReportArgs = ArgsOf<typeof REPORT_OPTIONS> & { left: string; right: string };

/** `redline report <left> <right>`. */
export const reportCommand: CliCommand = {
  name: 'report',
  command: 'report <left> <right>',
  describe: 'write a side-by-side HTML report (or Markdown) of an older text (left) against a newer one (right)',
  builder: (command: Argv) =>
    twoTextPositionals(command.options(REPORT_OPTIONS))
      .example('$0 report old.txt new.pdf -o report.html', 'a self-contained HTML page')
      .example('$0 report old.txt new.txt -o changes.md', 'Markdown for an issue or a memo (format from the extension)')
      .example('$0 report old.pdf new.pdf -o redline.docx', 'Word with tracked changes; -o redline.pdf prints it (LibreOffice, else Chromium)')
      .example('$0 report old.txt new.txt > report.html', 'HTML goes to standard output when it is not a terminal'),
  run: (argv: ReportArgs, io: CliIo) => runReport(argv, io),
};

/**
 * Compare two files and write the report. The generation time printed in the page is now, or
 * `SOURCE_DATE_EPOCH` (seconds) when set, so a build can make byte-identical reports. A page of HTML is not written
 * to a terminal (as gzip refuses to): the user meant a file.
 */
export async function runReport(argv: ReportArgs, io: Pick<CliIo, 'stdout' | 'stderr' | 'env'>, now: () => Date = () => new Date()): Promise<number> {
  const format = await settleOutput('report', argv, REPORT_FORMATS, 'html', io);
  refuseIgnoredOptions(format, argv, 'unchanged paragraphs');
  if (format === 'html' && outputPath(argv.out) === null && io.stdout.isTTY) {
    throw new RedlineError('terminal-output', 'will not write an HTML page to the terminal', 'Give a file with -o report.html (or redirect: > report.html); --format md prints Markdown.');
  }
  const { result, out } = await compareTwoTexts(argv, io);
  let rendered: FileContent;
  if (format === 'docx' || format === 'pdf') rendered = await renderDocument(result, format, io.env, argv.templates);
  else {
    const { renderReportPieces } = await import('../../report/render-report.js'); // Handlebars and templates: loaded on use
    // The page in pieces, rendered as they are written: a long report never holds its whole page at once.
    rendered = renderReportPieces(result, format, { templatesDir: argv.templates, generatedAt: generationTime(io.env, now) });
  }
  await writeOutput(rendered, out, io, argv);
  return argv.failOnChange && hasChanges(result) ? EXIT.changes : EXIT.ok;
}
