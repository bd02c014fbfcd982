import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../src/pipeline.js';
import type { Finding } from '../../src/types.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { ATOMIC_RADIATION, DURBAN, ICT, OCEANS, RIGHT_TO_DEVELOPMENT, SYRIA, UN_SERIES_AVAILABLE as available, compareInSeries, isSubstantive, pairAt, paragraphs } from '../helpers/un-series.js';

const skipNote = available ? '' : SHARED_MISSING;

/**
 * Session 19, rules19 (issue 23): wordings of the same meaning that drafters labelled "not negotiated, editorial" in
 * `bench/precision-verdicts.json` (`same-meaning.ts`). Each real pair is editorial now; beside it, the same surface
 * shape where the meaning changes stays substantive.
 */

/** The one modified finding of a newer text that rewrites one operative paragraph of the older. */
async function modifiedOf(older: string, newer: string): Promise<Finding> {
  const findings = (await compareTexts(`The General Assembly,\n\n1. ${older}\n`, `The General Assembly,\n\n1. ${newer}\n`)).comparisons[0].findings.filter((finding) => finding.kind === 'modified');
  expect(findings).toHaveLength(1);
  return findings[0];
}

describe('rules19 rule 1: a group\'s or a treaty\'s own name said the other way', () => {
  it.skipIf(!available)(`Oceans 78/69 → 79/144 OP 359 → OP 346: "landlocked developing [-States-]{+countries+}" is the group's name corrected (labelled not)${skipNote}`, async () => {
    const result = await compareInSeries(OCEANS, 'A_RES_78_69.txt', 'A_RES_79_144.txt');
    expect(pairAt(result, 'OP 359', 'OP 346')).toMatchObject({ kind: 'modified', editorial: true, reasons: ['same meaning: the group named “landlocked developing States” or “countries” (states → countries)'] });
    // Counter-example: the same paragraph's addressees "urges States" → "urges countries" is another addressee, not the group's name.
    const [older] = paragraphs(result, 'OP 359', 'OP 346');
    expect(isSubstantive(await modifiedOf(older, older.replace('and urges States,', 'and urges countries,')))).toBe(true);
  });

  it.skipIf(!available)(`Right to development 79/170 → 80/207 OP 39 → OP 37: "the rights of [-children-]{+the child+}" is the Convention's term (labelled not)${skipNote}`, async () => {
    const result = await compareInSeries(RIGHT_TO_DEVELOPMENT, 'A_RES_79_170.txt', 'A_RES_80_207.txt');
    expect(pairAt(result, 'OP 39', 'OP 37')).toMatchObject({ kind: 'modified', editorial: true, reasons: ['same meaning: “the rights of children” or “of the child” (the Convention\'s term) (children → the child)'] });
    // Counter-example: "the rights of children" → "the rights of the child and of adolescents" widens whose rights.
    const [older] = paragraphs(result, 'OP 39', 'OP 37');
    expect(isSubstantive(await modifiedOf(older, older.replace('rights of children', 'rights of the child and of adolescents')))).toBe(true);
  });
});

describe('rules19 rule 2: a citation worded anew, the same instrument cited', () => {
  it.skipIf(!available)(`Oceans 78/69 → 79/144 OP 144 → OP 136: "A.1159(32) of 15 December 2021[- of -]{+, adopted by +}the Assembly of the IMO" (labelled not)${skipNote}`, async () => {
    const result = await compareInSeries(OCEANS, 'A_RES_78_69.txt', 'A_RES_79_144.txt');
    expect(pairAt(result, 'OP 144', 'OP 136')).toMatchObject({ kind: 'modified', editorial: true, reasons: ['same meaning: a dated citation “of” or “adopted by” the body that took it (of → adopted by)'] });
    // Counter-example: the resolution said adopted by another body (the IMO Council) is another instrument.
    const [older, newer] = paragraphs(result, 'OP 144', 'OP 136');
    expect(isSubstantive(await modifiedOf(older, newer.replace('adopted by the Assembly of', 'adopted by the Council of')))).toBe(true);
  });

  it.skipIf(!available)(`Oceans 78/69 → 79/144 OP 173 → OP 168: the Guidelines "adopted by the Maritime Safety Committee … [-in its resolution MSC.448(99) of 24 May 2018-]" (labelled not)${skipNote}`, async () => {
    const result = await compareInSeries(OCEANS, 'A_RES_78_69.txt', 'A_RES_79_144.txt');
    expect(pairAt(result, 'OP 173', 'OP 168')).toMatchObject({
      kind: 'modified',
      editorial: true,
      reasons: [
        'same meaning: an instrument adopted by a body, the symbol and date of the body\'s resolution dropped (in its resolution msc.448(99) of 24 may 2018 → ∅)',
        'same meaning: an instrument adopted by a body, the symbol and date of the body\'s resolution dropped (in its resolution fal.13(42) of 8 june 2018 → ∅)',
      ],
    });
    // Counter-example: a later amendment's citation dropped ("and amended in its resolution …") drops what is cited.
    const amended = 'Invites States to implement the Revised Guidelines, adopted by the Maritime Safety Committee of the International Maritime Organization in its resolution MSC.448(99) of 24 May 2018 and amended in its resolution MSC.500(105) of 1 May 2022;';
    expect(isSubstantive(await modifiedOf(amended, amended.replace(' and amended in its resolution MSC.500(105) of 1 May 2022', '')))).toBe(true);
  });
});

describe('rules19 rule 3: the grammar of one meaning (a quantifier, a verb\'s complement, an actor\'s number)', () => {
  it.skipIf(!available)(`Syria 78/222 → 79/185 OP 13 → OP 14: "to comply with [-any-]{+all+} relevant obligations under the Convention" (labelled not)${skipNote}`, async () => {
    const result = await compareInSeries(SYRIA, 'A_RES_78_222.txt', 'A_RES_79_185.txt');
    expect(pairAt(result, 'OP 13', 'OP 14')).toMatchObject({ kind: 'modified', editorial: true, reasons: ['same meaning: to comply with “any” or “all” relevant obligations (any → all)'] });
    // Counter-example: "any" → "their" relevant obligations narrows which obligations.
    const [older] = paragraphs(result, 'OP 13', 'OP 14');
    expect(isSubstantive(await modifiedOf(older, older.replace('comply with any relevant', 'comply with their relevant')))).toBe(true);
  });

  it.skipIf(!available)(`Atomic radiation 79/85 → 80/75 PP 6: "as well as {+the +}efficient management … to arrange [-the -]{+for its +}annual sessions" (labelled not)${skipNote}`, async () => {
    const result = await compareInSeries(ATOMIC_RADIATION, 'A_RES_79_85.txt', 'A_RES_80_75.txt');
    expect(pairAt(result, 'PP 6', 'PP 6')).toMatchObject({ kind: 'modified', editorial: true, reasons: ['grammar word: ∅ → the', 'same meaning: to “arrange the” or “arrange for its” sessions (the → for its)'] });
    // Counter-example: the sessions made biennial beside the same edit is a change of the Committee's cycle.
    const [older, newer] = paragraphs(result, 'PP 6', 'PP 6');
    expect(isSubstantive(await modifiedOf(older, newer.replace('for its annual sessions', 'for its biennial sessions')))).toBe(true);
  });

  it.skipIf(!available)(`ICT 79/194 → 80/118 OP 7: "the important role played by [-the Government-]{+Governments+}, the private sector, …" (labelled not)${skipNote}`, async () => {
    const result = await compareInSeries(ICT, 'A_RES_79_194.txt', 'A_RES_80_118.txt');
    expect(pairAt(result, 'OP 7', 'OP 7')).toMatchObject({ kind: 'modified', editorial: true, reasons: ['same meaning: an actor of a list named in the singular or the plural (the government → governments)'] });
  });

  it.skipIf(!available)(`counter-examples of the singular/plural shape stay substantive: Right to development 78/203 → 79/170 PP 30 → PP 29 "recover from [-the pandemic-]{+pandemics+}" and Durban 78/234 → 79/161 OP 35 "nominate [-a candidate-]{+candidates+}" (both labelled negotiated)${skipNote}`, async () => {
    expect(isSubstantive(pairAt(await compareInSeries(RIGHT_TO_DEVELOPMENT, 'A_RES_78_203.txt', 'A_RES_79_170.txt'), 'PP 30', 'PP 29'))).toBe(true);
    expect(isSubstantive(pairAt(await compareInSeries(DURBAN, 'A_RES_78_234.txt', 'A_RES_79_161.txt'), 'OP 35', 'OP 35'))).toBe(true);
  });
});
