import type { Document, LoadOptions, TrackedChangesMode } from '../types.js';
import { convertBytes } from './convert.js';
import { documentFromText, withConvertedMeta } from './load-document.js';
import { DEFAULT_MAX_BYTES } from '../options.js';
import { readInput, type RawInput } from './read-input.js';

/**
 * Read a text, Markdown, HTML, PDF or Word file (or `-` for standard input) into a Document, telling the format from the
 * content: converted documents keep the facts they state (title, symbol, date) unless front matter says otherwise, and
 * `sha256` is the checksum of the file's own bytes.
 */
export async function loadAnyDocument(path: string, options: LoadOptions = {}): Promise<Document> {
  return documentFromBytes(await readInput(path, options.maxBytes ?? DEFAULT_MAX_BYTES), options);
}

/** The same, for bytes already read (a batch scan reads them once to check its cache first). */
export async function documentFromBytes(input: RawInput, options: Omit<LoadOptions, 'maxBytes'> = {}): Promise<Document> {
  const { path } = input;
  const converted = await convertBytes(input.bytes, path, { trackedChanges: options.trackedChanges });
  const document = documentFromText(converted.text, { path, sha256: input.sha256, id: options.id, unit: options.unit, blocksAreParagraphs: converted.blocksAreParagraphs });
  const tracked = converted.warnings.findIndex((warning) => warning.code === 'docx-tracked-changes');
  if (tracked >= 0) {
    const where = await trackedParagraphs(input, document, options);
    if (where) converted.warnings[tracked] = { ...converted.warnings[tracked], message: `${converted.warnings[tracked].message}; the changes are in ${where}` };
  }
  options.warnings?.push(...converted.warnings);
  // Plain text states nothing beyond its front matter, unless a reader recognised it (a UN document's extracted text).
  if (converted.format === 'text' && Object.keys(converted.meta).length === 0) return document;
  // What the file states beats what was guessed from its first lines (front matter, kept by the UN reader, beats both).
  return { ...document, meta: withConvertedMeta(document.meta, converted.meta, options.id) };
}

/**
 * Where a Word file's tracked changes are, by the labels of the paragraphs they touch (trial 21-a D12: the warning
 * "has tracked changes (1 insertion, 3 deletions)" named no paragraph). The file is read the other way too (original
 * for final, final for original): a paragraph of the text read whose text the other reading lacks carries a change;
 * paragraphs only the other reading has are counted. Null when the two readings have the same paragraphs.
 */
async function trackedParagraphs(input: RawInput, document: Document, options: Omit<LoadOptions, 'maxBytes'>): Promise<string | null> {
  const other: TrackedChangesMode = options.trackedChanges === 'original' ? 'final' : 'original';
  const converted = await convertBytes(input.bytes, input.path, { trackedChanges: other });
  const otherDocument = documentFromText(converted.text, { path: input.path, sha256: input.sha256, id: options.id, unit: options.unit, blocksAreParagraphs: converted.blocksAreParagraphs });
  const otherTexts = new Set(otherDocument.paragraphs.map((paragraph) => paragraph.text));
  const texts = new Set(document.paragraphs.map((paragraph) => paragraph.text));
  const changed = document.paragraphs.filter((paragraph) => !otherTexts.has(paragraph.text)).map((paragraph, index) => paragraph.label ?? `¶ ${index + 1}`);
  const onlyOther = otherDocument.paragraphs.filter((paragraph) => !texts.has(paragraph.text)).length - changed.length;
  const parts = [changed.join(', ')].filter(Boolean);
  if (onlyOther > 0) parts.push(`${onlyOther} ${onlyOther === 1 ? 'paragraph' : 'paragraphs'} of the ${other} text only`);
  return parts.length ? parts.join(', and ') : null;
}
