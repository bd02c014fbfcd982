import winkNLP from 'wink-nlp';
import { taggingModel } from './english-model.js';
import type { Document, NormalizedDocument, NormalizedParagraph } from '../types.js';
export { chainedTwins, twinStandIn, type TwinPair } from './twins.js';
import { spellOutMonths } from './months.js';
import { createGlossaryFolder, GLOSSARY_VERSION, type GlossaryFolder, type GlossaryToken } from './glossary.js';

/**
 * Normalization: the form in which paragraphs are matched.
 *
 * Two levels, because a reader cares about two different "sames":
 *  - `surface`: the text with whitespace, quote styles, dashes and Unicode compatibility forms unified. Two paragraphs
 *    with equal surfaces are `unchanged`.
 *  - `tokens` / `folded`: wink-nlp lemmas, lowercased, punctuation dropped, hyphenated compounds split, British spelling
 *    folded to American (wink-nlp's lemmatizer does this: organisation → organization, programme → program) and the
 *    field's abbreviations folded to one form (see `glossary.ts`). Equal `folded` forms differ only editorially.
 * Non-English text does not go through the English model: its words come from `Intl.Segmenter`, lowercased.
 */

/** Bump when the output of normalization changes, so cached normalizations are not reused (5: the UN text reader joins a paragraph a page break cut before a document symbol, so the paragraphs normalized change; 6: the readers changed again: a page break before a number after a comma continues the paragraph, words the PDF text layer cut in two are mended, running headers no longer take body lines; 7: a month's abbreviation between a day and a year folded to the month's name, a footnote mark set apart after a Roman numeral ending a name, or after "Agenda" unless it makes Agenda 21, or glued to a climate decision symbol, or three digits glued after a year's or a symbol's comma; 8: a footnote mark set apart after a plural counting word before a lower-case word, when it is the next note of the sequence and the last was placed just before it, 'recommendations 57 emanating'; 9: a footnote cited again, or out of sequence, is a mark where no figure can stand (glued to a year, a year's comma or a lower-case word), spaced marks between two years, before the extraction's doubled space, after a plural noun or before a preposition, and a count never read as a mark when it would skip a note the paragraph cites later: 18 documents read differently, e.g. A/RES/74/28 '2010,1 20132 and 20153'; 10: plain text loses its page furniture, a line that is only a page number, a table-of-contents line with dot leaders, a letter-spaced running head: 54 UNGDC speeches and 45 of the 58 national cyber strategies read differently, no UN text or FOMC statement; 11: Markdown emphasis marks dropped inside a paragraph, `*inter alia*` read `inter alia`, and UTF-16 texts with a byte-order mark decoded; 12: session 14, Windows-1252 text read as Latin-1 repaired, a UN resolution in Word or a PDF printed from it read as a UN document (first-page facts, labels), PDF line-end hyphens before a capital kept, a page break after a comma before a preambular opener a paragraph boundary in PDFs not made by the UN, more preambular openers, annex titles and sub-headings as headings; 13: session 15, text-layer gaps in extracted UN texts mended (a split word, spaces around a range's dash), a day opening a range no footnote mark, a starred note on the first page a document fact, PDF titles set larger one heading, an HTML page's own h1 kept, running heads with page numbers in plain text, Roman-numbered section headings; 14: session 16, plain text: soft hyphens at line ends joined, a sentence cut after a comma continued in lower case, running heads repeated without page numbers furniture, a bare section number the next paragraph's number, a sentence with its footnote mark no heading; a press release's trailer lines a document fact (FOMC); footnote marks keep their offsets; 15: session 17, a UN text's page that ended on a comma continues on the next page unless it opens a paragraph (A/RES/79/182 PP 3), and "(l)" after "(k)" is the letter l, not a roman item: 7 UN texts read differently; 16: session 19, an enacting formula alone makes no resolution: without a symbol, the text must read as one (a preambular paragraph or a numbered one before an operative verb), so the General Debate statements that open "The President of the General Assembly," (UGA 2024, FJI 2024) lose PP/OP labels, and no UN text of ../shared/data changes; 17: session 20, an annex heading with its title on the same line ("Annex I Financing for 2026 …", A/RES/80/239) starts an annex: its table rows are "Annex I ¶ 1", no longer "heading 2"; no other of the 214 UN texts changes; 18: session 21, a garbled non-breaking hyphen is repaired as a hyphen ("1-1/2", not "1‑1/2"): 17 FOMC statements read differently, no UN text of the chain; and under --unit sentence a sentence keeps its place in its paragraph, `sentence`). */
export const NORMALIZER_VERSION = `wink-2.4-pos/${GLOSSARY_VERSION}/18`;

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;
let foldGlossary: GlossaryFolder | null = null;

/**
 * The one wink-nlp instance per process: loading the model costs ~70 ms, so it is loaded once, on first use. Only the
 * POS tagger runs (lemmas need it): sentiment, NER and negation would cost 2–3× the time for nothing we match on.
 */
function getNlp(): Nlp {
  // Required here, not imported at the top: the model is the largest part of `import { compare }`, and callers that
  // only read or render documents never need it.
  if (nlp === null) {
    nlp = winkNLP(taggingModel(), ['pos']); // the model less what tagging never runs (english-model.ts)
    modelLoads++;
  }
  return nlp;
}

/** How many times this process (or worker thread) loaded the English model: 0 until a paragraph needs it, then 1. */
let modelLoads = 0;

/** Whether the English model was loaded, and how many times (tests and benchmarks: a text of twins never loads it). */
export function englishModelStatus(): { loaded: boolean; loads: number } {
  return { loaded: nlp !== null, loads: modelLoads };
}

const QUOTES: Array<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
  [/[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g, ' '],
];

/**
 * Unify the typography of a text (quotes, dashes, spaces, Unicode forms) without touching its words, and undo what PDF
 * text layers do to a text that no reader sees: soft hyphens, spaces around the dash of a range (`2022– 2025`), and words
 * set letter by letter (`s e e k i n g`, three or more single letters in a row).
 */
export function surfaceForm(text: string): string {
  let out = text.normalize('NFKC').replace(/\u00AD/g, '');
  for (const [pattern, replacement] of QUOTES) out = out.replace(pattern, replacement);
  out = out.replace(/\s+/g, ' ').replace(/(?<=\d) ?- ?(?=\d)/g, '-');
  // Letters set one by one: every such run holds a lone letter between spaces followed by another lone letter, which
  // most paragraphs lack; testing that first spares the costly pattern (its look-behind at every position).
  if (LONE_LETTERS.test(out)) out = out.replace(LETTER_SPACED, (letters) => letters.replace(/ /g, ''));
  out = out.trim();
  // The steps above copy the text even when they change nothing: a paragraph already in its surface form (most are)
  // keeps one string for both, not two (second copies of equal strings were 16.8 MiB of the live heap after aligning two
  // 10,000-paragraph texts, these among them).
  return out === text ? text : out;
}

/** A lone letter between spaces, then another lone letter: found in every run of LETTER_SPACED. */
const LONE_LETTERS = / \p{L} \p{L}(?![\p{L}\p{N}])/u;
/** Three or more single letters separated by single spaces (`s e e k i n g`): a word a PDF text layer set letter by letter. */
const LETTER_SPACED = /(?<![\p{L}\p{N}])\p{L}(?: \p{L}){2,}(?![\p{L}\p{N}])/gu;

/** Share of letters that are Latin: below one half, the English model would only see unknown tokens. */
function latinShare(text: string): number {
  if (/^[\u0000-\u024F\u2000-\u206F]*$/.test(text)) return 1; // ASCII and Latin letters only: the common case, fast
  let letters = 0;
  let latin = 0;
  for (const char of text) {
    if (/\p{L}/u.test(char)) {
      letters++;
      if (/\p{Script=Latin}/u.test(char)) latin++;
    }
  }
  return letters === 0 ? 1 : latin / letters;
}

/**
 * Made on first use: making it loads ICU's word-break data, about 8 ms of CPU, which every process that imports the
 * engine paid at import (issue 21 session 20) though only a text mostly not in Latin letters, or a paragraph the English
 * model failed on, is segmented with it.
 */
let wordSegmenter: Intl.Segmenter | null = null;

function segmenterTokens(text: string): GlossaryToken[] {
  const out: GlossaryToken[] = [];
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  for (const part of wordSegmenter.segment(text)) {
    if (!part.isWordLike) continue;
    const word = part.segment.toLocaleLowerCase();
    out.push({ token: word, word, stop: false });
  }
  return out;
}

function englishTokens(text: string): GlossaryToken[] {
  const engine = getNlp();
  const its = engine.its;
  // Lowercased first: wink's lemmas are steadier on lowercase ("Organisations" stayed plural, "organisations" did not).
  const tokens = engine.readDoc(text.toLowerCase()).tokens();
  const lemmas = tokens.out(its.lemma as never) as unknown as string[];
  // its.normal: the word as written, lowercased, British spelling folded (organisations → organizations), inflection kept.
  const words = tokens.out(its.normal as never) as unknown as string[];
  const types = tokens.out(its.type) as string[];
  const stops = tokens.out(its.stopWordFlag as never) as unknown as boolean[];
  const out: GlossaryToken[] = [];
  for (let i = 0; i < lemmas.length; i++) {
    const type = types[i];
    if (type === 'punctuation' || type === 'tabCRLF' || type === 'space') continue;
    const lemma = lemmas[i];
    const word = words[i];
    // Most tokens are one piece (no "-" or "/" in the lemma nor in the word): no split, no closure. Throws where the
    // split below would (a token without a lemma or a normal), so such a paragraph still falls back as before.
    if (!hasPieceMark(lemma) && !hasPieceMark(word)) {
      const token = cleanPiece(lemma);
      if (token && hasLetterOrDigit(token)) out.push({ token, word: cleanPiece(word), stop: stops[i] });
      continue;
    }
    // "e-mail", "u.s.", "1,000": strip inner punctuation so typography does not separate equal words.
    const lemmaPieces = lemma.split(/[-/]/);
    const wordPieces = word.split(/[-/]/);
    lemmaPieces.forEach((piece, k) => {
      const token = cleanPiece(piece);
      const pieceWord = cleanPiece(wordPieces.length === lemmaPieces.length ? wordPieces[k] : piece);
      if (token && hasLetterOrDigit(token)) out.push({ token, word: pieceWord, stop: stops[i] });
    });
  }
  return out;
}

/** Whether a lemma or word holds a "-" or "/", where `englishTokens` cuts it into pieces. */
export function hasPieceMark(text: string): boolean {
  return text.indexOf('-') >= 0 || text.indexOf('/') >= 0;
}

/**
 * A piece with its inner punctuation dropped: commas in a number ("1,000"), else full stops and apostrophes ("u.s.").
 * Read code unit by code unit (issue 21 session 20: this was two regular expressions per token); a piece with nothing to
 * drop is returned as it is, the same string the replacements gave.
 */
export function cleanPiece(piece: string): string {
  let digit = false;
  let comma = false;
  let stopOrApostrophe = false;
  for (let k = 0; k < piece.length; k++) {
    const code = piece.charCodeAt(k);
    if (code >= 48 && code <= 57) digit = true;
    else if (code === 44) comma = true;
    else if (code === 46 || code === 39) stopOrApostrophe = true;
  }
  if (digit) return comma ? piece.replace(/,/g, '') : piece;
  return stopOrApostrophe ? piece.replace(/[.']/g, '') : piece;
}

/** `/[\p{L}\p{N}]/u.test(text)`, answered from the code units while they are ASCII (a letter or digit there says yes). */
export function hasLetterOrDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
    if (code >= 128) return LETTER_OR_DIGIT.test(text);
  }
  return false;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Normalized paragraphs by surface form, per process. The output depends on the surface form alone, so a paragraph met
 * again (most paragraphs of a revision are unchanged; a chain or a corpus repeats boilerplate) costs a lookup instead of
 * a wink-nlp pass. Per-word caching was measured and rejected: wink's tagger chooses the lemma by context for ~2 % of
 * word forms (FOMC 1.9 %, UNGDC 2.0 %: "united" unite/united, "building" build/building), so a form → lemma map would
 * change 0.25–0.4 % of tokens; and tagging is only about a third of wink's time, tokenizing the rest (bench/normalize.js).
 * Entries are shared between callers, so they are frozen: a library user cannot change another call's result.
 */
const memo = new Map<string, NormalizedParagraph>();
/** Bound on the memo: past it the memo starts again, so a corpus-sized run keeps memory flat. */
const MEMO_LIMIT = 20_000;

/**
 * Let go of the English model, the glossary folder and the memo of normalized paragraphs (about 16 MB of heap for the
 * model, and one entry per paragraph normalized): for a process that has compared its one pair and only renders now
 * (`redline compare`, `redline report`). A later paragraph loads the model again.
 */
export function releaseLanguageResources(): void {
  nlp = null;
  foldGlossary = null;
  memo.clear();
}

/** Prepare one paragraph for matching. */
export function normalizeParagraph(text: string): NormalizedParagraph {
  return normalizeSurfaceForm(surfaceForm(text));
}

/** Prepare one paragraph given its surface form (`surfaceForm`), for callers that computed it already (twins). */
export function normalizeSurfaceForm(surface: string): NormalizedParagraph {
  const known = memo.get(surface);
  if (known) return known;
  const result = normalizeSurface(surface);
  Object.freeze(result.tokens);
  Object.freeze(result.content);
  Object.freeze(result);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(surface, result);
  return result;
}

function normalizeSurface(surface: string): NormalizedParagraph {
  let raw: GlossaryToken[];
  // A month abbreviated in a full date is the month (`months.ts`): the folded form spells it out, the surface keeps it.
  const words = spellOutMonths(surface);
  try {
    raw = latinShare(words) >= 0.5 ? englishTokens(words) : segmenterTokens(words);
  } catch {
    raw = segmenterTokens(words); // the English model must never stop a comparison
  }
  foldGlossary ??= createGlossaryFolder(englishTokens);
  const folded = foldGlossary(raw);
  const tokens = folded.map((entry) => entry.token);
  const content: number[] = [];
  folded.forEach((entry, index) => {
    if (!entry.stop) content.push(index);
  });
  return { tokens, content, folded: folded.map((entry) => entry.word).join(' '), surface };
}

/** Prepare every paragraph of a document; the result is keyed by the document's sha256 so it can be cached. */
export function normalizeDocument(document: Document): NormalizedDocument {
  return {
    sha256: document.meta.sha256,
    normalizer: NORMALIZER_VERSION,
    paragraphs: document.paragraphs.map((paragraph) => normalizeParagraph(paragraph.text)),
  };
}
