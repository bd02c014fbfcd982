import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editionMovedOnReason } from '../../src/classify/edition-moved-on.js';
import { pastRecordDroppedReason } from '../../src/classify/record-dropped.js';
import { compare } from '../../src/pipeline.js';
import type { Finding, RedlineResult } from '../../src/types.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { OCEANS, UN_SERIES_AVAILABLE as available, compareInSeries, isSubstantive, pairAt } from '../helpers/un-series.js';

const skipNote = available ? '' : SHARED_MISSING;
const LDC = 'follow-up-to-the-fifth-united-nations-conference-on-the-leas';
const AGRICULTURE = 'agriculture-development-food-security-and-nutrition';
const CHEMICAL = 'implementation-of-the-convention-on-the-prohibition-of-the-d';

/**
 * Session 21, fix21r: review21's counter-examples to rules21 and sig21 (made-up paragraphs in the shape of a General
 * Assembly resolution, written here; not third-party texts), beside the real pairs the rules were written for.
 */
const folder = mkdtempSync(join(tmpdir(), 'redline-fix21r-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const HEAD = (symbol: string, year: number, session: string): string =>
  `United Nations\nA/RES/${symbol}\n\nGeneral Assembly\nDistr.: General\n3 December ${year}\n\n${session} session\nAgenda item 99 (y)\nGeneral and complete disarmament: the Arms Trade Treaty\n\nResolution adopted by the General Assembly on 1 December ${year}\n\n${symbol}. The Arms Trade Treaty\n\nThe General Assembly,\n\n`;
const PREAMBLE = ['Recognizing that disarmament, arms control and non-proliferation are essential for the maintenance of international peace and security,', 'Bearing in mind that civilians, particularly women and children, account for the vast majority of those adversely affected by armed conflict and armed violence,'];
const FIRST_OP = '1. Calls upon all States that have not yet done so to ratify, accept, approve or accede to the Treaty, according to their respective constitutional processes;';
const LAST_OP = 'Decides to include in the provisional agenda of its next session, under the item entitled "General and complete disarmament", the sub-item entitled "The Arms Trade Treaty".';

/** Two made-up resolutions whose OP 2 is `older` and `newer`, compared; the OP 2 finding. */
async function opTwo(name: string, older: string, newer: string): Promise<Finding> {
  const write = (which: string, paragraph: string, symbol: string, year: number, session: string): string => {
    const path = join(folder, `${name}-${which}.txt`);
    writeFileSync(path, `${HEAD(symbol, year, session)}${PREAMBLE.join('\n\n')}\n\n${FIRST_OP}\n\n2. ${paragraph}\n\n3. ${LAST_OP}\n`);
    return path;
  };
  const result: RedlineResult = await compare(write('old', older, '79/52', 2024, 'Seventy-ninth'), write('new', newer, '80/46', 2025, 'Eightieth'));
  return pairAt(result, 'OP 2', 'OP 2');
}

describe('fix21r 1: a past step\'s record dropped only with its numbered or dated event (review21 r2a–r2h)', () => {
  const cases: Array<[string, string, string]> = [
    ['r2a a right recalled', 'Reiterates the importance of the Sendai Framework for Disaster Risk Reduction 2015–2030, recalls its resolution 76/300 on the human right to a clean, healthy and sustainable environment, and, in that regard, notes the contribution of space-based information;', 'Reiterates the importance of the Sendai Framework for Disaster Risk Reduction 2015–2030, and, in that regard, notes the contribution of space-based information;'],
    ['r2b civil society acknowledged', "Encourages States to implement the Treaty fully, and acknowledges the contribution of civil society, including women's organizations and human rights defenders, to its implementation;", 'Encourages States to implement the Treaty fully;'],
    ['r2c a lack of progress noted', 'Reaffirms the importance of the universalization of the Treaty, notes the lack of progress in its entry into force, and calls upon the remaining Annex 2 States to sign and ratify it;', 'Reaffirms the importance of the universalization of the Treaty, and calls upon the remaining Annex 2 States to sign and ratify it;'],
    ['r2d an accession welcomed', 'Calls upon all States that have not yet done so to accede to the Treaty, and welcomes the accession of the State of Palestine to the Treaty;', 'Calls upon all States that have not yet done so to accede to the Treaty;'],
    ['r2e an advisory opinion recalled', 'Bearing in mind the obligations of States under international law, and recalling the advisory opinion of the International Court of Justice of 19 July 2024,', 'Bearing in mind the obligations of States under international law,'],
    ['r2f recommendations endorsed', 'Takes note of the report of the Secretary-General, and endorses the recommendations contained therein on strengthening the protection of humanitarian personnel;', 'Takes note of the report of the Secretary-General;'],
    ['r2g a responsibility acknowledged', 'Demands that all parties comply with their obligations under international humanitarian law, and acknowledges that the occupying Power bears primary responsibility for the welfare of the civilian population;', 'Demands that all parties comply with their obligations under international humanitarian law;'],
    ['r2h a satisfaction noted', 'Requests the Secretary-General to continue to provide support to the Committee, and notes with satisfaction the establishment of a dedicated trust fund for that purpose;', 'Requests the Secretary-General to continue to provide support to the Committee;'],
  ];
  for (const [name, older, newer] of cases) {
    it(`${name}: no past step's record dropped`, () => {
      expect(pastRecordDroppedReason(older, newer, [newer])).toBeNull();
    });
  }

  it('the shape the rule was written for stays: a numbered meeting\'s recommendations, a midterm review', () => {
    expect(pastRecordDroppedReason('Takes note of the report on the work of the Ad Hoc Working Group, and endorses the recommendations adopted by the Ad Hoc Working Group at its nineteenth meeting on the progress in the implementation of the programme of work;', 'Takes note of the report on the work of the Ad Hoc Working Group;', [])).toMatch(/^a past step's record dropped: “and endorses the recommendations adopted by the Ad Hoc Working Group at its nineteenth meeting/);
    expect(pastRecordDroppedReason('Reiterates the importance of the Sendai Framework, notes the midterm review of the Sendai Framework to assess progress, and, in that regard, notes the contribution of space-based information;', 'Reiterates the importance of the Sendai Framework, and, in that regard, notes the contribution of space-based information;', [])).toMatch(/^a past step's record dropped: “notes the midterm review/);
  });

  it.skipIf(!available)(`Oceans 78/69 → 79/144 OP 318 → OP 319: the nineteenth meeting's recommendations no longer endorsed stays routine${skipNote}`, async () => {
    const result = await compareInSeries(OCEANS, 'A_RES_78_69.txt', 'A_RES_79_144.txt');
    const finding = pairAt(result, 'OP 318', 'OP 319');
    expect(finding.routine).toBe(true);
    expect(finding.reasons?.[0]).toMatch(/^a past step's record dropped: “and endorses the recommendations adopted by the Ad Hoc Working Group at its nineteenth meeting/);
  });
});

describe('fix21r 2–3: a recorded event at its next edition, only with its record changed (review21 r1a–r1j)', () => {
  const TENTH = 'the Tenth Conference of States Parties to the Arms Trade Treaty, held in Geneva from 19 to 22 August 2024';
  const ELEVENTH = 'the Eleventh Conference of States Parties to the Arms Trade Treaty, held in Geneva from 25 to 29 August 2025';
  const cases: Array<[string, string, string]> = [
    ['r1a welcome → take note', `Welcomes the decisions taken by ${TENTH};`, `Takes note of the decisions taken by ${ELEVENTH};`],
    ['r1b appreciation withheld', `Welcomes with appreciation the decisions taken by ${TENTH};`, `Welcomes the decisions taken by ${ELEVENTH};`],
    ['r1d no longer endorsed', `Takes note of the report of ${TENTH}, and endorses the recommendations contained therein;`, `Takes note of the report of ${ELEVENTH};`],
    ['r1f a contested resolution singled out', 'Takes note of the resolutions and decisions adopted by the General Conference of the International Atomic Energy Agency at its sixty-seventh regular session, held from 25 to 29 September 2023;', 'Takes note of the resolutions and decisions adopted by the General Conference of the International Atomic Energy Agency at its sixty-eighth regular session, held from 16 to 20 September 2024, including resolution GC(68)/RES/14 on the application of IAEA safeguards in the Middle East;'],
    ['r1g a theme dropped', `Welcomes the decisions taken by ${TENTH}, including on gender and gender-based violence;`, `Welcomes the decisions taken by ${ELEVENTH};`],
    ['r1h disappointment added', `Takes note of the report of ${TENTH};`, `Takes note with disappointment of the report of ${ELEVENTH}, which failed to adopt a final document;`],
    ['r1j civil society dropped', `Welcomes the decisions taken by ${TENTH}, with the participation of civil society and industry;`, `Welcomes the decisions taken by ${ELEVENTH};`],
  ];
  for (const [name, older, newer] of cases) {
    it(`${name}: no edition moved on`, () => {
      expect(editionMovedOnReason(older, newer)).toBeNull();
    });
  }

  it('the shape the rule was written for stays: the same opening, the next edition with its dates and place', () => {
    expect(editionMovedOnReason(`Welcomes the decisions taken by ${TENTH};`, `Welcomes the decisions taken by ${ELEVENTH};`)).toBe('a recorded event at its next edition (Tenth → Eleventh), the rest its record: dates, place, what it adopted');
  });

  it.skipIf(!available)(`Agriculture 79/227 → 80/157 PP 18 → PP 17: the Committee's next sessions with a title set in capitals stay routine (labelled not)${skipNote}`, async () => {
    const result = await compareInSeries(AGRICULTURE, 'A_RES_79_227.txt', 'A_RES_80_157.txt');
    const finding = pairAt(result, 'PP 18', 'PP 17');
    expect(finding).toMatchObject({ kind: 'modified', routine: true, reasons: ['a recorded event at its next edition (fifty-first → fifty-second), the rest its record: dates, place, what it adopted'] });
  });

  it('r1a through the pipeline: "commitment weakened: welcome → take note" is said, not routine, and the finding is substantive', async () => {
    const finding = await opTwo('r1a', `Welcomes the decisions taken by ${TENTH};`, `Takes note of the decisions taken by ${ELEVENTH};`);
    expect(isSubstantive(finding)).toBe(true);
    expect(finding.signals.filter((signal) => signal.type === 'commitment').map((signal) => signal.summary)).toEqual(['commitment weakened: welcome → take note']);
  });

  it('r1b through the pipeline: "welcome with appreciation → welcome" stays a finding', async () => {
    const finding = await opTwo('r1b', `Welcomes with appreciation the decisions taken by ${TENTH};`, `Welcomes the decisions taken by ${ELEVENTH};`);
    expect(isSubstantive(finding)).toBe(true);
    expect(finding.signals.filter((signal) => signal.type === 'commitment').map((signal) => signal.summary)).toEqual(['commitment weakened: welcome with appreciation → welcome']);
  });
});

describe('fix21r 5: a reiterated request is an ask; an ask added before the compared clause is no weakening', () => {
  it('made-up: "reiterates its requests to the Secretary-General to conclude the feasibility study …" → "looks forward to the submission of a report …" gives no commitment signal', async () => {
    const finding = await opTwo(
      'reiterate',
      'Reaffirms the commitment to adopt and implement investment promotion regimes for the least developed countries, and in this regard reiterates its requests to the Secretary-General to conclude expeditiously the feasibility study on an international investment support centre for the least developed countries and to submit the study to the General Assembly for its consideration at its seventy-ninth session;',
      'Reaffirms the commitment to adopt and implement investment promotion regimes for the least developed countries, and in this regard looks forward to the submission of a report by the Secretary-General on the international investment support centre for the least developed countries for its consideration at its eightieth session;',
    );
    expect(finding.kind).toBe('modified');
    expect(finding.signals.filter((signal) => signal.type === 'commitment')).toEqual([]);
  });

  it.skipIf(!available)(`LDC 78/233 OP 41 → 79/218 OP 43: no "commitment weakened: reiterate → look forward" (the study answered, an urge added)${skipNote}`, async () => {
    const result = await compareInSeries(LDC, 'A_RES_78_233.txt', 'A_RES_79_218.txt');
    const finding = pairAt(result, 'OP 41', 'OP 43');
    expect(isSubstantive(finding)).toBe(true);
    expect(finding.signals.filter((signal) => signal.type === 'commitment')).toEqual([]);
  });
});

describe('fix21r 4: the part kept beside a new item that took its closing words', () => {
  it.skipIf(!available)(`CW 78/29 OP 6 (c) → 79/56 OP 9 (c): read without the closing clause now closing the new OP 9 (d), no "drops", no actor or date removed${skipNote}`, async () => {
    const result = await compareInSeries(CHEMICAL, 'A_RES_78_29.txt', 'A_RES_79_56.txt');
    const finding = pairAt(result, 'OP 6 (c)', 'OP 9 (c)');
    expect(finding).toMatchObject({ kind: 'modified', editorial: true, reasons: ['its closing words now close the new OP 9 (d), word for word'] });
    expect(finding.diff.every((part) => part.op === 'equal')).toBe(true);
    expect(finding.signals).toEqual([]);
    expect(finding.footnoteChanges?.map((note) => note.summary)).toEqual(['footnote 15 removed (now cited by OP 9 (d)): EC-96/DG.1.']);
    const [, right] = result.documents;
    const added = result.comparisons[0].findings.find((candidate) => candidate.kind === 'new' && candidate.right.some((index) => right.paragraphs[index].label === 'OP 9 (d)'));
    expect(added).toBeDefined();
  });
});
