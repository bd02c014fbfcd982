import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import type { DocumentMeta, Warning } from '../types.js';
import { RedlineError } from '../errors.js';
import { joinParagraphs } from './join-paragraphs.js';
import { assertNestingWithin, blocksToParagraphs } from './html.js';
import { assertDocxInflatesWithin } from './zip-limits.js';

/** Convert a Word (.docx) file to paragraph text through mammoth's HTML: headings, numbered lists, footnotes at the end. */
export async function convertDocx(bytes: Uint8Array, path: string): Promise<{ text: string; meta: Partial<DocumentMeta>; warnings: Warning[] }> {
  assertDocxInflatesWithin(bytes, path);
  let result;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images carry no text; dropping them keeps megabytes of base64 out of the HTML.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new RedlineError('bad-docx', `is not a readable Word document (${reason})`, 'Open and re-save it in Word or LibreOffice, or give a PDF or text version.', path);
  }
  const warnings: Warning[] = result.messages.map((message) => ({ code: 'docx', message: message.message, file: path }));
  // Tables inside tables nest mammoth's HTML; the walker below reads it, so it gets the same bound as a page.
  assertNestingWithin(result.value, path);
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${result.value}</body></html>`);
  moveFootnotesOut(document);
  return { text: joinParagraphs(blocksToParagraphs(document.body as unknown as Element), path), meta: {}, warnings };
}

/**
 * mammoth marks a note as `<sup><a href="#footnote-1">[1]</a></sup>` and lists the notes with back-links at the end.
 * The mark is not part of the sentence (as in PDFs, `security.[1]` reads `security.`); each note becomes a paragraph
 * `[^1]: text`, the Markdown footnote form the PDF converter writes too.
 */
function moveFootnotesOut(document: ReturnType<typeof parseHTML>['document']): void {
  for (const mark of Array.from(document.querySelectorAll('a[href^="#footnote-"], a[href^="#endnote-"]'))) {
    const sup = mark.parentElement?.tagName.toUpperCase() === 'SUP' ? mark.parentElement : mark;
    sup.remove();
  }
  for (const back of Array.from(document.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]'))) back.remove();
  for (const note of Array.from(document.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]'))) {
    const number = /(\d+)$/.exec(note.getAttribute('id') ?? '')?.[1] ?? '?';
    const paragraph = document.createElement('p');
    paragraph.textContent = `[^${number}]: ${note.textContent ?? ''}`;
    note.parentElement?.parentElement?.insertBefore(paragraph, note.parentElement);
    note.remove();
  }
}
