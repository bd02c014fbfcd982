import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { digestStep } from '../../src/digest/index.js';
import { footnoteChanges } from '../../src/footnote-changes.js';
import { compare } from '../../src/pipeline.js';
import { isStepTechnicalUpdate, pairSignals, pairSummary } from '../../src/report/labels.js';
import type { Finding, Paragraph, RedlineResult } from '../../src/types.js';
import { UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

// Trial 16a D2: the index's series table counted 25 technical updates where the digest counted 42. The occupied Syrian
// Golan 79/90 → 80/82 changed three paragraphs by the year and, on an unchanged paragraph, note 1 "A/79/363." →
// "A/80/365." (the year's report of the Secretary-General): the pair summary read "3 routine updates." (a change not
// routine), the index counted it negotiated, the digest a technical update.
const GOLAN = (symbol: string): string => join(UN_SERIES, 'the-occupied-syrian-golan', `A_RES_${symbol}.txt`);

describe.skipIf(!UN_SERIES_AVAILABLE)('one verdict per step: the occupied Syrian Golan 78/77 → 79/90 → 80/82', () => {
  let results: RedlineResult[];
  beforeAll(async () => {
    results = [await compare(GOLAN('78_77'), GOLAN('79_90')), await compare(GOLAN('79_90'), GOLAN('80_82'))];
  });

  it('the year\'s report succeeded in a note is routine, with its reason; the step is a technical update everywhere', () => {
    for (const result of results) {
      const comparison = result.comparisons[0];
      const notes = comparison.findings.flatMap((finding) => finding.footnoteChanges ?? []);
      expect(notes.length).toBeGreaterThan(0);
      expect(notes.every((note) => note.routine === true && (note.reasons ?? []).some((reason) => reason.startsWith('reference succeeded: A/')))).toBe(true);
      expect(comparison.technicalUpdate).toBe(true);
      expect(isStepTechnicalUpdate(comparison)).toBe(true);
      expect(pairSignals(comparison).technicalUpdate).toBe(true);
      const step = digestStep({ result, report: null });
      expect(step.technicalUpdate).toBe(true);
      expect(step.lines).toEqual([]);
    }
    // Before: "3 routine updates." (not a technical update); the digest said "technical update: 3 routine".
    expect(pairSummary(results[1].comparisons[0])).toBe('Technical update: every change is the yearly succession of sessions, years, dates and symbols, or editorial (4 routine).');
    expect(digestStep({ result: results[1], report: null }).routine).toBe(4);
  });
});

describe('a footnote change is routine only when the body\'s rule says so', () => {
  const paragraph = (text: string, note: string): Paragraph => ({ text, label: 'PP 1', footnotes: [{ mark: '1', text: note }] }) as unknown as Paragraph;
  const finding = { kind: 'unchanged', left: [0], right: [0], signals: [] } as unknown as Finding;
  const change = (before: string, after: string) => footnoteChanges(finding, [paragraph('Taking note of the report,', before)], [paragraph('Taking note of the report,', after)])[0];

  it('the year\'s report: A/79/363. → A/80/365. is routine, with its reason', () => {
    expect(change('A/79/363.', 'A/80/365.')).toMatchObject({ routine: true, reasons: ['reference succeeded: A/79/363 → A/80/365'] });
    expect(change('A/AC.109/2024/2.', 'A/AC.109/2025/2.')).toMatchObject({ routine: true });
  });

  it('counter-cases stay news: a State added to a note\'s list, an annex added, a report two years on', () => {
    expect(change('Bahamas, Chile.', 'Bahamas, Chile, Panama.').routine).toBeUndefined();
    expect(change('A/78/111.', 'A/78/111, annex.').routine).toBeUndefined();
    expect(change('A/78/233.', 'A/80/276.').routine).toBeUndefined();
  });

  it('the summary names a citation added after another as added, and a note told apart by spacing only is none', () => {
    // Before: `annex, → annex,resolution 78/5, annex,` and `footnote 1 changed: August– → August–`.
    expect(change('Resolution 77/1, annex, and resolution 78/1.', 'Resolution 77/1, annex, resolution 78/5, annex, and resolution 78/1.').summary).toBe('footnote 1 changed: adds resolution 78/5, annex');
    expect(footnoteChanges(finding, [paragraph('Taking note of the report,', 'Held from 9 August– 20 August 2001.')], [paragraph('Taking note of the report,', 'Held from 9 August–20 August 2001.')])).toEqual([]);
  });
});
