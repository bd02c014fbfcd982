import { describe, expect, it } from 'vitest';
import { inertText, renderText } from '../../src/report/text.js';
import { relatedResult, sampleResult } from './helpers.js';
import { compareDocuments, buildResult } from '../../src/pipeline.js';
import { resolveOptions } from '../../src/options.js';
import { documentOf } from '../helpers/build-documents.js';

describe('renderText', () => {
  it('names each document by its symbol first, so a draft and its revision (same title, same date) are told apart', () => {
    const result = sampleResult();
    result.documents[0] = { ...result.documents[0], symbol: 'A/C.1/80/L.9' };
    result.documents[1] = { ...result.documents[1], symbol: 'A/C.1/80/L.9/Rev.1' };
    const lines = renderText(result, { color: false }).split('\n');
    expect(lines[1]).toBe('  left  (older): A/C.1/80/L.9 · Joint Statement (draft) (2024-10-01)  fixtures/older.txt');
    expect(lines[2]).toBe('  right (newer): A/C.1/80/L.9/Rev.1 · Joint Statement (adopted) (2024-11-10)  fixtures/newer.txt');
    // A text without a symbol keeps its title and date alone.
    expect(renderText(sampleResult(), { color: false }).split('\n')[1]).toBe('  left  (older): Joint Statement (draft) (2024-10-01)  fixtures/older.txt');
  });

  it('never writes a control character from a document to the terminal: only its own colours', () => {
    const options = resolveOptions();
    const left = documentOf(['We welcome the decision.', 'The Committee will meet.'], 'old\x1b[31m.txt');
    const right = documentOf(['We welcome the decision.', 'The Committee \x1b]0;pwned\x07 will \x1b[2J meet \u009b soon.', 'A new \x1bc paragraph.'], 'new.txt');
    const { comparison, warnings } = compareDocuments(left, right, options);
    const result = buildResult([left, right], [comparison], options, warnings);
    const plain = renderText(result, { color: false });
    expect(plain).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    // (The `[` of `ESC [2J` opens a bracket, so the segmenter joins the next block: negotiation text stays whole.)
    // The text's own brackets are written with a backslash in a word diff (session 13), an escape's `[` and `]` too.
    expect(plain).toContain('The Committee {+␛\\]0;pwned␇ +}will {+␛\\[2J +}meet[-.-]{+ \\u{9b} soon. A new ␛c paragraph.+}');
    expect(plain).toContain('old␛[31m.txt');
    const coloured = renderText(result, { color: true });
    // With colour on, every escape is one of the report's own SGR codes.
    expect(coloured.replace(/\x1b\[\d+m/g, '')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('leaves ordinary text, line feeds and tabs alone', () => {
    expect(inertText('We welcome «the» decision —\n\tand note it.')).toBe('We welcome «the» decision —\n\tand note it.');
  });

  it('writes one line per related link, after the findings', () => {
    const lines = renderText(relatedResult(), { color: false }).split('\n');
    const related = lines.filter((line) => line.startsWith('[related]'));
    expect(related).toEqual(['[related] left ¶ 2, dropped: related to newer ¶ 2, 4 (59% of its content; shared: parties, 2035, phasing, unabated, coal, power, …)']);
    expect(lines.indexOf(related[0])).toBeGreaterThan(lines.findIndex((line) => line.startsWith('[new] right ¶ 4')));
  });

  it('writes no related line when the comparison has none', () => {
    expect(renderText(sampleResult(), { color: false })).not.toContain('[related]');
  });
});

describe('inlineDiff: the text\'s own brackets apart from the markers (session 13)', () => {
  it('writes a bracket or brace of the text with a backslash, so [- -] and {+ +} are only redline\'s', async () => {
    const { inlineDiff } = await import('../../src/report/text.js');
    const parts = [
      { op: 'equal' as const, text: 'a universal ' },
      { op: 'delete' as const, text: '[legally' },
      { op: 'insert' as const, text: 'legal' },
      { op: 'equal' as const, text: ' binding' },
      { op: 'delete' as const, text: '] instrument on ' },
      { op: 'insert' as const, text: ' framework in the field of ' },
      { op: 'equal' as const, text: 'security' },
    ];
    // Before: `[-[legally-]{+legal+} binding[-] instrument on -]`.
    expect(inlineDiff(parts, (_style, text) => text)).toBe('a universal [-\\[legally-]{+legal+} binding[-\\] instrument on -]{+ framework in the field of +}security');
    expect(inlineDiff([{ op: 'delete', text: 'old' }, { op: 'insert', text: 'new' }], (_style, text) => text)).toBe('[-old-]{+new+}');
  });
});
