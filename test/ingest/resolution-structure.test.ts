import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/ingest/load-document.js';
import { markGluedFootnotes, joinLineEnd } from '../../src/ingest/un-document.js';

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
      ['preambular', 'PP1'],
      ['preambular', 'PP2'],
      ['operative', 'OP1'],
      ['operative', 'OP2'],
      ['sub-paragraph', 'OP2 (a)'],
      ['sub-paragraph', 'OP2 (a) (i)'],
      ['sub-paragraph', 'OP2 (b)'],
      ['operative', 'OP3'],
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
