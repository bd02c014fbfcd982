import type { ConvertedText, LoadOptions } from '../types.js';
import { RedlineError } from '../errors.js';
import { detectFormat } from './detect-format.js';
import { decodeText } from './read-input.js';
import { convertUnTextKeepingFrontMatter } from './un-text.js';
import { repairWithWarning } from './mojibake.js';

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
      return { ...(await import('./html.js')).convertHtml(bytes, path), format };
    case 'zip':
      throw new RedlineError('unsupported-format', 'is a zip archive but not a Word document (no word/document.xml)', 'Unpack it and give the document inside, or save it as .docx, PDF or text.', path);
    case 'text': {
      const warnings: ConvertedText['warnings'] = [];
      const text = repairWithWarning(decodeText(bytes, path), path, warnings);
      // Text extracted from a UN PDF is read through its furniture; every other text goes to the segmenter as it is.
      const converted = convertUnTextKeepingFrontMatter(text, path);
      if (!converted) return { text, meta: {}, warnings, format };
      return { ...converted, warnings: [...warnings, ...converted.warnings] };
    }
  }
}
