import type { BatchIndexInput } from '../../src/report/batch-index.js';
import type { PairRecord, Series } from '../../src/types.js';

/**
 * A small target-mode batch as the index renders it: three documents, two compared pairs (one with a report) and one
 * estimated pair, a lineage of two target paragraphs, one skipped input; hostile text in a title and a paragraph.
 */
export function sampleBatchIndexInput(): BatchIndexInput {
  const document = (id: string, date: string, title: string, paragraphs: number) => ({
    id,
    path: `corpus/${id}.txt`,
    sha256: id.charAt(0).repeat(64),
    title,
    date,
    series: null,
    previous: null,
    paragraphs,
  });
  const summary = (modified: number) => ({ unchanged: 3, modified, split: 0, merged: 0, new: 1, dropped: 0, moved: 0, renumbered: 0, substantive: modified, routine: 0, editorial: 0 });
  return {
    manifest: {
      tool: { name: 'redline', version: '0.1.0' },
      mode: 'target',
      target: 'draft',
      options: { threshold: 0.3, moveThreshold: 0.5, diffMaxEditLength: 2000, maxGroup: 3, semantic: false, lexicons: [], minSimilarity: 0.3, candidateFloor: 0.05 },
      documents: [
        document('alpha', '2019-01-02', 'Alpha resolution', 5),
        document('beta', '2020-03-04', 'Beta <script>alert(1)</script> resolution', 6),
        document('draft', '2024-10-25', 'The draft', 5),
      ],
      failures: [{ path: 'corpus/broken.txt', error: 'front matter does not parse' }],
      pairs: 3,
      shard: null,
      planKey: 'c'.repeat(64),
      series: [],
    },
    records: [
      { pair: 0, left: 'alpha', right: 'draft', leftDate: '2019-01-02', rightDate: '2024-10-25', similarity: 0.12, estimated: true, estimate: 0.12, coverage: null, summary: null, report: null, html: null },
      { pair: 1, left: 'beta', right: 'draft', leftDate: '2020-03-04', rightDate: '2024-10-25', similarity: 0.81, estimated: false, estimate: 0.7, coverage: 0.6, summary: summary(2), report: 'pairs/beta__draft.json', html: 'pairs/beta__draft.html',
        signals: { summary: '2 references added, 1 topic added.', referencesAdded: ['resolution 75/240', 'A/79/214'], referencesRemoved: [], topicsAdded: ['cybercrime'], topicsRemoved: ['sovereignty'] } },
      { pair: 2, left: 'alpha', right: 'beta', leftDate: '2019-01-02', rightDate: '2020-03-04', similarity: 0.4, estimated: false, estimate: 0.35, coverage: 0.2, summary: summary(4), report: null, html: null },
    ],
    lineage: {
      target: 'draft',
      targetName: 'The draft',
      documentsSearched: 2,
      notChecked: [{ document: 'corpus/broken.txt', reason: 'unreadable', error: 'front matter does not parse' }],
      paragraphs: [
        { index: 0, number: '1.', text: 'We recall <img src=x onerror=alert(2)> the earlier text.', searched: true, status: 'traced', sources: [{ document: 'beta', date: '2020-03-04', title: 'Beta resolution', paragraphs: [0], kind: 'modified', similarity: 0.9 }] },
        { index: 1, number: null, text: 'An added paragraph.', searched: true, status: 'not-checked', sources: [] },
      ],
    },
    generatedAt: '2026-11-01T12:00:00Z',
  };
}

/**
 * A chain batch of two series as the index renders it: alpha (three sessions and a draft, one technical update) and
 * beta (a step with a weakened commitment, then an unrelated pair).
 */
export function sampleChainIndexParts() {
  const input = sampleBatchIndexInput();
  const signals = (summary: string | null) => ({ summary, referencesAdded: [], referencesRemoved: [], topicsAdded: [], topicsRemoved: [] });
  const technical = signals('Technical update: every change is the yearly succession of sessions, years, dates and symbols, or editorial (2 routine).');
  const step = (pair: number, left: string, right: string, series: string, extra: Partial<PairRecord>): PairRecord => ({ ...input.records[1], pair, left, right, series, step: 'version', html: `pairs/${left}__${right}.html`, ...extra });
  const records = [
    step(0, 'a78', 'a79', 'alpha', { signals: technical }),
    step(1, 'b78', 'b79', 'beta', { signals: signals('1 commitment weakened.') }),
    step(2, 'a79', 'a80', 'alpha', { signals: signals('2 references added.') }),
    step(3, 'aL1', 'a80', 'alpha', { step: 'draft', signals: signals(null), similarity: 1 }),
    step(4, 'b79', 'b80', 'beta', { signals: signals('3 topics added.'), similarity: 0.01, unrelated: true }),
  ];
  const series = (id: string, documents: string[], drafts: Series['drafts']): Series => ({ id, title: id.toUpperCase(), basis: 'un-title', documents, drafts, committee: null, agendaItem: null });
  const manifest = { ...input.manifest, mode: 'chain' as const, target: null, series: [series('alpha', ['a78', 'a79', 'aL1', 'a80'], [{ drafts: ['aL1'], adopted: 'a80' }]), series('beta', ['b78', 'b79', 'b80'], [])] };
  return { input, manifest, records };
}
