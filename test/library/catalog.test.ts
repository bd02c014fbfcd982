import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGED_CATALOG, parseCatalog, readCatalog, seedCatalog } from '../../src/library/catalog.js';
import { addDocument } from '../../src/library/add.js';
import { makeCorpusDir } from '../helpers/corpus-dir.js';

describe('readCatalog', () => {
  it('reads the repository’s catalogue of real documents', async () => {
    const { entries } = await readCatalog('corpus');
    expect(entries.length).toBe(15);
    expect(entries.find((entry) => entry.id === '2023-oewg-annual-progress-report')).toMatchObject({ symbol: 'A/78/265', url: 'https://undocs.org/en/A/78/265', date: '2023-07-28' });
    expect(entries.filter((entry) => !entry.url).map((entry) => entry.id)).toEqual([
      '2024-russia-africa-ministerial-iis-statement',
      '2025-oewg-final-report',
      '2024-brics-kazan-declaration',
      '2025-moscow-roundtable-iis-statement',
    ]);
  });

  it('says which file and what to do when there is none', async () => {
    await expect(readCatalog('/nonexistent/corpus')).rejects.toThrow('no corpus catalogue here');
  });
});

describe('seedCatalog', () => {
  it('starts a user\'s corpus folder from the packaged catalogue, and never replaces a catalogue already there', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'redline-user-corpus-')), 'redline', 'corpus');
    expect(await seedCatalog(dir)).toBe(true);
    expect(await readFile(join(dir, 'catalog.yaml'), 'utf8')).toBe(await readFile(PACKAGED_CATALOG, 'utf8'));
    expect((await readCatalog(dir)).entries.length).toBe(15);
    const own = await makeCorpusDir([{ id: 'mine', title: 'Mine', date: '2024-01-01', url: null }]);
    const before = await readFile(join(own, 'catalog.yaml'), 'utf8');
    expect(await seedCatalog(own)).toBe(false);
    expect(await readFile(join(own, 'catalog.yaml'), 'utf8')).toBe(before);
  });
});

describe('parseCatalog', () => {
  const problem = (yaml: string): string => {
    try {
      parseCatalog(yaml, 'catalog.yaml');
      return 'no error';
    } catch (error) {
      return (error as { toLine(): string }).toLine();
    }
  };

  it('names the entry and the fix for each kind of mistake', () => {
    expect(problem('title: x')).toBe('catalog.yaml: the catalogue has no `documents:` list. Write the entries under a top-level `documents:` key.');
    expect(problem('documents:\n  - title: x\n    date: 2020-01-01')).toBe('catalog.yaml: entry 1 has no id. Give it an id of letters, digits, `.`, `_` and `-` (it names the stored file).');
    expect(problem('documents:\n  - id: ../evil\n    title: x\n    date: 2020-01-01')).toMatch(/entry 1 has the id "..\/evil"/);
    expect(problem('documents:\n  - id: a\n    title: x\n    date: 2020-01-01\n  - id: a\n    title: y\n    date: 2020-01-01')).toBe('catalog.yaml: the id a appears twice. Give each entry its own id.');
    expect(problem('documents:\n  - id: a\n    date: 2020-01-01')).toBe('catalog.yaml: a has no title. Add a `title:` line to the entry.');
    expect(problem('documents:\n  - id: a\n    title: x\n    date: 28 July 2023')).toBe('catalog.yaml: a has the date "28 July 2023". Write the date as YYYY-MM-DD.');
    expect(problem('documents:\n  - id: a\n    title: x\n    date: 2020-01-01\n    url: ftp://x')).toBe('catalog.yaml: a has the url "ftp://x". Give an http(s) address, or `url: null` when there is none.');
    expect(problem('documents: [')).toMatch(/^catalog.yaml: the catalogue is not valid YAML/);
  });
});

describe('concurrent corpus add', () => {
  it('keeps every entry when ten documents are added into one catalogue at once (the catalogue is saved under a lock)', async () => {
    const corpusDir = await makeCorpusDir([]);
    const sources = await Promise.all(
      Array.from({ length: 10 }, async (_, k) => {
        const path = join(corpusDir, `source-${k}.txt`);
        await writeFile(path, `Statement ${k}\n\nWe welcome the decision number ${k} of the General Assembly.\n`);
        return path;
      }),
    );
    // Was: all ten exited 0 and six entries were kept; four were lost between a read and a write.
    await Promise.all(sources.map((source, k) => addDocument({ corpusDir, source, id: `statement-${k}`, date: `2024-01-${String(k + 1).padStart(2, '0')}` })));
    const { entries } = await readCatalog(corpusDir);
    expect(entries.map((entry) => entry.id).sort()).toEqual(Array.from({ length: 10 }, (_, k) => `statement-${k}`).sort());
    expect(existsSync(join(corpusDir, 'catalog.yaml.lock'))).toBe(false);
  }, 60_000);

  it('refuses an id added by another process meanwhile, unless --force', async () => {
    const corpusDir = await makeCorpusDir([]);
    const source = join(corpusDir, 'source.txt');
    await writeFile(source, 'We welcome the decision.\n');
    const results = await Promise.allSettled([1, 2].map(() => addDocument({ corpusDir, source, id: 'same', date: '2024-01-01' })));
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await readCatalog(corpusDir)).entries.map((entry) => entry.id)).toEqual(['same']);
  });

  it('refuses an id longer than a stored file name may be, with one line', async () => {
    const corpusDir = await makeCorpusDir([]);
    const source = join(corpusDir, 'source.txt');
    await writeFile(source, 'We welcome the decision.\n');
    await expect(addDocument({ corpusDir, source, id: 'x'.repeat(300), date: '2024-01-01' })).rejects.toMatchObject({ code: 'bad-id', message: 'the id is 300 characters long, over the 100 a stored file name may take' });
  });
});
