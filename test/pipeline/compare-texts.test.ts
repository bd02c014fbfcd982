import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare, compareTexts } from '../../src/pipeline.js';
import { renderJson } from '../../src/report/json.js';
import { REDLINE_ERROR_CODES, RedlineError, type RedlineErrorCode } from '../../src/errors.js';
import { SCHEMA_VERSION } from '../../src/types.js';
import { SEED, DRAFT } from '../helpers/paths.js';
import { unStyleReport } from '../helpers/corpus-pdf.js';

describe('compareTexts', () => {
  it('gives the same comparison for two strings as compare gives for the files holding them', async () => {
    const fromFiles = await compare(DRAFT, SEED);
    const fromStrings = await compareTexts(readFileSync(DRAFT, 'utf8'), readFileSync(SEED, 'utf8'));
    expect(fromStrings.comparisons[0].findings).toEqual(fromFiles.comparisons[0].findings);
    expect(fromStrings.comparisons[0].summary).toEqual(fromFiles.comparisons[0].summary);
    // The draft's front matter names it; the seed has none, so it is `right`.
    expect(fromStrings.documents.map((document) => [document.id, document.path])).toEqual([
      ['2024-draft-illustrative', 'left'],
      ['right', 'right'],
    ]);
    expect(fromStrings.documents[1].sha256).toBe(fromFiles.documents[1].sha256);
  });

  it('names the texts by leftId and rightId, and tells an HTML string or PDF bytes from plain text', async () => {
    const html = '<html><body><article><p>We welcome the decision of the Assembly.</p><p>We act together.</p></article></body></html>';
    const result = await compareTexts(html, 'We note the decision of the Assembly.\n\nWe act together.', { leftId: 'draft', rightId: 'final' });
    expect(result.comparisons[0]).toMatchObject({ left: 'draft', right: 'final', summary: { unchanged: 1, modified: 1 } });
    const pdf = await unStyleReport();
    const fromBytes = await compareTexts(pdf, pdf);
    expect(fromBytes.comparisons[0].summary.unchanged).toBe(fromBytes.documents[0].paragraphs.length);
  });

  it('refuses an empty text or one over maxBytes in one line naming the side', async () => {
    await expect(compareTexts('', 'x')).rejects.toMatchObject({ code: 'empty', file: 'left' });
    await expect(compareTexts('some text', 'x'.repeat(100), { maxBytes: 50, rightId: 'big' })).rejects.toMatchObject({ code: 'too-large', file: 'big' });
  });
});

describe('AbortSignal', () => {
  it('stops compare and compareTexts with the signal’s reason', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(compare(DRAFT, SEED, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(compareTexts('a', 'b', { signal: AbortSignal.abort(new Error('user cancelled')) })).rejects.toThrow('user cancelled');
  });

  it('does not echo the signal into the result', async () => {
    const result = await compareTexts('a b c', 'a b d', { signal: new AbortController().signal });
    expect(Object.keys(result.options).sort()).toEqual(['diffMaxEditLength', 'lexicons', 'maxGroup', 'moveThreshold', 'semantic', 'threshold']);
  });
});

describe('the contract version', () => {
  it('opens every result with schemaVersion', async () => {
    const json = renderJson(await compareTexts('a', 'b'));
    expect(json.startsWith(`{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "tool"`)).toBe(true);
  });
});

describe('error codes', () => {
  it('are a closed, exported list: a RedlineError carries one of them', () => {
    const code: RedlineErrorCode = 'not-found';
    expect(new RedlineError(code, 'no such file', 'Check the path.').code).toBe('not-found');
    expect(new Set(REDLINE_ERROR_CODES).size).toBe(REDLINE_ERROR_CODES.length);
    expect(REDLINE_ERROR_CODES).toContain('pdf-reader-unavailable');
  });
});
