import { RedlineError } from '../errors.js';
import { readInput, convertBytes, documentFromText, normalizeDate } from '../ingest/index.js';
import { DEFAULT_MAX_BYTES } from '../options.js';
import { stat } from 'node:fs/promises';
import { readCatalog, saveCatalogEntry, textPath, type CatalogEntry } from './catalog.js';
import { downloadWithRetries, type DownloadOptions } from './fetch.js';
import { storeConverted, type StoredText } from './store.js';

/** Longest catalogue id: it names `texts/<id>.md` and its `.source` file, and file names stop at 255 bytes. */
const MAX_ID_LENGTH = 100;

/** A document of the user's own to add: where it is and the facts the catalogue needs. */
export interface AddOptions extends DownloadOptions {
  corpusDir: string;
  /** A local file (text, Markdown, HTML, PDF, DOCX) or an http(s) URL. */
  source: string;
  id: string;
  /** Adoption or publication date; ISO or as declarations write it ("28 July 2023"); for a catalogue entry, its date when absent. */
  date?: string;
  /** Title; else the one the document states, else its first heading. */
  title?: string;
  symbol?: string;
  issuer?: string;
  place?: string;
  kind?: string;
  /** Replace the stored text of an entry with the same id (its facts are kept where not given). */
  force?: boolean;
  now?: () => Date;
}

/** What `addDocument` wrote: the catalogue entry and the stored text. */
export interface Added {
  entry: CatalogEntry;
  stored: StoredText;
  /** The entry's date is the one the document states (a new id added without --date). */
  dateRead?: true;
}

/**
 * Add a document to the corpus: store its text under `texts/<id>.md` and its entry in `catalog.yaml`. An id the
 * catalogue already has attaches the file to that entry (the way to a catalogue text without network: save it from a
 * browser, then `corpus add FILE --id ID`): the entry keeps its facts (date, title, issuer, kind, url…) where none is
 * given; a new id takes the date the document states, so `--date` is needed only for a new id whose document states
 * none. A stored text is replaced only with `force`.
 */
export async function addDocument(options: AddOptions): Promise<Added> {
  const { entries, path: catalog } = await readCatalog(options.corpusDir);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(options.id)) {
    throw new RedlineError('bad-id', `the id ${JSON.stringify(options.id.slice(0, 80))} cannot name a file`, 'Use letters, digits, `.`, `_` and `-`, e.g. 2025-my-statement.', catalog);
  }
  if (options.id.length > MAX_ID_LENGTH) {
    throw new RedlineError('bad-id', `the id is ${options.id.length} characters long, over the ${MAX_ID_LENGTH} a stored file name may take`, 'Give a shorter --id, e.g. 2025-my-statement.', catalog);
  }
  const existing = entries.find((entry) => entry.id === options.id);
  const hasText = existing !== undefined && (await stat(textPath(options.corpusDir, options.id)).then((info) => info.isFile(), () => false));
  if (!options.force && hasText) {
    throw new RedlineError('duplicate-id', `the catalogue already has ${options.id}`, 'Choose another --id, or pass --force to replace it.', catalog);
  }
  const given = options.date === undefined ? undefined : normalizeDate(options.date);
  if (given === null) throw new RedlineError('bad-date', `${JSON.stringify(options.date)} is not a date`, 'Give it as YYYY-MM-DD.', options.source);

  const isUrl = /^https?:\/\//i.test(options.source);
  const fetched = isUrl
    ? await downloadWithRetries(options.source, options, options.source)
    : { bytes: (await readInput(options.source, options.maxBytes ?? DEFAULT_MAX_BYTES)).bytes, url: undefined };
  const converted = await convertBytes(fetched.bytes, options.source);
  const read = documentFromText(converted.text, { path: options.source });
  // A new id takes the date the document states (a resolution's adoption date, the date a statement's title ends
  // with), as `compare` reads it; only a document that states none needs --date (trial 15a #13).
  const date = given ?? existing?.date ?? converted.meta.date ?? read.meta.date;
  if (!date) {
    throw new RedlineError('bad-date', `${options.id} is not in the catalogue and the document states no date redline can read, so adding it needs --date`, 'Give its adoption or publication date, as --date YYYY-MM-DD.', options.source);
  }
  // The entry's own facts, then what was given; a local file keeps the entry's url (where the official text is).
  const entry: CatalogEntry = {
    ...(existing ?? {}),
    id: options.id,
    title: options.title ?? existing?.title ?? '',
    date,
    ...(options.place ? { place: options.place } : {}),
    ...(options.issuer ? { issuer: options.issuer } : {}),
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.symbol ? { symbol: options.symbol } : {}),
    ...(isUrl ? { url: options.source, file: undefined } : { url: existing?.url ?? null, file: options.source }),
  };
  const provenance = { source: options.source, fetchedFrom: fetched.url, retrieved: (options.now ?? (() => new Date()))() };
  // No title given: the one the document states, else what the loader reads from its first lines.
  entry.title ||= converted.meta.title ?? read.meta.title;
  const stored = await storeConverted(options.corpusDir, entry, converted, fetched.bytes, provenance);
  if (!entry.symbol && stored.stated.symbol) entry.symbol = stored.stated.symbol;
  await saveCatalogEntry(options.corpusDir, entry, existing !== undefined);
  return { entry, stored, ...(given === undefined && existing === undefined ? { dateRead: true } : {}) };
}
