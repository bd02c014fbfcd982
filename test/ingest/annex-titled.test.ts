import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/ingest/load-document.js';
import { labelResolution } from '../../src/ingest/resolution-structure.js';
import type { Paragraph } from '../../src/types.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { RESIDUAL, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

const paragraph = (index: number, text: string, number: string | null = null): Paragraph => ({ index, text, number, heading: false, start: 0, end: text.length });

/**
 * Trial 19-a item 7: an annex heading whose title the text joins on its line ("Annex I Financing for 2026 of …") starts
 * the annex, so its table rows are annex paragraphs ("Annex I ¶ 1"), not "heading 2" as on main (a360007).
 */
describe('an annex heading with its title on the same line', () => {
  it('starts the annex: the rows under it are cited by their place in it, a second annex after it apart', () => {
    const labelled = labelResolution([
      paragraph(0, 'The General Assembly,'),
      paragraph(1, 'Recalling its resolution 74/1,'),
      paragraph(2, 'Decides to appropriate the amount set out in annex I to the present resolution;', '1'),
      paragraph(3, 'Annex I Financing for 2026 of the Mechanism'),
      paragraph(4, 'Gross Net of staff assessment Appropriation for 2026 56 126 600 51 268 200'),
      paragraph(5, 'a See A/80/505.'),
      paragraph(6, 'Annex II Credits reported in the financial performance report for 2024'),
      paragraph(7, 'Total credits 8 898 000 9 756 600'),
    ]);
    expect(labelled.map((p) => [p.label, p.role])).toEqual([
      [null, 'other'],
      ['PP 1', 'preambular'],
      ['OP 1', 'operative'],
      [null, 'heading'],
      ['Annex I ¶ 1', 'annex'],
      ['Annex I ¶ 2', 'annex'],
      [null, 'heading'],
      ['Annex II ¶ 1', 'annex'],
    ]);
  });

  it('is not a sentence that opens with "Annex": one ending in a full stop stays a paragraph', () => {
    const labelled = labelResolution([
      paragraph(0, 'The General Assembly,'),
      paragraph(1, 'Recalling its resolution 74/1,'),
      paragraph(2, 'Decides to adopt the programme;', '1'),
      paragraph(3, 'Annex 2 Contains the list of States.'),
    ]);
    expect(labelled[3].role).not.toBe('heading');
  });

  it.skipIf(!UN_SERIES_AVAILABLE)(`A/RES/80/239: the table rows are "Annex I ¶ 1", "Annex I ¶ 2", "Annex II ¶ 1" (${UN_SERIES_AVAILABLE ? 'reads ../shared/data' : SHARED_MISSING})`, async () => {
    const document = await loadDocument(join(UN_SERIES, RESIDUAL, 'A_RES_80_239.txt'));
    expect(document.paragraphs.slice(-6).map((p) => p.label)).toEqual([null, 'Annex I ¶ 1', 'Annex I ¶ 2', 'Annex I ¶ 3', null, 'Annex II ¶ 1']);
  });
});
