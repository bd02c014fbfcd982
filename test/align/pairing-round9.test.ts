import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../src/pipeline.js';
import { compareInSeries, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { indexLinks, links } from '../helpers/finding-links.js';

/**
 * Pairing round 9 (issues 19, 23): a paragraph that looked forward to or decided on an event, and the paragraph that
 * welcomes it as held, are one position when both name the same span of days with its year and share a phrase. A date
 * shared alone, a citation's single date, or a span without a shared phrase pairs nothing.
 */


const OLDER = [
  'The Assembly,',
  'Recalling its resolution 12/34 on the programme of work of the Committee on Rivers,',
  'Noting the growing demand for shared water data among riparian States,',
  'Decides to convene a meeting of experts of the Committee on Rivers in Geneva from 3 to 5 May 2025, to explore options for a regional data platform, to review the methods of measuring river flows, to consider the financing of monitoring stations and to prepare recommendations for the consideration of States;',
  'Requests the Secretary-General to report on the implementation of the present resolution at its next session.',
].join('\n\n');

describe('dated events (no data needed)', () => {
  it('"Decides to convene … from 3 to 5 May 2025" and "Welcoming the successful convening … held from 3 to 5 May 2025" are one position', async () => {
    const newer = [
      'The Assembly,',
      'Recalling its resolution 12/34 on the programme of work of the Committee on Rivers,',
      'Welcoming the successful convening of the meeting of experts of the Committee on Rivers, held from 3 to 5 May 2025, and taking note with appreciation of its report, which sets out a road map for early warning of floods and droughts in shared basins with the support of the regional commissions,',
      'Noting the growing demand for shared water data among riparian States,',
      'Requests the Secretary-General to report on the implementation of the present resolution at its next session.',
    ].join('\n\n');
    const result = await compareTexts(OLDER, newer);
    // Too far apart in words for the moves pass (the newer is mostly its report's content): the span of days pairs them.
    expect(result.comparisons[0].findings.find((finding) => finding.left[0] === 3)?.similarity ?? 1).toBeLessThan(0.35);
    expect(indexLinks(result)).toContain('modified 3 → 2');
    expect(indexLinks(result).filter((link) => link.startsWith('dropped') || link.startsWith('new'))).toEqual([]);
  });

  it('counter-case: the same span of days in a paragraph on another subject, sharing no phrase, stays new', async () => {
    const newer = [
      'The Assembly,',
      'Recalling its resolution 12/34 on the programme of work of the Committee on Rivers,',
      'Noting with concern the floods that struck coastal cities from 3 to 5 May 2025,',
      'Noting the growing demand for shared water data among riparian States,',
      'Requests the Secretary-General to report on the implementation of the present resolution at its next session.',
    ].join('\n\n');
    const result = await compareTexts(OLDER, newer);
    expect(indexLinks(result)).toContain('dropped 3 → –');
    expect(indexLinks(result)).toContain('new – → 2');
  });
});

describe.skipIf(!UN_SERIES_AVAILABLE)(`dated events on the UN series${UN_SERIES_AVAILABLE ? '' : ` (skipped: ${SHARED_MISSING})`}`, () => {
  it('Ammunition 79/54 OP 6 "Decides to convene the preparatory meeting … from 23 to 27 June 2025" → 80/43 PP 2 "Welcoming the successful convening …"', async () => {
    const result = await compareInSeries('through-life-conventional-ammunition-management', 'A_RES_79_54.txt', 'A_RES_80_43.txt');
    expect(links(result)).toContain('modified OP 6 → PP 2');
  });

  it('External debt 79/197 PP 6 "Looking forward to the convening of the Fourth International Conference …" → 80/123 PP 5 "Welcoming the convening …"', async () => {
    const result = await compareInSeries('external-debt-sustainability-and-development', 'A_RES_79_197.txt', 'A_RES_80_123.txt');
    expect(links(result)).toContain('modified PP 6 → PP 5');
  });

  it('counter-case: Syria 79/185 PP 10 and 80/224 OP 1 share only a citation\'s date (resolution 2254 of 18 December 2015): still dropped and new', async () => {
    const result = await compareInSeries('situation-of-human-rights-in-the-syrian-arab-republic', 'A_RES_79_185.txt', 'A_RES_80_224.txt');
    expect(links(result)).toContain('dropped PP 10 → –');
    expect(links(result)).toContain('new – → OP 1');
  });
});
