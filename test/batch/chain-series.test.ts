import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch, mergeBatches, type BatchOptions } from '../../src/batch/index.js';
import { buildDigest } from '../../src/digest/index.js';
import { compare, compareTexts } from '../../src/pipeline.js';
import { renderDigestMarkdown } from '../../src/report/digest.js';
import { renderDigestDocx } from '../../src/report/digest-docx.js';
import { DIGEST_SCHEMA_VERSION, type Digest, type PairRecord } from '../../src/types.js';
import { HAS_SHARED, ROOT, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const SERIES = join(SHARED_DATA, 'un-resolutions/texts/series');
const GENERATED_AT = '2026-01-01T00:00:00Z';

describe.skipIf(!HAS_SHARED || !existsSync(SERIES))(`a chain batch writes the digest (${HAS_SHARED ? 'needs ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  let work: string;
  const options = (corpus: string, out: string, extra: Partial<BatchOptions> = {}): BatchOptions => ({ corpus, out: join(work, out), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: GENERATED_AT, ...extra });

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'redline-digest-'));
    for (const name of ['nuclear-disarmament', 'confidence-building-measures-in-the-regional-and-subregional']) {
      await mkdir(join(work, name));
      for (const file of await readdir(join(SERIES, name))) await copyFile(join(SERIES, name, file), join(work, name, file));
    }
  });

  it('writes digest.md, digest.json and the index section from the pair reports, with the committee and agenda item', async () => {
    const summary = await runBatch(options(join(work, 'nuclear-disarmament'), 'nuclear'));
    expect(summary).toMatchObject({ documents: 3, pairs: 2, compared: 2, ok: true });
    const out = join(work, 'nuclear');
    const digest = JSON.parse(await readFile(join(out, 'digest.json'), 'utf8')) as Digest;
    expect(digest.series.map((one) => [one.id, one.title, one.committee, one.agendaItem, one.steps.map((step) => `${step.older.name} → ${step.newer.name}`)])).toEqual([
      ['nuclear-disarmament', 'Nuclear disarmament', 'First Committee', '99 (b)', ['A/RES/78/53 → A/RES/79/50', 'A/RES/79/50 → A/RES/80/24']],
    ]);
    // The batch's digest is the stage's digest of the same pairs: each line links to its row in the pair's HTML report.
    const dir = join(work, 'nuclear-disarmament');
    const pairs = [
      { result: await compare(join(dir, 'A_RES_78_53.txt'), join(dir, 'A_RES_79_50.txt')), report: 'pairs/A_RES_78_53__A_RES_79_50.html' },
      { result: await compare(join(dir, 'A_RES_79_50.txt'), join(dir, 'A_RES_80_24.txt')), report: 'pairs/A_RES_79_50__A_RES_80_24.html' },
    ];
    expect(summary.manifest.series.map((one) => one.basis)).toEqual(['un-title']);
    expect(digest).toEqual({ schemaVersion: DIGEST_SCHEMA_VERSION, ...buildDigest(summary.manifest.series, pairs) });
    const validate = new Ajv2020.default({ allErrors: true }).compile(JSON.parse(await readFile(join(ROOT, 'docs/digest.schema.json'), 'utf8')));
    expect(validate(digest), JSON.stringify(validate.errors)).toBe(true);
    // 79/50 → 80/24: PP 33 and OP 19 (the latest ratifications, the next Meeting of States Parties) routine since
    // issue 23 round 6; OP 20's "in 2024 → 2026" (the Conference on Disarmament's coming year in each text) routine since
    // session 16 (trial 16a D3), as OP 17's session: a technical update, no lines.
    expect(digest.series[0].steps[1].lines).toEqual([]);
    expect(digest.series[0].steps[1].technicalUpdate).toBe(true);
    expect(await readFile(join(out, 'digest.md'), 'utf8')).toBe(renderDigestMarkdown(digest));
    expect((await readFile(join(out, 'digest.docx'))).equals(Buffer.from(await renderDigestDocx(digest)))).toBe(true);
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<section id="digest" class="digest" aria-labelledby="digest-title">');
    // As docs/batch.md says: the digest, then the charts (trial 17-a D17: a desk officer scrolled 3,500 px of two-point
    // charts to reach it); a long series' lines fold under a summary, so the FOMC digest's 1,460 lines no longer bury the chart.
    expect(index.indexOf('<section id="overview"')).toBeGreaterThan(0);
    expect(index.indexOf('<section id="digest"')).toBeLessThan(index.indexOf('<section id="overview"'));
    expect(index).toContain('<a href="#digest">What was negotiated</a> · <a href="#overview">Overview</a> · <a href="#pairs">Pairs</a>');
    // A short series is not folded.
    expect(index).not.toContain('<details class="digest-fold">');
    // A line of the first step (78/53 → 79/50) links to its row.
    const row = digest.series[0].steps[0].lines[0];
    expect(row.href).toMatch(/^pairs\/A_RES_78_53__A_RES_79_50\.html#r-\d+$/);
    expect(index).toContain(`<a href="${row.href}">`);
    // The row it links to is in the pair report.
    const [page, anchor] = row.href!.split('#');
    expect(await readFile(join(out, page), 'utf8')).toContain(`id="${anchor}"`);
  });

  it('says a series of technical updates is one, with no lines, and gives the same bytes on a rerun and after a shard merge', async () => {
    const corpus = join(work, 'confidence-building-measures-in-the-regional-and-subregional');
    await runBatch(options(corpus, 'confidence'));
    const markdown = await readFile(join(work, 'confidence', 'digest.md'), 'utf8');
    expect(markdown).toBe(
      [
        '# What was negotiated',
        '',
        '1 series, 2 steps: 0 with negotiated changes, 2 without (technical updates and unchanged texts).',
        '',
        '## Confidence-building measures in the regional and subregional context',
        '',
        'First Committee · agenda item 99 (u)',
        '',
        'A/RES/78/38 → A/RES/79/27: technical update: 3 routine',
        '',
        'A/RES/79/27 → A/RES/80/42: technical update: 3 routine and 1 editorial',
        '',
      ].join('\n'),
    );
    await runBatch(options(corpus, 'confidence-again'));
    for (const file of ['digest.md', 'digest.json', 'digest.docx', 'index.html']) {
      expect(await readFile(join(work, 'confidence-again', file), 'latin1'), file).toBe(await readFile(join(work, 'confidence', file), 'latin1'));
    }
    // A shard holds part of the pairs: no digest until the merge, which writes the whole run's.
    for (const index of [1, 2]) await runBatch(options(corpus, `shard-${index}`, { shard: { index, count: 2 } }));
    expect(existsSync(join(work, 'shard-1', 'digest.json'))).toBe(false);
    await mergeBatches([join(work, 'shard-1'), join(work, 'shard-2')], join(work, 'merged'), GENERATED_AT);
    expect(await readFile(join(work, 'merged', 'digest.json'), 'utf8')).toBe(await readFile(join(work, 'confidence', 'digest.json'), 'utf8'));
  });

  it('marks the step from a draft to its adopted text, read from the draft\'s first page', async () => {
    const corpus = join(work, 'att');
    await mkdir(corpus);
    for (const file of await readdir(join(SERIES, 'the-arms-trade-treaty'))) await copyFile(join(SERIES, 'the-arms-trade-treaty', file), join(corpus, file));
    await copyFile(join(SHARED_DATA, 'un-resolutions/texts/drafts/A_C.1_80_L.9.txt'), join(corpus, 'A_C.1_80_L.9.txt'));
    await runBatch(options(corpus, 'att-out'));
    const digest = JSON.parse(await readFile(join(work, 'att-out', 'digest.json'), 'utf8')) as Digest;
    expect(digest.series.map((one) => [one.title, one.committee, one.agendaItem])).toEqual([['The Arms Trade Treaty', 'First Committee', '99 (y)']]);
    expect(digest.series[0].steps.map((step) => [step.step, `${step.older.name} → ${step.newer.name}`, step.lines.length])).toEqual([
      // 10 since issue 23 round 3: "the [-Arms Trade -]Treaty" in PP 10 and PP 12 → 13 is the name shortened to the
      // resolution's defined term, editorial; those two false lines are gone. 9 since round 6: the latest ratification
      // of the Treaty by Andorra → by Malawi, the Gambia and Colombia (PP 15 → 16) is the Treaty's status, routine.
      ['version', 'A/RES/78/48 → A/RES/79/52', 9],
      // Last session's text to the draft the First Committee tabled (what the sponsors proposed), as the series history
      // steps: it compared 79/52 with 80/46 and said "new OP 15" under a step the history did not add it in (trial 15b).
      // 8 since issue 23: "Welcomes → Recalls" on a fact already welcomed (OP 11) and "Welcomes → Also welcomes" (OP 15 → 16)
      // are the yearly life of the text, routine. 7 since round 6: the latest ratification by Vanuatu (PP 16), routine.
      // 6 since session 16: OP 4 drops the note of the Tenth Conference's programme of work a year on (its past step no
      // longer recorded, routine). 5 since session 18 (tr18sig, trial 18-a D8): PP 9 welcomes the preparatory meeting as
      // held on its dates and keeps the look-forward, word for word, for the 2027 meeting: the events moved on, routine.
      // 6 again since session 19 (clause19, trial 19-b D6): OP 4's dropped note of the trial period's extension is the
      // change, the text following the Eleventh Conference and recording the trial period nowhere else. 5 since session
      // 21 (rules21 rule 1): OP 1, the Tenth → Eleventh Conference welcomed with the year's priority theme, is the
      // Conference's next edition recorded in place, routine (labelled "not" in bench/precision-verdicts.json: each
      // Conference chooses its own theme).
      ['version', 'A/RES/79/52 → A/C.1/80/L.9', 5],
      // The First Committee's draft was adopted as it stood.
      ['draft', 'A/C.1/80/L.9 → A/RES/80/46', 0],
    ]);
    expect((await readFile(join(work, 'att-out', 'digest.md'), 'utf8')).split('\n')).toContain('A/C.1/80/L.9 → A/RES/80/46 (draft): adopted without textual change');
    // The tabled draft's report against last year's text, and its new OP 15 in the step the series history adds it in.
    expect(await readdir(join(work, 'att-out', 'pairs'))).toContain('A_RES_79_52__A_C.1_80_L.9.json');
    expect(digest.series[0].steps[1].lines.filter((line) => line.kind === 'new').map((line) => line.place)).toEqual(['OP 15']);
    // OP 1 (the Conferences one step on, their dates and the year's priority theme) is routine since session 21: no line.
    // Until then its line gave the theme clause only ('OP 1: … discussion on the role of inter-agency cooperation … →
    // … discussion on universalization …').
    expect(digest.series[0].steps[1].lines.map((line) => line.place)).not.toContain('OP 1');
    // OP 4's dropped record of the trial period's extension stays a line (trial 19-b D6; rules21 rule 2 defers to it).
    expect(digest.series[0].steps[1].lines.map((line) => line.place)).toContain('OP 4');
  });

  it('writes no digest in target or all-pairs mode', async () => {
    await runBatch(options(join(work, 'nuclear-disarmament'), 'all', { mode: 'all' }));
    const records = (await readFile(join(work, 'all', 'results.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as PairRecord);
    expect(records.length).toBe(3);
    expect(existsSync(join(work, 'all', 'digest.md'))).toBe(false);
    expect(await readFile(join(work, 'all', 'index.html'), 'utf8')).not.toContain('id="digest"');
  });
});
