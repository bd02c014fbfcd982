import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import type { Paragraph, Warning } from '../../src/types.js';
import { buildDocx, type DocxParagraph } from '../helpers/corpus-docx.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const ATT = join(SHARED_DATA, 'un-resolutions/texts/series/the-arms-trade-treaty/A_RES_80_46.txt');

/** Revisions tracked in a paragraph, each a piece of its text deleted or a piece inserted before it (made in the test). */
type Revision = { label: string; at: string; del?: string; ins?: string };

/** The paragraphs of A/RES/80/46 as a Word file (operative paragraphs on Word's numbering), with oral revisions tracked. */
function asDocx(paragraphs: readonly Paragraph[], revisions: readonly Revision[]): DocxParagraph[] {
  return paragraphs
    .filter((paragraph) => paragraph.role === 'preambular' || paragraph.role === 'operative' || paragraph.role === 'other')
    .map((paragraph) => {
      const revision = revisions.find((one) => one.label === paragraph.label);
      const base: DocxParagraph = { text: paragraph.text, ...(paragraph.role === 'operative' ? { numbered: true } : {}) };
      if (!revision) return base;
      const at = paragraph.text.indexOf(revision.at);
      expect(at, `${revision.at} in ${paragraph.label}`).toBeGreaterThanOrEqual(0);
      const runs: DocxParagraph['runs'] = [{ text: paragraph.text.slice(0, at) }];
      if (revision.ins) runs.push({ text: revision.ins, change: 'ins' });
      if (revision.del) runs.push({ text: revision.del, change: 'del' });
      runs.push({ text: paragraph.text.slice(at + (revision.del?.length ?? 0)) });
      return { ...base, runs };
    });
}

/**
 * Trial 21-a D12: the secretariat gets "the draft with the oral revisions tracked". The warning named no paragraph
 * ("has tracked changes (1 insertion, 3 deletions)"), and a Word file could not be compared with itself, original
 * against final, in one run. The warning now names the paragraphs, and `leftTrackedChanges` (CLI
 * `--left-tracked-changes original`) reads the older side as the original.
 */
describe.skipIf(!HAS_SHARED)(`a Word file's tracked changes: where, and original against final${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  let path = '';
  beforeAll(async () => {
    const adopted = await loadAnyDocument(ATT);
    const docx = await buildDocx(asDocx(adopted.paragraphs, [
      { label: 'PP 3', at: 'social, ', del: 'social, ' },
      { label: 'OP 9', at: 'vital ', del: 'vital ' },
      { label: 'OP 17', at: 'Encourages', ins: 'Strongly encourages', del: 'Encourages' },
    ]));
    path = join(await mkdtemp(join(tmpdir(), 'redline-tracked-where-')), 'att-tracked.docx');
    await writeFile(path, docx);
  }, 60_000);

  it('the warning says which paragraphs carry the changes', async () => {
    const warnings: Warning[] = [];
    const document = await loadAnyDocument(path, { warnings });
    expect(document.paragraphs.find((paragraph) => paragraph.label === 'OP 17')?.text).toMatch(/^Strongly encourages eligible States/);
    expect(warnings.map((warning) => warning.message)).toEqual([
      'has tracked changes (1 insertion, 3 deletions): read as the final text, every change accepted (--tracked-changes original reads the text before them); the changes are in PP 3, OP 9, OP 17',
    ]);
  }, 60_000);

  it('compare X.docx X.docx with the left read as the original shows exactly the tracked revisions', async () => {
    const result = await compare(path, path, { leftTrackedChanges: 'original' });
    const [comparison] = result.comparisons;
    expect(comparison.summary).toMatchObject({ modified: 3, new: 0, dropped: 0, moved: 0, renumbered: 0 });
    const changed = comparison.findings.filter((finding) => finding.kind === 'modified').map((finding) => result.documents[1].paragraphs[finding.right[0]].label);
    expect(changed).toEqual(['PP 3', 'OP 9', 'OP 17']);
    // Without it, both sides are the final text: no change.
    expect((await compare(path, path)).comparisons[0].summary).toMatchObject({ modified: 0 });
  }, 120_000);
});
