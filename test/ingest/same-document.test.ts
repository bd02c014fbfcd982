import { describe, expect, it } from 'vitest';
import { isSameDocument, preferredCopy, whyKept, wordingShare } from '../../src/ingest/same-document.js';

const para = (text: string) => ({ text });
const OP3 = 'Welcomes the Treaty programme of work and further takes note with appreciation of the revision of the Treaty programme of work, on a trial basis for one year.';
const OP4 = 'Welcomes the Treaty programme of work and further takes note of the revision of the Treaty programme of work and the extension of the trial period.';

describe('two inputs that are one document', () => {
  const pdf = { path: 'att/A_RES_78_48.pdf', sha256: 'a', symbol: 'A/RES/78/48', date: '2023-12-04' };
  const txt = { path: 'att/A_RES_78_48.txt', sha256: 'b', symbol: 'A/RES/78/48', date: '2023-12-04' };

  it('are the same bytes, or the same symbol, full date and wording (95 % of word 3-shingles)', () => {
    expect(isSameDocument(pdf, txt, () => 1)).toBe(true);
    expect(isSameDocument(pdf, txt, () => 0.95)).toBe(true);
    // Two sessions of one resolution share 86 % (ATT 78/48 → 79/52): not copies even under one symbol and date.
    expect(isSameDocument(pdf, txt, () => 0.86)).toBe(false);
    expect(isSameDocument(pdf, { ...txt, symbol: 'A/RES/79/52' }, () => 1)).toBe(false);
    expect(isSameDocument(pdf, { ...txt, date: '2024-12-02' }, () => 1)).toBe(false);
    // A reissue's star and case do not count; a year alone says too little.
    expect(isSameDocument(pdf, { ...txt, symbol: 'a/res/78/48*' }, () => 1)).toBe(true);
    expect(isSameDocument({ ...pdf, date: '2023' }, { ...txt, date: '2023' }, () => 1)).toBe(false);
    // The same bytes under two names, whatever else was read.
    expect(isSameDocument({ ...pdf, sha256: 'x', date: null }, { ...txt, sha256: 'x', date: null }, () => 0)).toBe(true);
    // No symbol on either side (a statement as HTML and as text): the date and wording decide.
    expect(isSameDocument({ ...pdf, symbol: null }, { ...txt, symbol: undefined }, () => 0.99)).toBe(true);
  });

  it('keeps the PDF, then Word, HTML, Markdown, text; of one format the first given', () => {
    expect(preferredCopy([{ path: 'a.txt' }, { path: 'a.pdf' }])).toBe(1);
    expect(preferredCopy([{ path: 'a.md' }, { path: 'a.html' }, { path: 'a.docx' }])).toBe(2);
    expect(preferredCopy([{ path: 'b.txt' }, { path: 'a.txt' }])).toBe(0);
    expect(whyKept('a.pdf', ['a.txt'])).toBe('the PDF (the document as published)');
    expect(whyKept('b.txt', ['a.txt'])).toBe('the first given');
  });

  it('measures the wording as Dice of word 3-shingles', () => {
    expect(wordingShare([para(OP3)], [para(`${OP3}`)])).toBe(1);
    const share = wordingShare([para(OP3)], [para(OP4)]);
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.7);
  });
});
