import { describe, expect, it } from 'vitest';
import { commemoratesKnown, routineReasons } from '../../src/classify/routine.js';
import { yearlyChangeReasons } from '../../src/classify/yearly.js';
import { growthRatio } from '../helpers/growth.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { RIGHT_TO_DEVELOPMENT, UN_SERIES_AVAILABLE as available, compareInSeries } from '../helpers/un-series.js';

/** Fixes from the desk officer's reading of session 10 (10 series fresh to the project), each a class, not a line. */
const skipNote = available ? '' : SHARED_MISSING;

describe('a pandemic\'s response dropped before the recovery kept: routine, as the same step\'s other paragraphs', () => {
  it.skipIf(!available)(`Right to development 78/203 → 79/170 OP 22: "in the [-response to and -]recovery from the COVID-19 pandemic": routine, as OP 19 of the same step${skipNote}`, async () => {
    const result = await compareInSeries(RIGHT_TO_DEVELOPMENT, 'A_RES_78_203.txt', 'A_RES_79_170.txt');
    const right = result.documents[1].paragraphs;
    const at = (label: string) => result.comparisons[0].findings.find((finding) => finding.kind === 'modified' && right[finding.right[0]]?.label === label);
    expect(at('OP 22')?.routine).toBe(true);
    expect(at('OP 22')?.reasons).toEqual(["an event's wording aged: response to and → ∅"]);
    expect(at('OP 19')?.routine).toBe(true);
  });

  it('the response dropped where no pandemic follows (a crisis still going on) stays negotiated', () => {
    const before = 'Calls for cooperation in the response to and recovery from crises;';
    expect(routineReasons(before, before.replace('response to and ', ''))).toEqual([]);
    const war = 'Stresses the need for the response to and recovery from the conflict;';
    expect(routineReasons(war, war.replace('response to and ', ''))).toEqual([]);
  });
});

describe('a clause kept in other words around events moved on is no one change dropped', () => {
  it.skipIf(!available)(`Climate 79/206 → 80/138 PP 19: "and taking note of [-its-]{+their+} adopted decisions" is still there once the resumed sessions joined the meeting: the change shown holds it, never "drops 'and taking note of its adopted decisions'"${skipNote}`, async () => {
    const result = await compareInSeries('protection-of-global-climate-for-present-and-future-generati', 'A_RES_79_206.txt', 'A_RES_80_138.txt');
    const right = result.documents[1].paragraphs;
    const finding = result.comparisons[0].findings.find((candidate) => candidate.kind === 'modified' && right[candidate.right[0]]?.label === 'PP 19');
    expect(finding?.change?.before).toBe('and taking note of its adopted decisions');
    expect(finding?.change?.after).toMatch(/^as well as of the two resumed sessions .* and taking note of their adopted decisions$/);
  });
});

describe('the session 10 review: near misses of rounds 14 and 15 stay negotiated', () => {
  const routineOf = (before: string, after: string): string[] => routineReasons(before, after);

  it('"ongoing" dropped before what the Assembly takes a stance on; before a pandemic or a body\'s discussions it aged', () => {
    expect(routineOf('Condemns the ongoing violations of human rights in the occupied territory;', 'Condemns the violations of human rights in the occupied territory;')).toEqual([]);
    expect(routineOf('Expresses deep concern at the ongoing occupation of the Syrian Golan;', 'Expresses deep concern at the occupation of the Syrian Golan;')).toEqual([]);
    expect(routineOf('Calls upon the parties to engage constructively in the ongoing negotiations on a ceasefire;', 'Calls upon the parties to engage constructively in the negotiations on a ceasefire;')).toEqual([]);
    expect(routineOf('taking into account the impact of investment requirements arising from the ongoing COVID-19 pandemic;', 'taking into account the impact of investment requirements arising from the COVID-19 pandemic;')).toEqual(['a fact aged: “ongoing” dropped']);
    expect(routineOf('Noting also the ongoing discussions of the open-ended working group on outer space,', 'Noting also the discussions of the open-ended working group on outer space,')).toEqual(['a fact aged: “ongoing” dropped']);
  });

  it('"the new" dropped before an office in office only, not before any capitalised word', () => {
    expect(routineOf('Condemns the new Israeli settlement units announced in the occupied West Bank;', 'Condemns the Israeli settlement units announced in the occupied West Bank;')).toEqual([]);
    expect(routineOf('Expresses grave concern at the new Taliban edicts restricting the rights of women and girls;', 'Expresses grave concern at the Taliban edicts restricting the rights of women and girls;')).toEqual([]);
    expect(routineOf('Calls upon the administering Power to initiate a dialogue with the new Government of French Polynesia;', 'Calls upon the administering Power to initiate a dialogue with the Government of French Polynesia;')).toEqual(['a fact aged: “new” dropped']);
  });

  it('a region that changed with the year is an event\'s only beside the event, with no concern voiced', () => {
    expect(routineOf('Notes with concern the rise in piracy in the African region in 2023;', 'Notes with concern the rise in piracy in the Asian region in 2024;')).toEqual([]);
    expect(routineOf('Welcomes the assistance provided by the Office to States of the African region in 2023;', 'Welcomes the assistance provided by the Office to States of the Arab region in 2024;')).toEqual([]);
  });

  it('a place or a theme is an event\'s setting only beside its days set or a city named before its country', () => {
    expect(routineOf('Recalls its decision to convene a high-level meeting on HIV and AIDS in 2026;', 'Recalls its decision to convene a high-level meeting on HIV and AIDS in Africa in 2026;')).toEqual([]);
    expect(routineOf('Recalling its decision to hold the high-level meeting in 2026,', 'Recalling its decision to hold the high-level meeting in 2026, under the theme “Ending the illegal occupation”,')).toEqual([]);
  });

  it('"further" or "again" opening a noun after "with concern" is an adjective, not a sequencing adverb', () => {
    expect(routineOf('Noting with concern further reports of arbitrary detention of human rights defenders,', 'Noting with concern reports of arbitrary detention of human rights defenders,')).toEqual([]);
    expect(routineOf('Noting with appreciation also the work of the Special Rapporteur,', 'Noting with appreciation the work of the Special Rapporteur,')).toEqual(['sequencing adverb: also → ∅']);
  });

  it('a response that also covers future emergencies is no past pandemic\'s, and a deadline beside a retired pandemic clause is no yearly year', () => {
    expect(routineOf('Calls upon States to strengthen their response to and recovery from the pandemic and future health emergencies;', 'Calls upon States to strengthen their recovery from the pandemic and future health emergencies;')).toEqual([]);
    expect(yearlyChangeReasons('Requests the Secretary-General, bearing in mind the impact of the COVID-19 pandemic, to complete the review of the Office no later than 2025;', 'Requests the Secretary-General to complete the review of the Office no later than 2026;')).toBeNull();
  });

  it('a new anniversary of what the older text never named is a commemoration chosen, not the year\'s record', () => {
    expect(commemoratesKnown('Recalling that 15 May 2025 marked the seventy-seventh anniversary of the Nakba,', 'Recalling its resolutions on the Convention,')).toBe(false);
    expect(commemoratesKnown('Noting that 16 November 2024 marked the thirtieth anniversary of the entry into force of the Convention,', 'recognizing the pre-eminent contribution of the Convention')).toBe(true);
  });

  it('a session two years on in a paragraph that decides, and a pledge that grew, stay negotiated; the yearly step stays routine', () => {
    expect(routineOf('Decides to consider the question at its session in 2025;', 'Decides to consider the question at its session in 2027;')).toEqual([]);
    expect(routineOf('Decides to consider the question at its session in 2025;', 'Decides to consider the question at its session in 2026;')).toEqual(['yearly succession: 2025 → 2026']);
    expect(routineOf('Welcomes the pledges by Member States to resettle more than 50,000 refugees;', 'Welcomes the pledges by Member States to resettle more than 90,000 refugees;')).toEqual([]);
  });

  it('an older edition\'s description that calls or voices concern goes with the Assembly\'s words, not only the edition', () => {
    const newer = 'Taking note of the report entitled Global Outlook Report 2024: Financing for Resilience;';
    expect(routineOf('Taking note of the report entitled Global Outlook Report 2023: Opening Green Windows, which highlights the serious risks to developing countries and calls for urgent action on financing;', newer)).toEqual([]);
    expect(routineOf('Taking note of the report entitled Global Outlook Report 2023: Opening Green Windows, which provides an evaluation of progress made;', newer)).toEqual(["a yearly publication's next edition: 2023 → 2024: Financing for Resilience; the older edition’s description dropped with it"]);
  });

  it('an all-capital edition title is read in time linear in its length (it backtracked for 76 s)', async () => {
    // The changed stretch "2023: SECURITY … report" split every all-capital word every way before failing on "report".
    const older = (words: number): string => `Taking note of the flagship report 2023: ${Array.from({ length: words }, () => 'SECURITY').join(' ')} report, and of its findings,`;
    const newer = 'Taking note of the flagship report 2024: Financing to End Hunger, and of its findings,';
    const ratio = await growthRatio((words) => routineOf(older(words), newer), 3);
    expect(ratio).toBeLessThan(16); // 4× the words: linear reads about 4×; the backtracking grew exponentially
  });
});
