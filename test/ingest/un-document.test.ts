import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/ingest/load-document.js';
import { markGluedFootnotes } from '../../src/ingest/un-document.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

// Issue 23: footnote marks that PDF text exports glue to a year, a name or a list, taken from the resolutions of the
// 78th–80th sessions where they were read as figures ("figure added: 19721").
describe('markGluedFootnotes on marks glued to numbers', () => {
  it('takes a mark glued to a year, a range or a name ending in a number', () => {
    expect(markGluedFootnotes(['Weapons and on Their Destruction of 19721 and of 19932 have', 'the Sendai Framework for Disaster Risk Reduction 2015–20303 and'], ['1', '2', '3'])).toEqual([
      'Weapons and on Their Destruction of 1972[^1] and of 1993[^2] have',
      'the Sendai Framework for Disaster Risk Reduction 2015–2030[^3] and',
    ]);
    expect(markGluedFootnotes(['Countries on COVID-195 and Agenda 216 and the Decade 2014–2024 7 and the Agenda 21 and'], ['5', '6', '7'])).toEqual([
      'Countries on COVID-19[^5] and Agenda 21[^6] and the Decade 2014–2024[^7] and the Agenda 21 and',
    ]);
  });

  it('reads a mark glued to a climate conference decision past its session number, and a mark left alone after "Agenda" unless it makes Agenda 21 (a desk officer\'s reading, session 10)', () => {
    // Climate 78/153 OP 12: decision 1/CP.27 and note 31; a decision of a two-digit session left whole.
    expect(markGluedFootnotes(['in accordance with decisions 1/CP.2731 and 1/CMA.4; and 1/CP.21 and 2/CP.273 of'], ['31', '32'])).toEqual([
      'in accordance with decisions 1/CP.27[^31] and 1/CMA.4; and 1/CP.21 and 2/CP.273 of',
    ]);
    // Ageing 79/147 OP 61, Right to development 78/203 PP 11: "the New Urban Agenda 20 and", "New Urban Agenda 7 is".
    expect(markGluedFootnotes(['the Sustainable Development Goals, the New Urban Agenda 20 and national policymaking, the Agenda 21 and'], ['20', '21'])).toEqual([
      'the Sustainable Development Goals, the New Urban Agenda[^20] and national policymaking, the Agenda 21 and',
    ]);
  });

  it('reads three digits glued after a year\'s or a symbol\'s comma as a mark, never after a number that opens a thousands group (a desk officer\'s reading, session 10)', () => {
    // Oceans 78/69 OP 231 "Sediments, 2004,118", OP 252 "May 2008,140", OP 220 "resolution 5/14,118".
    expect(markGluedFootnotes(['the Ballast Water and Sediments, 2004,118 and', 'on 29 May 2008,140 takes', 'resolution 5/14,120 and', 'for 1,137 students and 12,345,678 people'], ['118', '140', '120'])).toEqual([
      'the Ballast Water and Sediments, 2004,[^118] and',
      'on 29 May 2008,[^140] takes',
      'resolution 5/14,[^120] and',
      'for 1,137 students and 12,345,678 people',
    ]);
  });

  it('reads marks between the items of a dated list of resolutions, and picks the sequence up after missed ones', () => {
    expect(markGluedFootnotes(['resolutions 28/29 of 27 March 2015,4 31/26 of 24 March 2016, 5 34/32 of 24 March 2017, 6 37/38 of 23 March 2018'], ['4', '5', '6'])).toEqual([
      'resolutions 28/29 of 27 March 2015,[^4] 31/26 of 24 March 2016,[^5] 34/32 of 24 March 2017,[^6] 37/38 of 23 March 2018',
    ]);
    // Marks 1 to 12 were never seen in the text: a mark glued to a lowercase word is still the note it names.
    const marks = Array.from({ length: 13 }, (_, k) => String(k + 1));
    expect(markGluedFootnotes(['the International Covenant on Civil and Political Rights13 provides'], marks)).toEqual(['the International Covenant on Civil and Political Rights[^13] provides']);
  });

  it('reads a mark left alone after a word, before a conjunction or a preposition', () => {
    expect(markGluedFootnotes(['freedom of religion or belief 2 and at instances', 'such as UN-Nutrition 26 and inclusive platforms for 30 years and'], ['2', '26'])).toEqual([
      'freedom of religion or belief[^2] and at instances',
      'such as UN-Nutrition[^26] and inclusive platforms for 30 years and',
    ]);
  });

  it('reads a mark left alone after a capitalised compound ("Secretary-General 9 reviewing")', () => {
    expect(markGluedFootnotes(['Takes note of the report of the Secretary-General 9 reviewing recent progress'], ['9'])).toEqual(['Takes note of the report of the Secretary-General[^9] reviewing recent progress']);
  });

  it('leaves a part of a symbol, a day before its month and a thousands group', () => {
    expect(markGluedFootnotes(['comprising GC(69)/RES/9 A.2, entitled “Support”, GC(69)/RES/9 A.3, entitled'], ['2', '3'])).toEqual([
      'comprising GC(69)/RES/9 A.2, entitled “Support”, GC(69)/RES/9 A.3, entitled',
    ]);
    expect(markGluedFootnotes(['held on 22 October 2015, 12 October 2017 and 27 October 2022'], ['11', '12'])).toEqual(['held on 22 October 2015, 12 October 2017 and 27 October 2022']);
    expect(markGluedFootnotes(['and has graduated 1,137 students'], ['136', '137'])).toEqual(['and has graduated 1,137 students']);
  });
});

// Issue 23, round 7: marks the text layer left where the reader did not take them, so that the next text (whose marks
// were read) showed them deleted: "Germany, 2  and", "Kyoto Protocol 111 on", "Agreement,38and".
describe('markGluedFootnotes, round 7', () => {
  it('reads a mark alone before a doubled space', () => {
    expect(markGluedFootnotes(['technical assistance by Germany, 2  and underlines the need'], ['1', '2'])).toEqual(['technical assistance by Germany,[^2]  and underlines the need']);
  });

  it('reads a mark glued to both the comma before it and the word after it', () => {
    expect(markGluedFootnotes(['the Paris Agreement,38and the Kunming-Montreal Biodiversity Framework39 under'], ['38', '39'])).toEqual([
      'the Paris Agreement,[^38] and the Kunming-Montreal Biodiversity Framework[^39] under',
    ]);
  });

  it('reads a mark after a word that counts when the previous note was cited just before it', () => {
    expect(markGluedFootnotes(['the entry into force of the Doha amendment110 to the Kyoto Protocol 111 on 31 December 2020'], ['110', '111'])).toEqual([
      'the entry into force of the Doha amendment[^110] to the Kyoto Protocol[^111] on 31 December 2020',
    ]);
    // Counter-case: with no note cited just before, "Protocol 2" is the protocol's number, even when note 2 is next.
    expect(markGluedFootnotes(['the provisions of Protocol 2 on the matter'], ['1', '2'])).toEqual(['the provisions of Protocol 2 on the matter']);
    // Counter-case: the previous note cited far back does not make an article's number a mark.
    const far = `the Convention[^5] ${'and its States parties '.repeat(4)}under article 6 of the Convention`;
    expect(markGluedFootnotes([far], ['5', '6'])).toEqual([far]);
  });

  it("leaves a number after a full stop inside a document symbol, so the next note's mark is still found", () => {
    expect(markGluedFootnotes(['Recalling decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019', 'by Germany, 2 and underlines'], ['1', '2', '3', '4', '5'])).toEqual([
      'Recalling decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019',
      'by Germany,[^2] and underlines',
    ]);
    expect(markGluedFootnotes(['in accordance with decisions 1/CP.27, 1/CMA.4 and 3/CMA.5;28'], ['26', '27', '28'])).toEqual(['in accordance with decisions 1/CP.27, 1/CMA.4 and 3/CMA.5;[^28]']);
  });

  it('eats no real number: a year, a count, a name ending in a number, a resolution', () => {
    const text = 'in 2023, 12 States, the COVID-19 pandemic and Security Council resolution 2730 (2024) of 24 May 2024, 3 and';
    expect(markGluedFootnotes([text], ['1', '2', '3'])).toEqual(['in 2023, 12 States, the COVID-19 pandemic and Security Council resolution 2730 (2024) of 24 May 2024,[^3] and']);
  });
});

describe.skipIf(!HAS_SHARED)(`UN extracted texts of ../shared/data: marks the text layer glued, round 7${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  const series = join(SHARED_DATA, 'un-resolutions', 'texts', 'series');
  const paragraph = async (file: string, label: string) => (await loadDocument(join(series, file))).paragraphs.find((candidate) => candidate.label === label);

  it('A/RES/79/56 OP 3 cites note 2 after "Germany," and PP 5 keeps its decision numbers', async () => {
    const folder = 'implementation-of-the-convention-on-the-prohibition-of-the-d';
    const op3 = await paragraph(`${folder}/A_RES_79_56.txt`, 'OP 3');
    expect(op3?.text).toContain('assistance by Germany, and underlines');
    expect(op3?.footnotes?.map((note) => note.mark)).toEqual(['2']);
    expect((await paragraph(`${folder}/A_RES_79_56.txt`, 'PP 5'))?.text).toContain('decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019');
  });

  it('A/RES/79/144 OP 203 cites note 111 after "Kyoto Protocol"', async () => {
    const op203 = await paragraph('oceans-and-the-law-of-the-sea/A_RES_79_144.txt', 'OP 203');
    expect(op203?.text).toContain('the Doha amendment to the Kyoto Protocol on 31 December 2020');
  });

  it('A/RES/79/159 OP 18 cites note 38 after "Paris Agreement,"', async () => {
    const op18 = await paragraph('rights-of-indigenous-peoples/A_RES_79_159.txt', 'OP 18');
    expect(op18?.text).toContain('the Paris Agreement, and the Kunming-Montreal');
    expect(op18?.footnotes?.map((note) => note.mark)).toEqual(['38', '39', '40']);
  });
});
