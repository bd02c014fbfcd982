import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { englishModelStatus, normalizeParagraph, releaseLanguageResources, surfaceForm } from '../../src/normalize/normalize.js';
import { createGlossaryFolder } from '../../src/normalize/glossary.js';

describe('normalizeParagraph', () => {
  it('lets go of the model and the memo when released, and normalizes the same after (the model loaded again)', () => {
    const text = 'The Committee decided to keep the target range for now.';
    const before = normalizeParagraph(text);
    const loads = englishModelStatus().loads;
    releaseLanguageResources();
    expect(englishModelStatus().loaded).toBe(false);
    const after = normalizeParagraph(text);
    expect(after).not.toBe(before); // the memo was cleared
    expect(after).toEqual(before);
    expect(englishModelStatus()).toEqual({ loaded: true, loads: loads + 1 });
  });

  it('normalizes a surface form once per process and hands out the same frozen result', () => {
    const text = 'The Committee “decided” to keep the target range — for now.';
    const first = normalizeParagraph(text);
    normalizeParagraph('An unrelated paragraph in between, about building bridges.');
    const typographicVariant = normalizeParagraph('The Committee "decided" to keep the target range - for now.');
    expect(typographicVariant).toBe(first);
    expect(first.folded).toBe('the committee decided to keep the target range for now');
    expect(first.tokens).toEqual(['the', 'committee', 'decide', 'to', 'keep', 'the', 'target', 'range', 'for', 'now']);
    expect(Object.isFrozen(first) && Object.isFrozen(first.tokens) && Object.isFrozen(first.content)).toBe(true);
  });

  it('folds case, punctuation, quote styles and British spelling to one form', () => {
    const british = normalizeParagraph('We welcome the “Organisations’” programme, in favour of harmonising.');
    const american = normalizeParagraph('we welcome the "organizations\'" program in favor of harmonizing');
    expect(british.folded).toBe(american.folded);
  });

  it('folds the field\'s abbreviations: ICTs, UN, OEWG, AI', () => {
    const long = normalizeParagraph('the use of information and communications technologies in the United Nations Open-Ended Working Group on artificial intelligence');
    const short = normalizeParagraph('the use of ICTs in the UN OEWG on AI');
    expect(long.folded).toBe(short.folded);
    expect(short.folded).toBe('the use of ict in the un oewg on ai');
  });

  it('splits hyphenated compounds so "State-led" and "State led" match', () => {
    expect(normalizeParagraph('a State-led process').folded).toBe(normalizeParagraph('a State led process').folded);
  });

  it('marks stop words so only content words carry the lexical score', () => {
    const paragraph = normalizeParagraph('We support the cooperation of States');
    expect(paragraph.content.map((index) => paragraph.tokens[index])).toEqual(['support', 'cooperation', 'state']);
  });

  it('reads non-English text through Intl.Segmenter without crashing', () => {
    const paragraph = normalizeParagraph('Мы приветствуем решение Рабочей группы открытого состава.');
    expect(paragraph.tokens).toEqual(['мы', 'приветствуем', 'решение', 'рабочей', 'группы', 'открытого', 'состава']);
  });
});

describe('surfaceForm', () => {
  it('unifies typography but keeps words and case', () => {
    expect(surfaceForm('“Russia–Africa”\u00a0 Summit…')).toBe('"Russia-Africa" Summit...');
  });
});

describe('foldGlossary', () => {
  it('prefers the longest phrase', () => {
    const tokenize = (text: string) => text.toLowerCase().split(/[\s-]+/).map((word) => ({ token: word, word, stop: false }));
    const fold = createGlossaryFolder(tokenize);
    const tokens = tokenize('un general assembly and un');
    expect(fold(tokens).map((entry) => entry.token)).toEqual(['unga', 'and', 'un']);
  });
});

// Issue 23: what PDF text layers do to a text that no reader sees (A/C.2/80/L.58 against A/RES/80/118).
describe('surfaceForm', () => {
  it('undoes letter-spaced words, spaces around the dash of a range, soft hyphens and hyphen characters', () => {
    expect(surfaceForm('for the period 2022– 2025')).toBe(surfaceForm('for the period 2022–2025'));
    expect(surfaceForm('for the period 2022 - 2025')).toBe('for the period 2022-2025');
    expect(surfaceForm('s e e k i n g solutions')).toBe('seeking solutions');
    expect(surfaceForm('develop\u00ADment and non\u2011State actors')).toBe('development and non-State actors');
    expect(surfaceForm('items (a) and (b)')).toBe('items (a) and (b)');
  });
});

describe('the glossary', () => {
  it('folds the 2030 Agenda named in full and short (issue 23: shortened from one session to the next)', () => {
    expect(normalizeParagraph('in accordance with the 2030 Agenda for Sustainable Development, and').folded).toBe(normalizeParagraph('in accordance with the 2030 Agenda, and').folded);
  });
});

describe('surfaceForm', () => {
  it('joins letters set one by one exactly as the full pattern does, with the cheap test first (fast-check)', () => {
    // The pattern applied to every text, as before the cheap test: the two must agree on any text.
    const reference = (text: string): string =>
      text
        .normalize('NFKC')
        .replace(/\u00AD/g, '')
        .replace(/[\u2010-\u2015\u2212]/g, '-')
        .replace(/\s+/g, ' ')
        .replace(/(?<=\d) ?- ?(?=\d)/g, '-')
        .replace(/(?<![\p{L}\p{N}])\p{L}(?: \p{L}){2,}(?![\p{L}\p{N}])/gu, (letters) => letters.replace(/ /g, ''))
        .trim();
    const pieces = fc.constantFrom('a', 'b', 'I', 'é', 'ab', '1', '2', ' ', ' ', '  ', '-', '\u2013', '.', 'x9');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        expect(surfaceForm(parts.join(''))).toBe(reference(parts.join('')));
      }),
      { numRuns: 2000 },
    );
    expect(surfaceForm('We are s e e k i n g peace, a b c and I a m here.')).toBe('We are seeking peace, abc and Iam here.');
  });
});
