import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { renderHtml, renderHtmlPieces } from '../../src/report/html.js';
import { renderPage } from '../../src/report/templates.js';
import { buildViewModel } from '../../src/report/view-model.js';
import type { RedlineResult } from '../../src/types.js';
import { DRAFT, HAS_SHARED, SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { syntheticResult } from './helpers.js';

const GENERATED_AT = '2026-12-06T09:00:00Z';

/** The page as one template call renders it from the whole view model: what the pieces must add up to, byte for byte. */
function wholePage(result: RedlineResult): string {
  return renderPage('report', buildViewModel(result, { generatedAt: GENERATED_AT }));
}

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe('renderHtmlPieces', () => {
  it('adds up to the page rendered whole on the illustrative draft against the 2024 statement', async () => {
    const result = await compare(DRAFT, SEED);
    const pieces = [...renderHtmlPieces(result, { generatedAt: GENERATED_AT })];
    expect(pieces.join('')).toBe(wholePage(result));
    expect(renderHtml(result, { generatedAt: GENERATED_AT })).toBe(pieces.join(''));
  });

  it('renders a long comparison 256 rows to a piece, each row once, the page unchanged', () => {
    const result = syntheticResult(1200);
    const pieces = [...renderHtmlPieces(result, { generatedAt: GENERATED_AT })];
    const page = wholePage(result);
    expect(pieces.join('')).toBe(page);
    const rowsPerPiece = pieces.map((piece) => occurrences(piece, '<article class="row '));
    expect(rowsPerPiece.reduce((sum, rows) => sum + rows, 0)).toBe(occurrences(page, '<article class="row '));
    // A piece closes once it holds 256 rows; a folded run of unchanged rows is not split, so it may overshoot by one run.
    const longestRun = Math.max(...buildViewModel(result).entries.map((entry) => (entry.partial === 'unchanged-run' ? entry.rows.length : 1)));
    expect(Math.max(...rowsPerPiece)).toBeLessThan(256 + longestRun);
    // The head (styles, summary) comes alone before the first row; the embedded JSON block is a piece of its own.
    expect(rowsPerPiece[0]).toBe(0);
    expect(pieces[0]).toContain('<div id="rows" class="rows" tabindex="-1">');
    const embedded = /<script type="application\/json" id="redline-result"[^>]*>([\s\S]*?)<\/script>/.exec(page)![1];
    expect(pieces.filter((piece) => piece === embedded)).toHaveLength(1);
    expect(rowsPerPiece.filter((rows) => rows > 0).length).toBeGreaterThanOrEqual(Math.ceil(rowsPerPiece.reduce((sum, rows) => sum + rows, 0) / (256 + longestRun)));
  });

  it('renders an override template in one piece, as renderHtml does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-pieces-'));
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'partials', 'unchanged-run.hbs'), '<p class="run">{{label}}</p>');
    const result = syntheticResult(300);
    const pieces = [...renderHtmlPieces(result, { generatedAt: GENERATED_AT, templatesDir: dir })];
    expect(pieces).toEqual([renderHtml(result, { generatedAt: GENERATED_AT, templatesDir: dir })]);
  });
});

const AGRICULTURE = join(SHARED_DATA, 'un-resolutions/texts/series/agriculture-development-food-security-and-nutrition');

describe.skipIf(!HAS_SHARED)(`renderHtmlPieces on a resolution and its next session's version${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('adds up to the page rendered whole (A/RES/79/227 → A/RES/80/157)', async () => {
    const result = await compare(join(AGRICULTURE, 'A_RES_79_227.txt'), join(AGRICULTURE, 'A_RES_80_157.txt'));
    const pieces = [...renderHtmlPieces(result, { generatedAt: GENERATED_AT })];
    expect(pieces.join('')).toBe(wholePage(result));
  });
});
