import { copyFile, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { sharesLanguage } from '../../src/batch/lineage-names.js';
import type { Lineage } from '../../src/types.js';
import { SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

describe('sharesLanguage: a shared phrase is language, not only a name', () => {
  const npt = 'the Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons';
  it('rejects a treaty conference title shared whole (13 words, every content word capitalised)', () => {
    expect(sharesLanguage(`Today we will introduce a draft resolution ahead of ${npt} in 2020.`, `We look to ${npt}, to be held in 2010, to succeed.`)).toBe(false);
  });
  it('accepts two names joined by language of their own (trial 17-c D2, Russia 2019 ¶ 8 ← 2018 ¶ 16)', () => {
    const phrase = 'the Chemical Weapons Convention and the exclusive prerogatives of the Security Council';
    expect(sharesLanguage(`This undermines ${phrase} today.`, `Such attempts erode ${phrase} and must stop.`)).toBe(true);
  });
  it('counts a phrase cut by a word of its own by its pieces (Nigeria 2014 against the US 2009 review)', () => {
    expect(sharesLanguage('Government cannot succeed in the many facets of securing National cyberspace if it works in isolation.', 'The Federal government cannot succeed in the many facets of securing cyberspace if it works in isolation.')).toBe(true);
  });
  it('does not count words shared outside a phrase of four', () => {
    expect(sharesLanguage('the exclusive prerogatives matter', 'prerogatives that are exclusive')).toBe(false);
  });
});

const RUS = join(SHARED_DATA, 'ungdc/RUS');
const TARGET = join(RUS, 'RUS_2019_S74.txt');
const HAS_RUS = existsSync(TARGET);

/**
 * Trial 17-c D2: Russia 2019 ¶ 16 ("Today I would like to announce … a draft resolution …") was `partial` from 2009
 * ¶ 14 (the 2010 NPT Review Conference) through the Treaty's conference name alone (similarity 0.2037, containment
 * 0.3699); ¶ 8 ← 2018 ¶ 16 shares a real phrase of the OPCW complaint and stays.
 */
describe.skipIf(!HAS_RUS)(`lineage does not trace a paragraph through a shared name (${HAS_RUS ? 'Russia 2019 against 2000–2018' : SHARED_MISSING})`, () => {
  let lineage: Lineage;
  beforeAll(async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-lineage-names-'));
    const corpus = join(work, 'rus');
    await mkdir(corpus);
    for (const file of await readdir(RUS)) if (/^RUS_20[01]\d_/.test(file) && file !== 'RUS_2019_S74.txt') await copyFile(join(RUS, file), join(corpus, file));
    const summary = await runBatch({ corpus, target: TARGET, out: join(work, 'out'), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: '2026-01-01T00:00:00Z', html: false });
    lineage = summary.lineage!;
  }, 300_000);

  it('traces ¶ 8 to 2018 ¶ 16 (partial) and nothing else', () => {
    const traced = lineage.paragraphs.filter((paragraph) => paragraph.status === 'traced');
    expect(traced.map((paragraph) => [paragraph.label, paragraph.sources.map((source) => `${source.document} ${(source.labels ?? []).join('+')} ${source.kind}`)])).toEqual([
      ['¶ 8', ['RUS_2018_S73 ¶ 16 partial']],
    ]);
  });
  it('leaves ¶ 16 untraced, with 2009 nowhere among its sources', () => {
    const paragraph = lineage.paragraphs.find((candidate) => candidate.label === '¶ 16')!;
    expect(paragraph.status).toBe('new');
    expect(paragraph.sources).toEqual([]);
  });
});
