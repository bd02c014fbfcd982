/**
 * Every code a RedlineError carries, so callers can branch on them (`switch (error.code)`) with the compiler's help.
 * Inputs: not-found, unreadable, is-directory, too-large, empty, binary, not-utf8, line-too-long, bad-front-matter,
 * unsupported-format, redline-output (a digest, memo or history redline wrote, saved or printed as Word or PDF), bad-pdf, bad-docx, pdf-reader-unavailable, stdin-twice, url-input. Options and usage: bad-option,
 * bad-target, bad-template, unknown-template, bad-lexicon, output-is-input, terminal-output, cannot-write, pdf-writer-unavailable (no LibreOffice or Chromium to write a PDF with), missing-build (the package was not built). Results given back to a renderer:
 * bad-result. The document library and batches: bad-catalog, no-catalog, bad-date, bad-id, duplicate-id, unknown-id,
 * download-failed, not-a-batch, shard-mismatch, shard-missing, not-a-cache.
 */
export const REDLINE_ERROR_CODES = [
  'not-found',
  'unreadable',
  'is-directory',
  'too-large',
  'empty',
  'binary',
  'not-utf8',
  'line-too-long',
  'bad-front-matter',
  'unsupported-format',
  'redline-output',
  'bad-pdf',
  'bad-docx',
  'docx-too-large',
  'too-deep',
  'too-many-paragraphs',
  'too-many-pages',
  'bad-cache',
  'catalog-locked',
  'pdf-reader-unavailable',
  'stdin-twice',
  'url-input',
  'bad-option',
  'bad-target',
  'bad-template',
  'unknown-template',
  'bad-lexicon',
  'output-is-input',
  'missing-build',
  'terminal-output',
  'cannot-write',
  'pdf-writer-unavailable',
  'bad-result',
  'bad-catalog',
  'no-catalog',
  'bad-date',
  'bad-id',
  'duplicate-id',
  'unknown-id',
  'download-failed',
  'not-a-batch',
  'shard-mismatch',
  'shard-missing',
  'not-a-cache',
] as const;

/** The machine-readable code of a RedlineError (see REDLINE_ERROR_CODES). */
export type RedlineErrorCode = (typeof REDLINE_ERROR_CODES)[number];

/** Why a run could not go on: a fatal problem with one input, named, with what to do about it. */
export class RedlineError extends Error {
  /** Machine-readable code, e.g. `not-found`, `binary`, `too-large`: one of REDLINE_ERROR_CODES. */
  readonly code: RedlineErrorCode;
  /** The file concerned, when there is one. */
  readonly file?: string;
  /** What the user can do about it: one short sentence. */
  readonly hint: string;

  constructor(code: RedlineErrorCode, message: string, hint: string, file?: string) {
    super(message);
    this.name = 'RedlineError';
    this.code = code;
    this.hint = hint;
    this.file = file;
  }

  /** The one line a user sees: `<file>: <message>. <hint>` */
  toLine(): string {
    const where = this.file ? `${this.file}: ` : '';
    return `${where}${this.message}. ${this.hint}`;
  }
}

/** True for errors redline raised on purpose (bad input, bad options), as opposed to bugs. */
export function isRedlineError(error: unknown): error is RedlineError {
  return error instanceof RedlineError;
}

/** A value as a message names it: `a number (123)`, `null`, `an array`, `an object`. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `a ${typeof value} (${String(value)})`;
  return typeof value === 'object' ? `an object (${Object.prototype.toString.call(value).slice(8, -1)})` : `a ${typeof value}`;
}

/**
 * Refuse a library call's argument of the wrong type with a TypeError that names the call, the argument and what it
 * takes (`compareTexts: left must be a string or a Uint8Array, not a number (123)`): raw TypeErrors from deep inside
 * ("text.normalize is not a function") named neither. A TypeError, not a RedlineError: it is the calling code's mistake,
 * and there is no input file to name.
 */
export function checkArgument(valid: boolean, call: string, name: string, expected: string, value: unknown): void {
  if (!valid) throw new TypeError(`${call}: ${name} must be ${expected}, not ${describeValue(value)}`);
}
