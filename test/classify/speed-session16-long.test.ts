import { describe, expect, it } from 'vitest';
import { sameToken, wordDiffKey } from '../../src/classify/word-diff.js';
import { usesOf } from '../../src/classify/yearly.js';
import { routineReasons } from '../../src/classify/routine.js';
import { statisticsRefreshedReasons } from '../../src/classify/statistics.js';

// Issue 21 session 16: a token comparison by code units, a pattern tried only on texts holding its words, and rules that
// need a digit or a dated item passed over without a word diff. Each shortcut against the way it stands in for, on
// inputs that must give different answers.

/** A small random generator, so the fuzz is the same on every run. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('sameToken compares code unit by code unit as wordDiffKey folds', () => {
  // Every dash and apostrophe folded, their neighbours that are not, and plain letters.
  const UNITS = ['a', 'b', '-', "'", '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2016', '\u2212', '\u2211', '\u2213', '\u2018', '\u2019', '\u201A', '\u201B', '\u201C', '\u2032', '\u2033', '`', '\u00B4', '\u00B5', '_'];

  it('gives the answer of comparing the folded tokens, on random tokens of dashes, apostrophes and their neighbours', () => {
    const random = rng(16);
    let same = 0;
    let different = 0;
    for (let n = 0; n < 20000; n++) {
      const length = 1 + Math.floor(random() * 4);
      const left = Array.from({ length }, () => UNITS[Math.floor(random() * UNITS.length)]).join('');
      // Half the time the right token is the left one with some units swapped for a unit of the same fold or not.
      const right =
        random() < 0.5
          ? [...left].map((unit) => (random() < 0.5 ? unit : UNITS[Math.floor(random() * UNITS.length)])).join('')
          : Array.from({ length: 1 + Math.floor(random() * 4) }, () => UNITS[Math.floor(random() * UNITS.length)]).join('');
      const expected = left === right || (left.length === right.length && wordDiffKey(left) === wordDiffKey(right));
      expect(sameToken(left, right)).toBe(expected);
      if (expected) same++;
      else different++;
    }
    expect(same).toBeGreaterThan(1000);
    expect(different).toBeGreaterThan(1000);
  });

  it('folds dashes with dashes and apostrophes with apostrophes, never one with the other', () => {
    expect(sameToken('non\u2011proliferation', 'non-proliferation')).toBe(true);
    expect(sameToken('Committee\u2019s', "Committee's")).toBe(true);
    expect(sameToken('a\u2014b', 'a\u2019b')).toBe(false);
    expect(sameToken('a\u2016b', 'a-b')).toBe(false);
    expect(sameToken('a\u201Cb', "a'b")).toBe(false);
    expect(sameToken('ab', 'a-b')).toBe(false);
  });
});

describe('usesOf tries its pattern only on texts holding the phrase', () => {
  // The count as it was read before (the pattern on every text).
  const byPattern = (phrase: string, texts: readonly string[]): number => {
    const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const phraseWords = phrase.split(' ');
    const last = phraseWords.pop() ?? '';
    const lastPattern = [...last].map(escape).join(' ?');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${[...phraseWords.map(escape), lastPattern].join('\\s+')}(?![\\p{L}\\p{N}-])`, 'giu');
    return texts.reduce((sum, text) => sum + (text.match(pattern)?.length ?? 0), 0);
  };
  const TEXTS = [
    'The effects of ionizing radiation and of Ionizing\nRadiation exposure,',
    'exposure to ionizing radiatio n sciences, and non-ionizing radiation,',
    'radiation alone, ionizing alone, pre-ionizing radiation-free',
    // Case folded as the i and u flags fold: the long s (ſ) is an s, the Kelvin sign (K) a k.
    'the ſtate of the work, the Kelvin and \u212Aelvin scales, STATE',
    'and the state of work; andthe state',
    '',
  ];
  const PHRASES = ['ionizing radiation', 'radiation', 'ionizing', 'the state', 'state', 'kelvin', 'and the', 'and', 'the work', 'radiation exposure', 'absent phrase', 'non'];

  it('counts as the pattern on every text does, for phrases found and not found', () => {
    const counts = PHRASES.map((phrase) => usesOf(phrase, TEXTS));
    expect(counts).toEqual(PHRASES.map((phrase) => byPattern(phrase, TEXTS)));
    expect(counts.some((count) => count === 0)).toBe(true);
    expect(counts.some((count) => count > 1)).toBe(true);
    // The folds the flags make are kept: "ſtate" is a use of "state" (with "STATE"), "\u212Aelvin" of "kelvin".
    expect(usesOf('state', [TEXTS[3]])).toBe(2);
    expect(usesOf('kelvin', [TEXTS[3]])).toBe(2);
  });
});

describe('rules passed over without a word diff give the same answers', () => {
  it('reads figures refreshed with their year only where both sides hold a digit', () => {
    const before = 'Underscores the need to address child stunting, with nearly 148.1 million children affected by stunting in 2022,';
    const after = 'Underscores the need to address child stunting, with nearly 150.2 million children affected by stunting in 2024,';
    expect(statisticsRefreshedReasons(before, after)).toEqual(['statistics refreshed with the year of their data: 148.1 → 150.2']);
    // A figure written out in words on one side: no digit there, no figure for a figure.
    expect(statisticsRefreshedReasons(before, after.replace('150.2 million', 'many million').replace('2024', 'recent years'))).toBeNull();
    expect(statisticsRefreshedReasons(before.replace('148.1 million', 'many million').replace('2022', 'recent years'), after)).toBeNull();
  });

  it('reads a list of events grown only where the older list dates or numbers its events', () => {
    const before = 'Recalls the convening of the first Conference of States Parties to the Treaty, on 4 November 2010, the fourth Conference of States Parties, on 14 and 15 March 2018, and the fifth Conference of States Parties, on 17 and 18 May 2022, all held in Addis Ababa;';
    const after = 'Recalls the convening of the first Conference of States Parties to the Treaty, on 4 November 2010, the fourth Conference of States Parties, on 14 and 15 March 2018, the fifth Conference of States Parties, on 17 and 18 May 2022, and the sixth Conference of States Parties, on 24 and 25 October 2024, all held in Addis Ababa;';
    expect(routineReasons(before, after)).toEqual(['list of events grew: the sixth Conference of States Parties, on 24 and 25 October 2024']);
    // The same growth beside an older list with no date and no edition: nothing to count the new event from.
    const undated = (text: string): string => text.replace(/first |fourth |fifth |, on 4 November 2010|, on 14 and 15 March 2018|, on 17 and 18 May 2022/g, '');
    expect(routineReasons(undated(before), undated(after)).some((reason) => reason.startsWith('list of events grew'))).toBe(false);
  });
});
