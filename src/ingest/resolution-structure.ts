import type { Paragraph, ParagraphRole } from '../types.js';

/**
 * The structure negotiators cite in a resolution: after the enacting formula ("The General Assembly,") come preambular
 * paragraphs (PP1, PP2 …: "Recalling …", "Noting …", unnumbered), then operative paragraphs (OP1, OP2 …: their printed
 * numbers, so a renumbering shows as "OP5 → OP7"), with sub-paragraphs under either ("OP2 (a)", "OP2 (a) (i)");
 * an "Annex" heading starts an annex whose numbered paragraphs are cited as "Annex 4" ("Annex I 4" when there are
 * several), its section titles are headings.
 *
 * The enacting formula is the evidence: a text without one among its first paragraphs is returned untouched (no `role`,
 * no `label`), so ordinary declarations, statements and reports read as before.
 */

const FORMULA = /^The (?:[A-Z][A-Za-z]*)(?: (?:[A-Z][A-Za-z]*|and|of|on|the|for))*,$/;
const ANNEX = /^(Annex|Appendix)(?:\s+([IVXLC]+|\d+|[A-Z]))?$/i;
const ARABIC = /^(\d{1,3})[.)]?$/;
const LETTER = /^\(([a-z]{1,2})\)$|^([a-z]{1,2})[.)]$/;
const ROMAN = /^\(([ivxl]{1,6})\)$|^([ivxl]{1,6})[.)]$/;

/** Give each paragraph of a resolution its role and label; other texts come back unchanged. */
export function labelResolution(paragraphs: Paragraph[]): Paragraph[] {
  const formula = paragraphs.slice(0, 15).findIndex((paragraph) => paragraph.number === null && FORMULA.test(paragraph.text.trim()));
  if (formula < 0) return paragraphs;
  const annexes = paragraphs.filter((paragraph) => ANNEX.test(paragraph.text.trim()) && paragraph.number === null).length;
  let part: 'preamble' | 'operative' | 'annex' = 'preamble';
  let pp = 0;
  let top: string | null = null; // the label sub-paragraphs hang under (PP3, OP2, Annex 4)
  let letter: string | null = null; // the current lettered sub-paragraph, for roman items under it
  let annex = 'Annex';
  const mark = (paragraph: Paragraph, role: ParagraphRole, label: string | null): Paragraph => ({ ...paragraph, role, label });
  return paragraphs.map((paragraph, index) => {
    if (index < formula) return mark(paragraph, paragraph.heading ? 'heading' : 'other', null);
    if (index === formula) return mark(paragraph, 'other', null);
    const text = paragraph.text.trim();
    const number = paragraph.number;
    const annexMatch = number === null ? ANNEX.exec(text) : null;
    if (annexMatch) {
      part = 'annex';
      annex = annexes > 1 && annexMatch[2] ? `${capitalize(annexMatch[1])} ${annexMatch[2]}` : capitalize(annexMatch[1]);
      top = null;
      letter = null;
      return mark(paragraph, 'heading', null);
    }
    const arabic = number ? ARABIC.exec(number) : null;
    if (arabic) {
      if (part === 'preamble') part = 'operative';
      top = part === 'annex' ? `${annex} ${arabic[1]}` : `OP${arabic[1]}`;
      letter = null;
      return mark(paragraph, part === 'annex' ? 'annex' : 'operative', top);
    }
    const sub = number ? subLabel(number, letter) : null;
    if (sub && top) {
      if (sub.kind === 'letter') letter = sub.label;
      const label = sub.kind === 'roman' && letter ? `${top} ${letter} ${sub.label}` : `${top} ${sub.label}`;
      return mark(paragraph, 'sub-paragraph', label);
    }
    if (paragraph.heading || (number !== null && /^[A-Z]\.|^[IVXLC]+\.$/.test(number))) return mark(paragraph, 'heading', null);
    if (part === 'preamble' && number === null) {
      top = `PP${++pp}`;
      letter = null;
      return mark(paragraph, 'preambular', top);
    }
    return mark(paragraph, part === 'annex' ? 'annex' : 'other', null);
  });
}

/** `(a)` is a letter, `(i)` a roman numeral under the current letter (but `(i)` after `(h)` is the letter i). */
function subLabel(number: string, letter: string | null): { kind: 'letter' | 'roman'; label: string } | null {
  const roman = ROMAN.exec(number);
  const romanValue = roman ? (roman[1] ?? roman[2]) : null;
  if (romanValue && letter && !(romanValue === 'i' && letter === '(h)') && !(romanValue === 'v' && letter === '(u)') && !(romanValue === 'x' && letter === '(w)')) {
    return { kind: 'roman', label: `(${romanValue})` };
  }
  const match = LETTER.exec(number);
  if (match) return { kind: 'letter', label: `(${match[1] ?? match[2]})` };
  return null;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
