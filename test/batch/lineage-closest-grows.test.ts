import { copyFile, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import type { Lineage } from '../../src/types.js';
import { SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const ICT = join(SHARED_DATA, 'un-resolutions/texts/ict-security');
const ICT_FILES = ['A_RES_73_187.txt', 'A_RES_73_266.txt', 'A_RES_74_247.txt', 'A_RES_74_28.txt', 'A_RES_75_282.txt', 'A_RES_75_32.txt'];
const UNGDC = join(SHARED_DATA, 'ungdc');
const HAS_DATA = existsSync(ICT) && existsSync(UNGDC);
/** Speeches added beside the six resolutions: past the 100 earlier documents that were all read whole before trial 21-b D6. */
const SPEECHES = 130;

/** Each paragraph's closest candidate (`¶ 3 → A/RES/73/266 PP 6 0.31`), for the paragraphs asked. */
function closest(lineage: Lineage, labels: readonly string[]): Record<string, string | null> {
  return Object.fromEntries(
    labels.map((label) => {
      const near = lineage.paragraphs.find((paragraph) => paragraph.label === label)?.closest;
      return [label, near ? `${near.document} ${(near.labels ?? []).join('+')} ${near.similarity.toFixed(2)}` : null];
    }),
  );
}

/**
 * Trial 18-a (D3, brief D4): the seed against the six ICT resolutions had its ¶ 3 closest to A/RES/73/266 PP 6 at
 * 31 %; with the 2,459 General Debate speeches added, ¶ 3 was closest to a Cambodian speech at 21 %. Past 100 earlier
 * documents only those whose signature may carry a target paragraph were read, and the run's common shingles left
 * 73/266 none. The 100 closest by the estimate are now read whole: the resolutions stay in the search.
 */
describe.skipIf(!HAS_DATA)(`the closest candidate is kept when the corpus grows (${HAS_DATA ? 'seed against the ICT resolutions, then with 130 speeches' : SHARED_MISSING})`, () => {
  let work: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'redline-closest-grows-'));
    for (const name of ['small', 'large']) {
      await mkdir(join(work, name));
      for (const file of ICT_FILES) await copyFile(join(ICT, file), join(work, name, file));
    }
    const countries = (await readdir(UNGDC)).sort();
    const speeches: string[] = [];
    for (const country of countries) {
      for (const file of (await readdir(join(UNGDC, country))).sort()) speeches.push(join(UNGDC, country, file));
      if (speeches.length >= SPEECHES) break;
    }
    for (const path of speeches.slice(0, SPEECHES)) await copyFile(path, join(work, 'large', path.split('/').slice(-2).join('_')));
  }, 60_000);

  const run = async (name: string): Promise<Lineage> =>
    (await runBatch({ corpus: join(work, name), target: SEED, out: join(work, `out-${name}`), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: '2026-01-01T00:00:00Z', html: false })).lineage!;

  it('keeps 73/266 PP 6 (31 %) for ¶ 3 and 73/266 PP 14 (28 %) for ¶ 18 with 130 speeches added', async () => {
    const labels = ['¶ 3', '¶ 4', '¶ 18'];
    const small = closest(await run('small'), labels);
    expect(small).toEqual({ '¶ 3': 'A/RES/73/266 PP 6 0.31', '¶ 4': 'A/RES/73/266 OP 1 (a) 0.26', '¶ 18': 'A/RES/73/266 PP 14 0.28' });
    expect(closest(await run('large'), labels)).toEqual(small);
  }, 120_000);
});

const NCS = join(SHARED_DATA, 'national-cyber-strategies');
const HAS_FIELDS = existsSync(NCS) && existsSync(UNGDC);

/** Each paragraph's closest candidate, by label: `document similarity`. */
function closestAll(lineage: Lineage): Record<string, string> {
  return Object.fromEntries(lineage.paragraphs.map((paragraph) => [paragraph.label ?? String(paragraph.index), paragraph.closest ? `${paragraph.closest.document} ${paragraph.closest.similarity}` : '-']));
}

/**
 * Trial 21-b D6: the seed against the 57 national strategies, the 192 General Debate speeches of 2023, and both: in the
 * union (249 documents, past the 100 read whole then) 9 of 21 paragraphs had a lower closest candidate than the best of
 * its parts (¶ 2: Finland 2013 24 % alone, Russia 2000 22 % in the union). Adding documents never loses a candidate.
 */
describe.skipIf(!HAS_FIELDS)(`the union of two corpora keeps the closest of each (${HAS_FIELDS ? 'seed against 57 strategies, 192 speeches of 2023, and both' : SHARED_MISSING})`, () => {
  it('names for every paragraph the closest of its parts', async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-closest-union-'));
    for (const name of ['ncs', 'ungdc', 'both']) await mkdir(join(work, name));
    for (const file of (await readdir(NCS)).filter((name) => name.endsWith('.txt'))) {
      await copyFile(join(NCS, file), join(work, 'ncs', file));
      await copyFile(join(NCS, file), join(work, 'both', file));
    }
    for (const country of (await readdir(UNGDC, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name)) {
      for (const file of (await readdir(join(UNGDC, country))).filter((name) => name.includes('_2023_'))) {
        await copyFile(join(UNGDC, country, file), join(work, 'ungdc', file));
        await copyFile(join(UNGDC, country, file), join(work, 'both', file));
      }
    }
    const run = async (name: string): Promise<Lineage> =>
      (await runBatch({ corpus: join(work, name), target: SEED, out: join(work, `out-${name}`), cacheDir: join(work, 'cache'), jobs: 2, generatedAt: '2026-01-01T00:00:00Z', html: false })).lineage!;
    const [ncs, ungdc, both] = [closestAll(await run('ncs')), closestAll(await run('ungdc')), closestAll(await run('both'))];
    const similarity = (entry: string): number => (entry === '-' ? 0 : Number(entry.split(' ').pop()));
    const best = Object.fromEntries(Object.keys(both).map((label) => [label, similarity(ncs[label]) >= similarity(ungdc[label]) ? ncs[label] : ungdc[label]]));
    expect(both).toEqual(best);
    expect(both['¶ 2']).toBe('finland_2013_finland 0.2418');
    expect(both['¶ 15']).toBe('saudi-arabia_undated_saudiarabia 0.2619');
  }, 240_000);
});
