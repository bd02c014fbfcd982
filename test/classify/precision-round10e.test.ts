import { describe, expect, it } from 'vitest';
import { droppedEventReason } from '../../src/classify/event-paragraphs.js';
import { routineReasons } from '../../src/classify/routine.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { AGRICULTURE, OUTER_SPACE_COOPERATION, UN_SERIES_AVAILABLE as available, compareInSeries, findingAt, isSubstantive } from '../helpers/un-series.js';

/**
 * Precision round 10 (E): the routine and event lines a desk officer still found in the digest (issues 19 and 23). Each
 * rule is read on its real pair of the UN series and guarded by a paragraph of the same shape that stays negotiated.
 */


describe('a citation brought up to the next session with the date of its adoption', () => {
  const older = 'Notes that, at its sixtieth session, the Subcommittee continued its work, as mandated by the General Assembly in its resolution 77/121;';

  it('is routine: the date belongs to the succeeding resolution', () => {
    expect(routineReasons(older, 'Notes that, at its sixty-first session, the Subcommittee continued its work, as mandated by the General Assembly in its resolution 78/72 of 7 December 2023;')).toContain(
      'date of the succeeding citation added: 78/72 of 7 December 2023',
    );
  });

  it('a date outside the successor’s session, or a dated successor beside another edit, stays negotiated', () => {
    expect(routineReasons(older, 'Notes that, at its sixty-first session, the Subcommittee continued its work, as mandated by the General Assembly in its resolution 78/72 of 7 December 2026;')).toEqual([]);
    expect(routineReasons(older, 'Notes that, at its sixty-first session, the Subcommittee continued its work, as mandated by the General Assembly in its resolution 78/72 of 7 December 2023;'.replace('continued', 'concluded'))).toEqual([]);
  });

  it.skipIf(!available)(`Outer space 78/72 → 79/87 OP 12: the Subcommittee's mandate cited by its next resolution, dated, is routine${available ? '' : SHARED_MISSING}`, async () => {
    const finding = findingAt(await compareInSeries(OUTER_SPACE_COOPERATION, 'A_RES_78_72.txt', 'A_RES_79_87.txt'), 'OP 12');
    expect(isSubstantive(finding)).toBe(false);
    expect(finding.reasons).toContain('date of the succeeding citation added: 78/72 of 7 December 2023');
  });
});

describe('a request restated, its addressee named short', () => {
  const older = 'Recalls the establishment of the Platform, and requests the Office for Outer Space Affairs to strengthen capacity-building in Africa, as mandated by the General Assembly in its resolution 77/120;';

  it('is routine when only the opening and the name changed', () => {
    expect(routineReasons(older, older.replace('requests the Office for Outer Space Affairs', 'reiterates its request to the Office'))).toEqual([
      'a request or decision already made, restated',
      'a restated request names its addressee short: the Office for Outer Space Affairs → the Office',
    ]);
  });

  it('another body, or a request whose content changed, stays negotiated', () => {
    expect(routineReasons(older, older.replace('requests the Office for Outer Space Affairs', 'reiterates its request to the Office of Legal Affairs'))).toEqual([]);
    expect(routineReasons(older, older.replace('requests the Office for Outer Space Affairs to strengthen capacity-building in Africa', 'reiterates its request to the Office to strengthen capacity-building in Africa and Asia'))).toEqual([]);
    // Named short without restating the request: a new request to a body the reader must identify.
    expect(routineReasons(older, older.replace('requests the Office for Outer Space Affairs', 'requests the Office'))).toEqual([]);
  });

  it.skipIf(!available)(`Outer space 79/87 → 80/76 OP 11: the request to the Office restated is routine${available ? '' : SHARED_MISSING}`, async () => {
    const finding = findingAt(await compareInSeries(OUTER_SPACE_COOPERATION, 'A_RES_79_87.txt', 'A_RES_80_76.txt'), 'OP 11');
    expect(isSubstantive(finding)).toBe(false);
    expect(finding.reasons).toContain('a restated request names its addressee short: the Office for Outer Space Affairs → the Office');
  });
});


describe('a dropped recall of a one-off event held before the older text’s year', () => {
  const newer = ['Takes note of the Summit on Trade Finance, convened on 27 and 28 March 2025,'];

  it('is routine: the event aged out of the text', () => {
    expect(droppedEventReason('Recalling the high-level special event on the theme “Acting together on trade”, co-convened by the President of the General Assembly at its seventy-sixth session on 18 July 2022,', newer, 2023, 2024)).toBe(
      "event passed: high-level special event of 18 July 2022 recalled, held before the older text's year",
    );
  });

  it('an event of the older text’s year, a body’s session, a recall with a stance or a cited resolution stays negotiated', () => {
    expect(droppedEventReason('Recalling the high-level special event on the theme “Acting together on trade”, convened on 18 July 2023,', newer, 2023, 2024)).toBeNull();
    expect(droppedEventReason('Recalling the conclusion of the 2022 session of the Review Commission,', newer, 2023, 2024)).toBeNull();
    expect(droppedEventReason('Recalling the high-level special event convened on 18 July 2022, and stressing the need to implement its outcome,', newer, 2023, 2024)).toBeNull();
    expect(droppedEventReason('Recalling the high-level meeting convened on 18 July 2022 pursuant to its resolution 76/12,', newer, 2023, 2024)).toBeNull();
    // What the event left (an outcome, a document) stays in the text until the drafters drop it.
    expect(droppedEventReason('Recalling the United Nations Conference on Trade Finance, held in Lima from 20 to 22 June 2012, and its outcome document,', newer, 2023, 2024)).toBeNull();
    expect(droppedEventReason('Recalling the work related to the Fourth Special Session of the Conference of the States Parties, held in Lima from 21 to 30 November 2018,', newer, 2023, 2024)).toBeNull();
  });

  it.skipIf(!available)(`Agriculture 78/168 → 79/227: the dropped recall of the special event of July 2022 is routine${available ? '' : SHARED_MISSING}`, async () => {
    const result = await compareInSeries(AGRICULTURE, 'A_RES_78_168.txt', 'A_RES_79_227.txt');
    const [left] = result.documents;
    const finding = result.comparisons[0].findings.find((candidate) => candidate.kind === 'dropped' && candidate.left.some((index) => left.paragraphs[index].label === 'PP 20'));
    expect(finding).toMatchObject({ routine: true, reasons: ["event passed: high-level special event of 18 July 2022 recalled, held before the older text's year"] });
  });
});

describe('a body welcomed when established, its work noted the year after', () => {
  const older = 'Welcoming the establishment of the Global Response Group on Trade, chaired and convened by the Secretary-General,';

  it('is routine', () => {
    expect(routineReasons(older, 'Taking note of the work done by the Global Response Group on Trade, chaired and convened by the Secretary-General,')).toEqual([
      'a body established, welcomed for its work: Welcoming the establishment of → Taking note of the work done by',
    ]);
  });

  it('a founding noted then the work welcomed, another body, or a stance added, stays negotiated', () => {
    expect(routineReasons(older.replace('Welcoming', 'Noting'), 'Welcoming the work done by the Global Response Group on Trade, chaired and convened by the Secretary-General,')).toEqual([]);
    expect(routineReasons(older, 'Taking note of the work done by the Global Response Group on Finance, chaired and convened by the Secretary-General,')).toEqual([]);
    expect(routineReasons(older, 'Taking note of the work done by the Global Response Group on Trade, chaired and convened by the Secretary-General, and regretting its limited results,')).toEqual([]);
  });

  it.skipIf(!available)(`Agriculture 78/168 PP 49 → 79/227 PP 50: the Group's work noted is routine, no "(weaker)"${available ? '' : SHARED_MISSING}`, async () => {
    const finding = findingAt(await compareInSeries(AGRICULTURE, 'A_RES_78_168.txt', 'A_RES_79_227.txt'), 'PP 50');
    expect(isSubstantive(finding)).toBe(false);
    expect(finding.signals.filter((signal) => signal.type === 'commitment' && signal.routine !== true)).toEqual([]);
  });
});

describe('an event welcomed as convened, then decided anew', () => {
  const held = 'Welcomes the convening of a joint panel discussion of the two Committees that addressed possible challenges to security;';
  const decided = 'Decides to convene a joint panel discussion of the two Committees to address possible challenges to security, and to include in the provisional agenda of its eighty-first session the sub-item entitled “Joint panel discussion”;';

  it('is a fresh decision, negotiated; the decision carried out (decided, then welcomed) stays routine', () => {
    expect(routineReasons(held, decided)).toEqual([]);
    expect(routineReasons(decided, held)).toEqual(['an event decided, since convened: its decision and agenda clause carried out']);
  });

  it.skipIf(!available)(`Outer space 79/87 OP 23 → 80/76 OP 20: the panel decided anew after 79/87 only welcomed it is negotiated${available ? '' : SHARED_MISSING}`, async () => {
    const finding = findingAt(await compareInSeries(OUTER_SPACE_COOPERATION, 'A_RES_79_87.txt', 'A_RES_80_76.txt'), 'OP 20');
    expect(isSubstantive(finding)).toBe(true);
  });
});

describe('a dropped endorsement of a committee’s conclusions on a recurring item', () => {
  it.skipIf(!available)(`Programme planning 79/247 → 80/233 OP 15 (the conclusions on support for Agenda 2063, endorsed in 78/244 and 79/247, none in 80/233 for its year) stays negotiated${available ? '' : SHARED_MISSING}`, async () => {
    const result = await compareInSeries('programme-planning', 'A_RES_79_247.txt', 'A_RES_80_233.txt');
    const [left] = result.documents;
    const dropped = result.comparisons[0].findings.find((finding) => finding.kind === 'dropped' && finding.left.some((index) => left.paragraphs[index].label === 'OP 15'));
    expect(dropped).toMatchObject({ kind: 'dropped', routine: false });
  });
});
