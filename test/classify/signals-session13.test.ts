import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routineReasons } from '../../src/classify/routine.js';
import { findTopics, topicChanges } from '../../src/classify/signals/topics.js';
import { compare } from '../../src/pipeline.js';
import { pairSignals, pairSummary } from '../../src/report/labels.js';
import type { Finding, RedlineResult, TopicSignal } from '../../src/types.js';
import { DRAFT, HAS_SHARED, SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { ICT, UN_SERIES } from '../helpers/un-series.js';

/**
 * Signals an analyst found misleading (redline #23, session 13), briefing a minister on the 2024 Russia–Africa
 * statement: "topic removed: ICT security" of a statement about ICT security from end to end, and a draft's date 17
 * days before the final text called a "yearly succession".
 */

const skipNote = HAS_SHARED ? '' : ` (${SHARED_MISSING})`;
const ICT_SECURITY = join(SHARED_DATA, 'un-resolutions/texts/ict-security');

const topicSignals = (finding: Finding): TopicSignal[] => finding.signals.filter((signal): signal is TopicSignal => signal.type === 'topic');
const topicSummaries = (result: RedlineResult): string[] => result.comparisons[0].findings.flatMap((finding) => topicSignals(finding).map((signal) => signal.summary));
/** The finding of the older paragraph `index` (0-based) dropped, or of the newer one `index` new. */
const dropped = (result: RedlineResult, index: number): Finding => result.comparisons[0].findings.find((finding) => finding.kind === 'dropped' && finding.left[0] === index)!;
const added = (result: RedlineResult, index: number): Finding => result.comparisons[0].findings.find((finding) => finding.kind === 'new' && finding.right[0] === index)!;
const leftLabelled = (result: RedlineResult, label: string): number => result.documents[0].paragraphs.findIndex((paragraph) => paragraph.label === label);

describe.skipIf(!HAS_SHARED)(`a topic is removed only when the newer text no longer has it anywhere${skipNote}`, () => {
  it('A/RES/74/247 → the 2024 statement: no "topic removed" for ICT security, cybercrime or AI, which the statement treats at length; the headline counts topics, not paragraphs', async () => {
    const result = await compare(join(ICT_SECURITY, 'A_RES_74_247.txt'), SEED);
    const summaries = topicSummaries(result);
    // Before: OP 2 "topic removed: cybercrime (criminal purposes, Cybercrime); topic removed: ICT security (…)", PP 2
    // "topic removed: artificial intelligence", and "29 topics removed, 28 topics added".
    for (const topic of ['ICT security', 'cybercrime', 'artificial intelligence', 'capacity building', 'development']) {
      expect(summaries.some((summary) => summary.startsWith(`topic removed: ${topic} (`))).toBe(false);
    }
    const op2 = dropped(result, leftLabelled(result, 'OP 2'));
    expect(topicSignals(op2)).toEqual([]);
    // Counter-case: critical infrastructure, which 74/247 names (PP 3) and the statement never does, is removed.
    expect(topicSignals(dropped(result, leftLabelled(result, 'PP 3'))).map((signal) => signal.summary)).toEqual(['topic removed: critical infrastructure (critical infrastructure)']);
    const signals = pairSignals(result.comparisons[0]);
    expect(signals.topicsRemoved).toEqual(['critical infrastructure']);
    expect(signals.topicsAdded).toEqual(['international law and norms', 'confidence-building measures', 'internet governance', 'data protection and privacy', 'sovereignty']);
    // "international law and norms" is brought by three paragraphs of the statement: one topic added, counted once.
    expect(summaries.filter((summary) => summary.startsWith('topic added: international law and norms')).length).toBe(3);
    expect(pairSummary(result.comparisons[0])).toContain('1 topic removed, 5 topics added');
  });

  it('A/RES/75/32 → the 2024 statement: the topics both texts share are neither added nor removed; those only the statement has are added, each counted once', async () => {
    const result = await compare(join(ICT_SECURITY, 'A_RES_75_32.txt'), SEED);
    const signals = pairSignals(result.comparisons[0]);
    // Before: ICT security removed 7 times and added 9 times, human rights, international law and confidence-building
    // measures likewise on both sides; the headline "24 topics removed, 28 topics added".
    expect(signals.topicsRemoved).toEqual([]);
    expect(signals.topicsAdded).not.toContain('ICT security');
    expect(signals.topicsAdded).toContain('cybercrime');
    // 75/32 asks for "assistance to build capacity in the area of information and communications technologies": the
    // statement's capacity-building paragraphs add no topic (the lexicon knew "build the capacity" only).
    expect(signals.topicsAdded).not.toContain('capacity building');
    expect(signals.topicsAdded).toContain('artificial intelligence');
    expect(topicSummaries(result).filter((summary) => summary.startsWith('topic added: artificial intelligence')).length).toBeGreaterThan(1);
    expect(pairSummary(result.comparisons[0])).toContain(`${signals.topicsAdded.length} topics added`);
  });

  it('A/RES/78/132 → 79/194 (ICT for sustainable development): dropped OP 14 removes no "development (least developed countries)", which 79/194 still names', async () => {
    const result = await compare(join(SHARED_DATA, 'un-resolutions/pdf/A_RES_78_132.pdf'), join(UN_SERIES, ICT, 'A_RES_79_194.txt'));
    const op14 = dropped(result, leftLabelled(result, 'OP 14'));
    expect(op14.left).toHaveLength(1);
    expect(result.documents[0].paragraphs[op14.left[0]!].text).toContain('least developed countries');
    expect(topicSignals(op14)).toEqual([]);
    expect(pairSignals(result.comparisons[0]).topicsRemoved).not.toContain('development');
  });

  it('the illustrative draft → the statement: a paragraph dropped or new whose topic the other text keeps elsewhere signals no topic', async () => {
    const result = await compare(DRAFT, SEED);
    // Draft ¶ 16 "(14.) … protection of personal data" is dropped, but the statement's ¶ 17 keeps "users' personal data and
    // privacy"; the new ¶ 16 brings capacity building and AI, which the draft had (its ¶ 7 and its AI paragraphs).
    expect(topicSignals(dropped(result, 15))).toEqual([]);
    expect(topicSignals(added(result, 15))).toEqual([]);
    expect(topicSummaries(result)).toEqual([]);
    expect(pairSummary(result.comparisons[0])).not.toContain('topic');
  });
});

describe('topicChanges with and without the documents', () => {
  it('"build capacity" is capacity building, as "build the capacity" was', () => {
    expect(findTopics('providing assistance to build capacity in the area of information and communications technologies').map((mention) => mention.topic)).toEqual(['capacity building', 'ICT security']);
  });

  const dropped = 'We support the protection of personal data.';
  it('two paragraphs read alone keep the paragraph reading (the signals bench)', () => {
    expect(topicChanges(dropped, '').map((signal) => signal.summary)).toEqual(['topic removed: data protection and privacy (personal data)']);
  });

  it('with the documents: removed only when the newer document no longer touches the topic, added only when the older never did', () => {
    const keptElsewhere = { before: [dropped, 'We call for cooperation.'], after: ['We call for cooperation.', "We stress users' privacy."] };
    expect(topicChanges(dropped, '', undefined, keptElsewhere)).toEqual([]);
    const goneEverywhere = { before: [dropped, 'We call for cooperation.'], after: ['We call for cooperation.'] };
    expect(topicChanges(dropped, '', undefined, goneEverywhere).map((signal) => signal.summary)).toEqual(['topic removed: data protection and privacy (personal data)']);
    const hadIt = { before: ['We call for cooperation.', 'We fight cybercrime.'], after: ['We call for cooperation against cybercrime.', 'We fight cybercrime.'] };
    expect(topicChanges('We call for cooperation.', 'We call for cooperation against cybercrime.', undefined, hadIt)).toEqual([]);
    const newToIt = { before: ['We call for cooperation.'], after: ['We call for cooperation against cybercrime.'] };
    expect(topicChanges('We call for cooperation.', 'We call for cooperation against cybercrime.', undefined, newToIt).map((signal) => signal.summary)).toEqual(['topic added: cybercrime (cybercrime)']);
  });
});

describe(`a document's date moved by days is its new date, not a yearly succession`, () => {
  it('the draft of 25-10-2024 → the statement of 11-11-2024: the date line is routine, "the document\'s date"', async () => {
    const result = await compare(DRAFT, SEED);
    const dateLine = result.comparisons[0].findings.find((finding) => finding.kind === 'modified' && finding.right[0] === 1)!;
    expect(result.documents[1].paragraphs[1].text).toBe('11-11-2024');
    expect(dateLine.routine).toBe(true);
    // Before: "yearly succession: 25-10-2024 → 11-11-2024".
    expect(dateLine.reasons).toEqual(["the document's date: 25-10-2024 → 11-11-2024"]);
  });

  it('counter-cases: a date moved back is no new date of the document (stays a change); a date inside a paragraph a year on is still the yearly succession', async () => {
    const reversed = await compare(SEED, DRAFT);
    const dateLine = reversed.comparisons[0].findings.find((finding) => finding.kind === 'modified' && finding.right[0] === 1)!;
    expect(dateLine.routine).toBe(false);
    expect(dateLine.reasons).toBeUndefined();
    expect(dateLine.signals.map((signal) => signal.summary)).toEqual(['date changed: 11-11-2024 → 25-10-2024']);
    // A date inside a sentence is not the document's: it keeps the name the yearly rules give it.
    expect(routineReasons('Recalling its resolution 78/66 of 4 December 2023,', 'Recalling its resolution 79/77 of 2 December 2024,')).toEqual([
      'reference succeeded: 78/66 → 79/77',
      'yearly succession: 4 December 2023 → 2 December 2024',
    ]);
    expect(routineReasons('25-10-2024', '11-11-2024')).toEqual(["the document's date: 25-10-2024 → 11-11-2024"]);
  });
});
