import type { Argv } from 'yargs';
import { compare } from '../pipeline.js';
import { assertNotAnInput, writeFileAtomic } from '../io.js';
import { SEGMENT_UNITS, type RedlineResult, type SegmentUnit } from '../types.js';
import { outputPath, pathArgument, toCompareOptions, type CliIo, type ComparisonArgs } from './shared.js';

/** What `compare` and `report` share: two texts to compare and an optional output file. */

/** The two positionals of a two-text command. */
export function twoTextPositionals(command: Argv): Argv {
  return command
    .positional('left', { type: 'string', describe: 'the older text (.txt, .md, .html, .pdf, .docx; - for standard input)' })
    .positional('right', { type: 'string', describe: 'the newer text' });
}

/** The `--out` option of a command that writes one file. */
export const OUT_OPTION = { alias: 'o', type: 'string', describe: 'write to this file (atomically) instead of standard output' } as const;

/** The `--unit` option of compare and report: what one unit of comparison is. */
export const UNIT_OPTION = {
  choices: SEGMENT_UNITS,
  default: 'paragraph',
  describe: 'unit of comparison: paragraph, line (every non-blank line: lists, logs) or sentence',
} as const;

/** Arguments of a two-text command. */
export type TwoTextArgs = ComparisonArgs & { left: string; right: string; out?: string; unit?: SegmentUnit };

/** Compare the two texts named on the command line; refuses an --out that names an input before any work is done. */
export async function compareTwoTexts(argv: TwoTextArgs): Promise<{ result: RedlineResult; out: string | null }> {
  const left = pathArgument(argv.left);
  const right = pathArgument(argv.right);
  const out = outputPath(argv.out);
  if (out) await assertNotAnInput(out, [left, right]);
  return { result: await compare(left, right, { ...toCompareOptions(argv), ...(argv.unit && argv.unit !== 'paragraph' ? { unit: argv.unit } : {}) }), out };
}

/** Write the rendered output to --out (atomically) or to standard output. */
export async function writeOutput(rendered: string, out: string | null, io: Pick<CliIo, 'stdout'>): Promise<void> {
  if (out) await writeFileAtomic(out, rendered);
  else io.stdout.write(rendered);
}
