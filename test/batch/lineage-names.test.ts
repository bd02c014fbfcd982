import { copyFile, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { differentAgendaItems, longestLanguagePhrase, sharesLanguage, SOURCE_PHRASE_CONTENT_WORDS, withoutSharedNames } from '../../src/batch/lineage-names.js';
import type { Lineage } from '../../src/types.js';
import { SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

describe('sharesLanguage: a shared phrase is language, not only a name', () => {
  const npt = 'the Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons';
  it('rejects a treaty conference title shared whole (13 words, every content word capitalised)', () => {
    expect(sharesLanguage(`Today we will introduce a draft resolution ahead of ${npt} in 2020.`, `We look to ${npt}, to be held in 2010, to succeed.`)).toBe(false);
  });
  it('accepts two names joined by language of their own (trial 17-c D2, Russia 2019 ¶ 8 ← 2018 ¶ 16)', () => {
    const phrase = 'the Chemical Weapons Convention and the exclusive prerogatives of the Security Council';
    expect(sharesLanguage(`This undermines ${phrase} today.`, `Such attempts erode ${phrase} and must stop.`)).toBe(true);
  });
  it('counts a phrase cut by a word of its own by its pieces (Nigeria 2014 against the US 2009 review)', () => {
    expect(sharesLanguage('Government cannot succeed in the many facets of securing National cyberspace if it works in isolation.', 'The Federal government cannot succeed in the many facets of securing cyberspace if it works in isolation.')).toBe(true);
  });
  it('does not count words shared outside a phrase of four', () => {
    expect(sharesLanguage('the exclusive prerogatives matter', 'prerogatives that are exclusive')).toBe(false);
  });
});

const RUS = join(SHARED_DATA, 'ungdc/RUS');
const TARGET = join(RUS, 'RUS_2019_S74.txt');
const HAS_RUS = existsSync(TARGET);

/**
 * Trial 17-c D2: Russia 2019 ¶ 16 ("Today I would like to announce … a draft resolution …") was `partial` from 2009
 * ¶ 14 (the 2010 NPT Review Conference) through the Treaty's conference name alone (similarity 0.2037, containment
 * 0.3699); ¶ 8 ← 2018 ¶ 16 shares a real phrase of the OPCW complaint and stays.
 */
describe.skipIf(!HAS_RUS)(`lineage does not trace a paragraph through a shared name (${HAS_RUS ? 'Russia 2019 against 2000–2018' : SHARED_MISSING})`, () => {
  let lineage: Lineage;
  beforeAll(async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-lineage-names-'));
    const corpus = join(work, 'rus');
    await mkdir(corpus);
    for (const file of await readdir(RUS)) if (/^RUS_20[01]\d_/.test(file) && file !== 'RUS_2019_S74.txt') await copyFile(join(RUS, file), join(corpus, file));
    const summary = await runBatch({ corpus, target: TARGET, out: join(work, 'out'), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: '2026-01-01T00:00:00Z', html: false });
    lineage = summary.lineage!;
  }, 300_000);

  it('traces ¶ 8 to 2018 ¶ 16 (partial) and nothing else', () => {
    const traced = lineage.paragraphs.filter((paragraph) => paragraph.status === 'traced');
    expect(traced.map((paragraph) => [paragraph.label, paragraph.sources.map((source) => `${source.document} ${(source.labels ?? []).join('+')} ${source.kind}`)])).toEqual([
      ['¶ 8', ['RUS_2018_S73 ¶ 16 partial']],
    ]);
  });
  it('leaves ¶ 16 untraced, with 2009 nowhere among its sources', () => {
    const paragraph = lineage.paragraphs.find((candidate) => candidate.label === '¶ 16')!;
    expect(paragraph.status).toBe('new');
    expect(paragraph.sources).toEqual([]);
  });
});

describe('withoutSharedNames and differentAgendaItems: what a source must share beyond names and formulas (trial 19-b D1)', () => {
  const gge = 'Taking note of the reports of the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security,';
  it('takes a shared capitalised title out of both texts, quoted and lower-case in one of them', () => {
    const agenda = 'Also decides to include in the provisional agenda of its seventy-sixth session the item entitled “Developments in the field of information and telecommunications in the context of international security”.';
    expect(withoutSharedNames(agenda, gge)).toEqual({
      text: 'also decides to include in the provisional agenda of its seventy sixth session the item entitled',
      source: 'taking note of the reports of the group of governmental experts on',
    });
  });
  it('is null when the two texts share no name', () => {
    expect(withoutSharedNames('Stressing the importance of capacity-building,', 'Stressing the importance of confidence-building measures,')).toBeNull();
  });
  it('keeps a phrase of three content words carried beyond the names (78/16 PP 8 ← 73/266 OP 1 (a))', () => {
    const residue = withoutSharedNames(
      'Calling upon Member States to be guided in their use of information and communications technologies by the assessments and recommendations of the 2010, 2013 and 2015 Groups of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security,',
      'To be guided in their use of information and communications technologies by the 2010, 2013 and 2015 reports of the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security;',
    )!;
    expect(longestLanguagePhrase(residue.text, residue.source)).toBeGreaterThanOrEqual(SOURCE_PHRASE_CONTENT_WORDS);
    expect(longestLanguagePhrase(...Object.values(withoutSharedNames('Welcoming the effective work of the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security,', gge)!) as [string, string])).toBeLessThan(SOURCE_PHRASE_CONTENT_WORDS);
  });
  it('tells agenda decisions of two items apart, and one item in two sessions alike', () => {
    const cyber = 'Decides to include in the provisional agenda of its seventy-sixth to seventy-eighth sessions the item entitled “Countering the use of information and communications technologies for criminal purposes”.';
    const ict74 = 'Decides to include in the provisional agenda of its seventy-fourth session the item entitled “Developments in the field of information and telecommunications in the context of international security”.';
    const ict76 = 'Also decides to include in the provisional agenda of its seventy-sixth session the item entitled “Developments in the field of information and telecommunications in the context of international security”.';
    expect(differentAgendaItems(cyber, ict74)).toBe(true);
    expect(differentAgendaItems(ict76, ict74)).toBe(false);
    expect(differentAgendaItems(ict76, gge)).toBe(false);
  });
});

const ICT = join(SHARED_DATA, 'un-resolutions/texts/ict-security');
const ICT_PDF = join(SHARED_DATA, 'un-resolutions/pdf/A_RES_78_16.pdf');
const HAS_ICT = existsSync(ICT) && existsSync(ICT_PDF);

/**
 * Trial 19-b D1, the legal adviser's three targets against the ICT resolutions: a paragraph whose only shared wording
 * with another is the Group of Governmental Experts' title or the agenda formula of another item is no source; a
 * paragraph that carries wording beyond the names stays traced (78/16 PP 8 ← OP 1 + OP 1 (a), 75/282 OP 13 ← 74/247
 * OP 5).
 */
describe.skipIf(!HAS_ICT)(`lineage traces no paragraph through a shared title or agenda formula (${HAS_ICT ? 'ICT resolutions 73/187 to 78/16' : SHARED_MISSING})`, () => {
  const lineages = new Map<string, Lineage>();
  const sourcesOf = (target: string, label: string): string[] =>
    lineages
      .get(target)!
      .paragraphs.find((paragraph) => paragraph.label === label)!
      .sources.map((source) => `${source.document} ${(source.labels ?? []).join(' + ')} ${source.kind}`);
  beforeAll(async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-lineage-ict-'));
    const corpus = join(work, 'ict');
    await mkdir(corpus);
    for (const file of await readdir(ICT)) await copyFile(join(ICT, file), join(corpus, file));
    await copyFile(ICT_PDF, join(corpus, 'A_RES_78_16.pdf'));
    for (const target of ['A_RES_75_32.txt', 'A_RES_75_282.txt', 'A_RES_78_16.pdf']) {
      const summary = await runBatch({ corpus, target: join(corpus, target), out: join(work, target), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: '2026-01-01T00:00:00Z', html: false });
      lineages.set(target, summary.lineage!);
    }
  }, 300_000);

  it('75/32: the GGE title alone makes 73/187 PP 12 and 74/247 PP 13 the source of nothing', () => {
    for (const label of ['PP 10', 'OP 1 (a)', 'OP 4', 'OP 7']) expect(sourcesOf('A_RES_75_32.txt', label).filter((source) => /A_RES_73_187|A_RES_74_247/.test(source))).toEqual([]);
    expect(sourcesOf('A_RES_75_32.txt', 'OP 7')).toEqual(['A/RES/73/266 OP 6 modified', 'A/RES/74/28 OP 5 modified']);
  });
  it('75/282 OP 14 (the cybercrime item) comes from the cybercrime agenda paragraphs only; OP 13 keeps 74/247 OP 5', () => {
    expect(sourcesOf('A_RES_75_282.txt', 'OP 14')).toEqual(['A/RES/73/187 OP 3 modified', 'A/RES/74/247 OP 6 modified']);
    expect(sourcesOf('A_RES_75_282.txt', 'OP 13')).toEqual(['A/RES/74/247 OP 5 modified']);
  });
  it('78/16 OP 5 comes from the agenda paragraphs of its own item; PP 8 stays merged from OP 1 + OP 1 (a)', () => {
    expect(sourcesOf('A_RES_78_16.pdf', 'OP 5')).toEqual(['A/RES/73/266 OP 6 modified', 'A/RES/74/28 OP 5 modified', 'A/RES/75/32 OP 7 modified']);
    expect(sourcesOf('A_RES_78_16.pdf', 'PP 8')).toEqual(['A/RES/73/266 OP 1 + OP 1 (a) merged', 'A/RES/74/28 OP 1 + OP 1 (a) merged', 'A/RES/75/32 OP 1 + OP 1 (a) merged']);
  });
});
