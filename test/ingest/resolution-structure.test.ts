import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/ingest/load-document.js';
import { markGluedFootnotes, joinLineEnd } from '../../src/ingest/un-document.js';
import { join } from 'node:path';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import { OCEANS, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const RESOLUTION = [
  'The General Assembly,',
  'Recalling its resolution 77/6,[^1]',
  'Noting the report,',
  '1. Decides to act;',
  '2. Requests the Secretary-General:',
  '(a) To report;',
  '(i) in writing;',
  '(b) To consult;',
  '3. Decides to remain seized of the matter.',
  'Annex',
  'Programme of action',
  '1. The programme shall be permanent.',
  '[^1]: See A/78/1.',
].join('\n\n');

describe('labelResolution (through documentFromText)', () => {
  it('labels preambular, operative, sub-paragraphs and annex paragraphs as negotiators cite them', () => {
    const { paragraphs } = documentFromText(RESOLUTION, { path: 'r.md' });
    expect(paragraphs.map((p) => [p.role, p.label])).toEqual([
      ['other', null],
      ['preambular', 'PP 1'],
      ['preambular', 'PP 2'],
      ['operative', 'OP 1'],
      ['operative', 'OP 2'],
      ['sub-paragraph', 'OP 2 (a)'],
      ['sub-paragraph', 'OP 2 (a) (i)'],
      ['sub-paragraph', 'OP 2 (b)'],
      ['operative', 'OP 3'],
      ['heading', null],
      ['heading', null],
      ['annex', 'Annex 1'],
    ]);
    expect(paragraphs[1]).toMatchObject({ text: 'Recalling its resolution 77/6,', footnotes: [{ mark: '1', text: 'See A/78/1.' }] });
  });

  it('leaves a text without an enacting formula unlabelled', () => {
    const { paragraphs } = documentFromText('We, the Ministers,\n\n1. Agree to meet.\n\n2. Agree to part.', { path: 's.md' });
    expect(paragraphs.every((p) => !('role' in p) && !('label' in p))).toBe(true);
  });
});

describe('markGluedFootnotes', () => {
  it('takes the next note numbers where marks stand, and leaves section numbers and dates', () => {
    expect(markGluedFootnotes(['recalling resolution 75/240,1 and target 16.4, and the report, 2 which', 'the Goals3 in 2030 4 ways'], ['1', '2', '3', '4'])).toEqual([
      'recalling resolution 75/240,[^1] and target 16.4, and the report,[^2] which',
      'the Goals[^3] in 2030[^4] ways',
    ]);
    // "articles 6 and 7": a number after a counting word is no mark, even when it is the next note's.
    expect(markGluedFootnotes(['under articles 6 and 7'], ['6'])).toEqual(['under articles 6 and 7']);
  });
});

describe('joinLineEnd', () => {
  it('keeps a compound hyphen unless the document spells the joined word', () => {
    expect(joinLineEnd('non-', 'State actors', new Set())).toBe('non-State actors');
    expect(joinLineEnd('confidence-', 'building', new Set(['confidencebuilding-x']))).toBe('confidence-building');
    expect(joinLineEnd('develop-', 'ment goals', new Set(['development']))).toBe('development goals');
  });
});

/**
 * A resolution adopting an annexed convention, written by the redline team in the shape of A/RES/79/243 (which is not in
 * ../shared/data): the convention has its own title, formula and preamble, chapters, and articles whose paragraphs are
 * numbered from 1 again in every article, with lettered definitions under an article's opening words.
 */
const ANNEXED_CONVENTION = [
  'The General Assembly,',
  'Recalling its resolution 74/1 establishing a committee to draft a convention,',
  'Noting with appreciation the work of the committee,',
  '1. Adopts the Convention on Shared Data Practice, annexed to the present resolution;',
  '2. Requests the Secretary-General to act as its depositary;',
  '3. Decides to remain seized of the matter.',
  'Annex',
  'Convention on Shared Data Practice',
  'Preamble',
  'The States Parties to this Convention,',
  'Recognizing the value of data shared between States,',
  'Determined to protect the persons the data concern,',
  'Have agreed as follows:',
  'Chapter I',
  'General provisions',
  'Article 1',
  'Purpose',
  'The purpose of this Convention is to promote the fair sharing of data.',
  'Article 2',
  'Use of terms',
  'For the purposes of this Convention:',
  '(a) "Data" means any representation of facts;',
  '(b) "Party" means a State bound by this Convention;',
  '(k) "Sharing" means making data available to another Party;',
  'Article 5 Cooperation',
  '1. States Parties shall cooperate with one another.',
  '2. Each State Party shall designate a point of contact:',
  '(a) To receive requests;',
  '(b) To answer them;',
  'within thirty days of a request.',
  '3. Nothing in this article shall affect other treaties.',
].join('\n\n');

describe('labelResolution on a resolution with an annexed instrument (team-written, shaped as A/RES/79/243)', () => {
  it('labels the instrument by article and paragraph, its preamble as the annex preamble, every annex paragraph with the annex role', () => {
    const { paragraphs } = documentFromText(ANNEXED_CONVENTION, { path: 'convention.md' });
    expect(paragraphs.map((p) => [p.role, p.label, p.text.split(' ').slice(0, 2).join(' ')])).toEqual([
      ['other', null, 'The General'],
      ['preambular', 'PP 1', 'Recalling its'],
      ['preambular', 'PP 2', 'Noting with'],
      ['operative', 'OP 1', 'Adopts the'],
      ['operative', 'OP 2', 'Requests the'],
      ['operative', 'OP 3', 'Decides to'],
      ['heading', null, 'Annex'],
      ['heading', null, 'Convention on'],
      ['heading', null, 'Preamble'],
      ['annex', null, 'The States'],
      ['annex', 'Annex PP 1', 'Recognizing the'],
      ['annex', 'Annex PP 2', 'Determined to'],
      ['annex', null, 'Have agreed'],
      ['heading', null, 'Chapter I'],
      ['heading', null, 'General provisions'],
      ['heading', null, 'Article 1'],
      ['heading', null, 'Purpose'],
      ['annex', 'Art. 1', 'The purpose'],
      ['heading', null, 'Article 2'],
      ['heading', null, 'Use of'],
      ['annex', 'Art. 2', 'For the'],
      ['annex', 'Art. 2 (a)', '"Data" means'],
      ['annex', 'Art. 2 (b)', '"Party" means'],
      ['annex', 'Art. 2 (k)', '"Sharing" means'],
      ['heading', null, 'Article 5'],
      ['annex', 'Art. 5 (1)', 'States Parties'],
      ['annex', 'Art. 5 (2)', 'Each State'],
      ['annex', 'Art. 5 (2) (a)', 'To receive'],
      ['annex', 'Art. 5 (2) (b)', 'To answer'],
      ['annex', 'Art. 5 (2) (cont.)', 'within thirty'],
      ['annex', 'Art. 5 (3)', 'Nothing in'],
    ]);
  });

  it('uses no label twice, though every article numbers its paragraphs from 1', () => {
    const labels = documentFromText(ANNEXED_CONVENTION, { path: 'convention.md' }).paragraphs.flatMap((p) => (p.label ? [p.label] : []));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('cites each part of a resolution in parts whose numbering starts again ("II OP 1"), and keeps one numbering across sections', () => {
    const inParts = 'The General Assembly,\n\nI\n\nBudget\n\nRecalling its resolution 77/1,\n\n1. Approves the budget;\n\n2. Decides to review it;\n\nII\n\nFunding\n\nRecalling its resolution 77/2,\n\n1. Takes note of the report.';
    expect(documentFromText(inParts, { path: 'parts.md' }).paragraphs.flatMap((p) => (p.label ? [p.label] : []))).toEqual([
      'I PP 1',
      'I OP 1',
      'I OP 2',
      'II PP 1',
      'II OP 1',
    ]);
    const sections = 'The General Assembly,\n\nRecalling its resolution 77/1,\n\nA. Budget\n\n1. Approves the budget;\n\nB. Funding\n\n2. Takes note of the report.';
    expect(documentFromText(sections, { path: 'sections.md' }).paragraphs.flatMap((p) => (p.label ? [p.label] : []))).toEqual(['PP 1', 'OP 1', 'OP 2']);
  });
});

describe('labelResolution on the annex of a real resolution (Oceans A/RES/79/144: terms of reference amended; session 14, defect 7)', () => {
  it.skipIf(!UN_SERIES_AVAILABLE)('cites the annex paragraphs by their place in the annex, its title and the sub-heading the PDF text joined to paragraph 8 as headings', async () => {
    const { paragraphs } = await loadAnyDocument(join(UN_SERIES, OCEANS, 'A_RES_79_144.txt'));
    const annex = paragraphs.slice(paragraphs.findIndex((paragraph) => paragraph.text === 'Annex'));
    expect(annex.map((p) => [p.role, p.label ?? null, p.text.slice(0, 40)])).toEqual([
      ['heading', null, 'Annex'],
      ['heading', null, 'Amendments to the terms of reference of '],
      ['annex', 'Annex opening ¶ 1', 'Amend paragraph 8 to read:'],
      ['heading', null, 'Independent panel'],
      ['annex', 'Annex 8', 'The Secretary-General, through the Divis'],
    ]);
    expect(annex[4].number).toBe('8.');
    expect(paragraphs.every((paragraph, index) => paragraph.index === index)).toBe(true);
  });

  it('splits a glued sub-heading only inside an annex, and only a short phrase before the number (near misses stay whole)', () => {
    const text = [
      'The General Assembly,',
      'Recalling its resolution 74/1,',
      'Independent panel 8. The panel meets once a year.',
      // An operative paragraph: without one the text is no resolution (trial 19-b D2), and nothing here is labelled.
      '1. Decides to adopt the terms of reference;',
      'Annex',
      'Terms of reference',
      'Independent panel 8. The panel meets once a year.',
      'Contributions to the Fund from all Member States and other donors in 2024 came to 12. The Fund thanks them.',
    ].join('\n\n');
    const { paragraphs } = documentFromText(text, { path: 'terms.md' });
    expect(paragraphs.map((p) => [p.role, p.label ?? null, p.text.slice(0, 24)])).toEqual([
      ['other', null, 'The General Assembly,'],
      ['preambular', 'PP 1', 'Recalling its resolution'],
      ['preambular', 'PP 2', 'Independent panel 8. The'],
      ['operative', 'OP 1', 'Decides to adopt the ter'],
      ['heading', null, 'Annex'],
      ['heading', null, 'Terms of reference'],
      ['heading', null, 'Independent panel'],
      ['annex', 'Annex 8', 'The panel meets once a y'],
      ['annex', 'Annex 8 (cont.)', 'Contributions to the Fun'],
    ]);
  });
});

describe('section headings of omnibus resolutions: a Roman numeral and a title too long for the ordinary heading test', () => {
  it.skipIf(!UN_SERIES_AVAILABLE)('reads "XII Regular Process for Global Reporting …" as a heading in the oceans resolutions 78/69, 79/144 and 80/110', async () => {
    for (const file of ['A_RES_78_69.txt', 'A_RES_79_144.txt', 'A_RES_80_110.txt']) {
      const { paragraphs } = await loadAnyDocument(join(UN_SERIES, OCEANS, file));
      const sections = paragraphs.filter((paragraph) => /^[IVX]+ \p{Lu}/u.test(paragraph.text));
      const section = sections.find((paragraph) => paragraph.text.startsWith('XII Regular Process for Global Reporting'));
      expect([file, section?.role, section?.heading, section?.label]).toEqual([file, 'heading', true, null]);
      // Every section of the omnibus text is a heading, and none has a label.
      expect(sections.map((paragraph) => [paragraph.role, paragraph.label])).toEqual(sections.map(() => ['heading', null]));
      expect(sections.length).toBeGreaterThanOrEqual(15);
    }
  });

  it('reads a long Roman-numbered title as a heading, but not a numeral before a sentence or a line ending in punctuation', () => {
    const text = [
      'The General Assembly,',
      'I',
      'Implementation',
      '1. Decides to act;',
      'XII Regular Process for Global Reporting and Assessment of the State of the Marine Environment, including Socioeconomic Aspects',
      '2. Recalls its previous decisions regarding the Regular Process;',
      'VII Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related intolerance',
      'IV Decides to consider at its eighty-first session the question of the Regular Process for Global Reporting and Assessment',
      'V Group of Independent Eminent Experts on the Implementation of the Durban Declaration and Programme of Action, including,',
      'IIII Regular Process for Global Reporting and Assessment of the State of the Marine Environment, including Socioeconomic Aspects',
    ].join('\n\n');
    const { paragraphs } = documentFromText(text, { path: 'r.md' });
    expect(paragraphs.slice(4).map((paragraph) => [paragraph.text.slice(0, 12), paragraph.role])).toEqual([
      ['XII Regular ', 'heading'],
      ['Recalls its ', 'operative'],
      ['VII Special ', 'heading'],
      ['IV Decides t', 'other'],
      ['V Group of I', 'other'],
      ['IIII Regular', 'other'],
    ]);
  });
});

// Trial 19-b D2: Uganda's 2024 General Debate statement opens "The President of the General Assembly," and was labelled
// as a resolution: "formula", "PP 1" for "Excellencies, Heads of State and Government,", "PP 3" for "Mr. President,",
// 77 PPs and OP 1 to OP 5. An enacting formula is not enough: the text must read as a resolution, or name its symbol.
describe('labelResolution: a formula alone does not make a resolution', () => {
  const SPEECH = ['The President of the General Assembly,', 'Excellencies, Heads of State and Government,', 'Mr. President,', 'I bring you greetings from the people of Uganda.', '1. Acceleration of the implementation of the 2030 Agenda.', '2. Reform of the Security Council.'].join('\n\n');

  it('leaves a speech that opens with an address unlabelled (its paragraphs are then ¶ 1, ¶ 2 …)', () => {
    const { paragraphs } = documentFromText(SPEECH, { path: 'speech.txt' });
    expect(paragraphs.map((p) => [p.role, p.label])).toEqual(paragraphs.map(() => [undefined, undefined]));
  });

  it('labels a decision without a preamble by its numbered operative paragraphs, and any text whose front matter names a symbol', () => {
    const decision = documentFromText('The General Assembly,\n\n1. Decides to include the item in its provisional agenda;\n\n2. Requests a report.', { path: 'd.txt' });
    expect(decision.paragraphs.map((p) => p.label)).toEqual([null, 'OP 1', 'OP 2']);
    // Only preambular openers, no operative verb: no resolution form.
    expect(documentFromText('The Heads of State,\n\nRecalling the summit,\n\nNoting the report,', { path: 'n.txt' }).paragraphs.every((p) => p.role === undefined)).toBe(true);
    const named = documentFromText(`---\nsymbol: A/RES/79/1\n---\n${SPEECH}`, { path: 's.txt' });
    expect(named.paragraphs.map((p) => p.label).slice(0, 3)).toEqual([null, 'PP 1', 'PP 2']);
  });
});

describe.skipIf(!HAS_SHARED)(`labelResolution on the General Debate speeches that open with an address${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  // The four of ../shared/data/ungdc whose text has a line "The President of the General Assembly," (grep), and Fiji's
  // "The President of the United Nations General Assembly,": the two that matched the formula were labelled PP/OP.
  const SPEECHES = ['UGA/UGA_2024_S79.txt', 'PHL/PHL_2018_S73.txt', 'JAM/JAM_2018_S73.txt', 'NRU/NRU_2019_S74.txt', 'FJI/FJI_2024_S79.txt'];
  it.each(SPEECHES)('%s has no PP, OP or formula: ¶ labels only', async (file) => {
    const document = await loadAnyDocument(join(SHARED_DATA, 'ungdc', file));
    expect(document.paragraphs.filter((p) => p.role !== undefined || p.label !== undefined)).toEqual([]);
  });
});
