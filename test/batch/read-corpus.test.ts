import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSafeId, listCorpusFiles, listCorpusInputs, sortDate, uniqueIds, type CorpusListing } from '../../src/batch/read-corpus.js';

describe('listCorpusFiles', () => {
  it('reads .txt and .md recursively in path order, skipping READMEs, dot-files and other extensions', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-list-'));
    await mkdir(join(dir, 'b'));
    await mkdir(join(dir, 'a'));
    for (const name of ['b/2.txt', 'a/1.md', 'a/README.md', 'README.md', '.hidden.txt', 'index.csv', 'z.txt']) await writeFile(join(dir, name), 'x');
    expect((await listCorpusFiles(dir)).map((path) => path.slice(dir.length + 1))).toEqual(['a/1.md', 'b/2.txt', 'z.txt']);
  });

  it('names the folder when it is not one', async () => {
    await expect(listCorpusFiles('/no/such/folder')).rejects.toThrow('is not a folder');
  });
});

describe('sortDate and uniqueIds', () => {
  it('falls back to a year-only date, as the UN General Debate files have', () => {
    expect(sortDate({ date: null, extra: { year: 2024 } })).toBe('2024');
    expect(sortDate({ date: '2023-12-13', extra: { year: 1999 } })).toBe('2023-12-13');
    expect(sortDate({ date: null })).toBeNull();
  });

  it('keeps the first of a repeated id and suffixes the rest', () => {
    expect(uniqueIds(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a~2', 'a~3']);
  });
});

describe('listCorpusFiles on links', () => {
  it('follows each real folder and file once: a link cycle does not multiply the corpus', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-cycle-'));
    await mkdir(join(dir, 'a', 'b'), { recursive: true });
    for (const name of ['1.txt', 'a/2.txt', 'a/3.txt', 'a/b/4.txt', 'a/b/5.txt']) await writeFile(join(dir, name), 'x');
    await symlink('..', join(dir, 'a', 'b', 'up')); // a/b/up → a: a cycle
    await symlink(dir, join(dir, 'a', 'root')); // a/root → the corpus itself
    await symlink(join(dir, '1.txt'), join(dir, 'a', 'one.txt')); // a second name for 1.txt
    // Was: followed ~41 levels deep, 5 files became 205 documents.
    expect((await listCorpusFiles(dir)).map((path) => path.slice(dir.length + 1))).toEqual(['1.txt', 'a/2.txt', 'a/3.txt', 'a/b/4.txt', 'a/b/5.txt']);
  });
});

describe('fileSafeId on long ids', () => {
  it('shortens an id over 100 characters with a hash of the whole, so long ids stay apart and file names stay short', () => {
    const long = 'x'.repeat(300);
    expect(fileSafeId(long)).toMatch(/^x{83}-[0-9a-f]{16}$/);
    expect(fileSafeId(long)).not.toBe(fileSafeId(`${long}y`));
    expect(fileSafeId('fomc 2015')).toBe('fomc_2015');
  });
});

describe('listCorpusInputs beside a batch output (issue 22 item 16)', () => {
  it('leaves out the outputs of a batch whose --out is the corpus, and reads a document of the user’s that sits among them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-out-in-corpus-'));
    await mkdir(join(dir, 'pairs'));
    await mkdir(join(dir, 'series'));
    await writeFile(join(dir, 'a.txt'), 'x');
    await writeFile(join(dir, 'index.html'), '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>redline batch: all</title>');
    await writeFile(join(dir, 'digest.md'), '# What was negotiated\n\n1 series, 1 step.');
    await writeFile(join(dir, 'results.jsonl'), '{}\n');
    await writeFile(join(dir, 'pairs', 'a__b.html'), '<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="x">\n<meta name="generator" content="redline 0.1.0">');
    await writeFile(join(dir, 'pairs', 'a__b.json'), '{}');
    await writeFile(join(dir, 'series', 'notes.html'), '<p>The user’s own page.</p>');
    const relativeTo = (listing: CorpusListing) => ({ files: listing.files.map((path) => path.slice(dir.length + 1)), skipped: listing.skipped.map((file) => file.path.slice(dir.length + 1)) });
    expect(relativeTo(await listCorpusInputs(dir, dir))).toEqual({ files: ['a.txt', 'series/notes.html'], skipped: [] });
    // Without the output folder named (the outputs of a run into another folder), a batch's pages are skipped and counted.
    expect(relativeTo(await listCorpusInputs(dir))).toEqual({ files: ['a.txt', 'series/notes.html'], skipped: ['digest.md', 'index.html', 'pairs/a__b.json', 'pairs/a__b.html', 'results.jsonl'].sort() });
  });

  it('leaves out the outputs of a batch whose --out is a folder inside the corpus', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-out-inside-'));
    await mkdir(join(dir, 'reports', 'pairs'), { recursive: true });
    await writeFile(join(dir, 'a.txt'), 'x');
    await writeFile(join(dir, 'reports', 'pairs', 'a__b.html'), '<meta name="generator" content="redline 0.1.0">');
    await writeFile(join(dir, 'reports', 'batch.json'), '{}');
    expect(await listCorpusInputs(dir, join(dir, 'reports'))).toEqual({ files: [join(dir, 'a.txt')], skipped: [] });
  });

  it('leaves out a run\'s digest.md of changes and its digest.docx beside its batch.json (trial 15c: read back as two documents)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-out-digest-'));
    await mkdir(join(dir, 'x'));
    await writeFile(join(dir, 'a.txt'), 'x');
    await writeFile(join(dir, 'x', 'batch.json'), '{\n  "schemaVersion": 1,\n  "tool": {\n    "name": "redline",\n    "version": "0.1.0"\n  }\n}\n');
    await writeFile(join(dir, 'x', 'digest.md'), '# What changed\n\n1 series, 23 steps.');
    await writeFile(join(dir, 'x', 'digest.docx'), 'PK');
    expect(await listCorpusInputs(dir, join(dir, 'x'))).toEqual({ files: [join(dir, 'a.txt')], skipped: [] });
    // A run into another folder: the earlier run's outputs are skipped and counted ("skipped 1 docx, 1 json, 1 md").
    const listing = await listCorpusInputs(dir, join(dir, 'y'));
    expect(listing.files).toEqual([join(dir, 'a.txt')]);
    expect(listing.skipped.map((file) => [file.path, file.kind])).toEqual(['x/batch.json', 'x/digest.docx', 'x/digest.md'].map((name) => [join(dir, name), 'redline-output']));
    expect(listing.skipped[0].reason).toBe(`${join(dir, 'x/batch.json')}: is an output of an earlier redline batch, not a document. Compare the texts it was made from.`);
    // A docx of the user's in a folder without a batch's manifest is read.
    await writeFile(join(dir, 'digest.docx'), 'PK');
    expect((await listCorpusInputs(dir, join(dir, 'y'))).files).toEqual([join(dir, 'a.txt'), join(dir, 'digest.docx')]);
  });

  it('lists a link named like a document that loops or points at nothing, so the scan fails it with its reason', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-loop-'));
    await symlink('loop-b.txt', join(dir, 'loop-a.txt'));
    await symlink('loop-a.txt', join(dir, 'loop-b.txt'));
    await symlink('nothing.txt', join(dir, 'broken.txt'));
    await symlink('nothing', join(dir, 'broken-folder'));
    expect((await listCorpusInputs(dir)).files.map((path) => path.slice(dir.length + 1))).toEqual(['broken.txt', 'loop-a.txt', 'loop-b.txt']);
  });
});

describe('listCorpusInputs names each skipped file with what to do (trial 19-b D4)', () => {
  it('gives an .odt, an .rtf, a .doc and an image the line compare gives, and a stray JSON its own', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-skipped-'));
    for (const name of ['A_RES_80_46.odt', 'draft.rtf', 'old.doc', 'scan-1.png', 'table.json', 'a.txt']) await writeFile(join(dir, name), 'x');
    const { files, skipped } = await listCorpusInputs(dir);
    expect(files).toEqual([join(dir, 'a.txt')]);
    expect(skipped.map((file) => file.kind)).toEqual(['other-format', 'other-format', 'other-format', 'other-format', 'other-format']);
    expect(skipped.map((file) => file.reason.slice(dir.length + 1))).toEqual([
      "A_RES_80_46.odt: is an OpenDocument file (.odt, LibreOffice's own format), not a Word document. Save it as .docx (File > Save As > Word) or as PDF, and give that.",
      'draft.rtf: is a Rich Text (.rtf) file, which redline does not read. Save it as .docx or as plain text (.txt) in Word or LibreOffice, and give that.',
      'old.doc: is a Word 97–2003 (.doc) file, which redline does not read. Save it as .docx (File > Save As > Word Document) or as PDF, and give that.',
      'scan-1.png: is an image, not a text (a scanned page?). Run OCR on it (e.g. `ocrmypdf`, or `tesseract` for an image) and give the PDF or text it makes.',
      'table.json: is not a format redline reads. Give texts as .txt, .md, .html, .pdf or .docx.',
    ]);
  });
});
