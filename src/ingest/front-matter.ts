import { createRequire } from 'node:module';
import type { parse } from 'yaml';
import { RedlineError } from '../errors.js';

/** A text split into its YAML front matter (if any) and its body, with the body's offset in the text. */
export interface FrontMatterSplit {
  /** Parsed front matter; empty when the text has none. */
  data: Record<string, unknown>;
  /** The text after the closing `---` line. */
  body: string;
  /** Offset of `body` in the original text, so paragraph offsets can point into the original. */
  bodyOffset: number;
}

const OPENING = /^---[ \t]*\n/;
const CLOSING = /\n(---|\.\.\.)[ \t]*(\n|$)/;

/** Split off YAML front matter delimited by `---` lines at the very top; a malformed block is an input error. */
export function splitFrontMatter(text: string, path: string): FrontMatterSplit {
  const opening = OPENING.exec(text);
  if (!opening) return { data: {}, body: text, bodyOffset: 0 };
  const rest = text.slice(opening[0].length - 1);
  const closing = CLOSING.exec(rest);
  if (!closing) return { data: {}, body: text, bodyOffset: 0 };
  const yamlText = rest.slice(1, closing.index + 1);
  let data: unknown;
  try {
    // Required on first use: most texts have no front matter, and the YAML parser would add to every import.
    const parseYaml = (createRequire(import.meta.url)('yaml') as { parse: typeof parse }).parse;
    data = parseYaml(yamlText, { schema: 'core' });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new RedlineError('bad-front-matter', `its front matter is not valid YAML (${reason})`, 'Fix the block between the first two `---` lines, or remove it.', path);
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new RedlineError('bad-front-matter', 'its front matter is not a YAML mapping', 'Write it as `key: value` lines between `---` lines.', path);
  }
  const bodyOffset = opening[0].length - 1 + closing.index + closing[0].length;
  return { data: (data ?? {}) as Record<string, unknown>, body: text.slice(bodyOffset), bodyOffset };
}
