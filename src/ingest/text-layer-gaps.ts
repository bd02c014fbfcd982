import type { Warning } from '../types.js';

/**
 * Gaps a PDF's text layer puts inside words and figures, mended the same way whichever extractor read the page (pdf.js
 * in `pdf.ts`, or `pdftotext`/PyMuPDF whose text `un-text.ts` reads), so a PDF and its extracted text give the same
 * paragraphs and a gap is never read as a change between two years' texts.
 *
 * Extraction writes a space wherever glyphs stand apart, and justified UN text sets some words with a gap inside them
 * ("Deve lopment", "th e", "radiatio n" in A/RES/80/75's extracted text, "sixty -fourth", "development , its"). A word is
 * mended when its halves joined make a word the document uses elsewhere and one half is no word of the document (occurs
 * only here); a lone letter other than "a", "A", "I" joins the word before it; a space before a hyphen that starts a
 * word, or before closing punctuation, goes; the dash of a range between figures loses the spaces a line end or the
 * text layer put around it ("Decade 2024– 2034" in A/RES/80/110, "3 – 14 June 1992" in a footnote of A/RES/78/136).
 * Every repair is counted; the extracted-text reader says how many in a warning (`text-layer-gaps`), the PDF reader,
 * whose pdf.js gaps are on every page, does not.
 */

/** The en dash (or a hyphen) between two figures with a space on one side or both: a range the text layer spaced. */
const RANGE_GAP = /(?<=\d)(?: ([\u2013\u2010\u2011-]) ?| ?([\u2013\u2010\u2011-]) )(?=\d)/gu;

/** English words of one or two letters: any other such "word" in a PDF's text is half of a word pdf.js split. */
const SHORT_WORDS = new Set('a i am an as at be by do go he if in is it me my no of on or so to up us we ex vs'.split(' '));

/** Words that also join into words ("upon", "into", "cannot", "therein"): a pair of them is never mended into one. */
const FUNCTION_WORDS = new Set(
  [...SHORT_WORDS, ...'the for with from into upon not can any some every one how where what when who there here them him her its out over under with all ever times self thereby therein thereof with within without where'.split(' ')],
);

/**
 * Two consonants that begin English words (y counts as a vowel). A lowercase piece of three letters or more that begins
 * with any other pair of consonants ("ntary", "mber") cannot be a word of its own: pdf.js cut it from the word before.
 */
const WORD_ONSETS = new Set(
  'bl br ch cl cr dr dw fl fr gh gl gn gr kh kl kn kr mn ph pl pn pr ps pt qu rh sc sh sk sl sm sn sp sq st sv sw th tr ts tw vl wh wr zh'.split(' '),
);
const CONSONANT = /^[bcdfghjklmnpqrstvwxz]$/;

/** Whether a lowercase piece opens with two consonants that no English word opens with. */
function opensWithoutOnset(piece: string): boolean {
  return piece.length >= 3 && /^\p{Ll}+$/u.test(piece) && /[aeiouy]/.test(piece) && CONSONANT.test(piece[0]) && CONSONANT.test(piece[1]) && !WORD_ONSETS.has(piece.slice(0, 2));
}

/**
 * Who read the text layer: `pdfjs` (the PDF reader, whose glyph gaps are many and whose rules above are broad) or
 * `extracted` (a UN document's text as another library extracted it: the range's dash and the strict word rule only).
 */
export type GapReader = 'pdfjs' | 'extracted';

/** What `mendTextLayerGaps` made of a body: its paragraphs and notes mended, how many gaps went and the first as an example. */
export interface MendedGaps {
  paragraphs: string[];
  notes: string[];
  mended: number;
  example: string | null;
}

/** Mend a UN body's paragraphs and footnote texts (see above); the words of both are the evidence. */
export function mendTextLayerGaps(paragraphs: readonly string[], notes: readonly string[], reader: GapReader): MendedGaps {
  const counts = new Map<string, number>();
  const add = (word: string): void => {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  };
  for (const paragraph of [...paragraphs, ...notes]) {
    for (const token of paragraph.split(/\s+/)) {
      // Whole words only: "72nd" is no evidence for a word "nd".
      const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
      if (/^\p{L}+$/u.test(word)) add(word);
      // A compound's parts are words of the document too: "capacity-building" spells "capacity".
      else if (/^\p{L}+(?:-\p{L}+)+$/u.test(word)) for (const part of word.split('-')) add(part);
    }
  }
  const count = (word: string): number => counts.get(word.toLowerCase()) ?? 0;
  let mended = 0;
  let example: string | null = null;
  const note = (before: string, after: string): string => {
    mended++;
    example ??= `"${before}" → "${after}"`;
    return after;
  };
  // A repair in its context for the example: the pieces of text either side of the gap.
  const around = (whole: string, at: number, found: string, glue: string): string => {
    const from = /\S*$/.exec(whole.slice(0, at))?.[0] ?? '';
    const to = /^\S*/.exec(whole.slice(at + found.length))?.[0] ?? '';
    note(`${from}${found}${to}`, `${from}${glue}${to}`);
    return glue;
  };
  const gap = (pattern: RegExp, glue: string) => (text: string): string =>
    text.replace(pattern, (found: string, ...rest: unknown[]) => around(rest[rest.length - 1] as string, rest[rest.length - 2] as number, found, glue));
  const steps = [
    gap(/(?<=[\p{L}\d]) -(?=[\p{L}\d])/gu, '-'),
    gap(/(?<=\p{L}) - (?=\p{L})/gu, '-'),
    gap(/(?<=\p{L})- (?!(?:and|or|to|nor)\b)(?=\p{Ll})/gu, '-'),
    gap(/ +(?=[,;:.)\]”’](?:\s|$|[,;:.)\]”’]|\[\^))/gu, ''),
  ];
  const mend = (paragraph: string): string => {
    let text = paragraph;
    if (reader === 'pdfjs') for (const step of steps) text = step(text);
    // The dash of a range between figures, spaced by the text layer or by a line end ("2024– 2034", "3 – 14 June"): UN
    // style sets it closed. (Only the en dash and the hyphen: an em dash between figures is a parenthesis.)
    text = text.replace(RANGE_GAP, (found: string, spacedBefore: string | undefined, spacedAfter: string | undefined, at: number, whole: string) =>
      around(whole, at, found, spacedBefore ?? spacedAfter ?? '-'),
    );
    const tokens = text.split(' ');
    for (let i = 0; i + 1 < tokens.length; ) {
      const left = /(?:^|[^\p{L}\p{N}\-’'])(\p{L}+)$|^(\p{L}+)$/u.exec(tokens[i]);
      // The right piece may open a compound: "capaci ty-building".
      const right = /^(\p{L}+)(?:$|[^\p{L}\p{N}’'])/u.exec(tokens[i + 1]);
      if (left && right) {
        const [head, tail] = [left[1] ?? left[2], right[1]];
        const joined = head + tail;
        // The joined word is the document's own and a half is not (rare here, or far rarer than the whole: "a nd" → "and").
        const rarer = Math.min(count(head), count(tail));
        // Two words that are also one ("up on" / "upon", "in to" / "into") stay two: the document wrote them apart.
        const twoWords = FUNCTION_WORDS.has(head.toLowerCase()) && FUNCTION_WORDS.has(tail.toLowerCase());
        const known = !twoWords && count(joined) > 0 && (rarer <= 1 || rarer * 4 <= count(joined)) && !(/^\p{Lu}/u.test(tail) && /^\p{Ll}/u.test(head));
        // A lone letter joins the word before it, unless it is the start of the word after it ("and o pen").
        const after = tokens[i + 2] !== undefined ? /^(\p{L}+)/u.exec(tokens[i + 2])?.[1] : undefined;
        const startsNext = after !== undefined && count(tail + after) > 0 && count(after) <= 1;
        const strayLetter = tail.length === 1 && tail === tokens[i + 1] && /^\p{Ll}$/u.test(tail) && tail !== 'a' && !startsNext;
        // A head of one or two lowercase letters that is no English word starts the next one ("tr ansparent").
        const strayHead = head === tokens[i] && /^\p{Ll}{1,2}$/u.test(head) && !SHORT_WORDS.has(head) && /^\p{Ll}{3,}/u.test(tail);
        // A piece that no English word starts like ("suppleme ntary"), or a two-letter piece that is no word ("capaci
        // ty"), ends the word before it when that word is no word of the document either (it occurs only here).
        const lonely = head === tokens[i] && head.length >= 3 && count(head) <= 1 && count(tail) <= 1 && !FUNCTION_WORDS.has(head.toLowerCase());
        const strayTail = lonely && /^\p{Ll}+$/u.test(head) && (opensWithoutOnset(tail) || (tail.length === 2 && /^\p{Ll}+$/u.test(tail) && !SHORT_WORDS.has(tail)));
        // Extracted text (`pdftotext`, PyMuPDF) sets glyph gaps right nearly always: only a piece that is no word (no
        // function word, nowhere else in the document) before one or two letters that are no word either ("radiatio n")
        // joins them, and only into a word the document uses elsewhere. "ad hoc", "de jure", "as set", "possess or", "a rise", "Resolution S-10/2" stay apart:
        // each is two words, or a capital starting the next word (the pdf.js rules above would join the first four).
        const pieceIsWord = (piece: string): boolean => FUNCTION_WORDS.has(piece.toLowerCase()) || count(piece) > 1;
        const shortStray = (piece: string): boolean => /^\p{Ll}{1,2}$/u.test(piece) && !SHORT_WORDS.has(piece);
        const strict =
          count(joined) > 0 &&
          /^\p{Ll}+$/u.test(tail) &&
          tail === tokens[i + 1].replace(/[,;:.)\]”’]+$/u, '') &&
          shortStray(tail) &&
          !pieceIsWord(head);
        if (reader === 'pdfjs' ? known || strayLetter || strayHead || strayTail : strict) {
          note(`${head} ${tail}`, joined);
          tokens.splice(i, 2, tokens[i] + tokens[i + 1]);
          continue;
        }
      }
      i++;
    }
    return tokens.join(' ');
  };
  const mendedParagraphs = paragraphs.map(mend);
  const mendedNotes = notes.map(mend);
  return { paragraphs: mendedParagraphs, notes: mendedNotes, mended, example };
}

/** A warning saying how many gaps `mendTextLayerGaps` mended and the first one, or null when it mended none. */
export function textLayerGapsWarning(gaps: Pick<MendedGaps, 'mended' | 'example'>, path: string): Warning | null {
  if (gaps.mended === 0) return null;
  return {
    code: 'text-layer-gaps',
    message: `mended ${gaps.mended.toLocaleString('en-US')} ${gaps.mended === 1 ? 'gap' : 'gaps'} the text layer put inside words or around a range's dash, e.g. ${gaps.example}`,
    file: path,
  };
}
