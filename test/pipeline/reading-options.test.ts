import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare, compareTexts } from '../../src/pipeline.js';
import { DRAFT, SEED } from '../helpers/paths.js';

/**
 * How the texts were read is part of the result (a data engineer's reading, session 14): `--unit sentence` gave JSON
 * byte-identical to the default on a resolution, so a consumer could not tell sentences from printed paragraphs.
 */
describe('the result echoes how the texts were cut when not into paragraphs', () => {
  it('the seed against the illustrative draft by sentence says unit "sentence"; by paragraph says nothing of a unit', async () => {
    const bySentence = await compare(SEED, DRAFT, { unit: 'sentence' });
    expect(bySentence.options.unit).toBe('sentence');
    expect(bySentence.options.trackedChanges).toBeUndefined();
    const byParagraph = await compare(SEED, DRAFT);
    expect('unit' in byParagraph.options).toBe(false);
    expect(Object.keys(byParagraph.options)).toEqual(['threshold', 'moveThreshold', 'diffMaxEditLength', 'maxGroup', 'semantic', 'lexicons']);
  });

  it('compareTexts echoes a line unit and the original text of tracked changes', async () => {
    const result = await compareTexts(readFileSync(SEED, 'utf8'), readFileSync(DRAFT, 'utf8'), { unit: 'line', trackedChanges: 'original' });
    expect(result.options).toMatchObject({ unit: 'line', trackedChanges: 'original' });
    const explicitDefaults = await compareTexts('A.', 'B.', { unit: 'paragraph', trackedChanges: 'final' });
    expect(explicitDefaults.options).not.toHaveProperty('unit');
    expect(explicitDefaults.options).not.toHaveProperty('trackedChanges');
  });
});
