import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { renderDocx } from '../../src/report/docx.js';
import { keyChanges } from '../../src/report/key-changes.js';
import { isChange } from '../../src/report/labels.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderReport } from '../../src/report/render-report.js';
import { readEmbeddedResult } from '../../src/report/embedded.js';
import { renderText } from '../../src/report/text.js';
import { renderJson } from '../../src/report/json.js';
import { ROOT } from '../helpers/paths.js';
import type { Finding, RedlineResult } from '../../src/types.js';
import { ARMS_TRADE, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

// Trial 14b defect 2: footnotes were read with their paragraph and shown or compared nowhere. Between A/RES/79/52 and
// 80/46 the Arms Trade Treaty's OP 2 note 8 (the States that endorsed the political declaration) gains Panama and
// "Bahamas" becomes "Bahamas (The)"; between 78/48 and 79/52 PP 9's note "A/78/111." becomes "A/78/111, annex.".
const ATT = (symbol: string): string => join(UN_SERIES, ARMS_TRADE, `A_RES_${symbol}.txt`);
const NOTE_8 = 'footnote 8 changed: Bahamas → Bahamas (The); adds Panama';

describe.skipIf(!UN_SERIES_AVAILABLE)('footnotes shown under their paragraph and a changed one flagged on it (ATT 79/52 → 80/46)', () => {
  let result: RedlineResult;
  beforeAll(async () => {
    result = await compare(ATT('79_52'), ATT('80_46'));
  });

  it('JSON: the finding of OP 2 carries the note that changed, with its word diff; no other note changed', () => {
    const changes = result.comparisons[0].findings.flatMap((finding) => (finding.footnoteChanges ?? []).map((note) => ({ right: finding.right, ...note })));
    expect(changes.map(({ right, change, leftMark, rightMark, summary }) => ({ right, change, leftMark, rightMark, summary }))).toEqual([
      { right: [19], change: 'changed', leftMark: '8', rightMark: '8', summary: NOTE_8 },
    ]);
    expect(changes[0].diff.filter((part) => part.op !== 'equal')).toEqual([
      { op: 'insert', text: ' (The)' },
      { op: 'insert', text: 'Panama, ' },
    ]);
  });

  it('JSON: validates against docs/redline-result.schema.json', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'docs/redline-result.schema.json'), 'utf8'));
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);
    expect(validate(JSON.parse(renderJson(result))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('78/48 → 79/52: PP 9\'s note "A/78/111." → "A/78/111, annex."', async () => {
    const older = await compare(ATT('78_48'), ATT('79_52'));
    const pp9 = older.comparisons[0].findings.find((finding) => finding.right[0] === 9)!;
    expect(pp9.footnoteChanges?.map((note) => note.summary)).toEqual([
      'footnote 4 changed: A/78/111 → A/78/111, annex',
      // The Firearms Protocol's note moved to its first citation, now in PP 9: said where it came from and went.
      'footnote 5 added (cited by older PP 10 before): United Nations, Treaty Series, vol. 3013, No. 52373.',
    ]);
    const pp10 = older.comparisons[0].findings.find((finding) => finding.right[0] === 10)!;
    expect(pp10.footnoteChanges?.map((note) => note.summary)).toEqual(['footnote 5 removed (now cited by PP 9): United Nations, Treaty Series, vol. 3013, No. 52373.']);
  });

  it('text: under OP 2, the note\'s summary and word diff; every listed paragraph\'s notes under it; in the key change', () => {
    const text = renderText(result, { color: false });
    expect(text).toContain(`  ${NOTE_8}\n    Albania, Andorra, Argentina, Australia, Austria, Bahamas{+ (The)+}, Barbados,`);
    expect(text).toContain('Norway, {+Panama, +}Paraguay');
    expect(text).toContain('\n[modified, substantive; footnote changed] OP 2 → OP 2  similarity');
    expect(text).toContain('\n  footnote 4: A/78/111, annex.\n');
    const [left, right] = result.documents;
    const op2 = keyChanges(result.comparisons[0], left.paragraphs, right.paragraphs).find((change) => change.line.place === 'OP 2')!;
    expect(op2.line.signals).toContain(NOTE_8);
  });

  it('Markdown: the summary in the change cell, the note\'s diff under the text', () => {
    const markdown = renderMarkdown(result);
    const row = markdown.split('\n').find((line) => line.startsWith('| OP 2 | OP 2 |'))!;
    expect(row).toContain(`**${NOTE_8}**`);
    expect(row).toContain('<br>_footnote 8 changed:_ Albania, Andorra, Argentina, Australia, Austria, Bahamas **(The)**,');
    expect(row).toContain('Norway, **Panama,** Paraguay');
  });

  it('HTML: each paragraph\'s notes under it, the changed one word by word, and its summary on the row', () => {
    const html = renderReport(result, 'html', { generatedAt: '2026-01-01T00:00:00Z' });
    expect(html).toContain(`<span class="signal signal-footnote tone-neutral">${NOTE_8}</span>`);
    expect(html).toContain('<ol class="footnotes"><li dir="auto"><sup>4</sup> A/78/111, annex.</li><li dir="auto"><sup>5</sup> United Nations, Treaty Series, vol. 3013, No. 52373.</li></ol>');
    expect(html).toMatch(/Norway, <ins>Panama, <\/ins>Paraguay/);
    // The page still gives its result back: the notes sit outside the paragraphs the embedded block reads.
    expect(readEmbeddedResult(html)).toEqual(result);
  });

  it('Word: real footnotes after their paragraph, the change tracked inside the note, and a comment on the paragraph', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(result));
    const notes = await zip.file('word/footnotes.xml')!.async('string');
    const document = await zip.file('word/document.xml')!.async('string');
    expect(document.match(/<w:footnoteReference /g)?.length).toBe(9);
    expect(notes).toMatch(/<w:ins [^>]*w:author="redline"[^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">Panama, <\/w:t>/);
    expect(await zip.file('word/comments.xml')!.async('string')).toContain(NOTE_8);
  });

  it('an unchanged paragraph whose note changed is a change (listed, not folded away)', async () => {
    const finding = { ...result.comparisons[0].findings[0], kind: 'unchanged' as const, moved: false, footnoteChanges: result.comparisons[0].findings.find((f) => f.footnoteChanges)!.footnoteChanges } as Finding;
    expect(isChange(finding)).toBe(true);
    expect(isChange({ ...finding, footnoteChanges: undefined } as Finding)).toBe(false);
  });
});
