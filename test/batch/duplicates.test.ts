import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { BatchManifest, Digest, PairRecord } from '../../src/types.js';
import { captureCliIo } from '../helpers/cli-capture.js';
import { HAS_SHARED, ROOT, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const UN = join(SHARED_DATA, 'un-resolutions');
const ATT = join(UN, 'texts/series/the-arms-trade-treaty');
if (!HAS_SHARED) console.warn(`Skipping the chain's duplicate-input test: ${SHARED_MISSING}`);

// Trial 18-a: A/RES/78/48 as its PDF and as its extracted text in one corpus made a step "A/RES/78/48 → A/RES/78/48: no
// change", four steps for three, and nothing on standard error.
describe.skipIf(!HAS_SHARED)('a chain given one document twice (its PDF and its text)', () => {
  it('keeps the PDF, names both files in a warning and makes no step from the document to itself', async () => {
    const corpus = await mkdtemp(join(tmpdir(), 'redline-copies-'));
    await copyFile(join(UN, 'pdf/A_RES_78_48.pdf'), join(corpus, 'A_RES_78_48.pdf'));
    for (const name of ['A_RES_78_48.txt', 'A_RES_79_52.txt', 'A_RES_80_46.txt']) await copyFile(join(ATT, name), join(corpus, name));
    const out = join(corpus, 'out');
    const io = captureCliIo();
    const code = await run(['batch', '--mode', 'chain', '--corpus', corpus, '--out', out, '-j', '1', '--no-cache'], io);
    const pdf = join(corpus, 'A_RES_78_48.pdf');
    const txt = join(corpus, 'A_RES_78_48.txt');
    expect(io.err()).toContain(`redline batch: warning: A/RES/78/48 is given twice (${pdf}, ${txt}): kept the PDF (the document as published); ${txt} is left out, so no step compares the document with itself.\n`);
    expect(io.out()).toMatch(/^redline batch: 3 documents \(1 series by UN title\), 2 pairs: /);
    expect(io.out()).toContain('inputs: read 1 pdf, 2 txt (and 1 copy of another left out); failed 0; skipped 0');
    const manifest = JSON.parse(await readFile(join(out, 'batch.json'), 'utf8')) as BatchManifest;
    expect(manifest.duplicates).toEqual([{ kept: pdf, dropped: txt, name: 'A/RES/78/48', reason: 'the PDF (the document as published)' }]);
    expect(manifest.documents.map((document) => document.path)).toEqual([pdf, join(corpus, 'A_RES_79_52.txt'), join(corpus, 'A_RES_80_46.txt')]);
    const records = (await readFile(join(out, 'results.jsonl'), 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as PairRecord);
    expect(records.map((record) => `${record.left} → ${record.right}`)).toEqual(['A/RES/78/48 → A/RES/79/52', 'A/RES/79/52 → A/RES/80/46']);
    // The PDF's pages are read against a wall-clock budget (3 s a page), which a machine at load average 25 can miss in a
    // worker: the run then exits 1 with that pair failed, which is no part of what is tested here.
    const failed = records.filter((record) => record.error !== undefined);
    expect(failed.every((record) => /takes more than 3 s to read/.test(record.error!))).toBe(true);
    expect(code).toBe(failed.length === 0 ? 0 : 1);
    const digest = await readFile(join(out, 'digest.md'), 'utf8');
    expect(digest).toContain(`1 series, ${2 - failed.length} step`);
    expect(digest).not.toContain('A/RES/78/48 → A/RES/78/48');
    // The digest and the index say the copy left out under their summary (session 19, brief dig19 step 4): the warning
    // was on the terminal only, and a reader who counted four files and three texts could not tell why.
    const note = `1 duplicate input ignored: ${txt} (same text as ${pdf}, kept: the PDF (the document as published)).`;
    expect(digest.split('\n').slice(0, 5)).toEqual(['# What was negotiated', '', digest.split('\n')[2], '', note]);
    const json = JSON.parse(await readFile(join(out, 'digest.json'), 'utf8')) as Digest;
    expect(json.duplicates).toEqual(manifest.duplicates);
    const validate = new Ajv2020.default({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'docs/digest.schema.json'), 'utf8')));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain(`<p class="meta">${note}</p>`);
    const { default: JSZip } = await import('jszip');
    const docx = await (await JSZip.loadAsync(await readFile(join(out, 'digest.docx')))).file('word/document.xml')!.async('string');
    expect(docx.replace(/<[^>]+>/g, '')).toContain(note);
  }, 120_000);
});
