import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestStep } from '../../src/digest/index.js';
import { compare } from '../../src/pipeline.js';
import { isHeadingOnly } from '../../src/report/digest-line.js';
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
