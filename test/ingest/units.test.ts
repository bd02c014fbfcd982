import { describe, expect, it } from 'vitest';
import { segmentParagraphs, splitSentences } from '../../src/ingest/segment.js';

const SHORT_LINES = 'apples and pears\n\nbananas\n\ncherries, if in season\n\nand dates';

describe('segmentParagraphs units', () => {
  it('keeps one unit per line with unit "line"', () => {
    expect(segmentParagraphs('first item\nsecond item\n\n- third item\nfourth', 0, { unit: 'line' }).map((p) => [p.number, p.text])).toEqual([
      [null, 'first item'],
      [null, 'second item'],
      ['-', 'third item'],
      [null, 'fourth'],
    ]);
  });

  it('no longer joins short blank-separated lines that start in lowercase in paragraph mode', () => {
    expect(segmentParagraphs(SHORT_LINES).map((p) => p.text)).toEqual(['apples and pears', 'bananas', 'cherries, if in season', 'and dates']);
  });

  it('still joins a long line that a blank line cut mid-sentence', () => {
    const text = 'The Working Group recommended that States continue to exchange views at regular intervals on the\n\nthreats to critical infrastructure.';
    expect(segmentParagraphs(text).map((p) => p.text)).toEqual([
      'The Working Group recommended that States continue to exchange views at regular intervals on the threats to critical infrastructure.',
    ]);
  });

  it('cuts paragraphs into sentences with unit "sentence", not at abbreviations or initials', () => {
    const paragraphs = segmentParagraphs('1. States met in New York, e.g. at U.N. Headquarters. They agreed. See para. 4 of the report.\n\nNext one.', 0, { unit: 'sentence' });
    expect(paragraphs.map((p) => [p.number, p.text])).toEqual([
      ['1.', 'States met in New York, e.g. at U.N. Headquarters.'],
      [null, 'They agreed.'],
      [null, 'See para. 4 of the report.'],
      [null, 'Next one.'],
    ]);
    expect(paragraphs.map((p) => p.index)).toEqual([0, 1, 2, 3]);
  });

  it('splitSentences gives each sentence its position', () => {
    expect(splitSentences('One. Two! “Three?” Four')).toEqual([
      { text: 'One.', at: 0 },
      { text: 'Two!', at: 5 },
      { text: '“Three?”', at: 10 },
      { text: 'Four', at: 19 },
    ]);
  });

  it('gives back the blocks of a converter that decided the paragraphs', () => {
    const text = 'The General Assembly,\n\nof the rest\n\nNoting the report';
    expect(segmentParagraphs(text, 0, { blocksAreParagraphs: true }).map((p) => p.text)).toEqual(['The General Assembly,', 'of the rest', 'Noting the report']);
  });
});
