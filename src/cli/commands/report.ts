import type { Argv, Options } from 'yargs';
import type { RedlineResult, ReportFormat } from '../../types.js';
import { RedlineError } from '../../errors.js';
import { COMPARISON_OPTIONS, EXIT, generationTime, note, outputPath, refuseIgnoredOptions, type ArgsOf, type CliCommand, type CliIo } from '../shared.js';
import { FAIL_ON_CHANGE_OPTION, OUT_OPTION, settleOutput, TIMEOUT_OPTION, TRACKED_CHANGES_OPTION, LEFT_TRACKED_CHANGES_OPTION, UNIT_OPTION, compareTwoTexts, hasChanges, renderDocument, twoTextPositionals, writeOutput, type FileContent } from '../two-texts.js';

/** The formats `redline report` writes. */
export const REPORT_FORMATS = ['html', 'md', 'docx', 'pdf'] as const satisfies ReadonlyArray<ReportFormat | 'docx' | 'pdf'>;

const REPORT_OPTIONS = {
  ...COMPARISON_OPTIONS,
  out: OUT_OPTION,
  unit: UNIT_OPTION,
  'tracked-changes': TRACKED_CHANGES_OPTION,
  'left-tracked-changes': LEFT_TRACKED_CHANGES_OPTION,
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
  describe: 'write a side-by-side HTML report (or Markdown; -o x.pdf prints the report with Chromium; -o x.docx is the Word memo) of an older text (left) against a newer one (right)',
  builder: (command: Argv) =>
    twoTextPositionals(command.options(REPORT_OPTIONS))
      .example('$0 report old.txt new.pdf -o report.html', 'a self-contained HTML page')
      .example('$0 report old.txt new.txt -o changes.md', 'Markdown for an issue or a memo (format from the extension)')
      .example('$0 report old.txt new.pdf -o report.pdf', 'the side-by-side report on A4 paper (Chromium; without it, the Word memo through LibreOffice, said on standard error)')
      .example('$0 report old.pdf new.pdf -o redline.docx', 'Word with tracked changes (compare -o memo.pdf prints that memo)')
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
  if (format === 'pdf') rendered = await printReport(result, argv, io, now);
  else if (format === 'docx') rendered = await renderDocument(result, format, io.env, argv.templates);
  else {
    const { renderReportPieces } = await import('../../report/render-report.js'); // Handlebars and templates: loaded on use
    // The page in pieces, rendered as they are written: a long report never holds its whole page at once.
    rendered = renderReportPieces(result, format, { templatesDir: argv.templates, generatedAt: generationTime(io.env, now) });
  }
  await writeOutput(rendered, out, io, argv);
  return argv.failOnChange && hasChanges(result) ? EXIT.changes : EXIT.ok;
}

/**
 * `report -o x.pdf`: the side-by-side report printed by Chromium (A4, running heads), since `report` means that page;
 * `compare -o x.pdf` is the Word memo (trial 18-a: `report -o r.pdf` gave the 21-page tracked-changes memo, and the
 * page could be had on paper only through a browser's Print). Without Chromium (and playwright-core, a development
 * dependency) the Word memo through LibreOffice is written instead, and standard error says so.
 */
async function printReport(result: RedlineResult, argv: ReportArgs, io: Pick<CliIo, 'stdout' | 'stderr' | 'env'>, now: () => Date): Promise<Uint8Array> {
  const [{ canWritePdf, pdfConverters, renderPdf }, { renderReport }] = await Promise.all([import('../../report/pdf.js'), import('../../report/render-report.js')]);
  const converters = pdfConverters(io.env);
  if (await canWritePdf(converters, false)) return renderPdf({ html: () => renderReport(result, 'html', { templatesDir: argv.templates, generatedAt: generationTime(io.env, now) }) }, converters);
  note(io, argv, `redline: warning: Chromium (${converters.chromium}, with playwright-core) is not here to print the report: ${outputPath(argv.out) ?? 'the PDF'} is the Word memo with tracked changes, converted by LibreOffice (write -o x.html and print it for the side-by-side report).`);
  return renderDocument(result, 'pdf', io.env, argv.templates);
}
