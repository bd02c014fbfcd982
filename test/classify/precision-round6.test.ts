import { beforeAll, describe, expect, it } from 'vitest';
import { routineReasons } from '../../src/classify/routine.js';
import { repeatedWordingReasons } from '../../src/classify/editorial.js';
import { findOneChange } from '../../src/classify/one-change.js';
import { wordDiff } from '../../src/classify/word-diff.js';
import { findNumbers } from '../../src/classify/signals/numbers.js';
import type { RedlineResult } from '../../src/types.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { findingAt, compareInSeries as pair, UN_SERIES_AVAILABLE as available, isSubstantive as substantive } from '../helpers/un-series.js';

/**
 * Precision round 6 (issue 23): the routine updates a drafter's reading (seed 307) and a desk officer's digest still
 * read as negotiated — the latest ratifications recorded, a tally of what was achieved, the year's meeting dates
 * written without their year, the year's documents considered, an event since held, a recording verb aged inside a
 * paragraph, a summit's next edition, a deadline of the yearly cycle, words of editorial style. Each rule is read on a real pair of the UN series and
 * guarded by a negotiated change of the same shape that must stay substantive.
 */

describe('the routine updates of round 6, guarded (no data needed)', () => {
  it('the States that ratified, in a clause that welcomes, are the latest ratifications recorded', () => {
    expect(routineReasons('Welcoming the latest ratification of the Treaty by Andorra, bearing in mind its purpose,', 'Welcoming the latest ratification of the Treaty by Malawi and the Gambia, bearing in mind its purpose,')).toEqual([
      'the latest ratifications recorded: Andorra → Malawi and the Gambia',
    ]);
  });

  it('a State named in a condemnation, or in a call to ratify, is negotiated', () => {
    expect(routineReasons('Condemns the nuclear test conducted by Ruritania in violation of the ratification it made,', 'Condemns the nuclear test conducted by Freedonia in violation of the ratification it made,')).toEqual([]);
    expect(routineReasons('Urges the States whose ratification is needed, in particular Ruritania, to ratify the Treaty;', 'Urges the States whose ratification is needed, in particular Freedonia, to ratify the Treaty;')).toEqual([]);
    expect(routineReasons('Welcoming the ratification of the Treaty by 178 States,', 'Welcoming the ratification of the Protocol by 178 States,')).toEqual([]);
  });

  it('a paragraph routine but for one clause names that clause', () => {
    const before = 'Welcoming the latest ratification of the Treaty by Andorra, bearing in mind that universalization is essential,';
    const after = 'Welcoming the latest ratification of the Treaty by Vanuatu, bearing in mind that universalization is urgent,';
    expect(routineReasons(before, after)).toEqual([]);
    const change = findOneChange(before, after, wordDiff(before, after, 1000).parts);
    expect(change).toMatchObject({ before: 'bearing in mind that universalization is essential', after: 'bearing in mind that universalization is urgent' });
    expect(change?.reasons).toEqual(['the latest ratifications recorded: Andorra → Vanuatu']);
  });

  it('a count of what was achieved, welcomed as it grows, is refreshed; a target or a body\'s size is not', () => {
    expect(routineReasons('Welcoming also the establishment of 305 certified facilities of the network,', 'Welcoming also the establishment of 306 certified facilities of the network,')).toEqual([
      'a recorded count refreshed: 305 → 306',
    ]);
    expect(routineReasons('Welcoming also the establishment of 306 certified facilities of the network,', 'Welcoming also the establishment of 300 certified facilities of the network,')).toEqual([]);
    expect(routineReasons('Welcoming the ratification of the Treaty by 178 States, including 36 of the 44 whose ratification is needed,', 'Welcoming the ratification of the Treaty by 178 States, including 35 of the 44 whose ratification is needed,')).toEqual([]);
    expect(routineReasons('Decides that the target shall be the establishment of 305 certified facilities;', 'Decides that the target shall be the establishment of 350 certified facilities;')).toEqual([]);
  });

  it('a date written without its year takes the year of the next date: a meeting a year on is later', () => {
    expect(routineReasons('met in Geneva from 4 to 8 March and from 26 to 30 August 2024,', 'met in Geneva from 3 to 7 March and from 1 to 5 September 2025,')).toEqual([
      'yearly succession: 4 to 8 March → 3 to 7 March',
      'yearly succession: 26 to 30 August 2024 → 1 to 5 September 2025',
    ]);
    expect(routineReasons('met in Geneva from 4 to 8 March and from 26 to 30 August 2024,', 'met in Geneva from 3 to 7 March and from 1 to 5 September 2024,')).toEqual([]);
  });

  it('the year\'s documents considered are routine; a stance taken on them is not', () => {
    expect(routineReasons('Having considered the reports of the Secretary-General on the budget performance for 2022 and the proposed budget for 2024,', 'Having considered the reports of the Secretary-General on the budget performance for 2023, the revised estimates and the proposed budget for 2025,')).toEqual([
      "the year's documents considered: Having considered …",
    ]);
    expect(routineReasons('Takes note of the report of the Secretary-General on the Office;', 'Takes note of the report of the Secretary-General on the Office and the recommendations contained therein;')).toEqual([]);
    expect(routineReasons('Having considered the report of the Special Committee on its session held in 2023,', 'Having considered the report of the Special Committee on its session held in 2024, and taking note with regret that it could not agree,')).toEqual([]);
  });

  it('an event "to be held" since held is routine; one put back into the future is not', () => {
    expect(routineReasons('invites the Council to follow up at the panel discussion, to be held at its sixtieth session;', 'invites the Council to follow up at the panel discussion, held at its sixtieth session;')).toEqual([
      'an event since held: “to be” dropped',
    ]);
    expect(routineReasons('invites the Council to follow up at the panel discussion, held at its sixtieth session;', 'invites the Council to follow up at the panel discussion, to be held at its sixtieth session;')).toEqual([]);
  });

  it('"taking note of" aged into "recalling" inside a paragraph is routine; "welcomes" → "notes" of the same object is not', () => {
    const older = 'Recalling its resolution 73/305, and taking note with appreciation of the first Congress of Victims, held in New York in 2022,';
    expect(routineReasons(older, 'Recalling its resolution 73/305, and recalling with appreciation the first Congress of Victims, held in New York in 2022,')).toEqual([
      'a verb aged inside the paragraph: taking note → recalling',
    ]);
    expect(routineReasons('Recalls its resolution 73/305, and welcomes the report of the Congress;', 'Recalls its resolution 73/305, and notes the report of the Congress;')).toEqual([]);
  });

  it('"latest" added before the ratification recorded is routine (the clause read past the stretch)', () => {
    expect(routineReasons('Calls for the entry into force of the Treaty, while welcoming the ratification by Ruritania on 13 March 2024;', 'Calls for the entry into force of the Treaty, while welcoming the latest ratification by Ruritania on 13 March 2024;')).toEqual([
      'the latest ratifications recorded: ∅ → latest',
    ]);
  });

  it('a deadline of the yearly cycle, a full date about a year on, is routine; a target year or a longer delay is not', () => {
    expect(routineReasons('Invites States to submit, before 25 April 2025, information;', 'Invites States to submit, before 24 April 2026, information;')).toEqual([
      'a yearly deadline moved with the session: before 25 April 2025 → before 24 April 2026',
    ]);
    expect(routineReasons('Invites States to submit, before 25 April 2025, information;', 'Invites States to submit, before 24 October 2026, information;')).toEqual([]);
    expect(routineReasons('Invites States to achieve the goal by 2030;', 'Invites States to achieve the goal by 2031;')).toEqual([]);
  });

  it('"the second Meeting of States Parties" is an edition, and a word spelt otherwise beside an event moved on is editorial', () => {
    expect(findNumbers('held its first Meeting of States Parties and the second Conference').map((mention) => [mention.category, mention.text])).toEqual([
      ['ordinal', 'first'],
      ['ordinal', 'second'],
    ]);
    expect(findNumbers('a second opinion, first of all').map((mention) => mention.category)).toEqual([]);
    // Since a range across months is one date ("27 November to 1 December 2023"), the list of events is read as grown by
    // its next edition (before, the range's end read as a second date and the event rule took it).
    expect(routineReasons('Noting that the Treaty held its first Meeting of States parties from 21 to 23 June 2022,', 'Noting that the Treaty held its first Meeting of States Parties from 21 to 23 June 2022 and its second Meeting of States Parties from 27 November to 1 December 2023,')).toEqual([
      'list of events grew: its second Meeting of States Parties from 27 November to 1 December 2023',
    ]);
  });

  it('words of editorial style are editorial; another word in their place is not', () => {
    const editorial = (before: string, after: string): string[] | null => repeatedWordingReasons(wordDiff(before, after, 1000).parts, before, after);
    expect(editorial('the poverty among them, particularly older women,', 'the poverty among them, in particular older women,')).toEqual(['editorial style: particularly → in particular']);
    expect(editorial('the state of emergency and its later extensions,', 'the state of emergency and its subsequent extensions,')).toEqual(['editorial style: later → subsequent']);
    expect(editorial('in matters which would affect their rights;', 'in matters that would affect their rights,')).toEqual(['editorial style: which → that']);
    expect(editorial('the poverty among them, particularly older women,', 'the poverty among them, only older women,')).toBeNull();
  });
});

describe.skipIf(!available)(`real pairs (${available ? 'needs ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  let armsTrade: RedlineResult;
  let testBan: RedlineResult;
  let terrorism: RedlineResult;
  beforeAll(async () => {
    armsTrade = await pair('the-arms-trade-treaty', 'A_RES_78_48.txt', 'A_RES_79_52.txt');
    testBan = await pair('comprehensive-nuclear-test-ban-treaty', 'A_RES_78_66.txt', 'A_RES_79_77.txt');
    terrorism = await pair('measures-to-eliminate-international-terrorism', 'A_RES_78_115.txt', 'A_RES_79_129.txt');
  });

  it('the latest ratification of the Treaty by Andorra → by Malawi, the Gambia and Colombia is routine (ATT 78/48 PP 15 → 79/52 PP 16)', () => {
    const finding = findingAt(armsTrade, 'PP 16');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['the latest ratifications recorded: Andorra → Malawi, the Gambia and Colombia']);
  });

  it('a signature and ratifications since the previous resolution, refreshed, are routine (CTBT 78/66 OP 7 → 79/77 OP 8)', () => {
    const finding = findingAt(testBan, 'OP 8');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['the latest ratifications recorded: signature of the Treaty by Somalia and the → ∅; Solomon Islands and Sri Lanka → Papua New Guinea']);
  });

  it('a call on the States still to ratify, now "the nine", stays negotiated (CTBT 78/66 OP 6 → 79/77 OP 7)', () => {
    expect(substantive(findingAt(testBan, 'OP 7'))).toBe(true);
  });

  // A drafter's reading of seed 503 (round 7): 36 → 35 of the 44 States whose ratification is needed, 3 → 2
  // nuclear-weapon States: a ratification revoked, which the yearly status rule must not hide.
  it('a count of ratifications that falls stays substantive (CTBT 78/66 PP 5 → 79/77 PP 6: 36 → 35 of the 44, 3 → 2 nuclear-weapon States)', () => {
    const finding = findingAt(testBan, 'PP 6');
    expect(substantive(finding)).toBe(true);
    expect(finding.signals.map((signal) => signal.summary)).toEqual(expect.arrayContaining(['figure changed: 36 → 35', 'figure changed: 3 → 2']));
  });

  it('305 → 306 certified facilities welcomed is a recorded count refreshed (CTBT 78/66 PP 12 → 79/77 PP 13)', () => {
    const finding = findingAt(testBan, 'PP 13');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['a recorded count refreshed: 305 → 306']);
  });

  it('the year\'s meeting dates, the first without its year, are routine (CCW 79/75 → 80/68 PP 7)', async () => {
    const finding = findingAt(await pair('convention-on-prohibitions-or-restrictions-on-the-use-of-cer', 'A_RES_79_75.txt', 'A_RES_80_68.txt'), 'PP 7');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['yearly succession: 4 to 8 March → 3 to 7 March', 'yearly succession: 26 to 30 August 2024 → 1 to 5 September 2025']);
  });

  it('the reports considered on this year\'s budget are routine (residual mechanism 78/249 → 79/255 PP 1)', async () => {
    const finding = findingAt(await pair('financing-of-the-international-residual-mechanism-for-crimin', 'A_RES_78_249.txt', 'A_RES_79_255.txt'), 'PP 1');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(["the year's documents considered: Having considered …"]);
  });

  it('a regret added to "Having considered the report" stays negotiated (Special Committee 78/111 → 79/125 PP 16)', async () => {
    expect(substantive(findingAt(await pair('report-of-the-special-committee-on-the-charter-of-the-united', 'A_RES_78_111.txt', 'A_RES_79_125.txt'), 'PP 16'))).toBe(true);
  });

  it('"taking note … of" the Congress held in 2022 → "recalling" it is routine (terrorism 78/115 → 79/129 PP 4)', () => {
    const finding = findingAt(terrorism, 'PP 4');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['a verb aged inside the paragraph: taking note → recalling']);
  });

  it('the Final Document of the summit\'s next edition, adopted in its host city, is routine (terrorism 78/115 → 79/129 PP 32)', () => {
    const finding = findingAt(terrorism, 'PP 32');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['an event moved on: its next edition recorded (its dates, places and editions)']);
  });

  it('a panel "to be held" → "held" is routine (unilateral coercive measures 79/167 OP 28 → 80/209 OP 26)', async () => {
    const finding = findingAt(await pair('human-rights-and-unilateral-coercive-measures', 'A_RES_79_167.txt', 'A_RES_80_209.txt'), 'OP 26');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['an event since held: “to be” dropped']);
  });

  it('"particularly" → "in particular" is editorial (ageing 79/147 → 80/179 PP 17)', async () => {
    const finding = findingAt(await pair('follow-up-to-the-second-world-assembly-on-ageing', 'A_RES_79_147.txt', 'A_RES_80_179.txt'), 'PP 17');
    expect(finding.editorial).toBe(true);
    expect(finding.reasons).toEqual(['editorial style: particularly → in particular']);
  });
});
