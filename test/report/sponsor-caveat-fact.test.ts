import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { renderText } from '../../src/report/text.js';
import { changedFacts } from '../../src/report/labels.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const UN = join(SHARED_DATA, 'un-resolutions/texts');

/**
 * Trial 21-a D16: A/80/L.7 → A/RES/80/7 listed "notes: Any changes to the list of sponsors will be reflected in the
 * official record of the meeting. → —" among the document facts that changed. That note stands on every draft's
 * sponsor line and says nothing of the text: it is not a changed fact. A note that does say something (a reissue) still is.
 */
describe.skipIf(!HAS_SHARED)(`document facts: the sponsor-list note of a draft is no changed fact${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('A/80/L.7 → A/RES/80/7: the facts are status, basis, issued, distribution, resolution and meeting, no notes', async () => {
    const result = await compare(join(UN, 'drafts/A_80_L.7.txt'), join(UN, 'series/report-of-the-international-atomic-energy-agency/A_RES_80_7.txt'));
    const [left, right] = result.documents;
    expect(left.notes).toEqual(['Any changes to the list of sponsors will be reflected in the official record of the meeting.']);
    expect(changedFacts(left, right).map((fact) => fact.label)).toEqual(['Status', 'Basis', 'Issued', 'Distribution', 'Resolution', 'Meeting']);
    expect(renderText(result, { color: false })).not.toContain('list of sponsors');
  }, 60_000);

  it('a reissue note still counts as a changed fact', async () => {
    const result = await compare(join(UN, 'drafts/A_80_L.7.txt'), join(UN, 'series/report-of-the-international-atomic-energy-agency/A_RES_80_7.txt'));
    const [left, adopted] = result.documents;
    const right = { ...adopted, notes: ['Reissued for technical reasons on 21 June 2021.'] };
    expect(changedFacts(left, right).find((fact) => fact.label === 'Notes')).toEqual({ label: 'Notes', left: '', right: 'Reissued for technical reasons on 21 June 2021.' });
  }, 60_000);
});
