import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from '../../src/cli/run.js';
import { downloadWithRetries, fetchCorpus, HostNotFound } from '../../src/library/fetch.js';
import { readCatalog } from '../../src/library/index.js';
import { loadDocument, documentFromText } from '../../src/ingest/load-document.js';
import { changedFacts } from '../../src/report/labels.js';
import { makeCorpusDir } from '../helpers/corpus-dir.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/*
 * Session 15, trial 15a #7, #13, #14: the corpus library as a researcher without network used it (`corpus add` of the
 * UN ICT resolutions, `corpus fetch` offline).
 */

const ICT = join(SHARED_DATA, 'un-resolutions/texts/ict-security');

/** Run `redline corpus …` in-process; collect what is written. */
async function corpus(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(['corpus', ...args], { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env: {} });
  return { code, stdout, stderr };
}

describe.skipIf(!HAS_SHARED)(`corpus add of a UN text keeps its document facts (trial 15a #7)${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('A/RES/74/247 stored under its catalogue id states the facts its file does: no "document facts" change between them', async () => {
    const entry = { id: '2019-unga-resolution-74-247', title: 'Countering the use of information and communications technologies for criminal purposes', date: '2019-12-27', symbol: 'A/RES/74/247', issuer: 'UN General Assembly', kind: 'resolution', url: null };
    const dir = await makeCorpusDir([entry]);
    const source = join(ICT, 'A_RES_74_247.txt');
    const added = await corpus(['add', source, '--id', entry.id, '--corpus', dir]);
    expect([added.code, added.stderr]).toEqual([0, '']);
    const file = await loadDocument(source);
    const stored = await loadDocument(join(dir, 'texts', `${entry.id}.md`));
    expect(stored.meta).toMatchObject({
      status: { stage: 'adopted', by: 'General Assembly', on: '2019-12-27', basis: 'on the report of the Third Committee (A/74/401)' },
      issued: '2020-01-20',
      distribution: 'General',
      session: 'Seventy-fourth session',
      agendaItem: '107',
      resolution: '74/247',
      meeting: '52nd (resumed) plenary meeting',
    });
    expect(stored.meta.extra).toMatchObject({ format: 'text' });
    expect(Object.keys(stored.meta.extra ?? {})).not.toContain('status');
    expect(changedFacts({ ...file.meta, paragraphs: file.paragraphs }, { ...stored.meta, paragraphs: stored.paragraphs })).toEqual([]);
    // And the text it stores is the text read, "3 to 5 April 2018" whole (trial 15a #1 stored "2017,[^3] to 5 April").
    expect(await readFile(join(dir, 'texts', `${entry.id}.md`), 'utf8')).toContain('10 to 13 April 2017, 3 to 5 April 2018 and');
  });

  it('A/RES/75/282 keeps its reissue note as a fact through the store', async () => {
    const dir = await makeCorpusDir([]);
    expect((await corpus(['add', join(ICT, 'A_RES_75_282.txt'), '--id', 'res-75-282', '--corpus', dir])).code).toBe(0);
    const stored = await loadDocument(join(dir, 'texts', 'res-75-282.md'));
    expect(stored.meta.notes).toEqual(['Reissued for technical reasons on 21 June 2021.']);
  });

  it('a new id takes the date the document states, and says so; --date still wins (trial 15a #13)', async () => {
    const dir = await makeCorpusDir([]);
    const source = join(ICT, 'A_RES_73_187.txt');
    const added = await corpus(['add', source, '--id', 'A_RES_73_187', '--corpus', dir]);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('(text, 18 paragraphs, dated 2018-12-17 as the document states) to the catalogue');
    expect((await readCatalog(dir)).entries[0]).toMatchObject({ id: 'A_RES_73_187', date: '2018-12-17' });
    const given = await corpus(['add', source, '--id', 'other', '--date', '2018-12-18', '--corpus', dir]);
    expect(given.stdout).not.toContain('as the document states');
    expect((await readCatalog(dir)).entries.find((entry) => entry.id === 'other')?.date).toBe('2018-12-18');
  });
});

describe('front matter facts read back', () => {
  it('reads a UN document\'s facts written under their JSON names; a value of another shape stays the user\'s own (extra)', () => {
    const stored = documentFromText('---\nid: x\ndate: 2019-12-27\nstatus:\n  stage: adopted\n  on: 2019-12-27\nagendaItem: "107"\nnotes:\n  - Reissued for technical reasons on 21 June 2021.\n---\n\nText.\n', { path: 'x.md' });
    expect(stored.meta).toMatchObject({ status: { stage: 'adopted', on: '2019-12-27' }, agendaItem: '107', notes: ['Reissued for technical reasons on 21 June 2021.'] });
    expect(stored.meta.extra).toBeUndefined();
    const own = documentFromText('---\nid: y\nstatus: final\nnotes: see annex\n---\n\nText.\n', { path: 'y.md' });
    expect(own.meta.status).toBeUndefined();
    expect(own.meta.notes).toBeUndefined();
    expect(own.meta.extra).toEqual({ status: 'final', notes: 'see annex' });
  });
});

describe('corpus add usage errors name `corpus add` (trial 15a #13)', () => {
  it('asks for --id as `corpus add` and points to `redline corpus add --help`, which lists it', async () => {
    const dir = await makeCorpusDir([]);
    const file = join(dir, 'mine.txt');
    await writeFile(file, 'A text of my own, 10 November 2024.\n');
    const missing = await corpus(['add', file, '--corpus', dir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('redline: corpus add needs --id. Usage: redline corpus add [options]; `redline corpus add --help` for usage.\n');
    const help = await corpus(['add', '--help']);
    expect(help.stdout).toContain('--id');
    // A command without actions is named as before.
    let stderr = '';
    await run(['compare', 'only-one.txt'], { stdout: { write: () => undefined }, stderr: { write: (text: string) => (stderr += text) }, env: {} });
    expect(stderr).toMatch(/^redline: compare needs .*`redline compare --help` for usage\.\n$/);
  });
});

describe('a host that does not resolve is not retried (trial 15a #14)', () => {
  // `.invalid` never resolves (RFC 2606), with or without network.
  const url = 'http://redline-test-host.invalid/en/A/RES/74/247';

  it('fails at once with the host named, where three attempts and their backoff took seconds', async () => {
    const started = process.hrtime.bigint();
    const error = await downloadWithRetries(url, { retries: 2, backoffMs: 20_000, timeoutMs: 60_000 }, 'doc').then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(HostNotFound);
    expect(error).toMatchObject({ code: 'download-failed', hint: 'Check the host name in the url, and the network connection.' });
    expect((error as Error).message).toMatch(/^cannot reach http:\/\/redline-test-host\.invalid\/en\/A\/RES\/74\/247: its host redline-test-host\.invalid was not found \((?:ENOTFOUND|EAI_AGAIN)\)$/);
    // A retry waits 20 s first: it did not happen.
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(15);
  }, 30_000);

  it('corpus fetch says "offline?" once, after the documents, and waits no pause between hosts that do not resolve', async () => {
    const entries = ['a', 'b', 'c'].map((id) => ({ id, title: id, date: '2023-07-28', url: `http://${id}.redline-test-host.invalid/doc` }));
    const dir = await makeCorpusDir(entries);
    const outcomes = await fetchCorpus({ corpusDir: dir, retries: 2, backoffMs: 20_000, delayMs: 20_000, timeoutMs: 60_000 });
    expect(outcomes.map((outcome) => [outcome.status, outcome.status === 'failed' && outcome.hostNotFound])).toEqual([
      ['failed', true],
      ['failed', true],
      ['failed', true],
    ]);
    const { code, stdout, stderr } = await corpus(['fetch', '--corpus', dir, '--retries', '2']);
    expect(code).toBe(1);
    expect(stdout).toBe('Fetched 0, already stored 0, without url 0, failed 3.\n');
    const said = stderr.trimEnd().split('\n');
    expect(said).toHaveLength(4);
    expect(said.slice(0, 3).every((line) => /^redline: [abc]: cannot reach .*was not found/.test(line) && !/attempts/.test(line))).toBe(true);
    expect(said[3]).toBe(`redline: no host could be found for any of the 3 documents: offline? Attach copies you have with \`redline corpus add FILE --id ID --corpus ${dir}\`.`);
  }, 30_000);
});
