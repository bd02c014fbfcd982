import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compare } from '../../src/index.js';
import { findReferences, isNextSessionSymbol, isSuccessor, referenceChanges } from '../../src/classify/signals/references.js';
import { findActors } from '../../src/classify/signals/actors.js';
import { routineReasons } from '../../src/classify/routine.js';
import { resolutionListChange } from '../../src/classify/resolution-list.js';
import type { Finding, RedlineResult, Signal } from '../../src/types.js';
import { SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { IAEA, POLYNESIA, UN_SERIES_AVAILABLE as available, compareInSeries, findingAt, isSubstantive, paragraphs } from '../helpers/un-series.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';

/**
 * Session 15, fix15-refs (trial 15b, defect 1): a reference "succeeds" another only on the same subject. Report of the
 * IAEA 78/8 → 79/4 OP 2 paired GC(67)/RES/14 “Status of Palestine in the IAEA” with GC(68)/RES/15 “Nuclear safety,
 * security and safeguards in Ukraine” by their place in the list, read the paragraph as the year's list, and the step
 * as a technical update.
 */

const skipNote = available ? '' : SHARED_MISSING;
const L7 = join(SHARED_DATA, 'un-resolutions/texts/drafts/A_80_L.7.txt');
const compareWithDraft = (older: string): Promise<RedlineResult> => compare(join(SHARED_DATA, 'un-resolutions/texts/series', IAEA, older), L7);
const summaries = (finding: Finding, test: (signal: Signal) => boolean): string[] => finding.signals.filter(test).map((signal) => signal.summary);
const succeeded = (signal: Signal): boolean => signal.type === 'reference' && signal.change === 'succeeded';
const removed = (signal: Signal): boolean => signal.type === 'reference' && signal.change === 'removed';
const one = (text: string) => findReferences(text)[0];

describe('a titled resolution is succeeded only by one of the same title', () => {
  it('the title after "entitled" must match, its session and ordinal words aside; after "on", one may run on where the other stops; without a title, the symbol alone', () => {
    const palestine = one('GC(67)/RES/14, entitled “Status of Palestine in the IAEA”;');
    expect(palestine.title).toBe('Status of Palestine in the IAEA');
    expect(isSuccessor(palestine, one('GC(68)/RES/15, entitled “Nuclear safety, security and safeguards in Ukraine”;'))).toBe(false);
    expect(isSuccessor(palestine, one('GC(68)/RES/9, entitled “Status of Palestine in the IAEA”;'))).toBe(true);
    // The body's next session all the same (what "a decision of an earlier session welcomed, dropped" asks).
    expect(isNextSessionSymbol(palestine, one('GC(68)/RES/15, entitled “Nuclear safety, security and safeguards in Ukraine”;'))).toBe(true);
    expect(isSuccessor(one('resolution 78/70 entitled “Report of the Committee on its sixty-seventh session”'), one('resolution 79/80 entitled “Report of the Committee on its sixty‑eighth session”'))).toBe(true);
    expect(isSuccessor(one('its resolution 78/72 of 7 December 2023 on the rule of law, and'), one('its resolution 79/100 of 4 December 2024 on the rule of law at the national and international levels,'))).toBe(true);
    expect(isSuccessor(one('its resolution 78/72 of 7 December 2023 on the rule of law, and'), one('its resolution 79/100 of 4 December 2024 on oceans and the law of the sea,'))).toBe(false);
    // Counter-case: no title on either side, or on one only: kind, shape and next session, as before.
    expect(isSuccessor(one('its resolution 78/72,'), one('its resolution 79/100,'))).toBe(true);
    expect(isSuccessor(one('its resolution 78/72 on the rule of law,'), one('its resolution 79/100,'))).toBe(true);
    // A date after "on" is no subject.
    expect(one('resolution 78/72 on 7 December 2023').title).toBeNull();
  });

  it.skipIf(!available)(`French Polynesia 78/91 → 79/104 PP 13: resolution 77/119 entitled “Effects of atomic radiation” → 78/71 of the same title: still the yearly succession${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(POLYNESIA, 'A_RES_78_91.txt', 'A_RES_79_104.txt'), 'PP 13');
    expect(finding.routine).toBe(true);
    expect(summaries(finding, succeeded)).toEqual(['reference succeeded (routine): resolution 77/119 → resolution 78/71']);
  });

  it.skipIf(!available)(`IAEA 78/8 → 79/4 OP 2: the resolutions succeeded are those of the same title; four subjects no longer taken note of, named; negotiated${skipNote}`, async () => {
    const result = await compareInSeries(IAEA, 'A_RES_78_8.txt', 'A_RES_79_4.txt');
    const finding = findingAt(result, 'OP 2');
    expect(isSubstantive(finding)).toBe(true);
    expect(summaries(finding, succeeded)).toEqual([
      'reference succeeded (routine): GC(67)/RES/7 → GC(68)/RES/8',
      'reference succeeded (routine): GC(67)/RES/8 → GC(68)/RES/9',
      'reference succeeded (routine): GC(67)/RES/9 → GC(68)/RES/10',
      'reference succeeded (routine): GC(67)/RES/10 → GC(68)/RES/11',
      'reference succeeded (routine): GC(67)/RES/11 → GC(68)/RES/12',
      'reference succeeded (routine): GC(67)/RES/12 → GC(68)/RES/13',
      'reference succeeded (routine): GC(67)/RES/13 → GC(68)/RES/14',
      'reference succeeded (routine): GC(67)/RES/16 → GC(68)/RES/15',
      'reference succeeded (routine): GC(67)/DEC/9 → GC(68)/DEC/9',
      'reference succeeded (routine): GC(67)/DEC/11 → GC(68)/DEC/10',
    ]);
    expect(summaries(finding, removed)).toEqual([
      'reference removed: GC(67)/RES/14 “Status of Palestine in the IAEA”',
      'reference removed: GC(67)/RES/15 “Restoration of the sovereign equality of Member States in the IAEA”',
      'reference removed: GC(67)/RES/17 “Personnel”',
      'reference removed: GC(67)/DEC/10 “Amendment to Article VI of the Statute”',
      'reference removed: Article VI',
    ]);
    // The words of the titles name resolutions, not actors of the paragraph (before: `actor removed: State of Palestine
    // (6 → 3 actors named)` on a finding called routine).
    expect(finding.signals.filter((signal) => signal.type === 'actor')).toEqual([]);
    // The step is no technical update: the line names what went, entry by entry.
    expect(linesOf(result).map((line) => line.text)).toEqual([
      'OP 2: drops GC(67)/RES/14 “Status of Palestine in the IAEA”, GC(67)/RES/15 “Restoration of the sovereign equality of Member States in the IAEA”, GC(67)/RES/17 “Personnel” and GC(67)/DEC/10 “Amendment to Article VI of the Statute”',
    ]);
  });

  it.skipIf(!available)(`counter-case: the same list of the next session, its subjects the same and renumbered, stays the year's list${skipNote}`, async () => {
    const [before] = paragraphs(await compareInSeries(IAEA, 'A_RES_78_8.txt', 'A_RES_79_4.txt'), 'OP 2', 'OP 2');
    // 78/8's own list as GC(68) might have adopted it: every resolution renumbered one up, the session and dates moved.
    const renumbered = before
      .replace(/GC\(67\)\/(RES|DEC)\/(\d+)/g, (_, kind: string, number: string) => `GC(68)/${kind}/${Number(number) + 1}`)
      .replace('sixty-seventh', 'sixty-eighth')
      .replace('25 to 29 September 2023', '16 to 20 September 2024');
    expect(routineReasons(before, renumbered)).not.toEqual([]);
    expect(referenceChanges(before, renumbered).every((signal) => signal.routine)).toBe(true);
    expect(resolutionListChange(before, renumbered)).toBeNull();
    // A near miss: one title put for another, all else alike.
    const replaced = renumbered.replace('Status of Palestine in the IAEA', 'Status of the Agency in Palestine');
    expect(routineReasons(before, replaced)).toEqual([]);
    const change = resolutionListChange(before, replaced);
    expect([change?.dropped, change?.added]).toEqual([[{ name: 'GC(67)/RES/14', title: 'Status of Palestine in the IAEA' }], [{ name: 'GC(68)/RES/15', title: 'Status of the Agency in Palestine' }]]);
  });

  it.skipIf(!available)(`IAEA 79/4 → A/80/L.7 OP 2: no resolution paired with another subject; the President's statements named; no quote across entries${skipNote}`, async () => {
    const result = await compareWithDraft('A_RES_79_4.txt');
    const finding = findingAt(result, 'OP 2');
    expect(summaries(finding, succeeded)).toEqual([
      'reference succeeded (routine): GC(68)/RES/8 → GC(69)/RES/7',
      'reference succeeded (routine): GC(68)/RES/9 → GC(69)/RES/8',
      'reference succeeded (routine): GC(68)/RES/11 → GC(69)/RES/9',
      'reference succeeded (routine): GC(68)/RES/13 → GC(69)/RES/13',
      'reference succeeded (routine): GC(68)/RES/14 → GC(69)/RES/15',
      'reference succeeded (routine): GC(68)/RES/15 → GC(69)/RES/14',
      'reference succeeded (routine): GC(68)/DEC/9 → GC(69)/DEC/10',
      'reference succeeded (routine): GC(68)/DEC/10 → GC(69)/DEC/11',
    ]);
    expect(summaries(finding, removed)).toEqual([
      'reference removed: GC(68)/RES/10 “Strengthening of the Agency’s technical cooperation activities”',
      'reference removed: GC(68)/RES/12 “Strengthening the effectiveness and improving the efficiency of Agency safeguards”',
    ]);
    const text = lineAt(linesOf(result), 'OP 2').text;
    expect(text).toBe(
      'OP 2: drops GC(68)/RES/10 “Strengthening of the Agency’s technical cooperation activities”, GC(68)/RES/11 A “Non-power nuclear applications”, GC(68)/RES/11 C “Nuclear knowledge management” and GC(68)/RES/12 “Strengthening the effectiveness and improving the efficiency of Agency safeguards”; ' +
        'adds GC(69)/RES/9 A.2 “Support to the African Union’s Pan African Tsetse and Trypanosomosis Eradication Campaign (AU-PATTEC)”, GC(69)/RES/9 A.3 “Zoonotic Disease Integrated Action (ZODIAC) Project”, GC(69)/RES/10 “Extending the Technical Cooperation Programme for the State of Palestine to the Gaza Strip”, GC(69)/RES/16 “Personnel” and GC(69)/DEC/12 “Amendment to Article VI of the Statute”; ' +
        'adds “and of the statements by the President of the General Conference with regard to the General Conference agenda item 8 …”',
    );
    // Before: `drops "GC(68)/RES/11, entitled 'Strengthening the Agency's activities'"`, a quote across two entries.
    expect(text).not.toContain('entitled');
  });
});

describe('actors named inside a quoted title are not actors of the paragraph', () => {
  it('"entitled “Status of Palestine in the IAEA”" names a resolution; the State of Palestine named outside a title is an actor', () => {
    expect(findActors('Takes note of resolution GC(67)/RES/14, entitled “Status of Palestine in the IAEA”;').map((actor) => actor.name)).not.toContain('State of Palestine');
    expect(findActors('Calls upon the State of Palestine and the Agency to cooperate;').map((actor) => actor.name)).toContain('State of Palestine');
  });
});
