import { access } from 'node:fs/promises';
import { RedlineError, isRedlineError } from '../errors.js';
import { formatBytes } from '../ingest/index.js';
import { FETCH_DEFAULTS } from '../options.js';
import { TOOL_VERSION } from '../version.js';
import type { Warning } from '../types.js';
import { readCatalog, textPath, type CatalogEntry } from './catalog.js';
import { storeText } from './store.js';

/** How documents are downloaded; every field has a polite default. */
export interface DownloadOptions {
  /** Give up on one request after this long, body included (ms). */
  timeoutMs?: number;
  /** Further attempts after a network error, a timeout or a 5xx/408/429 answer. */
  retries?: number;
  /** Wait before the first retry (ms); doubled for each further one. */
  backoffMs?: number;
  /** Refuse bodies larger than this. */
  maxBytes?: number;
}

/** Options of `fetchCorpus`: which documents, where, and how. */
export interface FetchOptions extends DownloadOptions {
  /** The corpus folder holding `catalog.yaml` and `texts/`. */
  corpusDir: string;
  /** Catalogue ids to fetch; all entries with a url when empty or absent. */
  ids?: string[];
  /** Download again even when a text is already stored. */
  force?: boolean;
  /** Pause between two downloads (ms), to be gentle with the publishers' servers. */
  delayMs?: number;
  /** Told about each document as soon as it is done, so a long run shows progress. */
  onOutcome?: (outcome: FetchOutcome) => void;
  /** The clock, injectable for tests. */
  now?: () => Date;
}

/** What became of one catalogue entry. */
export type FetchOutcome =
  | { id: string; status: 'fetched'; path: string; format: string; paragraphs: number; warnings: Warning[] }
  | { id: string; status: 'present'; path: string }
  | { id: string; status: 'no-url' }
  | { id: string; status: 'failed'; error: RedlineError; hostNotFound?: true };

/**
 * Download and store the catalogue's documents one at a time. Idempotent and resumable: a stored text is skipped
 * unless `force`; each text is written only once its download and conversion succeeded, so a failure (reported as an
 * outcome, never thrown) leaves the previous good text in place and the other documents go on.
 */
export async function fetchCorpus(options: FetchOptions): Promise<FetchOutcome[]> {
  const { entries } = await readCatalog(options.corpusDir);
  const wanted = selectEntries(entries, options.ids ?? [], options.corpusDir);
  const now = options.now ?? (() => new Date());
  const outcomes: FetchOutcome[] = [];
  let downloaded = false;
  /** The last download found no host: no server was asked, so no pause is owed before the next. */
  let noServerAsked = false;
  for (const entry of wanted) {
    let outcome: FetchOutcome;
    const path = textPath(options.corpusDir, entry.id);
    if (!entry.url) outcome = { id: entry.id, status: 'no-url' };
    else if (!options.force && (await exists(path))) outcome = { id: entry.id, status: 'present', path };
    else {
      if (downloaded && !noServerAsked) await sleep(options.delayMs ?? FETCH_DEFAULTS.delayMs);
      downloaded = true;
      outcome = await fetchOne(entry, entry.url, options, now);
      noServerAsked = outcome.status === 'failed' && outcome.hostNotFound === true;
    }
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  }
  return outcomes;
}

function selectEntries(entries: CatalogEntry[], ids: string[], corpusDir: string): CatalogEntry[] {
  if (ids.length === 0) return entries;
  const unknown = ids.filter((id) => !entries.some((entry) => entry.id === id));
  if (unknown.length) {
    throw new RedlineError('unknown-id', `the catalogue has no ${unknown.length === 1 ? 'entry' : 'entries'} ${unknown.join(', ')}`, 'Run `redline corpus list` to see the ids.', `${corpusDir}/catalog.yaml`);
  }
  return ids.map((id) => entries.find((entry) => entry.id === id) as CatalogEntry);
}

async function fetchOne(entry: CatalogEntry, url: string, options: FetchOptions, now: () => Date): Promise<FetchOutcome> {
  try {
    const download = await downloadWithRetries(url, options, entry.id);
    const stored = await storeText(options.corpusDir, entry, download.bytes, { source: url, fetchedFrom: download.url, retrieved: now() });
    return { id: entry.id, status: 'fetched', path: stored.path, format: stored.format, paragraphs: stored.paragraphs, warnings: stored.warnings };
  } catch (error) {
    if (!isRedlineError(error)) throw error;
    // Name the catalogue entry, whatever file or address the error was about. A download that failed (no network, a
    // server down or gone) leaves a way forward: the text saved from a browser, or a copy the user has, attached to the entry.
    const corpus = options.corpusDir === 'corpus' ? '' : ` --corpus ${options.corpusDir}`;
    const offline = error.code === 'download-failed' ? ` Or attach a copy you have (saved from a browser, without network): \`redline corpus add FILE --id ${entry.id}${corpus}\` (the entry keeps its facts).` : '';
    return { id: entry.id, status: 'failed', error: new RedlineError(error.code, error.message, `${error.hint}${offline}`, entry.id), ...(error instanceof HostNotFound ? { hostNotFound: true as const } : {}) };
  }
}

/** Bytes of a download and the address they finally came from after redirects. */
export interface Download {
  bytes: Uint8Array;
  url: string;
}

/**
 * Download a URL, following redirects, retrying what may pass (network errors, timeouts, 5xx, 408, 429) with backoff.
 * `timeoutMs` bounds the whole download, retries and their waits included: a server that hangs or drips a byte at a time
 * took three full timeouts and the backoffs between them (96 s) before it failed. An address that can never work (not a
 * URL, credentials in it, a port fetch refuses) is refused at once, never retried.
 */
export async function downloadWithRetries(url: string, options: DownloadOptions = {}, label = url): Promise<Download> {
  const retries = options.retries ?? FETCH_DEFAULTS.retries;
  const backoff = options.backoffMs ?? FETCH_DEFAULTS.backoffMs;
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  checkAddress(url, label);
  const deadline = Date.now() + timeoutMs;
  // A timer that holds the process open while the download lasts (`AbortSignal.timeout`'s own does not, so a body
  // stream that stalls without an error, a broken gzip body on some Node versions, let the process end with exit 0 and
  // no output); it aborts the whole download, every attempt and wait, at the time limit.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('The download took too long', 'TimeoutError')), timeoutMs);
  const signal = controller.signal;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        return await download(url, { ...options, timeoutMs }, label, signal);
      } catch (error) {
        if (!(error instanceof DownloadError) || !error.retryable || attempt >= retries) {
          throw error instanceof DownloadError ? error.toRedlineError(attempt + 1) : error;
        }
        const wait = Math.max(backoff * 2 ** attempt, error.retryAfterMs ?? 0);
        if (Date.now() + wait >= deadline) throw error.toRedlineError(attempt + 1, timeoutMs);
        await sleep(wait);
      }
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Refuse at once an address no attempt can fetch: not a URL, not http(s), or carrying a user name or password. */
function checkAddress(url: string, label: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RedlineError('download-failed', `${url} is not a valid web address`, 'Check the address (the host, and a port from 1 to 65535).', label);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new RedlineError('download-failed', `${url} is not an http(s) address`, 'Give an http:// or https:// address.', label);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new RedlineError('download-failed', `${parsed.protocol}//${parsed.host}${parsed.pathname} has a user name or password in it, and redline sends no credentials`, 'Download the document yourself and give the file.', label);
  }
}

/** A download whose host name did not resolve (no network, or a wrong host): a `download-failed` error all the same. */
export class HostNotFound extends RedlineError {}

/** A failed attempt: what to tell the user, and whether trying again may help. */
class DownloadError extends Error {
  constructor(
    message: string,
    readonly hint: string,
    readonly retryable: boolean,
    readonly label: string,
    readonly retryAfterMs?: number,
    readonly hostNotFound = false,
  ) {
    super(message);
  }

  /** The error as told to the user; `timeoutMs` when the time for the download ran out before another attempt. */
  toRedlineError(attempts: number, timeoutMs?: number): RedlineError {
    const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
    const ranOut = timeoutMs === undefined ? '' : `; no time left for another attempt within ${formatSeconds(timeoutMs)}`;
    return new (this.hostNotFound ? HostNotFound : RedlineError)('download-failed', `${this.message}${tries}${ranOut}`, this.hint, this.label);
  }
}

/** One attempt; `signal` is the whole download's deadline (its `timeoutMs` is only for the message). */
async function download(url: string, options: DownloadOptions & { timeoutMs: number }, label: string, signal: AbortSignal): Promise<Download> {
  const { timeoutMs } = options;
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  let response: Response;
  // Redirects are followed here, one by one, so each target is checked before it is asked for: a redirect to `file:`,
  // `ftp:` or `data:` is refused with its own message (fetch's own following reported it as a network error, retried).
  let current = url;
  for (let hop = 0; ; hop++) {
    try {
      response = await fetch(current, {
        redirect: 'manual',
        signal,
        // identity: the body arrives as sent, so its length can be checked against Content-Length (a decoded gzip body
        // is longer than the length announced, and a cut gzip stream decodes without an error).
        headers: { 'user-agent': `redline/${TOOL_VERSION} (policy text comparison; one request at a time)`, accept: 'text/html,application/pdf,application/xhtml+xml,*/*;q=0.8', 'accept-encoding': 'identity' },
      });
    } catch (error) {
      throw networkError(error, current, timeoutMs, label);
    }
    const location = REDIRECTS.has(response.status) ? response.headers.get('location') : null;
    if (location === null) break;
    await response.body?.cancel().catch(() => undefined);
    let next: URL;
    try {
      next = new URL(location, current);
    } catch {
      throw new DownloadError(`${current} redirects to an address that is not a URL (${JSON.stringify(location.slice(0, 100))})`, 'Open the url in a browser and put the final address in the catalogue.', false, label);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new DownloadError(`${current} redirects to a ${next.protocol} address (${next.href.slice(0, 100)}), and only http and https are fetched`, 'Put an http(s) address of the document in the catalogue.', false, label);
    }
    if (hop >= MAX_REDIRECTS) throw new DownloadError(`${url} redirects in a loop or too many times`, 'Open the url in a browser and put the final address in the catalogue.', false, label);
    current = next.href;
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
    const retryAfter = Number(response.headers.get('retry-after'));
    const hint = retryable ? 'The server may be busy; try again later.' : 'Check the url in the catalogue.';
    throw new DownloadError(`${current} answered ${status}`, hint, retryable, label, Number.isFinite(retryAfter) && retryAfter <= 60 ? retryAfter * 1000 : undefined);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new DownloadError(`${url} is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} limit`, 'Raise the limit with --max-bytes if the document is really this large.', false, label);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > maxBytes) {
        throw new DownloadError(`${url} sent more than ${formatBytes(maxBytes)}`, 'Raise the limit with --max-bytes if the document is really this large.', false, label);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    throw networkError(error, url, timeoutMs, label);
  }
  // Node's fetch fails on a body cut short of its Content-Length; check anyway, a partial PDF must never be stored. A
  // body sent encoded all the same (gzip, despite identity asked for) is decoded by fetch: its length is not the one announced.
  const encoding = (response.headers.get('content-encoding') ?? 'identity').trim().toLowerCase();
  if (Number.isFinite(declared) && size !== declared && (encoding === 'identity' || encoding === '')) {
    throw new DownloadError(`${url} sent ${formatBytes(size)} of the ${formatBytes(declared)} it announced`, 'The connection broke; try again.', true, label);
  }
  if (size === 0) throw new DownloadError(`${url} sent an empty body`, 'Check the url in the catalogue.', true, label);
  return { bytes: Buffer.concat(chunks), url: current };
}

/** Statuses whose `Location` is followed. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Redirects followed before the address counts as a loop (fetch's own limit). */
const MAX_REDIRECTS = 20;

function networkError(error: unknown, url: string, timeoutMs: number, label: string): DownloadError {
  const name = (error as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    // The deadline covers every attempt, so a timeout is final: there is no time left to try again.
    return new DownloadError(`${url} did not send the whole document within ${formatSeconds(timeoutMs)}`, 'The server may be slow or unreachable; try again later or raise --timeout.', false, label);
  }
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const message = (error as Error)?.message ?? String(error);
  // fetch refuses some ports outright (1, 25, 6000…: the "bad ports" of the Fetch standard): no retry can pass.
  if (cause?.message === 'bad port') {
    return new DownloadError(`cannot fetch ${url}: its port is one that fetch refuses (a "bad port" of the Fetch standard)`, 'Use the server\'s usual port (80, 443, 8080…).', false, label);
  }
  // zlib's codes (Z_DATA_ERROR, Z_BUF_ERROR; brotli's ERR__ERROR_FORMAT_…): the server sent a gzip, deflate or brotli body that does not decode.
  // Asking again brings the same bytes.
  if (cause?.code?.startsWith('Z_') || cause?.code?.startsWith('ERR__ERROR_')) {
    return new DownloadError(`${url} sent a compressed body that does not decode (${cause.code}: ${cause.message ?? 'invalid data'})`, 'The server sends a broken document; try another address for it.', false, label);
  }
  if (message === 'terminated' || cause?.code === 'UND_ERR_SOCKET') {
    return new DownloadError(`${url} closed the connection before the whole document arrived`, 'The connection broke; try again.', true, label);
  }
  if (/redirect count exceeded/i.test(cause?.message ?? message)) {
    return new DownloadError(`${url} redirects in a loop or too many times`, 'Open the url in a browser and put the final address in the catalogue.', false, label);
  }
  // The host name did not resolve: offline, or a wrong host. Asking again a second later gets the same answer (trial
  // 15a: an offline `corpus fetch` of 11 documents took 76 s, three attempts and their backoff each); EAI_AGAIN, the
  // resolver's "try again", is what a machine without network answers too.
  if (cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN') {
    return new DownloadError(`cannot reach ${url}: its host ${hostOf(url)} was not found (${cause.code})`, 'Check the host name in the url, and the network connection.', false, label, undefined, true);
  }
  const reason = cause?.code ?? cause?.message ?? message;
  return new DownloadError(`cannot reach ${url} (${reason})`, 'Check the network connection and the url.', true, label);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 ? 1 : 0)} s` : `${ms} ms`;
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
