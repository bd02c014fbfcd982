import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../src/pipeline.js';
import { renderJson, renderJsonPieces } from '../../src/report/json.js';
import type { RedlineResult } from '../../src/types.js';
import { DRAFT, HAS_SHARED, SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

// Issue 21 session 17: `compare --format json` writes the JSON text in pieces; the bytes must be `renderJson`'s.

const joined = (value: unknown): string => [...renderJsonPieces(value as RedlineResult)].join('');

describe('the JSON text in pieces', () => {
  it('is renderJson\'s text for the seed against the demo draft', async () => {
    const result = await compareTexts(readFileSync(DRAFT, 'utf8'), readFileSync(SEED, 'utf8'));
    expect(result.comparisons[0]!.findings.length).toBeGreaterThan(5);
    expect(joined(result)).toBe(renderJson(result));
  });

  it.skipIf(!HAS_SHARED)(`is renderJson's text for the FOMC pair of bench:speed${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, async () => {
    const folder = join(SHARED_DATA, 'fomc-statements');
    const result = await compareTexts(readFileSync(join(folder, 'fomc_2009-12-16.txt')), readFileSync(join(folder, 'fomc_2010-01-27.txt')), { leftId: 'fomc_2009-12-16.txt', rightId: 'fomc_2010-01-27.txt' });
    const pieces = [...renderJsonPieces(result)];
    expect(pieces.join('')).toBe(renderJson(result));
    expect(pieces.at(-1)!.endsWith('}\n')).toBe(true);
  });

  it('writes what JSON.stringify writes for values it leaves out, empty containers, escapes and values nested past the opened depth', () => {
    const value = {
      schemaVersion: 1,
      skipped: undefined,
      fn: () => 1,
      sym: Symbol('x'),
      empty: [],
      emptyObject: {},
      text: 'line\nbreak "quoted" \u2028 \ud83d\ude00 lone \ud800 tab\t',
      numbers: [0, -0, 1.5e300, Number.NaN, Number.POSITIVE_INFINITY, null, undefined, () => 2],
      date: new Date(Date.UTC(2020, 0, 2)),
      documents: [{ id: 'a', paragraphs: [{ text: 'x\ny', deep: { deeper: [[1, [2, { k: 'v\n' }]], {}] } }, undefined, []] }, {}],
      '2': 'an integer key comes first',
      'key "quoted"': true,
      comparisons: [[[[[['five deep']]]]]],
    };
    expect(joined(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(joined([])).toBe('[]\n');
    expect(joined({})).toBe('{}\n');
    expect(joined({ only: undefined })).toBe('{}\n');
  });

  it('hands the writer pieces of about 64 Ki characters, not the whole text', () => {
    const big = { documents: [{ paragraphs: Array.from({ length: 3000 }, (_, i) => ({ index: i, text: `paragraph ${i} `.repeat(20) })) }] };
    const pieces = [...renderJsonPieces(big as unknown as RedlineResult)];
    expect(pieces.join('')).toBe(`${JSON.stringify(big, null, 2)}\n`);
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan((1 << 16) + 1000);
  });
});

