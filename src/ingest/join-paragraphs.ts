import { RedlineError } from '../errors.js';

/** Join paragraphs into converter text: blank-line separated, one trailing newline. */
export function joinParagraphs(paragraphs: string[], path: string): string {
  const kept = paragraphs.map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '');
  if (kept.length === 0) throw new RedlineError('empty', 'has no readable text', 'Is the page or document empty, or only images? Give a version with text in it, or a plain-text copy.', path);
  // A first line of `---` would be read back as a front-matter fence.
  if (kept[0].startsWith('---')) kept[0] = kept[0].replace(/^-+/, '—');
  return kept.join('\n\n') + '\n';
}
