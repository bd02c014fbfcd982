import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { CatalogEntry } from '../../src/library/catalog.js';

/** A throwaway corpus folder with a catalogue of these entries (and an empty `texts/`). */
export async function makeCorpusDir(entries: CatalogEntry[], header = '# Test catalogue: kept as written.\n'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'redline-corpus-'));
  await mkdir(join(dir, 'texts'));
  await writeFile(join(dir, 'catalog.yaml'), header + stringify({ documents: entries }, { lineWidth: 0 }));
  return dir;
}
