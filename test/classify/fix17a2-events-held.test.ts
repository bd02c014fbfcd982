import { describe, expect, it } from 'vitest';
import { awaitedOutcomeRecordedReason, editionRecordReason, heldRewriteReason, requestedEventHeldReason } from '../../src/classify/events-held.js';
import { numberChanges } from '../../src/classify/signals/numbers.js';
import { newEventReason } from '../../src/classify/event-paragraphs.js';
import type { Finding, RedlineResult } from '../../src/types.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareTexts } from '../../src/pipeline.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { CLIMATE, ENERGY, FINANCIAL_SYSTEM, ICT, SOVEREIGNTY, UN_SERIES, UN_SERIES_AVAILABLE as available, compareInSeries } from '../helpers/un-series.js';

/**
 * Trial 17-a (a Secretariat officer's chain batch over 12 Second Committee series), D1 D2 D3 D4 D7: events held paired
 * with the look-forward to them, requests fulfilled, session mentions paired by their cycle, routine beside editorial,
 * outcomes succeeded or named. Each on its real pair, with counter-cases of the same shape.
 */

const skipNote = available ? '' : SHARED_MISSING;
const POVERTY = 'implementation-of-the-third-united-nations-decade-for-the-er';

/** The finding holding older paragraph `olderLabel` and/or newer paragraph `newerLabel` (null for none on that side). */
function findingOf(result: RedlineResult, olderLabel: string | null, newerLabel: string | null): Finding {
  const [left, right] = result.documents;
  const finding = result.comparisons[0].findings.find(
    (candidate) =>
      (olderLabel === null ? candidate.left.length === 0 : candidate.left.length === 1 && left.paragraphs[candidate.left[0]].label === olderLabel) &&
      (newerLabel === null ? candidate.right.length === 0 : candidate.right.length === 1 && right.paragraphs[candidate.right[0]].label === newerLabel),
  );
  if (!finding) throw new Error(`no finding ${olderLabel} → ${newerLabel}`);
  return finding;
}

describe('D1: the look-forward to a COP pairs with its welcome as held; the other COP paragraphs are the yearly cycle', () => {
  it.skipIf(!available)(`Climate 78/153 → 79/206: OP 36 → OP 37 (COP28 held) paired, OP 35 → OP 38 (COP27 → COP29 welcomed), new OP 39 (COP30 looked forward to) and dropped OP 7 (the global stocktake, held at COP28) routine${skipNote}`, async () => {
    const result = await compareInSeries(CLIMATE, 'A_RES_78_153.txt', 'A_RES_79_206.txt');
    // Paired with its welcome as held; what it adds on the outcome ("and urges their full implementation") stays the
    // drafters' (a drafter's reading of the same clause a year on, 79/206 → 80/138 OP 39: "fought over each year").
    expect(findingOf(result, 'OP 36', 'OP 37')).toMatchObject({ kind: 'modified', routine: false, reasons: [expect.stringMatching(/^events moved on, clause by clause/)] });
    // COP27 "and urge their full implementation" → COP29 "and looks forward to their full and urgent implementation": the
    // ask on the outcome weakened (review 17 E3), the drafters' to weigh.
    expect(findingOf(result, 'OP 35', 'OP 38')).toMatchObject({ kind: 'modified', routine: false });
    expect(findingOf(result, null, 'OP 39')).toMatchObject({ kind: 'new', routine: true, reasons: [expect.stringMatching(/^event looked forward to: .*\(thirtieth\)/)] });
    expect(findingOf(result, 'OP 7', null)).toMatchObject({ kind: 'dropped', routine: true, reasons: [expect.stringMatching(/^event passed: first global stocktake/)] });
  });

  it.skipIf(!available)(`Climate 79/206 → 80/138: the pairs stay as they were (OP 38 → OP 38, OP 39 → OP 39); new OP 40, COP31 looked forward to with no year, routine${skipNote}`, async () => {
    const result = await compareInSeries(CLIMATE, 'A_RES_79_206.txt', 'A_RES_80_138.txt');
    expect(findingOf(result, 'OP 38', 'OP 38')).toMatchObject({ kind: 'modified', editorial: true });
    expect(findingOf(result, null, 'OP 40')).toMatchObject({ kind: 'new', routine: true, reasons: [expect.stringMatching(/\(thirty-first\), the older text recorded/)] });
  });
});

describe('D1 (Energy): a global stocktaking requested, then welcomed as convened', () => {
  it.skipIf(!available)(`Energy 78/157 → 79/211: dropped OP 37 (the request recalled) and OP 38 (its preparations) routine; new OP 37 (the welcome, with the President's call to action noted) stays${skipNote}`, async () => {
    const result = await compareInSeries(ENERGY, 'A_RES_78_157.txt', 'A_RES_79_211.txt');
    expect(findingOf(result, 'OP 37', null)).toMatchObject({ kind: 'dropped', routine: true, reasons: ['event held: the global stocktaking the older text asked to be convened (in 2024), welcomed as convened in the newer text'] });
    expect(findingOf(result, 'OP 38', null)).toMatchObject({ kind: 'dropped', routine: true, reasons: ['event held: the preparations asked for the global stocktaking, welcomed as convened in the newer text'] });
    expect(findingOf(result, null, 'OP 37')).toMatchObject({ kind: 'new', routine: false });
  });

  it('counter-cases: no welcome of the event, another year, or another event: the request stays', () => {
    const request = 'Recalls its request for the President of the General Assembly to convene a global stocktaking, funded from extrabudgetary resources, to be held in 2024, marking the completion of the Decade;';
    const welcome = 'Welcomes the convening of the global stocktake, marking the completion of the Decade, held on 19 April 2024;';
    expect(requestedEventHeldReason(request, [request], [welcome])).toMatch(/^event held: the global stocktaking/);
    expect(requestedEventHeldReason(request, [request], ['Looks forward to the global stocktake, to be held in 2025;'])).toBeNull();
    expect(requestedEventHeldReason(request, [request], [welcome.replace('2024', '2025')])).toBeNull();
    expect(requestedEventHeldReason(request, [request], ['Welcomes the convening of the high-level dialogue on energy, held on 19 April 2024;'])).toBeNull();
    // Review 17 D1: the preparations paragraph also asked a report for a later session; that ask does not pass with the event.
    const preparations = 'Requests the President of the General Assembly, supported by the Secretariat, to support the preparations for the global stocktaking, including through regional consultations;';
    expect(requestedEventHeldReason(preparations, [request], [welcome])).toMatch(/^event held: the preparations asked for the global stocktaking/);
    expect(requestedEventHeldReason(preparations.replace(/;$/, ', and requests the Secretary-General to submit a report on the follow-up to its outcome to the General Assembly at its eighty-first session;'), [request], [welcome])).toBeNull();
  });

  it('review 17 N1 N3: a new undated look-forward is routine only when it names the editions and nothing more', () => {
    const cop = 'session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';
    const older = [`Welcomes the convening of the twenty-ninth ${cop}, held in Baku;`];
    expect(newEventReason(`Looks forward to the thirtieth ${cop};`, older, 2024, 2025)).toMatch(/^event looked forward to: .*thirtieth/);
    expect(newEventReason(`Looks forward to the thirtieth ${cop}, at which Parties are to communicate new nationally determined contributions aligned with limiting warming to 1.5°C;`, older, 2024, 2025)).toBeNull();
    expect(newEventReason(`Looks forward to the thirtieth ${cop}, and to the adoption there of a decision on a just transition away from fossil fuels;`, older, 2024, 2025)).toBeNull();
  });
});

describe('D2: an event held or a request fulfilled is no position shift', () => {
  it.skipIf(!available)(`Climate 79/206 → 80/138 OP 39: "Looks forward to the hosting … of the thirtieth session" → "Further welcomes the convening of the thirtieth session …": look forward → welcome routine; the ask on the outcome added stays (labelled negotiated)${skipNote}`, async () => {
    const finding = findingOf(await compareInSeries(CLIMATE, 'A_RES_79_206.txt', 'A_RES_80_138.txt'), 'OP 39', 'OP 39');
    expect(finding).toMatchObject({ kind: 'modified', routine: false });
    // Since classifier/40 "Further welcomes the convening of …" reads as the record of the event (a capitalised "Further"
    // opening): the event moved on clause by clause, no commitment shift at all, and the one change left is the ask added
    // (trial 17-a D2's expectation: "at most the added clause as the change").
    expect(finding.reasons).toEqual([expect.stringMatching(/^events moved on, clause by clause: no longer “Looks forward to the hosting by the Government of Brazil of the thirtieth session …”; now “Further welcomes the convening of the thirtieth session/)]);
    expect(finding.change).toEqual({ before: '', after: 'and looks forward to their full and urgent implementation' });
    expect(finding.signals.filter((signal) => signal.type === 'commitment')).toEqual([]);
  });

  it.skipIf(!available)(`ICT 79/194 → 80/118 OP 13: "Recalls the request for the Commission … to establish a dedicated working group" → "Welcomes the establishment by the Commission … of a dedicated working group": a request fulfilled${skipNote}`, async () => {
    const finding = findingOf(await compareInSeries(ICT, 'A_RES_79_194.txt', 'A_RES_80_118.txt'), 'OP 13', 'OP 13');
    expect(finding).toMatchObject({ routine: true, reasons: ['a request fulfilled: the Commission on Science and Technology for Development asked to establish, the establishment now welcomed'] });
  });

  const lookForward = 'Looks forward to the hosting by the Government of Brazil of the thirtieth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, from 10 to 21 November 2025;';
  const formula = 'Also welcomes the convening of the twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, presided over by the Government of Azerbaijan in Baku, from 11 to 22 November 2024, and the adoption of their decisions by Parties, and looks forward to their full and urgent implementation;';
  const held = 'Further welcomes the convening of the thirtieth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, presided over by the Government of Brazil in Belém, from 10 to 21 November 2025, and the adoption of their decisions by Parties, and looks forward to their full and urgent implementation;';

  it('the held welcome in the older text\'s formula is routine; a clause the formula never had, or another edition, is not', () => {
    expect(heldRewriteReason(lookForward, held, [formula])).toMatch(/^event held: the thirtieth session/);
    // Read strictly (no ask from the older text's formula), only a bare record of the event held is routine.
    expect(heldRewriteReason(lookForward, held, [formula], false)).toBeNull();
    expect(heldRewriteReason(lookForward, held.replace(', and the adoption of their decisions by Parties, and looks forward to their full and urgent implementation', ''), [], false)).toMatch(/^event held: the thirtieth session, looked forward to, now welcomed as held$/);
    // Without the older text's formula asking the implementation, the added ask is the drafters'.
    expect(heldRewriteReason(lookForward, held, [])).toBeNull();
    // A call added beside the record is news.
    expect(heldRewriteReason(lookForward, held.replace(/;$/, ', and calls upon developed countries to triple adaptation finance;'), [formula])).toBeNull();
    // The welcome of another edition than the one looked forward to is no event held.
    expect(heldRewriteReason(lookForward, held.replace('thirtieth', 'thirty-first'), [formula])).toBeNull();
    // A request fulfilled only when the act asked is the act welcomed.
    expect(heldRewriteReason('Recalls the request for the Commission to establish a working group on data governance;', 'Welcomes the establishment by the Commission of a working group on data governance;', [])).toMatch(/^a request fulfilled/);
    expect(heldRewriteReason('Recalls the request for the Commission to establish a working group on data governance;', 'Welcomes the establishment by the Commission of a working group on data governance and decides to extend its mandate;', [])).toBeNull();
  });

  it('review 17 H4 E1 R2: a look-forward, request or welcome downgraded to "takes note" is never routine', () => {
    const cop = 'session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';
    const awaited = `Looks forward to the thirtieth ${cop}, to be held in Belém, Brazil;`;
    // Positive beside it: the same look-forward welcomed as held stays routine.
    expect(heldRewriteReason(awaited, `Welcomes the convening of the thirtieth ${cop}, held in Belém, Brazil;`, [], false)).toMatch(/^event held: the thirtieth session/);
    expect(heldRewriteReason(awaited, `Takes note of the convening of the thirtieth ${cop}, held in Belém, Brazil;`, [], false)).toBeNull();
    expect(heldRewriteReason(awaited, `Notes the convening of the thirtieth ${cop}, held in Belém, Brazil;`, [])).toBeNull();
    const request = 'Recalls the request for the Commission on Science and Technology for Development to establish a dedicated working group on data governance;';
    expect(heldRewriteReason(request, 'Welcomes the establishment by the Commission on Science and Technology for Development of a dedicated working group on data governance;', [])).toMatch(/^a request fulfilled/);
    expect(heldRewriteReason(request, 'Takes note of the establishment by the Commission on Science and Technology for Development of a dedicated working group on data governance;', [])).toBeNull();
    const baku = `Welcomes the convening of the twenty-ninth ${cop}, held in Baku from 11 to 22 November 2024, and the adoption of decisions by the Parties;`;
    const belem = `Welcomes the convening of the thirtieth ${cop}, held in Belém, Brazil, from 10 to 21 November 2025, and the adoption of decisions by the Parties;`;
    expect(editionRecordReason(baku, belem, [])).toMatch(/^event records moved on: the twenty-ninth session/);
    expect(editionRecordReason(baku, belem.replace('Welcomes', 'Takes note of'), [])).toBeNull();
    expect(editionRecordReason(baku.replace('Welcomes', 'Takes note of'), belem, [])).toBeNull();
  });

  it('review 17 H1 E2: a stance in affirm/acknowledge/highlight/express added beside the record is not routine', () => {
    const cop = 'session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';
    const awaited = `Looks forward to the thirtieth ${cop}, to be held in Belém, Brazil;`;
    const held = `Welcomes the convening of the thirtieth ${cop}, held in Belém, Brazil;`;
    expect(heldRewriteReason(awaited, held, [], false)).toMatch(/^event held/);
    expect(heldRewriteReason(awaited, held.replace(/;$/, ', and affirms the transition away from fossil fuels in energy systems in a just, orderly and equitable manner;'), [], false)).toBeNull();
    expect(heldRewriteReason(awaited, held.replace(/;$/, ', and expresses its appreciation to the host country;'), [], false)).toBeNull();
    const baku = `Welcomes the convening of the twenty-ninth ${cop}, held in Baku from 11 to 22 November 2024;`;
    const belem = `Welcomes the convening of the thirtieth ${cop}, held in Belém, Brazil, from 10 to 21 November 2025;`;
    expect(editionRecordReason(baku, belem, [])).toMatch(/^event records moved on/);
    expect(editionRecordReason(baku, belem.replace(/;$/, ', and affirms the outcome on the transition away from fossil fuels;'), [])).toBeNull();
    expect(editionRecordReason(baku, belem.replace(/;$/, ', and acknowledges the gap in adaptation finance;'), [])).toBeNull();
  });

  it('review 17 E3: the ask on the edition\'s outcome dropped or weakened is not routine; kept in the same verb, it is', () => {
    const cop = 'session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';
    const baku = `Welcomes the convening of the twenty-ninth ${cop}, held in Baku from 11 to 22 November 2024, and the adoption of decisions, and urges their full implementation;`;
    const belem = `Welcomes the convening of the thirtieth ${cop}, held in Belém, Brazil, from 10 to 21 November 2025, and the adoption of decisions, and urges their full implementation;`;
    expect(editionRecordReason(baku, belem, [])).toMatch(/^event records moved on: the twenty-ninth session/);
    expect(editionRecordReason(baku, belem.replace(', and urges their full implementation', ''), [])).toBeNull();
    expect(editionRecordReason(baku, belem.replace('urges', 'looks forward to'), [])).toBeNull();
  });

  it('a welcome of one COP → of a later one is routine; of an earlier one, or with a stance added, is not', () => {
    const cop27 = 'Welcomes the convening of the twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, presided over by the Government of Egypt in Sharm el-Sheikh, from 6 to 20 November 2022, and the adoption of their outcomes by parties, including the Sharm el-Sheikh Implementation Plan, and urge their full implementation;';
    // "and urge their full implementation" → "and looks forward to their full and urgent implementation": a weaker ask on
    // the outcome (review 17 E3), no longer routine; the same ask kept, it is.
    expect(editionRecordReason(cop27, formula, [])).toBeNull();
    expect(editionRecordReason(cop27, formula.replace('looks forward to their full and urgent implementation', 'urges their full implementation'), [])).toMatch(/twenty-seventh session welcomed as held → the twenty-ninth session/);
    expect(editionRecordReason(formula, cop27, [])).toBeNull();
    expect(editionRecordReason(cop27, formula.replace(/;$/, ', and expresses deep concern at the adaptation finance gap;'), [])).toBeNull();
  });

  it('a dropped look-forward to an outcome due at an edition is routine only when the newer text welcomes that edition with the outcome named', () => {
    const awaited = 'Looks forward to the conclusion of the first global stocktake at the fifth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement, to assess the collective progress, and recognizes the technical work conducted in 2022 and 2023;';
    const welcomed = 'Welcomes the convening of the fifth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement, from 30 November to 13 December 2023, and the adoption of their decisions, which include the outcome of the first global stocktake of the Paris Agreement;';
    expect(awaitedOutcomeRecordedReason(awaited, [welcomed])).toMatch(/^event passed: first global stocktake/);
    expect(awaitedOutcomeRecordedReason(awaited, [welcomed.replace(', which include the outcome of the first global stocktake of the Paris Agreement', '')])).toBeNull();
    expect(awaitedOutcomeRecordedReason(awaited.replace(/;$/, ', and urges Parties to raise their ambition;'), [welcomed])).toBeNull();
  });
});

describe('D3: session mentions paired by their cycle', () => {
  it.skipIf(!available)(`Palestine 79/229 → 80/158 OP 13: eightieth → eighty-first routine, the seventy-ninth removed, no "seventy-ninth → eighty-first"${skipNote}`, async () => {
    const finding = findingOf(await compareInSeries(SOVEREIGNTY, 'A_RES_79_229.txt', 'A_RES_80_158.txt'), 'OP 13', 'OP 13');
    const sessions = finding.signals.filter((signal) => signal.summary.startsWith('session number')).map((signal) => signal.summary);
    expect(sessions).toEqual(['session number changed (routine): eightieth session → eighty-first session', 'session number removed: seventy-ninth session']);
  });

  it('a session replaced two on with no session dropped beside it stays a change', () => {
    const summaries = numberChanges('to report to the Assembly at its seventy-ninth session on the implementation', 'to report to the Assembly at its eighty-first session on the implementation').map((signal) => signal.summary);
    expect(summaries).toEqual(['session number changed: seventy-ninth session → eighty-first session']);
  });
});

describe('D4 and D7: routine beside editorial; outcomes succeeded or named', () => {
  it.skipIf(!available)(`Poverty 78/164 → 79/221 OP 48 → OP 47: the commemoration's ordinals one on and "the 2030 Agenda[- for Sustainable Development-]": routine${skipNote}`, async () => {
    const finding = findingOf(await compareInSeries(POVERTY, 'A_RES_78_164.txt', 'A_RES_79_221.txt'), 'OP 48', 'OP 47');
    expect(finding).toMatchObject({ routine: true });
    expect(finding.reasons?.[0]).toMatch(/^yearly cycle: ordinals, sessions, years and dates one cycle on: thirty-first → thirty-second/);
    expect(finding.reasons?.[1]).toBe('beside it: editorial: a name in its other form: for Sustainable Development → ∅');
  });

  it.skipIf(!available)(`International financial system 79/196 → 80/122 OP 24 → OP 35: Monterrey → Addis Ababa, Addis Ababa → Sevilla: routine${skipNote}`, async () => {
    const finding = findingOf(await compareInSeries(FINANCIAL_SYSTEM, 'A_RES_79_196.txt', 'A_RES_80_122.txt'), 'OP 24', 'OP 35');
    expect(finding).toMatchObject({ routine: true, reasons: ['references brought up to the succeeding outcome: Monterrey Consensus → Addis Ababa Action Agenda', 'references brought up to the succeeding outcome: Addis Ababa Action Agenda → Sevilla Commitment'] });
  });

  it.skipIf(!available)(`ICT 79/194 → 80/118 PP 18 → PP 19: "the [-new-]{+Awaza+} Programme of Action for Landlocked Developing Countries": routine${skipNote}`, async () => {
    const finding = findingOf(await compareInSeries(ICT, 'A_RES_79_194.txt', 'A_RES_80_118.txt'), 'PP 18', 'PP 19');
    // Round 18's aged stretches (`aged-with-year.ts`) read it first since the merge: the same routine, in its words.
    expect(finding).toMatchObject({ routine: true, reasons: [expect.stringMatching(/^(?:an outcome named after its adoption: the new Programme of Action for Landlocked Developing Countries|what was new named since adopted: new → Awaza)/)] });
  });

  it.skipIf(!available)(`counter-cases: one outcome replaced by another (no chain), and "new" made a name that is no outcome's, stay negotiated${skipNote}`, async () => {
    const read = (series: string, file: string): string => readFileSync(join(UN_SERIES, series, file), 'utf8');
    const chainText = 'building on the vision of the Addis Ababa Action Agenda, with a view to supporting the implementation of the Sevilla Commitment';
    const finance = read(FINANCIAL_SYSTEM, 'A_RES_80_122.txt');
    // The phrase as the text lays it out (a line may break anywhere between its words).
    const chain = new RegExp(chainText.split(' ').join('\\s+'));
    expect(finance).toMatch(chain);
    const single = await compareTexts(read(FINANCIAL_SYSTEM, 'A_RES_79_196.txt'), finance.replace(chain, 'building on the vision of the Monterrey Consensus, with a view to supporting the implementation of the Sevilla Commitment'));
    expect(findingOf(single, 'OP 24', 'OP 35')).toMatchObject({ kind: 'modified', routine: false });
    const ict = read(ICT, 'A_RES_80_118.txt');
    const renamed = await compareTexts(read(ICT, 'A_RES_79_194.txt'), ict.replace('Awaza Programme of Action for Landlocked', 'Awaza Group of Friends of Landlocked'));
    expect(findingOf(renamed, 'PP 18', 'PP 19')).toMatchObject({ kind: 'modified', routine: false });
    // "new" made a draft's name is no outcome adopted (review 17 S2).
    const draft = await compareTexts(read(ICT, 'A_RES_79_194.txt'), ict.replace('Awaza Programme of Action for Landlocked', 'Revised Draft Programme of Action for Landlocked'));
    expect(findingOf(draft, 'PP 18', 'PP 19')).toMatchObject({ kind: 'modified', routine: false });
  });

  it('review 17 S1: bodies in a chain (Human Rights Council → General Assembly → Security Council) are a referral, not outcomes succeeded', async () => {
    const resolution = (session: string, number: string, year: number, operative: readonly string[]): string =>
      `United Nations\nA/RES/${number}\n\nGeneral Assembly\nDistr.: General\n20 December ${year}\n\n${session} session\nAgenda item 18\n\nResolution adopted by the General Assembly on 19 December ${year}\n\n${number}. Test resolution\n\nThe General Assembly,\n\n` +
      'Recalling its resolutions 43/53 of 6 December 1988 and all other relevant resolutions and decisions,\n\n' +
      operative.map((text, k) => `${k + 1}. ${text}`).join('\n\n') + `\n\n50th plenary meeting\n19 December ${year}\n`;
    const filler = 'Stresses that the eradication of poverty in all its forms and dimensions is an indispensable requirement for sustainable development;';
    const older = resolution('Seventy-ninth', '79/206', 2024, [filler, 'Requests the Secretary-General, in consultation with the Human Rights Council, to report on the situation to the General Assembly;', 'Decides to remain seized of the matter;']);
    const newer = resolution('Eightieth', '80/138', 2025, [filler, 'Requests the Secretary-General, in consultation with the General Assembly, to report on the situation to the Security Council;', 'Decides to remain seized of the matter and to transmit the present resolution to the Security Council;']);
    expect(findingOf(await compareTexts(older, newer), 'OP 2', 'OP 2')).toMatchObject({ kind: 'modified', routine: false });
    // Positive beside it: outcomes in the same chain are brought up to date.
    const outcomes = (first: string, second: string): string => `Requests the Secretary-General, building on the vision of the ${first}, to support the implementation of the ${second};`;
    const olderChain = resolution('Seventy-ninth', '79/206', 2024, [filler, outcomes('Monterrey Consensus', 'Addis Ababa Action Agenda'), 'Decides to remain seized of the matter;']);
    const newerChain = resolution('Eightieth', '80/138', 2025, [filler, outcomes('Addis Ababa Action Agenda', 'Sevilla Commitment'), 'Decides to remain seized of the matter and to promote the Sevilla Commitment;']);
    expect(findingOf(await compareTexts(olderChain, newerChain), 'OP 2', 'OP 2')).toMatchObject({ kind: 'modified', routine: true, reasons: [expect.stringMatching(/^references brought up to the succeeding outcome: Monterrey Consensus/), expect.anything()] });
  });
});
