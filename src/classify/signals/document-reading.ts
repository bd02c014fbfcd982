import type { Lexicons } from './lexicon.js';

/** Whether a document (its paragraph texts) mentions a key anywhere, under one set of lexicons. */
export type DocumentMentions = (paragraphs: readonly string[], key: string, lexicons: Lexicons) => boolean;

/**
 * A question "does this document mention K anywhere?" answered by reading it paragraph by paragraph only as far as
 * needed, never a paragraph twice in one comparison (the reading so far is kept, by the paragraph array and the
 * lexicons, for the next question). Reading all 6,000 paragraphs of bench:speed's 3,000-paragraph pair for every topic
 * question was 6 % of its report; the keys asked about are mostly found in the first paragraphs. `mentionsOf` gives a
 * paragraph's keys (topics, canonical references).
 */
export function documentMentions(mentionsOf: (text: string, lexicons: Lexicons) => Iterable<string>): DocumentMentions {
  const readings = new WeakMap<readonly string[], WeakMap<Lexicons, { read: number; keys: Set<string> }>>();
  return (paragraphs, key, lexicons) => {
    const byLexicons = readings.get(paragraphs) ?? new WeakMap<Lexicons, { read: number; keys: Set<string> }>();
    readings.set(paragraphs, byLexicons);
    const reading = byLexicons.get(lexicons) ?? { read: 0, keys: new Set<string>() };
    byLexicons.set(lexicons, reading);
    while (!reading.keys.has(key) && reading.read < paragraphs.length) {
      for (const mention of mentionsOf(paragraphs[reading.read++], lexicons)) reading.keys.add(mention);
    }
    return reading.keys.has(key);
  };
}
