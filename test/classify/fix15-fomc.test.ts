import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, compareTexts } from '../../src/pipeline.js';
import { findNumbers, numberChanges } from '../../src/classify/signals/numbers.js';
import { findActors } from '../../src/classify/signals/actors.js';
import type { Finding, RedlineResult } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA } from '../helpers/paths.js';
import { LDC, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

/**
 * Session 15: an economist's trial on the FOMC statements 2013–2015 (redline #23/#19): defects in how redline reads a
 * central bank's statement, each on real statements with a counter-case that must stay as it was.
 */

const statement = (date: string): string => join(SHARED_DATA, 'fomc-statements', `fomc_${date}.txt`);
const run = (older: string, newer: string): Promise<RedlineResult> => compare(statement(older), statement(newer));
/** The signals of a type on a pair's findings, finding by finding (those with any). */
const signalsOf = async (older: string, newer: string, type: string): Promise<string[][]> => {
  const result = await run(older, newer);
  return result.comparisons[0].findings.map((finding) => finding.signals.filter((signal) => signal.type === type).map((signal) => signal.summary)).filter((list) => list.length > 0);
};
/** The finding holding the newer text's paragraph labelled `label`. */
const newerFindingAt = (result: RedlineResult, label: string): Finding => {
  const right = result.documents[1];
  const finding = result.comparisons[0].findings.find((candidate) => candidate.right.some((index) => right.paragraphs[index].label === label));
  if (!finding) throw new Error(`no finding of ${label}`);
  return finding;
};

describe('defect 1: a rate set in one paragraph and set anew in another is one rate changed', () => {
  it.skipIf(!HAS_SHARED)('the December 2015 hike (2015-10-28 → 2015-12-16): "0 to 1/4 percent" → "1/4 to 1/2 percent" on ¶ 3 → ¶ 4, which set the old level (the new ¶ 3 changed nothing: session 19)', async () => {
    const result = await run('2015-10-28', '2015-12-16');
    const hike = newerFindingAt(result, '¶ 3');
    expect(hike.kind).toBe('new');
    expect(hike.signals.map((signal) => signal.summary)).toEqual([]);
    // The older ¶ 3 (now ¶ 4) does not say the range was removed: it was raised, and the raise is told once.
    const kept = newerFindingAt(result, '¶ 4').signals.map((signal) => signal.summary);
    expect(kept).toContain('percentage changed: 0 to 1/4 percent → 1/4 to 1/2 percent');
    expect(kept).not.toContain('percentage removed: 0 to 1/4 percent');
  });

  it.skipIf(!HAS_SHARED)('counter-cases: a rate moved inside its paragraph is told by the paragraph (2003-05-06 → 2003-06-25), a range held nowhere else (2015-09-17 → 2015-10-28)', async () => {
    expect((await signalsOf('2003-05-06', '2003-06-25', 'number')).flat().filter((summary) => summary.startsWith('percentage changed'))).toEqual(['percentage changed: 1-1/4 percent → 1 percent']);
    expect((await signalsOf('2015-09-17', '2015-10-28', 'number')).flat().filter((summary) => /1\/4/.test(summary))).toEqual([]);
  });

  it.skipIf(!UN_SERIES_AVAILABLE)('counter-case, LDC follow-up 79/218 → 80/150: a share of investment ("below 2.5 per cent of global foreign direct investment flows") is no level of aid that "fell by 2.6 per cent"', async () => {
    const result = await compare(join(UN_SERIES, LDC, 'A_RES_79_218.txt'), join(UN_SERIES, LDC, 'A_RES_80_150.txt'));
    const summaries = result.comparisons[0].findings.flatMap((finding) => finding.signals.map((signal) => signal.summary));
    expect(summaries.filter((summary) => /2\.[56] per cent/.test(summary))).toEqual(['percentage added: 2.6 per cent', 'percentage removed: 2.5 per cent']);
  });
});

describe('defect 2: a commitment shift compares one act, not the first verbs of two paragraphs', () => {
  it.skipIf(!HAS_SHARED)('"decided to keep the target range" in both texts: no decide → reaffirm (2013-06-19 → 2013-07-31 ¶ 5)', async () => {
    const result = await run('2013-06-19', '2013-07-31');
    expect(newerFindingAt(result, '¶ 5').signals.filter((signal) => signal.type === 'commitment')).toEqual([]);
    // Nor anticipate → recognize in ¶ 2: "it anticipates that inflation …" is said in both texts.
    expect(newerFindingAt(result, '¶ 2').signals.filter((signal) => signal.type === 'commitment')).toEqual([]);
  });

  it.skipIf(!HAS_SHARED)('"decided to continue purchasing" after an opening participle (2013-07-31 → 09-18), and the participle gone (2014-01-29 → 03-19): no shift', async () => {
    expect(await signalsOf('2013-07-31', '2013-09-18', 'commitment')).toEqual([]);
    expect((await signalsOf('2014-01-29', '2014-03-19', 'commitment')).flat().filter((summary) => /decide/.test(summary))).toEqual([]);
    // "reaffirm → will" at the hike: "the Committee will assess …" is in both texts.
    expect((await signalsOf('2015-10-28', '2015-12-16', 'commitment')).flat()).toEqual([]);
  });

  it.skipIf(!HAS_SHARED)('counter-cases: a pledge of time replaced still weakens (2003-12-09 → 2004-01-28); a threshold withdrawn is still dropped (2014-01-29 → 03-19); a pledge given is still added (2018-12-19 → 2019-01-30)', async () => {
    expect(await signalsOf('2003-12-09', '2004-01-28', 'commitment')).toEqual([['commitment weakened: for a considerable period → be patient']]);
    // Session 14 read "weakened: at least as long as → for a considerable time"; "for a considerable time" was in both
    // texts (session 15, pledges compared kind by kind): the threshold and "well past" were withdrawn.
    expect((await signalsOf('2014-01-29', '2014-03-19', 'commitment')).flat()).toEqual(['commitment dropped: at least as long as', 'commitment dropped: well past the time']);
    // Session 20: the guidance of further gradual increases (a path pledge, `PATH_PLEDGE`) dropped as patience is given.
    expect(await signalsOf('2018-12-19', '2019-01-30', 'commitment')).toEqual([
      ['commitment dropped: some further gradual increases in the target range for the federal funds rate will be consistent with', 'commitment added: be patient'],
    ]);
  });
});

describe('review 15: an act recalled ("Recalls that it urged …") is not the act said', () => {
  it('"Urges all States … to ratify" → "Recalls that it urged all States … to ratify", "Decides to convene" → "Notes that it decided to convene": the commitment weakened, as before actKept', async () => {
    const older = 'The General Assembly,\n\nRecalling its resolution 78/50 on the Arms Trade Treaty,\n\n1. Urges all States that have not yet done so to ratify or accede to the Arms Trade Treaty as a matter of priority;\n\n2. Decides to convene a high-level meeting on the Treaty in 2026;\n';
    const newer = 'The General Assembly,\n\nRecalling its resolution 78/50 on the Arms Trade Treaty,\n\n1. Recalls that it urged all States that have not yet done so to ratify or accede to the Arms Trade Treaty as a matter of priority;\n\n2. Notes that it decided to convene a high-level meeting on the Treaty in 2026;\n';
    const result = await compareTexts(older, newer);
    const shifts = result.comparisons[0].findings.map((finding) => finding.signals.filter((signal) => signal.type === 'commitment').map((signal) => signal.summary)).filter((list) => list.length > 0);
    expect(shifts).toHaveLength(2);
    expect(shifts.flat().every((summary) => summary.startsWith('commitment weakened'))).toBe(true);
  });
});

describe('defect 3: a dissent is a member\'s view, said as "dissent added/dropped: NAME"', () => {
  /** The signals of the finding holding the newer text's voting record (the paragraph opening "Voting for"). */
  const votingSignals = async (older: string, newer: string): Promise<string[]> => {
    const result = await run(older, newer);
    const right = result.documents[1];
    const finding = result.comparisons[0].findings.find((candidate) => candidate.right.some((index) => right.paragraphs[index].text.startsWith('Voting for')));
    return finding?.signals.map((signal) => signal.summary) ?? [];
  };

  it.skipIf(!HAS_SHARED)('Bullard\'s "should signal more strongly" (2013-05-01 → 06-19), Kocherlakota\'s "should commit … 2 percent" (2014-09-17 → 10-29), Lacker\'s "by 25 basis points" (2015-07-29 → 09-17)', async () => {
    expect(await votingSignals('2013-05-01', '2013-06-19')).toEqual(['dissent added: James Bullard']);
    expect(await votingSignals('2015-07-29', '2015-09-17')).toEqual(['dissent added: Jeffrey M. Lacker']);
    expect(await votingSignals('2015-10-28', '2015-12-16')).toEqual(['dissent dropped: Jeffrey M. Lacker']);
    const october = await votingSignals('2014-09-17', '2014-10-29');
    expect(october).toContain('dissent added: Narayana Kocherlakota');
    expect(october.filter((summary) => /^(?:commitment|percentage|figure)/.test(summary))).toEqual([]);
  });

  it.skipIf(!HAS_SHARED)('a dissent moved into a paragraph of its own is the same member dissenting (2014-10-29 → 12-17: Kocherlakota in ¶ 6, then in the new ¶ 7)', async () => {
    const all = (await signalsOf('2014-10-29', '2014-12-17', 'dissent')).flat();
    // October's one dissenter (Kocherlakota) dissents again in December, beside two new ones.
    expect(all).toEqual(['dissent added: Richard W. Fisher', 'dissent added: Charles I. Plosser']);
  });

  it.skipIf(!HAS_SHARED)('counter-case, 2019-07-31 → 09-18: the Committee\'s own cut is still read; the dissenters\' preferred ranges are not', async () => {
    expect((await signalsOf('2019-07-31', '2019-09-18', 'number')).flat().filter((summary) => summary.startsWith('percentage'))).toEqual(['percentage changed: 2 to 2-1/4 percent → 1-3/4 to 2 percent']);
    expect((await signalsOf('2019-07-31', '2019-09-18', 'dissent')).flat()).toEqual(['dissent added: James Bullard']);
  });
});

describe('defects 5 and 6: pledges compared kind by kind; a part of a year is one year', () => {
  const guidance = async (older: string, newer: string): Promise<string[]> => (await signalsOf(older, newer, 'commitment')).flat();

  it.skipIf(!HAS_SHARED)('"patient" given beside "considerable time" (2014-10-29 → 12-17), "considerable time" withdrawn beside "patient" (2014-12-17 → 2015-01-28)', async () => {
    expect(await guidance('2014-10-29', '2014-12-17')).toContain('commitment added: be patient');
    expect(await guidance('2014-12-17', '2015-01-28')).toEqual(['commitment dropped: for a considerable time']);
  });

  it.skipIf(!HAS_SHARED)('"well past the time" given (2013-10-30 → 12-18); "measured" pace given as "patient" goes (2004-03-16 → 05-04)', async () => {
    expect(await guidance('2013-10-30', '2013-12-18')).toEqual(['commitment added: well past the time']);
    expect(await guidance('2004-03-16', '2004-05-04')).toEqual(['commitment dropped: be patient', 'commitment added: at a pace that is likely to be measured']);
  });

  it.skipIf(!HAS_SHARED)('the calendar guidance moved later is one date: mid-2013 → late 2014 (2011-12-13 → 2012-01-25), late 2014 → mid-2015 (2012-08-01 → 09-13)', async () => {
    const dated = async (older: string, newer: string) => (await signalsOf(older, newer, 'number')).flat().filter((summary) => /20(?:13|14|15)/.test(summary));
    expect(await dated('2011-12-13', '2012-01-25')).toEqual(['year changed (later): mid-2013 → late 2014']);
    expect(await dated('2012-08-01', '2012-09-13')).toEqual(['year changed (later): late 2014 → mid-2015']);
  });

  it.skipIf(!HAS_SHARED)('counter-cases: one span in other words is no shift (2009-03-18 → 04-29); a date of the cycle still moves as routine (2019-07-31 → 09-18)', async () => {
    expect((await guidance('2009-03-18', '2009-04-29')).filter((summary) => /extended period|considerable/.test(summary))).toEqual([]);
    // The statements' own dates stand in their trailer since session 16 ("Implementation Note issued …", no paragraph):
    // the date of the cycle read on the line alone.
    expect(numberChanges('Implementation Note issued July 31, 2019', 'Implementation Note issued September 18, 2019').map((change) => change.summary)).toEqual(['date changed (routine): July 31, 2019 → September 18, 2019']);
  });
});

describe('defect 9: a forecast\'s horizon in words is no figure', () => {
  it.skipIf(!HAS_SHARED)('"inflation between one and two years ahead" dropped with the threshold (2014-01-29 → 03-19): no figure removed: two', async () => {
    expect((await signalsOf('2014-01-29', '2014-03-19', 'number')).flat().filter((summary) => /\btwo\b/.test(summary))).toEqual([]);
  });

  it('counter-case: a count of years that is no horizon stays a figure', () => {
    expect(findNumbers('inflation between one and two years ahead is projected').map((mention) => mention.text)).toEqual([]);
    expect(findNumbers('the one-to-two-year ahead inflation outlook').map((mention) => mention.text)).toEqual([]);
    expect(findNumbers('two years of growth ahead of us').map((mention) => `${mention.category} ${mention.text}`)).toEqual(['figure two']);
  });
});

describe('defect 4: a voting roster changed is routine; a meeting named by its month names no actor', () => {
  const votingFinding = async (older: string, newer: string): Promise<Finding> => {
    const result = await run(older, newer);
    const right = result.documents[1];
    const finding = result.comparisons[0].findings.find((candidate) => candidate.right.some((index) => right.paragraphs[index].text.startsWith('Voting for')));
    if (!finding) throw new Error('no voting record');
    return finding;
  };

  it.skipIf(!HAS_SHARED)('two governors leaving the list (2013-07-31 → 09-18), the January rotation (2014-12-17 → 2015-01-28): routine, with its reason', async () => {
    // Session 20 (D8): the reason names who left and who joined, read from the two lists of names: Duke and Raskin left
    // the Board in 2013; in January 2015 the Cleveland seat (Mester) rotated out and Chicago, Richmond, Atlanta and San
    // Francisco rotated in (the 2014 dissenters Fisher, Kocherlakota, Plosser are in a paragraph of their own).
    const reasons: Record<string, string> = {
      '2013-09-18': 'the list of voting members changed (out: Elizabeth A. Duke, Sarah Bloom Raskin): the yearly rotation of voters, a member joining or leaving; no dissent changed',
      '2015-01-28': 'the list of voting members changed (out: Loretta J. Mester; in: Charles L. Evans, Jeffrey M. Lacker, Dennis P. Lockhart, John C. Williams): the yearly rotation of voters, a member joining or leaving; no dissent changed',
    };
    for (const [older, newer] of [['2013-07-31', '2013-09-18'], ['2014-12-17', '2015-01-28']]) {
      const finding = await votingFinding(older, newer);
      expect(finding.routine).toBe(true);
      expect(finding.reasons).toEqual([reasons[newer]]);
    }
  });

  it.skipIf(!HAS_SHARED)('counter-cases: the rotation beside a dissent dropped (2013-12-18 → 2014-01-29), a dissent added (2015-07-29 → 09-17): negotiated', async () => {
    expect((await votingFinding('2013-12-18', '2014-01-29')).routine).toBe(false);
    expect((await votingFinding('2015-07-29', '2015-09-17')).routine).toBe(false);
  });

  it.skipIf(!HAS_SHARED)('"the April FOMC meeting" (2015-01-28 → 03-18) and its removal (03-18 → 04-29) name no actor', async () => {
    expect(await signalsOf('2015-01-28', '2015-03-18', 'actor')).toEqual([]);
    expect(await signalsOf('2015-03-18', '2015-04-29', 'actor')).toEqual([]);
  });

  it('counter-cases: the body named alone, or before a meeting not dated by its month, is still an actor', () => {
    expect(findActors('at the April FOMC meeting').map((actor) => actor.name)).toEqual([]);
    expect(findActors('the FOMC decided to keep the target range').map((actor) => actor.name)).toEqual(['Federal Open Market Committee']);
    expect(findActors('the Security Council meeting in April').map((actor) => actor.name)).toEqual(['Security Council']);
  });
});
