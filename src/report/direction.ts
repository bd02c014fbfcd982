/**
 * A text's writing direction as HTML's `dir="auto"` finds it: from its first letter. Arabic, Hebrew, Syriac, Thaana
 * and N'Ko are written right to left; any other letter (or none) left to right. The Word outputs mark a paragraph so
 * (`w:bidi`, its runs `w:rtl`), as the HTML does with `dir="auto"`: an Arabic paragraph laid out left to right put its
 * full stop at the wrong end (trial 16c, issue 19).
 */
const FIRST_STRONG = /[\p{L}]/u;
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** Whether a paragraph's text is written right to left (its first letter is of a right-to-left script). */
export function isRightToLeft(text: string): boolean {
  const first = FIRST_STRONG.exec(text);
  return first !== null && RIGHT_TO_LEFT.test(first[0]);
}
