import mammoth from 'mammoth';
import JSZip from 'jszip';
import { parseHTML } from 'linkedom';
import type { DocumentMeta, TrackedChangesMode, Warning } from '../types.js';
import { RedlineError } from '../errors.js';
import { joinParagraphs } from './join-paragraphs.js';
import { assertNestingWithin, blocksToParagraphs } from './html.js';
import { assertDocxInflatesWithin } from './zip-limits.js';
import { countTrackedChanges, resolveTrackedChanges, writeNumbering } from './docx-xml.js';
import { readUnHead } from './un-head.js';

/**
 * Convert a Word (.docx) file to paragraph text through mammoth's HTML: headings, numbered paragraphs (Word's automatic
 * numbering written as the labels Word shows), footnotes at the end. Tracked changes are read as the final text, or
 * the original with `trackedChanges: 'original'`, and a warning says the file has them.
 */
export async function convertDocx(
  bytes: Uint8Array,
  path: string,
  trackedChanges: TrackedChangesMode = 'final',
): Promise<{ text: string; meta: Partial<DocumentMeta>; warnings: Warning[] }> {
  assertDocxInflatesWithin(bytes, path);
  const prepared = await prepareDocx(bytes, path, trackedChanges);
  let result;
  try {
    result = await mammoth.convertToHtml(
      { buffer: prepared.buffer },
      // Images carry no text; dropping them keeps megabytes of base64 out of the HTML.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
  } catch (error) {
    throw unreadable(path, error);
  }
  // mammoth says when a style has no HTML mapping ("Unrecognised paragraph style: 'Body Text'"): every file LibreOffice
  // writes has such styles, and paragraphs are read from their text and numbering, not their style, so it is not the
  // user's concern. Its other messages (a part it could not read) are.
  const messages = result.messages.filter((message) => !UNMAPPED_STYLE.test(message.message));
  const warnings: Warning[] = [...prepared.warnings, ...messages.map((message) => ({ code: 'docx', message: message.message, file: path }))];
  // Tables inside tables nest mammoth's HTML; the walker below reads it, so it gets the same bound as a page.
  assertNestingWithin(result.value, path);
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${result.value}</body></html>`);
  moveFootnotesOut(document);
  const paragraphs = blocksToParagraphs(document.body as unknown as Element);
  // A UN resolution or draft in Word carries the first page's form: facts, not paragraphs (see un-head.ts).
  const un = readUnHead(paragraphs);
  return { text: joinParagraphs(un?.paragraphs ?? paragraphs, path), meta: un?.meta ?? {}, warnings };
}

const UNMAPPED_STYLE = /^Unrecognised (?:paragraph|run|table) style\b/;

function unreadable(path: string, error: unknown): RedlineError {
  const reason = (error as Error).message.split('\n')[0];
  return new RedlineError('bad-docx', `is not a readable Word document (${reason})`, 'Open and re-save it in Word or LibreOffice, or give a PDF or text version.', path);
}

/**
 * The archive mammoth reads: `word/document.xml` with its tracked changes resolved and its automatic numbering written
 * into the text (`docx-xml.ts`); the warning that says the file has tracked changes and which text was read.
 */
async function prepareDocx(bytes: Uint8Array, path: string, trackedChanges: TrackedChangesMode): Promise<{ buffer: Buffer; warnings: Warning[] }> {
  const original = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(original);
  } catch (error) {
    throw unreadable(path, error);
  }
  const part = zip.file('word/document.xml');
  // No main part: mammoth says what is missing in its own words.
  if (!part) return { buffer: original, warnings: [] };
  const documentXml = await part.async('string');
  const warnings: Warning[] = [];
  const counts = countTrackedChanges(documentXml);
  const total = counts.insertions + counts.deletions + counts.moves;
  if (total > 0) {
    const kinds = [
      counts.insertions ? `${counts.insertions} ${counts.insertions === 1 ? 'insertion' : 'insertions'}` : '',
      counts.deletions ? `${counts.deletions} ${counts.deletions === 1 ? 'deletion' : 'deletions'}` : '',
      counts.moves ? `${counts.moves} ${counts.moves === 1 ? 'move' : 'moves'}` : '',
    ].filter(Boolean);
    const read =
      trackedChanges === 'final'
        ? 'read as the final text, every change accepted (--tracked-changes original reads the text before them)'
        : 'read as the original text, every change rejected (--tracked-changes final reads the text after them)';
    warnings.push({ code: 'docx-tracked-changes', message: `has tracked changes (${kinds.join(', ')}): ${read}`, file: path });
  }
  const resolved = total > 0 ? resolveTrackedChanges(documentXml, trackedChanges) : documentXml;
  const numberingXml = (await zip.file('word/numbering.xml')?.async('string')) ?? null;
  const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? null;
  const numbered = writeNumbering(resolved, numberingXml, stylesXml);
  if (total === 0 && numbered.labelled === 0) return { buffer: original, warnings };
  zip.file('word/document.xml', numbered.xml);
  // Stored, not deflated: the archive only travels to mammoth in memory.
  return { buffer: await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }), warnings };
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
