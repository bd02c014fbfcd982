import { readFileSync } from 'node:fs';

/** redline's version, from package.json (one source of truth for `--version`, JSON and reports). */
export const TOOL_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
