import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare, compareVersions } from '../../src/pipeline.js';
import { firstKeyChanges } from '../../src/report/key-changes.js';
import { STEP_KEY_CHANGES } from '../../src/history/summary.js';
import { lineWithSignals } from '../../src/report/digest-line.js';
import { renderHistoryText } from '../../src/report/history-text.js';
import { renderHistoryMarkdown } from '../../src/report/history-markdown.js';
import { renderHistoryHtml } from '../../src/report/history-html.js';
import { renderHistoryDocx } from '../../src/report/history-docx.js';
import type { HistoryResult } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const SERIES = join(SHARED_DATA, 'un-resolutions/texts/series');
if (!HAS_SHARED) console.warn(`Skipping the history summary tests: ${SHARED_MISSING}`);

function versionsOf(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => join(folder, name));
}

// Trial 17b D14: the history opened on its positions with no word of what each step strengthened, weakened, dropped.
describe.skipIf(!HAS_SHARED)('the history summary of the Special Committee on the Charter (78/111 → 79/125 → 80/166)', () => {
  let result: HistoryResult;
  let paths: string[];
  beforeAll(async () => {
    paths = versionsOf(join(SERIES, 'report-of-the-special-committee-on-the-charter-of-the-united'));
    result = await compareVersions(paths);
  });

  it('counts each step by class, the paragraph dropped in 79 and back in 80 as reinstated, not new', () => {
    expect(result.history.summary.map((step) => [step.version, step.counts])).toEqual([
      [1, { substantive: 4, routine: 6, editorial: 0, new: 0, dropped: 1, reinstated: 0 }],
      [2, { substantive: 3, routine: 8, editorial: 1, new: 0, dropped: 0, reinstated: 1 }],
    ]);
    const back = result.history.summary[1].keyChanges.find((change) => change.text.startsWith('reinstated '))!;
    // Said against the wording it came back from (78/111's OP 3 (b)), not whole (trial 20-b D4).
    expect(back.text).toBe('reinstated OP 3 (b) (from 78/111 OP 3 (b)): submit his next → submit the next; eightieth session → eighty-second session');
    // It points to the one position that holds OP 3 (b) in all three versions.
    const position = result.history.positions[back.position! - 1];
    expect(position.cells.map((cell) => cell?.label ?? null)).toEqual(['OP 3 (b)', null, 'OP 3 (b)']);
    expect(position.reinstated).toBe(true);
  });

  it('words and ranks each step\'s key changes as compare does for that pair', async () => {
    for (let k = 1; k < paths.length; k++) {
      const pair = await compare(paths[k - 1], paths[k]);
      const [left, right] = pair.documents;
      const expected = firstKeyChanges(pair.comparisons[0], left.paragraphs, right.paragraphs, STEP_KEY_CHANGES);
      const step = result.history.summary[k - 1];
      expect(step.keyChangesTotal).toBe(expected.total);
      expect(step.keyChanges.map((change) => change.rank)).toEqual(expected.shown.map((change) => change.rank));
      // The same lines, but a paragraph found back is said so, against the wording it came back from (above).
      const reinstated = step.keyChanges.flatMap((change, index) => (change.text.startsWith('reinstated ') ? [index] : []));
      expect(step.keyChanges.filter((_, index) => !reinstated.includes(index)).map((change) => change.text)).toEqual(expected.shown.filter((_, index) => !reinstated.includes(index)).map((change) => lineWithSignals(change.line)));
      expect(reinstated.every((index) => expected.shown[index].line.text.startsWith('new '))).toBe(true);
    }
    // The dropped OP 3 (b) comes after the operative paragraphs 79/125 reworded (trial 19a D8: what the newer text says
    // before what it no longer says).
    // Listed in the text's order since trial 21-a D14 (were ranked: 30, 28, 23, 10, 17).
    expect(result.history.summary[0].keyChanges.map((change) => change.position)).toEqual([10, 17, 23, 30, 28]);
  });

  it('opens every format with the steps and their key changes, numbered as the positions are', async () => {
    const text = renderHistoryText(result, { color: false });
    expect(text).toContain('  key changes by step:\n    78/111 → 79/125: 4 substantive · 6 routine · 1 dropped\n      #10 ');
    expect(text).toContain('\n      #23 dropped OP 3 (b): To consider');
    expect(text).toContain('    79/125 → 80/166: 3 substantive · 8 routine · 1 editorial · 1 reinstated\n');
    expect(text).toContain('\n      #23 reinstated OP 3 (b)');
    expect(text.indexOf('key changes by step')).toBeLessThan(text.indexOf('\n#'));
    const markdown = renderHistoryMarkdown(result);
    expect(markdown).toContain('**Key changes by step**\n\n- **78/111 → 79/125**: 4 substantive · 6 routine · 1 dropped\n  - ');
    expect(markdown).toContain('\n  - dropped OP 3 (b): To consider');
    expect(markdown).toContain('(position 23)');
    expect(markdown.indexOf('Key changes by step')).toBeLessThan(markdown.indexOf('| # |'));
    const html = renderHistoryHtml(result);
    expect(html).toContain('<h2 id="key-changes-title">Key changes by step</h2>');
    expect(html).toContain('<li class=""><a href="#pos-23">23.</a> dropped OP 3 (b): To consider');
    expect(html.indexOf('key-changes-title')).toBeLessThan(html.indexOf('id="positions"'));
    const docx = Buffer.from(await renderHistoryDocx(result));
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const words = xml.replace(/<[^>]+>/g, '');
    expect(words).toContain('Key changes by step78/111 → 79/125: 4 substantive · 6 routine · 1 dropped10. ');
    expect(words).toContain('23. dropped OP 3 (b): To consider');
  });
});

// Trial 17c D12: a step was a reduced finding under other names (no `reasons`, `change`, `scores`, `renumbered`;
// `fromParagraphs` for `left`). It is now the pair report's finding, with the version it comes from.
describe.skipIf(!HAS_SHARED)('a history step is the pair finding, under its names', () => {
  it('equals, for every cell one finding feeds, that finding of compare plus `from` (Charter 78/111 → 79/125)', async () => {
    const paths = versionsOf(join(SERIES, 'report-of-the-special-committee-on-the-charter-of-the-united'));
    const result = await compareVersions(paths);
    const pair = (await compare(paths[0], paths[1])).comparisons[0];
    let compared = 0;
    for (const finding of pair.findings) {
      if (finding.right.length === 0) continue;
      const cell = result.history.positions.map((position) => position.cells[1]).find((candidate) => candidate?.paragraphs.join() === finding.right.join());
      expect(cell, `a cell holds ${finding.right.join('+')}`).toBeDefined();
      expect(cell!.step).toEqual({ from: 0, ...finding });
      compared++;
    }
    expect(compared).toBe(pair.findings.filter((finding) => finding.right.length > 0).length);
    // The routine steps say why, as the pair finding does: the step had no `reasons` before.
    const routine = result.history.positions.flatMap((position) => (position.cells[1]?.step?.routine ? [position.cells[1].step] : []));
    expect(routine.length).toBe(6);
    expect(routine.every((step) => (step.reasons ?? []).length > 0)).toBe(true);
    // The reinstated OP 3 (b) links to 78/111's paragraph, `left` indexing the version it comes from.
    const back = result.history.positions.find((position) => position.reinstated)!.cells[2]!.step!;
    expect(back.from).toBe(0);
    expect(back.left).toEqual(result.history.positions.find((position) => position.reinstated)!.cells[0]!.paragraphs);
    expect(back.right).toEqual(result.history.positions.find((position) => position.reinstated)!.cells[2]!.paragraphs);
    expect(Object.keys(back)).toEqual(expect.arrayContaining(['from', 'kind', 'left', 'right', 'renumbered', 'scores', 'similarity', 'diff', 'signals']));
  });
});

// Trial 17b D17: Word numbered positions from the first labelled one (the formula not counted), so its "21. PP 14" was
// the page's and the Markdown's "22. PP 14". One numbering now, the data's (`positions[].number`).
describe.skipIf(!HAS_SHARED)('one position numbering in every history format', () => {
  it('gives each labelled position the same number in Word, Markdown, text and HTML (Rohingya 78/219 → 80/221)', async () => {
    const result = await compareVersions(versionsOf(join(SERIES, 'situation-of-human-rights-of-rohingya-muslims-and-other-mino')));
    const xml = await (await JSZip.loadAsync(await renderHistoryDocx(result))).file('word/document.xml')!.async('string');
    // Word's position headings: "<number>. <place>" in a run of their own.
    const word = [...xml.matchAll(/<w:t(?: [^>]*)?>(\d+)\. ((?:PP|OP) [^<:→]+)<\/w:t>/g)].map((match) => `${match[1]}. ${match[2]}`);
    expect(word.length).toBeGreaterThan(100);
    const markdown = renderHistoryMarkdown(result);
    const text = renderHistoryText(result, { color: false, showUnchanged: true });
    const html = renderHistoryHtml(result);
    // Every Markdown and text heading is Word's, number and place alike; every Word number is a row of the page.
    const markdownHeadings = [...markdown.matchAll(/^### (\d+\. .+)$/gm)].map((match) => match[1]);
    const textHeadings = [...text.matchAll(/^#(\d+) ((?:PP|OP) .+?) \[/gm)].map((match) => `${match[1]}. ${match[2]}`);
    expect(markdownHeadings.length).toBeGreaterThan(50);
    for (const heading of markdownHeadings.filter((heading) => /^\d+\. (?:PP|OP) /.test(heading))) expect(word).toContain(heading);
    expect(textHeadings.filter((heading) => !word.includes(heading))).toEqual([]);
    for (const heading of word) expect(html).toContain(`id="pos-${heading.split('.')[0]}"`);
    // Word's first labelled position is 2, as on the page; the formula before it is 1 (trial 19a D11: its heading is back).
    expect(word[0]).toBe('2. PP 1');
    expect(xml).toContain('>1. formula</w:t>');
    const moved = result.history.transpositions[0];
    expect(xml.replace(/<[^>]+>/g, '')).toContain(`Moved against the others' order: #${moved.number} `.replace("'", '&apos;'));
  });
});
