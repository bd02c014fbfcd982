import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { downloadWithRetries, fetchCorpus, type FetchOptions, type FetchOutcome } from '../../src/library/fetch.js';
import { loadDocument } from '../../src/ingest/load-document.js';
import { sha256Hex } from '../../src/ingest/read-input.js';
import { startServer, type TestServer } from '../helpers/corpus-server.js';
import { makeCorpusDir } from '../helpers/corpus-dir.js';
import { unStyleReport } from '../helpers/corpus-pdf.js';
import { kremlinLikePage } from '../helpers/corpus-html.js';

const RETRIEVED = new Date('2026-01-02T03:04:05.000Z');
let server: TestServer;
let pdf: Uint8Array;

beforeAll(async () => {
  pdf = await unStyleReport();
  server = await startServer({
    '/supplement/5975': { body: kremlinLikePage() },
    // undocs.org answers a symbol with a chain of redirects that ends at the PDF.
    '/en/A/78/265': { redirect: '/api/symbol/access?s=A/78/265', status: 301 },
    '/api/symbol/access?s=A/78/265': { redirect: '/doc/UNDOC/GEN/N23/226/01/PDF/N2322601.pdf' },
    '/doc/UNDOC/GEN/N23/226/01/PDF/N2322601.pdf': { body: pdf, type: 'application/pdf' },
    '/slow': { hang: true },
    '/cut.pdf': { truncate: pdf.subarray(0, 1000), announce: pdf.length },
    '/busy': { sequence: [{ body: 'try later', status: 503 }, { body: kremlinLikePage() }] },
    '/loop': { redirect: '/loop' },
  });
});
afterAll(() => server.close());

/** Fast settings: tests must not wait out real timeouts and backoffs. */
const quick = (corpusDir: string, extra: Partial<FetchOptions> = {}): FetchOptions => ({
  corpusDir,
  timeoutMs: 300,
  retries: 1,
  backoffMs: 10,
  delayMs: 0,
  now: () => RETRIEVED,
  ...extra,
});

const lines = (outcomes: FetchOutcome[]): string[] =>
  outcomes.map((outcome) => (outcome.status === 'failed' ? `failed ${outcome.error.toLine()}` : `${outcome.status} ${outcome.id}`));

/** What every failed download adds (trial 13b, offline): the way to attach a copy of the text to the entry. */
const attach = (id: string, dir: string): string => ` Or attach a copy you have (saved from a browser, without network): \`redline corpus add FILE --id ${id} --corpus ${dir}\` (the entry keeps its facts).`;

describe('fetchCorpus', () => {
  it('stores each document, reports each failure in one line, and goes on after it', async () => {
    const dir = await makeCorpusDir([
      { id: 'decl', title: 'Declaration on IIS', date: '2023-07-28', url: server.url('/supplement/5975'), licence: 'CC BY 4.0' },
      { id: 'report', title: 'Second annual progress report', date: '2023-07-28', symbol: 'A/78/265', url: server.url('/en/A/78/265') },
      { id: 'gone', title: 'Moved away', date: '2020-01-01', url: server.url('/gone') },
      { id: 'slow', title: 'Never answers', date: '2020-01-01', url: server.url('/slow') },
      { id: 'cut', title: 'Cut short', date: '2020-01-01', url: server.url('/cut.pdf') },
      { id: 'busy', title: 'Busy once', date: '2021-01-01', url: server.url('/busy') },
      { id: 'loop', title: 'Redirect loop', date: '2021-01-01', url: server.url('/loop') },
      { id: 'seed', title: 'The seed, kept elsewhere', date: '2024-11-10', url: null },
    ]);
    const outcomes = await fetchCorpus(quick(dir));
    expect(lines(outcomes)).toEqual([
      'fetched decl',
      'fetched report',
      `failed gone: ${server.url('/gone')} answered 404 Not Found. Check the url in the catalogue.${attach('gone', dir)}`,
      `failed slow: ${server.url('/slow')} did not send the whole document within 300 ms. The server may be slow or unreachable; try again later or raise --timeout.${attach('slow', dir)}`,
      `failed cut: ${server.url('/cut.pdf')} closed the connection before the whole document arrived (2 attempts). The connection broke; try again.${attach('cut', dir)}`,
      'fetched busy',
      `failed loop: ${server.url('/loop')} redirects in a loop or too many times. Open the url in a browser and put the final address in the catalogue.${attach('loop', dir)}`,
      'no-url seed',
    ]);
    expect(server.hits.get('/gone')).toBe(1); // a 404 is not retried
    expect(server.hits.get('/busy')).toBe(2); // a 503 is
    expect((await readdir(join(dir, 'texts'))).sort()).toEqual(['busy.md', 'decl.md', 'report.md']);

    const report = await readFile(join(dir, 'texts', 'report.md'), 'utf8');
    expect(report.slice(0, report.indexOf('\n\nI. Introduction'))).toBe(
      [
        '---',
        'id: report',
        'title: Second annual progress report',
        'date: 2023-07-28',
        'symbol: A/78/265',
        `source: ${server.url('/en/A/78/265')}`,
        `fetched_from: ${server.url('/doc/UNDOC/GEN/N23/226/01/PDF/N2322601.pdf')}`,
        'retrieved: 2026-01-02T03:04:05.000Z',
        `sha256: ${sha256Hex(pdf)}`,
        'format: pdf',
        '---',
      ].join('\n'),
    );
    const document = await loadDocument(join(dir, 'texts', 'report.md'));
    expect(document.meta).toMatchObject({ id: 'report', title: 'Second annual progress report', date: '2023-07-28', symbol: 'A/78/265', source: server.url('/en/A/78/265') });
    expect(document.paragraphs.map((p) => p.number)).toEqual(['I.', '1.', '2.', '3.', '4.', '5.', '(a)', '(b)']); // its two footnotes go with the paragraphs citing them

    const declaration = await loadDocument(join(dir, 'texts', 'decl.md'));
    expect(declaration.meta).toMatchObject({ title: 'Declaration on IIS', date: '2023-07-28', extra: { licence: 'CC BY 4.0', format: 'html' } });
    // The page's <h1> is the text's first paragraph (session 15, trial 15a #6), so "1. Stress" is the third.
    expect(declaration.paragraphs[0]).toMatchObject({ heading: true, text: expect.stringMatching(/^Declaration of the Second Russia–Africa Summit/) });
    expect(declaration.paragraphs[2]).toMatchObject({ number: '1.', text: expect.stringMatching(/^Stress the importance of ensuring/) });
  });

  it('skips stored texts unless forced, and never replaces a good text with a failed download', async () => {
    const dir = await makeCorpusDir([
      { id: 'decl', title: 'Declaration on IIS', date: '2023-07-28', url: server.url('/supplement/5975') },
      { id: 'cut', title: 'Cut short', date: '2020-01-01', url: server.url('/cut.pdf') },
    ]);
    const good = '---\nid: cut\ntitle: Cut short\ndate: 2020-01-01\n---\n\n1. A good text fetched last week.\n';
    await writeFile(join(dir, 'texts', 'cut.md'), good);

    const first = await fetchCorpus(quick(dir));
    expect(lines(first)).toEqual(['fetched decl', 'present cut']);
    const hits = server.hits.get('/supplement/5975');
    expect(lines(await fetchCorpus(quick(dir)))).toEqual(['present decl', 'present cut']);
    expect(server.hits.get('/supplement/5975')).toBe(hits); // nothing downloaded twice

    const forced = await fetchCorpus(quick(dir, { force: true, ids: ['cut'], retries: 0 }));
    expect(lines(forced)).toEqual([`failed cut: ${server.url('/cut.pdf')} closed the connection before the whole document arrived. The connection broke; try again.${attach('cut', dir)}`]);
    expect(await readFile(join(dir, 'texts', 'cut.md'), 'utf8')).toBe(good);
    expect((await readdir(join(dir, 'texts'))).sort()).toEqual(['cut.md', 'decl.md']); // no temp files left behind
  });

  it('refuses unknown ids before downloading anything', async () => {
    const dir = await makeCorpusDir([{ id: 'decl', title: 'Declaration', date: '2023-07-28', url: server.url('/supplement/5975') }]);
    await expect(fetchCorpus(quick(dir, { ids: ['decl', 'nope'] }))).rejects.toThrow('the catalogue has no entry nope');
  });
});

describe('downloadWithRetries on redirects out of http', () => {
  it('refuses a redirect to file: or ftp: at once, with its own message, without retrying', async () => {
    const local = await startServer({ '/to-file': { redirect: 'file:///etc/passwd' }, '/to-ftp': { redirect: 'ftp://example.org/doc.pdf', status: 301 } });
    try {
      for (const [path, scheme, target] of [['/to-file', 'file:', 'file:///etc/passwd'], ['/to-ftp', 'ftp:', 'ftp://example.org/doc.pdf']] as const) {
        const error = await downloadWithRetries(local.url(path), { retries: 2, backoffMs: 1, timeoutMs: 5000 }, 'doc').then(
          () => null,
          (caught: unknown) => caught,
        );
        expect(error).toMatchObject({
          code: 'download-failed',
          message: `${local.url(path)} redirects to a ${scheme} address (${target}), and only http and https are fetched`,
          hint: 'Put an http(s) address of the document in the catalogue.',
        });
        expect(local.hits.get(path)).toBe(1); // not retried: it is not a network error
      }
    } finally {
      await local.close();
    }
  });
});

describe('downloadWithRetries and compressed bodies (issue 22 item 4)', () => {
  const text = 'The General Assembly welcomes the report.\n';
  let gzipServer: Server;
  let base: string;
  const requests: Array<{ path: string; acceptEncoding: string | undefined }> = [];
  beforeAll(async () => {
    gzipServer = createServer((request, response) => {
      requests.push({ path: request.url ?? '', acceptEncoding: request.headers['accept-encoding'] });
      const body = request.url === '/bad-gzip' ? Buffer.from('these bytes are not gzip') : gzipSync(text);
      response.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip', 'content-length': body.length });
      response.end(body);
    });
    await new Promise<void>((resolve) => gzipServer.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(gzipServer.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => gzipServer.close(() => resolve())));

  it('asks for the body as sent (identity), and reads a gzip body sent all the same though it is longer than announced', async () => {
    const download = await downloadWithRetries(`${base}/good-gzip`, { retries: 0 });
    expect(Buffer.from(download.bytes).toString('utf8')).toBe(text);
    expect(requests.at(-1)).toEqual({ path: '/good-gzip', acceptEncoding: 'identity' });
  });

  it('refuses a body that does not decode in one line, without asking again (the same bytes would come)', async () => {
    const before = requests.length;
    const refusal = await downloadWithRetries(`${base}/bad-gzip`, { retries: 2, backoffMs: 1 }).catch((error: { toLine(): string }) => error);
    expect((refusal as { toLine(): string }).toLine()).toBe(`${base}/bad-gzip: ${base}/bad-gzip sent a compressed body that does not decode (Z_DATA_ERROR: incorrect header check). The server sends a broken document; try another address for it.`);
    expect(requests.length - before).toBe(1);
  });
});
