import { open, readFile, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, isSeq, isMap } from 'yaml';
import { RedlineError } from '../errors.js';
import { makeFolder, readFileBounded, writeFileAtomic } from '../io.js';

/** One document the corpus is about: facts from `catalog.yaml`; only `id`, `title` and `date` are required. */
export interface CatalogEntry {
  /** Stable identifier, also the stored text's file name (`texts/<id>.md`): letters, digits, `.`, `_`, `-`. */
  id: string;
  title: string;
  /** Adoption or publication date, ISO `YYYY-MM-DD`. */
  date: string;
  /** Where the official text is published (http or https); null or absent when there is none to fetch. */
  url?: string | null;
  /** A file of the user's own that `redline corpus add` read (then there is no url to fetch). */
  file?: string;
  /** UN symbol or similar reference, e.g. `A/78/265`. */
  symbol?: string;
  place?: string;
  issuer?: string;
  /** declaration, report, resolution, joint statement, convention… */
  kind?: string;
  /** Reuse terms of the publisher, copied into the stored text. */
  licence?: string;
  /** Any other field, kept as written. */
  [field: string]: unknown;
}

/** The catalogue file's path and its entries in file order. */
export interface Catalog {
  path: string;
  entries: CatalogEntry[];
}

/**
 * The catalogue shipped with the package (`corpus/catalog.yaml`, in package.json `files`): the documents of the field,
 * for a user who installed redline and has no project folder.
 */
export const PACKAGED_CATALOG = fileURLToPath(new URL('../../corpus/catalog.yaml', import.meta.url));

/**
 * Start a user's corpus folder from the packaged catalogue: `<corpusDir>/catalog.yaml` copied from it when the folder
 * has none (an existing catalogue, with the user's own entries, is never replaced). Resolves to true when it copied.
 */
export async function seedCatalog(corpusDir: string): Promise<boolean> {
  const path = catalogPath(corpusDir);
  if (await stat(path).then(() => true, () => false)) return false;
  await makeFolder(corpusDir);
  await writeFileAtomic(path, await readFile(PACKAGED_CATALOG));
  return true;
}

/** The catalogue file of a corpus folder. */
export function catalogPath(corpusDir: string): string {
  return join(corpusDir, 'catalog.yaml');
}

/** Where the text of a catalogue entry is stored: `<corpus>/texts/<id>.md`. */
export function textPath(corpusDir: string, id: string): string {
  return join(corpusDir, 'texts', `${id}.md`);
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Read and check `<corpus>/catalog.yaml`; a missing or malformed catalogue is an error naming the entry to fix. */
export async function readCatalog(corpusDir: string): Promise<Catalog> {
  const path = catalogPath(corpusDir);
  // Read within bounds like every file an option names (`--corpus` with a catalog.yaml linked to /dev/zero, or a FIFO).
  const missing = await stat(path).then(
    () => false,
    (error: NodeJS.ErrnoException) => error.code === 'ENOENT',
  );
  if (missing) throw new RedlineError('no-catalog', 'no corpus catalogue here', 'Name a folder that holds catalog.yaml with --corpus, or leave --corpus out: redline then uses ./corpus, else your own corpus folder (started from the catalogue shipped with it).', path);
  const text = Buffer.from(readFileBounded(path, 'the catalogue')).toString('utf8');
  return { path, entries: parseCatalog(text, path) };
}

/** Parse and check catalogue YAML: a `documents:` list of entries with unique ids, a title and an ISO date each. */
export function parseCatalog(text: string, path: string): CatalogEntry[] {
  const document = parseDocument(text, { schema: 'core' });
  if (document.errors.length) {
    const reason = document.errors[0].message.split('\n')[0];
    throw new RedlineError('bad-catalog', `the catalogue is not valid YAML (${reason})`, 'Fix the YAML and try again.', path);
  }
  const data = document.toJS() as { documents?: unknown } | null;
  if (!data || !Array.isArray(data.documents)) {
    throw new RedlineError('bad-catalog', 'the catalogue has no `documents:` list', 'Write the entries under a top-level `documents:` key.', path);
  }
  const seen = new Set<string>();
  return data.documents.map((raw, index) => {
    const where = `entry ${index + 1}`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      throw new RedlineError('bad-catalog', `${where} is not a mapping`, 'Write each entry as `- id: …` with `key: value` lines.', path);
    }
    const entry = raw as Record<string, unknown>;
    const id = entry.id;
    if (typeof id !== 'string' || !ID.test(id)) {
      throw new RedlineError('bad-catalog', `${where} has ${id === undefined ? 'no id' : `the id ${JSON.stringify(id)}`}`, 'Give it an id of letters, digits, `.`, `_` and `-` (it names the stored file).', path);
    }
    if (seen.has(id)) throw new RedlineError('bad-catalog', `the id ${id} appears twice`, 'Give each entry its own id.', path);
    seen.add(id);
    if (typeof entry.title !== 'string' || entry.title.trim() === '') {
      throw new RedlineError('bad-catalog', `${id} has no title`, 'Add a `title:` line to the entry.', path);
    }
    if (typeof entry.date !== 'string' || !ISO_DATE.test(entry.date)) {
      throw new RedlineError('bad-catalog', `${id} has ${entry.date === undefined ? 'no date' : `the date ${JSON.stringify(entry.date)}`}`, 'Write the date as YYYY-MM-DD.', path);
    }
    if (entry.url !== undefined && entry.url !== null && (typeof entry.url !== 'string' || !/^https?:\/\/\S+$/.test(entry.url))) {
      throw new RedlineError('bad-catalog', `${id} has the url ${JSON.stringify(entry.url)}`, 'Give an http(s) address, or `url: null` when there is none.', path);
    }
    return entry as CatalogEntry;
  });
}

/**
 * Add an entry to the catalogue file (or, with `replace`, replace the entry with its id), keeping the file's comments
 * and layout. The read, the edit and the write happen under the catalogue's lock, so concurrent adds each see the
 * others' entries (ten at once kept six: four were lost between a read and a write); an id added meanwhile is refused.
 */
export async function saveCatalogEntry(corpusDir: string, entry: CatalogEntry, replace = true): Promise<void> {
  await withCatalogLock(corpusDir, () => saveLocked(corpusDir, entry, replace));
}

async function saveLocked(corpusDir: string, entry: CatalogEntry, replace: boolean): Promise<void> {
  const path = catalogPath(corpusDir);
  // A missing catalogue starts empty; any other read error must not be taken for one (the save would wipe it).
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return 'documents: []\n';
    throw new RedlineError('bad-catalog', `cannot read the catalogue (${error.code ?? error.message})`, 'Check its permissions.', path);
  });
  parseCatalog(text, path); // refuse to edit a catalogue that is already broken
  const document = parseDocument(text, { schema: 'core' });
  const list = document.get('documents');
  if (!isSeq(list)) throw new RedlineError('bad-catalog', 'the catalogue has no `documents:` list', 'Write the entries under a top-level `documents:` key.', path);
  const node = document.createNode(Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)));
  const index = list.items.findIndex((item) => isMap(item) && item.get('id') === entry.id);
  if (index >= 0 && !replace) throw new RedlineError('duplicate-id', `the catalogue already has ${entry.id}`, 'Choose another --id, or pass --force to replace it.', path);
  if (index >= 0) list.items[index] = node;
  else list.items.push(node);
  // An empty `documents: []` is a flow sequence; entries read better in block style.
  list.flow = false;
  await writeFileAtomic(path, document.toString({ lineWidth: 0 }));
}

/** How long a lock may be held before it is taken for the leftover of a process that died (a save takes milliseconds). */
const STALE_LOCK_MS = 30_000;
/** How long to wait for another process's lock before giving up. */
const LOCK_WAIT_MS = 60_000;

/**
 * Run `work` holding the catalogue's lock: a `catalog.yaml.lock` file created exclusively (`wx`, atomic on local and
 * NFSv3+ file systems), removed when done. A lock older than STALE_LOCK_MS is removed as the leftover of a crash.
 */
export async function withCatalogLock<T>(corpusDir: string, work: () => Promise<T>): Promise<T> {
  const lock = `${catalogPath(corpusDir)}.lock`;
  await makeFolder(corpusDir).catch(() => undefined);
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new RedlineError('bad-catalog', `cannot lock the catalogue (${code ?? (error as Error).message})`, 'Check that the corpus folder is writable.', lock);
      const age = await stat(lock).then((info) => Date.now() - info.mtimeMs, () => 0);
      if (age > STALE_LOCK_MS) {
        await unlink(lock).catch(() => undefined);
        continue;
      }
      if (Date.now() - started > LOCK_WAIT_MS) {
        throw new RedlineError('catalog-locked', 'the catalogue is locked by another redline', `Wait for it to finish; if none is running, remove ${lock}.`, lock);
      }
      // Back off with jitter, so ten waiting processes do not retry in step.
      await new Promise((resolve) => setTimeout(resolve, Math.min(200, 10 * 2 ** Math.min(attempt, 4)) * (0.5 + Math.random())));
    }
  }
  try {
    return await work();
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}

/** Ids of the texts stored under `<corpus>/texts/`, present whether or not the catalogue lists them. */
export async function storedTextIds(corpusDir: string): Promise<Set<string>> {
  const names = await readdir(join(corpusDir, 'texts')).catch(() => [] as string[]);
  return new Set(names.filter((name) => name.endsWith('.md') && !name.startsWith('.')).map((name) => name.slice(0, -3)));
}
