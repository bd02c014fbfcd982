import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare, compareVersions } from '../../src/pipeline.js';
import { renderDocx } from '../../src/report/docx.js';
import { keyChanges } from '../../src/report/key-changes.js';
import { renderText } from '../../src/report/text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderUnified } from '../../src/report/unified.js';
import { renderReport } from '../../src/report/render-report.js';
import { renderHistoryText } from '../../src/report/history-text.js';
import type { RedlineResult } from '../../src/types.js';
import { DURBAN, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

const ANWFZ = join(UN_SERIES, 'african-nuclear-weapon-free-zone-treaty', 'A_RES_80_14.txt');
const CTBT_79 = join(UN_SERIES, 'comprehensive-nuclear-test-ban-treaty', 'A_RES_79_77.txt');
const CTBT_80 = join(UN_SERIES, 'comprehensive-nuclear-test-ban-treaty', 'A_RES_80_70.txt');

/**
 * A/RES/80/14 (African nuclear-weapon-free zone) with a new OP 4 put in, as a delegation's draft of trial 14b did: a
 * chapeau with its operative verb and two sub-paragraphs; the later paragraphs one number on. With a draft title line
 * over it, as a Word draft carries.
 */
function draftWithNewChapeau(dir: string): string {
  const official = readFileSync(ANWFZ, 'utf8');
  const at = official.indexOf('4. \nExpresses its appreciation');
  expect(at).toBeGreaterThan(0);
  const renumbered = official.slice(at).replace(/^(\d+)\. $/gm, (_line, number: string) => `${Number(number) + 1}. `);
  const added = '4. \nEncourages the African Commission on Nuclear Energy to: \n \n(a) \nStrengthen its cooperation with the International Atomic Energy Agency; \n \n(b) \nReport on its activities to the Conference of States Parties; \n \n';
  const path = join(dir, 'anwfz-draft.txt');
  writeFileSync(path, official.slice(0, at) + added + renumbered);
  return path;
}

describe.skipIf(!UN_SERIES_AVAILABLE)('trial 14b: a new operative chapeau is a key change; lines the UN does not number are named, not counted', () => {
  let dir = '';
  let anwfz: RedlineResult;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'redline-names14b-'));
    anwfz = await compare(ANWFZ, draftWithNewChapeau(dir));
  });

  it('A/RES/80/14 + a new OP 4 chapeau: "new OP 4: Encourages the African Commission on Nuclear Energy to:" among the key changes, before its sub-paragraphs', () => {
    const [left, right] = anwfz.documents;
    const lines = keyChanges(anwfz.comparisons[0], left.paragraphs, right.paragraphs).map((change) => change.line.text);
    expect(lines).toEqual([
      'new OP 4: Encourages the African Commission on Nuclear Energy to:',
      'new OP 4 (a): Strengthen its cooperation with the International Atomic Energy Agency;',
      'new OP 4 (b): Report on its activities to the Conference of States Parties;',
    ]);
  });

  it('keeps the bare formula and a dropped chapeau out of the key changes (A/RES/80/14 against the draft, reversed)', async () => {
    const reversed = await compare(join(dir, 'anwfz-draft.txt'), ANWFZ);
    const [left, right] = reversed.documents;
    const lines = keyChanges(reversed.comparisons[0], left.paragraphs, right.paragraphs).map((change) => change.line.text);
    expect(lines).toEqual(['dropped OP 4 (a): Strengthen its cooperation with the International Atomic Energy Agency;', 'dropped OP 4 (b): Report on its activities to the Conference of States Parties;']);
  });

  it('CTBT 79/77 → 80/70: the enacting formula is `formula` on both sides (JSON, report row, text), never `¶ 1`', async () => {
    const result = await compare(CTBT_79, CTBT_80);
    expect(result.documents.map((document) => document.paragraphs[0].label)).toEqual(['formula', 'formula']);
    expect(result.documents.every((document) => document.paragraphs.every((paragraph) => typeof paragraph.label === 'string' && !/^¶/.test(paragraph.label)))).toBe(true);
    const html = renderReport(result, 'html', { generatedAt: '2026-01-01T00:00:00Z' }) as string;
    expect(html).toContain('<a href="#p-left-formula" dir="ltr">formula</a>');
    expect(html).toContain('<a href="#p-right-formula" dir="ltr">formula</a>');
    expect(html).not.toMatch(/>¶ \d/);
    expect(renderText(result, { color: false, showUnchanged: true })).not.toMatch(/¶ ?\d/);
  });

  it('A/RES/78/234 → 79/161: a section heading inside the resolution is `heading n`, not `¶ 71`', async () => {
    const result = await compare(join(UN_SERIES, DURBAN, 'A_RES_78_234.txt'), join(UN_SERIES, DURBAN, 'A_RES_79_161.txt'));
    const heading = result.documents[0].paragraphs.find((paragraph) => paragraph.text.startsWith('Group of Independent Eminent Experts'));
    expect(heading?.label).toMatch(/^heading \d+$/);
  });

  it('the Word memo prints no label before a title line or the formula (no "heading 1", no "¶ 2 The General Assembly,")', async () => {
    const xml = await (await JSZip.loadAsync(await renderDocx(anwfz))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/heading \d|¶ \d|formula/);
    expect(text).toMatch(/\nThe General Assembly,/);
    expect(text).toMatch(/\nOP 5 \(older OP 4\) {2}Expresses its appreciation/);
  });

  it('lists the renumbered paragraphs in runs in the text and Markdown outputs (trial 14b: "renumbered 5" said not which)', async () => {
    expect(renderText(anwfz, { color: false })).toContain('\n  renumbered: OP 4–8 → OP 5–9\n');
    expect(renderMarkdown(anwfz)).toContain('\n- **Renumbered:** OP 4–8 → OP 5–9\n');
    const ctbt = await compare(CTBT_79, CTBT_80);
    expect(renderText(ctbt, { color: false })).toContain('\n  renumbered: PP 2–15 → PP 3–16, OP 9 → OP 8\n');
  });

  it('the unified diff shows a paragraph only renumbered as context under its newer label (trial 14c: CTBT 79/77 → 80/70 had 37 -/+ lines)', async () => {
    const diff = renderUnified(await compare(CTBT_79, CTBT_80));
    const changed = diff.split('\n').filter((line) => /^[-+](?![-+]{2} )/.test(line));
    expect(changed.length).toBe(19);
    expect(diff).toMatch(/\n PP 3 Recalling that the Comprehensive Nuclear-Test-Ban Treaty/);
    expect(diff).not.toMatch(/\n-PP 2 Recalling that the Comprehensive/);
  });

  it('the history names the formula as the pair reports do (CTBT 79/77 → 80/70)', async () => {
    const history = await compareVersions([CTBT_79, CTBT_80]);
    expect(renderHistoryText(history, { color: false })).not.toMatch(/¶ ?\d/);
  });
});
