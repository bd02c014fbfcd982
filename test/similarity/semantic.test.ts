import { describe, expect, it } from 'vitest';
import { normalizeParagraph } from '../../src/normalize/normalize.js';
import { DOCUMENT_COMPONENT_MINIMUM, groupMeaning, meaningSimilarity, meaningVector, removeDocumentComponent, sifWeight, unitMeaning, WORD_ALIGNMENT_LIMIT, wordAlignment, wordBag } from '../../src/similarity/semantic.js';
import { wordVectors } from '../../src/similarity/embeddings.js';
import { createScorer } from '../../src/similarity/scorer.js';
import { combineScores, SEMANTIC_WEIGHTS, WEIGHTS } from '../../src/similarity/measures.js';

const meaning = (text: string) => meaningVector([normalizeParagraph(text)]);

describe('semantic component', () => {
  it('weighs frequent words down (smooth inverse frequency)', () => {
    const vectors = wordVectors();
    const the = sifWeight(vectors, vectors.indexOf('the'), 1e-3);
    const cyberattack = sifWeight(vectors, vectors.indexOf('cyberattack'), 1e-3);
    expect(the).toBeLessThan(0.05);
    expect(cyberattack).toBeGreaterThan(0.95);
  });

  it('scores a paraphrase that shares few words above an unrelated sentence', () => {
    const a = meaning('We are deeply worried about the famine.');
    expect(meaningSimilarity(a, meaning('We are gravely concerned by the starvation.'))!).toBeGreaterThan(meaningSimilarity(a, meaning('The committee adopted its budget.'))!);
  });

  it('is null when a side has no word with a vector, so the score falls back to the lexical weights', () => {
    expect(meaningSimilarity(meaning('25-10-2024'), meaning('We welcome the decision.'))).toBeNull();
    const [left, right] = [normalizeParagraph('25-10-2024'), normalizeParagraph('11-11-2024')];
    const { scores, similarity } = createScorer([left], [right]).score([0], [0]);
    expect(scores.semantic).toBeUndefined();
    expect(similarity).toBeCloseTo(WEIGHTS.lexical * scores.lexical + WEIGHTS.sequence * scores.sequence + WEIGHTS.character * scores.character, 3);
  });

  it('gives a group the sum of its members’ vectors', () => {
    const vectors = [meaning('We urge restraint.'), meaning('Dialogue must resume.')];
    const together = meaningVector([normalizeParagraph('We urge restraint.'), normalizeParagraph('Dialogue must resume.')]);
    const group = groupMeaning(vectors, [0, 1]);
    for (let d = 0; d < together.length; d++) expect(group[d]).toBeCloseTo(together[d], 6);
  });

  it('removes the documents’ shared direction only when there are enough paragraphs', () => {
    const few = [meaning('We urge restraint.'), meaning('We call for restraint.')];
    const before = Float64Array.from(few[0]);
    removeDocumentComponent(few);
    expect([...few[0]]).toEqual([...before]);
    const many = ['peace', 'security', 'famine', 'climate', 'trade', 'health', 'refugees', 'cyberspace'].map((subject) => meaning(`The Assembly discussed ${subject} at length.`));
    const mean = new Float64Array(many[0].length);
    for (const vector of many) unitMeaning(vector).forEach((x, d) => (mean[d] += x));
    const direction = unitMeaning(mean);
    removeDocumentComponent(many);
    // Every vector is now orthogonal to the documents' shared direction; what is left is what each one says apart.
    for (const vector of many) expect(vector.reduce((sum, x, d) => sum + x * direction[d], 0)).toBeCloseTo(0, 6);
  });

  it('shows both meaning scores in every scored pair, with weights that sum to 1', () => {
    const { scores, similarity } = createScorer([normalizeParagraph('We call for restraint.')], [normalizeParagraph('We urge restraint.')]).score([0], [0]);
    expect(scores.semantic).toBeGreaterThan(0.5);
    expect(scores.words).toBeGreaterThan(0.5);
    expect(similarity).toBeCloseTo(combineScores(scores), 3);
    expect(SEMANTIC_WEIGHTS.semantic + SEMANTIC_WEIGHTS.words + SEMANTIC_WEIGHTS.lexical + SEMANTIC_WEIGHTS.sequence + SEMANTIC_WEIGHTS.character).toBeCloseTo(1, 10);
  });


  it('finds a paraphrased paragraph the lexical index misses, as a semantic candidate', () => {
    const left = ['The Assembly adopted the budget.', 'Nations must curb carbon emissions quickly.', 'The session closed at noon.'].map(normalizeParagraph);
    const right = ['Delegates elected a new chair.', 'Countries should rapidly reduce greenhouse gas output.', 'Voting ended on Friday.'].map(normalizeParagraph);
    expect(createScorer(left, right, { semantic: false }).candidates(1)).not.toContain(1);
    expect(createScorer(left, right).candidates(1)).toContain(1);
  });

  describe('word-level alignment', () => {
    const bag = (text: string) => wordBag([normalizeParagraph(text)]);

    it('is 1 for the same words and symmetric', () => {
      const a = bag('The Council condemns the attacks on civilians.');
      const b = bag('We strongly deplore every assault against the civilian population.');
      expect(wordAlignment(a, a)).toBeCloseTo(1, 10);
      expect(wordAlignment(a, b)).toBeCloseTo(wordAlignment(b, a), 12);
    });

    it('matches a paraphrase word by word, above an unrelated sentence on the same subject', () => {
      const a = bag('We are deeply worried about the famine.');
      const paraphrase = wordAlignment(a, bag('We are gravely concerned by the starvation.'));
      const unrelated = wordAlignment(a, bag('The famine committee adopted its budget for the biennium.'));
      expect(paraphrase).toBeGreaterThan(unrelated);
      expect(paraphrase).toBeGreaterThan(0.3);
    });

    it('keeps a long paragraph to its rarest words, so a pair costs at most WORD_ALIGNMENT_LIMIT² dot products', () => {
      const long = bag(
        'The General Assembly, recalling its resolutions on oceans, fisheries, biodiversity, shipping, piracy, pollution, acidification, ' +
          'coral reefs, marine mammals, seabed mining, navigation, cables, archaeology, science, capacity, technology, finance, ' +
          'tourism, migration, coastal erosion, sea-level rise, and small island developing States, welcomes the report.',
      );
      expect(long.words.length).toBe(WORD_ALIGNMENT_LIMIT);
      const vectors = wordVectors();
      const rows = long.words.map((word) => vectors.indexOf(word));
      // The kept words are rarer (later vocabulary rows) than any word left out.
      expect(Math.min(...rows)).toBeGreaterThan(vectors.indexOf('report'));
    });
  });
});

