import type { Paragraph, SegmentUnit } from '../types.js';
import { isPageFurnitureLine } from './un-furniture.js';
import { bareRunningHeads, isImprintLine, runningHeadLines, withoutRunningHead } from './running-heads.js';

/**
 * Paragraph segmentation for real declarations, not just blank lines.
 *
 * Plain-text policy documents come hard-wrapped (every line ~70 characters), one paragraph per line, or a mix; they
 * carry numbered and lettered paragraphs, bullets, Markdown or bold headings, and blocks that a careless copy broke
 * mid-sentence with a blank line. The rules, in order:
 *  1. Lines are grouped into blocks at blank lines; a line of page furniture (`isPageFurnitureLine`: a page number alone,
 *     a contents line, a letter-spaced running head; `bareRunningHeads`: a line alone on many pages) counts as a blank
 *     line. A section number apart from its paragraph ("4.1." alone, "OUR VISION 4.2.") opens the next block
 *     (`carryNumbers`).
 *  2. Inside a block, a list marker (`1.`, `(a)`, `iv)`, `•`) or a Markdown heading starts a new paragraph. In a
 *     hard-wrapped text lines join unless a line ends a sentence well short of the wrap width; in a text of long lines
 *     each line is a paragraph unless it visibly continues (it ends in a function word or the next starts lowercase).
 *  3. A block continues in the next block only on strong evidence of a sentence broken by a stray blank line: it is
 *     inside an open bracket, its last line ends in a word cut at a soft hyphen (U+00AD, dropped in the join), or its
 *     last line is long (a wrapped line, not a list item) and stops mid-sentence (a trailing function word, or the next
 *     block starts in lowercase, after a comma too). Short lines separated by blank lines (a list,
 *     wiki or JSON lines) stay apart even when they start in lowercase.
 *  4. Each paragraph's label is kept apart in `number`, so renumbering is not a change; headings are flagged.
 *
 * Other units (`options.unit`): `line` makes every non-blank line a unit (a list, a poem, a log); `sentence` cuts each
 * paragraph into sentences. A converter that already decided where paragraphs are (`blocksAreParagraphs`) gets its
 * blocks back one to one.
 */

/** How `segmentParagraphs` cuts a text. */
export interface SegmentOptions {
  /** The unit of comparison: `paragraph` (default), `line` or `sentence`. */
  unit?: SegmentUnit;
  /** Each blank-line-separated block is exactly one paragraph (set by converters that rebuilt the paragraphs). */
  blocksAreParagraphs?: boolean;
}

/** A line with its offsets in the text being segmented. */
interface Line {
  text: string;
  start: number;
  end: number;
}

/** A paragraph under construction: the lines it spans. */
interface Draft {
  lines: Line[];
  /** Its joined length so far and how many lines that covers (see `draftLength`). */
  measured?: { lines: number; length: number };
}

/**
 * A paragraph number: 1 to 999, or four digits outside 1900–2099, which at the start of a line are far more often a
 * year ("…adopted in / 2015. The Group…") than the thousandth paragraph of a document.
 */
const PARAGRAPH_NUMBER = String.raw`(?:\d{1,3}|1[0-8]\d\d|2[1-9]\d\d|[3-9]\d{3})`;

const LIST_MARKER = new RegExp(
  [
    String.raw`^${PARAGRAPH_NUMBER}(?:\.\d{1,3})*[.)](?=\s)`, // 1.  12.  1.2.  3)  1024.
    String.raw`^${PARAGRAPH_NUMBER}(?:\.\d{1,3})+(?=\s)`, // 1.2
    String.raw`^\((?:\d{1,3}|[a-z]{1,2}|[ivxlcdm]{1,7}|[A-Z])\)(?=\s)`, // (a)  (iv)  (12)  (A)
    String.raw`^(?:[a-z]|[ivxlcdm]{1,7})[.)](?=\s)`, // a)  iv)  a.
    String.raw`^(?:[A-Z]|[IVXLCDM]{1,7})\.(?=\s)`, // A.  IV.
    String.raw`^[-•*–—▪◦·●○■](?=\s)`, // bullets
  ].join('|'),
);

const MARKDOWN_HEADING = /^#{1,6}\s+/;
/** An open bracket keeps a paragraph going across a blank line only this far: old scans have stray brackets. */
const MAX_BRACKET_JOIN = 2000;
/** Words after which an English sentence cannot end: a line ending in one continues. */
const FUNCTION_WORDS = new Set(
  'a an the of to in on for by with and or nor but as at from into onto upon than that which who whom whose between among including such its their our his her this these those be is are was were'.split(' '),
);

/** Split text into paragraphs (or lines, or sentences); offsets are relative to `text` plus `baseOffset`. */
export function segmentParagraphs(text: string, baseOffset = 0, options: SegmentOptions = {}): Paragraph[] {
  const unit = options.unit ?? 'paragraph';
  // A converter that rebuilt the paragraphs already read through its furniture (`un-text.ts`); a unit of lines keeps every line.
  const blocks = toBlocks(text, baseOffset, unit !== 'line' && !options.blocksAreParagraphs);
  if (unit === 'line') return blocks.flat().map((line, index) => toParagraph({ lines: [line] }, index));
  const drafts = options.blocksAreParagraphs ? blocks.map((lines) => ({ lines })) : paragraphDrafts(blocks);
  const paragraphs = drafts.map((draft, index) => toParagraph(draft, index));
  return unit === 'sentence' ? toSentences(paragraphs) : paragraphs;
}

/** A section number or item letter alone on a line: "4.1.", "4.", "b)" (a page number has no full stop: `isPageFurnitureLine`). */
const LONE_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*\.|\d{1,3}\)|[a-z]\))$/;
/** A multi-level section number or an item letter closing a line: "OUR VISION 4.2.", "… manage risks. 1.2.", "Establishing a regulatory framework a)". */
const TRAILING_NUMBER = /^(.*\S)\s+(\d{1,3}(?:\.\d{1,3})+\.|[a-z]\))$/;

/**
 * Section numbers printed apart from their paragraph, given back to it. UK 2016's export put each number alone on a
 * line ("4.1.") or at the end of the line before, after a sentence or a section title ("OUR VISION 4.2.", "… manage
 * risks. 1.2."): 34 numbers were paragraphs and changes of their own, and titles carried the next number ("OUR VISION
 * 4.2.", trial 16b D4). Such a number opens the next block when that block opens a paragraph (a capital, a digit or a
 * quote, no label of its own), so the paragraph gets it as its `number`; otherwise it stays where it was.
 */
function carryNumbers(blocks: Line[][]): Line[][] {
  const out: Line[][] = [];
  for (let b = 0; b < blocks.length; b++) {
    let lines = blocks[b];
    const next = blocks[b + 1]?.[0];
    const last = lines[lines.length - 1];
    const opensParagraph = next !== undefined && /^[\p{Lu}\p{N}"“‘]/u.test(next.text) && !LIST_MARKER.test(next.text) && !LONE_NUMBER.test(next.text) && !MARKDOWN_HEADING.test(next.text);
    if (opensParagraph) {
      let number: Line | null = null;
      const trailing = TRAILING_NUMBER.exec(last.text);
      if (LONE_NUMBER.test(last.text)) {
        number = last;
        lines = lines.slice(0, -1);
      } else if (trailing && (endsSentenceProper(trailing[1]) || looksLikeHeading(trailing[1]))) {
        number = { text: trailing[2], start: last.end - trailing[2].length, end: last.end };
        lines = [...lines.slice(0, -1), { text: trailing[1], start: last.start, end: last.start + trailing[1].length }];
      }
      if (number) {
        const following = blocks[b + 1];
        blocks[b + 1] = [{ text: `${number.text} ${following[0].text}`, start: number.start, end: following[0].end }, ...following.slice(1)];
      }
    }
    if (lines.length > 0) out.push(lines);
  }
  return out;
}

/** A sentence's end that is no abbreviation's full stop ("para. 4.2." is a reference, not a number set apart). */
function endsSentenceProper(text: string): boolean {
  if (!endsSentence(text)) return false;
  const word = /([\p{L}]+)\.$/u.exec(text)?.[1];
  return word === undefined || (!ABBREVIATIONS.has(word) && !/^\p{Lu}$/u.test(word));
}

function paragraphDrafts(input: Line[][]): Draft[] {
  const blocks = carryNumbers([...input]);
  const hardWrapped = looksHardWrapped(blocks);
  const wrapWidth = wrapWidthOf(blocks);

  const drafts: Draft[] = [];
  let previousBlockOpen = false;
  for (const block of blocks) {
    const inBlock = splitBlock(block, hardWrapped, wrapWidth);
    const last = drafts[drafts.length - 1];
    // Loops, not `push(...items)`: a block of 200,000 list items would pass as many arguments and overflow the stack.
    let first = 0;
    if (last && previousBlockOpen && continuesAcrossBlank(last, inBlock[0])) {
      for (const line of inBlock[0].lines) last.lines.push(line);
      first = 1;
    }
    for (let k = first; k < inBlock.length; k++) drafts.push(inBlock[k]);
    const tail = drafts[drafts.length - 1];
    previousBlockOpen = endsOpen(tail);
  }
  return drafts;
}

/**
 * A separator line: a Markdown thematic break of dashes or stars ("---", "***", "- - -"), alone on its line. No
 * paragraph: it parts the text as a blank line does. Trial 21-b D14: 33 of the 192 General Debate speeches of 2024 carry
 * such rules around their "### Page 4:" lines; Russia 2024 had 10 paragraphs "---", "not checked", and every ¶ after
 * the first shifted. A rule of underscores is left alone: in UN texts "__________________" opens the footnotes, which
 * their reader finds by it (none of the UN texts in ../shared/data has a rule of dashes or stars).
 */
export function isSeparatorLine(raw: string): boolean {
  return /^ {0,3}([-*])(?:[ \t]*\1){2,}[ \t]*$/.test(raw);
}

/**
 * Lines grouped at blank lines. With `dropFurniture`, a line of page furniture (`isPageFurnitureLine`: a page number
 * alone, a contents line, a letter-spaced running head; `runningHeadLines`: a name repeated with growing page numbers;
 * `isImprintLine`: a copyright line)
 * is read as a blank line: it is no paragraph, and it parts the
 * text around it as a page break does (a sentence cut by it rejoins as one cut by a blank line, `continuesAcrossBlank`).
 */
function toBlocks(text: string, baseOffset: number, dropFurniture = false): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  let offset = 0;
  const rows = text.split('\n');
  const heads = dropFurniture ? runningHeadLines(rows) : new Set<number>();
  const bare = dropFurniture ? bareRunningHeads(rows) : new Set<string>();
  for (const [row, raw] of rows.entries()) {
    const start = offset;
    offset += raw.length + 1;
    if (raw.trim() === '' || isSeparatorLine(raw) || (dropFurniture && (isPageFurnitureLine(raw) || heads.has(row) || bare.has(raw.trim()) || isImprintLine(raw)))) {
      if (current.length) blocks.push(current);
      current = [];
      continue;
    }
    let leading = raw.length - raw.trimStart().length;
    let trimmed = raw.trim();
    if (bare.size > 0) {
      const { cutStart, cutEnd } = withoutRunningHead(trimmed, bare);
      leading += cutStart;
      trimmed = trimmed.slice(cutStart, trimmed.length - cutEnd);
    }
    current.push({ text: trimmed, start: baseOffset + start + leading, end: baseOffset + start + leading + trimmed.length });
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/** Non-final lines of multi-line blocks: where a wrapping editor or a PDF export shows its width. */
function innerLineLengths(blocks: Line[][]): number[] {
  const lengths: number[] = [];
  for (const block of blocks) for (let i = 0; i < block.length - 1; i++) lengths.push(block[i].text.length);
  return lengths.sort((a, b) => a - b);
}

function looksHardWrapped(blocks: Line[][]): boolean {
  const lengths = innerLineLengths(blocks);
  return lengths.length >= 3 && lengths[lengths.length >> 1] <= 110;
}

function wrapWidthOf(blocks: Line[][]): number {
  const lengths = innerLineLengths(blocks);
  return lengths.length ? lengths[Math.floor(lengths.length * 0.9)] : 80;
}

function splitBlock(block: Line[], hardWrapped: boolean, wrapWidth: number): Draft[] {
  const drafts: Draft[] = [{ lines: [block[0]] }];
  let boldOpen = startsBoldRun(block[0].text);
  for (let i = 1; i < block.length; i++) {
    const previous = block[i - 1];
    const line = block[i];
    const current = drafts[drafts.length - 1];
    let joins: boolean;
    if (boldOpen) joins = true; // a bold title wrapped over several lines is one heading
    else if (MARKDOWN_HEADING.test(line.text) || MARKDOWN_HEADING.test(previous.text)) joins = false;
    else if (LIST_MARKER.test(line.text)) joins = continuesIntoLabel(previous.text, line.text);
    else if (hardWrapped) joins = !(endsSentence(previous.text) && previous.text.length < wrapWidth * 0.75) && !isShortTitleLine(previous, current, wrapWidth);
    else joins = visiblyContinues(previous.text, line.text);
    if (joins) current.lines.push(line);
    else drafts.push({ lines: [line] });
    boldOpen = boldOpen ? !endsBoldRun(line.text) : startsBoldRun(line.text);
  }
  return drafts;
}

/** A one-line heading at the start of a hard-wrapped block ("A. Overview") stands alone; a full-width line is wrapped prose. */
function isShortTitleLine(previous: Line, current: Draft, wrapWidth: number): boolean {
  if (current.lines.length !== 1 || current.lines[0] !== previous || previous.text.length >= wrapWidth * 0.6) return false;
  return looksLikeHeading(stripLabel(previous.text).text);
}

/**
 * A line that starts like a list item ("II. of the report…") still continues the previous line when that line stops
 * mid-sentence and the "item" goes on in lowercase: it is a cross-reference wrapped onto a new line.
 */
function continuesIntoLabel(previous: string, line: string): boolean {
  const { number, text } = stripLabel(line);
  // Only labels that double as references ("section II.", "paragraph 3."): bullets and "(a)" items stay list items.
  const reference = number !== null && /^(?:\d{1,4}(?:\.\d{1,3})*\.?|[IVXLCDM]{1,7}\.|[A-Z]\.)$/.test(number);
  return reference && !endsSentence(previous) && !/[,;:]$/.test(previous) && /^[a-z]/.test(text);
}

function startsBoldRun(text: string): boolean {
  return text.startsWith('**') && !endsBoldRun(text.slice(2));
}

function endsBoldRun(text: string): boolean {
  return /\*\*[.:]?$/.test(text);
}

function visiblyContinues(previous: string, next: string): boolean {
  if (endsSentence(previous)) return false;
  return /^[a-z]/.test(next) || endsWithFunctionWord(previous);
}

function endsWithFunctionWord(text: string): boolean {
  // A backward scan, not /([A-Za-z]+)$/: that regex is retried from every letter of a long run of letters, quadratic
  // in the run (a 40,000-letter line took 1.6 s per test).
  let start = text.length;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  // The longest function word has 9 letters; a longer final word cannot be one.
  return start < text.length && text.length - start <= 12 && FUNCTION_WORDS.has(text.slice(start).toLowerCase());
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);

/**
 * Does the text end a sentence (`.!?;:…`, then any closing quotes or brackets)? Read backwards from its end, in
 * time proportional to the closers at the end, not to the text (a paragraph grows block by block).
 */
function endsSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && CLOSERS.has(text[end - 1])) end--;
  return end > 0 && '.!?;:…'.includes(text[end - 1]);
}

/**
 * Does this paragraph stop mid-sentence or inside a bracket, so the next block may continue it? Every test reads only
 * the paragraph's first two lines, its last line and its length (or, when it is shorter than MAX_BRACKET_JOIN, its
 * text): a paragraph continued over thousands of blocks is tested once per block, and building or reading its whole
 * text each time was quadratic. No test's answer depends on more: a final punctuation run, word or `**` cannot cross
 * the space between two lines.
 */
function endsOpen(draft: Draft): boolean {
  const length = draftLength(draft);
  if (length < MAX_BRACKET_JOIN && bracketDepth(draftText(draft)) > 0) return true;
  const last = draft.lines[draft.lines.length - 1].text;
  if (ENDS_IN_SOFT_HYPHEN.test(last)) return true;
  // A comma ends a preambular paragraph ("Recalling …,") or a list item ("(a) …,"): it stays open only for a block that
  // goes on in lowercase (`continuesAcrossBlank`), the rest of a sentence a hard-wrapped PDF export cut at a blank line.
  if (last.endsWith(',')) return true;
  if (endsSentence(last)) return false;
  const head = draft.lines.slice(0, 2).map((line) => line.text).join(' ');
  const { text: body } = stripLabel(head);
  if (MARKDOWN_HEADING.test(body) || isBoldLine(body, last, length - (head.length - body.length))) return false;
  // A possessive's apostrophe ends a word too: "… partnership; stakeholders’" / "collaborations and …" (Nigeria 2014).
  return /[A-Za-z0-9]/.test(last[last.length - 1] ?? '') || /s’$/.test(last);
}

/** The paragraph's length as joined (lines and the spaces between them), counted once per added line. */
function draftLength(draft: Draft): number {
  const measured = draft.measured ?? { lines: 0, length: -1 };
  for (let k = measured.lines; k < draft.lines.length; k++) measured.length += draft.lines[k].text.length + 1;
  measured.lines = draft.lines.length;
  draft.measured = measured;
  return measured.length;
}

/** The paragraph's lines joined by spaces: only for short paragraphs (see `endsOpen`). */
function draftText(draft: Draft): string {
  return draft.lines.map((line) => line.text).join(' ');
}

/** A line at least this long is prose, not a list item, a wiki line or a JSON line. */
const LONG_LINE = 40;

function continuesAcrossBlank(previous: Draft, next: Draft): boolean {
  const previousLength = draftLength(previous);
  const previousLast = previous.lines[previous.lines.length - 1].text;
  const nextText = next.lines[0].text;
  if (previousLength < MAX_BRACKET_JOIN && bracketDepth(draftText(previous)) > 0) return true;
  if (LIST_MARKER.test(nextText) || MARKDOWN_HEADING.test(nextText) || nextText.startsWith('**')) return false;
  // A word cut at a soft hyphen (U+00AD) goes on in the next block, whatever the line's length: "holistic solu\u00AD" /
  // "tions." (US Cyberspace Policy Review 2009, whose export puts a blank line after every line).
  if (ENDS_IN_SOFT_HYPHEN.test(previousLast)) return true;
  // Strong evidence only: the block's last line is as long as a wrapped line (a list item or a wiki line is short), so
  // the blank line cut a sentence. "…reporting to the First Committee of" / "UNGA, as well as…": a sentence cannot end on "of".
  if (previousLast.length < LONG_LINE) return false;
  // After a comma only a lowercase start continues: "… more than ever before," / "creating opportunities …" (Nigeria
  // 2014) is one sentence; "Recalling …," / "Noting …" (a preamble) and "(a) …," / "(b) …" (a list) are paragraphs.
  if (previousLast.endsWith(',')) return /^[a-z]/.test(nextText);
  return /^[a-z]/.test(nextText) || endsWithFunctionWord(previousLast);
}

function bracketDepth(text: string): number {
  // Code units, not characters: a bracket is one unit and no half of a surrogate pair is one, and no string is made per
  // character (issue 21 session 15). Most lines hold no bracket at all.
  if (!text.includes('[')) return 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5b) depth++;
    else if (code === 0x5d && depth > 0) depth--;
  }
  return depth;
}

/** Split a leading paragraph label (`12.`, `(a)`, `•`) from the text. */
export function stripLabel(text: string): { number: string | null; text: string } {
  const match = LIST_MARKER.exec(text);
  if (!match) return { number: null, text };
  return { number: match[0], text: text.slice(match[0].length).trimStart() };
}

function isMarkedHeading(text: string): boolean {
  return MARKDOWN_HEADING.test(text) || isBoldLine(text, text, text.length);
}

/**
 * `**Title**` (optionally followed by `.` or `:`): what /^\*\*[^*].*\*\*[.:]?$/s matches, read from the text's start,
 * its end and its length only (`start` and `end` may be the first and last lines of a longer paragraph).
 */
function isBoldLine(start: string, end: string, length: number): boolean {
  if (!start.startsWith('**') || start[2] === '*' || start.length < 3) return false;
  let cut = 0;
  if (end.endsWith('.') || end.endsWith(':')) cut = 1;
  return length - cut >= 5 && end.slice(0, end.length - cut).endsWith('**');
}

/** A short line without final punctuation reads as a heading ("A. Overview", "Annex", "Preamble"). */
export function looksLikeHeading(text: string): boolean {
  if (text.length === 0 || text.length > 100) return false;
  if (endsWithFunctionWord(text)) return false; // "…noting that e.g. the" is a sentence cut short, not a title
  if (/[.;:,!?]["'”’)\]]*$/.test(text)) return false;
  // A sentence whose footnote mark follows its full stop: "In 2007, 87% of Canadian businesses used the Internet.1"
  // (Canada 2010, read as a heading in trial 16b D9); "Section 2.1" ends in a number, not a mark.
  if (/\p{L}[.;:!?]["'”’)\]]*\d{1,2}$/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 14) return false;
  // An objective stated as an infinitive clause is a sentence with its verb, not a title: "To promote and facilitate
  // trainings for Information and Cyber security experts throughout the county" (Afghanistan 2014, objective 7).
  if (words.length >= 6 && words[0] === 'To' && /^[a-z]+$/.test(words[1] ?? '') && !FUNCTION_WORDS.has(words[1])) return false;
  return /^[\p{Lu}\p{N}"“'‘(\[]/u.test(text);
}

/** A line ending in a letter and a hyphen ("State-"): the next line joins it without a space. */
const ENDS_IN_WORD_HYPHEN = /\p{L}-$/u;
/** A line ending in a letter and a soft hyphen (U+00AD, "solu\u00AD"): the next line joins it without a space, and the hyphen goes. */
const ENDS_IN_SOFT_HYPHEN = /\p{L}\u00AD$/u;

/**
 * Join a paragraph's lines. The hyphen test looks at the previous line, never at the text joined so far: a regex
 * anchored at `$` is still tried from every position, so testing the growing text made joining quadratic (a 5 MB
 * hard-wrapped paragraph took minutes). The pieces are joined once at the end.
 */
function unfold(lines: Line[]): string {
  const pieces: string[] = [];
  let previous = '';
  for (const line of lines) {
    if (pieces.length > 0 && pieces[pieces.length - 1] === previous && ENDS_IN_SOFT_HYPHEN.test(previous)) pieces[pieces.length - 1] = previous.slice(0, -1); // "solu\u00AD" / "tions." is "solutions."
    else if (pieces.length > 0) pieces.push(ENDS_IN_WORD_HYPHEN.test(previous) ? '' : ' '); // "State-" / "led" keeps its hyphen and joins
    pieces.push(line.text);
    if (line.text !== '') previous = line.text;
  }
  // The replacement also copies the text when it changes nothing, and must: a paragraph of one line would otherwise be
  // a slice of the whole input, and keep it alive (issue 21 session 15: skipping it raised the 10,000-paragraph peak by
  // 14 MiB).
  return pieces.join('').replace(/\s+/g, ' ');
}

function toParagraph(draft: Draft, index: number): Paragraph {
  const full = unfold(draft.lines);
  const { number, text: labelled } = stripLabel(full);
  let text = labelled;
  let heading = false;
  if (MARKDOWN_HEADING.test(text)) {
    text = text.replace(MARKDOWN_HEADING, '').replace(/\s+#+\s*$/, '');
    heading = true;
  } else if (isMarkedHeading(text)) {
    text = text.replace(/^\*\*/, '').replace(/\*\*([.:]?)$/, '$1');
    heading = true;
  } else {
    heading = looksLikeHeading(text);
  }
  text = stripEmphasis(text);
  return {
    index,
    text,
    number: number && number.trim(),
    heading,
    start: draft.lines[0].start,
    end: draft.lines[draft.lines.length - 1].end,
  };
}

/**
 * Markdown emphasis inside a paragraph: `*inter alia*`, `_inter alia_`, `**must**`, `__must__` opened where a word may
 * start and closed where one ends, around words with at least one letter. Not a bare `*` (a footnote's mark after a
 * word, `2 * 3`), nor a barcode `*2521259*`, nor `snake_case`.
 */
const EMPHASIS = /(?<![\p{L}\p{N}\\*_])(\*\*|\*|__|_)(?![\s*_])([^*_]*?\p{L}[^*_]*?)(?<![\s*_])\1(?![\p{L}\p{N}*_])/gu;

/**
 * Drop Markdown emphasis markers as the bold title's `**` is dropped: the seed wrote "consolidating … meetings,
 * \*inter alia\*, aligned to …", and every output (HTML, terminal, Markdown, Word) showed the asterisks (session 13).
 * A Word or HTML document's italics, converted to Markdown as `_…_`, read alike.
 */
export function stripEmphasis(text: string): string {
  if (!text.includes('*') && !text.includes('_')) return text;
  return text.replace(EMPHASIS, '$2');
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set('e.g i.e etc para paras No Nos Mr Mrs Ms Dr art arts Art Arts cf vol Vol p pp Corr Rev Add Inc Ltd Co St approx resp ibid al'.split(' '));

/**
 * Cut paragraphs into sentences: after `.`, `!` or `?` followed by a space and a capital, a digit or an opening quote, unless the word before is an abbreviation or an initial ("U.S.", "J. Smith"). The first
 * sentence keeps the paragraph's label and heading flag; offsets are the paragraph's start plus the sentence's position
 * in the unfolded text, clamped to the paragraph (exact when the paragraph was one line).
 */
function toSentences(paragraphs: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const paragraph of paragraphs) {
    const pieces = splitSentences(paragraph.text);
    const labelWidth = paragraph.number ? paragraph.number.length + 1 : 0;
    for (const [i, piece] of pieces.entries()) {
      const start = Math.min(paragraph.end, paragraph.start + labelWidth + piece.at);
      out.push({
        index: out.length,
        text: piece.text,
        number: i === 0 ? paragraph.number : null,
        heading: i === 0 ? paragraph.heading : false,
        start: i === 0 ? paragraph.start : start,
        end: Math.min(paragraph.end, start + piece.text.length),
        // Its place in its paragraph, so that it is cited as a sentence of it (`¶ 3 s 4`), not as a paragraph ("¶ 11" of a
        // 5-paragraph statement, trial 20-b D14).
        ...(pieces.length > 1 ? { sentence: i + 1 } : {}),
      });
    }
  }
  return out;
}

/** Sentences of one paragraph with their positions. */
export function splitSentences(text: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  let from = 0;
  const boundary = /[.!?]["'”’)\]]*\s+(?=["“‘(\[]?[\p{Lu}\p{N}])/gu;
  for (const match of text.matchAll(boundary)) {
    const cut = match.index + match[0].trimEnd().length;
    const before = text.slice(from, match.index + 1);
    const word = /([\p{L}.]+)\.$/u.exec(before)?.[1] ?? '';
    if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) continue;
    out.push({ text: text.slice(from, cut), at: from });
    from = match.index + match[0].length;
  }
  if (from < text.length) out.push({ text: text.slice(from), at: from });
  return out.filter((piece) => piece.text.trim() !== '');
}
