import { describe, expect, it } from 'vitest';
import { MINIMAP_SLICES, REWRITE_CUT, buildViewModel, segmentsPerParagraph, type RowView } from '../../src/report/view-model.js';
import { buildResult, paragraphs, relatedResult, sampleResult, wordDiff } from './helpers.js';
import { renderText } from '../../src/report/text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { join } from 'node:path';
import { compare } from '../../src/pipeline.js';
import { HAS_SHARED, SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { ICT, RESIDUAL, UN_SERIES } from '../helpers/un-series.js';

describe('buildViewModel', () => {
  it('names a draft and its revision by their symbols above the page and the columns, where title and date are the same', () => {
    const result = sampleResult();
    result.documents[0] = { ...result.documents[0], title: 'The Arms Trade Treaty', date: '2025-10-08', symbol: 'A/C.1/80/L.9' };
    result.documents[1] = { ...result.documents[1], title: 'The Arms Trade Treaty', date: '2025-10-08', symbol: 'A/C.1/80/L.9/Rev.1' };
    const named = buildViewModel(result);
    expect(named.subheading).toBe('Two versions compared: older (A/C.1/80/L.9, 2025-10-08, older.txt) → newer (A/C.1/80/L.9/Rev.1, 2025-10-08, newer.txt)');
    expect([named.leftHeading, named.rightHeading]).toEqual(['Older · 2025-10-08 · A/C.1/80/L.9', 'Newer · 2025-10-08 · A/C.1/80/L.9/Rev.1']);
    result.documents[0] = { ...result.documents[0], title: 'Information and communications technologies for development' };
    expect(buildViewModel(result).subheading).toBe('Compared with the older text: A/C.1/80/L.9, Information and communications technologies for development (2025-10-08)');
  });

  const model = buildViewModel(sampleResult(), { generatedAt: '2026-11-01T12:00:00Z' });
  const rows = model.entries.flatMap((entry) => (entry.partial === 'unchanged-run' ? entry.rows : [entry]));

  it('lists entries in reading order, with a moved-from marker where the moved paragraph stood', () => {
    // Every finding is drawn by the one `row` partial; its kind is a field.
    expect(model.entries.map((entry) => (entry.partial === 'row' ? `row: ${entry.kind}` : entry.partial))).toEqual([
      'unchanged-run',
      'row: modified',
      'row: modified',
      'row: modified',
      'unchanged-run',
      'row: split',
      'row: merged',
      'row: dropped',
      'row-moved-from',
      'row: new',
    ]);
  });

  it('says which side a new or a dropped paragraph is missing from, and only for those', () => {
    const sides = rows.flatMap((row) => (row.partial === 'row' ? [`${row.kind}: ${row.leftAbsent ?? '-'} | ${row.rightAbsent ?? '-'}`] : []));
    expect(sides.filter((line) => line !== `${line.split(':')[0]}: - | -`)).toEqual(['dropped: - | Not in the newer text', 'new: Not in the older text | -']);
  });

  it('counts each filter tag, a moved finding under its kind and under moved', () => {
    expect(Object.fromEntries(model.filters.map((filter) => [filter.tag, filter.count]))).toEqual({
      substantive: 2,
      routine: 0,
      editorial: 1,
      split: 1,
      merged: 1,
      new: 1,
      dropped: 1,
      moved: 1,
      unchanged: 2,
    });
    expect(model.changeCount).toBe(7);
  });

  it('explains a pair by its component scores and its rarest shared words', () => {
    const moved = rows.find((row) => row.partial !== 'row-moved-from' && (row as RowView).moved) as RowView;
    expect(moved.why?.scores.map((score) => `${score.label} ${score.value}`)).toEqual([
      'Lexical 82%',
      'Containment 90%',
      'Sequence 77%',
      'Character 75%',
    ]);
    expect(moved.why?.terms).toEqual(['again', 'agree', 'meet']);
    expect(moved.renumbered).toEqual({ from: '8.', to: '1.' });
  });

  it('places change-map ticks by position in the document', () => {
    expect(model.minimap.map((tick) => `${tick.href} ${tick.pos}`)).toEqual([
      '#r-2 10.0',
      '#r-3 20.0',
      '#r-4 30.0',
      '#r-6 50.0',
      '#r-7 60.0',
      '#r-8 70.0',
      '#r-9 90.0',
    ]);
  });
});

describe('segmentsPerParagraph', () => {
  it('cuts a split diff at paragraph boundaries whatever separator the engine joined them with', () => {
    const right = paragraphs(['We recognize the need.', 'We call for an instrument.']);
    const diff = wordDiff('We recognize the need, and we call for a binding instrument.', 'We recognize the need.\n\nWe call for an instrument.');
    expect(segmentsPerParagraph(diff, 'right', right)).toEqual([
      [
        { op: 'equal', text: 'We recognize the need' },
        { op: 'insert', text: '.' },
      ],
      [
        { op: 'insert', text: 'We' },
        { op: 'equal', text: ' call for ' },
        { op: 'insert', text: 'an' },
        { op: 'equal', text: ' instrument.' },
      ],
    ]);
  });

  it('shows the paragraphs plain when the diff does not reproduce their text', () => {
    const left = paragraphs(['Some text.']);
    expect(segmentsPerParagraph([{ op: 'equal', text: 'Other text.' }], 'left', left)).toEqual([[{ op: 'equal', text: 'Some text.' }]]);
  });

  it('notes a related link on the dropped row it annotates, and on no other row', () => {
    const related = buildViewModel(relatedResult(), { generatedAt: '2026-11-01T12:00:00Z' });
    const notes = related.entries
      .flatMap((entry) => (entry.partial === 'unchanged-run' ? entry.rows : [entry]))
      .flatMap((row) => (row.partial === 'row' && row.related ? [`${row.kind} ${row.leftLabel}: ${row.related}`] : []));
    expect(notes).toEqual(['dropped ¶ 2: Related to newer ¶ 2, 4 (59% of its content; shared: parties, 2035, phasing, unabated, coal, power, …)']);
    const sample = buildViewModel(sampleResult(), { generatedAt: '2026-11-01T12:00:00Z' }).entries.flatMap((entry) => (entry.partial === 'unchanged-run' ? entry.rows : [entry]));
    expect(sample.every((row) => row.partial !== 'row' || row.related === null)).toBe(true);
  });

  it('notes a one-to-one related link on both the dropped and the new row, the share on the measured one only', () => {
    const result = buildResult({
      left: ['Members will ratify the Agreement on Port State Measures and apply it to all foreign vessels calling at their ports.'],
      right: ['Annex: the Agreement on Port State Measures will be ratified by all members before the next meeting.'],
      findings: [
        { kind: 'dropped', left: [0], right: [] },
        { kind: 'new', left: [], right: [0] },
      ],
      related: [{ left: [0], right: [0], containment: 0.62, shared: ['agreement', 'port', 'state', 'measures'] }],
    });
    const notes = buildViewModel(result, { generatedAt: '2026-11-01T12:00:00Z' })
      .entries.flatMap((entry) => (entry.partial === 'unchanged-run' ? entry.rows : [entry]))
      .flatMap((row) => (row.partial === 'row' ? [`${row.kind}: ${row.related}`] : []));
    // A dropped and a new paragraph at the same place share one row (see pairReplacements), which carries both notes.
    expect(notes).toEqual([
      'dropped: Related to newer ¶ 1 (62% of its content; shared: agreement, port, state, measures) · Related to older ¶ 1 (shared: agreement, port, state, measures)',
    ]);
  });
});

describe('buildViewModel: what helps a reader', () => {
  const rowsOf = (model: ReturnType<typeof buildViewModel>): RowView[] =>
    model.entries.flatMap((entry) => (entry.partial === 'unchanged-run' ? entry.rows : entry.partial === 'row' ? [entry] : []));

  it('shows a rewrite below REWRITE_CUT as both paragraphs whole, and one above it word by word', () => {
    const result = buildResult({
      left: ['The pace of activity slowed markedly.', 'Inflation is expected to moderate.'],
      right: ['Labour markets deteriorated and output declined.', 'Inflation is expected to moderate further.'],
      findings: [
        { kind: 'modified', left: [0], right: [0], similarity: REWRITE_CUT - 0.14 },
        { kind: 'modified', left: [1], right: [1], similarity: 0.9 },
      ],
    });
    const [rewrite, edit] = rowsOf(buildViewModel(result));
    expect(rewrite).toMatchObject({ rewritten: true, note: 'Rewritten: both versions shown whole, not word by word.', similarity: '26%' });
    expect(rewrite.left[0].segments).toEqual([{ op: 'equal', text: 'The pace of activity slowed markedly.' }]);
    expect(rewrite.className).toContain('is-rewritten');
    expect(edit.rewritten).toBe(false);
    expect(edit.right[0].segments.some((segment) => segment.op === 'insert')).toBe(true);
  });

  it('puts a dropped and a new paragraph at the same place side by side in one row, keeping both anchors', () => {
    const result = buildResult({
      left: ['Kept.', 'Dropped one.', 'Dropped two.'],
      right: ['Kept.', 'Added one.'],
      findings: [
        { kind: 'unchanged', left: [0], right: [0] },
        { kind: 'dropped', left: [1], right: [] },
        { kind: 'dropped', left: [2], right: [] },
        { kind: 'new', left: [], right: [1] },
      ],
    });
    const rows = rowsOf(buildViewModel(result));
    expect(rows.map((row) => `${row.id} ${row.tags} ${row.alsoIds.join(',')}`)).toEqual(['r-1 unchanged ', 'r-2 dropped new r-4', 'r-3 dropped ']);
    expect(rows[1]).toMatchObject({ leftAbsent: null, rightAbsent: null, leftSideLabel: 'Older ¶ 2', rightSideLabel: 'Newer ¶ 2' });
    expect(rows[1].badges.map((badge) => badge.label)).toEqual(['Dropped', 'New']);
    expect(rows[1].right[0].segments).toEqual([{ op: 'equal', text: 'Added one.' }]);
  });

  it('says in one sentence when two texts are unrelated, and nothing when they are related', () => {
    const result = buildResult({ left: ['Alpha.'], right: ['Omega.'], findings: [{ kind: 'dropped', left: [0], right: [] }, { kind: 'new', left: [], right: [0] }] });
    result.comparisons[0].similarity = 0.01;
    result.comparisons[0].sharedWording = 0.02;
    const note = 'These texts look unrelated (1% similar, 2% shared wording; no paragraph of one could be paired with one of the other): what follows lists the paragraphs of each, not changes from one to the other.';
    expect(buildViewModel(result).relationNote).toBe(note);
    expect(buildViewModel(sampleResult()).relationNote).toBeNull();
    // Every format says it, not the HTML alone (a new user read "key changes" between two different resolutions in the
    // text and Markdown outputs).
    expect(renderText(result, { color: false }).split('\n')[3]).toBe(`  ${note}`);
    expect(renderMarkdown(result)).toContain(`- **${note}**`);
    expect(renderText(sampleResult(), { color: false })).not.toContain('look unrelated');
  });

  it('counts the alignment search honestly when groups were scored beyond the single pairs', () => {
    const result = sampleResult();
    expect(buildViewModel(result).searchStats).toBe('Scored 24 of the 81 possible paragraph pairs.');
    result.comparisons[0].stats = { candidatePairs: 49, allPairs: 42 };
    expect(buildViewModel(result).searchStats).toBe('Scored 49 candidates (paragraph pairs, and groups of paragraphs for merges and splits); 42 single paragraph pairs were possible.');
  });

  it('sums up position shifts and tags their rows for the filter', () => {
    const model = buildViewModel(sampleResult());
    expect(model.signalSummary).toEqual({ count: 1, label: 'position shift (1 weaker) in 1 paragraph', rows: 1 });
    expect(rowsOf(model).filter((row) => row.tags.split(' ').includes('shift'))).toHaveLength(1);
  });

  it('groups the change map of a long text into at most MINIMAP_SLICES ticks, each naming its rows', () => {
    const count = 600;
    const result = buildResult({
      left: Array.from({ length: count }, (_, i) => `Old paragraph ${i}.`),
      right: Array.from({ length: count }, (_, i) => `New paragraph ${i}.`),
      findings: Array.from({ length: count }, (_, i) => ({ kind: 'modified' as const, left: [i], right: [i], similarity: 0.8 })),
    });
    const ticks = buildViewModel(result).minimap;
    expect(ticks.length).toBe(MINIMAP_SLICES);
    expect(ticks.flatMap((tick) => tick.rows.split(' '))).toHaveLength(count);
    expect(ticks[0]).toMatchObject({ href: '#r-1', rows: 'r-1 r-2 r-3 r-4 r-5', label: '5 changes, from Substantive: older ¶ 1, newer ¶ 1' });
  });
});

describe('a placeholder filled in the newer text', () => {
  it('is one row that says so, with no similarity and not "rewritten" (the slot shares no word with its text)', async () => {
    const { compareTexts } = await import('../../src/pipeline.js');
    const older = 'The General Assembly,\n\n1. Decides that the Commission shall consider the following items:\n\n(a) [To be determined];\n\n2. Requests the Secretary-General to report at its next session.\n';
    const newer = 'The General Assembly,\n\n1. Decides that the Commission shall consider the following items:\n\n(a) Recommendations for achieving the objective of nuclear disarmament;\n\n2. Requests the Secretary-General to report at its next session.\n';
    const result = await compareTexts(older, newer, { leftId: 'A', rightId: 'B' });
    const filled = buildViewModel(result).entries.flatMap((entry) => (entry.partial === 'unchanged-run' ? entry.rows : [entry])).filter((row): row is RowView => row.partial === 'row' && row.kind === 'modified');
    expect(filled.map((row) => [row.leftLabel, row.rightLabel, row.note, row.similarity])).toEqual([
      ['OP 1 (a)', 'OP 1 (a)', 'Placeholder filled: the older text held this place for text still to come.', null],
    ]);
  });
});

describe.skipIf(!HAS_SHARED)(`a dropped and a new paragraph are one row only when one can stand in the other's place${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  const replacements = (model: ReturnType<typeof buildViewModel>): string[][] =>
    model.entries
      .flatMap((entry) => (entry.partial === 'unchanged-run' ? entry.rows : [entry]))
      .filter((row): row is RowView => row.partial === 'row' && row.className.includes('row-replaced'))
      .map((row) => [row.leftLabel, row.rightLabel]);

  it('draws no replacement between two unrelated texts: PP 1 of A/RES/75/32 is dropped, the seed\'s date line new, apart', async () => {
    // Paired on reading order alone, 21 rows read "One in place of the other", PP 1 "Recalling its resolutions 53/70 …"
    // beside the date line "11-11-2024", under a banner saying the texts are unrelated.
    const model = buildViewModel(await compare(join(SHARED_DATA, 'un-resolutions/texts/ict-security/A_RES_75_32.txt'), SEED));
    expect(model.relationNote).toMatch(/^These texts look unrelated/);
    expect(replacements(model)).toEqual([]);
    const rows = model.entries.flatMap((entry) => (entry.partial === 'unchanged-run' ? entry.rows : [entry])).filter((row): row is RowView => row.partial === 'row');
    const recalling = rows.find((row) => row.leftLabel === 'PP 1');
    expect([recalling?.kind, recalling?.right.length, recalling?.note]).toEqual(['dropped', 0, null]);
    const dateLine = rows.find((row) => row.right.some((paragraph) => paragraph.segments.map((segment) => segment.text).join('') === '11-11-2024'));
    expect([dateLine?.kind, dateLine?.left.length, dateLine?.right[0].className]).toEqual(['new', 0, 'para heading']);
  });

  it('pairs no body paragraph with one sharing no content word, and each new one with the dropped one it shares most with (ICT for development, 78/132 → 79/194)', async () => {
    // Was also OP 56 "Stresses the need … artificial intelligence …" in place of OP 62 "Decides to finalize the modalities …"
    // (no word in common). Paired k-th with k-th in their run, new PP 27 "Taking note of … Digital Economy Report 2024"
    // stood in place of PP 25 (the Intergovernmental Group of Experts), where PP 27 "Taking note of the Digital Economy
    // Report 2021" is its older edition (trial 17-a D9); OP 56 now stands with OP 63 "Recognizes the immense potential of
    // artificial intelligence systems …", the run's paragraph it shares most words with.
    const model = buildViewModel(await compare(join(UN_SERIES, ICT, 'A_RES_78_132.txt'), join(UN_SERIES, ICT, 'A_RES_79_194.txt')));
    expect(replacements(model)).toEqual([
      ['PP 27', 'PP 27'],
      ['PP 39', 'PP 40'],
      ['OP 55', 'OP 61'],
      ['OP 56', 'OP 63'],
    ]);
  });

  it('pairs no heading line with a body paragraph (residual mechanism financing, 79/255 → 80/239: "Annex" stays dropped)', async () => {
    // Was also the heading "Annex" in place of OP 7 "Also decides, in accordance with paragraph 4 …", and the table note
    // "b Reflects amounts after recosting." in place of "Annex II Credits reported …" (no word in common).
    const model = buildViewModel(await compare(join(UN_SERIES, RESIDUAL, 'A_RES_79_255.txt'), join(UN_SERIES, RESIDUAL, 'A_RES_80_239.txt')));
    // The older annex's table note is cited by its place in the annex since session 14 (was `¶ 36`, its count in the
    // document), the newer unnumbered line as a heading (was `¶ 16`), and since session 20 as the note of the annex its
    // heading "Annex I Financing for 2026 …" starts (was `heading 4`, dig20).
    expect(replacements(model)).toEqual([['Annex ¶ 4', 'Annex I ¶ 3']]);
  });
});
