import type { ConvertedText, LoadOptions } from '../types.js';
import { RedlineError } from '../errors.js';
import { detectFormat } from './detect-format.js';
import { decodeText } from './read-input.js';
import { convertUnTextKeepingFrontMatter } from './un-text.js';
import { repairWithWarning } from './mojibake.js';
import { openDocumentError, richTextError } from './unread-formats.js';

/**
 * Convert the bytes of a PDF, DOCX, HTML or text file to paragraph text; the format comes from the content. The
 * converters are imported only when a file needs them: pdf.js, mammoth and the HTML parser would otherwise add their
 * load time to every comparison of two text files. `trackedChanges` says which text of a Word file with tracked changes
 * is read (the final one by default).
 */
export async function convertBytes(bytes: Uint8Array, path: string, options: Pick<LoadOptions, 'trackedChanges'> = {}): Promise<ConvertedText> {
  const format = detectFormat(bytes);
  switch (format) {
    case 'pdf':
      return { ...(await (await import('./pdf.js')).convertPdf(bytes, path)), format };
    case 'docx':
      return { ...(await (await import('./docx.js')).convertDocx(bytes, path, options.trackedChanges)), format };
    case 'html':
      if (isRedlineReport(bytes)) {
        // Compared as a page, a report is its own texts twice plus the findings and the facts table (136 paragraphs).
        throw new RedlineError('unsupported-format', 'is a page written by redline (a report), not a document', 'Compare the texts it was made from (a pair report embeds its result: the library\'s readEmbeddedResult reads it).', path);
      }
      return { ...(await import('./html.js')).convertHtml(bytes, path), format };
    case 'zip':
      if (isOpenDocument(bytes)) {
        throw openDocumentError(path);
      }
      throw new RedlineError('unsupported-format', 'is a zip archive but not a Word document (no word/document.xml)', 'Unpack it and give the document inside, or save it as .docx, PDF or text.', path);
    case 'text': {
      // Rich Text is text to a decoder, and its markup ("{\rtf1\ansi\deff3 {\fonttbl…") would be compared as words.
      if (isRtf(bytes)) {
        throw richTextError(path);
      }
      const warnings: ConvertedText['warnings'] = [];
      const text = repairWithWarning(decodeText(bytes, path), path, warnings);
      // Text extracted from a UN PDF is read through its furniture; every other text goes to the segmenter as it is.
      const converted = convertUnTextKeepingFrontMatter(text, path);
      if (!converted) return { text, meta: {}, warnings, format };
      return { ...converted, warnings: [...warnings, ...converted.warnings] };
    }
  }
}

/**
 * What marks a page redline wrote: the block a pair report embeds its result in (`templates/report.hbs`), or the
 * generator tag that every redline page (pair report, history, batch index) carries. A document that merely quotes
 * the block shows it escaped (`&lt;script`), so it is not taken for one.
 */
const REPORT_MARKS = ['<script type="application/json" id="redline-result"', '<meta name="generator" content="redline '];

/** Whether HTML bytes are a page redline wrote, rather than a document to compare (a search of the bytes: ~10 ms for 50 MB). */
function isRedlineReport(bytes: Uint8Array): boolean {
  const page = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return REPORT_MARKS.some((mark) => page.includes(mark));
}

/** Rich Text by its signature: `{\rtf` opens the file (after a byte-order mark or white space at most). */
function isRtf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 64)).toString('latin1');
  return /^(?:\xEF\xBB\xBF)?\s*\{\\rtf/.test(head);
}

/**
 * An OpenDocument file (.odt, .ods, .odp): its first entry is the stored `mimetype`, holding
 * `application/vnd.oasis.opendocument.…`, so a byte search of the head finds it.
 */
function isOpenDocument(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 256)).indexOf('application/vnd.oasis.opendocument', 0, 'latin1') >= 0;
}
