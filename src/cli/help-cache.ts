import { writeFileSync } from 'node:fs';
import { TOOL_VERSION } from '../version.js';
import { defineCli } from './define.js';
import { HELP_WIDTHS, helpSources } from './quick.js';

/** The top-level help exactly as `redline --help` prints it at this width (yargs' text and the final newline). */
export function renderHelp(width: number): Promise<string> {
  return new Promise((resolve, reject) => {
    defineCli(width).parse(['--help'], {}, (error, _parsed, text) => (error ? reject(error) : resolve(`${text}\n`)));
  });
}

/** Write dist/cli/help.json for `quickAnswer` (run by `npm run build`). */
export async function writeHelpCache(): Promise<void> {
  const help: Record<string, string> = {};
  for (const width of HELP_WIDTHS) help[width] = await renderHelp(width);
  writeFileSync(new URL('./help.json', import.meta.url), `${JSON.stringify({ version: TOOL_VERSION, sources: helpSources(), help }, null, 1)}\n`);
}
