import type { Footnote, Paragraph } from '../types.js';
import { looksLikeHeading } from './segment.js';

/**
 * Footnotes written the Markdown way, `[^1]` where cited and a `[^1]: …` block for the note (what the PDF and UN-text
 * readers write, and what Markdown authors write): each note is attached to the paragraph that cites it and leaves the
 * flow, so it is never compared as a paragraph, and the mark leaves the text ("75/240,[^1]" → "75/240,").
 */

const DEFINITION = /^\[\^([^\]\s]+)\]:\s*([\s\S]*)$/;
const MARK = /\[\^([^\]\s]+)\]/g;

/** Attach footnote definitions to the paragraphs citing them; a text without definitions is returned as it is. */
export function attachFootnotes(paragraphs: Paragraph[]): Paragraph[] {
  const notes = new Map<string, string>();
  for (const paragraph of paragraphs) {
    const match = paragraph.number === null ? DEFINITION.exec(paragraph.text) : null;
    if (match) notes.set(match[1], match[2].trim());
  }
  if (notes.size === 0) return paragraphs;
  const body = paragraphs.filter((paragraph) => paragraph.number !== null || !DEFINITION.test(paragraph.text));
  return body.map((paragraph, index) => {
    const cited: Footnote[] = [];
    // The marks leave the text; where each stood is kept (`Footnote.offset`), counted in the text as it is once the
    // spaces the marks leave are folded and the ends trimmed, so a memo can put "¹" back after "Aspects," rather than
    // pile every mark at the paragraph's end ("Light Weapons,¹²³", trial 16c).
    const at: number[] = [];
    let removed = 0;
    const unmarked = paragraph.text.replace(MARK, (mark: string, name: string, position: number) => {
      const note = notes.get(name);
      if (note === undefined) return mark;
      cited.push({ mark: name, text: note });
      at.push(position - removed);
      removed += mark.length;
      return '';
    });
    const { text, offsets } = foldSpaces(unmarked, at);
    // "…for 2022,[^1]" ended in a bracket, so it looked like a title; without its mark it is a sentence again.
    const heading = paragraph.heading && cited.length > 0 ? looksLikeHeading(text) : paragraph.heading;
    const out: Paragraph = { ...paragraph, index, text, heading };
    if (cited.length) out.footnotes = cited.map((note, k) => ({ ...note, offset: offsets[k] }));
    return out;
  });
}

/**
 * A text with its runs of spaces folded to one and its ends trimmed (`text.replace(/ {2,}/g, ' ').trim()`), and the
 * given offsets in it carried to the folded text (an offset inside a folded run or a trimmed end lands at its edge).
 */
function foldSpaces(text: string, offsets: readonly number[]): { text: string; offsets: number[] } {
  // kept[i]: how many characters of text before i are kept by the folding.
  const kept = new Array<number>(text.length + 1);
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    kept[i] = folded.length;
    if (text[i] === ' ' && i > 0 && text[i - 1] === ' ') continue;
    folded += text[i];
  }
  kept[text.length] = folded.length;
  const lead = folded.length - folded.trimStart().length;
  const out = folded.trim();
  // A mark set apart by a space ("the Protocol [^2] and") follows the word before it, not the space.
  const place = (offset: number): number => {
    let at = offset;
    while (at > 0 && text[at - 1] === ' ') at--;
    return Math.min(out.length, Math.max(0, kept[at] - lead));
  };
  return { text: out, offsets: offsets.map(place) };
}
