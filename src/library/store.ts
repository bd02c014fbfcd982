import { stringify } from 'yaml';
import { writeFileAtomic } from '../io.js';
import { convertBytes, splitFrontMatter, documentFromText, sha256Hex } from '../ingest/index.js';
import type { ConvertedText, DocumentMeta, Warning } from '../types.js';
import { textPath, type CatalogEntry } from './catalog.js';

/** Where stored bytes came from, written into the text's front matter. */
export interface Provenance {
  /** The catalogue URL or the user's file, as given. */
  source: string;
  /** The address the bytes finally came from, when redirects led elsewhere. */
  fetchedFrom?: string;
  /** When the bytes were read. */
  retrieved: Date;
}

/** What storing a document wrote. */
export interface StoredText {
  path: string;
  format: string;
  paragraphs: number;
  /** Facts the file itself stated (title, symbol), for a catalogue entry that lacks them. */
  stated: Partial<DocumentMeta>;
  warnings: Warning[];
}

/** Catalogue facts copied into a stored text's front matter, in this order. */
const FACTS = ['id', 'title', 'date', 'place', 'issuer', 'kind', 'symbol', 'licence'] as const;

/**
 * Facts the reader found in the document itself (a UN text's first page and closing lines: status, issue date, agenda
 * item, meeting …), written after the catalogue's under their JSON names and read back as facts (`documentFromText`):
 * a stored UN text lost them, so comparing it with its own file showed eight "document facts" changed (trial 15a #7).
 */
const STATED = ['distribution', 'issued', 'originalLanguage', 'session', 'agendaItem', 'resolution', 'status', 'meeting', 'notes'] as const;

/**
 * Convert downloaded or local bytes and store them as `<corpus>/texts/<id>.md`: YAML front matter (catalogue facts,
 * source, retrieval time, sha256 of the bytes, format) and the paragraph text. The result is read back before it is
 * written, and written atomically, so a conversion that fails leaves any earlier good text in place.
 */
export async function storeText(corpusDir: string, entry: CatalogEntry, bytes: Uint8Array, provenance: Provenance): Promise<StoredText> {
  return storeConverted(corpusDir, entry, await convertBytes(bytes, provenance.source), bytes, provenance);
}

/** Store an already converted document (see `storeText`); `bytes` are the original ones, for the checksum. */
export async function storeConverted(corpusDir: string, entry: CatalogEntry, converted: ConvertedText, bytes: Uint8Array, provenance: Provenance): Promise<StoredText> {
  const path = textPath(corpusDir, entry.id);
  let body = converted.text;
  let theirs: Record<string, unknown> = {};
  if (converted.format === 'text') {
    // A text that brings front matter of its own: keep its fields under the catalogue's, and one front matter block.
    const split = splitFrontMatter(converted.text, provenance.source);
    theirs = split.data;
    body = split.body.replace(/^\n+/, '');
  }
  const front: Record<string, unknown> = { ...theirs };
  for (const field of FACTS) if (entry[field] !== undefined && entry[field] !== null && entry[field] !== '') front[field] = entry[field];
  if (!front.symbol && converted.meta.symbol) front.symbol = converted.meta.symbol;
  for (const field of STATED) if (front[field] === undefined && converted.meta[field] !== undefined) front[field] = converted.meta[field];
  front.source = provenance.source;
  if (provenance.fetchedFrom && provenance.fetchedFrom !== provenance.source) front.fetched_from = provenance.fetchedFrom;
  front.retrieved = provenance.retrieved.toISOString();
  front.sha256 = sha256Hex(bytes);
  front.format = converted.format;
  const text = `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body}`;
  // Read it back the way every later command will: a text that does not load is not worth keeping.
  const document = documentFromText(text, { path });
  await writeFileAtomic(path, text);
  return { path, format: converted.format, paragraphs: document.paragraphs.length, stated: converted.meta, warnings: converted.warnings };
}
