import type { DocumentMeta, Warning } from '../types.js';
import { RedlineError } from '../errors.js';
import { detectFormat, type InputFormat } from './detect-format.js';
import { decodeText } from './read-input.js';

/**
 * What every converter returns: plain text the ordinary segmenter reads (paragraphs separated by blank lines, numbered
 * labels such as `12. ` or `(a) ` kept at paragraph start, headings as Markdown `#`), the facts the file itself states,
 * and the non-fatal problems met on the way.
 */
export interface ConvertedText {
  /** Plain text, one paragraph per blank-line-separated block, ending in a newline. */
  text: string;
  /** Facts found in the file (title, date, symbol); the caller's front matter or catalogue wins over these. */
  meta: Partial<DocumentMeta>;
  /** Non-fatal problems, e.g. a PDF page without text. */
  warnings: Warning[];
  /** The format the bytes were read as. */
  format: InputFormat;
}

/**
 * Convert the bytes of a PDF, DOCX, HTML or text file to paragraph text; the format comes from the content. The
 * converters are imported only when a file needs them: pdf.js, mammoth and the HTML parser would otherwise add their
 * load time to every comparison of two text files.
 */
export async function convertBytes(bytes: Uint8Array, path: string): Promise<ConvertedText> {
  const format = detectFormat(bytes);
  switch (format) {
    case 'pdf':
      return { ...(await (await import('./pdf.js')).convertPdf(bytes, path)), format };
    case 'docx':
      return { ...(await (await import('./docx.js')).convertDocx(bytes, path)), format };
    case 'html':
      return { ...(await import('./html.js')).convertHtml(bytes, path), format };
    case 'zip':
      throw new RedlineError('unsupported-format', 'is a zip archive but not a Word document (no word/document.xml)', 'Unpack it and give the document inside, or save it as .docx, PDF or text.', path);
    case 'text':
      return { text: decodeText(bytes, path), meta: {}, warnings: [], format };
  }
}

/** Join paragraphs into converter text: blank-line separated, one trailing newline. */
export function joinParagraphs(paragraphs: string[], path: string): string {
  const kept = paragraphs.map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '');
  if (kept.length === 0) throw new RedlineError('empty', 'has no readable text', 'Is the page or document empty, or only images? Give a version with text in it, or a plain-text copy.', path);
  // A first line of `---` would be read back as a front-matter fence.
  if (kept[0].startsWith('---')) kept[0] = kept[0].replace(/^-+/, '—');
  return kept.join('\n\n') + '\n';
}
