import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeBatches, runBatch, type BatchOptions } from '../../src/batch/index.js';
import type { Lineage, LineageParagraph, PairRecord } from '../../src/types.js';
import { DRAFT, HAS_SHARED, SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const UNGDC = join(SHARED_DATA, 'ungdc');
const ICT = join(SHARED_DATA, 'un-resolutions/texts/ict-security');
const GENERATED_AT = '2026-01-01T00:00:00Z';
const READY = HAS_SHARED && existsSync(UNGDC) && existsSync(ICT);

/** Every UNGDC speech file, sorted by country then file name. */
async function speeches(): Promise<string[]> {
  const files: string[] = [];
  for (const country of (await readdir(UNGDC, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    for (const file of (await readdir(join(UNGDC, country))).filter((name) => name.endsWith('.txt')).sort()) files.push(join(UNGDC, country, file));
  }
  return files;
}

/** A speech's text with `paragraph` inserted as its own paragraph after its `after`-th body paragraph (front matter kept). */
function insertParagraph(text: string, paragraph: string, after: number): string {
  const [, frontMatter, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(text)!;
  const paragraphs = body.trim().split(/\n\s*\n/);
  paragraphs.splice(after, 0, paragraph);
  return `${frontMatter}\n${paragraphs.join('\n\n')}\n`;
}

const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;
const records = async (dir: string): Promise<PairRecord[]> => (await readFile(join(dir, 'results.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as PairRecord);
/** A paragraph's sources as `document ¶indices kind`, oldest first. */
const sourcesOf = (paragraph: LineageParagraph): string[] => paragraph.sources.map((source) => `${source.document} ¶${source.paragraphs.join('+')} ${source.kind}`);

describe.skipIf(!READY)(`lineage through the paragraph-level candidate index (${READY ? 'UN General Debate speeches, UN ICT resolutions' : SHARED_MISSING})`, () => {
  let work: string;
  const options = (corpus: string, out: string, extra: Partial<BatchOptions> = {}): BatchOptions => ({ corpus, out: join(work, out), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: GENERATED_AT, html: false, ...extra });

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'redline-lineage-'));
  });

  // A new user's review: in a corpus of two speeches (so no wording is common enough to leave out), the seed paragraph
  // after the pasted one was traced as a split of it (74 %), riding on its neighbour's match.
  it('traces a pasted paragraph, and not its neighbour as a split of it, in a corpus too small to have common wording', async () => {
    const corpus = join(work, 'small');
    await mkdir(corpus);
    const seedParagraphs = (await readFile(SEED, 'utf8')).trim().split(/\n\s*\n/);
    const pasted = seedParagraphs.find((paragraph) => paragraph.startsWith('We advocate for the formation of a fair and equitable system'))!;
    await writeFile(join(corpus, 'NOR_pasted.txt'), insertParagraph(await readFile(join(UNGDC, 'NOR/NOR_2021_S76.txt'), 'utf8'), pasted, 10));
    await copyFile(join(UNGDC, 'AGO/AGO_2019_S74.txt'), join(corpus, 'AGO_2019_S74.txt'));
    const lineage = (await runBatch(options(corpus, 'small-out', { target: SEED }))).lineage!;
    const traced = lineage.paragraphs.filter((paragraph) => paragraph.sources.length > 0);
    expect(traced.map((paragraph) => [paragraph.text.slice(0, 40), sourcesOf(paragraph)])).toEqual([['We advocate for the formation of a fair ', ['NOR_pasted ¶10 unchanged']]]);
    const next = lineage.paragraphs[traced[0].index + 1];
    expect([next.text.slice(0, 30), next.status]).toEqual(['We recognize the need to impro', 'new']);
  });

  it('traces a paragraph pasted into one of 200 unrelated speeches to it, with default options', async () => {
    // The target: the United States' 2024 speech. The corpus: 200 speeches of other countries, 2015–2023, one in every
    // few of the corpus, so none is another version of the target; one of them gets a paragraph of the target pasted in.
    const all = await speeches();
    const target = all.find((path) => basename(path) === 'USA_2024_S79.txt')!;
    const unrelated = all.filter((path) => !basename(path).startsWith('USA_') && /_20(1[5-9]|2[0-3])_/.test(basename(path)));
    const chosen = Array.from({ length: 200 }, (_, i) => unrelated[Math.floor((i * unrelated.length) / 200)]);
    expect(new Set(chosen).size).toBe(200);
    const targetText = await readFile(target, 'utf8');
    const targetBody = targetText.split(/\n---\n/)[1].trim().split(/\n\s*\n/);
    // The target's longest paragraph: distinctive wording, the kind of passage a drafter lifts whole.
    const pasted = targetBody.reduce((longest, paragraph) => (paragraph.length > longest.length ? paragraph : longest));
    const corpus = join(work, 'speeches');
    await mkdir(corpus);
    const carrier = chosen[137];
    for (const path of chosen) {
      if (path === carrier) await writeFile(join(corpus, basename(path)), insertParagraph(await readFile(path, 'utf8'), pasted, 5));
      else await copyFile(path, join(corpus, basename(path)));
    }

    const summary = await runBatch(options(corpus, 'speeches-out', { target }));
    expect(summary).toMatchObject({ documents: 201, pairs: 200, ok: true });
    const lineage = summary.lineage!;
    expect(lineage).toMatchObject({ documentsSearched: 200, notChecked: [] });
    const carrierId = basename(carrier, '.txt');
    const traced = lineage.paragraphs.find((paragraph) => paragraph.text === pasted)!;
    // Found where it was pasted (the sixth paragraph of the speech's body), though the pair is never compared in full:
    // the speech as a whole is unrelated to the target (its estimate is far under the candidate floor, 0.15).
    expect(traced).toMatchObject({ status: 'traced', searched: true });
    expect(traced.sources).toEqual([expect.objectContaining({ document: carrierId, kind: 'unchanged', similarity: 1 })]);
    const carrierParagraphs = (await readFile(join(corpus, basename(carrier)), 'utf8')).split(/\n---\n/)[1].trim().split(/\n\s*\n/);
    expect(carrierParagraphs[traced.sources[0].paragraphs[0]]).toBe(pasted);
    const pair = (await records(join(work, 'speeches-out'))).find((record) => record.left === carrierId)!;
    expect(pair).toMatchObject({ estimated: true, report: null });
    expect(pair.similarity).toBeLessThan(0.15);
    // The 200 speeches are another country's words: no other target paragraph is traced to the carrier.
    expect(lineage.paragraphs.filter((paragraph) => paragraph.sources.some((source) => source.document === carrierId))).toHaveLength(1);
    // With every earlier speech searched, an untraced paragraph is new, not "not checked" (short ones aside).
    for (const paragraph of lineage.paragraphs.filter((entry) => entry.sources.length === 0)) expect(paragraph.status).toBe(paragraph.searched ? 'new' : 'not-checked');
  });

  describe('the seed statement against UN ICT resolutions, the illustrative draft and unrelated speeches', () => {
    let corpus: string;
    let lineage: Lineage;
    const speechId = 'ZAF_2023_S78';
    /** An earlier wording of the seed's ¶ 13 as a speech might have put it (written for this test). */
    const speechWording =
      'South Africa advocates the internationalization of Internet governance, with the equal participation of all countries in that process, while ensuring the integrity, stability and security of the national segments of the Internet.';

    beforeAll(async () => {
      corpus = join(work, 'seed-corpus');
      await mkdir(corpus);
      for (const file of await readdir(ICT)) await copyFile(join(ICT, file), join(corpus, file));
      await copyFile(DRAFT, join(corpus, basename(DRAFT)));
      const all = await speeches();
      const others = all.filter((path) => /_20(19|2[0-3])_/.test(basename(path)) && !basename(path).startsWith('ZAF_'));
      for (let i = 0; i < 30; i++) {
        const path = others[Math.floor((i * others.length) / 30)];
        await copyFile(path, join(corpus, basename(path)));
      }
      const speech = all.find((path) => basename(path) === `${speechId}.txt`)!;
      await writeFile(join(corpus, `${speechId}.txt`), insertParagraph(await readFile(speech, 'utf8'), speechWording, 12));
      lineage = (await runBatch(options(corpus, 'seed-out', { target: SEED }))).lineage!;
    });

    it('finds the seed paragraphs\' earlier wordings in the draft and in a speech, whatever the documents\' overall similarity', async () => {
      const paragraph = (index: number): LineageParagraph => lineage.paragraphs[index];
      expect(lineage).toMatchObject({ target: '000_9b5e0b9e7a90fd7e', documentsSearched: 38, notChecked: [] });
      // Checked by reading: seed ¶ 13 (index 12, Internet governance) is the draft's ¶ 13 word for word, and the
      // speech's inserted paragraph says it in a delegation's words; the speech's 2023 date puts it first.
      expect(sourcesOf(paragraph(12))).toEqual([`${speechId} ¶12 modified`, '2024-draft-illustrative ¶14 unchanged']);
      const pair = (await records(join(work, 'seed-out'))).find((record) => record.left === speechId)!;
      expect(pair).toMatchObject({ estimated: true, report: null });
      // Seed ¶ 11 (index 10) joins the draft's ¶ 10 (the cybercrime convention) and ¶ 11 (its additional protocol).
      expect(sourcesOf(paragraph(10))).toEqual(['2024-draft-illustrative ¶11+12 merged']);
      // Seed ¶ 7 (index 6) rewords the draft's ¶ 6: "We stress … a universal [legally binding] instrument" became
      // "We confirm … a universal legal binding framework".
      expect(sourcesOf(paragraph(6))).toEqual(['2024-draft-illustrative ¶7 modified']);
      expect(paragraph(6).sources[0].similarity).toBeGreaterThan(0.5);
      expect(paragraph(6).sources[0].similarity).toBeLessThan(0.8);
      // The draft's ¶ 17 (index 18: high-tech monopolies, then unilateral coercive measures) is cut in two in the seed
      // (¶ 17 and ¶ 18, indices 16 and 17): both trace to it as a split, scored joined as the aligner scores a split.
      expect([16, 17].map((index) => sourcesOf(paragraph(index)))).toEqual([['2024-draft-illustrative ¶18 split'], ['2024-draft-illustrative ¶18 split']]);
      expect(paragraph(16).sources[0].similarity).toBe(1);
      // Seed ¶ 16 (index 15, Africa's participation in AI development) is in no earlier text: new.
      expect(paragraph(15)).toMatchObject({ status: 'new', sources: [] });
      // The date line is too short to search the corpus for, but the pair report of the draft aligns it with the
      // draft's date line: the lineage says what the report it links to says (trial 14a).
      expect(paragraph(1)).toMatchObject({ text: '11-11-2024', searched: false, status: 'traced' });
      expect(sourcesOf(paragraph(1))).toEqual(['2024-draft-illustrative ¶1 modified']);
      // The ICT resolutions share the field's vocabulary but no wording with the seed (best paragraph 31 % similar).
      const ict = new Set((await readdir(ICT)).map((file) => file.replace(/\.txt$/, '').replaceAll('_', '/')));
      expect(lineage.paragraphs.flatMap((entry) => entry.sources).filter((source) => ict.has(source.document))).toEqual([]);
    });

    it('says "not checked", never "new", where a document could not be searched: an unreadable input, another shard', async () => {
      const broken = join(work, 'seed-broken');
      await mkdir(broken);
      for (const file of await readdir(corpus)) await copyFile(join(corpus, file), join(broken, file));
      await writeFile(join(broken, 'broken.md'), '---\ntitle: [unclosed\n---\n\ntext\n');
      const withBroken = await runBatch(options(broken, 'seed-broken-out', { target: SEED }));
      expect(withBroken.lineage!.notChecked).toEqual([{ document: join(broken, 'broken.md'), reason: 'unreadable', error: expect.stringContaining('front matter') }]);
      expect(withBroken.lineage!.paragraphs[15]).toMatchObject({ status: 'not-checked', sources: [] });
      expect(withBroken.lineage!.paragraphs[12].status).toBe('traced');
      const index = await readFile(join(work, 'seed-broken-out', 'index.html'), 'utf8');
      expect(index).toContain('Not checked: no source in the 38 earlier documents searched, but 1 possible source was not searched (listed above)');
      expect(index).not.toContain('New: no earlier source');
      expect(index).toContain(`${join(broken, 'broken.md')}: could not be read`);

      // A second run finds what each document gave the target in the cache (no document is read again): the same lineage.
      await runBatch(options(corpus, 'seed-again', { target: SEED }));
      expect(await readFile(join(work, 'seed-again', 'lineage.json'), 'utf8')).toBe(await readFile(join(work, 'seed-out', 'lineage.json'), 'utf8'));
      expect((await readdir(join(work, 'cache', 'lineage'))).length).toBeGreaterThan(0);

      // Two shards: each searches the documents of its own pairs, says the others are not checked, and the merge is
      // the single run, lineage and all.
      for (const index of [1, 2]) await runBatch(options(corpus, `seed-shard-${index}`, { target: SEED, shard: { index, count: 2 } }));
      const shards = await Promise.all([1, 2].map((index) => readJson<Lineage>(join(work, `seed-shard-${index}`, 'lineage.json'))));
      expect(shards.map((shard) => shard.documentsSearched)).toEqual([19, 19]);
      for (const shard of shards) {
        expect(shard.notChecked).toHaveLength(19);
        expect(shard.notChecked.every((entry) => entry.reason === 'other-shard')).toBe(true);
        expect(shard.paragraphs[15].status).toBe('not-checked');
      }
      await mergeBatches([join(work, 'seed-shard-2'), join(work, 'seed-shard-1')], join(work, 'seed-merged'), GENERATED_AT);
      expect(await readFile(join(work, 'seed-merged', 'lineage.json'), 'utf8')).toBe(await readFile(join(work, 'seed-out', 'lineage.json'), 'utf8'));
    });
  });
});

/** Needs only the seed, so it runs on a fresh clone too. */
describe('lineage of a target against an undated document', () => {
  it('searches an undated document too (it sorts after the target, yet may be older): a paragraph it carries is traced', async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-lineage-undated-'));
    const corpus = join(work, 'undated');
    await mkdir(corpus);
    const seedParagraphs = (await readFile(SEED, 'utf8')).trim().split(/\n\s*\n/);
    const carried = seedParagraphs.find((paragraph) => paragraph.startsWith('We advocate for the internationalization of Internet governance'))!;
    await writeFile(join(corpus, 'notes.txt'), `Notes from a meeting, undated.\n\n${carried}\n\nNothing else was agreed.\n`);
    const lineage = (await runBatch({ corpus, out: join(work, 'undated-out'), cacheDir: null, jobs: 1, generatedAt: GENERATED_AT, html: false, target: SEED })).lineage!;
    expect(lineage).toMatchObject({ documentsSearched: 1, notChecked: [] });
    expect(lineage.paragraphs.filter((paragraph) => paragraph.sources.length).map((paragraph) => [paragraph.index, sourcesOf(paragraph)])).toEqual([[12, ['notes ¶1 unchanged']]]);
  });
});
