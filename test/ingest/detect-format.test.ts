import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectFormat } from '../../src/ingest/detect-format.js';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import { sha256Hex } from '../../src/ingest/read-input.js';
import type { Warning } from '../../src/types.js';
import { unStyleReport } from '../helpers/corpus-pdf.js';
import { buildDocx } from '../helpers/corpus-docx.js';
import { kremlinLikePage } from '../helpers/corpus-html.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('detectFormat', () => {
  it('tells formats from content, whatever the name', async () => {
    expect(detectFormat(await unStyleReport())).toBe('pdf');
    expect(detectFormat(bytes('\r\n%PDF-1.4 junk before the header is allowed'))).toBe('pdf');
    expect(detectFormat(await buildDocx([{ text: 'Hello.' }]))).toBe('docx');
    expect(detectFormat(bytes('PK\u0003\u0004 some other archive'))).toBe('zip');
    expect(detectFormat(bytes('\uFEFF  <!DOCTYPE html><html><body>x</body></html>'))).toBe('html');
    expect(detectFormat(bytes('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'))).toBe('html');
    expect(detectFormat(bytes('<!-- saved from url=(0014)about:internet -->\n<html>'))).toBe('html');
    expect(detectFormat(bytes('---\ntitle: x\n---\n1. Text with <b>a tag</b> is still text.'))).toBe('text');
    expect(detectFormat(bytes('The <html> element is the root of a page.'))).toBe('text');
  });
});

describe('loadAnyDocument', () => {
  it('reads a PDF, an HTML page and a Word file named .txt into documents with numbered paragraphs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-any-'));
    const pdf = await unStyleReport();
    await writeFile(join(dir, 'report.txt'), pdf);
    await writeFile(join(dir, 'page.txt'), kremlinLikePage());
    await writeFile(join(dir, 'statement.txt'), await buildDocx([{ text: 'First point.', numbered: true }, { text: 'Second point.', numbered: true }]));

    const warnings: Warning[] = [];
    const report = await loadAnyDocument(join(dir, 'report.txt'), { warnings });
    // A UN document's id is its symbol (batch makes it file-safe where it names a file).
    expect(report.meta).toMatchObject({ id: 'A/78/265', symbol: 'A/78/265', sha256: sha256Hex(pdf) });
    expect(report.paragraphs.slice(0, 3).map((p) => [p.number, p.text.slice(0, 30)])).toEqual([
      ['I.', 'Introduction'],
      ['1.', 'The Open-ended working group o'],
      ['2.', 'States stressed that the use o'],
    ]);
    expect(warnings).toEqual([]);

    const page = await loadAnyDocument(join(dir, 'page.txt'));
    expect(page.meta).toMatchObject({ title: 'Declaration of the Second Russia–Africa Summit on Cooperation in the Field of International Information Security', date: '2023-07-28' });
    // The page's <h1> is its first paragraph, a heading, as in the declaration's Word or text copy (session 15).
    expect(page.paragraphs[0]).toMatchObject({ heading: true, text: expect.stringMatching(/^Declaration of the Second/) });
    expect(page.paragraphs[2]).toMatchObject({ number: '1.', text: expect.stringMatching(/^Stress the importance/) });

    const statement = await loadAnyDocument(join(dir, 'statement.txt'), { id: 'mine' });
    expect(statement.meta.id).toBe('mine');
    expect(statement.paragraphs.map((p) => [p.number, p.text])).toEqual([['1.', 'First point.'], ['2.', 'Second point.']]);
  });
});

describe('HTML fragments', () => {
  it('reads a fragment without <html> or <body> as HTML, paragraph by paragraph', async () => {
    const bytes = new TextEncoder().encode('<p>Just a fragment of a statement.</p><p>Second one.</p>');
    expect(detectFormat(bytes)).toBe('html');
    const folder = await mkdtemp(join(tmpdir(), 'redline-fragment-'));
    const path = join(folder, 'fragment.html');
    await writeFile(path, bytes);
    expect((await loadAnyDocument(path)).paragraphs.map((paragraph) => paragraph.text)).toEqual(['Just a fragment of a statement.', 'Second one.']);
  });

  it('keeps prose that merely starts with a tag-like word as text', () => {
    expect(detectFormat(new TextEncoder().encode('<p> is how HTML marks a paragraph, we said.'))).toBe('text');
  });
});

describe('detectFormat by structure', () => {
  it('reads a text that mentions %PDF- in its first kilobyte as text, not as a PDF', () => {
    expect(detectFormat(bytes('Notes on file formats.\n\nA PDF file opens with the header %PDF-1.7 and ends with %%EOF markers.\n\nThat is all.\n'))).toBe('text');
    expect(detectFormat(bytes('Every PDF starts with %PDF-1.4.\n'))).toBe('text');
  });

  it('still finds a PDF behind junk a server prepended, when the file ends as a PDF does', async () => {
    const pdf = await unStyleReport();
    const junk = new Uint8Array([...bytes('HTTP junk\r\n'), ...pdf]);
    expect(detectFormat(junk)).toBe('pdf');
    expect(detectFormat(bytes('%PDF-x is not a version'))).toBe('text');
  });
});
