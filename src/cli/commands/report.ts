import type { Argv } from 'yargs';
import { compare } from '../../pipeline.js';
import { assertNotAnInput, writeFileAtomic } from '../../io.js';
import type { ReportFormat } from '../../report/render-report.js';
import { comparisonOptions, EXIT } from '../define.js';
import { outputPath, pathArgument, toCompareOptions, type Arguments } from '../to-options.js';
import type { CliIo } from '../run.js';

/** The formats `redline report` writes. */
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'md'];

/** `redline report <left> <right>`: the argument definition, in yargs' command-module shape. */
export const reportCommand = {
  command: 'report <left> <right>',
  describe: 'write a side-by-side HTML report (or Markdown) of an older text (left) against a newer one (right)',
  builder: <T>(command: Argv<T>) =>
    comparisonOptions(command)
      .positional('left', { type: 'string', describe: 'the older text (.txt, .md, .html, .pdf, .docx; - for standard input)' })
      .positional('right', { type: 'string', describe: 'the newer text' })
      .option('out', { alias: 'o', type: 'string', describe: 'write to this file (atomically) instead of standard output' })
      .option('format', { alias: 'f', choices: REPORT_FORMATS, default: 'html' as ReportFormat, describe: 'report format' })
      .option('templates', { type: 'string', describe: 'folder of .hbs files replacing built-in templates by name (docs/templates.md)' }),
};

/**
 * Compare two files and write the report. The generation time printed in the page is now, or
 * `SOURCE_DATE_EPOCH` (seconds) when set, so a build can make byte-identical reports.
 */
export async function runReport(argv: Arguments, io: Pick<CliIo, 'stdout' | 'env'>, now: () => Date = () => new Date()): Promise<number> {
  const left = pathArgument(argv.left);
  const right = pathArgument(argv.right);
  const out = outputPath(argv);
  if (out) await assertNotAnInput(out, [left, right]);
  const result = await compare(left, right, toCompareOptions(argv));
  const format = (argv.format as ReportFormat | undefined) ?? 'html';
  const { renderReport } = await import('../../report/render-report.js'); // Handlebars and templates: loaded on use
  const rendered = renderReport(result, format, {
    templatesDir: typeof argv.templates === 'string' ? argv.templates : undefined,
    generatedAt: generationTime(io.env, now),
  });
  if (out) await writeFileAtomic(out, rendered);
  else io.stdout.write(rendered);
  return EXIT.ok;
}

/** The time to print in a report: `SOURCE_DATE_EPOCH` when set (reproducible builds), else the clock. */
export function generationTime(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const fromEpoch = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : null;
  // An epoch outside the dates JavaScript can hold is ignored like an unset one, not a crash.
  const date = fromEpoch && !Number.isNaN(fromEpoch.getTime()) ? fromEpoch : now();
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
