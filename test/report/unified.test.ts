import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, compareTexts } from '../../src/pipeline.js';
import { paragraphLine, renderUnified } from '../../src/report/unified.js';
import type { RedlineResult } from '../../src/types.js';
import { ROOT, SEED, DRAFT } from '../helpers/paths.js';
import { seedBlocks, writeTemp } from '../helpers/edit-seed.js';

/** Apply a unified diff's hunks to the older lines, as `patch` does, checking every context and removed line. */
function applyUnified(diff: string, older: string[]): string[] {
  const lines = diff.split('\n');
  const result: string[] = [];
  let at = 0; // next older line to copy
  for (let i = 2; i < lines.length; i++) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$/.exec(lines[i]);
    if (!header) continue;
    const oldStart = Number(header[1]);
    const oldCount = header[2] === undefined ? 1 : Number(header[2]);
    const from = oldCount === 0 ? oldStart : oldStart - 1;
    while (at < from) result.push(older[at++]);
    for (i++; i < lines.length && /^[ +-]/.test(lines[i]); i++) {
      const text = lines[i].slice(1);
      if (lines[i][0] === '+') result.push(text);
      else {
        expect(older[at]).toBe(text); // context and removed lines must be the older file's own
        if (lines[i][0] === ' ') result.push(text);
        at++;
      }
    }
    i--;
  }
  while (at < older.length) result.push(older[at++]);
  return result;
}

function paragraphLines(result: RedlineResult, side: 0 | 1): string[] {
  const document = result.documents[side];
  return document.paragraphs.map((_, index) => paragraphLine(document, index));
}

describe('renderUnified', () => {
  it('is an exact edit script: applied to the older paragraphs it gives the newer ones (demo pair)', async () => {
    const result = await compare(DRAFT, SEED);
    const diff = renderUnified(result);
    expect(diff.startsWith(`--- ${DRAFT}\n+++ ${SEED}\n@@ -1,`)).toBe(true);
    expect(applyUnified(diff, paragraphLines(result, 0))).toEqual(paragraphLines(result, 1));
  });

  it('prints only the two headers for identical texts', async () => {
    expect(renderUnified(await compare(SEED, SEED))).toBe(`--- ${SEED}\n+++ ${SEED}\n`);
  });

  it('keeps three paragraphs of context and starts a new hunk past them', async () => {
    const older = Array.from({ length: 20 }, (_, i) => `Paragraph number ${i} of the statement says something about topic ${i}.`);
    const newer = older.map((text, i) => (i === 2 || i === 15 ? text.replace('says something', 'states a position') : text));
    const diff = renderUnified(await compareTexts(older.join('\n\n'), newer.join('\n\n')));
    expect(diff.split('\n').filter((line) => line.startsWith('@@'))).toEqual(['@@ -1,6 +1,6 @@', '@@ -13,7 +13,7 @@']);
    expect(diff).toContain(`\n-${older[2]}\n+${newer[2]}\n`);
  });

  it('is exact for any reordering, rewording, insertion and deletion of the seed paragraphs (property)', async () => {
    const blocks = seedBlocks();
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(blocks.map((_, index) => index), { minLength: 1 }),
        fc.array(fc.integer({ min: 0, max: blocks.length - 1 }), { maxLength: 4 }),
        async (kept, reworded) => {
          const newer = kept.map((index) => (reworded.includes(index) ? `${blocks[index]} It is further noted.` : blocks[index]));
          newer.push('A paragraph written for this version only, about new matters entirely.');
          const result = await compareTexts(blocks.join('\n\n'), newer.join('\n\n'));
          expect(applyUnified(renderUnified(result), paragraphLines(result, 0))).toEqual(paragraphLines(result, 1));
        },
      ),
      { numRuns: 25, seed: 14 },
    );
  });
});

const DIFF2HTML = join(ROOT, 'node_modules/diff2html-cli/bin/diff2html.js');

describe.skipIf(!existsSync(DIFF2HTML))('a unified-diff viewer (diff2html-cli)', () => {
  it('parses redline --format unified into one file with every added and removed paragraph', async () => {
    const result = await compare(DRAFT, SEED);
    const diff = renderUnified(result);
    const file = writeTemp('demo.diff', diff);
    const { stdout } = await promisify(execFile)(process.execPath, [DIFF2HTML, '-i', 'file', '-f', 'json', '-o', 'stdout', '--', file], { timeout: 60_000 });
    const parsed = JSON.parse(stdout) as Array<{ oldName: string; newName: string; addedLines: number; deletedLines: number; blocks: unknown[] }>;
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({
      oldName: DRAFT,
      newName: SEED,
      addedLines: diff.split('\n').filter((line) => line.startsWith('+') && !line.startsWith('+++')).length,
      deletedLines: diff.split('\n').filter((line) => line.startsWith('-') && !line.startsWith('---')).length,
    });
    expect(parsed[0].addedLines).toBeGreaterThan(0);
  });
});
