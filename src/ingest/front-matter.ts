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
    data = flatFrontMatter(yamlText);
    if (data === null) {
      // Required on first use: most texts have no front matter, and the YAML parser would add to every import.
      const parseYaml = (createRequire(import.meta.url)('yaml') as { parse: typeof parse }).parse;
      data = parseYaml(yamlText, { schema: 'core' });
    }
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new RedlineError('bad-front-matter', `its front matter is not valid YAML (${reason})`, 'Fix the block between the first two `---` lines, or remove it.', path);
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new RedlineError('bad-front-matter', 'its front matter is not a YAML mapping', 'Write it as `key: value` lines between `---` lines.', path);
  }
  assertNoControlCharacters(data, path);
  const bodyOffset = opening[0].length - 1 + closing.index + closing[0].length;
  return { data: (data ?? {}) as Record<string, unknown>, body: text.slice(bodyOffset), bodyOffset };
}

/**
 * One line of the flattest front matter: a plain key, then a double-quoted string written as JSON writes it (its
 * escapes mean the same in YAML) or a decimal integer. Keys YAML would read as something else (null, booleans) or
 * that name the prototype are left to the YAML parser.
 */
const FLAT_LINE = /^([A-Za-z_][A-Za-z0-9_]{0,63}): +(?:("(?:[^"\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*")|(0|[1-9][0-9]{0,14})) *$/;
const NOT_A_PLAIN_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;

/**
 * Front matter of `key: "string"` and `key: 123` lines only (what `redline corpus add` writes and most corpora hold),
 * read without the YAML parser: the same values the YAML core schema gives, at a fiftieth of the cost (parsing was a
 * sixth of a batch scan: 0.5 of 3.1 s over 800 UNGDC speeches). Null when any line is outside that form (a list, a
 * comment, a plain string, a repeated key): the YAML parser reads those.
 */
function flatFrontMatter(yamlText: string): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  for (const line of yamlText.split('\n')) {
    if (line === '') continue;
    const match = FLAT_LINE.exec(line);
    if (!match || NOT_A_PLAIN_KEY.test(match[1]) || Object.hasOwn(data, match[1])) return null;
    data[match[1]] = match[2] !== undefined ? (JSON.parse(match[2]) as string) : Number(match[3]);
  }
  return data;
}

/** Control characters but tab and line breaks: what YAML escapes (`"\0"`, `"\e"`) can put in a string. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Refuse a front-matter value holding a control character: the file's bytes are checked for NUL, but YAML's escapes
 * (`title: "a\0b"`) would carry one past that check into titles, ids and the batch index. Walked with a stack (and
 * each object once: YAML aliases may share them), so deep nesting cannot overflow it.
 */
function assertNoControlCharacters(data: unknown, path: string): void {
  const pending: Array<{ value: unknown; field: string }> = [{ value: data, field: '' }];
  const seen = new Set<object>();
  while (pending.length) {
    const { value, field } = pending.pop()!;
    if (typeof value === 'string') {
      const found = CONTROL.exec(value);
      if (found) {
        const code = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        throw new RedlineError('bad-front-matter', `its front matter field ${field || '(top)'} holds a control character (${code})`, 'Remove it: front matter is text.', path);
      }
    } else if (typeof value === 'object' && value !== null && !seen.has(value)) {
      seen.add(value);
      for (const [key, child] of Object.entries(value)) {
        const name = field ? `${field}.${key}` : key;
        if (CONTROL.test(key)) throw new RedlineError('bad-front-matter', `its front matter has a field name holding a control character (${JSON.stringify(name)})`, 'Remove it: front matter is text.', path);
        pending.push({ value: child, field: name });
      }
    }
  }
}
