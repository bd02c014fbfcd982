import { describe, expect, it } from 'vitest';
import { eventPassedReason } from '../../src/classify/event-passed-tone.js';
import type { Finding, Signal } from '../../src/types.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { DURBAN, FINANCIAL_SYSTEM, ICT, UN_SERIES_AVAILABLE as available, compareInSeries, findingAt, isSubstantive, paragraphs } from '../helpers/un-series.js';

/**
 * Session 19 (verbs19, trial 19-a defect 4): a verb that changed only because the thing awaited came about gives no
 * direction. The finding stays as it is (substantive where it was); its commitment shift (and a deadline the event met)
 * becomes routine, so that the digest says neither "(weaker)" nor "(stronger)". Counter-examples keep their direction: a
 * decision only noted as a proposal, a resolution cited that the older text could already cite, a real strengthening.
 */

const skipNote = available ? '' : SHARED_MISSING;
const OLDER = { date: '2024-12-19', resolution: '79/194', symbol: 'A/RES/79/194' };
const NEWER = { date: '2025-12-19', resolution: '80/118', symbol: 'A/RES/80/118' };

const directed = (finding: Finding): Signal[] => finding.signals.filter((signal) => signal.type === 'commitment' && signal.routine !== true && 'direction' in signal && signal.direction !== undefined);
const summaries = (finding: Finding): string[] => finding.signals.map((signal) => signal.summary);

describe('a verb changed because the event took place gives no direction (eventPassedReason)', () => {
  it.skipIf(!available)(`ICT 79/194 → 80/118 OP 62 → OP 66: "Decides to finalize the modalities … no later than the end of March 2025" → "Takes note of the modalities resolution … as contained in resolution 79/277": no (weaker)${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(ICT, 'A_RES_79_194.txt', 'A_RES_80_118.txt'), 'OP 66');
    expect(isSubstantive(finding)).toBe(true);
    expect(directed(finding)).toEqual([]);
    expect(summaries(finding)).toEqual([
      'commitment weakened: decide → take note (routine: event passed: awaited in the older text, done by resolution 79/277 since)',
      'reference added: resolution 79/277',
      'deadline removed (later or lifted): no later than the end of March 2025 (routine: event passed: awaited in the older text, done by resolution 79/277 since)',
    ]);
  });

  it.skipIf(!available)(`Durban 79/161 → 80/193 OP 2: "Welcomes the upcoming sixtieth anniversary …, in 2025" → "Underscores that 2025 marks the sixtieth anniversary": no (stronger)${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(DURBAN, 'A_RES_79_161.txt', 'A_RES_80_193.txt'), 'OP 2');
    expect(directed(finding)).toEqual([]);
    expect(summaries(finding)).toEqual(['commitment strengthened: welcome → underscore (routine: event passed: awaited in the older text, 2025 now marks it)']);
  });

  it.skipIf(!available)(`IFS 79/196 → 80/122 PP 12 → PP 9: "Looking forward to progress towards the convening of a biennial summit" → "Expressing appreciation for the convening of the Biennial Summit …, on 24 September 2025": no (stronger)${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(FINANCIAL_SYSTEM, 'A_RES_79_196.txt', 'A_RES_80_122.txt'), 'PP 9');
    expect(isSubstantive(finding)).toBe(true);
    expect(directed(finding)).toEqual([]);
    expect(summaries(finding)[0]).toBe('commitment strengthened: look forward → express appreciation (routine: event passed: awaited in the older text, convened in 2025 in the newer)');
  });

  it.skipIf(!available)(`counter-examples on the same real paragraphs: a proposal noted, a resolution the older text could cite, a real strengthening keep their direction${skipNote}`, async () => {
    const ict = await compareInSeries(ICT, 'A_RES_79_194.txt', 'A_RES_80_118.txt');
    const [decided, noted] = paragraphs(ict, 'OP 62', 'OP 66');
    expect(eventPassedReason(decided, noted, OLDER, NEWER)).toBe('event passed: awaited in the older text, done by resolution 79/277 since; the verb change gives no direction');
    // A real weakening: the decision to convene only noted as a proposal.
    const convene = 'Decides to convene a high-level meeting on the overall review of the World Summit on the Information Society in 2025;';
    expect(eventPassedReason(convene, 'Takes note of the proposal to convene a high-level meeting on the overall review of the World Summit on the Information Society;', OLDER, NEWER)).toBeNull();
    // The resolution cited was adopted before the older text (78/xxx, or 79/100 before 79/194): nothing happened since.
    expect(eventPassedReason(decided, noted.replace('79/277', '78/277'), OLDER, NEWER)).toBeNull();
    expect(eventPassedReason(decided, noted.replace('79/277', '79/100'), OLDER, NEWER)).toBeNull();
    // Another thing recorded than the one awaited: the modalities no longer named.
    expect(eventPassedReason(decided, noted.replace(/modalities resolution for the overall review/, 'report on the implementation'), OLDER, NEWER)).toBeNull();

    const durban = await compareInSeries(DURBAN, 'A_RES_79_161.txt', 'A_RES_80_193.txt');
    const [upcoming, marks] = paragraphs(durban, 'OP 2', 'OP 2');
    expect(eventPassedReason(upcoming, marks, OLDER, NEWER)).not.toBeNull();
    // A real strengthening: the upcoming anniversary welcomed, then strongly urged to be commemorated, not yet marked.
    expect(eventPassedReason(upcoming, 'Urges all States to commemorate the upcoming sixtieth anniversary of the adoption of the International Convention on the Elimination of All Forms of Racial Discrimination;', OLDER, NEWER)).toBeNull();
    // A year after the newer text's own does not mark it yet.
    expect(eventPassedReason(upcoming, marks.replace('2025 marks', '2030 marks'), OLDER, NEWER)).toBeNull();

    const ifs = await compareInSeries(FINANCIAL_SYSTEM, 'A_RES_79_196.txt', 'A_RES_80_122.txt');
    const [awaited, held] = paragraphs(ifs, 'PP 12', 'PP 9');
    expect(eventPassedReason(awaited, held, OLDER, NEWER)).not.toBeNull();
    // Looked forward to, then called for (no day it was convened on): a real strengthening keeps its direction.
    expect(eventPassedReason(awaited, 'Calling for the convening of a biennial summit at the level of Heads of State and Government to strengthen existing systematic links,', OLDER, NEWER)).toBeNull();
    // The summit still to come in the newer text: nothing recorded as done.
    expect(eventPassedReason(awaited, 'Expressing appreciation for the upcoming convening of the Biennial Summit on 24 September 2026,', OLDER, NEWER)).toBeNull();
  });
});
