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
      return notRedlineOutput({ ...(await (await import('./pdf.js')).convertPdf(bytes, path)), format }, path);
    case 'docx':
      return notRedlineOutput({ ...(await (await import('./docx.js')).convertDocx(bytes, path, options.trackedChanges)), format }, path);
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
 * What opens a Word file redline wrote as a memo, as its text reads (a heading, then the italic line that says what it
 * is), and so the same file printed to PDF: the digest ("What was negotiated" / "What changed", "redline digest of texts
 * dated …"), the target memo ("redline target memo: …") and a series' history ("History: X", "4 versions, 78/48 to
 * 80/46: every paragraph followed across them"). A compared pair's Word document (tracked changes by "redline") is not
 * among them: accepting its changes gives the newer text, a document.
 */
export const MEMO_OPENINGS: ReadonlyArray<{ what: string; opening: RegExp }> = [
  { what: 'a digest', opening: /^#?\s*(?:What was negotiated|What changed)\n+redline digest\b/ },
  { what: 'a target memo', opening: /^#?\s*[^\n]*\n+redline target memo: / },
  { what: 'a series history', opening: /^#?\s*History: [^\n]*\n+\d+ versions, [^\n]*: every paragraph followed across them\n/ },
];

/**
 * The converted text, unless it is a memo redline wrote (`MEMO_OPENINGS`): a digest printed to PDF was read as a
 * document and grouped into a series of its own (trial 19-b D3, `old-digest.pdf`). A batch skips such a file, as it skips
 * the digest.md and digest.docx of an earlier run.
 */
function notRedlineOutput(converted: ConvertedText, path: string): ConvertedText {
  const head = converted.text.slice(0, 600).replace(/^\uFEFF/, '').trimStart();
  const memo = MEMO_OPENINGS.find((entry) => entry.opening.test(head));
  if (memo) throw new RedlineError('redline-output', `is ${memo.what} written by redline (saved or printed), not a document`, 'Compare the texts it was made from.', path);
  return converted;
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
