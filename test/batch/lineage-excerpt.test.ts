import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch, type BatchOptions } from '../../src/batch/index.js';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import { thresholdNote } from '../../src/report/batch-index.js';
import type { TargetMemo } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Trial 20-a D11: a disarmament desk officer pasted three operative paragraphs (80/48 OP 8, 80/46 OP 5, 80/34 OP 2) in a
 * file and traced them against the resolutions. Each source read "modified 91%: found by the lineage search (the pair
 * has no report)", where the whole 80/48 as target read "adds “while noting that risk reduction is neither …”"; and
 * standard error advised lowering --min-similarity, which a three-paragraph file can never reach.
 */
const SERIES = join(SHARED_DATA, 'un-resolutions/texts/series');
const FOLDERS: Record<string, string[]> = {
  'steps-to-building-a-common-roadmap-towards-a-world-without-n': ['A_RES_78_40.txt', 'A_RES_79_41.txt', 'A_RES_80_48.txt'],
  'the-arms-trade-treaty': ['A_RES_78_48.txt', 'A_RES_79_52.txt', 'A_RES_80_46.txt'],
  'implementation-of-the-convention-on-the-prohibition-of-the-d': ['A_RES_78_29.txt', 'A_RES_79_56.txt', 'A_RES_80_34.txt'],
};
/** The openings of the three paragraphs pasted: 80/48 OP 8, 80/46 OP 5, 80/34 OP 2. */
const PASTED: Array<[string, string]> = [
  ['A_RES_80_48.txt', 'Calls upon all States, in particular the nuclear-weapon States, to commit to further identifying'],
  ['A_RES_80_46.txt', 'Recognizes that the consolidation of the institutional structure of the Treaty'],
  ['A_RES_80_34.txt', 'Recalls that article I, paragraph 5, of the Convention'],
];
const ADDED = '“while noting that risk reduction is neither a substitute nor a prerequisite for nuclear disarmament”';
/**
 * The clause 80/48 OP 8 adds, and where its series had it first: 78/40 PP 17 ("Reaffirming that risk reduction is …").
 * Its two sources are equally close (79/41 OP 8 91.0 %, 78/40 OP 8 91.0 %, a ten-thousandth apart): both lack it (sig21).
 */
const CLAUSE = `  - the clause ${ADDED} (not in A/RES/79/41 OP 8 nor A/RES/78/40 OP 8) is first in A/RES/78/40 PP 17 (2023-12-04): “that risk reduction is neither a substitute nor a prerequisite for nuclear disarmament”\n`;
const GENERATED_AT = '2026-01-01T00:00:00Z';

describe.skipIf(!HAS_SHARED || !existsSync(SERIES))(`an excerpt traced against its resolutions (${HAS_SHARED ? 'needs ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  let work: string;
  const options = (out: string, target: string): BatchOptions => ({ corpus: join(work, 'texts'), target, out: join(work, out), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: GENERATED_AT });

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'redline-lineage-excerpt-'));
    await mkdir(join(work, 'texts'));
    for (const [folder, files] of Object.entries(FOLDERS)) for (const file of files) await copyFile(join(SERIES, folder, file), join(work, 'texts', file));
    const pasted: string[] = [];
    for (const [file, opening] of PASTED) {
      const document = await loadAnyDocument(join(work, 'texts', file));
      const paragraph = document.paragraphs.find((candidate) => candidate.text.startsWith(opening));
      if (!paragraph) throw new Error(`${file}: no paragraph opens “${opening}”`);
      pasted.push(paragraph.text);
    }
    await writeFile(join(work, 'target3.txt'), pasted.join('\n\n') + '\n');
  });

  it('says what differs for a source whose pair has no report, in the words the whole resolution gets from its pair report, and where the clause it adds was first', async () => {
    const excerpt = await runBatch(options('excerpt', join(work, 'target3.txt')));
    expect(excerpt.reports).toBe(0);
    const md = await readFile(join(work, 'excerpt', 'target.md'), 'utf8');
    expect(md).toContain(`  - A/RES/78/40 OP 8 (2023-12-04), modified 91%: adds ${ADDED}\n`);
    expect(md).toContain(`  - A/RES/79/41 OP 8 (2024-12-02), modified 91%: adds ${ADDED}\n`);
    // The same words need no report to be said so.
    expect(md).toContain('  - A/RES/80/48 OP 8 (2025-12-01), unchanged 100%: same words\n');
    expect(md).not.toContain('found by the lineage search');
    expect(md).toContain(CLAUSE);
    const memo = JSON.parse(await readFile(join(work, 'excerpt', 'target.json'), 'utf8')) as TargetMemo;
    const first = memo.paragraphs[0].sources[0];
    // No pair report judged it: `edit` is the class of the paragraphs compared alone (trial 21-b D11); the line cites the two places.
    expect([first.name, first.edit, first.line, first.href]).toEqual(['A/RES/78/40', 'substantive', `OP 8 → ¶ 1: adds ${ADDED}`, null]);
    expect(memo.paragraphs[0].clauses?.map((clause) => [clause.name, clause.place, clause.without?.name, clause.without?.place, clause.shared, clause.alsoWithout?.map((other) => `${other.name} ${other.place}`)])).toEqual([
      ['A/RES/78/40', 'PP 17', 'A/RES/79/41', 'OP 8', 'that risk reduction is neither a substitute nor a prerequisite for nuclear disarmament', ['A/RES/78/40 OP 8']],
    ]);
    // The other two paragraphs add no clause of 12 words to their closest sources.
    expect(memo.paragraphs.slice(1).map((paragraph) => paragraph.clauses)).toEqual([undefined, undefined]);
    expect(await readFile(join(work, 'excerpt', 'index.html'), 'utf8')).toContain('adds “while noting that risk reduction is neither a substitute nor a prerequisite for nuclear disarmament”');

    // The whole 80/48 as target: its pair with 78/40 has a report, and the line says the same.
    const whole = await runBatch(options('whole', join(work, 'texts', 'A_RES_80_48.txt')));
    expect(whole.reports).toBeGreaterThan(0);
    const wholeMd = await readFile(join(work, 'whole', 'target.md'), 'utf8');
    expect(wholeMd).toContain(`  - A/RES/78/40 OP 8 (2023-12-04), modified 91%: adds ${ADDED}\n`);
    expect(wholeMd).toContain(CLAUSE);
    // The one clause line of 80/48 against its series: a treaty's name or a stock phrase of 10 words is none.
    expect(wholeMd.split('\n').filter((line) => line.includes('the clause “'))).toEqual([CLAUSE.trimEnd()]);

    // Standard error's note: an excerpt, traced all the same; no advice to lower --min-similarity.
    const note = thresholdNote(excerpt.manifest, excerpt.results, excerpt.lineage ?? null);
    expect(note).toBe(
      'the target (3 paragraphs) is an excerpt of longer texts (35 paragraphs or more), so no earlier document is similar to it as a whole: no pair reaches --min-similarity 0.3 (the closest is estimated at 11%) and no pair report is written. Its paragraphs were traced one by one all the same (3 of 3): target.md says where each comes from and what differs. For a report of the excerpt against one text in full: redline report <earlier text> <target>.',
    );
  }, 180_000);
});
