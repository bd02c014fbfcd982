import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../src/pipeline.js';
import { renderHistoryDocx } from '../src/report/history-docx.js';
import { renderHistoryMarkdown } from '../src/report/history-markdown.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from './helpers/paths.js';
import JSZip from 'jszip';

const UN = join(SHARED_DATA, 'un-resolutions');
const ATT = join(UN, 'texts/series/the-arms-trade-treaty');
const [V78, V79, V80] = ['A_RES_78_48.txt', 'A_RES_79_52.txt', 'A_RES_80_46.txt'].map((name) => join(ATT, name));
const PDF78 = join(UN, 'pdf/A_RES_78_48.pdf');
if (!HAS_SHARED) console.warn(`Skipping the history's input checks on real resolutions: ${SHARED_MISSING}`);

const REORDERED = 'the versions were not given oldest first; collated by the dates they print (adoption, else issue): A/RES/78/48 (2023-12-04), A/RES/79/52 (2024-12-02), A/RES/80/46 (2025-12-01)';

describe.skipIf(!HAS_SHARED)('the versions a history collates', () => {
  // Trial 18-a D11: 80/46 given before 79/52 was collated as given: what 80/46 added appeared as dropped.
  it('puts resolutions that print their adoption dates oldest first, and says so in the result and every output', async () => {
    const result = await compareVersions([V80, V78, V79]);
    expect(result.documents.map((document) => document.symbol)).toEqual(['A/RES/78/48', 'A/RES/79/52', 'A/RES/80/46']);
    expect(result.history.versions.map((version) => version.name)).toEqual(['78/48', '79/52', '80/46']);
    expect(result.warnings.filter((warning) => warning.code.startsWith('history-'))).toEqual([{ code: 'history-reordered', message: REORDERED }]);
    // The same history as given oldest first, but for that warning.
    const given = await compareVersions([V78, V79, V80]);
    expect(given.warnings.filter((warning) => warning.code.startsWith('history-'))).toEqual([]);
    expect(result.history).toEqual(given.history);
    expect(renderHistoryMarkdown(result)).toContain(`- **Warning:** ${REORDERED}`);
    const docx = await JSZip.loadAsync(await renderHistoryDocx(result));
    expect(await docx.file('word/document.xml')!.async('string')).toContain('the versions were not given oldest first; collated by the dates they print');
  }, 120_000);

  // Trial 18-a D10: the PDF of 78/48 and its text made a step "78/48 → 78/48".
  it('keeps one copy of a document given twice (the PDF), says which, and refuses a history of copies alone', async () => {
    const result = await compareVersions([V78, PDF78, V79]);
    expect(result.documents.map((document) => document.path)).toEqual([PDF78, V79]);
    expect(result.warnings.filter((warning) => warning.code.startsWith('history-'))).toEqual([
      { code: 'history-duplicate', file: V78, message: `is the same document as ${PDF78} (A/RES/78/48, given twice): kept the PDF (the document as published), this copy left out` },
    ]);
    await expect(compareVersions([V78, PDF78])).rejects.toThrow('the versions given are one document (A/RES/78/48) in 2 copies');
  }, 120_000);
});
