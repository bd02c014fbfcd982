import { closeSync, fstatSync, mkdirSync, openSync, readSync, statSync, unlinkSync, constants } from 'node:fs';
import { open, rename, writeFile, unlink, lstat, realpath, stat } from 'node:fs/promises';
import { dirname, basename, join, resolve } from 'node:path';
import { RedlineError } from './errors.js';

/**
 * `mkdir -p` that ends: Node's `{ recursive: true }` spins forever at full CPU when a parent exists but cannot hold the
 * child (`/proc/x`: mkdir answers ENOENT, the parent EEXIST, and Node retries; `--cache /proc/x` hung a batch). Here each
 * missing folder is made once, from the nearest one that exists, and a failure is the error of that folder.
 */
export function makeFolderSync(path: string): void {
  const missing: string[] = [];
  for (let folder = resolve(path); ; folder = dirname(folder)) {
    try {
      if (statSync(folder).isDirectory()) break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    missing.push(folder);
    if (dirname(folder) === folder) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(folder).isDirectory()) throw error;
    }
  }
}

/** `makeFolderSync` for async callers: a few stat and mkdir calls, so the thread is held only briefly. */
export async function makeFolder(path: string): Promise<void> {
  makeFolderSync(path);
}

/**
 * Write a file so that it is either the old file or the whole new one, never half of it: write a temp file beside
 * the target, then rename over it (atomic on one file system). An interrupted run leaves the good report in place.
 * A symlink is followed (the file it points to is replaced, the link stays); a FIFO, device or other non-regular
 * file (`/dev/stdout`, a named pipe) is written to directly, since renaming over it would destroy it.
 */
/**
 * Characters of a text written at a time: a long text (the 10,000-paragraph report is 19 million characters) is encoded
 * and written piece by piece instead of as one buffer of its whole UTF-8 form beside it, which was a peak's last tens of MB.
 */
const WRITE_CHUNK = 1 << 20;

/** What a file is written from: a text, bytes, or a text in pieces taken one at a time (a page rendered as it is written). */
export type FileContent = string | Uint8Array | Iterable<string>;

/** Write a file's content; a long text in pieces of WRITE_CHUNK characters (never splitting a surrogate pair). */
async function writeContent(path: string, content: FileContent): Promise<void> {
  if (content instanceof Uint8Array || (typeof content === 'string' && content.length <= WRITE_CHUNK)) {
    await writeFile(path, content);
    return;
  }
  const handle = await open(path, 'w');
  try {
    for (const text of typeof content === 'string' ? [content] : content) {
      for (let start = 0; start < text.length; ) {
        let end = Math.min(start + WRITE_CHUNK, text.length);
        const last = text.charCodeAt(end - 1);
        if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--; // keep a surrogate pair in one piece
        await handle.write(text.slice(start, end));
        start = end;
      }
    }
  } finally {
    await handle.close();
  }
}

export async function writeFileAtomic(path: string, content: FileContent): Promise<void> {
  let target = path;
  try {
    const info = await lstat(path);
    if (info.isSymbolicLink()) target = await realpath(path).catch(() => path);
    const resolved = target === path ? info : await stat(target);
    if (!resolved.isFile() && !resolved.isDirectory()) {
      await writeContent(target, content);
      return;
    }
    if (resolved.isDirectory()) {
      throw new RedlineError('cannot-write', 'is a directory', 'Name a file to write, e.g. report.html.', path);
    }
  } catch (error) {
    if (error instanceof RedlineError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw writeError(error, path);
  }
  const directory = dirname(target);
  const temporary = join(directory, `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  pendingTemporaries.add(temporary);
  watchSignals();
  try {
    await makeFolder(directory);
    await writeContent(temporary, content);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    // Content in pieces is rendered while it is written: its own error (a template's) is passed on as it is.
    throw error instanceof RedlineError ? error : writeError(error, path);
  } finally {
    pendingTemporaries.delete(temporary);
    if (pendingTemporaries.size === 0) unwatchSignals();
  }
}

/** Temporary files being written: an interrupted run removes them, so it leaves no hidden half-written file behind. */
const pendingTemporaries = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * On a signal during a write: remove the temporary files, then die of the same signal (the listener is removed
 * first, so the shell sees the usual 130 or 143). Listeners exist only while a write is pending, so Ctrl-C keeps its
 * default meaning the rest of the time. (Worker threads receive no signals; their writes are short.)
 */
function onSignal(signal: NodeJS.Signals): void {
  for (const temporary of pendingTemporaries) {
    try {
      unlinkSync(temporary);
    } catch {
      // not created yet, or already renamed: nothing to remove
    }
  }
  pendingTemporaries.clear();
  unwatchSignals();
  process.kill(process.pid, signal);
}

let watching = false;

function watchSignals(): void {
  if (watching) return;
  watching = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function unwatchSignals(): void {
  if (!watching) return;
  watching = false;
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

/** What to do about a failed write, by its cause. */
const WRITE_HINTS: Record<string, string> = {
  ENOSPC: 'The disk is full: free some space, or write to another disk.',
  EDQUOT: 'Your disk quota is used up: free some space, or write elsewhere.',
  EROFS: 'The file system is read-only: write somewhere else.',
  EACCES: 'The folder is not writable for you: choose another --out, or change its permissions.',
  EPERM: 'The folder is not writable for you: choose another --out, or change its permissions.',
  ENOTDIR: 'A part of the path is a file, not a folder: check the path.',
  ENAMETOOLONG: 'The file name is too long for the file system: choose a shorter one.',
};

function writeError(error: unknown, path: string): RedlineError {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
  return new RedlineError('cannot-write', `cannot write the output (${code})`, WRITE_HINTS[code] ?? 'Check that the folder exists and is writable.', path);
}

/** Refuse an output path that is one of the inputs: writing the report would destroy the text it reports on. */
export async function assertNotAnInput(output: string, inputs: readonly string[]): Promise<void> {
  const canonical = async (path: string): Promise<string> => realpath(path).catch(() => resolve(path));
  const out = await canonical(output);
  for (const input of inputs) {
    if (input !== '-' && (await canonical(input)) === out) {
      throw new RedlineError('output-is-input', 'the output would overwrite an input', 'Choose another --out file.', output);
    }
  }
}

/** Largest file an option names that is not a document (a lexicon, a template, the vectors cache): these are small. */
export const MAX_OPTION_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Read a file an option names (`--lexicon`, a template, a cache file) within bounds: only a regular file (a device such
 * as /dev/zero would never end, a FIFO would block the open until some writer came), at most `maxBytes` of it, counted
 * on the bytes read (a file growing while it is read is cut off, not followed). Refusals are one line naming the file;
 * `what` says what the file is for ("the lexicon file").
 */
export function readFileBounded(path: string, what: string, maxBytes = MAX_OPTION_FILE_BYTES): Uint8Array {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RedlineError('unreadable', `${what} cannot be read (${code === 'ENOENT' ? 'no such file' : code ?? 'unknown error'})`, 'Check the path and try again.', path);
  }
  if (!info.isFile()) {
    throw new RedlineError('unreadable', `${what} is not a regular file (${info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a named pipe' : 'a device or socket'})`, 'Name a regular file.', path);
  }
  if (info.size > maxBytes) throw optionFileTooLarge(path, what, maxBytes);
  let handle;
  try {
    // O_NONBLOCK: should the path have been swapped for a FIFO since the stat, the open does not wait for a writer.
    handle = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new RedlineError('unreadable', `${what} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, 'Check its permissions.', path);
  }
  try {
    if (!fstatSync(handle).isFile()) throw new RedlineError('unreadable', `${what} is not a regular file`, 'Name a regular file.', path);
    // One byte more than the stat size: reading it means the file grew, and the buffer doubles up to the limit.
    let buffer = Buffer.alloc(Math.min(maxBytes + 1, info.size + 1));
    let size = 0;
    for (;;) {
      if (size === buffer.length) {
        if (size > maxBytes) throw optionFileTooLarge(path, what, maxBytes);
        const grown = Buffer.alloc(Math.min(maxBytes + 1, size * 2));
        buffer.copy(grown);
        buffer = grown;
      }
      const read = readSync(handle, buffer, size, buffer.length - size, null);
      if (read === 0) return new Uint8Array(buffer.subarray(0, size));
      size += read;
    }
  } finally {
    closeSync(handle);
  }
}

function optionFileTooLarge(path: string, what: string, maxBytes: number): RedlineError {
  return new RedlineError('too-large', `${what} is over the ${Math.round(maxBytes / 1024 / 1024)} MB limit`, 'Name the right file: this one is far larger than any it could be.', path);
}
