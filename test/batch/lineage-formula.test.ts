import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { sharesDistinctiveContent } from '../../src/batch/lineage-names.js';
import type { Lineage } from '../../src/types.js';
import { SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const UN = join(SHARED_DATA, 'un-resolutions');
const CUBA_78_7 = join(UN, 'texts/series/necessity-of-ending-the-economic-commercial-and-financial-em/A_RES_78_7.txt');
const ICT_73_266 = join(UN, 'texts/ict-security/A_RES_73_266.txt');
const ICT_78_16 = join(UN, 'pdf/A_RES_78_16.pdf');
const NCS = join(SHARED_DATA, 'national-cyber-strategies');
const HAS_DATA = existsSync(CUBA_78_7) && existsSync(ICT_73_266) && existsSync(ICT_78_16) && existsSync(join(NCS, 'nigeria_2014_nigeria.txt'));

const run = async (target: string, files: readonly string[]): Promise<Lineage> => {
  const work = await mkdtemp(join(tmpdir(), 'redline-formula-'));
  await mkdir(join(work, 'corpus'));
  for (const file of files) await copyFile(file, join(work, 'corpus', file.split('/').pop()!));
  return (await runBatch({ corpus: join(work, 'corpus'), target, out: join(work, 'out'), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: '2026-01-01T00:00:00Z', html: false })).lineage!;
};
const paragraph = (lineage: Lineage, label: string) => lineage.paragraphs.find((item) => item.label === label)!;

/**
 * Trial 21-b D2: a source that shares only the formula of the genre ("Recalling its resolutions", dates, "the following
 * specific objectives:") is no source, however similar: at most the closest.
 */
describe('a lineage source shares distinctive content, not only formula (trial 21-b D2)', () => {
  it('tells citations of other resolutions from the same ones', () => {
    expect(sharesDistinctiveContent('Recalling its resolutions 43/78 H of 7 December 1988, 53/70 of 4 December 1998, 54/49 of 1 December 1999', 'Recalling its resolutions 47/19 of 24 November 1992, 48/16 of 3 November 1993, 49/9 of 26 October 1994')).toBe(false);
    expect(sharesDistinctiveContent('Reaffirming its resolution 77/37 of 7 December 2022,', 'Reaffirming its resolution 77/37,')).toBe(true);
    expect(sharesDistinctiveContent('Therefore, the Strategy is needed to achieve the following specific objectives:', 'ColCERT will have the following specific objectives:')).toBe(false);
  });

  it.skipIf(!HAS_DATA)(`A/RES/78/16 PP 1 is not taken from the Cuba-embargo resolution 78/7 PP 6 (${HAS_DATA ? '78/16 against 73/266 and 78/7' : SHARED_MISSING})`, async () => {
    const lineage = await run(ICT_78_16, [ICT_73_266, CUBA_78_7]);
    expect(paragraph(lineage, 'PP 1').sources.map((source) => `${source.document} ${source.labels?.join('+')} ${source.kind}`)).toEqual(['A/RES/73/266 PP 1 modified']);
    expect(lineage.documentsSearched).toBe(2);
    expect(lineage.paragraphs.flatMap((item) => item.sources).filter((source) => source.document === 'A/RES/78/7')).toEqual([]);
  }, 120_000);

  it.skipIf(!HAS_DATA)(`Nigeria 2014's lead-in "the following specific objectives:" is not taken from Colombia 2011 ¶ 111 (${HAS_DATA ? 'Nigeria 2014 against Colombia 2011' : SHARED_MISSING})`, async () => {
    const lineage = await run(join(NCS, 'nigeria_2014_nigeria.txt'), [join(NCS, 'colombia_2011_colombia.txt')]);
    const lead = paragraph(lineage, '¶ 3.3.2');
    expect(lead.sources).toEqual([]);
    expect(lead.closest).toMatchObject({ document: 'colombia_2011_colombia', labels: ['¶ 111'], formula: true });
  }, 120_000);
});
