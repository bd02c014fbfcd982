import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import JSZip from 'jszip';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { committeesPhrase } from '../../src/cli/commands/batch.js';
import { resolveBatchOptions } from '../../src/batch/options.js';
import { committeesOf, digestOfCommittees, digestSince } from '../../src/digest/index.js';
import { committeeNote, renderDigestMarkdown } from '../../src/report/digest.js';
import type { Digest, DigestStep } from '../../src/types.js';
import { ROOT, SHARED_MISSING } from '../helpers/paths.js';
import { ACCOUNTABILITY, AGEING, CTBT, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

/**
 * Trial 19a D10: a brief on "the Second and Third Committees" got a digest of the 65 series of every committee, and its
 * reader deleted 40-odd series by hand in Word. `batch --committee Second,Third` keeps those committees' series and says
 * what it left out; the Word digest's contents gain a committee column.
 */

const step = (newer: string, date: string): DigestStep => ({
  step: 'version',
  older: { id: `${newer}-old`, name: `${newer}-old`, date: '2024-12-01' },
  newer: { id: newer, name: newer, date },
  similarity: 0.9,
  unrelated: false,
  technicalUpdate: true,
  routine: 1,
  editorial: 0,
  report: null,
  lines: [],
  memo: [],
});

const series = (id: string, committee: string | null): Digest['series'][number] => ({ id, title: id, committee, agendaItem: null, steps: [step(id, '2025-12-01')] });

describe('committeesOf', () => {
  it('reads ordinals, full names and numbers, in the General Assembly\'s order', () => {
    expect(committeesOf('Third,Second')).toEqual({ names: ['Second Committee', 'Third Committee'] });
    expect(committeesOf(' second committee , plenary ')).toEqual({ names: ['Second Committee', 'Plenary'] });
    expect(committeesOf('4,Special Political and Decolonization')).toEqual({ names: ['Fourth Committee'] });
    expect(committeesOf('Second,Seventh')).toEqual({ unknown: 'Seventh' });
    expect(committeesOf(',')).toEqual({ unknown: ',' });
  });
});

describe('digestOfCommittees', () => {
  const digest: Digest = { series: [series('a', 'First Committee'), series('b', 'Second Committee'), series('c', 'Third Committee'), series('d', null), series('e', 'Plenary')] };

  it('keeps the series whose documents name one of the committees; a series naming none is left out', () => {
    const kept = digestOfCommittees(digest, ['Second Committee', 'Third Committee']);
    expect(kept.series.map((entry) => entry.id)).toEqual(['b', 'c']);
    expect(kept.committees).toEqual({ names: ['Second Committee', 'Third Committee'], seriesLeftOut: 3 });
    expect(committeeNote(kept)).toBe('Only the series of the Second Committee and the Third Committee (--committee Second,Third): 3 series of other committees left out.');
    expect(committeeNote(digest)).toBeNull();
    expect(renderDigestMarkdown(kept).split('\n').slice(0, 5)).toEqual(['# What was negotiated', '', '2 series, 2 steps: 0 with negotiated changes, 2 without (technical updates and unchanged texts).', '', committeeNote(kept)]);
  });

  it('reads the Fourth Committee under its other name, and keeps --since\'s note and key order', () => {
    const fourth = digestOfCommittees({ series: [series('f', 'Special Political and Decolonization Committee (Fourth Committee)')] }, ['Fourth Committee']);
    expect(fourth.series.map((entry) => entry.id)).toEqual(['f']);
    const both = digestOfCommittees(digestSince(digest, '2025-09-09'), ['Plenary']);
    expect(Object.keys(both)).toEqual(['since', 'committees', 'series']);
    expect(committeeNote(both)).toBe('Only the series of the plenary (--committee Plenary): 4 series of other committees left out.');
  });
});

describe('batch --committee: the options', () => {
  it('refuses a committee it does not know, and another mode than chain', () => {
    expect(() => resolveBatchOptions({ corpus: 'c', out: 'o', committee: 'Second,Economic', generatedAt: '' })).toThrow(/--committee names "Economic"/);
    expect(() => resolveBatchOptions({ corpus: 'c', out: 'o', mode: 'all', committee: 'Second', generatedAt: '' })).toThrow(/--committee restricts the digest of chain mode, not --mode all/);
    expect(resolveBatchOptions({ corpus: 'c', out: 'o', committee: 'Third,Second', generatedAt: '' }).committees).toEqual(['Second Committee', 'Third Committee']);
    expect(resolveBatchOptions({ corpus: 'c', out: 'o', generatedAt: '' }).committees).toBeNull();
  });
});

describe.skipIf(!UN_SERIES_AVAILABLE)(`batch --committee on three real series (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('runs the Third Committee\'s series only: its pairs, reports, history, series in batch.json and digest, a committee column in Word, the series left out counted', async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-committee-'));
    const corpus = join(work, 'corpus');
    // Sixth (criminal accountability), First (CTBT), Third (ageing).
    for (const folder of [ACCOUNTABILITY, CTBT, AGEING]) {
      await mkdir(join(corpus, folder), { recursive: true });
      for (const file of await readdir(join(UN_SERIES, folder))) await copyFile(join(UN_SERIES, folder, file), join(corpus, folder, file));
    }
    const out = join(work, 'out');
    const summary = await runBatch({ corpus, out, cacheDir: null, jobs: 1, since: '2025-09-09', committee: 'Third', generatedAt: '2026-01-01T00:00:00Z' });
    // Issue 19 (session 20): the filter was of the digest alone; the index, batch.json and the histories held every
    // committee's series. Now the run is of the Third Committee's series: its two pairs, its history, its series.
    expect(summary.results.map((record) => `${record.left} → ${record.right}`)).toEqual(['A/RES/78/177 → A/RES/79/147', 'A/RES/79/147 → A/RES/80/179']);
    expect(summary.series.map((entry) => [entry.id, entry.committee])).toEqual([[AGEING.slice(0, 55), 'Third Committee']]);
    expect(summary.histories.map((history) => history.series)).toEqual([AGEING.slice(0, 55)]);
    expect(summary.documents).toBe(9); // every document read, to group the series
    const batch = JSON.parse(await readFile(join(out, 'batch.json'), 'utf8')) as { committees: unknown; series: Array<{ id: string }> };
    expect(batch.committees).toEqual({ names: ['Third Committee'], seriesLeftOut: 2 });
    expect(batch.series.map((entry) => entry.id)).toEqual([AGEING.slice(0, 55)]);
    const validateBatch = new Ajv2020.default({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'docs/batch.schema.json'), 'utf8')));
    expect(validateBatch(batch), JSON.stringify(validateBatch.errors)).toBe(true);
    expect((await readdir(join(out, 'series'))).sort()).toEqual(['docx', 'html', 'json'].map((extension) => `${AGEING.slice(0, 55)}.${extension}`));
    expect(committeesPhrase(summary.manifest)).toBe('; 2 series of other committees left out by --committee Third, not compared');
    const digest = JSON.parse(await readFile(join(out, 'digest.json'), 'utf8')) as Digest & { schemaVersion: number };
    expect(Object.keys(digest)).toEqual(['schemaVersion', 'since', 'committees', 'series']);
    const validate = new Ajv2020.default({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'docs/digest.schema.json'), 'utf8')));
    expect(validate(digest), JSON.stringify(validate.errors)).toBe(true);
    expect(digest.committees).toEqual({ names: ['Third Committee'], seriesLeftOut: 2 });
    expect(digest.series.map((entry) => [entry.committee, entry.steps.map((one) => `${one.older.name} → ${one.newer.name}`)])).toEqual([['Third Committee', ['A/RES/79/147 → A/RES/80/179']]]);
    const note = 'Only the series of the Third Committee (--committee Third): 2 series of other committees left out.';
    expect(await readFile(join(out, 'digest.md'), 'utf8')).toContain(`\n${note}\n`);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain(`<strong>${note}</strong>`);
    const xml = await (await JSZip.loadAsync(await readFile(join(out, 'digest.docx')))).file('word/document.xml')!.async('string');
    const words = xml.replace(/<[^>]+>/g, '');
    expect(words).toContain(note);
    expect(words).toContain('SeriesCommitteeStepsTechnical updates');
    expect(words).toContain('Follow-up to the Second World Assembly on AgeingThird1');
    // The pair reports: the Third Committee's two only.
    expect((await readdir(join(out, 'pairs'))).filter((name) => name.endsWith('.json'))).toHaveLength(2);

    // Two committees of three: the index's series table holds those two and says what was left out.
    const two = join(work, 'two');
    const both = await runBatch({ corpus, out: two, cacheDir: null, jobs: 1, committee: 'First,Third', generatedAt: '2026-01-01T00:00:00Z' });
    expect(both.series.map((entry) => entry.committee)).toEqual(['First Committee', 'Third Committee']);
    expect(both.results).toHaveLength(4);
    const index = await readFile(join(two, 'index.html'), 'utf8');
    const seriesSection = index.slice(index.indexOf('<section id="series"'), index.indexOf('</section>', index.indexOf('<section id="series"')));
    expect(seriesSection).toContain('<strong>Only the series of the First Committee and the Third Committee (--committee First,Third): 1 series of other committees left out.</strong>');
    expect(seriesSection).not.toContain('Criminal accountability');
    // The Sixth Committee's texts: read (the inputs list them, the --committee row says why), no pair.
    const pairsSection = index.slice(index.indexOf('<section id="pairs"'), index.indexOf('<section id="inputs"'));
    expect(pairsSection).toContain('A/RES/80/179');
    expect(pairsSection).not.toContain('A/RES/80/160');
    expect(index).toContain('<td>--committee</td><td>First, Third: 1 series of other committees left out (their documents read to group the series, listed below, not compared)</td>');
  }, 180_000);
});
