import { describe, expect, it } from 'vitest';
import { routineReasons } from '../../src/classify/routine.js';
import { findNumbers } from '../../src/classify/signals/numbers.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { IAEA, UN_SERIES_AVAILABLE as available, compareInSeries, findingAt, isSubstantive, paragraphs } from '../helpers/un-series.js';

/**
 * Fix 12C: classification defects a new user found in session 12 (redline #23). Each on its real pair, with a
 * counter-case that stays as it was.
 */

const skipNote = available ? '' : SHARED_MISSING;

describe("a session's resolutions taken note of change only as that session's list", () => {
  it.skipIf(!available)(`IAEA 79/4 → 80/7 OP 2: "; and of the statements by the President of the General Conference with regard to … item 8 …" added beside the year's list: negotiated${skipNote}`, async () => {
    const result = await compareInSeries(IAEA, 'A_RES_79_4.txt', 'A_RES_80_7.txt');
    const finding = findingAt(result, 'OP 2');
    expect(isSubstantive(finding)).toBe(true);
    expect(finding.diff?.some((part) => part.op === 'insert' && part.text.includes('statements by the President of the General Conference'))).toBe(true);
    // The numbers of the symbols (GC(68)/DEC/9 → GC(69)/DEC/10) and of the agenda items (item 15) are no figures.
    expect(finding.signals.filter((signal) => /^figure/.test(signal.summary))).toEqual([]);
    expect(finding.signals.some((signal) => signal.summary === 'reference succeeded (routine): GC(68)/DEC/9 → GC(69)/DEC/10')).toBe(true);
    // Without the clause, the same change is the year's list again.
    const [before, after] = paragraphs(result, 'OP 2', 'OP 2');
    const listOnly = after.replace(/; and of the statements by the President[^;]*(?:;[^;]*)*?, all as reflected in the official records of the General Conference;$/, ';');
    expect(listOnly).not.toBe(after);
    expect(routineReasons(before, listOnly)).toEqual(["the year's resolutions taken note of: Takes note of resolutions … of the next session"]);
  });

  it.skipIf(!available)(`counter-case: IAEA 78/8 → 79/4 OP 2, the list of the sixty-seventh session → the sixty-eighth's, items dropped and renumbered: still a technical update${skipNote}`, async () => {
    const result = await compareInSeries(IAEA, 'A_RES_78_8.txt', 'A_RES_79_4.txt');
    const finding = findingAt(result, 'OP 2');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(["the year's resolutions taken note of: Takes note of resolutions … of the next session"]);
    expect(finding.signals.filter((signal) => /^figure/.test(signal.summary))).toEqual([]);
  });

  it('no figure is read inside a General Conference symbol or after "item"', () => {
    const text = 'decisions GC(69)/DEC/10, entitled “Amendment”, and the agenda item 8 entitled “Election”; item 15 entitled “Strengthening”; items 16 and 17 of the agenda; 12 Member States';
    expect(findNumbers(text).filter((mention) => mention.category === 'figure').map((mention) => mention.text)).toEqual(['12']);
  });
});
