import { describe, expect, it } from 'vitest';
import { renderBatchIndex } from '../../src/report/batch-index.js';
import type { Digest } from '../../src/types.js';
import { sampleBatchIndexInput, sampleChainIndexParts } from './batch-helpers.js';

/**
 * Trial 17-a D17: a desk officer scrolled past 3,500 px of two-point charts to reach the digest ("What was negotiated"
 * at y≈4,580 of 19,166), and read "The 1 turning points". The digest now comes before the charts (and first in the
 * section links after the series), and one turning point is said in the singular.
 */
describe('the chain index: the digest before the charts', () => {
  it('puts the digest section and its link before the similarity charts', () => {
    const { input, manifest, records } = sampleChainIndexParts();
    const digest: Digest = { series: [{ id: 'alpha', title: 'ALPHA', committee: null, agendaItem: null, steps: [] }] };
    const html = renderBatchIndex({ ...input, manifest, records, lineage: null, digest });
    expect(html.indexOf('<section id="digest"')).toBeGreaterThan(0);
    expect(html.indexOf('<section id="digest"')).toBeLessThan(html.indexOf('id="overview"'));
    const nav = /<nav aria-label="Sections">(.*?)<\/nav>/s.exec(html)![1];
    expect(nav.indexOf('#digest')).toBeLessThan(nav.indexOf('#overview'));
  });

  it('says one turning point in the singular', () => {
    const input = sampleBatchIndexInput();
    const record = (pair: number, similarity: number) => ({ ...input.records[1], pair, left: `d${pair}`, right: `d${pair + 1}`, leftDate: `2020-0${pair + 1}-01`, rightDate: `2020-0${pair + 2}-01`, similarity, html: `pairs/d${pair}__d${pair + 1}.html` });
    const records = [0.9, 0.92, 0.88, 0.2, 0.85, 0.9, 0.86, 0.9, 0.91, 0.89].map((similarity, pair) => record(pair, similarity));
    const html = renderBatchIndex({ ...input, manifest: { ...input.manifest, mode: 'chain', target: null }, records, lineage: null });
    expect(html).toContain('The one turning point (larger, ringed) is the pair that fell furthest');
    expect(html).not.toContain('The 1 turning points');
  });
});
