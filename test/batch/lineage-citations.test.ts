import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { paragraphAnchor } from '../../src/report/labels.js';
import type { Lineage, PairRecord } from '../../src/types.js';
import { DRAFT, HAS_SHARED, SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const ICT = join(SHARED_DATA, 'un-resolutions/texts/ict-security');
const ICT_READY = HAS_SHARED && existsSync(ICT);

/** The HTML-escaped text of a string, as the pages write document text. */
const escaped = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

/**
 * A new user's review (session 12): in the lineage of the seed statement against the illustrative draft, the draft's
 * paragraphs were cited by a running count alone (`2024-draft-illustrative ¶ 3`) although the draft prints that
 * paragraph `1.` and the pair report cites it `¶ 3 (1.)`; the merge of the draft's `10.` and `11.` read `¶ 12, 13`.
 * The seed's title and date lines were listed as ¶ 1 and ¶ 2 under "Lineage of 000_9b5e0b9e7a90fd7e", though the seed
 * opens with a bold title line, which is the document's title.
 */
describe('lineage citations: the seed statement against the illustrative draft', () => {
  let out: string;
  let lineage: Lineage;
  let index: string;
  let report: string;

  beforeAll(async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-lineage-cite-'));
    const corpus = join(work, 'corpus');
    await mkdir(corpus);
    await copyFile(DRAFT, join(corpus, basename(DRAFT)));
    out = join(work, 'out');
    lineage = (await runBatch({ corpus, out, target: SEED, cacheDir: join(work, 'cache'), jobs: 1, generatedAt: '2026-01-01T00:00:00Z' })).lineage!;
    index = await readFile(join(out, 'index.html'), 'utf8');
    const record = JSON.parse((await readFile(join(out, 'results.jsonl'), 'utf8')).trim()) as PairRecord;
    report = await readFile(join(out, record.html!), 'utf8');
  });

  /** What the pair report cites a paragraph by: its side's link text at the paragraph's anchor (`#p-left-7` for the draft's `¶ 7`). */
  const reportCitation = (side: 'left' | 'right', index: number, label: string | null = null): string => {
    const anchor = paragraphAnchor(side, { index, label });
    // The paragraph and its label link carry their writing direction (`dir`, session 16).
    const found = new RegExp(`id="${anchor}"(?: dir="auto")?><a href="#${anchor}"(?: dir="ltr")?>([^<]*)</a>`).exec(report);
    if (!found) throw new Error(`the pair report has no paragraph #${anchor}`);
    return found[1];
  };

  /** The lineage list item of a target paragraph in the index. */
  const lineageItem = (index0: number): string => {
    const found = new RegExp(`<li id="target-p-${index0 + 1}"[^>]*>([\\s\\S]*?)</li>\\s*(?:<li id="target-p-|</ol>)`).exec(index);
    if (!found) throw new Error(`the index has no lineage item for target paragraph ${index0 + 1}`);
    return found[1];
  };

  it('cites every traced source paragraph, in the lineage list, the target view and lineage.json, as the pair report does', () => {
    const traced = lineage.paragraphs.filter((paragraph) => paragraph.sources.length > 0);
    // 19 searched paragraphs, and the date line, too short to search the corpus for, that the pair report aligns with the draft's.
    expect(traced).toHaveLength(20);
    for (const paragraph of traced) {
      const [source] = paragraph.sources;
      expect(source.document).toBe('2024-draft-illustrative');
      const expected = source.paragraphs.map((k, i) => reportCitation('left', k, source.labels?.[i] ?? null)).join('+');
      const href = `pairs/2024-draft-illustrative__000_9b5e0b9e7a90fd7e.html#${paragraphAnchor('left', { index: source.paragraphs[0], label: source.labels?.[0] ?? null })}`;
      // The lineage list: the source's link, with the citation the pair report shows at the paragraph it links to.
      expect(lineageItem(paragraph.index)).toContain(`<a href="${href}">2024-draft-illustrative ${escaped(expected)}</a>`);
      // The target view's cell names both ends as the pair report does (a heading line by its words, not a number).
      const words = paragraph.text.split(' ');
      const target = paragraph.heading ? `heading “${words.slice(0, 8).join(' ')}${words.length > 8 ? '…' : ''}”` : reportCitation('right', paragraph.index, paragraph.label ?? null);
      expect(index).toContain(`href="${href}" aria-label="Target ${escaped(target)} in 2024-draft-illustrative (2024-10-25) ${escaped(expected)}: `);
      // The target paragraph itself, in the list, is cited as the pair report's newer side cites it.
      if (!paragraph.heading) expect(lineageItem(paragraph.index)).toContain(`<span class="citation">${escaped(reportCitation('right', paragraph.index, paragraph.label ?? null))}</span>`);
    }
    // The cases the user read: the draft's `1.` (after its title and date lines), its `10.` + `11.`: cited by the
    // numbers the draft prints (session 13; before: `¶ 3 (1.)`, `¶ 12 (10.)+¶ 13 (11.)`, the running count first).
    expect(lineage.paragraphs[2].sources[0]).toMatchObject({ paragraphs: [2], labels: ['¶ 1'], numbers: ['1.'] });
    expect(reportCitation('left', 2, '¶ 1')).toBe('¶ 1');
    expect(lineageItem(2)).toContain('>2024-draft-illustrative ¶ 1</a> — modified, 100%');
    expect(lineage.paragraphs[10].sources[0]).toMatchObject({ paragraphs: [11, 12], labels: ['¶ 10', '¶ 11'], numbers: ['10.', '11.'], kind: 'merged' });
    expect(lineageItem(10)).toContain('>2024-draft-illustrative ¶ 10+¶ 11</a> — merged, 100%');
    // The draft's title line prints no number: a heading line, named so, as the report names it; 55 % as the pair
    // report scores it (the lineage's own search gave 58 %, term weights from the two lines alone: trial 14a).
    expect(lineageItem(0)).toContain('>2024-draft-illustrative heading 1</a> — modified, 55%');
  });

  it("titles the lineage with the seed's own title and lists its title and date lines as headings, not as ¶ 1 and ¶ 2", () => {
    expect(index).toContain(
      '<h2 id="lineage-title">Lineage of Joint Statement of the First Ministerial Conference of the Russia-Africa Partnership Forum on measures to create a fair and equitable system of International Information Security, Sochi, 10 November, 2024 <span class="muted">(000_9b5e0b9e7a90fd7e)</span></h2>',
    );
    expect(lineage.paragraphs.slice(0, 3).map((paragraph) => [paragraph.text.slice(0, 20), paragraph.heading ?? false])).toEqual([
      ['Joint Statement of t', true],
      ['11-11-2024', true],
      ['We, the Foreign Mini', false],
    ]);
    expect(lineageItem(0)).toMatch(/^\s*<div class="text">Joint Statement of the First/);
    expect(lineageItem(1)).toMatch(/^\s*<div class="text">11-11-2024<\/div>/);
    expect(index).toContain('<li id="target-p-1" class="heading">');
    expect(index).toMatch(/<a href="#target-p-1">Heading<\/a> <span class="excerpt">Joint Statement of the First Ministerial Conference of…<\/span>/);
    // The seed's first paragraph is its ¶ 1, after the title and the date line (session 13; before: ¶ 3).
    expect(index).toMatch(/<a href="#target-p-3">¶ 1<\/a> <span class="excerpt">We, the Foreign Ministers/);
    expect(index).not.toMatch(/<a href="#target-p-[12]">¶/);
  });
});

/**
 * A resolution as the target: its paragraphs are cited by the labels the UN prints, in the lineage as in the pair
 * report (the target's labels were left out of lineage.json, so the index cited `PP 1` as `¶ 2`).
 */
describe.skipIf(!ICT_READY)(`lineage citations of a resolution target (${ICT_READY ? 'A/RES/73/266 → A/RES/75/32' : SHARED_MISSING})`, () => {
  it('cites the target and its sources by their labels, as the pair report does', async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-lineage-cite-un-'));
    const corpus = join(work, 'corpus');
    await mkdir(corpus);
    await copyFile(join(ICT, 'A_RES_73_266.txt'), join(corpus, 'A_RES_73_266.txt'));
    const out = join(work, 'out');
    const lineage = (await runBatch({ corpus, out, target: join(ICT, 'A_RES_75_32.txt'), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: '2026-01-01T00:00:00Z' })).lineage!;
    const index = await readFile(join(out, 'index.html'), 'utf8');
    const record = JSON.parse((await readFile(join(out, 'results.jsonl'), 'utf8')).trim()) as PairRecord;
    const report = await readFile(join(out, record.html!), 'utf8');
    // "The General Assembly," is named `formula` (trial 14b); the pair report aligns it unchanged, and so does the
    // lineage (trial 14a).
    expect(lineage.paragraphs.slice(0, 3).map((paragraph) => [paragraph.label, paragraph.sources.map((source) => source.labels)])).toEqual([
      ['formula', [['formula']]],
      ['PP 1', [['PP 1']]],
      ['PP 2', [['PP 2']]],
    ]);
    // Printed labels only: the names redline gives unnumbered lines (`formula`, `heading n`) have no numbered anchor.
    const traced = lineage.paragraphs.filter((paragraph) => paragraph.sources.length > 0 && paragraph.label && !/^(formula|heading \d+)$/.test(paragraph.label));
    expect(traced.length).toBeGreaterThan(10);
    for (const paragraph of traced) {
      const [source] = paragraph.sources;
      const cited = (side: 'old' | 'new', label: string): string => {
        const anchor = `${side}-${label.replace(/\s*\(([^)]*)\)/g, '-$1').replace(/\./g, '').replace(/([A-Za-z])\s+(?=\d)/g, '$1').trim().replace(/\s+/g, '-')}`;
        return new RegExp(`id="${anchor}"(?: dir="auto")?><a href="#${anchor}"(?: dir="ltr")?>([^<]*)</a>`).exec(report)?.[1] ?? `(no #${anchor})`;
      };
      expect(index).toContain(`<span class="citation">${cited('new', paragraph.label!)}</span>`);
      expect(index).toContain(`aria-label="Target ${cited('new', paragraph.label!)} in A/RES/73/266 (2018-12-22) ${source.labels!.map((label) => cited('old', label!)).join('+')}: `);
    }
  });
});
