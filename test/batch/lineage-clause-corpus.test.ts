import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import type { TargetMemo } from '../../src/types.js';
import { DRAFT, HAS_SHARED, SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Issue 19: the clause search looked only in the documents a paragraph was traced to. A clause of a resolution pasted
 * inside a long paragraph of one of 200 unrelated speeches (too small a share of either paragraph to make it a source)
 * is found there with default options, through the candidate index over the whole corpus.
 */
const UNGDC = join(SHARED_DATA, 'ungdc');
const STEPS = join(SHARED_DATA, 'un-resolutions/texts/series/steps-to-building-a-common-roadmap-towards-a-world-without-n');
const READY = HAS_SHARED && existsSync(UNGDC) && existsSync(STEPS);

/** The clause 80/48 OP 8 adds to 79/41 OP 8, as 78/40 PP 17 has most of it. */
const RISK = 'that risk reduction is neither a substitute nor a prerequisite for nuclear disarmament';
/** The clause 80/48 PP 8 (the New START Treaty's expiry) adds to 79/41 PP 8: no earlier resolution has it. */
const START = 'calling for good-faith negotiations on a future nuclear arms control framework by the three States with the largest nuclear arsenals to restrain their nuclear arsenals';

/** Every UNGDC speech file, sorted by country then file name. */
async function speeches(): Promise<string[]> {
  const files: string[] = [];
  for (const country of (await readdir(UNGDC, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    for (const file of (await readdir(join(UNGDC, country))).filter((name) => name.endsWith('.txt')).sort()) files.push(join(UNGDC, country, file));
  }
  return files;
}

/** A speech's text with `clause` put inside its `at`-th body paragraph, after its first sentence (front matter kept). */
function insideParagraph(text: string, clause: string, at: number): { text: string; paragraph: string } {
  const [, frontMatter, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(text)!;
  const paragraphs = body.trim().split(/\n\s*\n/);
  const cut = paragraphs[at].indexOf('. ') + 2;
  paragraphs[at] = `${paragraphs[at].slice(0, cut)}We hold ${clause}. ${paragraphs[at].slice(cut)}`;
  return { text: `${frontMatter}\n${paragraphs.join('\n\n')}\n`, paragraph: paragraphs[at] };
}

describe.skipIf(!READY)(`a clause found in any document of the corpus (${READY ? 'UN General Debate speeches, Steps to a roadmap resolutions' : SHARED_MISSING})`, () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'redline-clause-corpus-'));
  });

  it('says where a clause was first when it was pasted inside a paragraph of one of 200 unrelated speeches, with default options', async () => {
    const all = await speeches();
    const unrelated = all.filter((path) => /_20(1[5-9]|2[0-2])_/.test(basename(path)));
    const chosen = Array.from({ length: 200 }, (_, i) => unrelated[Math.floor((i * unrelated.length) / 200)]);
    expect(new Set(chosen).size).toBe(200);
    const corpus = join(work, 'texts');
    await mkdir(corpus);
    const [riskCarrier, startCarrier] = [chosen[61], chosen[148]];
    const carried = new Map<string, string>();
    for (const path of chosen) {
      const clause = path === riskCarrier ? RISK : path === startCarrier ? START : null;
      if (clause === null) {
        await copyFile(path, join(corpus, basename(path)));
        continue;
      }
      const pasted = insideParagraph(await readFile(path, 'utf8'), clause, 4);
      carried.set(basename(path, '.txt'), pasted.paragraph);
      await writeFile(join(corpus, basename(path)), pasted.text);
    }
    for (const file of ['A_RES_78_40.txt', 'A_RES_79_41.txt']) await copyFile(join(STEPS, file), join(corpus, file));

    const summary = await runBatch({ corpus, target: join(STEPS, 'A_RES_80_48.txt'), out: join(work, 'out'), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: '2026-01-01T00:00:00Z', html: false });
    expect(summary.lineage).toMatchObject({ documentsSearched: 202, notChecked: [] });
    const memo = JSON.parse(await readFile(join(work, 'out', 'target.json'), 'utf8')) as TargetMemo;
    const clauses = memo.paragraphs.flatMap((paragraph) => (paragraph.clauses ?? []).map((clause) => ({ ...clause, at: paragraph.place })));
    const [riskId, startId] = [basename(riskCarrier, '.txt'), basename(startCarrier, '.txt')];

    // OP 8's added clause: first in the speech (older than 78/40, which had it next), not in 78/40 PP 17.
    const risk = clauses.find((clause) => clause.at === 'OP 8');
    expect(risk).toMatchObject({ id: riskId, added: `while noting ${RISK}`, shared: RISK, without: { name: 'A/RES/79/41', place: 'OP 8' }, alsoWithout: [{ name: 'A/RES/78/40', place: 'OP 8' }] });
    // 78/40 OP 8 is as close as 79/41 OP 8 (0.9098 against 0.9099) and lacks the clause too: both named (sig21).
    // The speech's paragraph cited by its place: the fifth of its body, where the clause was put.
    const speech = await readFile(join(corpus, `${riskId}.txt`), 'utf8');
    expect([risk!.place, speechPlace(speech, carried.get(riskId)!)]).toEqual(['¶ 5', 5]);

    // A clause of 26 words is most of a paragraph's wording: the speech is a partial source of 80/48 PP 8 (the New START
    // Treaty's expiry), the oldest, beside 78/40 PP 7 and 79/41 PP 8; said as a source, not again as a clause.
    const start = memo.paragraphs.find((paragraph) => paragraph.text.startsWith('Noting the expiration in February 2026'))!;
    expect(start.sources.map((source) => `${source.id} ${source.place} ${source.kind}`)).toEqual([`${startId} ¶ 5 partial`, 'A/RES/78/40 PP 7 modified', 'A/RES/79/41 PP 8 modified']);
    expect(speechPlace(await readFile(join(corpus, `${startId}.txt`), 'utf8'), carried.get(startId)!)).toBe(5);
    expect(start.clauses).toBeUndefined();
    const md = await readFile(join(work, 'out', 'target.md'), 'utf8');
    // Named in full (the speech gives the target no paragraph, so it is not listed under the earlier documents), its year once.
    const title = /^title: "(.*)"$/m.exec(speech)![1];
    expect(md).toContain(`  - the clause “while noting ${RISK}” (not in A/RES/79/41 OP 8 nor A/RES/78/40 OP 8) is first in ${title} ¶ 5: “${RISK}”\n`);
    // No other clause line: the 200 speeches are other words.
    expect(clauses.filter((clause) => clause.id !== riskId && clause.id !== startId)).toEqual([]);
  }, 600_000);

  it('traces the seed ¶ 14 to a speech that has a clause of it (13 of its 46 words) inside a longer paragraph: partial, not new', async () => {
    // The seed's ¶ 14 (Africa's participation in AI development) is in no earlier text of the catalogue: new, its closest the draft's ¶ 16.
    const clause = 'consider promotion of funding and capacity building programmes to facilitate inclusive digital transformation';
    const corpus = join(work, 'seed-texts');
    await mkdir(corpus);
    await copyFile(DRAFT, join(corpus, '2024-draft-illustrative.md'));
    const carrier = join(UNGDC, 'KEN/KEN_2023_S78.txt');
    for (const path of [join(UNGDC, 'NGA/NGA_2023_S78.txt'), join(UNGDC, 'EGY/EGY_2023_S78.txt')]) await copyFile(path, join(corpus, basename(path)));
    const pasted = insideParagraph(await readFile(carrier, 'utf8'), clause, 6);
    await writeFile(join(corpus, basename(carrier)), pasted.text);
    await runBatch({ corpus, target: SEED, out: join(work, 'seed-out'), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: '2026-01-01T00:00:00Z', html: false });
    const memo = JSON.parse(await readFile(join(work, 'seed-out', 'target.json'), 'utf8')) as TargetMemo;
    const africa = memo.paragraphs.find((paragraph) => paragraph.text.startsWith("We call for Africa's active and effective participation"))!;
    // The speech's paragraph that has the clause (redline counts the speech's paragraphs as it segments them).
    const speech = await loadAnyDocument(join(corpus, basename(carrier)));
    expect(africa.sources.map((found) => [found.id, found.place, found.kind, speech.paragraphs[found.paragraphs[0]].text.includes(clause)])).toEqual([['KEN_2023_S78', '¶ 6', 'partial', true]]);
    expect([africa.place, africa.status, africa.clauses]).toEqual(['¶ 14', 'traced', undefined]);
    // No clause line in the seed's memo: no other paragraph has 12 words of a speech or of the draft beyond its sources.
    expect(memo.paragraphs.filter((paragraph) => paragraph.clauses).map((paragraph) => paragraph.place)).toEqual([]);
  }, 300_000);
});

/** The 1-based place of a body paragraph in a speech as redline segments it (the front matter is no paragraph). */
function speechPlace(text: string, paragraph: string): number {
  const body = text.split(/\n---\n/)[1].trim().split(/\n\s*\n/);
  return body.indexOf(paragraph) + 1;
}
