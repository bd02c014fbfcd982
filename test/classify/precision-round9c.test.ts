import { describe, expect, it } from 'vitest';
import { routineReasons } from '../../src/classify/routine.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { compareInSeries, findingAt, isSubstantive, UN_SERIES_AVAILABLE as available } from '../helpers/un-series.js';

/**
 * Precision round 9 (C), issue 23: routine yearly updates found in a development sample (seed 9002, not a reporting
 * sample). Each rule is read on a real pair of the UN series and guarded by a negotiated change of the same shape.
 */

describe("a body's latest resolution numbered by its year, cited again (no data needed)", () => {
  const older = 'Recalling its resolution 78/170 of 19 December 2023, and taking note of Economic and Social Council resolution 2023/34 of 26 July 2023,';
  const newer = 'Recalling its resolution 79/229 of 19 December 2024, and taking note of Economic and Social Council resolution 2025/33 of 30 July 2025,';

  it('a year-numbered resolution two years on, in a paragraph that recalls and takes note, is the latest one cited', () => {
    expect(routineReasons(older, newer)).toContain("a body's latest resolution cited: 2023/34 → 2025/33");
  });

  it('three years on, back in time, or in a paragraph that welcomes or calls, is negotiated', () => {
    expect(routineReasons(older, newer.replace('2025/33 of 30 July 2025', '2026/33 of 30 July 2026'))).toEqual([]);
    expect(routineReasons(newer, older.replace('78/170', '80/1').replace('19 December 2023', '19 December 2025'))).toEqual([]);
    const welcomes = 'Welcomes Economic and Social Council resolution 2023/34 of 26 July 2023;';
    expect(routineReasons(welcomes, welcomes.replace('2023/34 of 26 July 2023', '2025/33 of 30 July 2025'))).toEqual([]);
    const calls = 'Taking note of Economic and Social Council resolution 2023/34 of 26 July 2023, and calls upon States to implement it,';
    expect(routineReasons(calls, calls.replace('2023/34 of 26 July 2023', '2025/33 of 30 July 2025'))).toEqual([]);
  });

  it('alone, without the paragraph\u2019s other citation brought up to date, it may be another text, and stays negotiated', () => {
    const alone = 'Taking note of Economic and Social Council resolution 2023/34 of 26 July 2023,';
    expect(routineReasons(alone, alone.replace('2023/34 of 26 July 2023', '2025/33 of 30 July 2025'))).toEqual([]);
    expect(routineReasons(older, newer.replace('79/229 of 19 December 2024', '78/170 of 19 December 2023'))).toEqual([]);
  });

  it('a resolution numbered by session two sessions on stays negotiated (another text of the same shape)', () => {
    const session = 'Recalling its resolution 77/170 of 14 December 2022,';
    expect(routineReasons(session, session.replace('77/170', '79/229').replace('14 December 2022', '19 December 2024'))).toEqual([]);
  });
});

describe("a yearly event's theme, the next year's (no data needed)", () => {
  const older = 'Notes the theme for the 2024 World Maritime Day, “Navigating the future: safety first!”;';
  const newer = 'Notes the theme for the 2025 World Maritime Day, “Our ocean, our obligation, our opportunity”;';

  it('the theme of the next year, in a paragraph that notes it, is the yearly update', () => {
    expect(routineReasons(older, newer)).toEqual(["a yearly event's theme, the next year's: 2024 → 2025 World Maritime Day, “Our ocean, our obligation, our opportunity”"]);
  });

  it('a theme the Assembly welcomes or asks for, two years on, the same year, or with a call added, is negotiated', () => {
    const welcomes = (text: string): string => text.replace('Notes', 'Welcomes');
    expect(routineReasons(welcomes(older), welcomes(newer))).toEqual([]);
    const decides = (text: string): string => text.replace('Notes the theme', 'Decides that the theme').replace(', “', ' shall be “');
    expect(routineReasons(decides(older), decides(newer))).toEqual([]);
    expect(routineReasons(older, newer.replace('2025', '2026'))).toEqual([]);
    expect(routineReasons(older, newer.replace('2025', '2024'))).toEqual([]);
    expect(routineReasons(older, newer.replace(/;$/, ', and encourages States to observe it;'))).toEqual([]);
    expect(routineReasons(older, newer.replace('World Maritime Day', 'World Oceans Day'))).toEqual([]);
  });
});

describe("an event's place and dates no longer said (no data needed)", () => {
  const older =
    'Notes the work of the Parties, and notes the resolution adopted by the eighth Meeting of Contracting Parties to the London Protocol, held from 14 to 18 October 2013, on the amendment to the London Protocol;';

  it('the participle of place and dates dropped, or shrunk to the same year, after the event named, is routine', () => {
    expect(routineReasons(older, older.replace(', held from 14 to 18 October 2013,', ''))).toEqual(["an event's place and dates no longer said: held from 14 to 18 October 2013 → ∅"]);
    expect(routineReasons(older, older.replace(', held from 14 to 18 October 2013,', ' in 2013'))).toEqual(["an event's place and dates no longer said: held from 14 to 18 October 2013 → in 2013"]);
    const placed = 'Welcomes the resolution adopted by the Assembly of the Commission at its twenty-eighth session, held in Paris from 18 to 25 June 2015, regarding the Expedition;';
    expect(routineReasons(placed, placed.replace(', held in Paris from 18 to 25 June 2015,', ''))).toEqual(["an event's place and dates no longer said: held in Paris from 18 to 25 June 2015 → ∅"]);
  });

  it('another year kept, an event still to be held, or more said than place and dates, is negotiated', () => {
    expect(routineReasons(older, older.replace(', held from 14 to 18 October 2013,', ' in 2014'))).toEqual([]);
    const coming = older.replace('held from 14 to 18 October 2013', 'to be held from 14 to 18 October 2026');
    expect(routineReasons(coming, coming.replace(', to be held from 14 to 18 October 2026,', ''))).toEqual([]);
    const more = older.replace('held from 14 to 18 October 2013', 'held with the participation of observer States from 14 to 18 October 2013');
    expect(routineReasons(more, more.replace(', held with the participation of observer States from 14 to 18 October 2013,', ''))).toEqual([]);
    // The place and dates dropped beside a call added: the call stays.
    expect(routineReasons(older, older.replace(', held from 14 to 18 October 2013,', '').replace(/;$/, ', and calls upon States to ratify it;'))).toEqual([]);
  });
});

describe('meetings held no longer recorded (no data needed)', () => {
  const older =
    'Underlines the need for continued work in those areas, and notes the holding of the fifth meeting of the Joint Ad Hoc Working Group on Illegal, Unreported and Unregulated Fishing, from 8 to 12 January 2024, as well as the work conducted by the Office on trafficking in persons;';
  const dropped = older.replace('holding of the fifth meeting of the Joint Ad Hoc Working Group on Illegal, Unreported and Unregulated Fishing, from 8 to 12 January 2024, as well as the ', '');

  it('the holding of meetings, each with its edition and dates, dropped from a clause that notes them, is routine', () => {
    expect(routineReasons(older, dropped)).toEqual(['meetings held no longer recorded: 8 to 12 January 2024']);
  });

  it('a meeting still to come, an outcome or a call dropped with the meetings, or a clause that asks, is negotiated', () => {
    const coming = older.replace('from 8 to 12 January 2024', 'to be held from 8 to 12 January 2026');
    expect(routineReasons(coming, dropped)).toEqual([]);
    const outcome = older.replace('from 8 to 12 January 2024,', 'from 8 to 12 January 2024, which adopted its commitments on forced labour,');
    expect(routineReasons(outcome, dropped)).toEqual([]);
    const asks = older.replace('and notes the holding', 'and requests the holding');
    expect(routineReasons(asks, asks.replace('holding of the fifth meeting of the Joint Ad Hoc Working Group on Illegal, Unreported and Unregulated Fishing, from 8 to 12 January 2024, as well as the ', ''))).toEqual([]);
    // Something else put in their place is not a record dropped.
    expect(routineReasons(older, dropped.replace('notes the work', 'notes the concerns raised at the meeting and the work'))).toEqual([]);
  });
});

describe('an anniversary marked or no longer marked (no data needed)', () => {
  const older = 'Reiterating the importance of following up on the recommendations contained in the report of the commission of inquiry, and reiterating also its grave concern at the detailed findings contained therein,';
  const marked = older.replace('commission of inquiry, ', 'commission of inquiry, on the tenth anniversary of its publication, ');

  it('a phrase that only marks an anniversary, added or dropped, is the year arriving', () => {
    expect(routineReasons(older, marked)).toEqual(['an anniversary marked: on the tenth anniversary of its publication']);
    expect(routineReasons(marked, older)).toEqual(['an anniversary no longer marked: on the tenth anniversary of its publication']);
    const noted = 'Calls upon States to ratify the Agreement, noting the 10-year anniversary of its entry into force on 12 October 2024;';
    expect(routineReasons(noted, 'Calls upon States to ratify the Agreement;')).toEqual(['an anniversary no longer marked: noting the 10-year anniversary of its entry into force on 12 October 2024']);
  });

  it('an anniversary with what is to be done for it, or a call beside it, is negotiated', () => {
    expect(routineReasons(older, older.replace('commission of inquiry, ', 'commission of inquiry, to mark the tenth anniversary of its publication by a high-level meeting, '))).toEqual([]);
    expect(routineReasons(older, older.replace('commission of inquiry, ', 'commission of inquiry, on the tenth anniversary of its publication, and calls for their implementation, '))).toEqual([]);
    expect(routineReasons(older, older.replace('commission of inquiry, ', 'commission of inquiry, on the tenth anniversary of its publication, and urges States to act, '))).toEqual([]);
  });
});

describe('a body no longer called recently set up (no data needed)', () => {
  const older = 'Notes with appreciation the Strategic Needs Fellowship and the recently launched Ocean Governance Fellowship for Small Island Developing States;';

  it('"recently launched" dropped is a fact aged; added, or another participle dropped, is not', () => {
    expect(routineReasons(older, older.replace('recently launched ', ''))).toEqual(['a fact aged: “recently launched” dropped']);
    expect(routineReasons(older.replace('recently launched ', ''), older)).toEqual([]);
    expect(routineReasons(older.replace('recently launched', 'well-funded'), older.replace('recently launched ', ''))).toEqual([]);
  });
});

describe.skipIf(!available)(`real pairs (${available ? 'needs ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('the Economic and Social Council resolution cited two years on beside the predecessor (Permanent sovereignty 79/229 → 80/158 PP 1)', async () => {
    const finding = findingAt(await compareInSeries('permanent-sovereignty-of-the-palestinian-people-in-the-occup', 'A_RES_79_229.txt', 'A_RES_80_158.txt'), 'PP 1');
    expect(isSubstantive(finding)).toBe(false);
    expect(finding.reasons).toContain("a body's latest resolution cited: 2023/34 → 2025/33");
  });

  it('the dates of a high-level meeting dropped from its declaration recalled (Decade for the eradication of poverty 78/164 → 79/221 PP 12)', async () => {
    const finding = findingAt(await compareInSeries('implementation-of-the-third-united-nations-decade-for-the-er', 'A_RES_78_164.txt', 'A_RES_79_221.txt'), 'PP 12');
    expect(isSubstantive(finding)).toBe(false);
    expect(finding.reasons).toEqual(["an event's place and dates no longer said: held from 17 to 19 May 2023 → ∅"]);
  });

  it('the meetings of the year before no longer noted (Oceans 79/144 → 80/110 OP 102 and OP 134)', async () => {
    const result = await compareInSeries('oceans-and-the-law-of-the-sea', 'A_RES_79_144.txt', 'A_RES_80_110.txt');
    const workingGroup = findingAt(result, 'OP 102');
    expect(isSubstantive(workingGroup)).toBe(false);
    expect(workingGroup.reasons).toEqual(['meetings held no longer recorded: 8 to 12 January 2024']);
    const straits = findingAt(result, 'OP 134');
    expect(isSubstantive(straits)).toBe(false);
    expect(straits.reasons?.[0]).toMatch(/^meetings held no longer recorded: 21 and 22 October 2024, /);
  });

  it('the tenth anniversary of a report marked (DPRK 78/218 → 79/181 PP 4), and a commemoration long past dropped (Racism 78/234 → 79/161 OP 48)', async () => {
    const marked = findingAt(await compareInSeries('situation-of-human-rights-in-the-democratic-people-s-republi', 'A_RES_78_218.txt', 'A_RES_79_181.txt'), 'PP 4');
    expect(isSubstantive(marked)).toBe(false);
    expect(marked.reasons).toEqual(['an anniversary marked: on the tenth anniversary of its publication']);
    const dropped = findingAt(await compareInSeries('a-global-call-for-concrete-action-for-the-elimination-of-rac', 'A_RES_78_234.txt', 'A_RES_79_161.txt'), 'OP 48');
    expect(isSubstantive(dropped)).toBe(false);
    expect(dropped.reasons?.[0]).toMatch(/^an anniversary no longer marked: including the commemoration of the twentieth anniversary/);
  });

  it('a fellowship no longer called recently launched, its collaboration\u2019s anniversary noted (Oceans 79/144 → 80/110 OP 41)', async () => {
    const finding = findingAt(await compareInSeries('oceans-and-the-law-of-the-sea', 'A_RES_79_144.txt', 'A_RES_80_110.txt'), 'OP 41');
    expect(isSubstantive(finding)).toBe(false);
    expect(finding.reasons).toEqual(['an anniversary marked: and notes the twentieth anniversary of this ongoing collaboration', 'a fact aged: “recently launched” dropped']);
  });

  it('the World Maritime Day theme of the next year (Oceans 79/144 → 80/110 OP 149)', async () => {
    const finding = findingAt(await compareInSeries('oceans-and-the-law-of-the-sea', 'A_RES_79_144.txt', 'A_RES_80_110.txt'), 'OP 149');
    expect(isSubstantive(finding)).toBe(false);
    expect(finding.reasons?.[0]).toMatch(/^a yearly event's theme, the next year's: 2024 → 2025 World Maritime Day/);
  });
});
