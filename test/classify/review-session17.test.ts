import { describe, expect, it } from 'vitest';
import { listGrewOutsideCycle, routineReasons } from '../../src/classify/routine.js';
import { ageUpdatedReasons, cycleReasons, yearlyChangeReasons } from '../../src/classify/yearly.js';
import { actorChanges } from '../../src/classify/signals/actors.js';
import { commitmentShift } from '../../src/classify/signals/commitment.js';
import { normalizeParagraph } from '../../src/normalize/normalize.js';
import { compareTexts } from '../../src/pipeline.js';
import { digestLine, isNegotiated } from '../../src/report/digest-line.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { ICT, OUTER_SPACE_TCBM, UN_SERIES_AVAILABLE as available, compareInSeries, findingAt } from '../helpers/un-series.js';

const skipNote = available ? '' : SHARED_MISSING;

/**
 * Session 17: the counter-examples of session 16's review, paragraph pairs that five routine rules called routine though
 * they hide a negotiated change, each beside the rule's positive case (still routine); then the signals the review found
 * lost, and a footnote's list of States changed on a paragraph that kept its words.
 */

describe('a past step of another body no longer recorded (routine.ts, recordedAdoptionDropped): a record that establishes, attributes or takes a stance stays', () => {
  const kept = 'Welcomes the continuing progress by the standing working groups on effective treaty implementation, on transparency and reporting and on universalization';
  const recorded = ', and further takes note of the revision of the Treaty programme of work and the extension of the trial period by an additional one year, decided by the Tenth Conference of States Parties';

  it('positive: a clause that only records a step adopted, dropped a year on, is routine', () => {
    expect(routineReasons(`${kept}${recorded};`, `${kept};`)).toEqual(['a past step of another body no longer recorded: further takes note of the revision of the …']);
  });

  it('counter-cases: an attribution decision, a commission of inquiry, an investigation mandated, a step strongly supported, stay negotiated', () => {
    const dropped = (clause: string): string[] => routineReasons(`${kept}${clause};`, `${kept};`);
    expect(dropped(', and further takes note of the decision adopted by the Executive Council attributing responsibility for the use of chemical weapons')).toEqual([]);
    expect(dropped(', and further notes the decision of the Human Rights Council adopted at its fifty-second session to establish a commission of inquiry')).toEqual([]);
    expect(dropped(', and further notes the mandate adopted by the Conference for an independent investigation')).toEqual([]);
    expect(dropped(', and further notes with appreciation and strongly supports the adoption of the Strategic Action Programme at the twenty-second Meeting of the Contracting Parties')).toEqual([]);
  });
});

describe('an age counted on (yearly.ts, ageUpdatedReasons): a term set beside a deciding or extending verb, or a term noun, stays', () => {
  const aged = 'Reaffirming that the Programme of Assistance has provided the foundation for the efforts of the United Nations to promote a better knowledge of international law for more than half a century,';

  it('positive: the age of the Programme counted on is routine', () => {
    expect(ageUpdatedReasons(aged, aged.replace('more than half a century', '60 years'))).toEqual(['an age counted on: more than half a century → 60 years']);
  });

  it('counter-cases: a mandate extended for five → ten years, a moratorium, a period renewed, stay negotiated', () => {
    const extended = 'Decides to extend the mandate of the Special Rapporteur for five years;';
    expect(ageUpdatedReasons(extended, extended.replace('five years', 'ten years'))).toBeNull();
    expect(yearlyChangeReasons(extended, extended.replace('five years', 'ten years'))).toBeNull();
    const moratorium = 'Calls upon States to maintain the moratorium on such tests for five years;';
    expect(ageUpdatedReasons(moratorium, moratorium.replace('five years', 'six years'))).toBeNull();
    const renewed = 'Renews the arrangements of the Programme for ten years, and requests a report on their implementation;';
    expect(ageUpdatedReasons(renewed, renewed.replace('ten years', 'twelve years'))).toBeNull();
  });
});

describe('a COVID-19 reference retired (yearly.ts, pandemicRetiredReasons): a clause on another policy that the pandemic only qualifies stays', () => {
  const base = 'Emphasizes the importance of international cooperation, multilateralism and solidarity';

  it('positive: a clause on the recovery from the pandemic itself is retired, routine', () => {
    expect(yearlyChangeReasons(`${base} in the global response to support the recovery from the COVID-19 pandemic;`, `${base};`)).toEqual(["COVID-19 reference retired: the pandemic's clause dropped"]);
    const owing = 'Authorizes the Secretary-General to award a minimum of one scholarship, subject to the availability of funds and limitations that may be imposed owing to the COVID-19 pandemic;';
    expect(yearlyChangeReasons(owing, owing.replace(' and limitations that may be imposed owing to the COVID-19 pandemic', ''))).toEqual(["COVID-19 reference retired: the pandemic's clause dropped"]);
  });

  it('counter-cases: debt relief, gender-based violence, vaccine equity with a COVID-19 mention, dropped, stay negotiated', () => {
    expect(yearlyChangeReasons(`${base}, including debt relief for developing countries affected by the COVID-19 pandemic;`, `${base};`)).toBeNull();
    expect(yearlyChangeReasons(`${base}, and to eliminate gender-based violence against women and girls, which increased during the COVID-19 pandemic;`, `${base};`)).toBeNull();
    expect(yearlyChangeReasons(`${base}, including vaccine equity in the context of the COVID-19 pandemic;`, `${base};`)).toBeNull();
  });
});

describe('a year moving with the cycle (yearly.ts cycleReasons, routine.ts succession): a target or goal year moved is postponed, negotiated', () => {
  const years = { older: 2024, newer: 2025 };

  it('positive: the year ahead of each text, a recurring event\'s year, moves with the cycle: routine', () => {
    const committee = 'Calls for the establishment of an ad hoc committee on nuclear disarmament in 2024;';
    expect(cycleReasons(committee, committee.replace('2024', '2026'), years)).toEqual(['yearly cycle: ordinals, sessions, years and dates one cycle on: 2024 → 2026']);
    const scholarship = 'Authorizes the Secretary-General to award a minimum of one scholarship in 2024 under the Fellowship;';
    expect(routineReasons(scholarship, scholarship.replace('2024', '2025'))).toEqual(['yearly succession: 2024 → 2025']);
    // "the Sustainable Development Goals" names the Goals: the yearly forum's year (ICT 78/132 → 79/194 OP 58 → OP 68).
    const forum = 'Invites the Co-Chairs of the multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals in 2024 to include an update on the midterm reviews;';
    expect(routineReasons(forum, forum.replace('2024', '2025'))).toEqual(['yearly succession: 2024 → 2025']);
  });

  it('counter-cases, a gap of two years: "achieve … in 2024 → 2026", "the 2024 target", "at the latest in 2024", stay negotiated', () => {
    const achieve = 'Calls upon States to achieve universal access to energy in 2024;';
    expect(cycleReasons(achieve, achieve.replace('2024', '2026'), years)).toBeNull();
    const target = 'Encourages States to meet the 2024 target for universal access;';
    expect(cycleReasons(target, target.replace('2024', '2026'), years)).toBeNull();
    const latest = 'Urges the parties to conclude negotiations at the latest in 2024;';
    expect(cycleReasons(latest, latest.replace('2024', '2026'), years)).toBeNull();
  });

  it('counter-cases, a gap of one year (the older handling took them too): a goal or target year one on stays negotiated', () => {
    const goal = 'Calls upon States to reach the goal of universal access in 2024;';
    expect(yearlyChangeReasons(goal, goal.replace('2024', '2025'), years)).toBeNull();
    expect(routineReasons(goal, goal.replace('2024', '2025'))).toEqual([]);
    const target = 'Encourages States to meet the 2024 target for universal access;';
    expect(yearlyChangeReasons(target, target.replace('2024', '2025'), years)).toBeNull();
    expect(routineReasons(target, target.replace('2024', '2025'))).toEqual([]);
  });
});

describe('a list of recalled documents grown (routine.ts, listGrewOutsideCycle): only by the texts\' own predecessor cycle', () => {
  const grew = (added: string): string[] => [`list of recalled documents grew: ${added} added`];
  const LIST = 'Recalling its resolutions 69/38, 71/90, 73/72, 73/91, 76/55, 76/40, 77/52, 78/52 and 79/60,';

  it('positive: the older text\'s session\'s resolution, or the one just before (79/51 → 80/44 gains 78/52), is the cycle', () => {
    expect(listGrewOutsideCycle(grew('78/52'), LIST, 79, 80)).toBe(false);
    expect(listGrewOutsideCycle(grew('79/60'), LIST, 79, 80)).toBe(false);
    // A biennial text (78 → 80) may gain the session between the two.
    expect(listGrewOutsideCycle(grew('79/60'), LIST, 78, 80)).toBe(false);
    // Unknown sessions (a text without a resolution number): no check.
    expect(listGrewOutsideCycle(grew('76/55'), LIST, null, null)).toBe(false);
  });

  it('counter-cases: a resolution two or three sessions older than the older text, added now, stays negotiated', () => {
    expect(listGrewOutsideCycle(grew('77/52'), LIST, 79, 80)).toBe(true);
    expect(listGrewOutsideCycle(grew('76/55'), LIST, 79, 80)).toBe(true);
    expect(listGrewOutsideCycle(grew('78/52, 76/40'), LIST, 79, 80)).toBe(true);
    // Another body's resolutions are numbered by its own sessions: the General Assembly's say nothing of their cycle
    // (Human Rights Council resolutions "52/28 of 4 April 2023 and 55/21", DPRK 78/218 → 79/181 OP 16 → OP 17).
    expect(listGrewOutsideCycle(grew('55/21'), 'in accordance with Human Rights Council resolutions 34/24, 40/20, 46/17, 49/22 of 1 April 2022, 52/28 of 4 April 2023 and 55/21 aimed at strengthening', 78, 79)).toBe(false);
    expect(listGrewOutsideCycle(['yearly succession: 2024 → 2025'], LIST, 79, 80)).toBe(false);
  });
});

describe('lost signals (signals/actors.ts, signals/commitment.ts)', () => {
  it('an addressee no longer asked is removed, though the other side still cites it as an issuer; a cited body alone stays hidden', () => {
    const asked = 'Calls upon the Security Council to consider the situation, recalling Security Council resolution 2334 (2016);';
    const other = 'Calls upon Member States to consider the situation, recalling Security Council resolution 2334 (2016);';
    expect(actorChanges(asked, other).map((signal) => signal.summary)).toEqual(['actor removed: Security Council', 'actor added: Member States']);
    expect(actorChanges(other, asked).map((signal) => signal.summary)).toEqual(['actor removed: Member States', 'actor added: Security Council']);
    // Positive of session 16: a body named as the report's destination on one side, as a citation's issuer on the other.
    expect(actorChanges('Takes note of the report submitted to the General Assembly, recalling General Assembly resolution 71/120;', 'Takes note of the report, recalling General Assembly resolution 71/120;')).toEqual([]);
  });

  it('"the efforts of the Government of X" → another thing of the same Government: no commitment shift of one object; the same object keeps its shift', () => {
    const shift = (before: string, after: string) => commitmentShift(normalizeParagraph(before).tokens, normalizeParagraph(after).tokens);
    expect(shift('Welcomes the efforts of the Government of the Syrian Arab Republic to cooperate with the Office;', 'Notes the release by the Government of the Syrian Arab Republic of some prisoners;')).toBeNull();
    expect(shift('Welcomes the efforts of the Government of Myanmar to cooperate with the Special Envoy;', 'Notes the efforts of the Government of Myanmar to cooperate with the Special Envoy;')?.summary).toBe('commitment weakened: welcome → note');
  });
});

describe('a commitment shift on the same event reworded (digest-line.ts, isShiftAcrossRewrite)', () => {
  const lineOf = async (older: string, newer: string) => {
    const result = await compareTexts(`The General Assembly,\n\n1. ${older}\n`, `The General Assembly,\n\n1. ${newer}\n`);
    const [left, right] = result.documents;
    const findings = result.comparisons[0].findings;
    const finding = findings.find((candidate) => candidate.kind === 'modified');
    if (!finding) throw new Error('no modified finding');
    return digestLine(finding, findings.indexOf(finding), left.paragraphs, right.paragraphs, null);
  };

  it('the Summit of the Future welcomed, then only noted in other words: the shift is kept', async () => {
    const line = await lineOf(
      'Welcomes the holding of the Summit of the Future in New York, which brought together Heads of State and Government to strengthen multilateral cooperation and global governance;',
      'Takes note of the outcome of the Summit of the Future, while recognizing that many proposals made there remain under consideration by Member States and require further intergovernmental deliberation;',
    );
    expect(line.text).toContain('rewritten');
    expect(line.signals).toContain('commitment weakened: welcome → take note');
  });
  // Counter-case on a real pair: fix16-yearly.test.ts, Syria 79/185 → 80/224 (no event named on both sides, no shift).
});

describe('a note of substance on a paragraph that kept its words (footnote-changes.ts, digest-line.ts, verdict.ts)', () => {
  it.skipIf(!available)(`Outer space TCBM 78/52 → 79/51 PP 9: the note's list of States gains Burkina Faso and Mali: negotiated, with a digest line and the step's verdict${skipNote}`, async () => {
    const result = await compareInSeries(OUTER_SPACE_TCBM, 'A_RES_78_52.txt', 'A_RES_79_51.txt');
    const finding = findingAt(result, 'PP 9');
    expect(finding.kind).toBe('unchanged');
    expect(finding.footnoteChanges).toMatchObject([{ change: 'changed', summary: 'footnote 4 changed: adds Burkina Faso; adds Mali', substantive: true }]);
    expect(isNegotiated(finding)).toBe(true);
    const [left, right] = result.documents;
    const line = digestLine(finding, result.comparisons[0].findings.indexOf(finding), left.paragraphs, right.paragraphs, null);
    expect(line).toMatchObject({ kind: 'modified', place: 'PP 9' });
    expect(line.signals).toContain('footnote 4 changed: adds Burkina Faso; adds Mali');
    expect(result.comparisons[0].technicalUpdate).toBe(false);
  });

  it.skipIf(!available)(`counter-case: ICT 78/132 → 79/194 PP 16: a note's report symbol the body's rule does not pair (A/78/62-E/2023/49 → A/79/62-E/2024/3) is no substance${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(ICT, 'A_RES_78_132.txt', 'A_RES_79_194.txt'), 'PP 16');
    expect(finding.kind).toBe('unchanged');
    expect(finding.footnoteChanges?.[0].summary).toBe('footnote 9 changed: A/78/62-E/2023/49 → A/79/62-E/2024/3');
    expect(finding.footnoteChanges?.[0].substantive).toBeUndefined();
    expect(isNegotiated(finding)).toBe(false);
  });

  it.skipIf(!available)(`counter-case: Poverty decade 79/221 → 80/153 PP 7: a citation naming a conference's place (Monterrey, Mexico) replaced is no list of States${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries('implementation-of-the-third-united-nations-decade-for-the-er', 'A_RES_79_221.txt', 'A_RES_80_153.txt'), 'PP 7');
    expect(finding.footnoteChanges?.[0].summary).toMatch(/^footnote 4 changed: Report of the International Conference on Financing for Development, Monterrey,/);
    expect(finding.footnoteChanges?.some((note) => note.substantive)).toBe(false);
  });
});
