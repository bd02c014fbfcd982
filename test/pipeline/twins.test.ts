import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { SEED, DRAFT } from '../helpers/paths.js';

/** A fresh engine (module state: the English model, the memo of normalized paragraphs) for each test. */
async function freshEngine() {
  vi.resetModules();
  const pipeline = await import('../../src/pipeline.js');
  const normalize = await import('../../src/normalize/normalize.js');
  const ingest = await import('../../src/ingest/index.js');
  const options = (await import('../../src/options.js')).resolveOptions({});
  return { ...pipeline, ...normalize, ...ingest, options };
}

describe('twins: a text whose paragraphs are all unchanged needs no language processing', () => {
  it('compares a text with itself, every paragraph unchanged, without loading the English model', async () => {
    const engine = await freshEngine();
    const seed = readFileSync(SEED, 'utf8');
    const result = await engine.compareTexts(seed, seed.replace(/\u201C|\u201D/g, '"'));
    const { summary, findings } = result.comparisons[0];
    expect(summary.unchanged).toBe(result.documents[0].paragraphs.length);
    expect(findings.every((finding) => finding.similarity === 1 && finding.scores.lexical === 1 && finding.scores.character === 1)).toBe(true);
    expect(engine.englishModelStatus()).toEqual({ loaded: false, loads: 0 });
  });

  it('normalizes twins too once a paragraph changed: the changed pair scores against the document frequencies of both whole texts', async () => {
    const engine = await freshEngine();
    const { createScorer } = await import('../../src/similarity/scorer.js');
    const seed = readFileSync(SEED, 'utf8');
    const paragraphs = seed.split(/\n\s*\n/);
    const last = paragraphs.length - 1;
    const edited = paragraphs.map((paragraph, index) => (index === last ? paragraph.replace(/\.\s*$/, ', as agreed.') : paragraph)).join('\n\n');
    const result = await engine.compareTexts(seed, edited);
    const modified = result.comparisons[0].findings.filter((finding) => finding.kind === 'modified');
    expect(modified).toHaveLength(1);
    expect(result.comparisons[0].summary.unchanged).toBe(result.documents[0].paragraphs.length - 1);
    // The score of the one changed pair when every paragraph of both texts feeds the term statistics (as before issue 21).
    const [left, right] = result.documents.map((document) => document.paragraphs.map((paragraph) => engine.normalizeParagraph(paragraph.text)));
    const whole = createScorer(left, right, { semantic: false }).score(modified[0].left, modified[0].right);
    expect(modified[0].similarity).toBe(whole.similarity);
    expect(modified[0].scores).toEqual(whole.scores);
    await engine.compareTexts(seed, `${edited}\n\nA paragraph added at the end.`);
    expect(engine.englishModelStatus()).toEqual({ loaded: true, loads: 1 });
  });

  it('compares a pair the same whether its paragraphs come from the default normalizer or another one (batch, history)', async () => {
    const engine = await freshEngine();
    const left = await engine.loadAnyDocument(DRAFT, { warnings: [] });
    const right = await engine.loadAnyDocument(SEED, { warnings: [] });
    const direct = engine.compareDocuments(left, right, engine.options);
    const cached = engine.compareDocuments(left, right, engine.options, (document) => engine.normalizeDocument(document));
    expect(cached.comparison).toEqual(direct.comparison);
    expect(direct.comparison.summary.unchanged).toBeGreaterThan(0);
  });

  it('keeps a changed pair\'s meaning score with the semantic component on (the shared direction is both whole texts\')', async () => {
    const engine = await freshEngine();
    const seed = readFileSync(SEED, 'utf8');
    const paragraphs = seed.split(/\n\s*\n/);
    const last = paragraphs.length - 1;
    const edited = paragraphs.map((paragraph, index) => (index === last ? paragraph.replace(/\.\s*$/, ', as agreed by all.') : paragraph)).join('\n\n');
    const result = await engine.compareTexts(seed, edited, { semantic: true });
    const modified = result.comparisons[0].findings.filter((finding) => finding.kind === 'modified');
    expect(modified).toHaveLength(1);
    // The same text but for three words: close in meaning (from its two paragraphs alone the shared direction would take it all).
    expect(modified[0].scores.semantic).toBeGreaterThan(0.5);
    expect(engine.englishModelStatus().loaded).toBe(true);
  });
});
