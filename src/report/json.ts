import type { RedlineResult } from '../types.js';

/** The JSON contract as text: two-space indented, keys in the contract's order, a final newline; byte-stable. */
export function renderJson(result: RedlineResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}

/**
 * Below this depth (the result, its documents and comparisons, each one's paragraphs and findings) the text is built
 * part by part; a value at this depth (one paragraph, one finding) is stringified whole.
 */
const WHOLE_DEPTH = 4;

/** Pieces handed to the writer: about this many characters each, so a few hundred writes for a long comparison. */
const PIECE_CHARS = 1 << 16;

/**
 * `renderJson`'s text in pieces, made as they are written: a long comparison never holds its whole JSON text at once
 * (at 10,000 paragraphs a 25 MB string, then its copies on the way to the file, at the end of the run when memory is
 * highest). The same bytes: the structure is walked as `JSON.stringify(value, null, 2)` walks it (own enumerable keys in
 * their order, `undefined`, functions and symbols left out of objects and `null` in arrays), and each whole value is
 * `JSON.stringify`'s own text, re-indented — a JSON text holds no raw line break but between its tokens, so adding the
 * indent after each one is exactly what the outer call would have written (test/report/speed-session17.test.ts).
 */
export function* renderJsonPieces(result: RedlineResult): Generator<string> {
  let piece = '';
  for (const part of jsonParts(result, '', 0)) {
    piece += part;
    if (piece.length >= PIECE_CHARS) {
      yield piece;
      piece = '';
    }
  }
  yield piece + '\n';
}

/** Whether `JSON.stringify` leaves this value out of an object (and writes `null` for it in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** The text of one value at `indent`, in parts; plain arrays and objects above WHOLE_DEPTH are opened. */
function* jsonParts(value: unknown, indent: string, depth: number): Generator<string> {
  const opened = depth < WHOLE_DEPTH && value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (!opened) {
    const text = JSON.stringify(value, null, 2);
    yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? `\n${inner}` : `,\n${inner}`;
      const item: unknown = value[i];
      if (omitted(item)) yield 'null';
      else yield* jsonParts(item, inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  const record = value as Record<string, unknown>;
  let first = true;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (omitted(item)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonParts(item, inner, depth + 1);
  }
  yield first ? '{}' : `\n${indent}}`;
}
