import type { Warning } from '../types.js';

/**
 * A letter the text layer lost: a PDF whose font maps one lowercase letter to another glyph's code writes every word
 * that needs it misspelt ("major" → "maoor", "objectives" → "oboectives", "jobs" → "oobs" all through A/RES/80/135's
 * text layer, which has no lowercase "j" in 4,000 words), and each such word then reads as a change against the other
 * text. The repair cannot be made from the text alone (which letter stands in for the lost one is not known, and "maoor"
 * is no word only to a lexicon the reader has not got), so the reader says so instead (round 16): a lowercase letter
 * that a text of this length would use at least `EXPECTED_AT_LEAST` times in UN English, and that it never uses.
 *
 * The rates are each letter's share of the lowercase letters of the 210 recurring resolutions read in round 16; the
 * scarcest a text ever ran was a quarter of its rate ("w" in A/RES/78/193, "k" in A/RES/80/81). A letter expected eight
 * times and seen none is no accident of subject: A/RES/80/135 expects "j" 10 times; the texts that rightly lack a letter
 * expect it at most 5 times ("z" in the embargo resolutions' 2,700 letters, "j" in the Lomé centre's 7,300).
 */
const RATES: Readonly<Record<string, number>> = {
  a: 0.0814, b: 0.01086, c: 0.03673, d: 0.03546, e: 0.12464, f: 0.02413, g: 0.02089, h: 0.0347, i: 0.08567,
  j: 0.0005, k: 0.00268, l: 0.04159, m: 0.02574, n: 0.09454, o: 0.08227, p: 0.02249, q: 0.00096, r: 0.06146,
  s: 0.05848, t: 0.09845, u: 0.02429, v: 0.01141, w: 0.00688, x: 0.00166, y: 0.01042, z: 0.00172,
};

/** How often a letter must be expected in a text before its absence is read as the text layer's loss. */
const EXPECTED_AT_LEAST = 8;

/**
 * The lowercase letters a text's paragraphs never use though their length says they should (`EXPECTED_AT_LEAST`), with
 * how many letters the text has and how often each was expected. Ingest warns of them (`lostLetterWarnings`); classify
 * folds the letter written in their place (`classify/letter-fold.ts`).
 */
export function lostLetters(paragraphs: readonly string[]): { letters: number; lost: Array<{ letter: string; expected: number }> } {
  // Counted by UTF-16 code unit: a to z are single units and no surrogate half falls in their range, so this counts what
  // iterating the text's characters counts, without a string and a map update per letter (issue 21 session 18: 74 ms
  // of a 3,000-paragraph report, each text read once by ingest and once more per pair by `letterFoldOf`).
  const counts = new Uint32Array(26);
  let letters = 0;
  for (const paragraph of paragraphs)
    for (let i = 0; i < paragraph.length; i++) {
      const code = paragraph.charCodeAt(i) - 97;
      if (code >= 0 && code < 26) {
        counts[code]++;
        letters++;
      }
    }
  const lost: Array<{ letter: string; expected: number }> = [];
  for (const [letter, rate] of Object.entries(RATES)) {
    const expected = rate * letters;
    if (expected >= EXPECTED_AT_LEAST && counts[letter.charCodeAt(0) - 97] === 0) lost.push({ letter, expected });
  }
  return { letters, lost };
}

/** Warnings for the lowercase letters a text's paragraphs never use though their length says they should. */
export function lostLetterWarnings(paragraphs: readonly string[], path: string): Warning[] {
  const { letters, lost } = lostLetters(paragraphs);
  return lost.map(({ letter, expected }) => ({
    code: 'text-layer-lost-letter',
    message: `the text layer has no lowercase “${letter}” in ${letters.toLocaleString('en-US')} letters (about ${Math.round(expected)} expected): its font likely writes another letter in its place; a comparison reads the words that need it as the other text's when that text shows which letter stands in, and as changed otherwise`,
    file: path,
  }));
}
