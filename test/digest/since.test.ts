import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import JSZip from 'jszip';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { run } from '../../src/cli/run.js';
import { resolveBatchOptions } from '../../src/batch/options.js';
import { digestOfCommittees, digestSince } from '../../src/digest/index.js';
import { emptyDigestLine } from '../../src/cli/commands/batch.js';
import { renderDigestMarkdown, sinceNote } from '../../src/report/digest.js';
import type { Digest, DigestStep } from '../../src/types.js';
import { captureCliIo } from '../helpers/cli-capture.js';
import { ROOT, SHARED_MISSING } from '../helpers/paths.js';
import { ACCOUNTABILITY, CTBT, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

/**
 * Trial 17-a D13: a Bureau note on "what changed this session" had to take the 80th session's steps out of a digest
 * of every step (728 lines, both 78→79 and 79→80), or run again on a corpus of the 79th and 80th texts only (a cold run:
 * the cache is keyed by path). `batch --since DATE` keeps the steps to a text dated on or after DATE and says what it left out.
 */

const step = (older: string, newer: string, date: string | null): DigestStep => ({
  step: 'version',
  older: { id: older, name: older, date: null },
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

const series = (id: string, steps: DigestStep[]): Digest['series'][number] => ({ id, title: id, committee: null, agendaItem: null, steps });

describe('digestSince', () => {
  const digest: Digest = {
    series: [
      series('a', [step('78/1', '79/1', '2024-12-02'), step('79/1', '80/1', '2025-12-01')]),
      series('b', [step('78/2', '79/2', '2024-12-05')]),
      series('c', [step('x', 'y', null), step('y', 'z', '2025-09-09')]),
    ],
  };

  it('keeps the steps to texts dated on or after the day, and the series that keep one', () => {
    const kept = digestSince(digest, '2025-09-09');
    expect(kept.series.map((entry) => [entry.id, entry.steps.map((one) => one.newer.name)])).toEqual([
      ['a', ['80/1']],
      ['c', ['z']],
    ]);
    expect(kept.since).toEqual({ date: '2025-09-09', stepsLeftOut: 3, undated: 1, seriesLeftOut: 1, newest: '2025-12-01' });
  });

  it('reads a year or a month as its first day', () => {
    expect(digestSince(digest, '2025').series.flatMap((entry) => entry.steps.map((one) => one.newer.name))).toEqual(['80/1', 'z']);
    expect(digestSince(digest, '2025-10').series.flatMap((entry) => entry.steps.map((one) => one.newer.name))).toEqual(['80/1']);
    expect(digestSince(digest, '2024-12').since).toEqual({ date: '2024-12', stepsLeftOut: 1, undated: 1, seriesLeftOut: 0, newest: '2025-12-01' });
  });

  it('says what it left out under the summary, and nothing for a whole digest', () => {
    expect(sinceNote(digest)).toBeNull();
    const kept = digestSince(digest, '2025-09-09');
    expect(sinceNote(kept)).toBe('Only the steps to a text dated 2025-09-09 or later (--since 2025-09-09): 3 earlier steps (1 to an undated text) and 1 series with no later step left out.');
    expect(renderDigestMarkdown(kept).split('\n').slice(0, 5)).toEqual(['# What was negotiated', '', '2 series, 2 steps: 0 with negotiated changes, 2 without (technical updates and unchanged texts).', '', sinceNote(kept)]);
  });
});

// Trial 19a D13: `--since 2052-09-09` (a typo) gave exit 0, nothing on standard error and a digest of "0 series, 0 steps".
describe('a --since that keeps no step', () => {
  const digest: Digest = { series: [series('a', [step('78/1', '79/1', '2024-12-02'), step('79/1', '80/1', '2025-12-19')]), series('c', [step('x', 'y', null)])] };

  it('says so in the digest, with the newest text\'s date', () => {
    const kept = digestSince(digest, '2052-09-09');
    expect(kept.series).toEqual([]);
    expect(sinceNote(kept)).toBe('No step reaches a text dated 2052-09-09 or later (--since 2052-09-09): the newest text is dated 2025-12-19; 3 earlier steps (1 to an undated text) and 2 series with no later step left out.');
  });

  it('says so on standard error; a digest emptied by --committee after --since says that instead', () => {
    const kept = digestSince(digest, '2052-09-09');
    expect(emptyDigestLine({ series: 0, steps: 0, since: kept.since!, committees: null })).toBe('redline batch: warning: --since 2052-09-09 leaves no step in the digest: the newest text is dated 2025-12-19.');
    const byCommittee = digestOfCommittees(digestSince(digest, '2025-09-09'), ['Fifth Committee']);
    expect(emptyDigestLine({ series: 0, steps: 0, since: byCommittee.since!, committees: byCommittee.committees! })).toBe('redline batch: warning: --committee Fifth leaves no series in the digest: no series of the run names that committee.');
    expect(sinceNote(byCommittee)).toMatch(/^Only the steps to a text dated 2025-09-09 or later/);
    expect(emptyDigestLine({ series: 1, steps: 1, since: kept.since!, committees: null })).toBeNull();
    expect(emptyDigestLine(null)).toBeNull();
  });
});

describe('batch --since: the options', () => {
  it('refuses a date it cannot read, and another mode than chain', () => {
    expect(() => resolveBatchOptions({ corpus: 'c', out: 'o', since: '80', generatedAt: '' })).toThrow(/--since is 80/);
    expect(() => resolveBatchOptions({ corpus: 'c', out: 'o', since: '2025-13-01', generatedAt: '' })).toThrow(/--since is 2025-13-01/);
    expect(() => resolveBatchOptions({ corpus: 'c', out: 'o', mode: 'all', since: '2025', generatedAt: '' })).toThrow(/--since restricts the digest of chain mode, not --mode all/);
    expect(resolveBatchOptions({ corpus: 'c', out: 'o', since: '2025-09-09', generatedAt: '' }).since).toBe('2025-09-09');
    expect(resolveBatchOptions({ corpus: 'c', out: 'o', generatedAt: '' }).since).toBeNull();
  });
});

describe.skipIf(!UN_SERIES_AVAILABLE)(`batch --since on two real series (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('writes a digest of the 80th session only; the pair reports stay whole', async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-since-'));
    const corpus = join(work, 'corpus');
    for (const folder of [ACCOUNTABILITY, CTBT]) {
      await mkdir(join(corpus, folder), { recursive: true });
      for (const file of await readdir(join(UN_SERIES, folder))) await copyFile(join(UN_SERIES, folder, file), join(corpus, folder, file));
    }
    const out = join(work, 'out');
    const summary = await runBatch({ corpus, out, cacheDir: null, jobs: 1, since: '2025-09-09', generatedAt: '2026-01-01T00:00:00Z' });
    expect(summary.results).toHaveLength(4);
    const digest = JSON.parse(await readFile(join(out, 'digest.json'), 'utf8')) as Digest & { schemaVersion: number };
    expect(Object.keys(digest)).toEqual(['schemaVersion', 'since', 'series']);
    const validate = new Ajv2020.default({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'docs/digest.schema.json'), 'utf8')));
    expect(validate(digest), JSON.stringify(validate.errors)).toBe(true);
    expect(digest.since).toMatchObject({ date: '2025-09-09', stepsLeftOut: 2, undated: 0, seriesLeftOut: 0 });
    expect(summary.digest).toMatchObject({ series: 2, steps: 2, committees: null });
    expect(emptyDigestLine(summary.digest)).toBeNull();
    expect(digest.series.flatMap((entry) => entry.steps.map((one) => `${one.older.name} → ${one.newer.name}`)).sort()).toEqual(['A/RES/79/116 → A/RES/80/160', 'A/RES/79/77 → A/RES/80/70']);
    // Every line gives its changes as items (trial 17-c D16), each said in the line's text.
    const lines = digest.series.flatMap((entry) => entry.steps.flatMap((one) => one.lines));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) for (const item of line.changes) expect(line.text).toContain(item);
    const markdown = await readFile(join(out, 'digest.md'), 'utf8');
    expect(markdown).toContain('\nOnly the steps to a text dated 2025-09-09 or later (--since 2025-09-09): 2 earlier steps left out.\n');
    expect(markdown).not.toContain('A/RES/78/102 →');
    expect((await readFile(join(out, 'index.html'), 'utf8'))).toContain('<strong>Only the steps to a text dated 2025-09-09 or later (--since 2025-09-09): 2 earlier steps left out.</strong>');
    // The Word subtitle spans the kept steps' newer texts, not the older text of the earliest (trial 19a D12: "texts dated
    // 2024-10-15 to 2025-12-30" stood above "Only the steps to a text dated 2025-09-09 or later").
    const words = (await (await JSZip.loadAsync(await readFile(join(out, 'digest.docx')))).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    const dates = digest.series.flatMap((entry) => entry.steps.map((one) => one.newer.date!)).sort();
    expect(dates[0] >= '2025-09-09').toBe(true);
    expect(words).toContain(`redline digest of the steps to texts dated ${dates[0]} to ${dates[dates.length - 1]}: each change`);
    // The pair reports are the run's whole: four, the 78→79 steps too.
    expect((await readdir(join(out, 'pairs'))).filter((name) => name.endsWith('.json'))).toHaveLength(4);
    // `merge --since` (session 19, brief dig19 step 5): a whole run's folder merged with the date writes the same
    // digest as `batch --since`, without comparing again.
    const whole = join(work, 'whole');
    await runBatch({ corpus, out: whole, cacheDir: null, jobs: 1, generatedAt: '2026-01-01T00:00:00Z' });
    expect(await readFile(join(whole, 'digest.md'), 'utf8')).not.toContain('Only the steps');
    const merged = join(work, 'merged');
    const io = captureCliIo();
    expect(await run(['merge', whole, '--out', merged, '--since', '2025-09-09'], io)).toBe(0);
    expect(await readFile(join(merged, 'digest.md'), 'utf8')).toBe(markdown);
    expect(JSON.parse(await readFile(join(merged, 'digest.json'), 'utf8'))).toEqual(digest);
    expect((await readdir(join(merged, 'pairs'))).filter((name) => name.endsWith('.json'))).toHaveLength(4);
    // A date it cannot read is refused before anything is written, as batch refuses it.
    const refused = captureCliIo();
    expect(await run(['merge', whole, '--out', join(work, 'never'), '--since', '80'], refused)).toBe(2);
    expect(refused.err()).toContain('--since is 80');
  }, 240_000);
});
