import { describe, expect, it } from 'vitest';
import { routineReasons } from '../../src/classify/routine.js';
import { commitmentShift } from '../../src/classify/signals/commitment.js';
import { normalizeParagraph } from '../../src/normalize/normalize.js';
import { findNumbers, numberChanges } from '../../src/classify/signals/numbers.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { IAEA, UNIVERSAL_JURISDICTION, UN_SERIES_AVAILABLE as available, compareInSeries, findingAt, isSubstantive, paragraphs } from '../helpers/un-series.js';

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
    // Without the clause, the list alone of the next session, its subjects the same, is the year's list again; the
    // real one is not (session 15: its subjects changed, `resolutionListSubjects`).
    const [before, after] = paragraphs(result, 'OP 2', 'OP 2');
    const listOnly = after.replace(/; and of the statements by the President[^;]*(?:;[^;]*)*?, all as reflected in the official records of the General Conference;$/, ';');
    expect(listOnly).not.toBe(after);
    expect(routineReasons(before, listOnly)).toEqual([]);
    const sameSubjects = before.replace(/GC\(68\)/g, 'GC(69)').replace('sixty-eighth', 'sixty-ninth').replace('16 to 20 September 2024', '15 to 19 September 2025');
    const reasons = routineReasons(before, sameSubjects);
    expect(reasons).toContain('reference succeeded: GC(68)/RES/8 → GC(69)/RES/8');
    expect(reasons.every((reason) => /^(?:reference succeeded|yearly succession|date changed)/.test(reason))).toBe(true);
    expect(routineReasons(before, `${sameSubjects.replace(/;$/, '')}; and of the statements by the President of the General Conference, all as reflected in the official records of the General Conference;`)).toEqual([]);
  });

  it.skipIf(!available)(`IAEA 78/8 → 79/4 OP 2, the list of the sixty-seventh session → the sixty-eighth's, four subjects dropped: no longer a technical update (session 15)${skipNote}`, async () => {
    const result = await compareInSeries(IAEA, 'A_RES_78_8.txt', 'A_RES_79_4.txt');
    const finding = findingAt(result, 'OP 2');
    expect(isSubstantive(finding)).toBe(true);
    expect(finding.signals.filter((signal) => /^figure/.test(signal.summary))).toEqual([]);
  });

  it('no figure is read inside a General Conference symbol or after "item"', () => {
    const text = 'decisions GC(69)/DEC/10, entitled “Amendment”, and the agenda item 8 entitled “Election”; item 15 entitled “Strengthening”; items 16 and 17 of the agenda; 12 Member States';
    expect(findNumbers(text).filter((mention) => mention.category === 'figure').map((mention) => mention.text)).toEqual(['12']);
  });
});


describe('"urges" presses harder than "calls upon" (UN drafting: urges > calls upon > encourages > invites)', () => {
  const shift = (before: string, after: string): string | null => commitmentShift(normalizeParagraph(before).tokens, normalizeParagraph(after).tokens)?.summary ?? null;
  const calls = 'Calls upon States that have not yet done so to address their financial obligations under the Treaty in a prompt and timely manner;';
  const urges = 'Urges States that have not yet done so to address their financial obligations under the Treaty in a prompt and timely manner;';
  it('"Calls upon States …" → "Urges States …" is a commitment strengthened, the reverse weakened', () => {
    expect(shift(calls, urges)).toBe('commitment strengthened: call upon → urge');
    expect(shift(urges, calls)).toBe('commitment weakened: urge → call upon');
    expect(shift(calls.replace('Calls upon', 'Also calls on'), urges)).toBe('commitment strengthened: call on → urge');
  });
  it('counter-cases: the rest of the rung stays one rung with "urges"; the rungs below stay below', () => {
    expect(shift(calls.replace('Calls upon', 'Demands that'), urges)).toBeNull();
    expect(shift(calls.replace('Calls upon', 'Requests'), urges)).toBeNull();
    expect(shift(calls.replace('Calls upon', 'Encourages'), calls)).toBe('commitment strengthened: encourage → call upon');
    expect(shift(urges, urges.replace('Urges', 'Encourages'))).toBe('commitment weakened: urge → encourage');
  });
});

describe('a yearly deadline moved with the session is routine beside a negotiated change', () => {
  it.skipIf(!available)(`Universal jurisdiction 78/113 → 79/127 OP 4: "before 26 April 2024 → 25 April 2025" with the seventy-ninth → eightieth session is routine; the report's new scope stays negotiated${skipNote}`, async () => {
    const result = await compareInSeries(UNIVERSAL_JURISDICTION, 'A_RES_78_113.txt', 'A_RES_79_127.txt');
    const finding = findingAt(result, 'OP 4');
    expect(isSubstantive(finding)).toBe(true);
    const summaries = finding.signals.map((signal) => signal.summary);
    expect(summaries).toContain('deadline moved (routine): before 26 April 2024 → before 25 April 2025');
    expect(summaries).toContain('session number removed: sixty-second session');
    // The next step of the same paragraph says the same of the same kind of change.
    const next = findingAt(await compareInSeries(UNIVERSAL_JURISDICTION, 'A_RES_79_127.txt', 'A_RES_80_168.txt'), 'OP 4');
    expect(next.routine).toBe(true);
    expect(next.signals.map((signal) => signal.summary)).toContain('deadline moved (routine): before 25 April 2025 → before 24 April 2026');
  });
  const older = 'Invites Member States to submit, before 26 April 2024, information, and requests the Secretary-General to submit to the Assembly at its seventy-ninth session a report';
  const deadline = (before: string, after: string) => numberChanges(before, after).filter((signal) => signal.category === 'deadline').map((signal) => signal.summary);
  it('counter-cases: the session kept, the deadline moved two years or by a month: still a deadline moved', () => {
    expect(deadline(older, older.replace('26 April 2024', '25 April 2025').replace('seventy-ninth', 'eightieth'))).toEqual(['deadline moved (routine): before 26 April 2024 → before 25 April 2025']);
    expect(deadline(older, older.replace('26 April 2024', '25 April 2025'))).toEqual(['deadline moved (later or lifted): before 26 April 2024 → before 25 April 2025']);
    expect(deadline(older, older.replace('26 April 2024', '25 April 2026').replace('seventy-ninth', 'eightieth'))).toEqual(['deadline moved (later or lifted): before 26 April 2024 → before 25 April 2026']);
    expect(deadline(older, older.replace('26 April 2024', '26 May 2024').replace('seventy-ninth', 'eightieth'))).toEqual(['deadline moved (later or lifted): before 26 April 2024 → before 26 May 2024']);
  });
});

