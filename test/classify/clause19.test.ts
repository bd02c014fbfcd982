import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compare } from '../../src/pipeline.js';
import { pastDecisionDroppedAsNews } from '../../src/classify/routine.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { DRAFT_L9 } from '../helpers/un-revision.js';
import { ARMS_TRADE, OCEANS, UN_SERIES, UN_SERIES_AVAILABLE as available, compareInSeries, findingAt, isSubstantive, paragraphs } from '../helpers/un-series.js';

/**
 * Session 19 (clause19, issue 23, trial 19-b D6): a paragraph routine but for one dropped clause. A record of the
 * previous conference's decision dropped while the newer text follows the next conference is routine only when what
 * was decided is still recorded elsewhere in the newer text (or the record names nothing of its own, "the decisions");
 * otherwise the drop is the change, and the finding names the clause.
 */

const skipNote = available ? '' : SHARED_MISSING;
const DROPPED_TRIAL_PERIOD =
  "the change: a record of the previous conference's decision dropped, what it decided said nowhere else in the newer text: further takes note of the revision of the Treaty programme of work and the extension of …";

describe("a record of the previous conference's decision dropped (pastDecisionDroppedAsNews)", () => {
  it.skipIf(!available)(`Arms Trade Treaty 79/52 → A/C.1/80/L.9 OP 4: the trial period's extension by the Tenth Conference no longer noted, the Eleventh's decisions welcomed in OP 1: substantive, the clause named${skipNote}`, async () => {
    const result = await compare(join(UN_SERIES, ARMS_TRADE, 'A_RES_79_52.txt'), DRAFT_L9);
    const finding = findingAt(result, 'OP 4');
    expect(isSubstantive(finding)).toBe(true);
    expect(finding.reasons).toEqual([DROPPED_TRIAL_PERIOD]);
    // Its signals are the dropped clause's: the Tenth Conference no longer named, none marked routine.
    expect(finding.signals.map((signal) => signal.summary)).toEqual(['ordinal removed: Tenth']); // since session 20 (sig20b, trial 20-a D13) "States parties" inside "the Conference of States Parties" names no actor
  });

  it.skipIf(!available)(`the adopted text 80/46, the same words as L.9: the same finding${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(ARMS_TRADE, 'A_RES_79_52.txt', 'A_RES_80_46.txt'), 'OP 4');
    expect(isSubstantive(finding)).toBe(true);
    expect(finding.reasons).toEqual([DROPPED_TRIAL_PERIOD]);
  });

  it.skipIf(!available)(`counter-case: the same drop with what was decided still recorded in another paragraph of the newer text, or with a record of "the decisions" alone, stays routine${skipNote}`, async () => {
    const result = await compareInSeries(ARMS_TRADE, 'A_RES_79_52.txt', 'A_RES_80_46.txt');
    const [older, newer] = paragraphs(result, 'OP 4', 'OP 4');
    const newerTexts = result.documents[1].paragraphs.map((paragraph) => paragraph.text);
    expect(pastDecisionDroppedAsNews(older, newer, newerTexts)).toBe(
      'further takes note of the revision of the Treaty programme of work and the extension of the trial period by an additional one year, decided by the Tenth Conference of States Parties',
    );
    // The subject kept elsewhere: the newer text notes the programme of work and the trial period in a paragraph of its own.
    const keptElsewhere = [...newerTexts, 'Notes the revised Treaty programme of work and the extension of its trial period by an additional year;'];
    expect(pastDecisionDroppedAsNews(older, newer, keptElsewhere)).toBeNull();
    // "takes note of the decisions adopted by the Tenth Conference": the Eleventh's decisions, welcomed in OP 1, take over.
    const generic = older.replace(/further takes note of the revision[^;]*?, decided by/, 'further takes note of the decisions adopted by');
    expect(generic).toContain('further takes note of the decisions adopted by the Tenth Conference of States Parties;');
    expect(pastDecisionDroppedAsNews(generic, newer, newerTexts)).toBeNull();
    // A newer text that names no later Conference of States Parties no longer follows the conference: an aged record.
    const unfollowed = newerTexts.map((text) => text.replace(/Eleventh|Twelfth|Thirteenth/g, 'Tenth'));
    expect(pastDecisionDroppedAsNews(older, newer, unfollowed)).toBeNull();
  });

  it.skipIf(!available)(`counter-case: Oceans 79/144 → 80/110 OP 273 → OP 266, the Barcelona Convention's twenty-second Meeting (a body the newer text no longer follows) no longer noted: routine${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(OCEANS, 'A_RES_79_144.txt', 'A_RES_80_110.txt'), 'OP 266');
    expect(finding.routine).toBe(true);
    expect(finding.reasons?.[0]).toMatch(/^a past step of another body no longer recorded: further notes with appreciation the adoption of/);
  });
});
