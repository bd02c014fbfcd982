import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAgedOpening } from '../../src/classify/routine.js';
import { commitmentShift } from '../../src/classify/signals/commitment.js';
import { lostLetterWarnings } from '../../src/ingest/lost-letters.js';
import { markGluedFootnotes } from '../../src/ingest/un-document.js';
import { convertUnText } from '../../src/ingest/un-text.js';
import { normalizeParagraph } from '../../src/normalize/normalize.js';
import { compareTexts } from '../../src/pipeline.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { CONSUMPTION, ENERGY, OCEANS, POLYNESIA, REGIONAL_CENTRE_LATIN_AMERICA, UN_SERIES, UN_SERIES_AVAILABLE as available, compareInSeries, findingAt, isSubstantive } from '../helpers/un-series.js';

/**
 * Precision round 16 (C): a spaced footnote mark after a plural that counts, a text layer that lost a letter, a verb
 * kept behind an added clause read as replaced, a decision recalled read as weaker, and a yearly event's edition left
 * unpaired (redline #23). Each on its real pair, with a counter-case of the same shape that stays as it was.
 */

const skipNote = available ? '' : SHARED_MISSING;

const words = (text: string): readonly string[] => normalizeParagraph(text).tokens;
const paragraphOf = (result: Awaited<ReturnType<typeof compareInSeries>>, side: 0 | 1, label: string): string =>
  result.documents[side].paragraphs.find((paragraph) => paragraph.label === label)?.text ?? '';
const signalsOf = (finding: { signals?: Array<{ type: string; summary: string }> }, type: string): string[] =>
  (finding.signals ?? []).filter((signal) => signal.type === type).map((signal) => signal.summary);

describe('a spaced footnote mark after a plural that counts, before a word that goes on', () => {
  it.skipIf(!available)(`Oceans 79/144 → 80/110 OP 114 → OP 107: "recommendations 57 emanating" and "59" are notes 57 and 59; only the verb aged: routine${skipNote}`, async () => {
    const result = await compareInSeries(OCEANS, 'A_RES_79_144.txt', 'A_RES_80_110.txt');
    const finding = findingAt(result, 'OP 107');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['verb aged with the event: Notes → Recalls']);
    expect(paragraphOf(result, 0, 'OP 114')).toContain('on recommendations emanating from the Joint Action Group');
    expect(paragraphOf(result, 1, 'OP 107')).toContain('on recommendations emanating from the Joint Action Group');
  });

  it.skipIf(!available)(`Oceans 78/69 → 79/144 OP 121 → OP 114: the note 57 no longer reads as words added${skipNote}`, async () => {
    const result = await compareInSeries(OCEANS, 'A_RES_78_69.txt', 'A_RES_79_144.txt');
    const finding = findingAt(result, 'OP 114');
    expect(isSubstantive(finding)).toBe(true);
    expect(JSON.stringify(finding.change ?? '')).not.toMatch(/\b57\b/);
  });

  const marks = ['55', '56', '57', '58'];
  it('reads the mark when the previous note stood just before and this one is the next of the sequence', () => {
    expect(markGluedFootnotes(['during the COVID-19 pandemic 56 and on recommendations 57 emanating from the Group;58'], marks)).toEqual([
      'during the COVID-19 pandemic[^56] and on recommendations[^57] emanating from the Group;[^58]',
    ]);
  });
  it('counter-cases: a list after the plural, a singular that counts, a symbol, a count of States, no predecessor, not the next note', () => {
    expect(markGluedFootnotes(['the pandemic 56 and articles 57 and 58 of the Convention'], marks)).toEqual(['the pandemic[^56] and articles 57 and 58 of the Convention']);
    expect(markGluedFootnotes(['the pandemic 56 and article 57 of the Convention'], marks)).toEqual(['the pandemic[^56] and article 57 of the Convention']);
    expect(markGluedFootnotes(['the pandemic 56 and resolution 57/141 emanating from'], marks)).toEqual(['the pandemic[^56] and resolution 57/141 emanating from']);
    expect(markGluedFootnotes(['the pandemic 56 and 57 States emanating from'], marks)).toEqual(['the pandemic[^56] and 57 States emanating from']);
    expect(markGluedFootnotes(['on recommendations 57 emanating from the Group'], marks)).toEqual(['on recommendations 57 emanating from the Group']);
    expect(markGluedFootnotes(['the pandemic 56 and on recommendations 58 emanating from'], marks)).toEqual(['the pandemic[^56] and on recommendations 58 emanating from']);
  });
});

describe('a text layer that lost a letter is said, not repaired', () => {
  const read = (series: string, file: string) => convertUnText(readFileSync(join(UN_SERIES, series, file), 'utf8'), file);
  it.skipIf(!available)(`Sustainable consumption 80/135: no lowercase "j" in 20,253 letters ("maoor", "oboectives", "oobs"): a warning${skipNote}`, () => {
    // (Its gap mended in "2015– 2030" is said apart, `text-layer-gaps`, session 15.)
    const warnings = read(CONSUMPTION, 'A_RES_80_135.txt').warnings.filter((warning) => warning.code !== 'text-layer-gaps');
    expect(warnings.map((warning) => warning.code)).toEqual(['text-layer-lost-letter']);
    expect(warnings[0].message).toMatch(/^the text layer has no lowercase “j” in 20,253 letters \(about 10 expected\)/);
  });
  it.skipIf(!available)(`counter-cases: 79/202 of the same series, and the Lomé centre 80/61 (no "j" in 7,342 letters, about 4 expected) warn nothing${skipNote}`, () => {
    // No letter lost (79/202's mended gap in "3 – 14 June 1992" is said apart, `text-layer-gaps`, session 15).
    const lost = (series: string, file: string) => read(series, file).warnings.filter((warning) => warning.code !== 'text-layer-gaps');
    expect(lost(CONSUMPTION, 'A_RES_79_202.txt')).toEqual([]);
    expect(lost(REGIONAL_CENTRE_LATIN_AMERICA, 'A_RES_80_61.txt')).toEqual([]);
  });
  it('a short text without a rare letter is no loss; a long one that never writes a letter it should is', () => {
    expect(lostLetterWarnings(['Notes the report of the Secretary-General on the matter'], 'short.txt')).toEqual([]);
    const sentence = 'Requests the Secretary-General to submit a quick and objective review of the major joint projects, with a view to maximizing their value for every developing State';
    const long = Array.from({ length: 200 }, () => sentence);
    expect(lostLetterWarnings(long, 'long.txt')).toEqual([]);
    expect(lostLetterWarnings(long.map((paragraph) => paragraph.replace(/j/g, 'o')), 'lost.txt').map((warning) => warning.message.replace(/ in .*/, ''))).toEqual([
      'the text layer has no lowercase “j”',
    ]);
  });
});

describe('a verb the paragraph keeps behind an added clause is not replaced; a decision recalled is not weaker', () => {
  it.skipIf(!available)(`French Polynesia 79/104 → 80/95 OP 6: the Territory's requests noted in front of "reiterates its request": no commitment weakened${skipNote}`, async () => {
    const result = await compareInSeries(POLYNESIA, 'A_RES_79_104.txt', 'A_RES_80_95.txt');
    const finding = findingAt(result, 'OP 6');
    expect(isSubstantive(finding)).toBe(true);
    expect(signalsOf(finding, 'commitment')).toEqual([]);
  });
  it.skipIf(!available)(`Energy for all 79/211 → 80/142 OP 38 → OP 39: "Decides to extend" → "Recalls the extension … and calls for": the decision aged (routine shift, no "weaker"), the added call stays negotiated${skipNote}`, async () => {
    const result = await compareInSeries(ENERGY, 'A_RES_79_211.txt', 'A_RES_80_142.txt');
    const finding = findingAt(result, 'OP 39');
    expect(isSubstantive(finding)).toBe(true);
    expect(signalsOf(finding, 'commitment')).toEqual(['commitment weakened: decide → recall (routine)']);
  });
  it('counter-cases of the aged decision: another act recalled, or the act recalled without what was decided', () => {
    const decides = 'Decides to extend until 2030 the promotion of the United Nations Decade of Sustainable Energy for All;';
    expect(isAgedOpening(decides, 'Recalls the extension until 2030 of the promotion of the United Nations Decade of Sustainable Energy for All, and calls for its implementation;')).toBe(true);
    expect(isAgedOpening(decides, 'Recalls the importance of the promotion of the United Nations Decade of Sustainable Energy for All;')).toBe(false);
    expect(isAgedOpening(decides, 'Recalls the extension of the mandate of the Special Rapporteur for a period of three years;')).toBe(false);
  });

  const reiterates = 'Reiterates its request to the administering Power to facilitate a visiting mission to the Territory';
  it('a clause added before a kept verb, or taken from before it; counter-cases: the kept verb gone, a clause added with a stronger verb, a stronger clause dropped', () => {
    expect(commitmentShift(words(reiterates), words('Notes the multiple requests of representatives of the Territory for the dispatch of a visiting mission, and in this regard reiterates its request to the administering Power'))).toBeNull();
    expect(commitmentShift(words(reiterates), words('Notes the multiple requests of representatives of the Territory for the dispatch of a visiting mission to the Territory'))).toMatchObject({ direction: 'weakened' });
    expect(commitmentShift(words('Encourages efforts to support the Fund'), words('Reaffirms the commitment to a strong Fund, and encourages efforts to support the Fund'))).toMatchObject({ direction: 'strengthened' });
    expect(commitmentShift(words('Emphasizes the need for early action, and looks forward to the session'), words('Looks forward to the session'))).toMatchObject({ direction: 'weakened' });
    expect(commitmentShift(words('Notes with appreciation the efforts of States, and in this regard welcomes initiatives such as the Assessment'), words('Welcomes initiatives such as the Assessment'))).toBeNull();
  });
});

describe("a yearly event's edition, named in the same words a year on, is one paragraph", () => {
  it.skipIf(!available)(`Oceans 78/69 → 79/144 OP 234 → OP 155: the theme for the 2023 → 2024 World Maritime Day, paired (was dropped and new; scored 0.31)${skipNote}`, async () => {
    const result = await compareInSeries(OCEANS, 'A_RES_78_69.txt', 'A_RES_79_144.txt');
    const finding = findingAt(result, 'OP 155');
    expect(finding.kind).toBe('modified');
    expect(finding.left.map((index) => result.documents[0].paragraphs[index].label)).toEqual(['OP 234']);
  });

  const filler = ['Recalls its previous resolutions on the law of the sea.', 'Requests the Secretary-General to report to the Assembly at its next session.'];
  const textOf = (middle: string, end: string): string => [filler[0], middle, filler[1], end].join('\n\n');
  const unpaired = (result: Awaited<ReturnType<typeof compareTexts>>): string[] =>
    result.comparisons[0].findings.filter((finding) => finding.kind === 'new' || finding.kind === 'dropped').map((finding) => finding.kind);
  it('pairs the same frame a year on; counter-cases: another frame round the event, a year gone back', async () => {
    const older = textOf('Further notes, in this regard, the theme for the 2023 World Maritime Day, “MARPOL at 50 – Our commitment goes on”.', 'Calls upon States to cooperate.');
    const paired = await compareTexts(older, textOf('Calls upon States to cooperate.', 'Notes the theme for the 2024 World Maritime Day, “Navigating the future: safety first!”.'));
    expect(unpaired(paired)).toEqual([]);
    const otherFrame = await compareTexts(older, textOf('Calls upon States to cooperate.', 'Welcomes the holding of the 2024 World Maritime Day, “Navigating the future: safety first!”.'));
    expect(unpaired(otherFrame).sort()).toEqual(['dropped', 'new']);
    const back = await compareTexts(older, textOf('Calls upon States to cooperate.', 'Notes the theme for the 2022 World Maritime Day, “Navigating the future: safety first!”.'));
    expect(unpaired(back).sort()).toEqual(['dropped', 'new']);
  });
});
