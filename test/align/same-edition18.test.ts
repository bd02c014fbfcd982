import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../src/index.js';
import { links } from '../helpers/finding-links.js';

/**
 * `pairSameEdition` takes only the event's own paragraph (review 17 A1): a new paragraph that merely names the edition
 * ("Notes with serious concern that the NDCs communicated ahead of the thirtieth session …") no longer takes the
 * look-forward to that session from its successor; a welcome of the session as held still does.
 */
const COP = 'session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';
const ORDINAL: Record<number, string> = { 79: 'Seventy-ninth', 80: 'Eightieth' };

/** A small A/RES text of `session` with the operative paragraphs `ops` between fixed fillers. */
function resolution(session: number, number: number, ops: readonly string[]): string {
  const year = 1945 + session;
  const operative = ['Stresses that the eradication of poverty in all its forms and dimensions is an indispensable requirement for sustainable development;', ...ops, 'Invites Member States to strengthen international cooperation, including through the exchange of best practices in capacity-building;'];
  return [
    'United Nations',
    `A/RES/${session}/${number}`,
    'General Assembly',
    'Distr.: General',
    `20 December ${year}`,
    `${ORDINAL[session]} session`,
    'Agenda item 18',
    `Resolution adopted by the General Assembly on 19 December ${year}`,
    `${session}/${number}. Test resolution`,
    'The General Assembly,',
    'Recalling its resolutions 43/53 of 6 December 1988 and all other relevant resolutions and decisions,',
    'Reaffirming the United Nations Framework Convention on Climate Change and its objective,',
    ...operative.map((text, index) => `${index + 1}. ${text}`),
    '50th plenary meeting',
    `19 December ${year}`,
  ].join('\n\n');
}

const LOOK_FORWARD_30 = `Looks forward to the thirtieth ${COP}, to be held in Belém, Brazil, from 10 to 21 November 2025;`;
const LOOK_FORWARD_31 = `Looks forward to the thirty-first ${COP}, to be held in Antalya, Türkiye;`;

describe('pairSameEdition: the event’s own paragraph only (review 17 A1)', () => {
  it('a new concern naming the thirtieth session is new; the look-forward moves on to the thirty-first', async () => {
    const concern = `Notes with serious concern that the nationally determined contributions communicated ahead of the thirtieth ${COP} fall far short of what is required;`;
    const result = await compareTexts(resolution(79, 206, [LOOK_FORWARD_30]), resolution(80, 138, [concern, LOOK_FORWARD_31]));
    const found = links(result).filter((link) => !link.startsWith('unchanged'));
    // Before: modified OP 2 → OP 2 (the look-forward "edited" into the concern) and new OP 3.
    expect(found).toEqual(['new – → OP 2', 'modified OP 2 → OP 3']);
  });

  it('a welcome of the thirtieth session as held still takes its look-forward', async () => {
    const held = `Welcomes the convening of the thirtieth ${COP}, held in Belém, Brazil, from 10 to 21 November 2025;`;
    const result = await compareTexts(resolution(79, 206, [LOOK_FORWARD_30]), resolution(80, 138, [held, LOOK_FORWARD_31]));
    expect(links(result).filter((link) => !link.startsWith('unchanged'))).toEqual(['modified OP 2 → OP 2', 'new – → OP 3']);
  });
});
