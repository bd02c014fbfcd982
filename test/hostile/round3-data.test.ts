import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEED } from '../helpers/paths.js';

/**
 * Issue 22 (hostile input, round 3), items 1, 2, 4, 5, 6, 7, 16 and 17: data loss, crashes and caches, through the
 * installed bin in a process of its own, every fixture made here. Each row says what the issue saw; the unit tests
 * beside each module pin the exact behaviour.
 */
const BIN = join(ROOT, 'bin/redline.js');
const BUILT = existsSync(join(ROOT, 'dist/cli/main.js'));

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

function redline(args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Outcome {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: options.timeoutMs ?? 60_000, maxBuffer: 64 * 1024 * 1024, env: options.env ?? process.env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Exit 0–2 (not 3, not killed by the timeout), no internal error, no stack; a refusal (2) says it in one line. */
function expectHandled(outcome: Outcome, status: 0 | 1 | 2, line?: RegExp): void {
  expect(outcome.stderr).not.toMatch(/internal error|\n\s+at |FATAL ERROR|Maximum call stack|TypeError/);
  expect(outcome.status).toBe(status);
  if (status === 2) {
    expect(outcome.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    if (line) expect(outcome.stderr).toMatch(line);
  }
}

/** The records of a batch output folder. */
function results(out: string): Array<{ pair: number; left: string; right: string; report: string | null; html: string | null; error?: string }> {
  return readFileSync(join(out, 'results.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { pair: number; left: string; right: string; report: string | null; html: string | null; error?: string });
}

describe.skipIf(!BUILT)('issue 22, round 3: data loss, crashes, caches (through the bin)', () => {
  let dir: string;
  let cache: string;
  const folder = (name: string): string => {
    const path = join(dir, name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'redline-hostile3-'));
    cache = join(dir, 'cache');
  });

  it('item 2: ids a, a__b, b__c, c: six pairs write six reports, each naming its own pair (was 5, one overwritten); merge too', () => {
    const corpus = folder('ids');
    const paragraph = 'The General Assembly reaffirms its commitment to the sustainable development of small island States.';
    for (const [name, extra] of [['a', 'It decides to remain seized.'], ['a__b', 'It requests a report.'], ['b__c', 'It welcomes the work done.'], ['c', 'It invites Member States.']]) {
      writeFileSync(join(corpus, `${name}.txt`), `${paragraph}\n\n${extra}\n`);
    }
    const expectDistinctReports = (out: string): void => {
      const records = results(out);
      expect(records).toHaveLength(6);
      const reports = records.map((record) => record.report);
      expect(new Set(reports).size).toBe(6);
      for (const record of records) {
        const report = JSON.parse(readFileSync(join(out, record.report!), 'utf8')) as { comparisons: Array<{ left: string; right: string }> };
        expect([report.comparisons[0].left, report.comparisons[0].right]).toEqual([record.left, record.right]);
      }
      expect(readdirSync(join(out, 'pairs')).filter((name) => name.endsWith('.json'))).toHaveLength(6);
    };
    const out = join(dir, 'ids-out');
    expectHandled(redline(['batch', '--mode', 'all', '--corpus', corpus, '--out', out, '--min-similarity', '0', '--no-cache']), 0);
    expectDistinctReports(out);
    for (const shard of ['1/2', '2/2']) expectHandled(redline(['batch', '--mode', 'all', '--corpus', corpus, '--out', join(dir, `ids-shard-${shard[0]}`), '--min-similarity', '0', '--no-cache', '--shard', shard]), 0);
    expectHandled(redline(['merge', join(dir, 'ids-shard-1'), join(dir, 'ids-shard-2'), '--out', join(dir, 'ids-merged')]), 0);
    expectDistinctReports(join(dir, 'ids-merged'));
  }, 120_000);

  it('item 5: a mis-decoded byte-order mark anywhere in a text is removed with a warning (was exit 3; in batch a raw TypeError)', () => {
    const bom = Buffer.from([0xc3, 0xaf, 0xc2, 0xbb, 0xc2, 0xbf]);
    const corpus = folder('bom');
    const start = join(corpus, 'start.txt');
    writeFileSync(start, Buffer.concat([bom, Buffer.from('We reaffirm.\n')]));
    writeFileSync(join(corpus, 'middle.txt'), Buffer.concat([Buffer.from('We reaffirm.\n\n'), bom, Buffer.from('We decide.\n')]));
    const compared = redline(['compare', start, SEED, '--format', 'json']);
    expectHandled(compared, 0);
    const result = JSON.parse(compared.stdout) as { documents: Array<{ paragraphs: Array<{ text: string }> }>; warnings: Array<{ code: string; message: string }> };
    expect(result.documents[0].paragraphs[0].text).toBe('We reaffirm.');
    expect(result.warnings.find((warning) => warning.code === 'mojibake')?.message).toContain('→ "\\ufeff" (U+FEFF)');
    const out = join(dir, 'bom-out');
    expectHandled(redline(['batch', '--mode', 'all', '--corpus', corpus, '--out', out, '--min-similarity', '0', '--no-cache']), 0);
    const records = results(out);
    expect(records.map((record) => [record.left, record.right, record.error])).toEqual([[records[0].left, records[0].right, undefined]]);
    expect([records[0].left, records[0].right].sort()).toEqual(['middle', 'start']);
  });

  it('item 6: 500 tiny documents, every pair below --min-similarity 1: an index of bounded size (was a stack overflow, no index)', () => {
    const corpus = folder('tiny');
    for (let i = 1; i <= 500; i++) writeFileSync(join(corpus, `d${i}.txt`), `Document ${i} says word${i} and more${i}.\n`);
    const out = join(dir, 'tiny-out');
    const outcome = redline(['batch', '--mode', 'all', '--corpus', corpus, '--out', out, '--min-similarity', '1', '--no-cache']);
    expectHandled(outcome, 0);
    expect(outcome.stdout).toContain('500 documents, 124750 pairs: 0 compared (0 reused), 124750 estimated, 0 reports');
    expect(results(out)).toHaveLength(124_750);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('The table lists 2,000 of the 124,750 pairs');
    expect(index.match(/<tr id="pair-/g)).toHaveLength(2000);
    expect(index.length).toBeLessThan(4 * 1024 ** 2); // 55 MB before
  }, 120_000);
});
