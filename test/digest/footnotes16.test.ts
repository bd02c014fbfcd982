import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { digestStep } from '../../src/digest/index.js';
import { compare } from '../../src/pipeline.js';
import { lineWithSignals } from '../../src/report/digest-line.js';
import { keyChanges } from '../../src/report/key-changes.js';
import type { RedlineResult } from '../../src/types.js';
import { SHARED_DATA } from '../helpers/paths.js';
import { ARMS_TRADE, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

// Trial 15b defect 2: the pair report of ATT 79/52 → 80/46 has OP 2's note 8 gaining Panama (`footnoteChanges`), and the
// chain's digest.md and digest.json never said "footnote": the digest line of OP 2 listed only the paragraph's signals.
const ATT = (symbol: string): string => join(UN_SERIES, ARMS_TRADE, `A_RES_${symbol}.txt`);
const NOTE_8 = 'footnote 8 changed: Bahamas → Bahamas (The); adds Panama';

describe.skipIf(!UN_SERIES_AVAILABLE)('the digest line of a paragraph says its footnote that changed, as the key change does', () => {
  let result: RedlineResult;
  beforeAll(async () => {
    result = await compare(ATT('79_52'), ATT('80_46'));
  });

  it('79/52 → 80/46 OP 2: the line lists the note after its signals, once; the key change says it once too', () => {
    const step = digestStep({ result, report: null });
    const op2 = step.lines.find((line) => line.place === 'OP 2')!;
    expect(op2.signals.filter((signal) => signal.startsWith('footnote'))).toEqual([NOTE_8]);
    expect(op2.signals[op2.signals.length - 1]).toBe(NOTE_8);
    expect(lineWithSignals(op2)).toContain(`; ${NOTE_8}`);
    const [left, right] = result.documents;
    const key = keyChanges(result.comparisons[0], left.paragraphs, right.paragraphs).find((change) => change.line.place === 'OP 2')!;
    expect(key.line.signals.filter((signal) => signal === NOTE_8)).toHaveLength(1);
    // No other line of the step names a footnote: no other note changed.
    expect(step.lines.filter((line) => line !== op2).flatMap((line) => line.signals).filter((signal) => signal.startsWith('footnote'))).toEqual([]);
  });

  it('A/C.1/80/L.9 → 80/46 (adopted as tabled; its notes placed and extracted otherwise): no line, no footnote', async () => {
    const adopted = await compare(join(SHARED_DATA, 'un-resolutions/texts/drafts/A_C.1_80_L.9.txt'), ATT('80_46'));
    expect(adopted.comparisons[0].findings.some((finding) => finding.footnoteChanges)).toBe(false);
    expect(digestStep({ result: adopted, report: null }).lines).toEqual([]);
  });
});
