import type { Paragraph } from '../types.js';

/**
 * What a reader cites each paragraph of a text WITHOUT UN labels by (a statement, a declaration, a draft, a strategy),
 * set as its `label` so that every output names it alike (the report's rows and anchors, key changes, text, Markdown,
 * Word, JSON): a new user found the seed's first paragraph "We, the Foreign Ministers …" cited as `¶ 3` everywhere (the
 * title and the date line counted) and the draft's printed "7." cited as `¶ 9` (session 13).
 *
 * - A text that prints arabic paragraph numbers (`7.`, `7)`), each once: a numbered paragraph is `¶ 7`; a lettered or
 *   roman item under it `¶ 7 (a)`; an unnumbered paragraph after it (closing words of a list, a bullet) `¶ 7 (cont.)`;
 *   an unnumbered paragraph before the first number `opening ¶ 1`, `opening ¶ 2` ….
 * - Any other text (no printed numbers, or numbers that start again in each section): the count of its body paragraphs,
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
  const body = paragraphs.filter((paragraph) => !paragraph.heading);
  const printed = body.map((paragraph) => ARABIC.exec(paragraph.number ?? '')?.[1]).filter((number): number is string => number !== undefined);
  const usePrinted = printed.length > 0 && new Set(printed).size === printed.length;
  let counted = 0;
  let opening = 0;
  let top: string | null = null;
  return paragraphs.map((paragraph) => {
    if (paragraph.heading) return { ...paragraph, label: unique(`heading ${++headings}`) };
    if (!usePrinted) return { ...paragraph, label: unique(`¶ ${++counted}`) };
    const number = paragraph.number ?? '';
    const arabic = ARABIC.exec(number);
    if (arabic) {
      top = `¶ ${arabic[1]}`;
      return { ...paragraph, label: unique(top) };
    }
    const item = ITEM.exec(number);
    if (top === null) return { ...paragraph, label: unique(`opening ¶ ${++opening}`) };
    return { ...paragraph, label: unique(item ? `${top} (${item[1] ?? item[2]})` : top) };
  });
}

/** The name of a resolution's enacting formula ("The General Assembly,", "The Security Council,"). */
export const FORMULA_NAME = 'formula';

/** An enacting formula: "The General Assembly,", an annexed instrument's "The States Parties to this Convention,". */
const FORMULA = /^The [A-Z][^.;:]{0,100},$/;

const ARABIC = /^(\d{1,3})[.)]?$/;
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

/** Whether a label is a name `nameParagraphs` gave (`¶ 7`, `¶ 7 (a)`, `opening ¶ 1`, `heading 2`, `formula`), not a UN label the text prints. */
export function isGivenName(label: string | null | undefined): boolean {
  return typeof label === 'string' && (/^(?:¶ |opening ¶ |heading \d)/.test(label) || isLineName(label));
}
