import { describe, expect, it } from 'vitest';
import { droppedEventReason, eventHeldReason, newEventReason } from '../../src/classify/event-paragraphs.js';
import { isNegotiated } from '../../src/report/digest-line.js';
import { renderHtml } from '../../src/report/html.js';
import { pairSummary } from '../../src/report/labels.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import type { Finding, RedlineResult } from '../../src/types.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { compareInSeries, findingAt, UN_SERIES_AVAILABLE as available } from '../helpers/un-series.js';

/**
 * Precision round 9 (D): whole paragraphs whose only news is that an event passed (issue 23's "events moving from
 * expected to held to recalled"; issue 19's digest). Each rule is read on real pairs of the UN series and guarded by a
 * negotiated paragraph of the same shape that stays a finding.
 */

describe('a dropped paragraph that only records an event passing, guarded (no data needed)', () => {
  const newer = [
    'Recommends that the Review Commission continue consideration of the following items at its substantive session of 2025:',
    'Requests the Review Commission to hold a substantive session during 2025,',
  ];

  it('the commendation of an earlier cycle and its regret at no consensus pass once the body records its next session', () => {
    const commended = 'Commends the Review Commission for the successful conclusion of its consideration of the item entitled “Transparency”, and endorses the text adopted thereon;';
    expect(droppedEventReason(commended, newer, 2023, 2024)).toBe('event passed: Review Commission recorded as of 2023; the newer text records its sitting of 2025');
    const regret = 'Notes with regret that the Review Commission was not able to reach a consensus on the item entitled “Recommendations”;';
    expect(droppedEventReason(regret, newer, 2023, 2024)).toMatch(/^event passed: Review Commission ended its cycle without consensus/);
  });

  it('a record that adds a stance or a call, a body the newer text no longer carries, or an event of the newer year, stays negotiated', () => {
    expect(droppedEventReason('Commends the Review Commission for the successful conclusion of its session, and urges States to implement its recommendations;', newer, 2023, 2024)).toBeNull();
    expect(droppedEventReason('Notes with concern the outcome of the 2023 session of the Review Commission;', newer, 2023, 2024)).toBeNull();
    expect(droppedEventReason('Notes with regret that the Review Commission has made no progress on the item;', newer, 2023, 2024)).toBeNull();
    // The newer text no longer speaks of the body: a paragraph simply deleted.
    expect(droppedEventReason('Welcomes the holding of the 2023 session of the Audit Panel of Experts;', newer, 2023, 2024)).toBeNull();
    // An event of the newer text's year has not passed.
    expect(droppedEventReason('Welcomes the holding of the session of the Review Commission in 2024;', newer, 2023, 2024)).toBeNull();
    // A recall is a reference the drafters chose to keep or drop.
    expect(droppedEventReason('Recalling the conclusion of the 2022 session of the Review Commission,', newer, 2023, 2024)).toBeNull();
  });

  it('an event looked forward to passes when the newer text records the same edition as held, not another one', () => {
    const forward = 'Looking forward to the Fourth International Conference on Trade Finance, to be held in Lima in 2025,';
    expect(droppedEventReason(forward, ['Welcoming the convening of the Fourth International Conference on Trade Finance, held in Lima from 30 June to 3 July 2025,'], 2024, 2025)).toBe(
      'event passed: Fourth International Conference on Trade Finance looked forward to, now recorded as held',
    );
    expect(droppedEventReason(forward, ['Welcoming the convening of the Third International Conference on Trade Finance, held in Doha in 2015,'], 2024, 2025)).toBeNull();
  });
});

describe('a new paragraph that only records an event foreseen, guarded (no data needed)', () => {
  const older = ['Recommends that the Review Commission consider the following items at its substantive session of 2024:', 'Recalling the Third International Conference on Trade Finance, held in Doha in 2015,'];

  it('an event the older text decided or recommended, recorded as held, is routine; so is the next edition looked forward to', () => {
    expect(newEventReason('Notes the fact that, in accordance with General Assembly decision 52/492, at its 390th meeting, on 1 April 2024, the Review Commission adopted the agenda for its substantive session of 2024;', older, 2023, 2024)).toBe(
      'event held: Review Commission, foreseen by the older text',
    );
    expect(newEventReason('Looking forward to the convening of the Fourth International Conference on Trade Finance, from 30 June to 3 July 2025,', older, 2023, 2024)).toBe(
      'event looked forward to: Fourth International Conference on Trade Finance, the older text recorded its third edition',
    );
  });

  it('a new record with a call, an event the older text did not foresee, or another event beside the foreseen one, stays negotiated', () => {
    expect(newEventReason('Welcomes the holding of the substantive session of 2024 of the Review Commission, and calls upon States to implement its outcome;', older, 2023, 2024)).toBeNull();
    expect(newEventReason('Welcomes the holding of the first session of the Audit Panel of Experts, held in 2024;', older, 2023, 2024)).toBeNull();
    // What is welcomed is another event, named before the foreseen one.
    expect(newEventReason('Welcoming the convening of the special high-level event on trade, held on 24 September 2024, ahead of the session of the Review Commission in 2024,', older, 2023, 2024)).toBeNull();
  });
});

describe('an event decided or looked forward to, rewritten as held, guarded (no data needed)', () => {
  const decided = 'Decides to convene the preparatory meeting of States in New York from 23 to 27 June 2025, to explore possible options for the implementation of the Framework;';
  it('the same event welcomed as held is routine', () => {
    expect(eventHeldReason(decided, 'Welcoming the successful convening of the Preparatory Meeting of States on the Framework, held from 23 to 27 June 2025 pursuant to resolution 79/54, and its report,')).toBe(
      'event held: preparatory meeting of States, decided, now recorded as held',
    );
  });
  it('a welcome that adds a decision or an evaluation, or welcomes another event, stays negotiated', () => {
    expect(eventHeldReason(decided, 'Welcoming the convening of the Preparatory Meeting of States, held from 23 to 27 June 2025, and decides to convene a second preparatory meeting in 2026,')).toBeNull();
    expect(eventHeldReason(decided, 'Welcoming the convening of the Preparatory Meeting of States, held from 23 to 27 June 2025, while expressing concern at the limited participation,')).toBeNull();
    expect(eventHeldReason(decided, 'Welcoming the convening of the Regional Workshop on Stockpiles, held in Accra on 3 March 2025,')).toBeNull();
  });
});

/** The finding whose (one) older paragraph carries the UN label `label`. */
function findingLeftAt(result: RedlineResult, label: string): Finding {
  const [left] = result.documents;
  const finding = result.comparisons[0].findings.find((candidate) => candidate.left.length === 1 && left.paragraphs[candidate.left[0]].label === label);
  if (!finding) throw new Error(`no finding at older ${label}`);
  return finding;
}

describe.skipIf(!available)(`real pairs (${available ? 'needs ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('Disarmament Commission 78/62 → 79/72: the past cycle dropped and the agenda adopted are routine; a new call for focus is negotiated', async () => {
    const result = await compareInSeries('report-of-the-disarmament-commission', 'A_RES_78_62.txt', 'A_RES_79_72.txt');
    for (const label of ['OP 2', 'OP 3']) {
      const dropped = findingLeftAt(result, label);
      expect(dropped.kind).toBe('dropped');
      expect(dropped.routine).toBe(true);
      expect(dropped.reasons?.[0]).toMatch(/^event passed: Disarmament Commission /);
      expect(isNegotiated(dropped)).toBe(false);
    }
    const agenda = findingAt(result, 'OP 4');
    expect(agenda.kind).toBe('new');
    expect(agenda.reasons).toEqual(['event held: Disarmament Commission, foreseen by the older text']);
    // "Emphasizes the need for a focused and results-oriented discussion": a stance, negotiated.
    const emphasis = findingAt(result, 'OP 3');
    expect(emphasis.kind).toBe('new');
    expect(emphasis.routine).toBe(false);
    expect(isNegotiated(emphasis)).toBe(true);
    // The pair report says so in every format: the kind with "routine", the reason beside it, counted apart.
    const text = renderText(result, { color: false });
    expect(text).toContain('[dropped, routine] left OP 2\n  why: event passed: Disarmament Commission recorded as of 2023; the newer text records its sitting of 2025');
    expect(text).toContain('new 2 (1 routine) · dropped 2 (2 routine)');
    expect(renderMarkdown(result)).toContain('| OP 3 |  | Dropped, routine<br>why: event passed: Disarmament Commission ended its cycle without consensus');
    const html = renderHtml(result);
    expect(html).toContain('data-tags="dropped routine"'); // its signals are no position shift: not under "Only position shifts"
    expect(html).toContain('<span class="reasons">Routine: <span class="reason">event held: Disarmament Commission, foreseen by the older text</span>');
    // The routine paragraphs' topics are not counted as negotiated signals in the pair's line (and since session 13 a
    // topic is added only when the older text never had it: 78/62 already spoke of both, so none is).
    // Since session 14 a routine paragraph's signals count with it: PP 2 citing 78/62 "of 4 December 2023" (the older
    // text itself) and the agenda's decision 52/492 (which 78/62 cites too) were "1 reference added, 1 date added".
    // Session 16: the paragraph citing the Commission's report in footnote 1, its symbol succeeded (A/78/42 → A/79/42) and
    // its words unchanged, counts with the routine ones.
    expect(pairSummary(result.comparisons[0])).toBe('3 substantive changes, 10 routine updates.'); // session 15: the negotiated paragraphs without signals are counted too
  });

  it('ammunition 79/54 → 80/43: a preparatory meeting decided, then welcomed as held, is routine with no commitment shift; a new encouragement is negotiated', async () => {
    const result = await compareInSeries('through-life-conventional-ammunition-management', 'A_RES_79_54.txt', 'A_RES_80_43.txt');
    const held = findingAt(result, 'PP 2');
    expect(held.kind).toBe('modified');
    expect(held.routine).toBe(true);
    expect(held.reasons).toEqual(['event held: preparatory meeting of States, decided, now recorded as held']);
    const commitment = held.signals.filter((signal) => signal.type === 'commitment');
    expect(commitment.length).toBeGreaterThan(0);
    expect(commitment.every((signal) => signal.routine === true)).toBe(true);
    const encourages = findingAt(result, 'OP 6');
    expect(encourages.kind).toBe('new');
    expect(encourages.routine).toBe(false);
  });

  it('agriculture 79/227 → 80/157: a conference looked forward to, since held, is dropped as routine', async () => {
    const result = await compareInSeries('agriculture-development-food-security-and-nutrition', 'A_RES_79_227.txt', 'A_RES_80_157.txt');
    const dropped = findingLeftAt(result, 'PP 35');
    expect(dropped.routine).toBe(true);
    expect(dropped.reasons).toEqual(['event passed: Fourth International Conference on Financing for Development looked forward to, now recorded as held']);
  });

  it('outer space 79/87 → 80/76: last session’s report dropped is routine; a dropped note of progress at work is no event passed', async () => {
    const result = await compareInSeries('international-cooperation-in-the-peaceful-uses-of-outer-spac', 'A_RES_79_87.txt', 'A_RES_80_76.txt');
    for (const label of ['OP 9', 'OP 14', 'OP 16']) expect(findingLeftAt(result, label).reasons?.[0]).toMatch(/^event passed: (?:Legal|Scientific and Technical) Subcommittee \((?:fifty-sixth|fifty-ninth|sixtieth)\) recorded as of 2024; the newer text records its sitting of 2026$/);
    const progress = findingLeftAt(result, 'OP 10');
    expect(progress.kind).toBe('dropped');
    // No event passed; since precision round 11 (Y) it is routine as a working group's progress folded into the note
    // that the Legal Subcommittee "and its working groups continued their work" (`yearly.ts`).
    expect(progress.reasons).toEqual(["working group's progress: the same body's work noted a year on (now noted with the Legal Subcommittee and its working groups)"]);
  });

  it('least developed countries 78/233 → 79/218 (a series outside the reading): a summit looked forward to, then welcomed as held', async () => {
    const result = await compareInSeries('follow-up-to-the-fifth-united-nations-conference-on-the-leas', 'A_RES_78_233.txt', 'A_RES_79_218.txt');
    expect(findingLeftAt(result, 'PP 10').reasons).toEqual(['event passed: Summit of the Future looked forward to, now recorded as held']);
    expect(findingAt(result, 'PP 11').reasons).toEqual(['event held: Summit of the Future, foreseen by the older text']);
  });
});
