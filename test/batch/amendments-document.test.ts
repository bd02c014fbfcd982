import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { captureCliIo } from '../helpers/cli-capture.js';

const TEXTS = join(SHARED_DATA, 'un-resolutions/texts');

/**
 * An amendments document in the shape of a real amendment L-document, made from the real draft A/C.1/80/L.9's first
 * page: its form (symbol changed to A/C.1/80/L.70, dated 28 October), then "Egypt: amendments to draft resolution
 * A/C.1/80/L.9", the draft's title, and two amendments. Nothing of it is committed.
 */
async function amendmentsText(): Promise<string> {
  const draft = await readFile(join(TEXTS, 'drafts', 'A_C.1_80_L.9.txt'), 'utf8');
  const lines = draft.split('\n');
  // The form up to the agenda item's title, as the draft prints it.
  const agendaTitle = lines.findIndex((line) => line.startsWith('General and complete disarmament: the Arms Trade Treaty'));
  const form = lines.slice(0, agendaTitle + 1).map((line) => line.replace('A/C.1/80/L.9', 'A/C.1/80/L.70').replace('8 October 2025', '28 October 2025'));
  return [
    ...form,
    ' ', ' ', ' ',
    'Egypt: amendments to draft resolution A/C.1/80/L.9 ',
    ' ', ' ',
    ' The Arms Trade Treaty ',
    ' ', ' ',
    'Operative paragraph 6 ',
    ' ',
    'Replace the words "to ratify, accept, approve or accede to the Treaty" with the words ',
    '"to consider ratifying, accepting, approving or acceding to the Treaty". ',
    ' ',
    'Operative paragraph 9 ',
    ' ',
    'Delete the word "vital". ',
    ' ',
  ].join('\n');
}

/**
 * Trial 21-a D13: an amendments document was refused as "has no readable text … only images?" (its text has no enacting
 * formula, so all of it was taken for the first page's form), and a chain batch counted it FAILED and exited 1. It is
 * read (its paragraphs are its amendments), and a batch keeps it out of the draft's chain, as a section of its own.
 */
describe.skipIf(!HAS_SHARED)(`an amendments document to a draft${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('reads as its amendments, with the draft it amends, its sponsor and its title', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-amendments-'));
    const path = join(dir, 'A_C.1_80_L.70.txt');
    await writeFile(path, await amendmentsText());
    const document = await loadAnyDocument(path);
    expect(document.meta.symbol).toBe('A/C.1/80/L.70');
    expect(document.meta.title).toBe('The Arms Trade Treaty');
    expect(document.meta.status).toEqual({ stage: 'draft', sponsors: ['Egypt'], amends: 'A/C.1/80/L.9' });
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Operative paragraph 6',
      'Replace the words "to ratify, accept, approve or accede to the Treaty" with the words "to consider ratifying, accepting, approving or acceding to the Treaty".',
      'Operative paragraph 9',
      'Delete the word "vital".',
    ]);
  }, 60_000);

  it('a chain batch reads it (no FAILED), keeps the draft → adopted step, and lists the amendments apart', async () => {
    const corpus = await mkdtemp(join(tmpdir(), 'redline-amendments-batch-'));
    await mkdir(join(corpus, 'texts'));
    await writeFile(join(corpus, 'texts', 'A_C.1_80_L.70.txt'), await amendmentsText());
    await copyFile(join(TEXTS, 'drafts', 'A_C.1_80_L.9.txt'), join(corpus, 'texts', 'A_C.1_80_L.9.txt'));
    await copyFile(join(TEXTS, 'series', 'the-arms-trade-treaty', 'A_RES_80_46.txt'), join(corpus, 'texts', 'A_RES_80_46.txt'));
    const io = captureCliIo();
    const out = join(corpus, 'out');
    expect(await run(['batch', '--mode', 'chain', '--corpus', join(corpus, 'texts'), '--out', out, '-j', '1', '--no-cache'], io)).toBe(0);
    expect(io.out()).toContain('inputs: read 3 txt; failed 0; skipped 0');
    const markdown = await readFile(join(out, 'digest.md'), 'utf8');
    expect(markdown).toContain('## Amendments to draft A/C.1/80/L.9: The Arms Trade Treaty\n');
    expect(markdown).toContain('A/C.1/80/L.9 → A/RES/80/46 (draft): adopted without textual change');
    expect(markdown).not.toContain('L.9 → A/C.1/80/L.70');
    expect(markdown).not.toContain('L.70 → A/RES/80/46');
  }, 120_000);
});
