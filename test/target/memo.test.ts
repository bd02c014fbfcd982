import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch, type BatchOptions } from '../../src/batch/index.js';
import { renderTargetMemoDocx } from '../../src/report/target-docx.js';
import { renderTargetMemoMarkdown } from '../../src/report/target-memo.js';
import { TARGET_MEMO_SCHEMA_VERSION, type TargetMemoFile } from '../../src/types.js';
import { DRAFT, HAS_SHARED, SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Trial 15a, defect 3: target mode gave lineage only ("source ¶ — kind, %"). What the seed takes from each earlier
 * text, with the shifts its pair reports find ("note → welcome (stronger)"), what is new in it and what it drops
 * (the draft's ¶ 14 on technological neutrality was only inside the pair report) were nowhere in one place, and there was
 * no Word or Markdown output. The run now writes target.json, target.md, target.docx and the index's memo section.
 */
const ICT = join(SHARED_DATA, 'un-resolutions/texts/ict-security');
const GENERATED_AT = '2026-01-01T00:00:00Z';

describe.skipIf(!HAS_SHARED || !existsSync(ICT))(`the target memo (${HAS_SHARED ? 'needs ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  let work: string;
  const options = (out: string, extra: Partial<BatchOptions> = {}): BatchOptions => ({ corpus: join(work, 'field'), target: SEED, out: join(work, out), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: GENERATED_AT, ...extra });
  const memoOf = async (out: string): Promise<TargetMemoFile> => JSON.parse(await readFile(join(work, out, 'target.json'), 'utf8')) as TargetMemoFile;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'redline-target-memo-'));
    await mkdir(join(work, 'field'));
    for (const file of ['A_RES_74_247.txt', 'A_RES_75_282.txt']) await copyFile(join(ICT, file), join(work, 'field', file));
    await copyFile(DRAFT, join(work, 'field', '2024-draft-illustrative.md'));
  });

  it('says per seed paragraph what it takes, with the pair report\'s shifts; what is new; what the draft holds that it drops', async () => {
    const summary = await runBatch(options('all', { minSimilarity: 0 }));
    expect(summary).toMatchObject({ documents: 4, pairs: 3, reports: 3, ok: true });
    const memo = await memoOf('all');
    expect(memo.schemaVersion).toBe(TARGET_MEMO_SCHEMA_VERSION);
    // One name for the target: its title, not its file name 000_9b5e0b9e7a90fd7e.
    expect(memo.target).toEqual({ id: '000_9b5e0b9e7a90fd7e', name: expect.stringMatching(/^Joint Statement of the First Ministerial Conference/), date: '2024-11-10' });
    const source = (place: string) => memo.paragraphs.find((paragraph) => paragraph.place === place)!.sources;
    const draft = 'pairs/2024-draft-illustrative__000_9b5e0b9e7a90fd7e.html';
    // Before: "2024-10-25 2024-draft-illustrative ¶ 7 — modified, 98%", the shift only in the pair report.
    expect(source('¶ 6')).toEqual([
      expect.objectContaining({ id: '2024-draft-illustrative', place: '¶ 7', kind: 'modified', edit: 'substantive', line: '¶ 7 → ¶ 6: note → welcome (stronger)', tone: 'stronger', href: `${draft}#r-8` }),
    ]);
    expect(source('¶ 13')).toEqual([expect.objectContaining({ place: '¶ 16', edit: 'substantive', line: '¶ 16 → ¶ 13: reaffirm → acknowledge (weaker)', tone: 'weaker' })]);
    // ¶ 1 editorial only ("modified, 100%" before), ¶ 18 moved unchanged from the draft's ¶ 5, ¶ 9 the draft's ¶ 10–11 merged.
    expect(source('¶ 1')).toEqual([expect.objectContaining({ place: '¶ 1', kind: 'modified', edit: 'editorial', line: null })]);
    expect(source('¶ 18')).toEqual([expect.objectContaining({ place: '¶ 5', kind: 'unchanged', edit: 'none', moved: true })]);
    expect(source('¶ 9')).toEqual([expect.objectContaining({ place: '¶ 10–11', kind: 'merged', edit: 'none' })]);
    expect(memo.paragraphs.filter((paragraph) => paragraph.status === 'new').map((paragraph) => paragraph.place)).toEqual(['¶ 14']);
    // Headings (the title, the date line) are no position: not in the memo.
    expect(memo.paragraphs).toHaveLength(19);
    // The draft's ¶ 14, before found only inside pairs/…html.
    expect(memo.dropped[0]).toMatchObject({ id: '2024-draft-illustrative', unrelated: false, paragraphs: [{ place: '¶ 14', text: expect.stringMatching(/^We support the principle of technological neutrality/), href: `${draft}#r-14` }] });
    // The resolutions, compared in full at --min-similarity 0, look unrelated: their paragraphs are not "positions dropped".
    expect(memo.dropped.slice(1).map((document) => [document.name, document.unrelated])).toEqual([
      ['A/RES/74/247', true],
      ['A/RES/75/282', true],
    ]);
    expect(memo.documents.map((document) => [document.name.slice(0, 20), document.comparedInFull, document.carried, document.dropped])).toEqual([
      ['Draft Joint Statemen', true, 18, 1],
      ['A/RES/74/247', true, 0, 24],
      ['A/RES/75/282', true, 0, 18],
    ]);

    const markdown = await readFile(join(work, 'all', 'target.md'), 'utf8');
    const { schemaVersion: _version, ...plain } = memo;
    expect(markdown).toBe(renderTargetMemoMarkdown(plain));
    // Trial 19-b D11: the draft's 120-character title is said once, under "Earlier documents", with the short name (its
    // id) the lines use; the resolutions' symbols are short already.
    expect(markdown).toContain('- 2024-draft-illustrative: Draft Joint Statement of the First Ministerial Conference of the Russia-Africa Partnership Forum on International Information Security (ILLUSTRATIVE DRAFT) (2024-10-25), 94% similar:');
    expect(markdown.split('Draft Joint Statement of the First Ministerial Conference').length - 1).toBe(1);
    expect(markdown).toContain('  - 2024-draft-illustrative ¶ 7 (2024-10-25), modified 98%: note → welcome (stronger)\n');
    expect(markdown).toContain('### 2024-draft-illustrative (2024-10-25), 94% similar');
    expect(markdown).toContain('- A/RES/74/247 (2019-12-27), 0% similar:');
    expect(markdown).toContain('## New in it\n\n- ¶ 14 “We call for Africa');
    expect(markdown).toContain('- ¶ 14 “We support the principle of technological neutrality');
    expect(markdown).toContain('The texts look unrelated (0% similar): the 24 paragraphs of it that the target does not carry are not listed as positions dropped');
    expect((await readFile(join(work, 'all', 'target.docx'))).equals(Buffer.from(await renderTargetMemoDocx(plain)))).toBe(true);
    // Trial 19-b D7: the Word memo keeps no relative link to pairs/*.html (26 dead links once mailed); its lines are target.md's.
    const { default: JSZip } = await import('jszip');
    const word = await JSZip.loadAsync(await readFile(join(work, 'all', 'target.docx')));
    expect(await word.file('word/_rels/document.xml.rels')!.async('string')).not.toContain('pairs/');
    const body = await word.file('word/document.xml')!.async('string');
    expect(body).not.toContain('w:hyperlink');
    expect(body).toContain('2024-draft-illustrative ¶ 7 (2024-10-25), modified 98%: note → welcome (stronger)');
    expect(body.split('Draft Joint Statement of the First Ministerial Conference').length - 1).toBe(1);
    const index = await readFile(join(work, 'all', 'index.html'), 'utf8');
    expect(index).toContain('<section id="memo" class="memo" aria-labelledby="memo-title">');
    expect(index).toContain(`<a href="${draft}#r-8">¶ 7</a> (2024-10-25), modified 98%: note → welcome (stronger)`);
    expect(index).toContain(`<a href="${draft}#r-14">¶ 14</a> “We support the principle of technological neutrality`);

    // Defect 9: lineage.json keeps the id (the file name) as `target` and gives the name beside it.
    const lineage = JSON.parse(await readFile(join(work, 'all', 'lineage.json'), 'utf8')) as { target: string; targetName: string };
    expect([lineage.target, lineage.targetName]).toEqual(['000_9b5e0b9e7a90fd7e', memo.target.name]);
    // Defect 9: the index names the target by its title, not its file name, in its title, heading and pair table.
    expect(index).toContain('<h1>target: one document against every other: Joint Statement of the First Ministerial Conference');
    expect(index).not.toContain('<h1>target: one document against every other: 000_9b5e0b9e7a90fd7e');
    expect(index).toContain('>Joint Statement of the First Ministerial Conference of the …<span class="doc-date">2024-11-10</span></td>');
    expect(index).toContain('A row per paragraph of Joint Statement of the First Ministerial Conference');
    // Defect 10: the report links come right after the pair's number (they were the last column, behind a scrollbar at
    // 1280 px), and an unrelated pair's ~30 references are a count, not 30 lines in one cell.
    expect(index).toContain('<th scope="col">report</th><th scope="col"><button type="button">older</button></th>');
    // Each link named by its pair for a screen reader (trial 16c).
    expect(index).toMatch(/<td class="report-links"><a href="pairs\/A_RES_74_247__000_9b5e0b9e7a90fd7e.html" aria-label="html: the pair report [^"]+">html<\/a> <a href="pairs\/A_RES_74_247__000_9b5e0b9e7a90fd7e.json" aria-label="json: the pair [^"]+ as JSON">json<\/a><\/td>/);
    expect(index).toMatch(/<div class="signal-count">\d+ references and topics added or removed, see the report<\/div>/);
    expect(index).not.toContain('references removed: resolution 53/70; resolution 54/49');
  }, 120_000);

  it('says which documents were not compared in full, and that what the seed drops of them is not known', async () => {
    await runBatch(options('default'));
    const memo = await memoOf('default');
    expect(memo.documents.map((document) => [document.name.slice(0, 20), document.comparedInFull, document.dropped])).toEqual([
      ['Draft Joint Statemen', true, 1],
      ['A/RES/74/247', false, null],
      ['A/RES/75/282', false, null],
    ]);
    expect(memo.dropped.map((document) => document.id)).toEqual(['2024-draft-illustrative']);
    const markdown = await readFile(join(work, 'default', 'target.md'), 'utf8');
    // Trial 18-a D7: the documents that give nothing and were not compared in full, in one line after those listed.
    expect(markdown).toContain('\n\nAnd 2 others searched: none gives a paragraph (A/RES/74/247 (2019-12-27); A/RES/75/282 (2021-05-26)).\n');
    expect(markdown).not.toContain('- A/RES/74/247');
    expect(markdown).toContain('What the target drops of the 2 earlier documents not compared in full is not known: none gives it a paragraph.');
    // D8: a shorter title; D9: no option names in the memo's prose.
    expect(markdown.split('\n')[0]).toBe('# Joint Statement of the First Ministerial Conference of the …: sources, what is new, what it drops');
    expect(markdown).not.toContain('--min-similarity');
    // D8: the Word headings' lines are "at least" single, not the default read as exact by LibreOffice.
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(await readFile(join(work, 'default', 'target.docx')))).file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:pPr><w:pStyle w:val="Heading1"/><w:spacing w:after="80" w:line="240" w:lineRule="atLeast"/></w:pPr>');
  }, 120_000);
  it('says a formula too short to search is not traced, not that no earlier text is close (trial 19-b D5, 75/282)', async () => {
    await runBatch(options('formula', { target: join(work, 'field', 'A_RES_75_282.txt') }));
    const memo = await memoOf('formula');
    expect(memo.paragraphs.find((paragraph) => paragraph.place === 'formula')).toMatchObject({ text: 'The General Assembly,', status: 'not-checked', searched: false, sources: [] });
    const markdown = await readFile(join(work, 'formula', 'target.md'), 'utf8');
    // Before: "formula “The General Assembly,” — no close paragraph in the earlier texts", while 74/247 opens with it word for word.
    expect(markdown.split('\n').filter((line) => line.startsWith('- formula'))).toEqual(['- formula “The General Assembly,” — too short to search (a formula or heading): not traced']);
  }, 120_000);
});
