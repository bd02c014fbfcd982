/**
 * Whether a phrase two paragraphs share is language or only a name. The lineage's `partial` rule takes a shared phrase
 * of `LINEAGE_PARTIAL_RUN` words as evidence that a paragraph carries an earlier one's wording; a proper name that long
 * (a treaty's or a conference's title) is not: trial 17-c D2, Russia 2019 ¶ 16 (announcing a draft resolution on arms
 * control) "traced" to 2009 ¶ 14 (the 2010 NPT Review Conference) through "the Review Conference of the Parties to the
 * Treaty on the Non-Proliferation of Nuclear Weapons" alone, while 2019 ¶ 8 ← 2018 ¶ 16 shares "the Chemical Weapons
 * Convention and the exclusive prerogatives of the Security Council", two names joined by language of its own.
 */

/** Function words: neither a name's nor language's content. */
const FUNCTION_WORDS = new Set(
  'a an the of to and or nor by in on for with at as from into onto upon its their his her our your my this these those such all any each that which who whom whose it be is are was were been has have had will would shall should may might can could also further not no'.split(' '),
);

/** Least number of content words written in lower case (not part of a name) the shared phrases must hold to be language. */
export const PLAIN_CONTENT_WORDS = 2;
/** Fewest words in a row two texts must share for the run to count as a shared phrase. */
export const SHARED_PHRASE_WORDS = 4;

/** The words of a text as written: letters and digits, an apostrophe's tail kept with its word, hyphens splitting. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu) ?? [];
}

/** A content word written in lower case: not a function word, not capitalised (a name's word), not a number. */
function isPlain(word: string): boolean {
  return /^\p{Ll}/u.test(word) && !FUNCTION_WORDS.has(word);
}

/**
 * True when the phrases `text` and `source` share word for word (case folded, SHARED_PHRASE_WORDS words or more) hold
 * at least PLAIN_CONTENT_WORDS content words `text` writes in lower case: language carried, not only names or titles
 * (whose content words are capitalised). The words are counted on the text as written, so a run the scorer measures on
 * its folded words ("securing National cyberspace" against "securing cyberspace") still counts by its pieces.
 */
export function sharesLanguage(text: string, source: string): boolean {
  const x = words(text);
  const y = words(source).map((word) => word.toLowerCase());
  const lower = x.map((word) => word.toLowerCase());
  let plain = 0;
  let previous = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const current = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (lower[i - 1] !== y[j - 1]) continue;
      current[j] = previous[j - 1] + 1;
      // A run ending here (the next words differ or a text ends) is counted whole, once.
      const ends = i === x.length || j === y.length || lower[i] !== y[j];
      if (ends && current[j] >= SHARED_PHRASE_WORDS) plain += x.slice(i - current[j], i).filter(isPlain).length;
      if (plain >= PLAIN_CONTENT_WORDS) return true;
    }
    previous = current;
  }
  return false;
}
