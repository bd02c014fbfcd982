import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The bench reads third-party data from ../shared/data at run time and the built library from dist/; a fresh clone
// without either skips with a message instead of failing.
const dataPresent = existsSync(new URL('../../../shared/data/argrewrite-dev/alignments.jsonl', import.meta.url)) || Boolean(process.env.REDLINE_DATA) || existsSync('/work/shared/data/argrewrite-dev/alignments.jsonl');
const distPresent = existsSync(new URL('../../dist/index.js', import.meta.url));
const run = dataPresent && distPresent ? describe : describe.skip;
if (!dataPresent) console.warn('test/bench: skipped, ../shared/data (ArgRewrite) is absent');
if (!distPresent) console.warn('test/bench: skipped, dist/ is missing (npm run build)');

/** The bench is plain ESM JavaScript; load it by URL so the type checker does not look for declarations. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const benchModule = (name: string): Promise<any> => import(new URL(`../../bench/lib/${name}`, import.meta.url).href);

run('bench: ArgRewrite alignment on a few draft pairs', () => {
  it('scores redline and the lexical peers with consistent, meaningful figures', async () => {
    const { loadArgRewrite } = await benchModule('data.js');
    const { evaluateArgRewrite } = await benchModule('argrewrite.js');
    const rows = loadArgRewrite().slice(0, 6);
    const report = evaluateArgRewrite({ rows });
    const redline = report.results.redline;
    for (const summary of Object.values(report.results) as Array<typeof redline>) {
      expect(summary.links.gold).toBe(report.goldLinks); // every system is scored against the same gold
      expect(summary.links.truePositive).toBeLessThanOrEqual(Math.min(summary.links.predicted, summary.links.gold));
      expect(summary.labelAccuracy).toBeGreaterThanOrEqual(0);
      expect(summary.labelAccuracy).toBeLessThanOrEqual(1);
    }
    // Exact match only pairs identical sentences: near-perfect precision, and it can never find a split or merge.
    expect(report.results['exact match'].links.precision).toBeGreaterThan(0.95);
    expect(report.results['exact match'].split.predicted).toBe(0);
    // redline finds every link exact match finds on these pairs and more; it beats exact match and difflib pairing.
    expect(redline.links.recall).toBeGreaterThan(report.results['exact match'].links.recall);
    expect(redline.links.f1).toBeGreaterThan(report.results['difflib pairing (0.75)'].links.f1);
    expect(redline.links.f1).toBeGreaterThan(0.9);
    // Error records account exactly for the gap between predictions, gold and true positives.
    expect(report.errors.missed.length).toBe(redline.links.gold - redline.links.truePositive);
    expect(report.errors.wrong.length).toBe(redline.links.predicted - redline.links.truePositive);
  }, 60_000);
});
