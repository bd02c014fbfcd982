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

describe('twins: unchanged paragraphs anchored before language processing', () => {
  it('compares a text with itself, every paragraph unchanged, without loading the English model', async () => {
    const engine = await freshEngine();
    const seed = readFileSync(SEED, 'utf8');
    const result = await engine.compareTexts(seed, seed.replace(/\u201C|\u201D/g, '"'));
    const { summary, findings } = result.comparisons[0];
    expect(summary.unchanged).toBe(result.documents[0].paragraphs.length);
    expect(findings.every((finding) => finding.similarity === 1 && finding.scores.lexical === 1 && finding.scores.character === 1)).toBe(true);
    expect(engine.englishModelStatus()).toEqual({ loaded: false, loads: 0 });
  });

  it('normalizes only the paragraphs without a twin, and loads the model once per process', async () => {
    const engine = await freshEngine();
    const seed = readFileSync(SEED, 'utf8');
    const paragraphs = seed.split(/\n\s*\n/);
    const edited = paragraphs.map((paragraph, index) => (index === paragraphs.length - 1 ? paragraph.replace(/\.\s*$/, ', as agreed.') : paragraph)).join('\n\n');
    const first = await engine.compareTexts(seed, edited);
    expect(first.comparisons[0].summary.modified).toBe(1);
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

  it('normalizes every paragraph with the semantic component on, so the shared direction is the texts\' and a changed pair keeps its meaning score', async () => {
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
