import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameSession } from '../../src/classify/classify.js';
import { compare, compareTexts } from '../../src/pipeline.js';
import type { DocumentMeta, Finding, RedlineResult } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { ADOPTED_80_118, DRAFT_L17, DRAFT_L58 } from '../helpers/un-drafts.js';
import { DRAFT_L9 } from '../helpers/un-revision.js';
import { UN_SERIES, UN_SERIES_AVAILABLE, compareInSeries, findingAt, isSubstantive } from '../helpers/un-series.js';

/**
 * Between a draft and the resolution adopting it, or two drafts of one session, no year passes (redline #19/#23,
 * session 12): nothing ages, no event moves on, no session, year, date or symbol succeeds another. The yearly-life rules
 * apply only between texts of different sessions (or of sessions unknown); the editorial rules apply always.
 */

const skipNote = UN_SERIES_AVAILABLE ? '' : ` (${SHARED_MISSING})`;
const ATT = 'the-arms-trade-treaty';
const ADOPTED_80_46 = join(UN_SERIES, ATT, 'A_RES_80_46.txt');
const DRAFTS = join(SHARED_DATA, 'un-resolutions/texts/drafts');

/** What a user did to draft A/C.1/80/L.9: two recalls made welcomes, so that the adopted 80/46 reads as weakening them. */
const editedL9 = (): string =>
  readFileSync(DRAFT_L9, 'utf8')
    .replace(/^Recalls the political declaration/m, 'Welcomes the political declaration')
    .replace(/^Recalls the consensus final report/m, 'Welcomes the consensus final report');

const changed = (result: RedlineResult): Finding[] => result.comparisons[0].findings.filter((finding) => finding.kind !== 'unchanged');

const meta = (facts: Partial<DocumentMeta>): DocumentMeta => ({ id: 'x', title: 'x', date: null, path: 'x', sha256: '', ...facts });

describe('sameSession: the session of each side, from its facts', () => {
  it('a committee draft and the resolution adopting it are of one session; two resolutions a year apart are not', () => {
    expect(sameSession(meta({ symbol: 'A/C.1/80/L.9' }), meta({ symbol: 'A/RES/80/46', resolution: '80/46' }))).toBe(true);
    expect(sameSession(meta({ symbol: 'A/C.2/80/L.17' }), meta({ symbol: 'A/C.2/80/L.58' }))).toBe(true);
    expect(sameSession(meta({ resolution: '79/52' }), meta({ resolution: '80/46' }))).toBe(false);
    expect(sameSession(meta({ symbol: 'A/C.1/79/L.9' }), meta({ resolution: '80/46' }))).toBe(false);
  });

  it('unknown sessions are not the same (texts without facts read as a year apart, as before); one symbol or one printed session is', () => {
    expect(sameSession(meta({}), meta({}))).toBe(false);
    expect(sameSession(meta({ resolution: '80/46' }), meta({}))).toBe(false);
    expect(sameSession(meta({ symbol: 'A/HRC/59/L.3' }), meta({ symbol: 'A/HRC/59/L.3' }))).toBe(true);
    expect(sameSession(meta({ session: 'Fifty-ninth session' }), meta({ session: 'Fifty-ninth  session' }))).toBe(true);
    expect(sameSession(meta({ session: 'Fifty-ninth session' }), meta({ session: 'Sixtieth session' }))).toBe(false);
  });
});

describe.skipIf(!HAS_SHARED || !UN_SERIES_AVAILABLE)(`a draft against its adopted text is no yearly step${skipNote}`, () => {
  it('A/C.1/80/L.9 edited (OP 2 and OP 11 "Welcomes") → 80/46 ("Recalls"): both negotiated, OP 11 "commitment weakened: welcome → recall", no technical update', async () => {
    const result = await compareTexts(editedL9(), readFileSync(ADOPTED_80_46, 'utf8'));
    const findings = changed(result);
    expect(findings.map((finding) => finding.right)).toEqual([[19], [28]]);
    expect(findings.every(isSubstantive)).toBe(true);
    expect(findings.every((finding) => finding.reasons === undefined)).toBe(true);
    const op11 = findingAt(result, 'OP 11');
    expect(op11.signals.map((signal) => signal.summary)).toEqual(['commitment weakened: welcome → recall']);
    expect(op11.signals.every((signal) => !('routine' in signal) || signal.routine !== true)).toBe(true);
    // OP 2 keeps "and welcomes the adoption …" in a later clause: the commitment scale reads the welcome as kept
    // (`commitmentShift`, round 16), so no signal, but the paragraph is negotiated all the same.
    expect(isSubstantive(findingAt(result, 'OP 2'))).toBe(true);
  });

  it('the real A/C.1/80/L.9 → 80/46: still no change in text', async () => {
    const result = await compare(DRAFT_L9, ADOPTED_80_46);
    expect(changed(result)).toEqual([]);
    expect(result.comparisons[0].summary.unchanged).toBe(38);
  });

  it.each([
    ['A_80_L.6', 'necessity-of-ending-the-economic-commercial-and-financial-em', 'A_RES_80_4', 14],
    ['A_80_L.7', 'report-of-the-international-atomic-energy-agency', 'A_RES_80_7', 10],
    ['A_C.1_80_L.9', ATT, 'A_RES_80_46', 38],
    ['A_C.6_80_L.12', 'the-scope-and-application-of-the-principle-of-universal-juri', 'A_RES_80_168', 13],
  ])('the real draft %s → %s/%s: every paragraph unchanged, as before', async (draft, series, adopted, paragraphs) => {
    const result = await compare(join(DRAFTS, `${draft}.txt`), join(UN_SERIES, series, `${adopted}.txt`));
    expect(changed(result)).toEqual([]);
    expect(result.comparisons[0].summary.unchanged).toBe(paragraphs);
  });

  it('counter-case: 79/52 → 80/46, a year apart, keeps its routine findings (OP 11 aged, the previous version cited, the session one on)', async () => {
    const result = await compareInSeries(ATT, 'A_RES_79_52.txt', 'A_RES_80_46.txt');
    const op11 = findingAt(result, 'OP 11');
    expect(op11.routine).toBe(true);
    expect(op11.reasons).toEqual(['verb aged with the event: Welcomes → Recalls']);
    expect(op11.signals.map((signal) => signal.summary)).toEqual(['commitment weakened: welcome → recall (routine)']);
    const routine = result.comparisons[0].findings.filter((finding) => finding.routine).flatMap((finding) => finding.reasons ?? []);
    expect(routine).toContain('the previous version cited: 79/52 added');
    expect(routine).toContain('yearly succession: eightieth session → eighty-first session');
  });
});

describe('two drafts of one session, and a draft against its adopted text: no yearly step', () => {
  /** The revision's text with OP 1's verb aged and the report asked a session later: a year's step, if a year had passed. */
  const moved = (text: string): string => text.replace('1. Takes note of the report', '1. Recalls the report').replace('eighty-first session', 'eighty-second session');

  it('A/C.2/80/L.58 → 80/118 with OP 1 "Takes note of → Recalls" and OP 3 "eighty-first → eighty-second session": both negotiated, the session not "(routine)"', async () => {
    const result = await compareTexts(DRAFT_L58, moved(ADOPTED_80_118));
    const findings = changed(result);
    expect(findings).toHaveLength(2);
    expect(findings.every(isSubstantive)).toBe(true);
    expect(findings[1].signals.map((signal) => signal.summary)).toEqual(['session number changed: eighty-first session → eighty-second session']);
    expect(findings[1].signals.every((signal) => signal.type !== 'number' || !signal.routine)).toBe(true);
  });

  it('counter-case: the same edits from a draft of the 79th session are the yearly step (routine), as before', async () => {
    const older = DRAFT_L58.replace(/A\/C\.2\/80\/L\.(17|58)/g, 'A/C.2/79/L.$1').replace('Eightieth session', 'Seventy-ninth session');
    const findings = changed(await compareTexts(older, moved(ADOPTED_80_118)));
    expect(findings).toHaveLength(2);
    expect(findings.every((finding) => finding.routine)).toBe(true);
    expect(findings[1].signals.map((signal) => signal.summary)).toEqual(['session number changed (routine): eighty-first session → eighty-second session']);
  });

  it('editorial rules still apply within one session: L.17 → L.58 with a case change only is editorial', async () => {
    const findings = changed(await compareTexts(DRAFT_L17, DRAFT_L17.replace('A/C.2/80/L.17', 'A/C.2/80/L.58').replace('for all;', 'for All;')));
    expect(findings).toHaveLength(1);
    expect(findings[0].editorial).toBe(true);
  });
});
