import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSeries, countSeries, describeSeriesCounts, groupSeries, normalizeTitle } from '../../src/series/index.js';
import type { SeriesFacts } from '../../src/types.js';

const fact = (id: string, date: string, extra: Partial<SeriesFacts> = {}): SeriesFacts => ({
  id, title: id, date, series: null, folder: null, symbol: null, resolution: null, session: null, stage: null, revises: null, committee: null, agendaItem: null, ...extra,
});
/** A UN text: adopted (with its resolution number) or a draft. */
const un = (symbol: string, date: string, title: string, session: number, extra: Partial<SeriesFacts> = {}): SeriesFacts =>
  fact(symbol, date, { title, symbol, session, stage: symbol.includes('/L.') ? 'draft' : 'adopted', resolution: symbol.includes('/RES/') ? symbol.replace('A/RES/', '') : null, ...extra });
const noSimilarity = { similarity: () => 0, floor: 0.15 };

describe('groupSeries', () => {
  it('makes one series of a resolution title across sessions, whatever its case, dashes, quotes and final stop', () => {
    const facts = [
      un('A/RES/78/66', '2023-12-06', 'Comprehensive Nuclear-Test-Ban Treaty', 78),
      un('A/RES/78/48', '2023-12-06', 'The Arms Trade Treaty', 78),
      un('A/RES/79/77', '2024-12-10', 'Comprehensive nuclear‑test‑ban treaty.', 79),
      un('A/RES/80/70', '2025-12-19', 'Comprehensive  Nuclear – Test-Ban Treaty', 80),
    ];
    expect(groupSeries(facts, noSimilarity).map((series) => [series.id, series.basis, series.documents])).toEqual([
      ['comprehensive-nuclear-test-ban-treaty', 'un-title', ['A/RES/78/66', 'A/RES/79/77', 'A/RES/80/70']],
      ['the-arms-trade-treaty', 'un-title', ['A/RES/78/48']],
    ]);
    expect(normalizeTitle('“Quoted” title — with a dash ')).toBe(normalizeTitle('"quoted" title-with a dash.'));
  });

  it('orders a draft history by what each revision revises, the drafts before the adopted text of their session', () => {
    const title = 'Information and communications technologies for sustainable development';
    // The revision is listed first (same day, and its symbol sorts first), yet it revises L.17: L.17 comes first.
    const facts = [
      un('A/RES/79/194', '2024-12-19', title, 79),
      un('A/C.2/80/L.17', '2025-10-10', title, 80, { revises: null }),
      un('A/C.2/80/L.58', '2025-10-10', title, 80, { revises: 'A/C.2/80/L.17' }),
      un('A/RES/80/118', '2025-12-22', title, 80, { committee: 'Second Committee', agendaItem: '17' }),
    ];
    const [series] = groupSeries([facts[0], facts[2], facts[1], facts[3]], noSimilarity);
    expect(series).toEqual({
      id: 'information-and-communications-technologies-for-sustainable',
      title,
      basis: 'un-title',
      documents: ['A/RES/79/194', 'A/C.2/80/L.17', 'A/C.2/80/L.58', 'A/RES/80/118'],
      drafts: [{ drafts: ['A/C.2/80/L.17', 'A/C.2/80/L.58'], adopted: 'A/RES/80/118' }],
      committee: 'Second Committee',
      agendaItem: '17',
    });
  });

  it('keeps front matter and folder series as written, never regrouped by title or similarity', () => {
    const facts = [
      un('A/RES/78/66', '2023-12-06', 'Comprehensive Nuclear-Test-Ban Treaty', 78, { series: 'mixed' }),
      un('A/RES/79/77', '2024-12-10', 'Comprehensive Nuclear-Test-Ban Treaty', 79),
      fact('note-1', '2025-01-01', { folder: 'notes' }),
      fact('other', '2025-02-01', { series: 'mixed' }),
    ];
    expect(groupSeries(facts, { similarity: () => 1, floor: 0.15 }).map((series) => [series.title, series.basis, series.documents])).toEqual([
      // In reading order: no committee or agenda item here, so by title.
      ['Comprehensive Nuclear-Test-Ban Treaty', 'un-title', ['A/RES/79/77']],
      ['mixed', 'front-matter', ['A/RES/78/66', 'other']],
      ['notes', 'folder', ['note-1']],
    ]);
  });

  it('reads a folder of UN texts of one resolution as a UN series: titled by the resolution, its draft before the adopted text', () => {
    const title = 'Information and communications technologies for sustainable development';
    const folder = 'series/information-and-communications-technologies-for-sus';
    // Listed by date: the adopted text of the 80th session is dated before the draft's (wrong) date here, and the
    // draft's revision first; the documents' facts still give L.17 → L.58 → 80/118 after 79/194.
    const facts = [
      un('A/RES/79/194', '2024-12-19', title, 79, { folder }),
      un('A/RES/80/118', '2025-09-01', title, 80, { folder }),
      un('A/C.2/80/L.58', '2025-10-10', title, 80, { folder, revises: 'A/C.2/80/L.17' }),
      un('A/C.2/80/L.17', '2025-10-10', title, 80, { folder }),
    ];
    const [series] = groupSeries(facts, noSimilarity);
    expect([series.id, series.title, series.basis, series.documents, series.drafts]).toEqual([
      'information-and-communications-technologies-for-sus', title, 'folder',
      ['A/RES/79/194', 'A/C.2/80/L.17', 'A/C.2/80/L.58', 'A/RES/80/118'],
      [{ drafts: ['A/C.2/80/L.17', 'A/C.2/80/L.58'], adopted: 'A/RES/80/118' }],
    ]);
    // Two resolutions in one folder keep the folder's name: no title is theirs alone.
    const mixed = groupSeries([un('A/RES/78/101', '2023-12-07', 'Question of Anguilla', 78, { folder: 'x/anguilla' }), un('A/RES/78/83', '2023-12-07', 'Question of Tokelau', 78, { folder: 'x/anguilla' })], noSimilarity);
    expect(mixed.map((entry) => entry.title)).toEqual(['anguilla']);
  });

  it('puts each remaining document, in date order, with the series whose newest member it resembles most, from the floor up', () => {
    const facts = [fact('a1', '2020'), fact('b1', '2020'), fact('a2', '2021'), fact('c1', '2021'), fact('b2', '2022')];
    // a2 resembles a1; b2 resembles a2 a little (0.2) and b1 more (0.6); c1 resembles nothing above the floor.
    const scores: Record<string, number> = { 'a1 a2': 0.8, 'b1 a2': 0.1, 'a2 b2': 0.2, 'b1 b2': 0.6, 'a2 c1': 0.1, 'b1 c1': 0.1 };
    const similarity = (x: number, y: number): number => scores[`${facts[x].id} ${facts[y].id}`] ?? scores[`${facts[y].id} ${facts[x].id}`] ?? 0;
    const series = groupSeries(facts, { similarity, floor: 0.15 });
    expect(series.map((entry) => [entry.id, entry.basis, entry.documents])).toEqual([
      ['a1', 'similarity', ['a1', 'a2']],
      ['b1', 'similarity', ['b1', 'b2']],
      ['c1', 'similarity', ['c1']],
    ]);
    expect(describeSeriesCounts(countSeries(series))).toBe('3 series by similarity');
  });

  it('orders series as a desk officer reads them: Main Committee, agenda item with (z) before (aa), then title', () => {
    const entry = (id: string, committee: string | null, agendaItem: string | null) => ({ id, title: id, committee, agendaItem });
    const ordered = [entry('plenary', null, '38'), entry('bb', 'First Committee', '99 (bb)'), entry('z', 'First Committee', '99 (z)'), entry('b', 'First Committee', '99 (b)'), entry('sixth', 'Sixth Committee', '85'), entry('second', 'Second Committee', '17')].sort(compareSeries);
    expect(ordered.map((one) => one.id)).toEqual(['b', 'z', 'bb', 'second', 'sixth', 'plenary']);
  });

  it('says how the documents were grouped, the most frequent rule first', () => {
    expect(describeSeriesCounts({ 'front-matter': 0, folder: 1, 'un-title': 70, similarity: 2 })).toBe('70 series by UN title, 2 by similarity, 1 by folder');
  });

  it('makes ids from titles, unique in order', () => {
    const facts = [fact('x', '2020', { series: 'Report' }), fact('y', '2021', { folder: 'report' }), fact('z', '2022', { series: 'Report 2' })];
    // Ids are given in date order (x's "Report" keeps the plain slug, y's folder "report" gets -2, z's "Report 2" then
    // -2-2); y's title reads as x's, so it is told apart by its first document (trial 19-b D3: no two digest sections
    // share a heading); the series come out by title, code point by code point ("Report" < "Report 2" < "report …").
    expect(groupSeries(facts, noSimilarity).map((series) => [series.title, series.id])).toEqual([
      ['Report', 'report'],
      ['Report 2', 'report-2-2'],
      ['report (from y)', 'report-2'],
    ]);
  });

  it('puts every document in exactly one series, and gives the same series for the same input', () => {
    const facts = fc.array(
      fc.record({
        kind: fc.constantFrom('front-matter', 'folder', 'un', 'plain'),
        name: fc.constantFrom('Alpha', 'Beta', 'alpha.', 'Gamma'),
        session: fc.integer({ min: 78, max: 80 }),
        draft: fc.boolean(),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(facts, fc.integer({ min: 0, max: 1000 }), (entries, seed) => {
        const list = entries.map((entry, index) => {
          const id = `d${index}`;
          const date = String(2000 + index);
          if (entry.kind === 'front-matter') return fact(id, date, { series: entry.name });
          if (entry.kind === 'folder') return fact(id, date, { folder: entry.name });
          if (entry.kind === 'un') return un(entry.draft ? `A/C.1/${entry.session}/L.${index}` : `A/RES/${entry.session}/${index}`, date, entry.name, entry.session);
          return fact(id, date);
        });
        const similarity = (a: number, b: number): number => ((a * 31 + b * 17 + seed) % 100) / 100;
        const series = groupSeries(list, { similarity, floor: 0.5 });
        const placed = series.flatMap((entry) => entry.documents).sort();
        expect(placed).toEqual(list.map((entry) => entry.id).sort());
        expect(new Set(series.map((entry) => entry.id)).size).toBe(series.length);
        expect(groupSeries(list, { similarity, floor: 0.5 })).toEqual(series);
      }),
    );
  });
});

// Trial 19-b D3: a Word copy of 80/46 (no symbol block, titled "The Arms Trade Treaty") started a series of its own,
// headed like the resolution's; docs/batch.md rule 4 says the rest join the series whose newest member they resemble most.
describe('groupSeries: the documents left to similarity', () => {
  const title = 'The Arms Trade Treaty';
  const facts = [
    un('A/RES/78/48', '2023-12-04', title, 78),
    un('A/RES/79/52', '2024-12-02', title, 79),
    un('A/C.1/80/L.9', '2025-10-08', title, 80),
    fact('A_RES_80_46_word', '', { title }),
    fact('other', '', { title }),
  ];
  // The Word copy resembles L.9 (the series' newest member, in reading order), not the older texts; `other` nothing.
  const scores: Record<string, number> = { 'A/C.1/80/L.9 A_RES_80_46_word': 0.9, 'A/RES/79/52 A_RES_80_46_word': 0.99, 'A/RES/78/48 A_RES_80_46_word': 0.6 };
  const similarity = (x: number, y: number): number => scores[`${facts[x].id} ${facts[y].id}`] ?? scores[`${facts[y].id} ${facts[x].id}`] ?? 0;

  it('join the series by UN title whose newest member they resemble, after its UN texts', () => {
    const series = groupSeries(facts.slice(0, 4), { similarity, floor: 0.15 });
    expect(series.map((one) => [one.title, one.basis, one.documents, one.drafts])).toEqual([
      [title, 'un-title', ['A/RES/78/48', 'A/RES/79/52', 'A/C.1/80/L.9', 'A_RES_80_46_word'], [{ drafts: ['A/C.1/80/L.9'], adopted: null }]],
    ]);
  });

  it('never give two series one title: the later gets its first document after it', () => {
    const series = groupSeries(facts, { similarity, floor: 0.15 });
    expect(series.map((one) => [one.id, one.title, one.documents])).toEqual([
      ['the-arms-trade-treaty', title, ['A/RES/78/48', 'A/RES/79/52', 'A/C.1/80/L.9', 'A_RES_80_46_word']],
      ['the-arms-trade-treaty-2', `${title} (from other)`, ['other']],
    ]);
  });
});
