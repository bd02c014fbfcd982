import { RedlineError } from '../errors.js';

/**
 * The formats redline does not read, each with the one line that says what to do: `compare` throws it when given such a
 * file (from its bytes, `convert.ts`), and `batch` prints it for each such file it skips in a corpus folder (from its
 * extension, `skippedFileReason`), so the user who saved the adopted text as .odt reads the same advice either way
 * (trial 19-b D4: batch skipped `A_RES_80_46.odt` unnamed, then said the adopted text was not in the corpus).
 */
export function openDocumentError(path: string): RedlineError {
  return new RedlineError('unsupported-format', 'is an OpenDocument file (.odt, LibreOffice\'s own format), not a Word document', 'Save it as .docx (File > Save As > Word) or as PDF, and give that.', path);
}

/** Rich Text (.rtf): its markup would be compared as words. */
export function richTextError(path: string): RedlineError {
  return new RedlineError('unsupported-format', 'is a Rich Text (.rtf) file, which redline does not read', 'Save it as .docx or as plain text (.txt) in Word or LibreOffice, and give that.', path);
}

/** A Word 97–2003 file (.doc): a binary format; its bytes alone make `compare` say "looks like a binary file". */
function legacyWordError(path: string): RedlineError {
  return new RedlineError('unsupported-format', 'is a Word 97–2003 (.doc) file, which redline does not read', 'Save it as .docx (File > Save As > Word Document) or as PDF, and give that.', path);
}

/** An image: a scanned page has no text until OCR gives it one. */
function imageError(path: string): RedlineError {
  return new RedlineError('unsupported-format', 'is an image, not a text (a scanned page?)', 'Run OCR on it (e.g. `ocrmypdf`, or `tesseract` for an image) and give the PDF or text it makes.', path);
}

/** Any other extension. */
function otherFormatError(path: string): RedlineError {
  return new RedlineError('unsupported-format', 'is not a format redline reads', 'Give texts as .txt, .md, .html, .pdf or .docx.', path);
}

const IMAGE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'tif', 'tiff', 'gif', 'bmp', 'webp', 'heic']);
const OPEN_DOCUMENT_EXTENSIONS = new Set(['odt', 'ott', 'fodt', 'ods', 'odp']);

/**
 * Why a file of the corpus folder was skipped without being read, from its name, as the one line a user sees
 * (`<path>: <what it is>. <what to do>`): the same line `compare` gives for an .odt or an .rtf.
 */
export function skippedFileReason(path: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(path);
  const extension = match ? match[1].toLowerCase() : '';
  if (OPEN_DOCUMENT_EXTENSIONS.has(extension)) return openDocumentError(path).toLine();
  if (extension === 'rtf') return richTextError(path).toLine();
  if (extension === 'doc' || extension === 'dot') return legacyWordError(path).toLine();
  if (IMAGE_EXTENSIONS.has(extension)) return imageError(path).toLine();
  return otherFormatError(path).toLine();
}
