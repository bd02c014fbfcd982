import { describe, expect, it } from 'vitest';
import { asciiCounts, countSlot } from '../../src/classify/letter-counts.js';
import { routineReasons } from '../../src/classify/routine.js';
import { statisticsRefreshedReasons } from '../../src/classify/statistics.js';
import { rosterChangeReason } from '../../src/classify/voting-roster.js';

// Issue 21 session 22: three rules test a necessary condition before their costly part, with the same answers (the
// precision dump, the golden outputs and the FOMC, 3,000- and 10,000-paragraph reports were byte-identical to main's).
// `figuresOfTheirYearRefreshed` and `eventListGrowth` count letters (`asciiCounts`) before their word diff; `votersOf`
// looks for "Voting for" or an alternate's note before its searches.

describe('asciiCounts', () => {
  it('counts ASCII letters lowercased and ASCII digits, and nothing else', () => {
    const counts = asciiCounts('Aa zZ 09 9 é ß \u212A İ -_');
    expect(counts[countSlot('a')]).toBe(2);
    expect(counts[countSlot('z')]).toBe(2);
    expect(counts[countSlot('0')]).toBe(1);
    expect(counts[countSlot('9')]).toBe(2);
    // The Kelvin sign lowercases to "k", the capital I with a dot to "i" and a combining dot.
    expect(counts[countSlot('k')]).toBe(1);
    expect(counts[countSlot('i')]).toBe(1);
    expect([...counts].reduce((sum, count) => sum + count, 0)).toBe(9);
  });
});

describe('statistics refreshed, letters counted before the word diff', () => {
  const before = 'Underscores the need to address child stunting, with nearly 900,000 children affected by stunting in 2022,';

  it('lets a figure gain "million" or "per cent" (letters a figure may hold) and rejects another word changed', () => {
    const after = before.replace('900,000', '1.2 million').replace('2022', '2024');
    expect(statisticsRefreshedReasons(before, after)).toEqual(['statistics refreshed with the year of their data: 900,000 → 1.2 million']);
    // "children" → "infants": a letter of neither a figure nor "million" counts otherwise, so no diff is read.
    expect(statisticsRefreshedReasons(before, after.replace('children', 'infants'))).toBeNull();
    // Case only ("Child"): the same letters lowercased, still refreshed figures (as main's build answers).
    expect(statisticsRefreshedReasons(before, after.replace('child stunting', 'Child stunting'))).toEqual([
      'statistics refreshed with the year of their data: 900,000 → 1.2 million',
    ]);
  });
});

describe('a list of events grown, letters counted before the word diff', () => {
  const before = 'Recalls the convening of the first Conference of States Parties to the Treaty, on 4 November 2010, the fourth Conference of States Parties, on 14 and 15 March 2018, and the fifth Conference of States Parties, on 17 and 18 May 2022, all held in Addis Ababa;';
  const after = 'Recalls the convening of the first Conference of States Parties to the Treaty, on 4 November 2010, the fourth Conference of States Parties, on 14 and 15 March 2018, the fifth Conference of States Parties, on 17 and 18 May 2022, and the sixth Conference of States Parties, on 24 and 25 October 2024, all held in Addis Ababa;';

  it('reads the list grown where only "and" moved, and no list grown where a word of the older text went', () => {
    expect(routineReasons(before, after)).toEqual(['list of events grew: the sixth Conference of States Parties, on 24 and 25 October 2024']);
    // "Parties" → "parties": spelt otherwise, the same letters.
    expect(routineReasons(before, after.replace('the sixth Conference of States Parties', 'the sixth Conference of States parties'))).toEqual([
      'list of events grew: the sixth Conference of States parties, on 24 and 25 October 2024',
    ]);
    // "held" → "convened" in the older text's words: a letter ("h") fewer in the newer text, so no list grew.
    expect(routineReasons(before, after.replace('all held in', 'all convened in')).some((reason) => reason.startsWith('list of events grew'))).toBe(false);
  });
});

describe('the voting roster, looked for before it is read', () => {
  const older = 'Voting for the FOMC monetary policy action were: Ben S. Bernanke, Chairman; William C. Dudley, Vice Chairman; Elizabeth A. Duke; Charles L. Evans; and Daniel K. Tarullo.';

  it('reads a list and an alternate note, and nothing in a text with neither phrase', () => {
    expect(rosterChangeReason(older, older.replace('Charles L. Evans', 'Jeffrey M. Lacker'))).toBe(
      'the list of voting members changed (out: Charles L. Evans; in: Jeffrey M. Lacker): the yearly rotation of voters, a member joining or leaving; no dissent changed',
    );
    // An alternate's note beside the list: a voter of the list.
    expect(rosterChangeReason(older, `${older} Patrick Harker voted as an alternate member at this meeting.`)).toBe(
      'the list of voting members changed (in: Patrick Harker): the yearly rotation of voters, a member joining or leaving; no dissent changed',
    );
    expect(rosterChangeReason(older, older.replace('Voting for', 'Voting in favour of'))).toBeNull();
  });
});
