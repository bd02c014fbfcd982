import { rename, writeFile, unlink, mkdir } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { RedlineError } from './errors.js';

/**
 * Write a file so that it is either the old file or the whole new one, never half of it: write a temp file beside
 * the target, then rename over it (atomic on one file system). An interrupted run leaves the good report in place.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const directory = dirname(path);
  const temporary = join(directory, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await mkdir(directory, { recursive: true });
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new RedlineError('cannot-write', `cannot write the output (${code})`, 'Check that the folder exists and is writable.', path);
  }
}
