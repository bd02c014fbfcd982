import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import type { TargetMemoFile } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Trial 21-b D4 (session 21): the target memo of A/RES/78/16 said of each half of 73/266 PP 12, split into PP 9 and
 * PP 10, that it dropped what went into the other ("drops “that voluntary and non-binding norms …”" on PP 9, "reference
 * removed: Charter of the United Nations" and "hedge added: if appropriate" on PP 10, which never had the Charter). The
 * two documents are 21 % similar: no pair report, each source compared alone. A split's parts are now read against
 * their source together: both halves carry the split's own line.
 */
const ICT = join(SHARED_DATA, 'un-resolutions/texts/ict-security');
const PDF = join(SHARED_DATA, 'un-resolutions/pdf/A_RES_78_16.pdf');

describe.skipIf(!HAS_SHARED || !existsSync(PDF))(`a split's parts read together in the target memo (${HAS_SHARED ? 'real texts' : SHARED_MISSING})`, () => {
  it('78/16 PP 9 and PP 10 ← 73/266 PP 12: one line "PP 12 → PP 9 + PP 10 (split)", no Charter removed, no norms dropped', async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-split-parts-'));
    await mkdir(join(work, 'corpus'));
    await copyFile(join(ICT, 'A_RES_73_266.txt'), join(work, 'corpus', 'A_RES_73_266.txt'));
    await runBatch({ corpus: join(work, 'corpus'), target: PDF, out: join(work, 'out'), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: '2026-01-01T00:00:00Z' });
    const memo = JSON.parse(await readFile(join(work, 'out', 'target.json'), 'utf8')) as TargetMemoFile;
    const sourceOf = (place: string) => memo.paragraphs.find((paragraph) => paragraph.place === place)?.sources.find((source) => source.place === 'PP 12');
    for (const place of ['PP 9', 'PP 10']) {
      const source = sourceOf(place);
      expect(source?.kind, place).toBe('split');
      expect(source?.line?.startsWith('PP 12 → PP 9 + PP 10 (split)'), `${place}: ${source?.line}`).toBe(true);
      const said = [source?.line ?? '', ...(source?.signals ?? [])].join(' · ');
      expect(said, place).not.toContain('Charter');
      expect(said, place).not.toContain('that voluntary and non-binding norms');
      expect(said, place).not.toContain('hedge added');
    }
  });
});
