import { describe, expect, it } from 'vitest';
import { similarity } from '../../src/pipeline.js';
import { normalizeParagraph } from '../../src/normalize/normalize.js';
import { wordVectorsStatus } from '../../src/similarity/embeddings.js';

describe('word vectors load lazily', () => {
  it('only when a comparison asks for a semantic score (--semantic), once per process', () => {
    normalizeParagraph('Reading and normalizing a text does not need them.');
    similarity('We call for restraint.', 'We urge restraint.'); // semantic is off by default
    expect(wordVectorsStatus().loaded).toBe(false);
    similarity('We call for restraint.', 'We urge restraint.', { semantic: true });
    const first = wordVectorsStatus();
    expect(first.loaded).toBe(true);
    similarity('We welcome the report.', 'We note the report.', { semantic: true });
    expect(wordVectorsStatus().seconds).toBe(first.seconds); // not loaded again
  });
});
