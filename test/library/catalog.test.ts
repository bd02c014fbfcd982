import { describe, expect, it } from 'vitest';
import { parseCatalog, readCatalog } from '../../src/library/catalog.js';

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
