import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestStep } from '../../src/digest/index.js';
import { compare } from '../../src/pipeline.js';
import { isHeadingOnly, isRoutineHeading } from '../../src/report/digest-line.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const RACISM = join(SHARED_DATA, 'un-resolutions/texts/series/a-global-call-for-concrete-action-for-the-elimination-of-rac');

describe('the digest lists no section heading as a negotiated change', () => {
  it.skipIf(!HAS_SHARED)(`Racism 79/161 → 80/193: the older text's section numerals (I, III … VIII) dropped with its sections are no lines; the sections' paragraphs are${HAS_SHARED ? '' : SHARED_MISSING}`, async () => {
    const result = await compare(join(RACISM, 'A_RES_79_161.txt'), join(RACISM, 'A_RES_80_193.txt'));
    const [left, right] = result.documents;
    const findings = result.comparisons[0].findings;
    const headings = findings.filter((finding) => isHeadingOnly(finding, left.paragraphs, right.paragraphs));
    expect(headings.map((finding) => left.paragraphs[finding.left[0]!].text)).toEqual(['I', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']);
    const step = digestStep({ result, report: null });
    expect(step.lines.some((line) => /: (?:I|III|IV|V|VI|VII|VIII)$/.test(line.text))).toBe(false);
    // A dropped paragraph of those sections is still a line.
    expect(step.lines.some((line) => line.text.startsWith('dropped '))).toBe(true);
  });

  it('is true only of new or dropped findings whose every paragraph is a heading', () => {
    const heading = { text: 'II', heading: true } as never;
    const body = { text: 'Recalling its resolution 77/304,', heading: false } as never;
    const finding = (kind: string, left: number[], right: number[]) => ({ kind, left, right }) as never;
    expect(isHeadingOnly(finding('dropped', [0], []), [heading], [])).toBe(true);
    expect(isHeadingOnly(finding('dropped', [0, 1], []), [heading, body], [])).toBe(false);
    expect(isHeadingOnly(finding('new', [], [0]), [], [heading])).toBe(true);
    expect(isHeadingOnly(finding('modified', [0], [0]), [heading], [heading])).toBe(false);
  });
});

describe('the digest counts a section heading renumbered with the session succession routine (session 14, defect 7)', () => {
  const OCEANS = join(SHARED_DATA, 'un-resolutions/texts/series/oceans-and-the-law-of-the-sea');
  it.skipIf(!HAS_SHARED)(`Oceans 78/69 → 79/144: "XVII Seventy-ninth session of the General Assembly → XVI Eightieth session …" is no line, one more routine; the annex is cited "Annex opening ¶ 1", "Annex 8", never "¶ 442"${HAS_SHARED ? '' : SHARED_MISSING}`, async () => {
    const result = await compare(join(OCEANS, 'A_RES_78_69.txt'), join(OCEANS, 'A_RES_79_144.txt'));
    const [left, right] = result.documents;
    const finding = result.comparisons[0].findings.find((candidate) => candidate.kind === 'modified' && left.paragraphs[candidate.left[0]!].text.startsWith('XVII Seventy-ninth'))!;
    expect(right.paragraphs[finding.right[0]!].text).toBe('XVI Eightieth session of the General Assembly');
    expect(isRoutineHeading(finding, left.paragraphs, right.paragraphs)).toBe(true);
    const step = digestStep({ result, report: null });
    expect(step.lines.map((line) => line.place).filter((place) => place.includes('¶ 4'))).toEqual([]);
    expect(step.lines.some((line) => /Seventy-ninth/.test(line.text) && /Eightieth/.test(line.text) && line.place.includes('→'))).toBe(false);
    expect(step.lines.filter((line) => line.place.startsWith('Annex')).map((line) => line.text)).toEqual([
      'new Annex opening ¶ 1: Amend paragraph 8 to read:',
      'new Annex 8: The Secretary-General, through the Division for Ocean Affairs and the Law of the Sea of the Office of Legal Affairs of the Secretariat …',
    ]);
    // Counter-case: the same heading with a title that says something new stays a line.
    const reworded = right.paragraphs.map((paragraph, index) => (index === finding.right[0] ? { ...paragraph, text: `${paragraph.text} and the review of the Convention` } : paragraph));
    expect(isRoutineHeading(finding, left.paragraphs, reworded)).toBe(false);
    // And a body paragraph is never a routine heading.
    const body = left.paragraphs.map((paragraph, index) => (index === finding.left[0] ? { ...paragraph, role: 'operative' as const } : paragraph));
    expect(isRoutineHeading(finding, body, right.paragraphs)).toBe(false);
  });
});
