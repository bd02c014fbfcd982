import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import type { TargetMemo } from '../../src/types.js';
import { SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const ICT_73_266 = join(SHARED_DATA, 'un-resolutions/texts/ict-security/A_RES_73_266.txt');
const ICT_78_16 = join(SHARED_DATA, 'un-resolutions/pdf/A_RES_78_16.pdf');
const HAS_DATA = existsSync(ICT_73_266) && existsSync(ICT_78_16);

/**
 * Trial 21-b D4: A/RES/73/266 PP 12 was split into 78/16 PP 9 (international law applies) and PP 10 (voluntary norms).
 * Each half was compared with the whole of PP 12: PP 9 "drops" the norms clause that went into PP 10, and PP 10 had
 * "reference removed: Charter of the United Nations", which PP 9 has. A half is now said with its sibling.
 */
describe.skipIf(!HAS_DATA)(`a split half does not drop what went into its sibling (${HAS_DATA ? '78/16 against 73/266' : SHARED_MISSING})`, () => {
  it('says PP 12 → PP 9 + PP 10 on both halves, without the Charter removed or the norms dropped', async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-split-halves-'));
    await mkdir(join(work, 'corpus'));
    await copyFile(ICT_73_266, join(work, 'corpus', 'A_RES_73_266.txt'));
    await runBatch({ corpus: join(work, 'corpus'), target: ICT_78_16, out: join(work, 'out'), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: '2026-01-01T00:00:00Z', html: false });
    const memo = JSON.parse(await readFile(join(work, 'out', 'target.json'), 'utf8')) as TargetMemo;
    const halves = memo.paragraphs.filter((paragraph) => paragraph.place === 'PP 9' || paragraph.place === 'PP 10').map((paragraph) => paragraph.sources[0]);
    expect(halves.map((source) => [source.place, source.kind])).toEqual([
      ['PP 12', 'split'],
      ['PP 12', 'split'],
    ]);
    for (const source of halves) {
      expect(source.line).toMatch(/^PP 12 → PP 9 \+ PP 10 \(split\) \(weaker\): drops “rules and principles”/);
      expect(source.signals).not.toContain('reference removed: Charter of the United Nations');
      expect(source.line).not.toContain('drops “that voluntary and non-binding norms');
    }
    expect(halves[0].signals).toEqual(halves[1].signals);
    // Trial 21-b D11: the class of the change is given without a pair report (the pair is 21 %), from the paragraphs compared.
    expect(halves.map((source) => source.edit)).toEqual(['substantive', 'substantive']);
    const kinds = new Map<string, number>();
    for (const source of memo.paragraphs.flatMap((paragraph) => paragraph.sources)) kinds.set(`${source.kind} ${source.edit}`, (kinds.get(`${source.kind} ${source.edit}`) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).not.toHaveProperty(['modified null']);
    expect(Object.fromEntries(kinds)).not.toHaveProperty(['merged null']);
    // Trial 21-b D8: the Word table said "not compared" of a document its summary says was compared in full.
    expect(memo.documents.map((document) => [document.name, document.comparedInFull, document.dropped])).toEqual([['A/RES/73/266', true, null]]);
    const xml = await (await JSZip.loadAsync(await readFile(join(work, 'out', 'target.docx')))).file('word/document.xml')!.async('string');
    expect(xml).toContain('compared with it in full');
    expect(xml).toContain('>no report<');
    expect(xml).not.toContain('>not compared<');
  }, 120_000);
});
