import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, compareTexts } from '../../src/pipeline.js';
import { renderHtml } from '../../src/report/html.js';
import { EMBEDDED_FORMAT, readEmbeddedResult, type EmbeddedResult, type Table } from '../../src/report/embedded.js';
import { isRedlineError } from '../../src/errors.js';
import type { RedlineResult } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { HOSTILE_TEXT, relatedResult, sampleResult, syntheticResult, thrownBy } from './helpers.js';

function embeddedBlock(html: string): EmbeddedResult {
  const match = /<script type="application\/json" id="redline-result"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no embedded JSON block');
  return JSON.parse(match[1]) as EmbeddedResult;
}

/** The rebuilt result is the rendered one: equal, and the same JSON byte for byte (keys in the same order). */
function expectReadsBack(result: RedlineResult): void {
  const html = renderHtml(result);
  const back = readEmbeddedResult(html);
  expect(back).toEqual(result);
  expect(JSON.stringify(back)).toBe(JSON.stringify(result));
}

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe('the result embedded in the HTML report', () => {
  it('reads back exactly for every kind of finding, a related link and a hostile text', () => {
    expectReadsBack(sampleResult());
    expectReadsBack(relatedResult());
    expectReadsBack(syntheticResult(120));
  });

  it('holds each text once: the page shows it, the block only refers to it', () => {
    const result = syntheticResult(60);
    const html = renderHtml(result);
    const block = JSON.stringify(embeddedBlock(html));
    const unchanged = result.documents[0].paragraphs[0].text;
    // An unchanged paragraph: once on each side of its row, nowhere in the block.
    expect(occurrences(html, unchanged)).toBe(2);
    expect(block).not.toContain(unchanged.slice(0, 40));
    const embedded = embeddedBlock(html);
    expect(embedded.format).toBe(EMBEDDED_FORMAT);
    const paragraphs = (embedded.result.documents as Array<{ paragraphs: Table }>)[0].paragraphs;
    expect(paragraphs.columns).toEqual(['index', 'text', 'number', 'heading', 'start', 'end']);
    expect(paragraphs.rows.every((row) => row[1] === null)).toBe(true);
    // Word diffs are lengths into those texts: an unchanged paragraph's diff is one kept run.
    const findings = (embedded.result.comparisons as Array<{ findings: Table }>)[0].findings;
    const diff = findings.columns.indexOf('diff');
    expect(findings.rows[0][diff]).toBe(`=${unchanged.length}`);
  });

  it('keeps a text in the block when the page does not show it exactly', () => {
    const result = sampleResult();
    // A word diff whose runs do not spell the paragraph (different spacing): the row shows the paragraph plain,
    // and the diff cannot be written as lengths into the texts, so both stay in the block as they are.
    const finding = result.comparisons[0].findings[3];
    finding.diff = finding.diff.map((part) => ({ ...part, text: part.text.replace(/ /g, '  ') }));
    const html = renderHtml(result);
    const findings = (embeddedBlock(html).result.comparisons as Array<{ findings: Table }>)[0].findings;
    expect(findings.rows[3][findings.columns.indexOf('diff')]).toEqual(finding.diff);
    expectReadsBack(result);
  });

  it('refuses a page whose paragraphs were edited, naming the file', () => {
    const html = renderHtml(sampleResult()).replace('We advocate a fair', 'We advocate an unfair');
    const error = thrownBy(() => readEmbeddedResult(html, 'edited.html'));
    expect(isRedlineError(error) && [error.code, error.file]).toEqual(['bad-result', 'edited.html']);
    expect((error as Error).message).toMatch(/no longer match/);
    expect(isRedlineError(thrownBy(() => readEmbeddedResult('<html></html>', 'empty.html')))).toBe(true);
  });

  it('reads back what the engine produced on any texts, markup characters and typography included', async () => {
    const word = fc.constantFrom('States', 'note', '<b>', '&amp;', '"quoted"', "it's", '`x`', 'a=b', '’', '—', '¶', '12.', '(a)', 'welcome', 'Council');
    const paragraph = fc.array(word, { minLength: 3, maxLength: 12 }).map((words) => words.join(' '));
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 6 }), fc.array(paragraph, { minLength: 1, maxLength: 6 }), async (left, right) => {
        const result = await compareTexts(left.join('\n\n') + '\n', [...left.slice(0, 2), ...right].join('\n\n') + '\n');
        expectReadsBack(result);
      }),
      { numRuns: 25 },
    );
  });

  it.skipIf(!HAS_SHARED)(`reads back a real FOMC comparison (${SHARED_MISSING})`, async () => {
    const folder = join(SHARED_DATA, 'fomc-statements');
    expectReadsBack(await compare(join(folder, 'fomc_2009-12-16.txt'), join(folder, 'fomc_2010-01-27.txt')));
  });

  it('embeds every text when a --templates override draws paragraphs its own way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-templates-'));
    writeFileSync(join(dir, 'side.hbs'), '{{#each this}}<p class="para" id="{{anchor}}">(text hidden)</p>{{/each}}');
    const result = sampleResult();
    const html = renderHtml(result, { templatesDir: dir });
    expect(html).toContain('(text hidden)');
    expect(readEmbeddedResult(html)).toEqual(result);
    // An override that keeps the paragraphs as they are keeps the lean block.
    const kept = mkdtempSync(join(tmpdir(), 'redline-templates-'));
    writeFileSync(join(kept, 'summary.hbs'), '<section class="summary"><p>{{similarity}} similar</p></section>');
    const lean = renderHtml(result, { templatesDir: kept });
    expect(JSON.stringify(embeddedBlock(lean))).not.toContain('We advocate a fair');
    expect(readEmbeddedResult(lean)).toEqual(result);
  });

  it('still reads a page written before the block was packed (the contract itself)', () => {
    const result = sampleResult();
    const legacy = `<script type="application/json" id="redline-result">${JSON.stringify(result).replace(/</g, '\\u003c')}</script>`;
    expect(readEmbeddedResult(legacy)).toEqual(result);
  });

  it('leaves HOSTILE text escaped in the page and rebuilds it unescaped', () => {
    const html = renderHtml(sampleResult());
    expect(html).not.toContain(HOSTILE_TEXT);
    expect(readEmbeddedResult(html).documents[1].paragraphs[8].text).toBe(HOSTILE_TEXT);
  });
});
