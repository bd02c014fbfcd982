import type { Argv, Options } from 'yargs';
import type { ReportFormat } from '../../types.js';
import { COMPARISON_OPTIONS, EXIT, generationTime, type ArgsOf, type CliCommand, type CliIo } from '../shared.js';
import { OUT_OPTION, compareTwoTexts, twoTextPositionals, writeOutput } from '../two-texts.js';

/** The formats `redline report` writes. */
export const REPORT_FORMATS = ['html', 'md'] as const satisfies readonly ReportFormat[];

const REPORT_OPTIONS = {
  ...COMPARISON_OPTIONS,
  out: OUT_OPTION,
  format: { alias: 'f', choices: REPORT_FORMATS, default: 'html' as ReportFormat, describe: 'report format' },
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
    twoTextPositionals(command.options(REPORT_OPTIONS)),
  run: (argv: ReportArgs, io: CliIo) => runReport(argv, io),
};

/**
 * Compare two files and write the report. The generation time printed in the page is now, or
 * `SOURCE_DATE_EPOCH` (seconds) when set, so a build can make byte-identical reports.
 */
export async function runReport(argv: ReportArgs, io: Pick<CliIo, 'stdout' | 'env'>, now: () => Date = () => new Date()): Promise<number> {
  const { result, out } = await compareTwoTexts(argv);
  const { renderReport } = await import('../../report/render-report.js'); // Handlebars and templates: loaded on use
  const rendered = renderReport(result, argv.format, { templatesDir: argv.templates, generatedAt: generationTime(io.env, now) });
  await writeOutput(rendered, out, io);
  return EXIT.ok;
}
