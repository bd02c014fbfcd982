import { describe, expect, it } from 'vitest';
import { statisticsFromNewerDataReasons } from '../../src/classify/statistics.js';
import { droppedPandemicReasons, droppedProgressReasons, wholeParagraphReasons, yearlyChangeReasons } from '../../src/classify/yearly.js';
import type { RedlineResult } from '../../src/types.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { AGRICULTURE, OUTER_SPACE_COOPERATION, UN_SERIES_AVAILABLE as available, compareInSeries, findingAt, isSubstantive } from '../helpers/un-series.js';

/**
 * Precision round 11 (Y): the yearly life of a resolution (issues 19 and 23). A desk officer read 26 of 87 false digest
 * lines as routine yearly updates: bureau rotations, observer lists, working groups' progress. Each rule is read on the
 * real pair and guarded by a counter-case of the same shape that stays negotiated.
 */

const skipped = available ? '' : SHARED_MISSING;

/** The finding holding the older paragraph labelled `label` (a dropped one, or one side of a merge). */
function findingFrom(result: RedlineResult, label: string) {
  const [left] = result.documents;
  const finding = result.comparisons[0].findings.find((candidate) => candidate.left.some((index) => left.paragraphs[index].label === label));
  if (!finding) throw new Error(`no finding from ${label}`);
  return finding;
}

const ROTATION = ['bureau rotation: the regional groups, offices and periods of the year'];
const OBSERVERS = ['observer list of the year: the organizations granted observer status this year'];
const PROGRESS = ["working group's progress: the same body's work noted a year on"];

describe('bureau rotation', () => {
  const older =
    'Notes that the African States and the Western European and other States have nominated their candidates for the offices of Chair of the Committee and Chair of the Legal Subcommittee, respectively, for the period 2024–2025;29';
  const newer =
    'Recalls that the Western European and other States and the Eastern European States have nominated their candidates for the offices of Chair of the Committee and First Vice-Chair of the Committee, respectively, for the period 2026–2027,30';
  const call =
    'Urges the African States, the Asia-Pacific States and the Latin American and Caribbean States to nominate their candidates for the offices of Chair of the Scientific and Technical Subcommittee, First Vice-Chair of the Committee and Chair of the Legal Subcommittee, respectively, for the period 2028–2029, before the next session of the Committee, to be held in 2026;33';

  it('groups, offices, periods and sessions moving on are routine; a new call to nominate beside last year\'s is too', () => {
    expect(yearlyChangeReasons(older, newer)).toEqual(ROTATION);
    expect(wholeParagraphReasons(call, [older])).toEqual(ROTATION);
  });

  it('counter-case: a clause on how candidates are chosen, or a call without last year\'s rotation, stays negotiated', () => {
    expect(yearlyChangeReasons(older, newer.replace(/,30$/, ', and urges them to ensure gender balance among their candidates;'))).toBeNull();
    expect(wholeParagraphReasons(call.replace('respectively,', 'respectively, giving due regard to gender balance,'), [older])).toBeNull();
    expect(wholeParagraphReasons(call, ['Notes the report of the Committee;'])).toBeNull();
  });

  it.skipIf(!available)(`Outer space 78/72 OP 42 + OP 43 → 79/87 OP 46 (merged) and 79/87 OP 46 → 80/76 OP 44, new OP 46 are routine${skipped}`, async () => {
    const first = await compareInSeries(OUTER_SPACE_COOPERATION, 'A_RES_78_72.txt', 'A_RES_79_87.txt');
    expect(findingAt(first, 'OP 46')).toMatchObject({ kind: 'merged', routine: true, reasons: ROTATION });
    const second = await compareInSeries(OUTER_SPACE_COOPERATION, 'A_RES_79_87.txt', 'A_RES_80_76.txt');
    expect(findingAt(second, 'OP 44')).toMatchObject({ kind: 'modified', routine: true, reasons: ROTATION });
    expect(findingAt(second, 'OP 46')).toMatchObject({ kind: 'new', routine: true, reasons: ROTATION });
  });
});

describe('observer list of the year', () => {
  const older = 'Endorses the decision of the Committee to grant the status of observer to the European Astronomical Society and Three Country – Trusted Broker, in accordance with the procedures of the Committee;32';
  const newer =
    'Also endorses the decision of the Committee to grant the status of observer to the International Council on Monuments and Sites and Women in Aerospace Europe, in accordance with the procedures of the Committee;35';

  it("the year's organizations replacing last year's are routine; a new endorsement of the same body's grant too", () => {
    expect(yearlyChangeReasons(older, newer)).toEqual(OBSERVERS);
    expect(wholeParagraphReasons('Endorses the decision of the Committee to grant permanent observer status to the African Space Agency;34', [older])).toEqual(OBSERVERS);
  });

  it('counter-case: a request in the list, another body\'s decision, or a grant with nothing like it last year stays negotiated', () => {
    expect(yearlyChangeReasons(older, newer.replace('Women in Aerospace Europe', 'Women in Aerospace Europe and requests the Committee to review its criteria'))).toBeNull();
    expect(yearlyChangeReasons(older, newer.replace('decision of the Committee', 'decision of the Legal Subcommittee'))).toBeNull();
    expect(wholeParagraphReasons('Endorses the decision of the Committee to grant permanent observer status to the African Space Agency;34', ['Notes the report of the Committee;'])).toBeNull();
  });

  it.skipIf(!available)(`Outer space 78/72 OP 45 → 79/87 OP 48, 79/87 OP 48 → 80/76 OP 48 and new OP 47 are routine${skipped}`, async () => {
    expect(findingAt(await compareInSeries(OUTER_SPACE_COOPERATION, 'A_RES_78_72.txt', 'A_RES_79_87.txt'), 'OP 48')).toMatchObject({ routine: true, reasons: OBSERVERS });
    const second = await compareInSeries(OUTER_SPACE_COOPERATION, 'A_RES_79_87.txt', 'A_RES_80_76.txt');
    expect(findingAt(second, 'OP 48')).toMatchObject({ kind: 'modified', routine: true, reasons: OBSERVERS });
    expect(findingAt(second, 'OP 47')).toMatchObject({ kind: 'new', routine: true, reasons: OBSERVERS });
  });
});

describe("a working group's progress", () => {
  it('the work noted again as progress, or under the workplan it began, is routine', () => {
    expect(
      yearlyChangeReasons(
        'Notes with satisfaction the work, under the five-year workplan, of the Working Group on Legal Aspects of Space Resource Activities;',
        'Also notes with satisfaction the progress in work, under the five-year workplan, of the Working Group on Legal Aspects of Space Resource Activities;',
      ),
    ).toEqual(PROGRESS);
  });

  it('counter-case: progress noted with a request, or noted of another body, stays negotiated', () => {
    const older = 'Notes with satisfaction the work, under the five-year workplan, of the Working Group on Legal Aspects of Space Resource Activities;';
    expect(yearlyChangeReasons(older, 'Notes with satisfaction the progress in work, under the five-year workplan, of the Working Group on Legal Aspects of Space Resource Activities, and requests it to conclude in 2026;')).toBeNull();
    expect(yearlyChangeReasons(older, 'Notes with satisfaction the progress in work, under the five-year workplan, of the Working Group on Space Traffic Management;')).toBeNull();
  });

  it('a dropped progress note is routine only where the newer text notes its parent body "and its working groups"', () => {
    const dropped = 'Also notes with satisfaction the progress in work, under the five-year workplan,18 of the Working Group on Legal Aspects of Space Resource Activities of the Legal Subcommittee;';
    const folded = 'Notes with satisfaction that, at its sixty-fourth session, the Legal Subcommittee and its working groups continued their work,12 as mandated by the General Assembly in its resolution 79/87;';
    expect(droppedProgressReasons(dropped, [folded])).toEqual([`${PROGRESS[0]} (now noted with the Legal Subcommittee and its working groups)`]);
    // Counter-case: the newer text notes only the other Subcommittee's working groups, or none.
    expect(droppedProgressReasons(dropped, [folded.replace('Legal Subcommittee', 'Scientific and Technical Subcommittee')])).toBeNull();
    expect(droppedProgressReasons(dropped, [folded.replace(' and its working groups continued their', ' continued its')])).toBeNull();
  });

  it.skipIf(!available)(`Outer space 78/72 → 79/87 OP 8 → OP 11 and OP 13 → OP 16 are routine, OP 12 → OP 15 (drops "within existing resources") stays${skipped}`, async () => {
    const result = await compareInSeries(OUTER_SPACE_COOPERATION, 'A_RES_78_72.txt', 'A_RES_79_87.txt');
    expect(findingAt(result, 'OP 11')).toMatchObject({ routine: true, reasons: PROGRESS });
    expect(findingAt(result, 'OP 16')).toMatchObject({ routine: true, reasons: PROGRESS });
    expect(isSubstantive(findingAt(result, 'OP 15'))).toBe(true);
  });

  it.skipIf(!available)(`Outer space 79/87 → 80/76 OP 4 and the dropped OP 10 and OP 11 are routine${skipped}`, async () => {
    const result = await compareInSeries(OUTER_SPACE_COOPERATION, 'A_RES_79_87.txt', 'A_RES_80_76.txt');
    expect(findingAt(result, 'OP 4')).toMatchObject({ routine: true, reasons: PROGRESS });
    for (const label of ['OP 10', 'OP 11']) {
      expect(findingFrom(result, label)).toMatchObject({ kind: 'dropped', routine: true, reasons: [`${PROGRESS[0]} (now noted with the Legal Subcommittee and its working groups)`] });
    }
  });
});

describe('statistics refreshed from newer data', () => {
  const older =
    'Noting that increasing urbanization is driving changes in agrifood systems, and that moderate or severe food insecurity affected 31.9 per cent of adults living in rural areas in 2023 compared with 29.9 per cent in peri-urban areas and 25.5 per cent in urban areas,';
  const newer =
    'Noting that increasing urbanization is driving changes in agrifood systems, and that, globally, food insecurity and malnutrition is higher in rural areas than in urban areas, with 32.0 per cent of rural populations experiencing food insecurity and malnutrition in 2024 compared with 23.9 per cent of urban populations,';

  it('the figures of the latest report, the sentence rewritten around them, are routine', () => {
    expect(statisticsFromNewerDataReasons(older, newer)).toEqual(['statistics refreshed from newer data (2023 → 2024): 31.9 per cent, 2023 … → 32.0, 2024 …']);
  });

  it('counter-case: a new concern, a stance or a target brought in, or no newer data, stays negotiated', () => {
    expect(statisticsFromNewerDataReasons(older, newer.replace('Noting that', 'Expressing deep concern that'))).toBeNull();
    expect(statisticsFromNewerDataReasons(older, newer.replace('urban populations,', 'urban populations, and stressing the need to close that gap,'))).toBeNull();
    expect(statisticsFromNewerDataReasons(older, newer.replace('urban populations,', 'urban populations, to be halved by 2030,'))).toBeNull();
    expect(statisticsFromNewerDataReasons(older, newer.replace('in 2024', 'in 2023'))).toBeNull();
  });

  it.skipIf(!available)(`Agriculture 79/227 PP 44 → 80/157 PP 40, PP 48 → PP 43 are routine (78/168 PP 51 → 79/227 PP 52 drops the causes of food crises: negotiated, round 12C)${skipped}`, async () => {
    const first = await compareInSeries(AGRICULTURE, 'A_RES_78_168.txt', 'A_RES_79_227.txt');
    expect(isSubstantive(findingAt(first, 'PP 52'))).toBe(true);
    const second = await compareInSeries(AGRICULTURE, 'A_RES_79_227.txt', 'A_RES_80_157.txt');
    for (const label of ['PP 40', 'PP 43']) expect(findingAt(second, label).reasons?.[0]).toMatch(/^statistics refreshed from newer data \(2023 → 2024\): /);
    // PP 41 → PP 36 brings in "the concerning statistics contained in" and replaces one publication by another: a stance
    // and a choice of sources, left to the reader.
    expect(isSubstantive(findingAt(second, 'PP 36'))).toBe(true);
  });
});

describe('COVID-19 references retired', () => {
  const older = 'Urges Member States to address the multiple impacts of the COVID-19 pandemic, conflicts, climate change, soil degradation, and biodiversity loss on food security;';

  it('the pandemic\'s clause dropped is routine; generalized to pandemics and health emergencies, a scope widened, negotiated (trial 18-a D9, session 18)', () => {
    expect(yearlyChangeReasons(older, older.replace('the COVID-19 pandemic', 'pandemics and other health emergencies').replace('degradation,', 'degradation'))).toBeNull();
    expect(yearlyChangeReasons('Emphasizes solidarity in the global response to support the recovery from the COVID-19 pandemic, including technological transfer;', 'Emphasizes solidarity, including technology transfer;')).toEqual([
      "COVID-19 reference retired: the pandemic's clause dropped",
    ]);
  });

  it('counter-case: the pandemic replaced by another subject, or a call dropped with it, stays negotiated', () => {
    expect(yearlyChangeReasons(older, older.replace('the COVID-19 pandemic', 'economic shocks'))).toBeNull();
    expect(yearlyChangeReasons('Emphasizes solidarity, and urges donors to fund the recovery from the COVID-19 pandemic, including technology transfer;', 'Emphasizes solidarity, including technology transfer;')).toBeNull();
  });

  it('a dropped paragraph is routine only when every clause speaks of the pandemic and its recovery', () => {
    const pandemic = 'Noting with great concern the severe impact caused by the COVID-19 pandemic, reaffirming the ambition to design sustainable strategies for the recovery from the pandemic, and recognizing that the pandemic has disrupted societies,';
    expect(droppedPandemicReasons(pandemic)).toEqual(['COVID-19 reference retired: a paragraph on the pandemic and its recovery dropped']);
    // Session 16 (trial 16a D1): access to vaccines, health systems or future crises are lasting policy, negotiated when dropped.
    expect(droppedPandemicReasons(pandemic.replace('the pandemic has disrupted societies', 'access to COVID-19 vaccines is essential'))).toBeNull();
    // Counter-case: one clause on something else.
    expect(droppedPandemicReasons(`${pandemic.slice(0, -1)}, and deeply concerned that almost 600 million people are projected to be undernourished in 2030,`)).toBeNull();
    expect(droppedPandemicReasons('Noting with concern the disproportionate impact of the COVID-19 pandemic on existing inequalities and regretting that, in that context, persons belonging to minorities have been victims of racist violence,')).toBeNull();
    expect(droppedPandemicReasons('Noting the efforts to ensure the effectiveness of the Organisation and its business continuity in all circumstances, drawing lessons from the impact of the coronavirus disease (COVID-19),')).toBeNull();
  });

  it.skipIf(!available)(`Agriculture 78/168 OP 5 → 79/227 OP 6 is routine (79/227 OP 2 → 80/157 OP 2, generalized, negotiated since session 18); the dropped PP 45 of 78/168 and (session 16) PP 46 of 79/227 stay${skipped}`, async () => {
    const first = await compareInSeries(AGRICULTURE, 'A_RES_78_168.txt', 'A_RES_79_227.txt');
    const sixth = findingAt(first, 'OP 6');
    expect(sixth).toMatchObject({ routine: true, reasons: ["COVID-19 reference retired: the pandemic's clause dropped"] });
    expect(sixth.change).toBeUndefined();
    // PP 45 also voices a concern of its own (600 million people projected to be undernourished in 2030).
    expect(findingFrom(first, 'PP 45')).toMatchObject({ kind: 'dropped', routine: false });
    const second = await compareInSeries(AGRICULTURE, 'A_RES_79_227.txt', 'A_RES_80_157.txt');
    // Trial 18-a D9: "the COVID-19 pandemic" → "pandemics and other health emergencies" widens the urging's scope.
    expect(findingAt(second, 'OP 2')).toMatchObject({ routine: false, editorial: false });
    // Session 16 (trial 16a D1): PP 46 also reaffirms resilience to future crises, health systems, universal health
    // coverage and vaccine access: lasting policy, its drop negotiated.
    expect(findingFrom(second, 'PP 46')).toMatchObject({ kind: 'dropped', routine: false });
  });
});

describe('a list of international days growing', () => {
  const older = 'Noting the observance of World Pulses Day, World Bee Day, the International Year of Millets, International Tea Day and the United Nations Decade of Family Farming (2019–2028), aimed at increasing public awareness,';
  const newer =
    'Noting the observance of World Pulses Day, World Bee Day, the International Day of Potato, International Tea Day, the International Year of Millets, the International Year of Rangelands and Pastoralists, 2026, and the United Nations Decade of Family Farming (2019–2028), aimed at increasing public awareness,';

  it('days and years proclaimed since, added and sorted in, are routine', () => {
    expect(yearlyChangeReasons(older, newer)).toEqual(['list of international days grows: International Day of Potato, International Year of Rangelands and Pastoralists']);
  });

  it('counter-case: a day dropped, or anything but an observance added, stays negotiated', () => {
    expect(yearlyChangeReasons(older, newer.replace('World Bee Day, ', ''))).toBeNull();
    expect(yearlyChangeReasons(older, newer.replace('aimed at increasing public awareness,', 'aimed at increasing public awareness and funding,'))).toBeNull();
  });

  it.skipIf(!available)(`Agriculture 78/168 PP 59 → 79/227 PP 60 is routine${skipped}`, async () => {
    const finding = findingAt(await compareInSeries(AGRICULTURE, 'A_RES_78_168.txt', 'A_RES_79_227.txt'), 'PP 60');
    expect(finding).toMatchObject({ routine: true, reasons: ['list of international days grows: International Day of Potato, International Day of Zero Waste, World Rural Development Day …'] });
  });
});
