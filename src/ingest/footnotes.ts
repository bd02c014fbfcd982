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
    const text = paragraph.text
      .replace(MARK, (mark: string, name: string) => {
        const note = notes.get(name);
        if (note === undefined) return mark;
        cited.push({ mark: name, text: note });
        return '';
      })
      .replace(/ {2,}/g, ' ')
      .trim();
    // "…for 2022,[^1]" ended in a bracket, so it looked like a title; without its mark it is a sentence again.
    const heading = paragraph.heading && cited.length > 0 ? looksLikeHeading(text) : paragraph.heading;
    const out: Paragraph = { ...paragraph, index, text, heading };
    if (cited.length) out.footnotes = cited;
    return out;
  });
}
