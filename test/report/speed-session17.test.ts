import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../src/pipeline.js';
import { renderJson, renderJsonPieces } from '../../src/report/json.js';
import { firstKeyChanges, keyChanges, KEY_CHANGES_SHOWN } from '../../src/report/key-changes.js';
import { WORD } from '../../src/report/replacements.js';
import { termRarity } from '../../src/report/view-model.js';
import type { Paragraph, RedlineResult } from '../../src/types.js';
import { DRAFT, HAS_SHARED, SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

// Issue 21 session 17: `compare --format json` writes the JSON text in pieces (the bytes must be `renderJson`'s); the
// key changes phrase only the lines shown; the report's term rarity counts without a set per paragraph.

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

/** Real pairs: the seed against the demo draft always; an FOMC pair and two UN resolutions where ../shared/data is. */
async function realResults(): Promise<RedlineResult[]> {
  const results = [await compareTexts(readFileSync(DRAFT, 'utf8'), readFileSync(SEED, 'utf8'))];
  if (!HAS_SHARED) return results;
  const series = join(SHARED_DATA, 'un-resolutions', 'texts', 'series');
  const pairs = [
    [join(SHARED_DATA, 'fomc-statements', 'fomc_2009-12-16.txt'), join(SHARED_DATA, 'fomc-statements', 'fomc_2010-01-27.txt')],
    [join(series, 'oceans-and-the-law-of-the-sea', 'A_RES_79_144.txt'), join(series, 'oceans-and-the-law-of-the-sea', 'A_RES_80_110.txt')],
    [join(series, 'nuclear-disarmament', 'A_RES_78_53.txt'), join(series, 'nuclear-disarmament', 'A_RES_79_50.txt')],
  ];
  for (const [left, right] of pairs) results.push(await compareTexts(readFileSync(left!), readFileSync(right!), { leftId: left, rightId: right }));
  return results;
}

describe('the key changes shown', () => {
  it(`are the first ${KEY_CHANGES_SHOWN} of all the key changes, and their total is the count of all (real pairs${HAS_SHARED ? '' : `; ${SHARED_MISSING}`})`, async () => {
    const totals: number[] = [];
    for (const result of await realResults()) {
      const [left, right] = result.documents;
      const comparison = result.comparisons[0]!;
      const all = keyChanges(comparison, left!.paragraphs, right!.paragraphs);
      const first = firstKeyChanges(comparison, left!.paragraphs, right!.paragraphs);
      expect(first.total).toBe(all.length);
      // Chosen by rank, listed in the text's order (trial 21-a D14): the same lines as the first by rank, sorted by row.
      const byRank = (shown: number) => firstKeyChanges(comparison, left!.paragraphs, right!.paragraphs, shown, new Set(), 'rank').shown;
      expect(byRank(KEY_CHANGES_SHOWN)).toEqual(all.slice(0, KEY_CHANGES_SHOWN));
      const row = (change: { href: string }) => Number(change.href.slice('#r-'.length));
      expect(first.shown).toEqual([...byRank(KEY_CHANGES_SHOWN)].sort((a, b) => row(a) - row(b)));
      for (const shown of [0, 1, 3, 1000]) expect(byRank(shown)).toEqual(all.slice(0, shown));
      totals.push(all.length);
    }
    // The oceans resolution has more key changes than are shown ("and 106 more"): the cut is exercised.
    // 114 before session 17's rules merged (three made routine or editorial); 110 since rules20b (session 20) reads OP 218 →
    // OP 214, IMO's work on marine plastic litter recorded as it moves on, as routine.
    // 109 since rules21 (session 21) reads OP 301 → OP 294, the Enhanced Tsunami Products' welcome dropped two years
    // on, as a past step's record dropped, routine; 110 again since fix21r (session 21): a dropped record must name a past
    // event, and the tsunami products' welcome names none.
    if (HAS_SHARED) expect(totals[2]).toBe(110);
    expect(totals.some((total) => total > 0)).toBe(true);
  });
});

describe('the report\'s term rarity', () => {
  /** The set-per-paragraph count it replaced. */
  const bySets = (paragraphs: readonly Paragraph[]): Map<string, number> => {
    const frequency = new Map<string, number>();
    for (const paragraph of paragraphs) for (const word of new Set(paragraph.text.toLowerCase().match(WORD) ?? [])) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    return new Map([...frequency].map(([word, count]) => [word, Math.log((paragraphs.length + 1) / count)]));
  };

  it('is the count of a set of words per paragraph, in the same order, on real texts and on words repeated within and across paragraphs', async () => {
    const made = (texts: string[]): Paragraph[] => texts.map((text) => ({ text }) as Paragraph);
    const cases = [
      made(['the the The THE', 'the cat', '', 'cat cat dog', "l'état L’État co-operation co-operation", 'the']),
      made([]),
      ...(await realResults()).flatMap((result) => result.documents.map((document) => document.paragraphs)),
    ];
    for (const paragraphs of cases) expect([...termRarity(paragraphs)]).toEqual([...bySets(paragraphs)]);
    expect(termRarity(cases[0]!).get('the')).toBeCloseTo(Math.log(7 / 3));
    expect(termRarity(cases[0]!).get('cat')).toBeCloseTo(Math.log(7 / 2));
  });
});
