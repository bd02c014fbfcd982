import { describe, expect, it } from 'vitest';
import { documentMentions } from '../../src/classify/signals/document-reading.js';
import { findReferences, referenceChanges, referenceRequiredText } from '../../src/classify/signals/references.js';
import { defaultLexicons, type Lexicons } from '../../src/classify/signals/lexicon.js';
import { sharedWording, shingles } from '../../src/classify/shared-wording.js';
import { isSpace } from '../../src/classify/classify.js';
import { surfaceForm } from '../../src/normalize/normalize.js';
import { movedFromAfter, movedFromPlaces } from '../../src/report/replacements.js';
import type { Finding } from '../../src/types.js';

// Issue 21 session 15: the whole-document reference question answered from the paragraphs that hold the key's text,
// shared wording hashed in place for ASCII paragraphs, the moved paragraphs' older places found by one search, and a few
// copies no longer made. Each shortcut against the way it stands in for, on inputs that must give different answers.

const mentions = (text: string, lexicons: Lexicons): string[] => findReferences(text, lexicons).map((mention) => mention.key);

const DOCUMENT = [
  'Recalling its resolution 75/240 of 31 December 2020 and Human Rights Council decision 18/120,',
  'Recalling also Security Council resolution 2231 (2015) and the report of the Secretary-General (A/79/214),',
  'Taking note of resolution GC(68)/RES/14 of the General Conference and of decision 1/CMA.4,',
  'Recalling Economic and Social Council resolution 2023/3, and articles 21 and 39 (2) of the Charter,',
  'Welcoming the entry into force of the Paris Agreement, and the Treaty on the Non-Proliferation of Nuclear Weapons,',
  'Stressing the importance of the 2030 Agenda for Sustainable Development,',
  'Noting that 75/241 is a number here, not a resolution, and that 2232 is no resolution either,',
];

const KEYS = [
  'resolution 75/240', 'resolution 75/241', 'decision 75/240', 'Human Rights Council decision 18/120', 'Human Rights Council decision 18/121',
  'resolution 2231 (2015)', 'resolution 2232 (2015)', 'resolution 2231 (2016)', 'A/79/214', 'A/79/215', 'GC(68)/RES/14', 'GC(68)/DEC/14',
  'decision 1/CMA.4', 'decision 1/CMA.5', 'resolution 2023/3', 'resolution 2023/4', 'Article 21', 'Article 39 (2)', 'Article 39', 'Article 40',
  'Paris Agreement', 'Treaty on the Non-Proliferation of Nuclear Weapons', 'Arms Trade Treaty', '2030 Agenda for Sustainable Development', 'something else',
];

describe('whole-document reference questions read only the paragraphs that hold the key', () => {
  const lexicons = defaultLexicons();
  const everyParagraph = (key: string): boolean => DOCUMENT.some((text) => mentions(text, lexicons).includes(key));

  it('gives the answer of reading every paragraph, for keys found and their twins that are not', () => {
    const expected = KEYS.map(everyParagraph);
    // Both answers occur: the twins differ from their keys by one number.
    expect(expected.filter(Boolean).length).toBeGreaterThan(8);
    expect(expected.filter((found) => !found).length).toBeGreaterThan(8);
    const inOrder = documentMentions(mentions);
    const byText = documentMentions(mentions, referenceRequiredText);
    expect(KEYS.map((key) => byText(DOCUMENT, key, lexicons))).toEqual(expected);
    expect(KEYS.map((key) => inOrder(DOCUMENT, key, lexicons))).toEqual(expected);
    // Asked again in another order, on a reading already started: the same answers.
    const mixed = documentMentions(mentions, referenceRequiredText);
    expect(mixed(DOCUMENT, 'Paris Agreement', lexicons)).toBe(true);
    expect([...KEYS].reverse().map((key) => mixed(DOCUMENT, key, lexicons))).toEqual([...expected].reverse());
  });

  it('keeps each document and each key apart', () => {
    const ask = documentMentions(mentions, referenceRequiredText);
    const other = ['Recalling its resolution 75/241,'];
    expect(ask(DOCUMENT, 'resolution 75/241', lexicons)).toBe(false);
    expect(ask(other, 'resolution 75/241', lexicons)).toBe(true);
    expect(ask(other, 'resolution 75/240', lexicons)).toBe(false);
    expect(ask(DOCUMENT, 'resolution 75/240', lexicons)).toBe(true);
  });

  it('finds an instrument however its words are cased, and refuses a key an instrument could be named', () => {
    const lower = ['welcoming the paris agreement and its implementation,'];
    expect(mentions(lower[0], lexicons)).toContain('Paris Agreement');
    expect(documentMentions(mentions, referenceRequiredText)(lower, 'Paris Agreement', lexicons)).toBe(true);
    expect(referenceRequiredText('Paris Agreement', lexicons)).not.toBeNull();
    expect(referenceRequiredText('resolution 75/240', lexicons)?.('resolution 75/240')).toBe(true);
    expect(referenceRequiredText('resolution 75/240', lexicons)?.('resolution 75/24')).toBe(false);
    // A user's instrument named like a resolution: read in order, not by the number.
    const named: Lexicons = { ...lexicons, references: [...lexicons.references, { name: 'resolution 75/240', terms: ['Framework Declaration'] }] };
    expect(referenceRequiredText('resolution 75/240', named)).toBeNull();
    expect(documentMentions(mentions, referenceRequiredText)(['Recalling the Framework Declaration,'], 'resolution 75/240', named)).toBe(true);
  });

  it('gives the signals of a reading of every paragraph', () => {
    const documents = { before: DOCUMENT.slice(0, 3), after: DOCUMENT.slice(3) };
    const signals = referenceChanges('Recalling resolution 75/240 and A/79/215,', 'Recalling resolution 2023/3 and resolution 2231 (2016),', lexicons, documents);
    expect(signals.map((signal) => signal.summary)).toEqual(['reference removed: resolution 75/240', 'reference removed: A/79/215', 'reference added: resolution 2023/3', 'reference added: resolution 2231 (2016)']);
    // The twins: a resolution the older document cites is not added, one the newer cites is not removed.
    const twins = referenceChanges('Recalling resolution 2023/3,', 'Recalling resolution 2231 (2015),', lexicons, documents);
    expect(twins.map((signal) => signal.summary)).toEqual([]);
  });
});

/** The shingles the general way (NFKC, lower case, runs of letters and digits), for every paragraph. */
function shinglesTheGeneralWay(paragraphs: readonly string[]): number[] {
  const hash = (word: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const combined = (hashes: number[]): number => {
    let h = Math.imul(0x811c9dc5 ^ hashes.length, 0x01000193);
    for (const value of hashes) h = Math.imul(h ^ value, 0x01000193);
    return h >>> 0;
  };
  const out = new Set<number>();
  for (const paragraph of paragraphs) {
    const hashes = (paragraph.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(hash);
    if (hashes.length === 0) continue;
    if (hashes.length < 3) out.add(combined(hashes));
    for (let i = 0; i + 3 <= hashes.length; i++) out.add(combined(hashes.slice(i, i + 3)));
  }
  return [...out].sort((a, b) => a - b);
}

describe('shared wording: ASCII paragraphs hashed in place', () => {
  it('gives the shingles of the general way, with the separators beyond ASCII and with letters beyond it', () => {
    let seed = 15;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pieces = ['a', 'B', 'z', 'Q', '0', '9', ' ', '  ', '\t', '\n', '-', "'", '.', ',', 'the', 'THE', 'Ab1', '\u00a0', '\u2010', '\u2011', '\u2013', '\u2014', '\u2018', '\u2019', '\u201c', '\u201d', '\u2026', 'é', 'e\u0301', 'ſ', 'ﬁ', 'Ⅻ', 'İ', 'K', '²', '\u2028'];
    for (let round = 0; round < 2000; round++) {
      const paragraphs = Array.from({ length: Math.floor(random() * 5) }, () => Array.from({ length: Math.floor(random() * 25) }, () => pieces[Math.floor(random() * pieces.length)]).join(''));
      expect([...shingles(paragraphs)]).toEqual(shinglesTheGeneralWay(paragraphs));
    }
  });

  it('parts words at each separator beyond ASCII as at a space, and joins nothing across one', () => {
    for (const separator of ['\u00a0', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2018', '\u2019', '\u201c', '\u201d', '\u2026']) {
      const text = `Member${separator}States call${separator}upon the parties`;
      expect([...shingles([text])]).toEqual(shinglesTheGeneralWay([text]));
      expect([...shingles([text])]).toEqual([...shingles(['Member States call upon the parties'])]);
    }
    // Different words, different shingles: the hash reads every letter.
    expect(sharedWording(['the parties shall meet'], ['the parties shall meet'])).toBe(1);
    expect(sharedWording(['the parties shall meet'], ['the parties shall mees'])).toBeLessThan(1);
    expect(sharedWording(['the parties shall meet'], ['the parties  shall\u2014meet'])).toBe(1);
  });
});

describe('word counts and white space', () => {
  it('reads white space as \\s does, code unit by code unit', () => {
    for (let code = 0; code < 0x10000; code++) expect(isSpace(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)));
  });

  it('unifies every white space of a surface, and keeps a text already unified', () => {
    expect(surfaceForm('one\ttwo  three\u2028four\u3000five\nsix\u00a0seven')).toBe('one two three four five six seven');
    expect(surfaceForm('one two three')).toBe('one two three');
    expect(surfaceForm('  one  ')).toBe('one');
  });
});

describe("a moved paragraph's older place", () => {
  it('is the place the scan of every finding gives', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 300; round++) {
      const findings = Array.from({ length: Math.floor(random() * 30) }, () => {
        const left = random() < 0.2 ? [] : Array.from({ length: 1 + Math.floor(random() * 2) }, () => Math.floor(random() * 40));
        return { left, right: [], moved: random() < 0.3 } as unknown as Finding;
      });
      const placeOf = movedFromPlaces(findings);
      for (let first = -1; first <= 41; first++) expect(placeOf(first)).toBe(movedFromAfter(findings, first));
    }
  });
});
