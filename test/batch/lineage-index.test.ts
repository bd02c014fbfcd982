import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINEAGE_CLAUSE_SHINGLES, LINEAGE_MIN_SHINGLES, LINEAGE_SHARE, LineageIndex, type ParagraphCandidates } from '../../src/batch/lineage-index.js';
import { documentSignature, paragraphSignatures } from '../../src/batch/signature.js';

const sign = (text: string): Uint32Array => documentSignature([{ text }]);
const paragraphsOf = (texts: string[]): Uint32Array[] => paragraphSignatures(texts.map((text) => ({ text })));
/** The reference: how many of a target paragraph's shingles a document paragraph holds, counted with a set. */
const shared = (target: Uint32Array, paragraph: Uint32Array): number => {
  const held = new Set(paragraph);
  return [...target].filter((hash) => held.has(hash)).length;
};
/** The candidates by share only (the clause candidates aside), for the target paragraphs that have some. */
const byShare = (found: ParagraphCandidates[]): Array<{ paragraph: number; candidates: number[] }> =>
  found.filter((entry) => entry.candidates.length > 0).map((entry) => ({ paragraph: entry.paragraph, candidates: entry.candidates }));
const needed = (target: Uint32Array): number => Math.max(2, Math.ceil(LINEAGE_SHARE * target.length - 1e-9));

const TARGET = [
  'the member states reaffirm their commitment to an open secure stable accessible and peaceful ict environment',
  '11-11-2024',
  'we call for the development of rules norms and principles of responsible behaviour of states in the use of icts',
];

describe('LineageIndex', () => {
  const index = new LineageIndex(paragraphSignatures(TARGET.map((text) => ({ text }))));

  it('leaves paragraphs under the shingle minimum (a date) out of the search', () => {
    expect(TARGET.map((_, paragraph) => index.searchable(paragraph))).toEqual([true, false, true]);
    expect(sign(TARGET[1]).length).toBeLessThan(LINEAGE_MIN_SHINGLES);
  });

  it('finds the paragraph of a long unrelated document that carries a target paragraph, and only that one', () => {
    const document = paragraphsOf([
      'a speech about oceans fisheries coral reefs and the weather of the small island states',
      'our government reaffirms its commitment to an open secure stable accessible and peaceful ict environment for all',
      'we also ask for rules of the road for the fisheries of the region',
      '11-11-2024',
    ]);
    expect(byShare(index.candidates(document))).toEqual([{ paragraph: 0, candidates: [1] }]);
  });

  it('leaves the run\'s common shingles out: shared boilerplate makes no candidate, and a paragraph of it alone is not searched', () => {
    const boilerplate = 'we reaffirm our commitment to the purposes and principles of the charter of the united nations';
    const target = paragraphSignatures([{ text: `${boilerplate} and to an open secure stable accessible and peaceful ict environment` }, { text: boilerplate }]);
    const common = new Set(sign(boilerplate));
    const document = paragraphsOf([`${boilerplate} and to the eradication of poverty in all its forms`, 'an open secure stable accessible and peaceful ict environment for all']);
    // Without the common set, the speech's boilerplate paragraph is a candidate for both target paragraphs.
    expect(byShare(new LineageIndex(target).candidates(document))).toEqual([{ paragraph: 0, candidates: [0, 1] }, { paragraph: 1, candidates: [0] }]);
    const distinctive = new LineageIndex(target, common);
    expect([distinctive.searchable(0), distinctive.searchable(1)]).toEqual([true, false]);
    expect(byShare(distinctive.candidates(document))).toEqual([{ paragraph: 0, candidates: [1] }]);
  });

  it('finds exactly the paragraphs holding the share of a target paragraph\'s shingles, most shared first, as counting by sets does', () => {
    const words = ['states', 'ict', 'security', 'we', 'call', 'the', 'of', 'peace', 'rules', 'norms', 'development', 'open'];
    const text = fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 30 }).map((list) => list.join(' '));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.array(text, { minLength: 0, maxLength: 6 }), (targetTexts, documentTexts) => {
        const targets = paragraphSignatures(targetTexts.map((entry) => ({ text: entry })));
        const document = paragraphsOf(documentTexts);
        const own = documentTexts.map(sign);
        const expected = targets.flatMap((target, paragraph) => {
          if (target.length < LINEAGE_MIN_SHINGLES) return [];
          const hits = own.map((signature, position) => ({ position, count: shared(target, signature) })).filter((hit) => hit.count >= needed(target));
          hits.sort((a, b) => b.count - a.count || a.position - b.position);
          return hits.length ? [{ paragraph, candidates: hits.slice(0, 3).map((hit) => hit.position) }] : [];
        });
        const all = new LineageIndex(targets).candidates(document);
        const found = byShare(all);
        expect(found).toEqual(expected);
        // The clause candidates: every paragraph holding LINEAGE_CLAUSE_SHINGLES of a searched paragraph's shingles, in document order.
        const clauses = targets.flatMap((target, paragraph) => {
          if (target.length < LINEAGE_MIN_SHINGLES) return [];
          const hits = own.flatMap((signature, position) => (shared(target, signature) >= LINEAGE_CLAUSE_SHINGLES ? [position] : []));
          return hits.length ? [{ paragraph, clauses: hits }] : [];
        });
        expect(all.filter((entry) => entry.clauses.length > 0).map((entry) => ({ paragraph: entry.paragraph, clauses: entry.clauses }))).toEqual(clauses);
        // A document with a candidate paragraph passes the document-level test (which is what lets it be skipped).
        if (found.length) expect(new LineageIndex(targets).mayCarry(documentSignature(documentTexts.map((entry) => ({ text: entry }))))).toBe(true);
      }),
    );
  });
});
