import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromText, loadDocument, normalizeDate } from '../../src/ingest/load-document.js';
import { MAX_PARAGRAPHS } from '../../src/ingest/read-input.js';
import { RedlineError } from '../../src/errors.js';
import { SEED, DRAFT, HAS_SHARED, SHARED_DATA } from '../helpers/paths.js';
import { writeTemp } from '../helpers/edit-seed.js';

async function errorOf(path: string): Promise<RedlineError> {
  try {
    await loadDocument(path);
  } catch (error) {
    if (error instanceof RedlineError) return error;
    throw error;
  }
  throw new Error(`expected ${path} to be refused`);
}

describe('loadDocument', () => {
  // Trial 13b: the seed was dated 2024-11-11 by its publication line "11-11-2024", beside a title ending "Sochi,
  // 10 November, 2024" (the catalogue's date too): the statement is cited by the date its title gives.
  it('derives title and date of the seed from its bold title, which ends with the statement\'s date', async () => {
    const document = await loadDocument(SEED);
    expect(document.meta.title.startsWith('Joint Statement of the First Ministerial Conference')).toBe(true);
    expect(document.meta.title.endsWith('Sochi, 10 November, 2024')).toBe(true);
    expect(document.meta.date).toBe('2024-11-10');
    expect(document.meta.id).toBe('000_9b5e0b9e7a90fd7e');
    expect(document.meta.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads YAML front matter and keeps unknown fields', async () => {
    const document = await loadDocument(DRAFT);
    expect(document.meta.id).toBe('2024-draft-illustrative');
    expect(document.meta.date).toBe('2024-10-25');
    expect(document.meta.extra?.status).toBe('illustrative');
    expect(document.paragraphs[2].number).toBe('1.');
  });

  it('reads UTF-8 with a BOM and CRLF line ends like plain LF text', async () => {
    const lf = 'First paragraph.\n\nSecond paragraph.\n';
    const crlf = writeTemp('crlf.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lf.replace(/\n/g, '\r\n'))]));
    const document = await loadDocument(crlf);
    expect(document.paragraphs.map((p) => p.text)).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  const cases: Array<[string, () => string, string, RegExp]> = [
    ['a missing file', () => join(tmpdir(), 'redline-no-such-file.txt'), 'not-found', /no such file\. Check the path/],
    ['a directory', () => mkdtempSync(join(tmpdir(), 'redline-dir-')), 'is-directory', /is a directory/],
    ['an empty file', () => writeTemp('empty.txt', ''), 'empty', /is empty/],
    ['a file of white space', () => writeTemp('blank.txt', '  \n\n \n'), 'empty', /only white space/],
    ['a binary file', () => writeTemp('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])), 'binary', /binary file/],
    ['invalid UTF-8', () => writeTemp('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x2e])), 'not-utf8', /not valid UTF-8 \(first bad byte at offset 3\)/],
    ['a 50 MB file', () => writeTemp('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'a. ')), 'too-large', /is 50\.0 MB, over the 20\.0 MB limit/],
    ['one 1 MB line', () => writeTemp('line.txt', 'word '.repeat(210_000)), 'line-too-long', /has a line of 1,050,000 characters/],
    ['malformed front matter', () => writeTemp('front.md', '---\ntitle: [unclosed\n---\nText.'), 'bad-front-matter', /front matter is not valid YAML/],
  ];
  for (const [name, make, code, message] of cases) {
    it(`refuses ${name} with a one-line error naming the file`, async () => {
      const path = make();
      const error = await errorOf(path);
      expect(error.code).toBe(code);
      expect(error.toLine()).toMatch(message);
      expect(error.toLine().startsWith(path)).toBe(true);
      expect(error.toLine()).not.toContain('\n');
    });
  }
});

// Trial 13b: the national strategies' front matter `date: "2012"` gave no date at all, and the Russian doctrine's
// `date: "2000"` lost to a line `29-12-2008` in its body (dated 2008-12-29).
describe('front-matter dates', () => {
  it.skipIf(!HAS_SHARED)('keeps a year-only front-matter date as the year, over a date line in the body (Russia 2000)', async () => {
    const path = join(SHARED_DATA, 'national-cyber-strategies/russia_2000_russia.txt');
    expect(readFileSync(path, 'utf8')).toMatch(/^date: "2000"$/m);
    expect(readFileSync(path, 'utf8')).toMatch(/^29-12-2008$/m);
    expect((await loadDocument(path)).meta.date).toBe('2000');
  });

  it('reads `date: 2012` quoted or not as the year, a full date as before, and falls back to the text only without one', () => {
    const dated = (front: string): string | null => documentFromText(`---\n${front}\n---\n\n11-11-2024\n\nText of the strategy.\n`, { path: 'x.md' }).meta.date;
    expect(dated('date: "2012"')).toBe('2012');
    expect(dated('date: 2012')).toBe('2012');
    expect(dated('date: 2012-05-03')).toBe('2012-05-03');
    expect(dated('date: "3 May 2012"')).toBe('2012-05-03');
    expect(dated('title: No date')).toBe('2024-11-11');
  });

  it('keeps a date-only line as the date when the title ends with no date', () => {
    const meta = documentFromText('**Joint Statement of the Ministers on Cooperation**\n\n11-11-2024\n\nWe, the Ministers, agree.\n', { path: 'x.md' }).meta;
    expect(meta.date).toBe('2024-11-11');
  });
});

describe('normalizeDate', () => {
  it('reads the ways declarations write dates', () => {
    expect(normalizeDate('11-11-2024')).toBe('2024-11-11');
    expect(normalizeDate('10 November 2024')).toBe('2024-11-10');
    expect(normalizeDate('July 28, 2023')).toBe('2023-07-28');
    expect(normalizeDate('2024-11-10')).toBe('2024-11-10');
    expect(normalizeDate('the 79th session')).toBeNull();
  });
});

describe('documentFromText limits', () => {
  it(`refuses more than ${MAX_PARAGRAPHS.toLocaleString('en-US')} paragraphs with one line`, () => {
    const text = 'Item ok.\n\n'.repeat(MAX_PARAGRAPHS + 1);
    expect(() => documentFromText(text, { path: 'many.txt' })).toThrow(
      expect.objectContaining({ code: 'too-many-paragraphs', file: 'many.txt', message: 'has 250,001 paragraphs, over the 250,000 redline compares' }),
    );
  }, 30_000);
});
