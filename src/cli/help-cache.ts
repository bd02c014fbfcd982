import { writeFileSync } from 'node:fs';
import { TOOL_VERSION } from '../version.js';
import { defineCli } from './define.js';
import { HELP_WIDTHS, REPORT_TEMPLATE, helpSources } from './quick.js';
import { protectStdinArguments } from './shared.js';

/** The top-level help exactly as `redline --help` prints it at this width (yargs' text and the final newline). */
export function renderHelp(width: number): Promise<string> {
  return new Promise((resolve, reject) => {
    defineCli(width).parse(['--help'], {}, (error, _parsed, text) => (error ? reject(error) : resolve(`${text}\n`)));
  });
}

/** What yargs gives for these arguments, as `run` has them parsed (the answer of `quickReportArguments`' template). */
export function parsedArguments(args: readonly string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    defineCli().parse(protectStdinArguments([...args]), {}, (error, parsed) => (error ? reject(error) : resolve(parsed as Record<string, unknown>)));
  });
}

/** Write dist/cli/help.json for `quickAnswer` and `quickReportArguments` (run by `npm run build`). */
export async function writeHelpCache(): Promise<void> {
  const help: Record<string, string> = {};
  for (const width of HELP_WIDTHS) help[width] = await renderHelp(width);
  const reportArguments = await parsedArguments(REPORT_TEMPLATE);
  writeFileSync(new URL('./help.json', import.meta.url), `${JSON.stringify({ version: TOOL_VERSION, sources: helpSources(), help, reportArguments }, null, 1)}\n`);
}
