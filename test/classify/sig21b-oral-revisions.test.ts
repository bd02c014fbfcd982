import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, compareTexts } from '../../src/pipeline.js';
import { loadDocument } from '../../src/ingest/load-document.js';
import type { RedlineResult } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Trial 21-a D7 (session 21, issue 23): the oral revisions delegations fight over gave no signal. An editor checking
 * the adopted Arms Trade Treaty text against its draft A/C.1/80/L.9 found OP 6 "to ratify" → "to consider ratifying",
 * OP 9 "the vital importance" → "the importance" and OP 17 "Encourages" → "Strongly encourages" all `[modified,
 * substantive]` with `"signals": []`. The revisions are made here on a copy of the adopted text, as the Committee would
 * make them orally; the counter-examples are real paragraphs of the UN series or the same texts revised otherwise.
 */
const UN = join(SHARED_DATA, 'un-resolutions/texts');
const DRAFT = join(UN, 'drafts/A_C.1_80_L.9.txt');
const ADOPTED = join(UN, 'series/the-arms-trade-treaty/A_RES_80_46.txt');
const SERIES = join(UN, 'series');

/** The signal summaries of the finding whose newer paragraph has this label. */
function signalsAt(result: RedlineResult, label: string): string[] {
  const [, right] = result.documents;
  const finding = result.comparisons[0].findings.find((candidate) => candidate.right.some((index) => right.paragraphs[index].label === label));
  return finding?.signals.map((signal) => signal.summary) ?? [];
}

/** The text of a real paragraph, by its label. */
async function paragraph(file: string, label: string): Promise<string> {
  const found = (await loadDocument(file)).paragraphs.find((candidate) => candidate.label === label);
  if (!found) throw new Error(`${file}: no ${label}`);
  return found.text;
}

/** The signal summaries between two paragraphs compared alone. */
async function signalsBetween(older: string, newer: string): Promise<string[]> {
  const result = await compareTexts(older, newer);
  return result.comparisons[0].findings.flatMap((finding) => finding.signals.map((signal) => signal.summary));
}

describe.skipIf(!HAS_SHARED)(`oral revisions read with their direction (${HAS_SHARED ? 'real texts' : SHARED_MISSING})`, () => {
  const adopted = HAS_SHARED ? readFileSync(ADOPTED, 'utf8') : '';
  // The text file wraps its lines: a phrase is found with any run of white space between its words.
  const revise = (...edits: Array<[string, string]>): string => edits.reduce((text, [from, to]) => {
    const pattern = new RegExp(from.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
    if (!pattern.test(text)) throw new Error(`not in 80/46: ${from}`);
    return text.replace(pattern, to);
  }, adopted);

  it('A/C.1/80/L.9 → 80/46 orally revised: OP 6 hedge added, OP 9 emphasis weakened, OP 17 commitment strengthened; PP 3 no signal', async () => {
    const oral = revise(
      ['security, social, economic and humanitarian', 'security, economic and humanitarian'],
      ['to ratify, accept, approve or accede', 'to consider ratifying, accepting, approving or acceding'],
      ['Stresses the vital importance', 'Stresses the importance'],
      ['Encourages eligible States to make best use', 'Strongly encourages eligible States to make best use'],
    );
    const result = await compareTexts(readFileSync(DRAFT, 'utf8'), oral);
    expect(signalsAt(result, 'OP 6')).toEqual(['hedge added, weakened: consider ratifying']);
    expect(signalsAt(result, 'OP 9')).toEqual(['stance weakened: the vital importance → the importance']);
    expect(signalsAt(result, 'OP 17')).toEqual(['commitment strengthened: encourage → strongly encourage']);
    expect(signalsAt(result, 'PP 3')).toEqual([]);
  });

  it('the same revisions read the other way: hedge removed, emphasis and commitment each one step the other way', async () => {
    const oral = revise(
      ['to ratify, accept, approve or accede', 'to consider ratifying, accepting, approving or acceding'],
      ['Stresses the vital importance', 'Stresses the importance'],
      ['Encourages eligible States to make best use', 'Strongly encourages eligible States to make best use'],
    );
    const result = await compareTexts(oral, adopted);
    expect(signalsAt(result, 'OP 6')).toEqual(['hedge removed, strengthened: consider ratifying']);
    expect(signalsAt(result, 'OP 9')).toEqual(['stance strengthened: the importance → the vital importance']);
    expect(signalsAt(result, 'OP 17')).toEqual(['commitment weakened: strongly encourage → encourage']);
  });

  it('counter-examples on the same paragraphs: another degree word, another intensifier, a later clause\'s adverb, the act never asked', async () => {
    const op9 = await paragraph(ADOPTED, 'OP 9');
    const op17 = await paragraph(ADOPTED, 'OP 17');
    const op6 = await paragraph(ADOPTED, 'OP 6');
    // "vital" → "crucial": two heightened degrees, wording (as "deep" → "grave" concern).
    expect(await signalsBetween(op9, op9.replace('the vital importance', 'the crucial importance'))).toEqual([]);
    // "Strongly" → "Firmly": both intensified.
    const strongly = op17.replace('Encourages', 'Strongly encourages');
    expect(await signalsBetween(strongly, op17.replace('Encourages', 'Firmly encourages'))).toEqual([]);
    // An adverb on a later verb, not on the opening: "… and strongly urges them to share …" is no opening intensified.
    expect((await signalsBetween(op17, op17.replace('and share information', 'and strongly urges them to share information'))).filter((summary) => summary.includes('strongly'))).toEqual([]);
    // "consider" with no gerund after it asks no act weighed.
    expect(await signalsBetween(op6, op6.replace('in order to achieve its universalization', 'and decides to consider the question of its universalization'))).not.toContain('hedge added, weakened: consider the');
    // The urgency moved from the need to the action: "the urgent need to act" → "the need for urgent action".
    expect(await signalsBetween('Stresses the urgent need to act against the illicit trade in conventional arms,', 'Stresses the need for urgent action against the illicit trade in conventional arms,')).toEqual([]);
  });

  it('CBD 78/155 OP 2 → 79/208 OP 3: "to consider hosting" dropped with the meeting since hosted is no hedge removed', async () => {
    const cbd = join(SERIES, 'implementation-of-the-convention-on-biological-diversity-and');
    const signals = await signalsBetween(await paragraph(join(cbd, 'A_RES_78_155.txt'), 'OP 2'), await paragraph(join(cbd, 'A_RES_79_208.txt'), 'OP 3'));
    // (Compared alone, "in a position to do so", dropped in the same clause, still reads as a hedge removed: not this rule's.)
    expect(signals.filter((summary) => summary.includes('consider'))).toEqual([]);
  });

  it('Oceans 78/69 OP 283 → 79/144 OP 281: "identify {+and consider taking+} appropriate measures" is one more act asked, no hedge added', async () => {
    const oceans = join(SERIES, 'oceans-and-the-law-of-the-sea');
    const signals = await signalsBetween(await paragraph(join(oceans, 'A_RES_78_69.txt'), 'OP 283'), await paragraph(join(oceans, 'A_RES_79_144.txt'), 'OP 281'));
    expect(signals.filter((summary) => summary.startsWith('hedge'))).toEqual([]);
  });

  it('the real L.9 → 80/46 (adopted without change in text) carries no signal', async () => {
    const result = await compare(DRAFT, ADOPTED);
    expect(result.comparisons[0].findings.flatMap((finding) => finding.signals.map((signal) => signal.summary))).toEqual([]);
  });
});
