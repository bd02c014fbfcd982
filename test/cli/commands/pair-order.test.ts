import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';
import { compare } from '../../../src/pipeline.js';
import { captureCliIo } from '../../helpers/cli-capture.js';
import { SHARED_MISSING } from '../../helpers/paths.js';
import { DPRK, UN_SERIES, UN_SERIES_AVAILABLE } from '../../helpers/un-series.js';

// Trial 17 b, D12: `compare 80/220 79/181` took the 2025 text as the older one without a word (history warns): the
// 2024 text's paragraphs were listed as new, its commitments "weaker"/"stronger" inverted.
if (!UN_SERIES_AVAILABLE) console.warn(SHARED_MISSING);
const OLDER = join(UN_SERIES, DPRK, 'A_RES_79_181.txt');
const NEWER = join(UN_SERIES, DPRK, 'A_RES_80_220.txt');
const WARNING = `is dated 2024-12-17, before the older text given (${NEWER}, 2025-12-18): are the two swapped? Give the older text first`;

describe.skipIf(!UN_SERIES_AVAILABLE)('texts given newest first: a warning, no refusal (DPRK 80/220 then 79/181)', () => {
  it('the result carries one pair-order warning naming both dates; in the right order, none', async () => {
    const swapped = await compare(NEWER, OLDER);
    expect(swapped.warnings.filter((warning) => warning.code === 'pair-order')).toEqual([{ code: 'pair-order', file: OLDER, message: WARNING }]);
    const ordered = await compare(OLDER, NEWER);
    expect(ordered.warnings.filter((warning) => warning.code === 'pair-order')).toEqual([]);
  }, 60_000);

  it('compare (summary to the terminal) and report -o x.md: one line on standard error, exit 0', async () => {
    const io = captureCliIo();
    expect(await run(['compare', NEWER, OLDER, '--no-color'], io)).toBe(0);
    expect(io.err().split('\n').filter((line) => line.includes('swapped'))).toEqual([`redline: warning: ${OLDER}: ${WARNING}`]);
    const reportIo = captureCliIo();
    const out = join(mkdtempSync(join(tmpdir(), 'redline-order-')), 'r.md');
    expect(await run(['report', NEWER, OLDER, '-o', out], reportIo)).toBe(0);
    expect(reportIo.err()).toContain(`redline: warning: ${OLDER}: ${WARNING}`);
    expect(readFileSync(out, 'utf8')).toContain('are the two swapped?');
  }, 120_000);
});
