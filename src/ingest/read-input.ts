import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { RedlineError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../options.js';

/** Longest single paragraph accepted: a longer one is a minified or machine file, not prose. */
export const MAX_PARAGRAPH_CHARS = 100_000;

/** Bytes read from a path (or standard input), with their checksum. */
export interface RawInput {
  path: string;
  bytes: Uint8Array;
  sha256: string;
}

/** Read a file, or standard input for `-`, refusing what is not a readable text file with a one-line reason. */
export async function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<RawInput> {
  const bytes = path === '-' ? await readStdin(maxBytes) : await readPath(path, maxBytes);
  return { path, bytes, sha256: sha256Hex(bytes) };
}

/** Hex sha256 of some bytes or a string (as UTF-8). */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

async function readPath(path: string, maxBytes: number): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RedlineError('not-found', 'no such file', 'Check the path and try again.', path);
    if (code === 'EACCES') throw new RedlineError('unreadable', 'permission denied', 'Make the file readable.', path);
    throw new RedlineError('unreadable', `cannot read (${code ?? 'unknown error'})`, 'Check the path and try again.', path);
  }
  if (info.isDirectory()) {
    throw new RedlineError('is-directory', 'is a directory, not a file', 'Name a .txt or .md file (for a folder of documents, use `redline batch`).', path);
  }
  if (info.size > maxBytes) {
    throw new RedlineError('too-large', `is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit`, 'Split the document, or raise the limit with --max-bytes.', path);
  }
  return new Uint8Array(await readFile(path));
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      throw new RedlineError('too-large', `standard input is over the ${formatBytes(maxBytes)} limit`, 'Split the document, or raise the limit with --max-bytes.', '-');
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Decode bytes as UTF-8 text (BOM dropped, CRLF and CR turned into LF), refusing binary, non-UTF-8 and empty input. */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.length === 0) throw new RedlineError('empty', 'is empty', 'Give a file with some text in it.', path);
  // The whole buffer, not a prefix: a NUL after the first page would otherwise reach the report (indexOf is fast).
  if (bytes.indexOf(0) >= 0) {
    throw new RedlineError('binary', 'looks like a binary file (it contains NUL bytes)', 'redline reads text, Markdown, HTML, PDF and DOCX: convert it to one of those.', path);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new RedlineError('not-utf8', `is not valid UTF-8 (first bad byte at offset ${offset})`, 'Convert it to UTF-8, e.g. `iconv -f latin1 -t utf-8`.', path);
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new RedlineError('empty', 'holds only white space', 'Give a file with some text in it.', path);
  return text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // The lenient decoder marks the first bad sequence with U+FFFD; its byte offset is the length of what came before.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const at = lenient.indexOf('\uFFFD');
  return at < 0 ? 0 : Buffer.byteLength(lenient.slice(0, at), 'utf8');
}

/** Human size: 52,428,800 → "50.0 MB". */
export function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / 1024 / 1024).toFixed(1)} MB`;
  if (size >= 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${size} bytes`;
}
