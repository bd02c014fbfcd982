import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';
import { compare } from '../../../src/pipeline.js';
import { renderText } from '../../../src/report/text.js';
import { buildDocx, type DocxParagraph } from '../../helpers/corpus-docx.js';
import { captureCliIo } from '../../helpers/cli-capture.js';
import { ARMS_TRADE, UN_SERIES, UN_SERIES_AVAILABLE } from '../../helpers/un-series.js';

// Trial 14b: a Word draft of the Arms Trade Treaty resolution (A/RES/80/46) with one delegation's tracked changes was
// read as its final text; the terminal said so only at the end of `compare`'s summary, naming no file, and `report -o
// att.docx` / `-o att.md`, the batch's digest.md, digest.docx and index said nothing: the memo presented proposals not
// yet accepted as the draft's text.
const ATT = join(UN_SERIES, ARMS_TRADE, 'A_RES_80_46.txt');
const TRACKED = 'has tracked changes (1 insertion): read as the final text, every change accepted (--tracked-changes original reads the text before them); the changes are in OP 1';

describe.skipIf(!UN_SERIES_AVAILABLE)('a tracked-changes warning in every output, naming its file (ATT A/RES/80/46)', () => {
  let dir = '';
  let draft = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'redline-warnings-'));
    draft = join(dir, 'att_tracked.docx');
    // The resolution as redline reads it, as a Word draft: operative paragraphs Word-numbered, "with appreciation"
    // inserted in OP 1 as a tracked change.
    const own = (await compare(ATT, ATT)).documents[0].paragraphs;
    const paragraphs: DocxParagraph[] = own.map((paragraph) => {
      const numbered = paragraph.role === 'operative';
      if (paragraph.label !== 'OP 1') return { text: paragraph.text, numbered };
      const rest = paragraph.text.slice('Welcomes '.length);
      return { text: '', numbered, runs: [{ text: 'Welcomes ' }, { text: 'with appreciation ', change: 'ins' }, { text: rest }] };
    });
    writeFileSync(draft, await buildDocx(paragraphs));
  });

  it('report -o x.md: on standard error without --verbose, and under the documents in the Markdown', async () => {
    const io = captureCliIo();
    const out = join(dir, 'att.md');
    expect(await run(['report', ATT, draft, '-o', out], io)).toBe(0);
    expect(io.err()).toContain(`redline: warning: ${draft}: ${TRACKED}`);
    const markdown = readFileSync(out, 'utf8');
    expect(markdown).toContain(`- **Warning:** ${draft.replace(/_/g, '\\_')}: ${TRACKED}`);
    // Before the key changes, which quote OP 1 with the insertion as the draft's text.
    expect(markdown.indexOf('**Warning:**')).toBeLessThan(markdown.indexOf('**Key changes**'));
  });

  it('report -o x.docx: on the memo\'s first page', async () => {
    const io = captureCliIo();
    const out = join(dir, 'att.docx');
    expect(await run(['report', ATT, draft, '-o', out], io)).toBe(0);
    expect(io.err()).toContain(`${draft}: has tracked changes`);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toContain(`Warning: </w:t></w:r><w:r><w:t xml:space="preserve">${draft}: ${TRACKED}`);
    expect(xml.indexOf(TRACKED)).toBeLessThan(xml.indexOf('Key changes'));
  });

  it('the text summary names the file (and is not said again on standard error when it goes to the terminal)', async () => {
    const result = await compare(ATT, draft);
    expect(renderText(result, { color: false })).toContain(`warning: ${draft}: ${TRACKED}`);
    const io = captureCliIo();
    io.stdout.isTTY = true;
    expect(await run(['compare', ATT, draft], { ...io, env: { ...io.env, NO_COLOR: '1' } })).toBe(0);
    expect(io.out()).toContain(`warning: ${draft}: ${TRACKED}`);
    expect(io.err()).not.toContain('tracked changes');
  });

  it('batch --mode chain: on standard error once, and in digest.md, digest.docx, digest.json and the index', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(join(corpus, 'att'), { recursive: true });
    copyFileSync(ATT, join(corpus, 'att', 'A_RES_80_46.txt'));
    copyFileSync(draft, join(corpus, 'att', 'att_tracked.docx'));
    const io = captureCliIo();
    const out = join(dir, 'batch');
    expect(await run(['batch', '--mode', 'chain', '--series-by', 'folder', '--corpus', corpus, '--out', out, '--no-cache'], io)).toBe(0);
    const file = join(corpus, 'att', 'att_tracked.docx');
    expect(io.err().split('\n').filter((line) => line.includes('tracked changes'))).toEqual([`redline batch: warning: ${file}: ${TRACKED}`]);
    // The digest names the file, not the user's local path (a memo travels; trial 17-a D5).
    expect(readFileSync(join(out, 'digest.md'), 'utf8')).toContain(`Warning: att_tracked.docx: ${TRACKED}`);
    const digest = JSON.parse(readFileSync(join(out, 'digest.json'), 'utf8')) as { series: Array<{ steps: Array<{ warnings?: Array<{ code: string; file: string }> }> }> };
    expect(digest.series[0].steps[0].warnings).toEqual([{ code: 'docx-tracked-changes', message: TRACKED, file }]);
    const xml = await (await JSZip.loadAsync(readFileSync(join(out, 'digest.docx')))).file('word/document.xml')!.async('string');
    expect(xml).toContain(`att_tracked.docx: ${TRACKED}`);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain(`<strong>Warning:</strong> att_tracked.docx: ${TRACKED}`);
    // And in the pair table's signals column, as in every batch mode.
    expect(index).toContain(`<div class="signal-warning">warning: ${file}: ${TRACKED}</div>`);
  });
});
