import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED } from './paths.js';

/** The seed's blank-line blocks, as the edits below see them (the continued block "…First Committee of" / "UNGA…" stays two). */
export function seedBlocks(): string[] {
  return readFileSync(SEED, 'utf8').split('\n\n');
}

/** Index of the block that starts with `prefix`; throws when none does, so a test cannot silently edit nothing. */
export function blockStarting(blocks: string[], prefix: string): number {
  const index = blocks.findIndex((block) => block.startsWith(prefix));
  if (index < 0) throw new Error(`no block starts with ${prefix}`);
  return index;
}

/** Write text to a fresh temporary file and return its path. */
export function writeTemp(name: string, text: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'redline-test-')), name);
  writeFileSync(path, text);
  return path;
}
