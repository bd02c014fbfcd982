import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { HAS_SHARED, SHARED_DATA } from '../helpers/paths.js';

/**
 * Trial 13c, defect 1: after `--min-similarity` compared some pairs in full, the all-pairs index ranked and clustered
 * the engine's aligned-paragraph similarity of those pairs (0 % for two Russian speeches with no paragraph aligned one
 * to one) with the shingle estimate of the others, so a UK strategy against a US one (≈4 %) ranked above RUS 2018 →
 * 2019 (0 %) and the clustered matrix interleaved the countries. Now the estimate, which every pair has, ranks, clusters
 * and colours; the similarity is shown beside it for the compared pairs.
 */
describe.skipIf(!HAS_SHARED)('all-pairs index: one measure ranks and clusters every pair (3 Russian speeches, 3 cyber strategies)', () => {
  it('ranks the same-country pairs together by their estimate and clusters the speeches together', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'redline-all-'));
    const texts = join(corpus, 'texts');
    mkdirSync(texts);
    for (const year of ['2017_S72', '2018_S73', '2019_S74']) copyFileSync(join(SHARED_DATA, `ungdc/RUS/RUS_${year}.txt`), join(texts, `RUS_${year}.txt`));
    for (const name of ['united-kingdom_2011_uk', 'united-kingdom_2016_national_cyber', 'united-states_2003_us-1']) {
      copyFileSync(join(SHARED_DATA, `national-cyber-strategies/${name}.txt`), join(texts, `${name}.txt`));
    }
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: { SOURCE_DATE_EPOCH: '1767225600' } };
    // 0.1: the candidate floor 0.05 compares the three RUS pairs and UK 2011 → 2016 (estimates 0.067–0.079) in full.
    expect(await run(['batch', '--mode', 'all', '--corpus', texts, '--out', join(corpus, 'out'), '--min-similarity', '0.1', '-j', '1', '--no-cache'], io)).toBe(0);
    const records = readFileSync(join(corpus, 'out', 'results.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { pair: number; left: string; right: string; similarity: number; estimate: number; estimated: boolean });
    const ruS1819 = records.find((record) => record.left === 'RUS_2018_S73' && record.right === 'RUS_2019_S74')!;
    expect(ruS1819).toMatchObject({ estimated: false, similarity: 0, estimate: 0.0789 });

    const index = readFileSync(join(corpus, 'out', 'index.html'), 'utf8');
    // The pair table, ranked by the estimate: the four same-country pairs first, each with both measures.
    const ranked = [...index.matchAll(/<tr id="pair-(\d+)">/g)].map((match) => records[Number(match[1]) - 1]);
    expect(ranked.slice(0, 4).map((record) => `${record.left.slice(0, 6)}|${record.right.slice(0, 6)}`)).toEqual(['RUS_20|RUS_20', 'RUS_20|RUS_20', 'RUS_20|RUS_20', 'united|united']);
    expect(ranked.slice(0, 4).every((record) => !record.estimated)).toBe(true);
    // Rows are named by the pair's number in results.jsonl (1-based); the strategies are dated by year (2003, 2011, 2016), so they come first.
    const row = (left: string, right: string): string => `pair-${records.find((record) => record.left === left && record.right === right)!.pair + 1}`;
    expect(index).toMatch(new RegExp(`<tr id="${row('RUS_2018_S73', 'RUS_2019_S74')}">[\\s\\S]*?<td class="num estimated" data-sort="0\\.0789">≈8%<\\/td><td class="num" data-sort="0\\.0000">0%<\\/td>`));
    // 0.0421 (0.0420 before session 15: UK 2016's 21 running heads, "8 Section 1 EXECUTIVE SUMMARY", are no paragraphs now).
    expect(index).toMatch(new RegExp(`<tr id="${row('united-states_2003_us-1', 'united-kingdom_2016_national_cyber')}">[\\s\\S]*?<td class="num estimated" data-sort="0\\.0421">≈4%<\\/td><td class="num estimated" data-sort="-1">—<\\/td>`));
    expect(index).toContain('<button type="button">estimate</button>');

    // The clustered matrix: the three speeches side by side, and the strategies side by side.
    const order = [...index.matchAll(/<th scope="row" class="row-head">\d+\. ([^<\s]+)/g)].map((match) => match[1]);
    expect(order).toHaveLength(6);
    const speeches = order.map((id) => id.startsWith('RUS_'));
    expect(speeches.join()).toMatch(/^(true,true,true,false,false,false|false,false,false,true,true,true)$/);
    expect(index).toContain('aria-label="RUS_2018_S73 × RUS_2019_S74: estimate ≈8%, similarity 0% (compared in full), no report"');
  }, 120_000);
});
