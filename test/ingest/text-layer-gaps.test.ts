import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { captureCliIo } from '../helpers/cli-capture.js';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import { mendTextLayerGaps } from '../../src/ingest/text-layer-gaps.js';
import type { Warning } from '../../src/types.js';
import { ATOMIC_RADIATION, OCEANS, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

/**
 * Gaps a text layer put inside words and around a range's dash, mended when a UN document's extracted text is read (as
 * the PDF reader mends pdf.js's), counted in a `text-layer-gaps` warning: before, "radiatio n sciences" and "Decade 2024–
 * 2034" were shown as the texts' words and as changes against the year before.
 */
describe.skipIf(!UN_SERIES_AVAILABLE)('text-layer gaps in UN extracted texts', () => {
  const load = async (series: string, file: string): Promise<{ text: (label: string) => string; warnings: Warning[] }> => {
    const warnings: Warning[] = [];
    const document = await loadAnyDocument(join(UN_SERIES, series, file), { warnings });
    return { text: (label) => document.paragraphs.find((paragraph) => paragraph.label === label)?.text ?? '', warnings };
  };

  it('joins a piece that is no word to the one letter cut from it (A/RES/80/75, PP 15: "radiatio n sciences")', async () => {
    const { text, warnings } = await load(ATOMIC_RADIATION, 'A_RES_80_75.txt');
    expect(text('PP 15')).toContain('in several areas of ionizing radiation sciences,');
    expect(warnings.filter((warning) => warning.code === 'text-layer-gaps').map((warning) => warning.message)).toEqual([
      'mended 1 gap the text layer put inside words or around a range\'s dash, e.g. "radiatio n" → "radiation"',
    ]);
  });

  it('closes the dash of a range a line end spaced (A/RES/80/110, OP 341: "Decade 2024– 2034")', async () => {
    const { text, warnings } = await load(OCEANS, 'A_RES_80_110.txt');
    expect(text('OP 341')).toContain('for the Decade 2024–2034;');
    expect(warnings.find((warning) => warning.code === 'text-layer-gaps')?.message).toMatch(/^mended 3 gaps /);
  });

  it('says the repair in the pair report, not in the digest (a repair made in full is no caveat for the memo)', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'redline-gaps-'));
    mkdirSync(join(corpus, 'radiation'));
    for (const file of ['A_RES_79_85.txt', 'A_RES_80_75.txt']) copyFileSync(join(UN_SERIES, ATOMIC_RADIATION, file), join(corpus, 'radiation', file));
    const out = join(corpus, 'out');
    expect(await run(['batch', '--mode', 'chain', '--series-by', 'folder', '--corpus', join(corpus, 'radiation'), '--out', out, '--no-cache'], captureCliIo())).toBe(0);
    const report = readdirSync(join(out, 'pairs')).find((name) => name.endsWith('.json'))!;
    const result = JSON.parse(readFileSync(join(out, 'pairs', report), 'utf8')) as { warnings: Warning[] };
    expect(result.warnings.filter((warning) => warning.code === 'text-layer-gaps').map((warning) => warning.message.replace(/, e\.g\..*/, ''))).toEqual([
      'mended 1 gap the text layer put inside words or around a range\'s dash',
      'mended 1 gap the text layer put inside words or around a range\'s dash',
    ]);
    const digest = readFileSync(join(out, 'digest.md'), 'utf8');
    expect(digest).not.toContain('Warning:');
    expect(digest).toContain('could not be determined → sciences');
  });
});

describe('mendTextLayerGaps on extracted text', () => {
  const mend = (paragraph: string, ...others: string[]): string => mendTextLayerGaps([paragraph, ...others], [], 'extracted').paragraphs[0];

  it('joins a non-word and a stray letter into a word the document uses elsewhere, and says how many', () => {
    const result = mendTextLayerGaps(['areas of ionizing radiatio n sciences,', 'Effects of atomic radiation'], ['Rio de Janeiro, 3 – 14 June 1992'], 'extracted');
    expect(result.paragraphs[0]).toBe('areas of ionizing radiation sciences,');
    expect(result.notes[0]).toBe('Rio de Janeiro, 3–14 June 1992');
    expect(result.mended).toBe(2);
  });

  it('never joins two words, a capital starting the next word, or into a word the document does not use', () => {
    // Each is two words where the pdf.js rules would join them ("ad hoc" → "adhoc", "as set" → "asset").
    expect(mend('an ad hoc working group', 'adhoc')).toBe('an ad hoc working group');
    expect(mend('as set out in', 'asset')).toBe('as set out in');
    expect(mend('to possess or use', 'possessor')).toBe('to possess or use');
    expect(mend('may a rise', 'arise')).toBe('may a rise');
    expect(mend('Resolution S-10/2', 'resolutions')).toBe('Resolution S-10/2');
    // "a n": the letter "a" is a word.
    expect(mend('a n entity', 'an')).toBe('a n entity');
    // The joined word is nowhere else in the document: nothing to go on.
    expect(mend('ionizing radiatio n sciences')).toBe('ionizing radiatio n sciences');
    // A suspended hyphen stays spaced ("owned and -driven"), which the pdf.js rules close.
    expect(mend('nationally owned and -driven')).toBe('nationally owned and -driven');
  });

  it('closes the en dash or hyphen of a range between figures, not an em dash', () => {
    expect(mend('the Decade 2024– 2034;')).toBe('the Decade 2024–2034;');
    expect(mend('Mexico, 18 – 22 March 2002')).toBe('Mexico, 18–22 March 2002');
    expect(mend('1 August 2015 –31 December 2016')).toBe('1 August 2015–31 December 2016');
    expect(mend('in 2030 — 15 years on')).toBe('in 2030 — 15 years on');
    expect(mend('the period 2024–2034')).toBe('the period 2024–2034');
  });
});
