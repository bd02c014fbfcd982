import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, defaultLexicons, foldCase, loadLexicons } from '../../../src/classify/signals/lexicon.js';
import { findTopics } from '../../../src/classify/signals/topics.js';
import { findHedges } from '../../../src/classify/signals/hedges.js';
import { isRedlineError } from '../../../src/errors.js';

const folder = mkdtempSync(join(tmpdir(), 'redline-lexicon-'));
const file = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

describe('the built-in lexicons', () => {
  it('hold the 193 Member States and two observer States, every hedge with a strength, the topics of the issue', () => {
    const lexicons = defaultLexicons();
    expect(lexicons.actors.filter((entry) => entry.category === 'state')).toHaveLength(195);
    expect(lexicons.hedges.every((entry) => [1, 2, 3].includes(entry.strength ?? 0))).toBe(true);
    expect(lexicons.topics.map((entry) => entry.name)).toEqual(expect.arrayContaining([
      'international law and norms', 'cybercrime', 'capacity building', 'confidence-building measures', 'critical infrastructure',
      'artificial intelligence', 'data protection and privacy', 'sovereignty', 'internet governance', 'institutional mechanism', 'development',
    ]));
  });
});

describe('compileMatcher', () => {
  it('matches spaces and hyphens alike, acronyms in capitals only, and the longer of two overlapping terms', () => {
    const match = compileMatcher([
      { name: 'CBM', terms: ['confidence-building measure*', 'CBMs'] },
      { name: 'AI', terms: ['AI', 'artificial intelligence'] },
    ]);
    expect(match('confidence building measures, CBMs, cbms, AI and ai, plain').map((found) => found.text)).toEqual(['confidence building measures', 'CBMs', 'AI']);
  });

  it('finds a name before a possessive, a full stop or a glued footnote mark, and not inside a longer word', () => {
    const lexicons = defaultLexicons();
    const actors = compileMatcher(lexicons.actors, lexicons.actorsIgnore, (entry) => entry.category === 'state');
    const names = (text: string) => actors(text).map((found) => found.entry?.name ?? null);
    expect(names('Rwanda\u2019s position and Qatar\'s, as Japan.')).toEqual(['Rwanda', 'Qatar', 'Japan']);
    expect(names('the Secretary-General3 and the Chadian delegation')).toEqual(['Secretary-General']);
    expect(names('Chad, Niger and the river niger')).toEqual(['Chad', 'Niger']);
  });

  // The index (each run of letters looks up its few candidate terms) must give exactly what one alternation of every
  // term gives, on the built-in lexicons, for texts built from their terms, their pieces, marks and glued digits.
  it('gives the answer of one alternation of every term, on texts made of lexicon terms, pieces and marks', () => {
    const lexicons = defaultLexicons();
    const kinds = [
      { entries: lexicons.actors, ignore: lexicons.actorsIgnore, sensitive: (entry: { category?: string }) => entry.category === 'state' },
      { entries: lexicons.topics, ignore: lexicons.topicsIgnore, sensitive: () => false },
      { entries: lexicons.hedges, ignore: [], sensitive: () => false },
      { entries: lexicons.references, ignore: [], sensitive: () => false },
    ];
    const terms = kinds.flatMap((kind) => kind.entries.flatMap((entry) => entry.terms));
    const word = fc.oneof(
      fc.constantFrom(...terms).map((term) => term.replace(/\*/g, 's')),
      fc.constantFrom(...terms).map((term) => term.split(/\s+/)[0].replace(/\*/g, '').toUpperCase()),
      fc.constantFrom('the', 'of', 'and', 'States', 'UN80', 'A/RES/79/1', 'ab', '3', 'd\u2019', 'non-'),
    );
    const glue = fc.constantFrom(' ', ' ', ', ', '\u2019s ', "'s ", '. ', '-', '3 ', '/', '(', ') ', '\n');
    const text = fc.array(fc.tuple(word, glue), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    const pairs = kinds.map((kind) => [compileMatcher(kind.entries, kind.ignore, kind.sensitive), compileMatcher(kind.entries, kind.ignore, kind.sensitive, 'alternation')]);
    fc.assert(
      fc.property(text, (sample) => {
        for (const [indexed, alternation] of pairs) expect(indexed(sample)).toEqual(alternation(sample));
      }),
      { numRuns: 400, seed: 13 },
    );
  });
});

describe('the lexicon index against the alternation, on what the property test does not draw', () => {
  const both = (terms: string[], text: string) => {
    const entries = [{ name: 'x', terms }];
    const spans = (matcher: (text: string) => readonly { text: string; start: number }[]) => matcher(text).map((found) => `${found.text}@${found.start}`);
    return [spans(compileMatcher(entries)), spans(compileMatcher(entries, [], () => false, 'alternation'))];
  };

  it('finds a one-word term glued to a digit and letters, and a term ending in a hyphen before more dashes', () => {
    expect(both(['Agreement'], 'the Agreement3rd party, Agreement3')).toEqual([['Agreement@4', 'Agreement@24'], ['Agreement@4', 'Agreement@24']]);
    expect(both(['pre-'], 'pre- war, pre-- war')).toEqual([['pre-@0', 'pre--@10'], ['pre-@0', 'pre--@10']]);
  });

  it('folds case as the i flag does: long s, micro sign, final sigma', () => {
    expect(both(['statute'], '\u017ftatute')).toEqual([['\u017ftatute@0'], ['\u017ftatute@0']]);
    expect(both(['\u00b5g'], '\u03bcg')).toEqual([['\u03bcg@0'], ['\u03bcg@0']]);
    expect(both(['\u03b5\u03bb\u03bb\u03b1\u03c3'], '\u0395\u039b\u039b\u0391\u03a3')).toEqual([['\u0395\u039b\u039b\u0391\u03a3@0'], ['\u0395\u039b\u039b\u0391\u03a3@0']]);
  });

  // Every letter or digit that case-insensitive matching may equate with another, tried against all of them.
  it('foldCase folds alike every two letters an iu expression matches to each other', () => {
    const chars: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (/[\p{L}\p{N}]/u.test(character) && /\p{Cased}|\p{CWCF}|\p{CWCM}/u.test(character)) chars.push(character);
    }
    const all = chars.join('');
    const unlike: string[] = [];
    for (const character of chars) {
      for (const match of all.matchAll(new RegExp(character, 'giu'))) if (foldCase(match[0]) !== foldCase(character)) unlike.push(`${character}~${match[0]}`);
    }
    expect(chars.length).toBeGreaterThan(4000);
    expect(unlike).toEqual([]);
  });
});

describe('loadLexicons', () => {
  it('extends a topic with new terms and adds a new topic and a new hedge from a user file', () => {
    const user = file('space.yaml', 'topics:\n  - { name: outer space, terms: [outer space, space debris] }\n  - { name: cybercrime, terms: [ransomware] }\nhedges:\n  - { name: as a rule, strength: 1, terms: [as a rule] }\n');
    const lexicons = loadLexicons([user]);
    expect(findTopics('ransomware and space debris', lexicons).map((topic) => topic.topic)).toEqual(['cybercrime', 'outer space']);
    expect(findHedges('as a rule', lexicons).map((hedge) => hedge.name)).toEqual(['as a rule']);
    expect(findTopics('ransomware and space debris')).toEqual([]); // the built-in lexicons are untouched
  });

  it('refuses a file it cannot use with one line naming the file and what to fix', () => {
    const bad = file('bad.yaml', 'topic:\n  - { name: x, terms: [y] }\n');
    const thrown = (() => {
      try {
        loadLexicons([bad]);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(isRedlineError(thrown) && thrown.toLine()).toBe(`${bad}: unknown lexicon key "topic" (expected actors, hedges, topics, references, actors_ignore or topics_ignore). Fix the file to the shape of the built-in lexicons/*.yaml (docs/findings.md, "Lexicons").`);
    const noStrength = file('hedge.yaml', 'hedges:\n  - { name: maybe, terms: [maybe] }\n');
    expect(() => loadLexicons([noStrength])).toThrow('hedge "maybe" needs a strength of 1, 2 or 3');
  });
});
