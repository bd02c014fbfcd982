import { readFileSync } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { RedlineError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../options.js';

/** Longest single paragraph accepted: a longer one is a minified or machine file, not prose. */
export const MAX_PARAGRAPH_CHARS = 100_000;

/**
 * Most paragraphs in one document. Every stage is linear or n log n in the paragraph count, but memory is not free:
 * comparing a document of 400,000 paragraphs with itself takes 2.9 GB. The longest UN report has a few thousand.
 */
export const MAX_PARAGRAPHS = 250_000;

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
    throw readError(error, path);
  }
  if (info.isDirectory()) {
    throw new RedlineError('is-directory', 'is a directory, not a file', 'Name a file (.txt, .md, .html, .pdf or .docx); for a folder of documents, use `redline batch`.', path);
  }
  if (info.isFile() && info.size > maxBytes) throw tooLarge(path, maxBytes, info.size);
  // A regular file is read in one call: the size is known and Node reads no more than it, and a batch reading
  // thousands of files spent most of a warm run waiting on the open/read/read/close round trips of the chunked reader.
  // Not one of size 0: procfs and sysfs files (/proc/self/maps) report 0 and Node would read them to their end.
  if (info.isFile() && info.size > 0) {
    let bytes;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw readError(error, path);
    }
    // Node reads the size of its own stat: a file that grew since ours is checked again.
    if (bytes.length > maxBytes) throw tooLarge(path, maxBytes, bytes.length);
    return new Uint8Array(bytes); // a copy: a small Buffer is a view of a shared pool, which must not travel on
  }
  // The limit is applied to the bytes read, never to `stat`'s size alone: a device (/dev/zero, /dev/urandom), a FIFO
  // or a file that grows while it is read reports a size of 0 and would otherwise be read without end.
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw readError(error, path);
  }
  try {
    return await readAtMost(handle, maxBytes, path);
  } catch (error) {
    if (error instanceof RedlineError) throw error;
    throw readError(error, path);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Size of one read: large enough that a 20 MB file takes a few hundred reads. */
const CHUNK_BYTES = 64 * 1024;

/** Read a file handle to its end, refusing it as soon as it has given more than `maxBytes`. */
async function readAtMost(handle: FileHandle, maxBytes: number, path: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const chunk = new Uint8Array(Math.min(CHUNK_BYTES, maxBytes + 1 - size));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    size += bytesRead;
    chunks.push(chunk.subarray(0, bytesRead));
    if (size > maxBytes) throw tooLarge(path, maxBytes);
  }
  return new Uint8Array(Buffer.concat(chunks, size));
}

/** The one-line refusal of an input over the limit; `size` when it is known (a regular file). */
function tooLarge(path: string, maxBytes: number, size?: number): RedlineError {
  const what = size === undefined ? `is over the ${formatBytes(maxBytes)} limit (read from a stream or device)` : `is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`;
  return new RedlineError('too-large', what, 'Split the document, or raise the limit with --max-bytes.', path);
}

/** A file system error while opening or reading an input, as one line. */
function readError(error: unknown, path: string): RedlineError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new RedlineError('not-found', 'no such file', 'Check the path and try again.', path);
  if (code === 'EACCES' || code === 'EPERM') return new RedlineError('unreadable', 'permission denied', 'Make the file readable (e.g. `chmod u+r`), or run as a user who may read it.', path);
  if (code === 'EISDIR') return new RedlineError('is-directory', 'is a directory, not a file', 'Name a file (.txt, .md, .html, .pdf or .docx); for a folder of documents, use `redline batch`.', path);
  if (code === 'ELOOP') return new RedlineError('unreadable', 'is a symbolic link that loops', 'Point the link at a file.', path);
  if (code === 'ENAMETOOLONG') return new RedlineError('unreadable', 'has a name too long for the file system', 'Rename the file or move it to a shorter path.', path);
  return new RedlineError('unreadable', `cannot be read (${code ?? (error as Error).message})`, 'Check the path and try again.', path);
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      process.stdin.destroy(); // stop reading: the rest of an endless stream (`cat /dev/zero |`) is not wanted
      throw new RedlineError('too-large', `standard input is over the ${formatBytes(maxBytes)} limit`, 'Split the document, or raise the limit with --max-bytes.', '-');
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Decode bytes as text (BOM dropped, CRLF and CR turned into LF), refusing binary, non-UTF-8 and empty input: UTF-8,
 * and UTF-16 with its byte-order mark (what Notepad saves as "Unicode"; its ASCII letters are half NUL bytes, so the
 * mark is looked for before the NUL test that tells a binary file).
 */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.length === 0) throw new RedlineError('empty', 'is empty', 'Give a file with some text in it.', path);
  const utf16 = utf16Encoding(bytes);
  let text: string;
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new RedlineError('not-utf8', `starts as UTF-16 text (${utf16 === 'utf-16le' ? 'little' : 'big'}-endian byte-order mark) but is not valid UTF-16`, 'Convert it to UTF-8, e.g. `iconv -f utf-16 -t utf-8`.', path);
    }
    if (text.includes('\0')) throw binaryFile(path);
  } else {
    // The whole buffer, not a prefix: a NUL after the first page would otherwise reach the report (indexOf is fast).
    if (bytes.indexOf(0) >= 0) throw binaryFile(path);
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      const offset = firstInvalidUtf8(bytes);
      // Windows-1252, not Latin-1: a Word or Windows text's dashes and quotes are its bytes 0x80–0x9F, which Latin-1
      // reads as control characters (an en dash 0x96 became U+0096, then "a spelling change" in every comparison).
      throw new RedlineError('not-utf8', `is not valid UTF-8 (first bad byte at offset ${offset})`, 'Convert it to UTF-8, e.g. `iconv -f windows-1252 -t utf-8` (Windows and Word text; Latin-1 turns its dashes and quotes into control characters).', path);
    }
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new RedlineError('empty', 'holds only white space', 'Give a file with some text in it.', path);
  return text;
}

/** The UTF-16 encoding a byte-order mark announces (FF FE little-endian, FE FF big-endian), or null. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function binaryFile(path: string): RedlineError {
  return new RedlineError('binary', 'looks like a binary file (it contains NUL bytes)', 'redline reads text, Markdown, HTML, PDF and DOCX: convert it to one of those.', path);
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
