import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { growthRatio } from '../helpers/growth.js';
import { segmentParagraphs, stripEmphasis, stripLabel } from '../../src/ingest/segment.js';
import { SEED } from '../helpers/paths.js';

const texts = (source: string) => segmentParagraphs(source).map((paragraph) => paragraph.text);

describe('segmentParagraphs', () => {
  it('joins hard-wrapped lines and starts a paragraph after a short sentence-final line', () => {
    const source = [
      'The Committee will continue to monitor the economic outlook and financial',
      'developments and is prepared to provide additional accommodation if needed to',
      'support the economic recovery.',
      'Voting for the action were: Ben S. Bernanke, Chairman; William C. Dudley, Vice',
      'Chairman; James Bullard.',
    ].join('\n');
    expect(texts(source)).toEqual([
      'The Committee will continue to monitor the economic outlook and financial developments and is prepared to provide additional accommodation if needed to support the economic recovery.',
      'Voting for the action were: Ben S. Bernanke, Chairman; William C. Dudley, Vice Chairman; James Bullard.',
    ]);
  });

  it('keeps paragraph labels apart so renumbering is not a change', () => {
    const paragraphs = segmentParagraphs('12. States should cooperate.\n\n(a) Exchange information;\n\n(iv) Assist each other.\n\n• A bullet.');
    expect(paragraphs.map((p) => [p.number, p.text])).toEqual([
      ['12.', 'States should cooperate.'],
      ['(a)', 'Exchange information;'],
      ['(iv)', 'Assist each other.'],
      ['•', 'A bullet.'],
    ]);
  });

  it('splits numbered items that follow each other without blank lines', () => {
    const paragraphs = segmentParagraphs('1. First point, which is long enough to matter here.\n2. Second point.\n3. Third point.');
    expect(paragraphs.map((p) => p.number)).toEqual(['1.', '2.', '3.']);
  });

  it('marks Markdown, bold and short unpunctuated lines as headings', () => {
    const paragraphs = segmentParagraphs('# Preamble\n\n**Joint Statement of the\nMinisters**\n\nA. Overview\n\nThe text of the paragraph.');
    expect(paragraphs.map((p) => [p.heading, p.number, p.text])).toEqual([
      [true, null, 'Preamble'],
      [true, null, 'Joint Statement of the Ministers'],
      [true, 'A.', 'Overview'],
      [false, null, 'The text of the paragraph.'],
    ]);
  });

  it('joins a block that ends mid-sentence with the next block', () => {
    const paragraphs = segmentParagraphs('We welcome a mechanism reporting to the First Committee of\n\nUNGA, as well as the agreement on its parameters.\n\nNext paragraph.');
    expect(paragraphs.map((p) => p.text)).toEqual([
      'We welcome a mechanism reporting to the First Committee of UNGA, as well as the agreement on its parameters.',
      'Next paragraph.',
    ]);
  });

  it('keeps bracketed negotiation text intact across a blank line', () => {
    const paragraphs = segmentParagraphs('States [shall\n\nshould] cooperate.\n\nOther.');
    expect(paragraphs.map((p) => p.text)).toEqual(['States [shall should] cooperate.', 'Other.']);
  });

  it('does not join a preambular paragraph ending in a comma with the next', () => {
    expect(texts('Recalling its resolution 74/247,\n\nWe advocate for cooperation.')).toEqual(['Recalling its resolution 74/247,', 'We advocate for cooperation.']);
  });

  it('reads the seed into 21 paragraphs, the broken block rejoined, offsets pointing at the source', () => {
    const source = readFileSync(SEED, 'utf8');
    const paragraphs = segmentParagraphs(source);
    expect(paragraphs).toHaveLength(21);
    expect(paragraphs[0].heading).toBe(true);
    expect(paragraphs[1].text).toBe('11-11-2024');
    const joined = paragraphs.find((p) => p.text.includes('reporting to the First Committee of UNGA, as well as'));
    expect(joined?.text.endsWith('during the 79th session of the UN General Assembly.')).toBe(true);
    for (const paragraph of paragraphs) {
      const slice = source.slice(paragraph.start, paragraph.end).replace(/\s+/g, ' ');
      // Markdown emphasis (`**title**`, `*inter alia*`) is dropped from the text, not from the source.
      expect(stripEmphasis(slice.replace(/\*\*/g, ''))).toBe((paragraph.number ? `${paragraph.number} ` : '') + paragraph.text);
    }
  });
});

describe('stripLabel', () => {
  it('does not take a sentence for a label', () => {
    expect(stripLabel('In 2024 we met.')).toEqual({ number: null, text: 'In 2024 we met.' });
    expect(stripLabel('1.2 Scope of the strategy')).toEqual({ number: '1.2', text: 'Scope of the strategy' });
  });
});

describe('segmentParagraphs on wrapped cross-references', () => {
  it('does not take a sentence cut at "the" for a heading, nor "II. of the report" for a list item', () => {
    const source = 'The Committee, noting that e.g. the\nU.S. delegation objected to the proposal made at the meeting,\nnotes in particular section\nII. of the report on existing threats.';
    const paragraphs = segmentParagraphs(source);
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]).toMatchObject({ heading: false, number: null });
    expect(paragraphs[0].text.endsWith('notes in particular section II. of the report on existing threats.')).toBe(true);
  });

  it('keeps unpunctuated bullet items apart', () => {
    expect(segmentParagraphs('• first thing\n• second thing').map((p) => p.text)).toEqual(['first thing', 'second thing']);
  });
});

describe('segmentParagraphs on hostile input', () => {
  it('splits paragraph labels from 1000 up, but not a year opening a wrapped line', () => {
    const paragraphs = segmentParagraphs('999. States agreed.\n1000. States disagreed.\n2150. States met.\n\nThe Group was established in\n2015. It met twice.\n');
    expect(paragraphs.map((paragraph) => [paragraph.number, paragraph.text])).toEqual([
      ['999.', 'States agreed.'],
      ['1000.', 'States disagreed.'],
      ['2150.', 'States met.'],
      [null, 'The Group was established in 2015. It met twice.'],
    ]);
  });

  it('joins one hard-wrapped paragraph in time linear in its length', async () => {
    const wrapped = (lines: number): string => 'the quick brown fox jumps over a lazy dog and runs fast\n'.repeat(lines) + '\nEnd.\n';
    const texts = new Map([2000, 8000].map((lines) => [lines, wrapped(lines)]));
    expect(segmentParagraphs(texts.get(2000)!)[0].text.length).toBe(2000 * 56 - 1);
    const ratio = await growthRatio((lines) => segmentParagraphs(texts.get(lines)!), 2000);
    expect(ratio).toBeLessThan(8); // was quadratic: 400 KB / 800 KB / 5 MB took 8 s / 27 s / 7 min
  });

  it('reads a paragraph continued over thousands of blocks in linear time', async () => {
    // Every block is a long line (a wrapped sentence, not a list item) ending on "of", so each continues the one before.
    const continued = (blocks: number): string => 'Opening words of a sentence that runs on and on and on of\n\n' + 'and then more words in a line long enough to be prose of\n\n'.repeat(blocks);
    const texts = new Map([2000, 8000].map((blocks) => [blocks, continued(blocks)]));
    expect(segmentParagraphs(texts.get(2000)!)).toHaveLength(1);
    const ratio = await growthRatio((blocks) => segmentParagraphs(texts.get(blocks)!), 2000);
    expect(ratio).toBeLessThan(8);
  });

  it('tests the end of a line of 100,000 letters in linear time (no regex backtracking over the run)', async () => {
    const run = (letters: number): string => `${'a'.repeat(letters)}1\nNext line\n`;
    const texts = new Map([25_000, 100_000].map((letters) => [letters, run(letters)]));
    const ratio = await growthRatio((letters) => segmentParagraphs(texts.get(letters)!), 25_000);
    expect(ratio).toBeLessThan(8); // /([A-Za-z]+)$/ took 1.6 s on 40,000 letters, quadratic
  });

  it('segments a block of 200,000 list items without overflowing the stack', () => {
    const items = Array.from({ length: 200_000 }, (_, i) => `${(i % 999) + 1}. Item.`).join('\n');
    expect(segmentParagraphs(items)).toHaveLength(200_000);
  });
});

describe('stripEmphasis: Markdown emphasis dropped as the bold title\'s ** is (session 13)', () => {
  it('reads the seed\'s ¶ 19 "*inter alia*" without its asterisks (before: kept in every output)', () => {
    const paragraphs = segmentParagraphs(readFileSync(SEED, 'utf8'));
    const meetings = paragraphs.find((paragraph) => paragraph.text.includes('permanent nature of such meetings'))!;
    expect(meetings.text).toContain('meetings, inter alia, aligned to');
    expect(paragraphs.some((paragraph) => paragraph.text.includes('*'))).toBe(false);
  });

  it('drops *x*, _x_, **x** and __x__ around words, but not a bare *, a product, a barcode or snake_case', () => {
    expect(texts('We act, *inter alia*, and _in fine_ **now** (*see*).')).toEqual(['We act, inter alia, and in fine now (see).']);
    expect(texts('Member States* and observers* met; 2 * 3 * 4 is 24; *2521259* is a barcode; see file_name_x.')).toEqual([
      'Member States* and observers* met; 2 * 3 * 4 is 24; *2521259* is a barcode; see file_name_x.',
    ]);
  });
});
