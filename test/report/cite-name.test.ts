import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { DRAFT, SEED } from '../helpers/paths.js';

/**
 * Trial 15a, defect 9: the seed's citations read "Joint Statement … Sochi, 10 November, 2024 (2024-11-10), heading 2",
 * the date twice. A title that holds its date's year is cited without the date again; one without it keeps it.
 */
describe('the name a report cites a document by', () => {
  it('gives the seed its title once, the draft (no date in its title) its title and date', async () => {
    const { citeAs } = buildViewModel(await compare(DRAFT, SEED));
    expect(citeAs.right).toBe('Joint Statement of the First Ministerial Conference of the Russia-Africa Partnership Forum on measures to create a fair and equitable system of International Information Security, Sochi, 10 November, 2024');
    expect(citeAs.left).toMatch(/^Draft Joint Statement .* \(ILLUSTRATIVE DRAFT\) \(2024-10-25\)$/);
  });
});
