import type { Argv, Options } from 'yargs';
import { COMPARISON_OPTIONS, EXIT, generationTime, outputPath, refuseIgnoredOptions, wantsColor, type ArgsOf, type CliCommand, type CliIo } from '../shared.js';
import { FAIL_ON_CHANGE_OPTION, OUT_OPTION, settleOutput, TIMEOUT_OPTION, TRACKED_CHANGES_OPTION, LEFT_TRACKED_CHANGES_OPTION, UNIT_OPTION, compareTwoTexts, hasChanges, renderDocument, twoTextPositionals, writeOutput, type FileContent } from '../two-texts.js';

export { hasChanges };

/** Output formats of `compare`. */
export const FORMATS = ['text', 'json', 'html', 'md', 'unified', 'docx', 'pdf'] as const;

const COMPARE_OPTIONS = {
  ...COMPARISON_OPTIONS,
  format: { alias: 'f', choices: FORMATS, describe: 'output format (default: from the extension of -o, else text)' },
  out: OUT_OPTION,
  unit: UNIT_OPTION,
  'tracked-changes': TRACKED_CHANGES_OPTION,
  'left-tracked-changes': LEFT_TRACKED_CHANGES_OPTION,
  'fail-on-change': FAIL_ON_CHANGE_OPTION,
  timeout: TIMEOUT_OPTION,
  'show-unchanged': { type: 'boolean', default: false, describe: 'text format: list unchanged paragraphs too' },
  color: { type: 'boolean', describe: 'colour the text output (default: on a terminal; FORCE_COLOR and NO_COLOR are respected)' },
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
    twoTextPositionals(command.options(COMPARE_OPTIONS))
      .example('$0 compare old.txt new.txt', 'counts per kind and each change with its word diff')
      .example('$0 compare old.pdf new.docx -o result.json', 'the JSON contract (format from the extension)')
      .example('$0 compare old.md new.md -o changes.diff', 'a unified diff, one paragraph per line (diff2html renders it)')
      .example('$0 compare old.pdf new.pdf -o memo.docx', 'Word: the newer text with the changes tracked, a comment on each position shift')
      .example('$0 compare old.txt - --fail-on-change', 'the newer text from standard input; exit 1 when it changed'),
  run: runCompare,
};

/** Compare two files and print or write the result in the chosen format. */
export async function runCompare(argv: CompareArgs, io: CliIo): Promise<number> {
  // The format is settled before any work: a name that is not what the file would hold is refused at once.
  const format = await settleOutput('compare', argv, FORMATS, 'text', io);
  refuseIgnoredOptions(format, argv, 'unchanged paragraphs');
  // The text summary on the terminal ends with its warnings: not said again on standard error.
  const { result, out } = await compareTwoTexts(argv, io, format === 'text' && outputPath(argv.out) === null && Boolean(io.stdout.isTTY));
  let rendered: FileContent;
  // Renderers are imported when used, like the engine (see compareTwoTexts): the CLI starts with the definitions only.
  if (format === 'docx' || format === 'pdf') rendered = await renderDocument(result, format, io.env, argv.templates);
  else if (format === 'json') rendered = (await import('../../report/json.js')).renderJsonPieces(result); // written as made: see renderJsonPieces
  else if (format === 'unified') rendered = (await import('../../report/unified.js')).renderUnified(result);
  else if (format === 'html' || format === 'md') {
    const { renderReport } = await import('../../report/render-report.js'); // Handlebars and templates: only for reports
    rendered = renderReport(result, format, { templatesDir: argv.templates, generatedAt: generationTime(io.env) });
  } else rendered = (await import('../../report/text.js')).renderText(result, { color: out === null && wantsColor(argv.color, Boolean(io.stdout.isTTY), io.env), showUnchanged: argv.showUnchanged });
  await writeOutput(rendered, out, io, argv);
  return argv.failOnChange && hasChanges(result) ? EXIT.changes : EXIT.ok;
}

