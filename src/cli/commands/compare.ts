import type { Argv, Options } from 'yargs';
import { renderJson } from '../../report/json.js';
import { renderText } from '../../report/text.js';
import { isChange } from '../../report/labels.js';
import type { RedlineResult } from '../../types.js';
import { COMPARISON_OPTIONS, EXIT, generationTime, wantsColor, type ArgsOf, type CliCommand, type CliIo } from '../shared.js';
import { OUT_OPTION, UNIT_OPTION, compareTwoTexts, twoTextPositionals, writeOutput } from '../two-texts.js';

/** Output formats of `compare`. */
export const FORMATS = ['text', 'json', 'html', 'md'] as const;

const COMPARE_OPTIONS = {
  ...COMPARISON_OPTIONS,
  format: { alias: 'f', choices: FORMATS, default: 'text' as (typeof FORMATS)[number], describe: 'output format' },
  out: OUT_OPTION,
  unit: UNIT_OPTION,
  'fail-on-change': { type: 'boolean', default: false, describe: 'exit 1 when anything changed' },
  'show-unchanged': { type: 'boolean', default: false, describe: 'text format: list unchanged paragraphs too' },
  color: { type: 'boolean', describe: 'colour the text output (default: on a terminal, unless NO_COLOR is set)' },
  templates: { type: 'string', describe: 'html format: folder of .hbs files replacing built-in templates by name (docs/templates.md)' },
} as const satisfies Record<string, Options>;

/** The parsed arguments of `compare`. */
export type CompareArgs = ArgsOf<typeof COMPARE_OPTIONS> & { left: string; right: string };

/** `redline compare <left> <right>`. */
export const compareCommand: CliCommand = {
  name: 'compare',
  command: 'compare <left> <right>',
  describe: 'compare an older text (left) with a newer one (right); `-` reads standard input',
  builder: (command: Argv) =>
    twoTextPositionals(command.options(COMPARE_OPTIONS)),
  run: runCompare,
};

/** Compare two files and print or write the result in the chosen format. */
export async function runCompare(argv: CompareArgs, io: CliIo): Promise<number> {
  const { result, out } = await compareTwoTexts(argv);
  let rendered: string;
  if (argv.format === 'json') rendered = renderJson(result);
  else if (argv.format === 'html' || argv.format === 'md') {
    const { renderReport } = await import('../../report/render-report.js'); // Handlebars and templates: only for reports
    rendered = renderReport(result, argv.format, { templatesDir: argv.templates, generatedAt: generationTime(io.env) });
  } else rendered = renderText(result, { color: out === null && wantsColor(argv.color, Boolean(io.stdout.isTTY), io.env), showUnchanged: argv.showUnchanged });
  await writeOutput(rendered, out, io);
  return argv.failOnChange && hasChanges(result) ? EXIT.changes : EXIT.ok;
}

/** Anything but unchanged, unmoved paragraphs counts as a change. */
export function hasChanges(result: RedlineResult): boolean {
  return result.comparisons.some((comparison) => comparison.findings.some(isChange));
}
