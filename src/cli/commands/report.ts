import type { Argv, Options } from 'yargs';
import { compare } from '../../pipeline.js';
import { assertNotAnInput, writeFileAtomic } from '../../io.js';
import type { ReportFormat } from '../../report/render-report.js';
import { COMPARISON_OPTIONS, EXIT, generationTime, outputPath, pathArgument, toCompareOptions, type ArgsOf, type CliCommand, type CliIo } from '../shared.js';

/** The formats `redline report` writes. */
export const REPORT_FORMATS = ['html', 'md'] as const satisfies readonly ReportFormat[];

const REPORT_OPTIONS = {
  ...COMPARISON_OPTIONS,
  out: { alias: 'o', type: 'string', describe: 'write to this file (atomically) instead of standard output' },
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
    command
      .options(REPORT_OPTIONS)
      .positional('left', { type: 'string', describe: 'the older text (.txt, .md, .html, .pdf, .docx; - for standard input)' })
      .positional('right', { type: 'string', describe: 'the newer text' }),
  run: (argv: ReportArgs, io: CliIo) => runReport(argv, io),
};

/**
 * Compare two files and write the report. The generation time printed in the page is now, or
 * `SOURCE_DATE_EPOCH` (seconds) when set, so a build can make byte-identical reports.
 */
export async function runReport(argv: ReportArgs, io: Pick<CliIo, 'stdout' | 'env'>, now: () => Date = () => new Date()): Promise<number> {
  const left = pathArgument(argv.left);
  const right = pathArgument(argv.right);
  const out = outputPath(argv.out);
  if (out) await assertNotAnInput(out, [left, right]);
  const result = await compare(left, right, toCompareOptions(argv));
  const { renderReport } = await import('../../report/render-report.js'); // Handlebars and templates: loaded on use
  const rendered = renderReport(result, argv.format, { templatesDir: argv.templates, generatedAt: generationTime(io.env, now) });
  if (out) await writeFileAtomic(out, rendered);
  else io.stdout.write(rendered);
  return EXIT.ok;
}
