import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../src/pipeline.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { compareInSeries, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { indexLinks, links } from '../helpers/finding-links.js';

/**
 * Merges and splits the gap pass misses (issues 19, 23): a paragraph folded into one far from it, or a clause cut from a
 * paragraph into a new one, joins the 1:1 link of the paragraph it went into when it brings a long phrase of its own
 * there; a paragraph that only repeats what the partner says, or a new paragraph with an opening of its own, stays as
 * it was (dropped, new).
 */


const RIVERS = 'Recalling that the goals on shared rivers are integrated and indivisible and balance the needs of upstream and downstream riparian communities, and acknowledging that reaching the water targets will be critical to ending drought,';
const CONCERN = 'Expressing deep concern that, at the current pace of cooperation, many basins will not reach the agreed targets for flow monitoring in a timely manner, and calling for additional efforts by riparian States,';
const OLDER = [
  'The Assembly,',
  CONCERN,
  'Noting the growing demand for shared water data among riparian States and basin organizations,',
  'Welcoming the work of the regional commissions on early warning of floods,',
  RIVERS,
  'Requests the Secretary-General to report on the implementation of the present resolution at its next session.',
].join('\n\n');

describe('folded in (no data needed)', () => {
  it('a paragraph folded into one three paragraphs before it is a merge, its sources read in the merged order', async () => {
    const newer = [
      'The Assembly,',
      'Recalling that the goals on shared rivers are integrated and indivisible and balance the needs of upstream and downstream riparian communities, and expressing deep concern that, at the current pace of cooperation, many basins will not reach the agreed targets for flow monitoring in a timely manner, and calling for additional efforts by riparian States,',
      'Noting the growing demand for shared water data among riparian States and basin organizations,',
      'Welcoming the work of the regional commissions on early warning of floods,',
      'Requests the Secretary-General to report on the implementation of the present resolution at its next session.',
    ].join('\n\n');
    const result = await compareTexts(OLDER, newer);
    expect(indexLinks(result)).toContain('merged 1+4 → 1');
    expect(indexLinks(result).filter((link) => link.startsWith('dropped') || link.startsWith('new'))).toEqual([]);
    const merged = result.comparisons[0].findings.find((finding) => finding.kind === 'merged');
    // The merged paragraph opens with the later source: the diff reads it first, so only the real edits show.
    expect(merged?.order).toEqual([4, 1]);
    const deleted = merged?.diff.filter((part) => part.op === 'delete').map((part) => part.text.trim()) ?? [];
    expect(deleted.some((text) => text.includes('acknowledging that reaching the water targets'))).toBe(true);
    expect(deleted.some((text) => text.includes('upstream and downstream'))).toBe(false);
    // The page marks where the second source begins in the merged paragraph: the earlier one (PP 1), read second.
    const joints = JSON.stringify(buildViewModel(result)).match(/"op":"joint","text":"[^"]*"/g);
    expect(joints).toEqual(['"op":"joint","text":"older PP 1"']);
  });

  it('counter-case: a dropped paragraph that only repeats words its partner already brings stays dropped', async () => {
    const older = [
      'The Assembly,',
      'Recalls that the group of experts shall comprise a maximum of 25 experts, with no more than five experts per regional group, and encourages regional groups to appoint experts, taking into account the need to ensure adequate expertise and gender balance;',
      'Notes the progress made by the secretariat in preparing the assessment;',
      'Requests the Secretary-General to invite the regional groups to begin work on the early constitution of a group of experts, comprising a maximum of 25 experts, with no more than five experts per regional group, ensuring adequate expertise and gender balance;',
    ].join('\n\n');
    const newer = [
      'The Assembly,',
      'Recalls that the group of experts for the next cycle shall comprise a maximum of 25 experts, with no more than five experts per regional group, and encourages regional groups to appoint experts, taking into account the need to ensure adequate expertise and gender balance;',
      'Notes the progress made by the secretariat in preparing the assessment;',
    ].join('\n\n');
    const result = await compareTexts(older, newer);
    expect(indexLinks(result)).toContain('dropped 3 → –');
    expect(indexLinks(result)).toContain('modified 1 → 1');
  });

  it('a new list item that took the list\'s closing clause is new, its source kept on its own; a new paragraph with its own opening stays new', async () => {
    const older = [
      'The Assembly,',
      'Recalls the adoption of:',
      'Decision 12/3 of the Conference of the Parties, entitled "Addressing the pollution of shared rivers by industrial effluents", of 21 April 2021; and stresses the importance of their implementation, in accordance with the Convention on Shared Rivers, and accordingly expresses concern with the conclusions contained in the report of the Executive Secretary of 14 October 2020 on the implementation of decision 10/2;',
      'Requests the Secretary-General to report on the implementation of the present resolution at its next session.',
    ].join('\n\n');
    const split = [
      'The Assembly,',
      'Recalls the adoption of:',
      'Decision 12/3 of the Conference of the Parties, entitled "Addressing the pollution of shared rivers by industrial effluents", of 21 April 2021;',
      'Decision 15/7 of the Conference of the Parties, entitled "Addressing the threat from untreated sewage and its future effects", of 30 November 2023; and stresses the importance of their implementation, in accordance with the Convention on Shared Rivers, and accordingly expresses concern with the conclusions contained in the report of the Executive Secretary of 14 October 2020 on the implementation of decision 10/2;',
      'Requests the Secretary-General to report on the implementation of the present resolution at its next session.',
    ].join('\n\n');
    // Decision 15/7 is a new item: its 28 words of its own come before the clause it took from 12/3 (trial 20-a D10,
    // session 21; until then a split 2 → 2+3, which hid the new decision inside 12/3's line).
    const itemAdded = indexLinks(await compareTexts(older, split));
    expect(itemAdded).toContain('modified 2 → 2');
    expect(itemAdded).toContain('new – → 3');
    expect(itemAdded.some((link) => link.startsWith('split'))).toBe(false);
    // The same clause restated inside a paragraph that opens with its own verb is a new position.
    const restated = split.replace('Decision 12/3 of the Conference of the Parties, entitled', 'Acknowledges with appreciation, as a model for other basins, decision 12/3 of the Conference of the Parties, entitled');
    const links = indexLinks(await compareTexts(older, restated));
    expect(links).toContain('new – → 2');
    expect(links).toContain('modified 2 → 3');
  });
});

describe.skipIf(!UN_SERIES_AVAILABLE)(`folded in on the UN series${UN_SERIES_AVAILABLE ? '' : ` (skipped: ${SHARED_MISSING})`}`, () => {
  it('Agriculture 79/227 → 80/157: PP 45 + PP 63 → PP 41, PP 5 + PP 14 → PP 6, OP 50 + OP 52 → OP 48 (merged); PP 58 → PP 33 stays', async () => {
    const result = await compareInSeries('agriculture-development-food-security-and-nutrition', 'A_RES_79_227.txt', 'A_RES_80_157.txt');
    const found = links(result);
    expect(found).toContain('merged PP 45+PP 63 → PP 41');
    expect(found).toContain('merged PP 5+PP 14 → PP 6');
    expect(found).toContain('merged OP 50+OP 52 → OP 48');
    for (const label of ['PP 14', 'PP 63', 'OP 52']) expect(found).not.toContain(`dropped ${label} → –`);
    // Old PP 58 (fisheries and aquaculture support the livelihoods of …) is whole in new PP 33: the right partner.
    expect(found).toContain('modified PP 58 → PP 33');
    const [left] = result.documents;
    const merged = result.comparisons[0].findings.find((finding) => finding.kind === 'merged' && finding.left.some((index) => left.paragraphs[index].label === 'PP 63'));
    expect(merged?.order?.map((index) => left.paragraphs[index].label)).toEqual(['PP 63', 'PP 45']);
  });

  it('Chemical weapons 78/29 → 79/56: OP 6 (c) → OP 9 (c) and a new OP 9 (d), not C-25/DEC paired with C-28/DEC nor split', async () => {
    const result = await compareInSeries('implementation-of-the-convention-on-the-prohibition-of-the-d', 'A_RES_78_29.txt', 'A_RES_79_56.txt');
    // Session 21 (trial 20-a D10): the new decision C-28/DEC.12 is a new item, not a part of C-25/DEC.9 split in two.
    expect(links(result)).toContain('modified OP 6 (c) → OP 9 (c)');
    expect(links(result)).toContain('new – → OP 9 (d)');
    expect(links(result)).not.toContain('new – → OP 9 (c)');
  });

  it('counter-case: Racism 79/161 → 80/193 new OP 37 "Acknowledges the role of the … mechanisms …" (its own opening) stays new', async () => {
    const result = await compareInSeries('a-global-call-for-concrete-action-for-the-elimination-of-rac', 'A_RES_79_161.txt', 'A_RES_80_193.txt');
    expect(links(result)).toContain('new – → OP 37');
    expect(links(result)).toContain('modified OP 30 → OP 38');
  });

  it('counter-case: Oceans 79/144 → 80/110 OP 336 (the fourth cycle\'s experts, words OP 326 already brings) stays dropped', async () => {
    const result = await compareInSeries('oceans-and-the-law-of-the-sea', 'A_RES_79_144.txt', 'A_RES_80_110.txt');
    expect(links(result)).toContain('dropped OP 336 → –');
    expect(links(result)).toContain('modified OP 326 → OP 316');
  });
});
