import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, compareTexts } from '../../src/pipeline.js';
import { HAS_SHARED, SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { indexLinks, links } from '../helpers/finding-links.js';

/**
 * Trial 21-b D3 and D9 (session 21, issue 23), read as a reader reads them: `compare` 73/266 → 78/16 said the chapeau
 * "Calls upon Member States:" was dropped, read "welcome → call upon (stronger)" into a merge of PP 10 "Welcoming the
 * effective work of the Group …" with OP 1 (a), and missed PP 12 split into PP 9 + PP 10; a statement's date line
 * "11-11-2024" paired with page furniture of national strategies ("11 | P a g e", "C-11", "11/47") as a substantive change.
 */
const ICT = join(SHARED_DATA, 'un-resolutions/texts/ict-security');
const PDF = join(SHARED_DATA, 'un-resolutions/pdf/A_RES_78_16.pdf');
const STRATEGIES = join(SHARED_DATA, 'national-cyber-strategies');

describe.skipIf(!HAS_SHARED || !existsSync(PDF))(`73/266 → 78/16 as a reader reads it (${HAS_SHARED ? 'real texts' : SHARED_MISSING})`, () => {
  it('OP 1 + OP 1 (a) → PP 8 merged (the call upon Member States moved to the preamble), PP 10 dropped, PP 12 → PP 9 + PP 10 split', async () => {
    const result = await compare(join(ICT, 'A_RES_73_266.txt'), PDF);
    const found = links(result);
    expect(found).toContain('merged OP 1+OP 1 (a) → PP 8');
    expect(found).toContain('split PP 12 → PP 9+PP 10');
    expect(found).toContain('dropped PP 10 → –');
    expect(found).not.toContain('dropped OP 1 → –');
    expect(found).not.toContain('new – → PP 10');
    // No welcome read into the call upon Member States (it was one before).
    const signals = result.comparisons[0].findings.flatMap((finding) => finding.signals.map((signal) => signal.summary));
    expect(signals.filter((summary) => summary.includes('welcome → call upon'))).toEqual([]);
  });
});

describe('chapeaux, split parts and stranger partners (no data needed)', () => {
  it('a chapeau whose item became a paragraph of its own joins it: "Calls upon Member States:" + (a) → "Calling upon Member States to …"', async () => {
    const older = [
      'The General Assembly,',
      'Welcoming the effective work of the Group of Governmental Experts and the 2010, 2013 and 2015 reports transmitted by the Secretary-General,',
      'Calls upon Member States:',
      '(a) To be guided in their use of information and communications technologies by the 2010, 2013 and 2015 reports of the Group of Governmental Experts;',
      '(b) To support the implementation of cooperative measures to address the threats emerging in this field;',
      'Decides to include in the provisional agenda of its seventy-fourth session the item entitled "Developments in the field of information".',
    ].join('\n\n');
    const newer = [
      'The General Assembly,',
      'Calling upon Member States to be guided in their use of information and communications technologies by the assessments and recommendations of the 2010, 2013, 2015 and 2021 groups of governmental experts,',
      'Decides to include in the provisional agenda of its seventy-ninth session the item entitled "Developments in the field of information".',
    ].join('\n\n');
    const found = indexLinks(await compareTexts(older, newer));
    expect(found).toContain('merged 2+3 → 1');
    expect(found).toContain('dropped 1 → –');
  });

  it('an operative chapeau kept whole on both sides is no merge (it anchors): "Requests:" items reordered stay items', async () => {
    const older = ['Decides:', '(a) To convene a meeting of experts in 2025 on the illicit trade in small arms and light weapons;', '(b) To request the Secretary-General to report on the meeting of experts at its eightieth session;'].join('\n\n');
    const newer = ['Decides:', '(a) To convene a meeting of experts in 2026 on the illicit trade in small arms and light weapons;', '(b) To request the Secretary-General to report on the meeting of experts at its eighty-first session;'].join('\n\n');
    expect(indexLinks(await compareTexts(older, newer))).toEqual(['unchanged 0 → 0', 'modified 1 → 1', 'modified 2 → 2']);
  });
});

describe.skipIf(!HAS_SHARED || !existsSync(STRATEGIES))(`a date line is no finding against page furniture (${HAS_SHARED ? 'real texts' : SHARED_MISSING})`, () => {
  it('the seed\'s date line "11-11-2024" pairs with none of "11 | P a g e" (Mauritius), "C-11" (US 2009), "11/47" (Turkey), "1,1%" (Morocco)', async () => {
    // (Slovakia 2008's table cell "30. 11. 2008" is a date line too and still pairs with it: dates pair with dates.)
    for (const strategy of ['mauritius_2014_mauritius.txt', 'united-states_2009_us-2.txt', 'turkey_2013_turkey.txt', 'morocco_2009_morocco.txt']) {
      const result = await compare(join(STRATEGIES, strategy), SEED);
      const paired = result.comparisons[0].findings.filter((finding) => finding.left.length > 0 && finding.right.length > 0);
      expect(paired.map((finding) => finding.left.map((index) => result.documents[0].paragraphs[index].text).join(" + ")), strategy).toEqual([]);
    }
  });

  it('a date line still pairs with a date line of the same month, and with a heading naming its year', async () => {
    const statement = (date: string): string => ['Joint Statement of the Ministerial Conference on International Information Security', date, 'We, the Ministers, met to discuss security in the use of information and communications technologies and agreed to meet again.'].join('\n\n');
    expect(indexLinks(await compareTexts(statement('10 November 2023'), statement('11 November 2024')))).toContain('modified 1 → 1');
    expect(indexLinks(await compareTexts(statement('11-11-2024'), statement('Sochi, 11 November 2024')))).toContain('modified 1 → 1');
  });
});
