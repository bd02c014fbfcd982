import { describe, expect, it } from 'vitest';
import { findOneChange } from '../../src/classify/one-change.js';
import { eventClausesMovedOn, routineReasons } from '../../src/classify/routine.js';
import { wordDiff } from '../../src/classify/word-diff.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { AGRICULTURE, UN_SERIES_AVAILABLE as available, compareInSeries, findingAt, isSubstantive } from '../helpers/un-series.js';

/**
 * Precision round 11 (E2): events moving on inside kept clauses (issues 19 and 23). A paragraph cut at the verbs that
 * open its clauses: the clauses alike on both sides set aside, the others only record or look forward to dated events
 * (routine), or one of them says something else (the one change). Each rule on its real pair, with a counter-case.
 */

const skipNote = available ? '' : SHARED_MISSING;

describe('an event clause moved on beside clauses kept', () => {
  const older = 'Welcoming the holding of the United Nations Conference on the Midterm Comprehensive Review of the Decade, in New York from 22 to 24 March 2023,';
  const newer =
    'Recalling the convening of the United Nations Conference on the Midterm Comprehensive Review of the Decade, in New York from 22 to 24 March 2023, referred to as the United Nations 2023 Water Conference, and looking forward to the convening of the 2026 United Nations Water Conference, to be co-hosted by Senegal and the United Arab Emirates,';

  it('is routine, the events named', () => {
    expect(routineReasons(older, newer)).toEqual([
      'events moved on, clause by clause: no longer “Welcoming the holding of the United Nations Conference on the Midterm Comprehensive Review of …”; now “Recalling the convening of the United Nations Conference on the Midterm Comprehensive Review of …”; now “looking forward to the convening of the 2026 United Nations Water Conference, to be …”',
    ]);
  });

  it('a call added, a stance turned or a new fact noted is no event moving on', () => {
    const urging = newer.replace(/,$/, ', and urging its members to fulfil their commitments,');
    expect(routineReasons(older, urging)).toEqual([]);
    // The call is the one change, the events moved on its reason.
    const change = findOneChange(older, urging, wordDiff(older, urging, 200).parts);
    expect(change?.after).toBe('and urging its members to fulfil their commitments');
    expect(change?.before).toBe('');
    expect(routineReasons(older, newer.replace('Recalling the convening', 'Regretting the convening'))).toEqual([]);
    expect(routineReasons(older, newer.replace('and looking forward to', 'and expressing concern at'))).toEqual([]);
    // An event noted where none moved on, neither looked forward to nor recalled, is news.
    const kept = 'Recalling the convening of the United Nations Conference on the Midterm Comprehensive Review of the Decade, in New York from 22 to 24 March 2023,';
    const noted = `${kept} and noting the convening of the Water Forum on 3 May 2024,`;
    expect(eventClausesMovedOn(kept, noted)).toBeNull();
  });

  it.skipIf(!available)(`Agriculture 78/168 → 79/227 PP 34, PP 10, PP 14 → PP 15: events moved on, routine (PP 18, its guidelines welcomed then only noted, is negotiated: round 12C)${skipNote}`, async () => {
    const result = await compareInSeries(AGRICULTURE, 'A_RES_78_168.txt', 'A_RES_79_227.txt');
    for (const label of ['PP 34', 'PP 10', 'PP 15']) {
      const finding = findingAt(result, label);
      expect(isSubstantive(finding), label).toBe(false);
      expect(finding.reasons?.[0], label).toMatch(/^events moved on, clause by clause: /);
    }
  });

  it.skipIf(!available)(`Agriculture 79/227 → 80/157 PP 15 → PP 14 and PP 19 → PP 18: events moved on, routine${skipNote}`, async () => {
    const result = await compareInSeries(AGRICULTURE, 'A_RES_79_227.txt', 'A_RES_80_157.txt');
    for (const label of ['PP 14', 'PP 18']) {
      const finding = findingAt(result, label);
      expect(isSubstantive(finding), label).toBe(false);
      expect(finding.reasons?.[0], label).toMatch(/^events moved on, clause by clause: /);
    }
  });

  it.skipIf(!available)(`Agriculture 79/227 → 80/157 PP 12: the evaluation added beside the events is the one change${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(AGRICULTURE, 'A_RES_79_227.txt', 'A_RES_80_157.txt'), 'PP 12');
    expect(isSubstantive(finding)).toBe(true);
    expect(finding.change).toEqual({ before: '', after: 'as an important platform to advance the implementation of the New Urban Agenda' });
    expect(finding.reasons?.[0]).toMatch(/^events moved on, clause by clause: no longer “welcoming the convening of the second session of the United Nations Habitat Assembly/);
  });
});

describe('a clause joined to another beside events moved on', () => {
  const older =
    'Recalling the Doha Programme of Action for the Least Developed Countries, welcoming the adoption of the Antigua and Barbuda Agenda for Small Island Developing States, and looking forward to the adoption of the outcome document of the third United Nations Conference on Landlocked Developing Countries,';
  const newer =
    'Recalling the Doha Programme of Action for the Least Developed Countries and the Antigua and Barbuda Agenda for Small Island Developing States, and welcoming the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034,';

  it('is not said dropped: its words are still there', () => {
    const change = findOneChange(older, newer, wordDiff(older, newer, 200).parts);
    expect(change?.before).not.toBe('Recalling the Doha Programme of Action for the Least Developed Countries');
    expect(change?.after).not.toBe('');
  });
});

describe('a programme launched, recorded the year after for its work', () => {
  const older = 'Taking note of the launch of the Sustainable Food Systems Programme, an inclusive initiative to accelerate the shift towards sustainable food systems,';
  const newer = 'Taking note of the work of the Sustainable Food Systems Programme, an inclusive initiative to accelerate the shift towards sustainable food systems,';

  it('is routine; another noun is not', () => {
    expect(routineReasons(older, newer)).toEqual(['a body established, recorded for its work: launch → work']);
    expect(routineReasons(older, newer.replace('the work of', 'the closure of'))).toEqual([]);
    expect(routineReasons(older.replace('Taking note of', 'Regretting'), newer.replace('Taking note of', 'Regretting'))).toEqual([]);
  });

  it.skipIf(!available)(`Agriculture 78/168 → 79/227 PP 24 → PP 23: "more sustainable" is the one change${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(AGRICULTURE, 'A_RES_78_168.txt', 'A_RES_79_227.txt'), 'PP 23');
    expect(isSubstantive(finding)).toBe(true);
    expect(finding.change).toEqual({
      before: 'an inclusive initiative to accelerate the shift towards sustainable food systems',
      after: 'an inclusive initiative to accelerate the shift towards more sustainable food systems',
    });
    expect(finding.reasons).toEqual(['a body established, recorded for its work: launch → work']);
  });
});
