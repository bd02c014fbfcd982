import { describe, expect, it } from 'vitest';
import { eventClausesMovedOn, routineReasons } from '../../src/classify/routine.js';
import { findNumbers } from '../../src/classify/signals/numbers.js';
import { findReferences } from '../../src/classify/signals/references.js';
import { defaultLexicons } from '../../src/classify/signals/lexicon.js';

// Issue 21 session 14: tests the routine rules now skip (a necessary condition read first) or read later (the per-text
// reads of a rule made lazy), and the memo of searched texts (tried larger, then kept at 64 texts for the peak memory).
// Each pair below has a twin that differs only in what the shortcut reads: the two must still get different answers.

const CALLS = 'Recognizes the need for dealing with severe food insecurity, and calls upon Member States to keep food supply chains functioning';

describe('events moved on clause by clause: no alike table without a newer event clause that names a year', () => {
  it('answers the dated clause and refuses the same clause without its year', () => {
    const older = `${CALLS}, welcoming the Nutrition for Growth Summit held in Tokyo in 2021;`;
    const dated = `${CALLS}, recalling the Nutrition for Growth Summit held in Tokyo in 2021, and looking forward to the Nutrition for Growth Summit to be convened in Paris in 2025;`;
    const undated = `${CALLS}, recalling the Nutrition for Growth Summit held in Tokyo, and looking forward to the Nutrition for Growth Summit to be convened in Paris;`;
    expect(eventClausesMovedOn(older, dated)?.reasons[0]).toMatch(/^events moved on, clause by clause: /);
    expect(eventClausesMovedOn(older, undated)).toBeNull();
    // A year in a clause that records no event is not enough either.
    expect(eventClausesMovedOn(older, `${CALLS}, and calls upon Member States to act before 2025;`)).toBeNull();
  });
});

describe('references brought up to date: only spans that hold a digit are read as lists', () => {
  const older = 'Takes note of the report submitted pursuant to resolutions 34/24, 40/20 and 46/17;';
  it('reads a list of later resolutions, and not the same list named in words', () => {
    expect(routineReasons(older, 'Takes note of the report submitted pursuant to resolutions 52/28 and 55/21;')).toEqual(['references brought up to date: 34/24, 40/20, 46/17 → 52/28, 55/21']);
    expect(routineReasons(older, 'Takes note of the report submitted pursuant to resolutions fifty-two and fifty-five;')).toEqual([]);
    // Earlier resolutions (digits on both sides, the rule reads them and refuses).
    expect(routineReasons(older, 'Takes note of the report submitted pursuant to resolutions 22/28 and 25/21;')).toEqual([]);
  });
});

describe('the memo of searched texts', () => {
  it('gives each text its own mentions past the number of texts it keeps, and each lexicon its own', () => {
    const texts = Array.from({ length: 1500 }, (_, k) => `Recalls its resolution ${(k % 90) + 1}/${k} of ${(k % 28) + 1} December ${1950 + (k % 70)};`);
    const first = texts.map((text) => findNumbers(text).map((mention) => mention.text));
    const references = texts.map((text) => findReferences(text).map((mention) => mention.key));
    // Read again in another order, after the memo was cleared at least once: the same answers, one per text.
    for (let k = texts.length - 1; k >= 0; k -= 7) {
      expect(findNumbers(texts[k]).map((mention) => mention.text)).toEqual(first[k]);
      expect(findReferences(texts[k]).map((mention) => mention.key)).toEqual(references[k]);
    }
    expect(first[3]).not.toEqual(first[4]);
    expect(references[3]).toEqual(['resolution 4/3']);
    // Another lexicon (an owner of its own) that knows no instrument: its answer is not the default lexicon's.
    const named = 'Recalls the Paris Agreement and resolution 78/12;';
    const withInstruments = findReferences(named).map((mention) => mention.kind);
    const without = findReferences(named, { ...defaultLexicons(), references: [] }).map((mention) => mention.kind);
    expect(withInstruments).toContain('instrument');
    expect(without).not.toContain('instrument');
  });
});
