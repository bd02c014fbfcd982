import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanPiece, hasLetterOrDigit, hasPieceMark, normalizeParagraph } from '../../src/normalize/normalize.js';

/** The regular expressions `englishTokens` used per token before issue 21 session 20, kept here as the reference. */
const referenceClean = (piece: string): string => (/\d/.test(piece) ? piece.replace(/,/g, '') : piece.replace(/[.']/g, ''));
const referenceLetterOrDigit = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

describe('englishTokens per-token helpers (issue 21 session 20)', () => {
  it('answers as /[\\p{L}\\p{N}]/u for every UTF-16 code unit, alone and after ASCII punctuation', () => {
    let letters = 0;
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code);
      expect(hasLetterOrDigit(unit)).toBe(referenceLetterOrDigit(unit));
      expect(hasLetterOrDigit(`'.${unit}`)).toBe(referenceLetterOrDigit(`'.${unit}`));
      if (referenceLetterOrDigit(unit)) letters++;
    }
    expect(letters).toBeGreaterThan(40_000); // the loop did reach the letters beyond ASCII
    expect(hasLetterOrDigit('\u{1D400}')).toBe(true); // a letter outside the BMP (a surrogate pair): the regular expression's answer
    expect(hasLetterOrDigit("'.,")).toBe(false);
  });

  it('cleans a piece as the two regular expressions did, on pieces of digits, commas, stops, apostrophes and letters (fast-check)', () => {
    const piece = fc.array(fc.constantFrom('1', '0', ',', '.', "'", 'a', 'é', 'Z', '-', '/', '²', ' '), { maxLength: 12 }).map((units) => units.join(''));
    fc.assert(
      fc.property(piece, (text) => {
        expect(cleanPiece(text)).toBe(referenceClean(text));
        expect(hasLetterOrDigit(text)).toBe(referenceLetterOrDigit(text));
        expect(hasPieceMark(text)).toBe(/[-/]/.test(text));
      }),
      { numRuns: 5000 },
    );
    expect(cleanPiece('1,000')).toBe('1000');
    expect(cleanPiece('u.s.')).toBe('us');
    expect(cleanPiece("member's")).toBe('members');
    expect(cleanPiece('3.5')).toBe('3.5'); // a number keeps its decimal point
  });

  it('normalizes a paragraph with one-piece and cut tokens as before (lemmas, spelling, numbers, compounds)', () => {
    const paragraph = normalizeParagraph('The U.S. organisations pledged $1,000 to e-mail services for small-island States in 2024/25.');
    expect(paragraph.tokens).toEqual(['the', 'us', 'organization', 'pledge', '1000', 'to', 'e', 'mail', 'service', 'for', 'small', 'island', 'state', 'in', '2024', '25']);
  });
});
