import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../src/pipeline.js';
import { buildTargetMemo, paragraphPairKey } from '../../src/target/index.js';
import { clauseLine } from '../../src/report/target-memo.js';
import { clauseWords, sharedRuns } from '../../src/target/clause-runs.js';
import type { BatchDocument, Lineage, LineageParagraph, LineageSource } from '../../src/types.js';

/**
 * The memo's clause lines from the lineage's clause runs (`LineageParagraph.clauses`), for the two cases the corpus
 * tests (test/batch/lineage-clause-corpus.test.ts) do not reach: a paragraph with no source, and a clause spread over
 * two paragraphs of one earlier document. The words are 80/48 PP 8's call for negotiations on the New START Treaty's successor.
 */
const TEXT =
  'Noting the expiration in February 2026 of the New START Treaty, and calling for good-faith negotiations on a future nuclear arms control framework by the three States with the largest nuclear arsenals to restrain their nuclear arsenals,';
const document = (id: string, date: string, title: string): BatchDocument => ({ id, path: `${id}.txt`, sha256: id, title, date, series: null, previous: null, paragraphs: 10 });
const TARGET = document('target', '2025-12-01', 'The target');
const SPEECH = document('ZAF_2021_S76', '2021', 'A speech');
const OTHER = document('NOR_2022_S77', '2022', 'Another speech');
const RESOLUTION = document('A_RES_79_41', '2024-12-02', 'Steps to building a common roadmap');

/** Where a phrase's words stand in TEXT: its first word and its length. */
function run(phrase: string): { from: number; words: number } {
  const found = sharedRuns(
    clauseWords(TEXT).map((word) => word.lower),
    clauseWords(phrase).map((word) => word.lower),
    clauseWords(phrase).length,
  );
  expect(found).toHaveLength(1);
  return { from: found[0].start, words: found[0].length };
}

function memoOf(clauses: LineageParagraph['clauses']): ReturnType<typeof buildTargetMemo> {
  const lineage: Lineage = {
    target: TARGET.id,
    targetName: TARGET.title,
    documentsSearched: 2,
    notChecked: [],
    paragraphs: [{ index: 0, number: null, text: TEXT, searched: true, status: 'new', sources: [], clauses }],
  };
  return buildTargetMemo({ lineage, target: TARGET, earlier: [SPEECH, OTHER], records: [], reports: new Map() });
}

describe('clause lines from the lineage clause runs', () => {
  it('says where each run of a paragraph with no source was first, the oldest document first', () => {
    const call = 'calling for good-faith negotiations on a future nuclear arms control framework by the three States with the largest nuclear arsenals';
    const memo = memoOf([
      { document: SPEECH.id, date: SPEECH.date, paragraphs: [4], ...run(call) },
      { document: OTHER.id, date: OTHER.date, paragraphs: [2], ...run(`${call} to restrain their nuclear arsenals`) },
      { document: OTHER.id, date: OTHER.date, paragraphs: [3], ...run('Noting the expiration in February 2026 of the New START Treaty, and calling for') },
    ]);
    const clauses = memo.paragraphs[0].clauses!;
    // The 2021 speech has 21 of the 2022 run's 27 words (two thirds: 18): the longer run is said there once, not twice.
    // The opening's run is another clause, first in the 2022 speech.
    expect(clauses.map((clause) => [clause.id, clause.place, clause.added, clause.shared, clause.without])).toEqual([
      [SPEECH.id, '¶ 5', call, call, undefined],
      [OTHER.id, '¶ 4', 'Noting the expiration in February 2026 of the New START Treaty, and calling for', 'Noting the expiration in February 2026 of the New START Treaty, and calling for', undefined],
    ]);
    expect(clauseLine(clauses[0])).toBe(`the clause “${call}” is first in ${SPEECH.title} ¶ 5 (2021)`);
  });

  it('finds a clause a traced paragraph adds spread over two paragraphs of one document when neither has two thirds of it', async () => {
    const first = 'calling for good-faith negotiations on a future nuclear arms control framework';
    const second = 'framework by the three States with the largest nuclear arsenals to restrain their nuclear arsenals';
    // The paragraph's source: the same opening without the call (what 79/41 PP 8 might have said).
    const older = 'Noting the expiration in February 2026 of the New START Treaty,';
    const source: LineageSource = { document: RESOLUTION.id, date: RESOLUTION.date, title: RESOLUTION.title, paragraphs: [7], labels: ['PP 8'], kind: 'modified', similarity: 0.6, edit: null };
    const lineage: Lineage = {
      target: TARGET.id,
      targetName: TARGET.title,
      documentsSearched: 2,
      notChecked: [],
      paragraphs: [
        {
          index: 0,
          number: null,
          text: TEXT,
          searched: true,
          status: 'traced',
          sources: [source],
          clauses: [
            { document: SPEECH.id, date: SPEECH.date, paragraphs: [4], ...run(first) },
            { document: SPEECH.id, date: SPEECH.date, paragraphs: [5], ...run(second) },
          ],
        },
      ],
    };
    const paragraphPairs = new Map([[paragraphPairKey(0, RESOLUTION.id), await compareTexts(older, TEXT)]]);
    const memo = buildTargetMemo({ lineage, target: TARGET, earlier: [SPEECH, RESOLUTION], records: [], reports: new Map(), paragraphPairs });
    // The clause added (28 words): the speech's ¶ 5 has 12 of them and its ¶ 6 16, under two thirds (19) each; together 27.
    expect(memo.paragraphs[0].clauses?.map((clause) => [clause.id, clause.place, clause.added, clause.shared, clause.without?.place])).toEqual([
      [SPEECH.id, '¶ 5, 6', `and ${first} by the three States with the largest nuclear arsenals to restrain their nuclear arsenals`, `${first} by the three States with the largest nuclear arsenals to restrain their nuclear arsenals`, 'PP 8'],
    ]);
  });
});
