import { describe, expect, it } from 'vitest';
import { SHARED_MISSING } from '../helpers/paths.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';
import { AGRICULTURE, DPRK, UN_SERIES_AVAILABLE, compareInSeries } from '../helpers/un-series.js';

/**
 * Session 19 (brief dig19): digest lines that say what the step did, on the real series (review 18, "Real lines that
 * left"). Each case was reproduced on main (7a4dbf1) first; the line it had there is quoted in its comment.
 */
describe.skipIf(!UN_SERIES_AVAILABLE)(`digest lines say what the step did (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('DPRK 79/181 → 80/220 OP 2 (a) (viii) + (xiii): the merged line says (xiii) carried in, not its words dropped', async () => {
    // On main: `… · drops “Violence and discrimination against women, including unequal access to employment and
    // discriminatory laws and …” · 2 more changes`: the words the merge found carried into (viii) said as dropped.
    // The newer (viii) says "discriminatory laws and regulations" and "discrimination and violence": nothing of (xiii) left.
    const line = lineAt(linesOf(await compareInSeries(DPRK, 'A_RES_79_181.txt', 'A_RES_80_220.txt')), 'OP 2 (a) (viii) + OP 2 (a) (xiii) → OP 2 (a) (viii)');
    expect(line.changes).toEqual([
      'discriminatory regulations → discriminatory laws and regulations',
      'regulations; → regulations, domestic violence,',
      'adds “and by law enforcement officials”',
      'OP 2 (a) (xiii) carried in, words kept',
      '2 more changes',
    ]);
    expect(line.text).not.toContain('drops');
  }, 60_000);

  it('Agriculture 78/168 → 79/227 PP 18 + PP 19 → PP 18: the welcome lowered to a note first, the dates after, no false "date removed"', async () => {
    // On main: `drops “8 to 11 February 2021, …”, adds “23 to 27 October and on 25 November 2023”; …; 5 more changes —
    // session number removed: …; date removed: 23 to 27 October 2023`: the sessions' dates first, "welcoming the adoption
    // → taking note of the adoption" (the Committee's guidelines no longer welcomed) among the 5 more, and a date the
    // merged PP 18 still says ("from 23 to 27 October and on 25 November 2023") said removed.
    const line = lineAt(linesOf(await compareInSeries(AGRICULTURE, 'A_RES_78_168.txt', 'A_RES_79_227.txt')), 'PP 18 + PP 19 → PP 18');
    expect(line.changes[0]).toBe('welcoming the adoption → taking note of the adoption');
    expect(line.changes).toHaveLength(5);
    expect(line.changes[4]).toBe('5 more changes');
    expect(line.text).not.toContain('8 to 11 February 2021');
    expect(line.signals).not.toContain('date removed: 23 to 27 October 2023');
    // The 2021 session's dates did leave the text: that removal is still said.
    expect(line.signals).toContain('date removed: 11 to 14 October 2021');
  }, 60_000);
});
