import type { Document, LoadOptions } from '../types.js';
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
  options.warnings?.push(...converted.warnings);
  const document = documentFromText(converted.text, { path, sha256: input.sha256, id: options.id, unit: options.unit, blocksAreParagraphs: converted.blocksAreParagraphs });
  // Plain text states nothing beyond its front matter, unless a reader recognised it (a UN document's extracted text).
  if (converted.format === 'text' && Object.keys(converted.meta).length === 0) return document;
  // What the file states beats what was guessed from its first lines (front matter, kept by the UN reader, beats both).
  return { ...document, meta: withConvertedMeta(document.meta, converted.meta, options.id) };
}
