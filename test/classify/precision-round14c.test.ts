import { describe, expect, it } from 'vitest';
import { completedBodyReportReason, ownDecisionRecordedReason, standingDecisionReason } from '../../src/classify/event-paragraphs.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../../src/pipeline.js';
import { SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { AGEING, OCEANS, RESIDUAL, TAX, TEACHING, UN_SERIES_AVAILABLE as available, compareInSeries } from '../helpers/un-series.js';

/**
 * Precision round 14 (C): decisions of the older text that stand without being restated (redline #23, "decisions
 * ageing"). In UN practice a decision, once adopted, stays in force; the next year's resolution does not repeat it, and
 * its absence is no negotiated change. A mandate not renewed, an item no longer placed on the agenda, a recurring request
 * dropped, a decision replaced by another stay findings.
 */

const skipNote = available ? '' : SHARED_MISSING;

/** The finding holding the older paragraph `label`, dropped whole. */
async function droppedAt(series: string, older: string, newer: string, label: string): Promise<{ routine: boolean; reasons: string[]; text: string; newer: string[] }> {
  const result = await compareInSeries(series, older, newer);
  const [left, right] = result.documents;
  const finding = result.comparisons[0].findings.find((candidate) => candidate.kind === 'dropped' && candidate.left.length === 1 && left.paragraphs[candidate.left[0]].label === label);
  if (!finding) throw new Error(`no dropped finding at ${label}`);
  const [index] = finding.left;
  if (index === undefined) throw new Error(`no older paragraph at ${label}`);
  return { routine: finding.routine, reasons: finding.reasons ?? [], text: left.paragraphs[index].text, newer: right.paragraphs.map((paragraph) => paragraph.text) };
}

const STANDING = 'a decision of the older text (taken once, still in force) not restated';

describe('a decision taken once and standing, not restated: routine', () => {
  it.skipIf(!available)(`Tax 79/235 → 80/128 OP 2: "Decides to adopt the terms of reference for a United Nations Framework Convention on International Tax Cooperation …" dropped, the newer text negotiating that Convention: routine${skipNote}`, async () => {
    const dropped = await droppedAt(TAX, 'A_RES_79_235.txt', 'A_RES_80_128.txt', 'OP 2');
    expect(dropped.routine).toBe(true);
    expect(dropped.reasons).toEqual([`${STANDING}: decides to adopt; the newer text carries on the United Nations Framework Convention on International Tax Cooperation`]);
  });

  it.skipIf(!available)(`Tax 79/235 → 80/128 OP 4, OP 5, OP 6: the negotiating committee's sessions in 2025–2027, its organizational session of 3 to 6 February 2025 and its Bureau, dropped, the newer text welcoming its sessions: routine${skipNote}`, async () => {
    for (const label of ['OP 4', 'OP 5', 'OP 6']) {
      const dropped = await droppedAt(TAX, 'A_RES_79_235.txt', 'A_RES_80_128.txt', label);
      expect(dropped.routine, label).toBe(true);
      expect(dropped.reasons[0], label).toMatch(/^a decision of the older text \(taken once, still in force\) not restated: decides that … shall (?:meet|convene|consist); the newer text carries on the intergovernmental negotiating committee$/);
    }
  });

  it.skipIf(!available)(`Teaching Programme 78/107 → 79/120 OP 28: "Decides to appoint 25 Member States … as members of the Advisory Committee … for a period of four years, beginning on 1 January 2024" dropped, the Committee carrying on: routine${skipNote}`, async () => {
    const dropped = await droppedAt(TEACHING, 'A_RES_78_107.txt', 'A_RES_79_120.txt', 'OP 28');
    expect(dropped.routine).toBe(true);
    expect(dropped.reasons[0]).toMatch(/^a decision of the older text \(taken once, still in force\) not restated: decides to appoint; the newer text carries on the Advisory Committee on the United Nations Programme of Assistance in the Teaching/);
  });

  it.skipIf(!available)(`Tax 79/235 → 80/128 OP 1: the report on the second session of the Ad Hoc Committee noted and its completed work welcomed, dropped, the newer text negotiating the Convention it drafted terms for: routine${skipNote}`, async () => {
    const dropped = await droppedAt(TAX, 'A_RES_79_235.txt', 'A_RES_80_128.txt', 'OP 1');
    expect(dropped.routine).toBe(true);
    expect(dropped.reasons).toEqual([
      "a report of an earlier session noted, the body's work completed: the Ad Hoc Committee to Draft Terms of Reference for a United Nations Framework Convention on International Tax Cooperation; the newer text carries on the United Nations Framework Convention on International Tax Cooperation",
    ]);
  });
});

describe('near misses: a dropped decision or request that stays negotiated', () => {
  it.skipIf(!available)(`Tax 79/235 → 80/128 OP 11: "Requests the intergovernmental negotiating committee to complete its work and submit the final text …" (a request, not a decision taken) dropped: stays a finding${skipNote}`, async () => {
    const dropped = await droppedAt(TAX, 'A_RES_79_235.txt', 'A_RES_80_128.txt', 'OP 11');
    expect(dropped.routine).toBe(false);
  });

  it.skipIf(!available)(`Ageing 78/177 → 79/147 OP 67: "Requests the Secretary-General to provide all necessary support to the Open-ended Working Group on Ageing … to include the annual sessions" (recurring; the Group's mandate concluded) dropped: stays a finding${skipNote}`, async () => {
    const dropped = await droppedAt(AGEING, 'A_RES_78_177.txt', 'A_RES_79_147.txt', 'OP 67');
    expect(dropped.routine).toBe(false);
    expect(standingDecisionReason(dropped.text, dropped.newer)).toBeNull();
  });

  it.skipIf(!available)(`Oceans 79/144 → 80/110 OP 333: "Decides to launch the fourth cycle of the Regular Process …, and requests the Bureau … and to report …" (a decision with requests beside it) dropped: not a standing decision, but the newer OP 310 "Recalls its decision contained in resolution 79/144 to launch the fourth cycle …": recorded, routine (the "Regular" of the Regular Process's name is no recurring ask)${skipNote}`, async () => {
    const dropped = await droppedAt(OCEANS, 'A_RES_79_144.txt', 'A_RES_80_110.txt', 'OP 333');
    expect(standingDecisionReason(dropped.text, dropped.newer)).toBeNull();
    expect(dropped.routine).toBe(true);
    expect(dropped.reasons).toEqual(['a decision taken: the newer text records it, citing resolution 79/144']);
  });

  it('a recurring ask is read outside the names a decision cites: "regularly" still recurs, "the Regular Process" does not', () => {
    const newer = ['Recalls its decision contained in resolution 79/144 to launch the fourth cycle of the Regular Process from 2026 to 2030;'];
    expect(ownDecisionRecordedReason('Decides to launch the fourth cycle of the Regular Process, to cover five years, from 2026 to 2030;', newer, '79/144')).toBe('a decision taken: the newer text records it, citing resolution 79/144');
    expect(ownDecisionRecordedReason('Decides to launch regularly the fourth cycle of the Regular Process, to cover five years, from 2026 to 2030;', newer, '79/144')).toBeNull();
  });

  it.skipIf(!available)(`Residual Mechanism 78/249 → 79/255 OP 13, OP 14: "Decides not to abolish one general temporary assistance position …", "Also decides to reduce non-post resources by …" (a budget year's decisions) dropped: stay findings${skipNote}`, async () => {
    for (const label of ['OP 13', 'OP 14']) {
      const dropped = await droppedAt(RESIDUAL, 'A_RES_78_249.txt', 'A_RES_79_255.txt', label);
      expect(dropped.routine, label).toBe(false);
    }
  });

  const newer = [
    'Welcomes the convening of the organizational session of the Intergovernmental Negotiating Committee on the United Nations Framework Convention on International Tax Cooperation;',
    'Decides to include in the provisional agenda of its eighty-first session the sub-item entitled “Promotion of inclusive and effective international tax cooperation at the United Nations”.',
  ];
  const meets = 'Further decides that the intergovernmental negotiating committee shall meet in 2025, 2026 and 2027 for at least three substantive sessions per year;';

  it('the rule on its own: a schedule of sessions standing, the committee carried on', () => {
    expect(standingDecisionReason(meets, newer)).toBe(`${STANDING}: decides that … shall meet; the newer text carries on the intergovernmental negotiating committee`);
  });

  it('counter-cases: a mandate extended, an agenda item, a recurring schedule, a decision replaced, a subject the newer text drops, a second ask', () => {
    // A mandate not renewed is negotiated.
    expect(standingDecisionReason('Decides to extend the mandate of the intergovernmental negotiating committee for a further period of one year;', newer)).toBeNull();
    expect(standingDecisionReason('Decides to establish the intergovernmental negotiating committee with the mandate to draft the Convention;', newer)).toBeNull();
    // An item no longer placed on the agenda is negotiated.
    expect(standingDecisionReason('Decides to include in the provisional agenda of its eighty-first session the item on the intergovernmental negotiating committee;', newer)).toBeNull();
    // A recurring sitting or report: "annually", "to report", "continue".
    expect(standingDecisionReason('Decides that the intergovernmental negotiating committee shall meet annually in New York;', newer)).toBeNull();
    expect(standingDecisionReason('Decides that the intergovernmental negotiating committee shall convene in New York and to report thereon to the General Assembly;', newer)).toBeNull();
    expect(standingDecisionReason('Decides that the intergovernmental negotiating committee shall continue to meet in New York;', newer)).toBeNull();
    // A request, even once, is not a decision taken.
    expect(standingDecisionReason(meets.replace('Further decides that the intergovernmental negotiating committee shall meet', 'Requests the intergovernmental negotiating committee to meet'), newer)).toBeNull();
    // The newer text decides about the same body otherwise: replaced, not standing.
    expect(standingDecisionReason(meets, [...newer, 'Decides that the Intergovernmental Negotiating Committee shall meet in Geneva in 2026;'])).toBeNull();
    // The newer text no longer names the body.
    expect(standingDecisionReason(meets, [newer[1]])).toBeNull();
    // A second thing decided or asked beside it.
    expect(standingDecisionReason(meets.replace(';', ', and requests the Secretary-General to provide the necessary resources;'), newer)).toBeNull();
    // A negation or a budget.
    expect(standingDecisionReason('Decides not to convene the intergovernmental negotiating committee in 2026;', newer)).toBeNull();
  });

  const noted = 'Takes note of the report on the second session of the Ad Hoc Committee to Draft Terms of Reference for a United Nations Framework Convention on International Tax Cooperation, and welcomes the completion by the Ad Hoc Committee of its work;';

  it('counter-cases for a completed body: its work not said completed, a stance beside it, another body, its purpose not carried on', () => {
    expect(completedBodyReportReason(noted, newer)).toMatch(/^a report of an earlier session noted, the body's work completed/);
    expect(completedBodyReportReason(noted.replace(', and welcomes the completion by the Ad Hoc Committee of its work', ''), newer)).toBeNull();
    expect(completedBodyReportReason(noted.replace(' of its work;', ' of its work, and urges Member States to engage constructively;'), newer)).toBeNull();
    expect(completedBodyReportReason(noted.replace('completion by the Ad Hoc Committee', 'completion by the Committee of Experts'), newer)).toBeNull();
    expect(completedBodyReportReason(noted, [newer[1]])).toBeNull();
  });
});

const ICT_247 = join(SHARED_DATA, 'un-resolutions/texts/ict-security/A_RES_74_247.txt');

describe('only where the newer text is the older one\'s next version', () => {
  it.skipIf(!existsSync(ICT_247))(`Cybercrime 74/247 against the seed (a joint statement, no paragraph kept): "Also decides that the ad hoc committee shall convene a three-day organizational session …" dropped, though the statement names the Ad Hoc Committee: stays a finding${skipNote}`, async () => {
    const result = await compare(ICT_247, SEED);
    const [left] = result.documents;
    const finding = result.comparisons[0].findings.find((candidate) => candidate.kind === 'dropped' && /^Also decides that the ad hoc committee shall convene/.test(left.paragraphs[candidate.left[0]].text));
    expect(finding).toBeDefined();
    expect(finding?.routine).toBe(false);
    // The rule alone would read it as standing: the pair, not the paragraph, says no.
    expect(standingDecisionReason(left.paragraphs[finding?.left[0] ?? 0].text, result.documents[1].paragraphs.map((paragraph) => paragraph.text))).toMatch(/^a decision of the older text/);
  });
});

