import type { Lexicons } from './lexicon.js';

/** Whether a document (its paragraph texts) mentions a key anywhere, under one set of lexicons. */
export type DocumentMentions = (paragraphs: readonly string[], key: string, lexicons: Lexicons) => boolean;

/**
 * A test every paragraph mentioning a key passes (it holds a reference's numbers as written: `75/240` for "resolution
 * 75/240"), cheaper than reading the paragraph's mentions; null when none is known for that key: then the document is
 * read in order.
 */
export type RequiredText = (key: string, lexicons: Lexicons) => ((text: string) => boolean) | null;

interface Reading {
  /** Paragraphs read in order so far. */
  read: number;
  /** The keys of those paragraphs, and keys found further on by their required text. */
  keys: Set<string>;
  /** Keys asked by their required text and mentioned by no paragraph. */
  absent: Set<string>;
}

/**
 * A question "does this document mention K anywhere?" answered by reading it paragraph by paragraph only as far as
 * needed, never a paragraph twice in one comparison (the reading so far is kept, by the paragraph array and the
 * lexicons, for the next question). Reading all 6,000 paragraphs of bench:speed's 3,000-paragraph pair for every topic
 * question was 6 % of its report; the keys asked about are mostly found in the first paragraphs. `mentionsOf` gives a
 * paragraph's keys (topics, canonical references). With `required`, a key no paragraph read so far mentions is looked
 * for only in the unread paragraphs that pass its test: a reference added to a paragraph is mostly one the
 * older document never cites, and reading all of it for each (the reference lexicon over 10,000 paragraphs) was 0.6 s
 * of bench:speed's 10,000-paragraph report (issue 21 session 15). The answer is the same: a paragraph that fails the
 * test cannot mention the key.
 */
export function documentMentions(mentionsOf: (text: string, lexicons: Lexicons) => Iterable<string>, required?: RequiredText): DocumentMentions {
  const readings = new WeakMap<readonly string[], WeakMap<Lexicons, Reading>>();
  return (paragraphs, key, lexicons) => {
    const byLexicons = readings.get(paragraphs) ?? new WeakMap<Lexicons, Reading>();
    readings.set(paragraphs, byLexicons);
    const reading = byLexicons.get(lexicons) ?? { read: 0, keys: new Set<string>(), absent: new Set<string>() };
    byLexicons.set(lexicons, reading);
    if (reading.keys.has(key)) return true;
    if (reading.absent.has(key)) return false;
    const holds = reading.read < paragraphs.length ? (required?.(key, lexicons) ?? null) : null;
    if (holds !== null) {
      for (let i = reading.read; i < paragraphs.length; i++) {
        const text = paragraphs[i];
        if (!holds(text)) continue;
        for (const mention of mentionsOf(text, lexicons)) {
          if (mention !== key) continue;
          reading.keys.add(key);
          return true;
        }
      }
      reading.absent.add(key);
      return false;
    }
    while (!reading.keys.has(key) && reading.read < paragraphs.length) {
      for (const mention of mentionsOf(paragraphs[reading.read++], lexicons)) reading.keys.add(mention);
    }
    return reading.keys.has(key);
  };
}
