import type { Paragraph } from '../types.js';

/**
 * What a reader cites each paragraph of a text WITHOUT UN labels by (a statement, a declaration, a draft, a strategy),
 * set as its `label` so that every output names it alike (the report's rows and anchors, key changes, text, Markdown,
 * Word, JSON): a new user found the seed's first paragraph "We, the Foreign Ministers …" cited as `¶ 3` everywhere (the
 * title and the date line counted) and the draft's printed "7." cited as `¶ 9` (session 13).
 *
 * - A text that prints arabic paragraph numbers (`7.`, `7)`, `3.11.`), each once and in order, on at least half of its
 *   body paragraphs (`numbersTheParagraphs`): a numbered paragraph is `¶ 7` (`¶ 3.11`); a lettered or
 *   roman item under it `¶ 7 (a)`; an unnumbered paragraph after it (closing words of a list, a bullet) `¶ 7 (cont.)`;
 *   an unnumbered paragraph before the first number `opening ¶ 1`, `opening ¶ 2` ….
 * - Any other text (no printed numbers, numbers that start again in each section, or only a short numbered list inside
 *   the text): the count of its body paragraphs,
 *   `¶ 1` for the first paragraph after the title and the date line.
 * - Heading lines (a title, a date line, a section heading) are not paragraphs of text: `heading 1`, `heading 2` ….
 *
 * A text with UN labels (a resolution: `role` and `label` set by `labelResolution`) keeps them; its lines the UN does
 * not number get a name too, never a count the UN does not print: the enacting formula ("The General Assembly,")
 * is `formula`, its other lines (a draft's title and symbol lines, a section's heading inside the text, the closing
 * meeting line) `heading 1`, `heading 2` …. They were `¶ 1` on one side and `¶ 2` on the other of one unchanged row, `¶
 * 71` for a section heading of A/RES/78/234 and "¶ 2 The General Assembly," in the Word memo (trials 14b, 14c). Names
 * are unique in a document (a repeat gets `(cont.)`), like the UN labels. Runs on the documents of a result, after
 * classification: "renumbered" is decided from the printed numbers (`isRenumbered`), not from these names.
 */
export function nameParagraphs(paragraphs: readonly Paragraph[]): Paragraph[] {
  const used = new Map<string, number>();
  const unique = (name: string): string => {
    const count = used.get(name) ?? 0;
    used.set(name, count + 1);
    return count === 0 ? name : count === 1 ? `${name} (cont.)` : `${name} (cont. ${count})`;
  };
  let headings = 0;
  if (paragraphs.some((paragraph) => paragraph.role !== undefined || (paragraph.label !== undefined && paragraph.label !== null))) {
    return paragraphs.map((paragraph) => {
      if (paragraph.label) return paragraph;
      return { ...paragraph, label: unique(paragraph.role === 'other' && FORMULA.test(paragraph.text.trim()) ? FORMULA_NAME : `heading ${++headings}`) };
    });
  }
  // A text cut into sentences (`--unit sentence`) names each paragraph by its first sentence and each later sentence
  // after it: `¶ 3 s 1`, `¶ 3 s 2` (a paragraph of one sentence stays `¶ 3`); "¶ 11" named the 11th sentence of a
  // 5-paragraph statement (trial 20-b D14).
  if (paragraphs.some((paragraph) => paragraph.sentence !== undefined)) {
    const firsts = nameParagraphs(paragraphs.filter((paragraph) => (paragraph.sentence ?? 1) === 1).map(({ sentence: _sentence, ...paragraph }) => paragraph));
    let k = -1;
    return paragraphs.map((paragraph) => {
      if ((paragraph.sentence ?? 1) === 1) k++;
      const name = firsts[k]?.label ?? `¶ ${paragraph.index + 1}`;
      return { ...paragraph, label: paragraph.sentence === undefined ? name : sentenceName(name, paragraph.sentence) };
    });
  }
  const body = paragraphs.filter((paragraph) => !paragraph.heading);
  const usePrinted = numbersTheParagraphs(body);
  let counted = 0;
  let opening = 0;
  let top: string | null = null;
  return paragraphs.map((paragraph) => {
    if (paragraph.heading) return { ...paragraph, label: unique(`heading ${++headings}`) };
    if (!usePrinted) return { ...paragraph, label: unique(`¶ ${++counted}`) };
    const number = paragraph.number ?? '';
    const arabic = ARABIC.exec(number);
    if (arabic && (top === null || !used.has(`¶ ${arabic[1]}`))) {
      top = `¶ ${arabic[1]}`;
      return { ...paragraph, label: unique(top) };
    }
    // A number printed again (a list inside a numbered paragraph, "1." … "13." of an annex) is an item of that paragraph.
    if (arabic && top !== null) return { ...paragraph, label: unique(`${top} (${arabic[1]})`) };
    const item = ITEM.exec(number);
    if (top === null) return { ...paragraph, label: unique(`opening ¶ ${++opening}`) };
    return { ...paragraph, label: unique(item ? `${top} (${item[1] ?? item[2]})` : top) };
  });
}

/**
 * Whether a text's printed numbers number its paragraphs, so that a reader cites them. They are printed once (three
 * quarters of them at least: a list inside the text may repeat a few) and in order (nine in ten at least: a PDF's
 * columns may swap two), and either they are the document's numbering by their shape (ten multi-level numbers or more,
 * "3.11.", half of the printed numbers: a section's paragraphs, as UK 2016 prints them), or at least half of its body
 * paragraphs that are no list item (a lettered item, a bullet) carry one. A short list inside the text ("1. Securing
 * government systems", "2. …", "3. …" among 119 body paragraphs of Canada 2010) is not the document's numbering: taken
 * as one, it named every later paragraph "¶ 3 (cont. 74)" (trial 16b, D2); numbers that start again in each section are
 * no citation alone either.
 */
function numbersTheParagraphs(body: readonly Paragraph[]): boolean {
  const printed: number[][] = [];
  let items = 0;
  for (const paragraph of body) {
    const number = paragraph.number ?? '';
    const arabic = ARABIC.exec(number);
    if (arabic) printed.push(arabic[1].split('.').map(Number));
    else if (ITEM.test(number) || BULLET.test(number)) items++;
  }
  if (printed.length === 0) return false;
  if (new Set(printed.map((parts) => parts.join('.'))).size * 4 < printed.length * 3) return false;
  const inOrder = printed.filter((parts, k) => k === 0 || comesAfter(parts, printed[k - 1])).length;
  if (inOrder * 10 < printed.length * 9) return false;
  const multiLevel = printed.filter((parts) => parts.length > 1).length;
  return (multiLevel >= 10 && multiLevel * 2 >= printed.length) || printed.length * 2 >= body.length - items;
}

/** Whether a multi-level number comes after another: 3.11 after 3.2, 4 after 3.13, 4.1 after 4. */
function comesAfter(parts: readonly number[], before: readonly number[]): boolean {
  for (let k = 0; k < Math.max(parts.length, before.length); k++) {
    const a = parts[k] ?? -1;
    const b = before[k] ?? -1;
    if (a !== b) return a > b;
  }
  return false;
}

/** The name of a resolution's enacting formula ("The General Assembly,", "The Security Council,"). */
export const FORMULA_NAME = 'formula';

/** An enacting formula: "The General Assembly,", an annexed instrument's "The States Parties to this Convention,". */
const FORMULA = /^The [A-Z][^.;:]{0,100},$/;

/** A printed paragraph number: `7.`, `7)`, `7`, and the multi-level `3.11.` of a strategy (cited `¶ 3.11`). */
const ARABIC = /^(\d{1,3}(?:\.\d{1,3})*)[.)]?$/;
/** A bullet: no number, an item of the paragraph before. */
const BULLET = /^[-•*–—▪◦·●○■]$/;
const ITEM = /^\(([a-z]{1,2}|[ivxl]{1,6})\)$|^([a-z]{1,2}|[ivxl]{1,6})[.)]$/;

/** Whether a paragraph name is a heading line's (`heading 2`), not a paragraph of text's. */
export function isHeadingName(label: string | null | undefined): boolean {
  return typeof label === 'string' && /^heading \d+/.test(label);
}

/**
 * Whether a name stands for a line no one cites by a number (`heading 2`, a resolution's `formula`): the Word memo prints
 * no label before it (it printed "heading 1" and "heading 2" before a statement's title and date, as if Word's style
 * names had leaked: trial 14c).
 */
export function isLineName(label: string | null | undefined): boolean {
  return isHeadingName(label) || (typeof label === 'string' && /^formula(?: \(cont\.|$)/.test(label));
}

/** A sentence's name: its paragraph's, then `s` and its place there (`¶ 3 s 4`: the 4th sentence of ¶ 3). */
function sentenceName(paragraph: string, sentence: number): string {
  return `${paragraph} s ${sentence}`;
}

/** Whether a name is a sentence's (`¶ 3 s 4`, `--unit sentence`): a place of its own, never read as a count of paragraphs. */
export function isSentenceName(label: string | null | undefined): boolean {
  return typeof label === 'string' && / s \d+$/.test(label);
}

/** Whether a label is a name `nameParagraphs` gave (`¶ 7`, `¶ 7 (a)`, `opening ¶ 1`, `heading 2`, `formula`), not a UN label the text prints. */
export function isGivenName(label: string | null | undefined): boolean {
  return typeof label === 'string' && (/^(?:¶ |opening ¶ |heading \d)/.test(label) || isLineName(label));
}
