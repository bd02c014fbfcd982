import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { captureCliIo } from '../helpers/cli-capture.js';

const TEXTS = join(SHARED_DATA, 'un-resolutions/texts');
const L9 = join(TEXTS, 'drafts', 'A_C.1_80_L.9.txt');
const L12 = join(TEXTS, 'drafts', 'A_C.6_80_L.12.txt');
const RES_80_46 = join(TEXTS, 'series', 'the-arms-trade-treaty', 'A_RES_80_46.txt');
const RES_80_168 = join(TEXTS, 'series', 'the-scope-and-application-of-the-principle-of-universal-juri', 'A_RES_80_168.txt');

/** A copy of a real adopted text with one revision a Committee would make orally, written to a scratch folder (never committed). */
async function revised(source: string, name: string, revise: (text: string) => string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'redline-adopted21-'));
  const text = await readFile(source, 'utf8');
  const changed = revise(text);
  expect(changed).not.toBe(text);
  const path = join(folder, name);
  await writeFile(path, changed);
  return path;
}

/** 80/168 with its title line and running head revised, as the Sixth Committee would orally (OP 6's agenda item keeps its words). */
function retitled(text: string): string {
  let count = 0;
  return text.replace(/The scope and application of the principle of universal jurisdiction/g, (found) => (++count <= 2 ? 'The scope and application of universal jurisdiction' : found));
}

/** 80/46 with PP 5 ("Recognizing the legitimate …") moved after PP 7 ("Emphasizing the responsibility …"). */
function movePp5(text: string): string {
  const pp5 = 'Recognizing the legitimate political, security, economic and commercial \ninterests of States in the international trade in conventional arms, \n \n';
  const pp7End = 'international trade in conventional arms, \n';
  const without = text.replace(pp5, '');
  const at = without.indexOf(pp7End, without.indexOf('Emphasizing the responsibility of all States')) + pp7End.length;
  return `${without.slice(0, at)} \n${pp5.replace(/ \n \n$/, ' \n')}${without.slice(at)}`;
}

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const io = captureCliIo();
  const code = await run(args, io);
  return { code, out: io.out() };
}

/**
 * Trial 21-a (a Documentation Division editor writing the record note "adopted without change"): a title, a footnote
 * or a paragraph's place revised at adoption was said "No changes", "Technical update … yearly succession" and, in the
 * digest and the history, "adopted without textual change". Each is a change in the text, named.
 */
describe.skipIf(!HAS_SHARED)(`a draft against its adopted text names every change in the text${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('D1: the title orally revised is a change ("title changed: … → …"), never "No changes" nor "adopted without textual change"', async () => {
    const adopted = await revised(RES_80_168, 'A_RES_80_168.txt', (text) => retitled(text));
    const compare = await cli(['compare', L12, adopted]);
    expect(compare.out).not.toContain('No changes');
    expect(compare.out).toContain('\n  Changed in the text (nothing negotiated): title changed: “The scope and application of the principle of universal jurisdiction” → “The scope and application of universal jurisdiction”.\n');
    const history = await cli(['history', L12, adopted]);
    expect(history.out).toContain('    A/C.6/80/L.12 → 80/168: 1 in the text\n      title changed: “The scope and application of the principle of universal jurisdiction” → “The scope and application of universal jurisdiction”\n');
    expect(history.out).not.toContain('adopted without textual change');
  }, 60_000);

  it('D2: a footnote revised at adoption is counted and named in compare, history and the digest, never a technical update', async () => {
    const adopted = await revised(RES_80_46, 'A_RES_80_46.txt', (text) => text.replace('9 A/CONF.192/2024/RC/3. \n', '9 A/CONF.192/2024/RC/3, annex. \n'));
    const compare = await cli(['compare', L9, adopted]);
    expect(compare.out).not.toContain('Technical update');
    expect(compare.out).toContain('\n  Changed in the text (nothing negotiated): OP 11, footnote 9 changed: A/CONF.192/2024/RC/3 → A/CONF.192/2024/RC/3, annex.\n');
    const history = await cli(['history', L9, adopted]);
    expect(history.out).toContain('    A/C.1/80/L.9 → 80/46: 1 in the text\n      OP 11, footnote 9 changed: A/CONF.192/2024/RC/3 → A/CONF.192/2024/RC/3, annex\n');
    expect(history.out).not.toContain('adopted without textual change');
    const corpus = join(adopted, '..');
    await copyFile(L9, join(corpus, 'A_C.1_80_L.9.txt'));
    const out = join(corpus, '..', `${corpus.split('/').pop()}-out`);
    await mkdir(out, { recursive: true });
    expect((await cli(['batch', '--mode', 'chain', '--corpus', corpus, '--out', out, '-j', '1', '--no-cache'])).code).toBe(0);
    const digest = await readFile(join(out, 'digest.md'), 'utf8');
    expect(digest).toContain('A/C.1/80/L.9 → A/RES/80/46 (draft): 1 change in the text: OP 11, footnote 9 changed: A/CONF.192/2024/RC/3 → A/CONF.192/2024/RC/3, annex\n');
    const json = JSON.parse(await readFile(join(out, 'digest.json'), 'utf8')) as { series: Array<{ steps: Array<{ technicalUpdate: boolean; textChanges?: string[] }> }> };
    expect(json.series[0].steps[0]).toMatchObject({ technicalUpdate: false, textChanges: ['OP 11, footnote 9 changed: A/CONF.192/2024/RC/3 → A/CONF.192/2024/RC/3, annex'] });
  }, 120_000);

  it('D3: a paragraph moved at adoption is a change in the text, never "no change"', async () => {
    const adopted = await revised(RES_80_46, 'A_RES_80_46.txt', movePp5);
    const compare = await cli(['compare', L9, adopted]);
    expect(compare.out).toContain('\n  renumbered: PP 6–7 → PP 5–6, PP 5 → PP 7\n  Changed in the text (nothing negotiated): PP 5 moved (now PP 7).\n');
    const history = await cli(['history', L9, adopted]);
    expect(history.out).toContain('    A/C.1/80/L.9 → 80/46: 1 in the text\n      PP 5 moved (now PP 7)\n');
    expect(history.out).not.toMatch(/no change|adopted without textual change/);
  }, 60_000);

  it('the real drafts adopted as they stood are still "adopted without textual change" (80/46 from A/C.1/80/L.9)', async () => {
    const history = await cli(['history', L9, RES_80_46]);
    expect(history.out).toContain('    A/C.1/80/L.9 → 80/46: adopted without textual change\n');
    const compare = await cli(['compare', L9, RES_80_46]);
    expect(compare.out).toContain('\n  No changes: every paragraph is unchanged.\n');
  }, 60_000);

  it('D6: the Word memo of an unchanged text says "No change in text", as the terminal and the HTML do', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'redline-adopted21-docx-'));
    const memo = join(folder, 'note.docx');
    expect((await cli(['compare', join(TEXTS, 'drafts', 'A_80_L.6.txt'), join(TEXTS, 'series', 'necessity-of-ending-the-economic-commercial-and-financial-em', 'A_RES_80_4.txt'), '-o', memo])).code).toBe(0);
    const xml = await (await JSZip.loadAsync(await readFile(memo))).file('word/document.xml')!.async('string');
    expect(xml).toContain('No change in text: every paragraph is unchanged and in place.');
    expect(xml).not.toContain('or nothing changed');
  }, 60_000);

  it('D9: a sponsor added to a revised draft is said as "sponsors added: Zambia", not two lists of 56 and 57 names', async () => {
    const rev1 = await revised(L9, 'A_C.1_80_L.9_Rev.1.txt', (text) => text.replaceAll('A/C.1/80/L.9', 'A/C.1/80/L.9/Rev.1').replace('8 October 2025', '27 October 2025').replace('Northern Ireland and Uruguay: draft resolution', 'Northern Ireland, Uruguay and Zambia: revised draft resolution'));
    const compare = await cli(['compare', L9, rev1]);
    expect(compare.out).toContain('\n    sponsors: 56 → 57 (sponsors added: Zambia)\n');
    expect(compare.out).not.toContain('Uruguay, Zambia');
    const history = await cli(['history', L9, rev1]);
    expect(history.out).toContain('\n      sponsors: 56 → 57 (sponsors added: Zambia)\n');
  }, 60_000);

  it('D14 and D2: oral revisions are key changes in the text\'s order (PP 3 first), the footnote revised among them named too', async () => {
    const adopted = await revised(RES_80_46, 'A_RES_80_46.txt', (text) =>
      text
        .replace('Recognizing also the security, social, economic', 'Recognizing also the security, economic')
        .replace('to ratify, accept, approve or', 'to consider ratifying, accepting, approving or')
        .replace('Stresses the vital importance', 'Stresses the importance')
        .replace('9 A/CONF.192/2024/RC/3. \n', '9 A/CONF.192/2024/RC/3, annex. \n')
        .replace('17. Encourages eligible States', '17. Strongly encourages eligible States'),
    );
    const compare = await cli(['compare', L9, adopted]);
    // Before: OP 6, OP 9, OP 17, then PP 3 (ranked), and the note in no summary.
    expect(compare.out).toMatch(/\n  key changes:\n    PP 3: [^\n]*\n    OP 6: [^\n]*\n    OP 9: [^\n]*\n    OP 17: [^\n]*\n/);
    // The four oral revisions carry their directions since sig21b (trial 21-a D7): the summary counts the signals.
    expect(compare.out).toContain('\n  1 commitment strengthened, 1 hedge added, 1 stance weakened. Also changed in the text: OP 11, footnote 9 changed: A/CONF.192/2024/RC/3 → A/CONF.192/2024/RC/3, annex.\n');
    const history = await cli(['history', L9, adopted]);
    expect(history.out).toContain('    A/C.1/80/L.9 → 80/46: 4 substantive · 1 in the text\n');
    expect(history.out).toMatch(/\n      #4 PP 3: [^\n]*\n      #\d+ OP 6: [^\n]*\n      #\d+ OP 9: [^\n]*\n      #\d+ OP 17: [^\n]*\n      OP 11, footnote 9 changed: A\/CONF\.192\/2024\/RC\/3 → A\/CONF\.192\/2024\/RC\/3, annex\n/);
  }, 60_000);

  it('D8: an operative paragraph split in two at adoption is a key change that says the later OPs were renumbered', async () => {
    const res200 = join(TEXTS, 'series', 'combating-intolerance-negative-stereotyping-stigmatization-d', 'A_RES_80_200.txt');
    const split = await revised(res200, 'A_RES_80_200.txt', (text) => {
      const seam = 'international levels, and urges all \n';
      const at = text.indexOf(seam);
      expect(at).toBeGreaterThan(0);
      // OP 7–12 become OP 8–13 after the new OP 7.
      const after = text.slice(at + seam.length).replace(/^(7|8|9|10|11|12)\. /gm, (_, number: string) => `${Number(number) + 1}. `);
      return `${text.slice(0, at)}international levels; \n \n7. \nUrges all \n${after}`;
    });
    const compare = await cli(['compare', res200, split]);
    expect(compare.out).toContain('\n  key changes:\n    OP 6 split into OP 6 and OP 7; later paragraphs renumbered\n');
    expect(compare.out).toContain('\n  Changed in the text (nothing negotiated): OP 6 split into OP 6 and OP 7; later paragraphs renumbered.\n');
    expect(compare.out).toContain('\n  renumbered: OP 7–12 → OP 8–13\n');
  }, 60_000);

  it('D10: the history says once per step that a paragraph was renumbered (text and HTML), as compare does', async () => {
    const rev1 = await revised(L9, 'A_C.1_80_L.9_Rev.1.txt', (text) => {
      const [from, to] = [text.indexOf('19. Encourages States Parties'), text.indexOf('20. Decides to include')];
      expect(from).toBeGreaterThan(0);
      return `${text.slice(0, from)}19. ${text.slice(to + '20. '.length)}`.replaceAll('A/C.1/80/L.9', 'A/C.1/80/L.9/Rev.1');
    });
    expect((await cli(['compare', L9, rev1])).out).toContain('\n  renumbered: OP 20 → OP 19\n');
    const history = await cli(['history', L9, rev1]);
    expect(history.out).toMatch(/\n    A\/C\.1\/80\/L\.9 → A\/C\.1\/80\/L\.9\/Rev\.1: 1 dropped\n      #\d+ dropped OP 19: [^\n]*\n      renumbered: OP 20 → OP 19\n/);
    expect(history.out.match(/renumbered: OP 20 → OP 19/g)).toHaveLength(1);
    const html = join(rev1, '..', 'history.html');
    expect((await cli(['history', L9, rev1, '-o', html])).code).toBe(0);
    expect((await readFile(html, 'utf8')).match(/renumbered: OP 20 → OP 19/g)).toHaveLength(1);
  }, 60_000);

  it('D1: the batch pairs a draft with its adopted text retitled at adoption (same session, committee and agenda item, same text)', async () => {
    const adopted = await revised(RES_80_168, 'A_RES_80_168.txt', (text) => retitled(text));
    const corpus = join(adopted, '..');
    const series = join(RES_80_168, '..');
    for (const name of ['A_RES_78_113.txt', 'A_RES_79_127.txt']) await copyFile(join(series, name), join(corpus, name));
    await copyFile(L12, join(corpus, 'A_C.6_80_L.12.txt'));
    const out = `${corpus}-out`;
    const batch = await cli(['batch', '--mode', 'chain', '--corpus', corpus, '--out', out, '-j', '1', '--no-cache']);
    expect(batch.code).toBe(0);
    // Before: "3 series …; the adopted text of draft A/C.6/80/L.12 is not in the corpus".
    expect(batch.out).toMatch(/^redline batch: 4 documents \(1 series by UN title\), 3 pairs: /);
    const digest = await readFile(join(out, 'digest.md'), 'utf8');
    expect(digest).toContain('A/C.6/80/L.12 → A/RES/80/168 (draft): 1 change in the text: title changed: “The scope and application of the principle of universal jurisdiction” → “The scope and application of universal jurisdiction”\n');
    expect(digest).not.toContain('not in the corpus');
  }, 120_000);
});
