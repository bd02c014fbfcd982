import { describe, expect, it } from 'vitest';
import { markGluedFootnotes } from '../../src/ingest/un-document.js';

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
