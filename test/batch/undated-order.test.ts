import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { loadDocument } from '../../src/ingest/load-document.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const FOMC = join(SHARED_DATA, 'fomc-statements');
const MONTHS: ReadonlyArray<[string, string]> = [['jan', '01-26'], ['mar', '03-16'], ['may', '05-04'], ['jun', '06-15']];

/** A statement as a reader saves it from the Fed's site: no front matter, named by month (trial 20-b D5). */
const bodyOf = (text: string): string => text.split(/^---$/m).slice(2).join('---').trim() + '\n';

describe.skipIf(!HAS_SHARED || !existsSync(FOMC))(`statements without front matter, named by month (${HAS_SHARED ? 'reads ../shared/data/fomc-statements' : SHARED_MISSING})`, () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'redline-undated-'));
    await mkdir(join(work, 'named'));
    await mkdir(join(work, 'bare'));
    for (const [month, day] of MONTHS) {
      const body = bodyOf(await readFile(join(FOMC, `fomc_2022-${day}.txt`), 'utf8'));
      await writeFile(join(work, 'named', `statement-${month}-2022.txt`), body);
      // Without the closing "Implementation Note issued …" line the text says no date at all.
      await writeFile(join(work, 'bare', `statement-${month}-2022.txt`), body.replace(/^Implementation Note issued .*$/m, ''));
    }
  });
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('dates a statement by its Implementation Note and chains the series in the order of issue', async () => {
    const document = await loadDocument(join(work, 'named', 'statement-jan-2022.txt'));
    expect(document.meta.date).toBe('2022-01-26');
    const summary = await runBatch({ corpus: join(work, 'named'), out: join(work, 'out-named'), cacheDir: null, jobs: 1, html: false, mode: 'chain', generatedAt: '2026-01-01T00:00:00Z' });
    expect(summary.series.map((series) => series.documents)).toEqual([['statement-jan-2022', 'statement-mar-2022', 'statement-may-2022', 'statement-jun-2022']]);
    expect(summary.series[0].undated).toBeUndefined();
    expect(await readFile(join(work, 'out-named', 'digest.md'), 'utf8')).not.toContain('without a date');
  });

  it('says when the texts carry no date that the chain follows the file names', async () => {
    const summary = await runBatch({ corpus: join(work, 'bare'), out: join(work, 'out-bare'), cacheDir: null, jobs: 1, html: false, mode: 'chain', generatedAt: '2026-01-01T00:00:00Z' });
    // Alphabetical: jan, jun, mar, may — the wrong order, and now said so.
    expect(summary.series.map((series) => series.documents)).toEqual([['statement-jan-2022', 'statement-jun-2022', 'statement-mar-2022', 'statement-may-2022']]);
    expect(summary.series[0].undated).toBe(4);
    const digest = await readFile(join(work, 'out-bare', 'digest.md'), 'utf8');
    expect(digest).toContain('\n4 documents without a date: ordered by file name.\n');
    const json = JSON.parse(await readFile(join(work, 'out-bare', 'digest.json'), 'utf8')) as { series: Array<{ undated?: number }> };
    expect(json.series[0].undated).toBe(4);
  });
});
