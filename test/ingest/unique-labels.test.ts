import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * A label names one paragraph: "OP 17" that two paragraphs carry would send a reader (and a `#new-OP17` link) to the
 * wrong one. Every document of ../shared/data that can carry labels is read: the UN resolutions (the series' extracted
 * texts, the drafts, the ICT resolutions, the official PDFs), and, because it costs a few seconds, the FOMC statements
 * and national strategies, which have no enacting formula and so must stay unlabelled.
 */
if (!HAS_SHARED) console.warn(SHARED_MISSING);

function filesUnder(dir: string, extension: RegExp): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(folder, entry.name));
      else if (extension.test(entry.name) && entry.name !== 'README.md') out.push(join(folder, entry.name));
    }
  };
  walk(dir);
  return out.sort();
}

/** The labels a document uses more than once, with their counts. */
async function repeatedLabels(path: string): Promise<{ labelled: number; repeated: string[] }> {
  const counts = new Map<string, number>();
  for (const paragraph of (await loadAnyDocument(path)).paragraphs) if (paragraph.label) counts.set(paragraph.label, (counts.get(paragraph.label) ?? 0) + 1);
  return { labelled: counts.size, repeated: [...counts].filter(([, count]) => count > 1).map(([label, count]) => `${label} ×${count}`) };
}

describe.skipIf(!HAS_SHARED)('no label used twice in a document, over every document of ../shared/data that can carry labels', () => {
  it('UN resolutions: 210 series texts, 4 drafts, 6 ICT resolutions, 8 official PDFs, each labelled and no label twice', async () => {
    const files = [...filesUnder(join(SHARED_DATA, 'un-resolutions/texts'), /\.txt$/), ...filesUnder(join(SHARED_DATA, 'un-resolutions/pdf'), /\.pdf$/)];
    expect(files.length).toBe(228);
    const problems: string[] = [];
    for (const file of files) {
      const { labelled, repeated } = await repeatedLabels(file);
      if (labelled === 0) problems.push(`${file}: no labels`);
      if (repeated.length) problems.push(`${file}: ${repeated.join(', ')}`);
    }
    expect(problems).toEqual([]);
  }, 240_000);

  it('FOMC statements and national cyber-security strategies: no enacting formula, so no labels at all', async () => {
    const files = [...filesUnder(join(SHARED_DATA, 'fomc-statements'), /\.txt$/), ...filesUnder(join(SHARED_DATA, 'national-cyber-strategies'), /\.txt$/)];
    expect(files.length).toBeGreaterThan(270);
    const labelled: string[] = [];
    for (const file of files) if ((await repeatedLabels(file)).labelled > 0) labelled.push(file);
    expect(labelled).toEqual([]);
  }, 240_000);
});
