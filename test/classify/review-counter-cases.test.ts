import { describe, expect, it } from 'vitest';
import { droppedEventReason } from '../../src/classify/event-paragraphs.js';
import { routineReasons } from '../../src/classify/routine.js';

/**
 * Near misses of two round-13 patterns, asked for by the round's review: each rule's positive case beside a paragraph
 * that shares its words but says more, which must stay a finding.
 */
describe('"in commemoration of" in the bare record of a past event (event-paragraphs.ts, welcomedPastEventReason)', () => {
  const bare = 'Taking note of the interactive dialogue of the General Assembly held on 22 April 2024 in commemoration of International Mother Earth Day,';

  it('a bare record of an event held in commemoration of a day, dropped a year on: event passed', () => {
    expect(droppedEventReason(bare, ['Recalling its resolution 79/1,'], 2024, 2025)).toMatch(/^event passed: interactive dialogue of the General Assembly of 22 April 2024 welcomed/);
  });

  it('the same record with a call beside it stays a finding', () => {
    const more = bare.replace(/,$/, ', and encouraging Member States to support the observance of the Day,');
    expect(droppedEventReason(more, ['Recalling its resolution 79/1,'], 2024, 2025)).toBeNull();
  });

  it('the same record of an event not yet held in the newer text\'s year stays a finding', () => {
    expect(droppedEventReason(bare.replace('2024', '2025'), ['Recalling its resolution 79/1,'], 2025, 2025)).toBeNull();
  });
});

describe('"adoption by" counts what was achieved (routine.ts, tallyGrew)', () => {
  const older = 'Welcoming the adoption by 12 Governments of national action plans on the implementation of the Programme,';

  it('more Governments that have adopted plans: a tally of what was achieved, routine', () => {
    expect(routineReasons(older, older.replace('12', '16'))).toEqual(['a recorded count refreshed: 12 → 16']);
  });

  it('fewer: a count that fell is never the yearly life of the text', () => {
    expect(routineReasons(older, older.replace('12', '9'))).toEqual([]);
  });

  it('a count of what is asked, not achieved ("calls for the adoption by 12 … 16 more"), stays negotiated', () => {
    const asked = 'Calls for the adoption of national action plans by 12 more Governments by the end of the decade,';
    expect(routineReasons(asked, asked.replace('12', '16'))).toEqual([]);
  });

  it('the size of a body ("consists of 21 → 23 members") is decided, not achieved', () => {
    const body = 'Recalling that the Committee consists of 21 members elected by the Assembly,';
    expect(routineReasons(body, body.replace('21', '23'))).toEqual([]);
  });
});
