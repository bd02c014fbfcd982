import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isContentsLine, isLetterSpacedLine, isPageFurnitureLine } from '../../src/ingest/un-furniture.js';
import { segmentParagraphs } from '../../src/ingest/segment.js';
import { compare } from '../../src/index.js';
import { keyChanges } from '../../src/report/key-changes.js';
import { HAS_SHARED, SHARED_DATA } from '../helpers/paths.js';

/*
 * Session 12, a researcher comparing national cyber security strategies (PDF-extracted plain texts): most findings of
 * UK 2011 → 2016 were page numbers ("22"), contents lines ("FOREWORD .....6") and letter-spaced running heads
 * ("18 T H E N A T I O N A L …"); 6 of the report's 8 key changes were contents lines. Every line below is a real line
 * of `national-cyber-strategies` (file named), but where said.
 */
const STRATEGIES = join(SHARED_DATA, 'national-cyber-strategies');
const dots = (count: number) => '.'.repeat(count);
const spaced = (count: number) => Array(count).fill('.').join(' ');

describe('isPageFurnitureLine: page furniture of any PDF-extracted text', () => {
  it('a page number alone: "22" (UK 2016), "Page  1 of  12" (NL 2012), "- 10 -" and "-1-" (Ireland 2015)', () => {
    for (const line of ['22', '1', 'Page  1 of  12', 'Page 3 of 9', '- 10 -', '-1-']) expect(isPageFurnitureLine(line), line).toBe(true);
  });

  it('a page number beside a bar and "Page", spaced or not: "11 | P a g e" (Mauritius 2014, trial 21-b D9), "8|Page"; not a sentence or a date', () => {
    for (const line of ['11 | P a g e', '49 | P a g e', '8|Page', 'Page | 4']) expect(isPageFurnitureLine(line), line).toBe(true);
    for (const line of ['11-11-2024', 'C-11', '11 | Pages of the report', 'Page 11 of the strategy sets out']) expect(isPageFurnitureLine(line), line).toBe(false);
  });

  it('a contents line: title, dot leader, page number (UK 2016, US 2009), leaders alone, several entries on one line (US 2003)', () => {
    const lines = [
      `FOREWORD ${dots(99)}6`, // UK 2016
      `PREFACE${dots(104)}7`,
      `Vulnerabilities ${dots(96)}22`,
      `Protecting our critical national infrastructure and other priority sectors${dots(4)}39`,
      `Executive Summary${dots(105)} iii`, // US 2009: front pages in Roman numerals
      `Preface${dots(132)} `, // US 2009: the leader ends the line, its number on the next
      `${spaced(29)}55`, // US 2003: the leader wrapped onto its own line
      `Conclusion: The Way Forward ${spaced(54)}.53 Appendix: Actions and Recommendations (A/R) Summary`, // US 2003
      'FOREWORD \u2026\u20266', // an ellipsis character as the leader (not in these files)
    ];
    for (const line of lines) expect(isContentsLine(line), line).toBe(true);
  });

  it('a letter-spaced line, its page number at either end (US 2003, US 2009)', () => {
    const lines = [
      'E X E C U T I V E',
      '18 T H E N A T I O N A L S T R A T E G Y T O S E C U R E C Y B E R S P A C E',
      'T H E N AT I O N A L S T R AT E G Y T O S E C U R E C Y B E R S PA C E 7',
      'viii T H E N A T I O N A L S T R A T E G Y T O S E C U R E C Y B E R S P A C E',
      'C O N C L U S I O N : T H E',
      'S h a r i n g r E S P o n S i b i li t y f o r c y b Er S E c u r i t y',
    ];
    for (const line of lines) expect(isLetterSpacedLine(line), line).toBe(true);
  });

  it('counter-cases: numbered paragraphs, list items, headings, ellipses in prose, a year, short spaced runs stay text', () => {
    const lines = [
      '22. The Government will work with industry', // the researcher's example of a numbered paragraph
      '1. Cyberspace: Driving growth and strengthening society', // UK 2011
      '4.25 While having the right legislation in place is essential, this must also be supported by a', // UK 2011
      '1.1.', // UK 2016: a label on its own line
      '10. Action plan', // Afghanistan 2014
      'A networked world...', // UK 2011: a pull quote
      '...and which will continue to grow 1.11 Since the 1970s, we have witnessed remarkable transformational change that has helped drive the growth of cyberspace. The amount of information created or replicated using', // UK 2011
      '. . . [and] preserve the vibrant and competitive free market that presently exists', // US 2009
      'and so on... 3 more', // an ellipsis before a number in prose (made up)
      '2016', // a year alone
      'Page 1234',
      'NATIONAL CYBER SECURITY STRATEGY 2016-2021', // UK 2016's title
      'a b c d e f g', // 7 single letters
      'SECURE CYBERSPACE F E B R U A R Y', // US 2003: words among the letters
      '• Performing and funding research and development along with other agencies', // US 2003
      'Implementation Note issued December 11, 2019', // FOMC
    ];
    for (const line of lines) expect(isPageFurnitureLine(line), line).toBe(false);
  });
});

describe('segmentParagraphs: page furniture is no paragraph', () => {
  it.skipIf(!HAS_SHARED)('US 2003 p. ix: a sentence cut by a page break and its running heads rejoins as one paragraph', () => {
    const lines = readFileSync(join(STRATEGIES, 'united-states_2003_us-1.txt'), 'utf8').split('\n');
    const from = lines.findIndex((line) => line.startsWith('Department of Homeland Security and Cyberspace Security On November 25'));
    const to = lines.findIndex((line) => line.startsWith('the private sector, academia, and the public; and'));
    const excerpt = lines.slice(from, to + 1);
    expect(excerpt.filter((line) => line.trim() !== '').slice(1, 3)).toEqual(['T H E N A T I O N A L S T R A T E G Y T O S E C U R E C Y B E R S P A C E ix', 'E X E C U T I V E']);
    expect(segmentParagraphs(excerpt.join('\n')).map((paragraph) => paragraph.text)).toEqual([`${lines[from].trim()} ${lines[to].trim()}`]);
  });

  it('drops a page number and a contents line; a numbered paragraph stays', () => {
    const source = ['The Government will act.', '', '22', '', `Threats ${dots(106)}17`, '', '22. The Government will act.'].join('\n');
    expect(segmentParagraphs(source).map((paragraph) => [paragraph.number, paragraph.text])).toEqual([
      [null, 'The Government will act.'],
      ['22.', 'The Government will act.'],
    ]);
  });

  it('counter-case: a unit of lines keeps every line, page numbers too', () => {
    expect(segmentParagraphs('Threats\n22\nE X E C U T I V E', 0, { unit: 'line' }).map((paragraph) => paragraph.text)).toEqual(['Threats', '22', 'E X E C U T I V E']);
  });

  it.skipIf(!HAS_SHARED)('UK 2016: no paragraph is a page number, a contents line or a letter-spaced line; its numbered sections stay', () => {
    const paragraphs = segmentParagraphs(readFileSync(join(STRATEGIES, 'united-kingdom_2016_national_cyber.txt'), 'utf8'));
    expect(paragraphs.filter((paragraph) => isPageFurnitureLine(paragraph.text)).map((paragraph) => paragraph.text)).toEqual([]);
    expect(paragraphs.some((paragraph) => paragraph.text === 'EXECUTIVE SUMMARY' && paragraph.number === '1.')).toBe(true);
  });
});

describe('UK cyber security strategy 2011 → 2016 (pair)', () => {
  it.skipIf(!HAS_SHARED)('no key change, finding or signal comes from a contents line or a page number', async () => {
    const result = await compare(join(STRATEGIES, 'united-kingdom_2011_uk.txt'), join(STRATEGIES, 'united-kingdom_2016_national_cyber.txt'));
    const comparison = result.comparisons[0];
    const [left, right] = result.documents;
    const furniture = (indices: readonly number[], paragraphs: typeof left.paragraphs) => indices.some((index) => isPageFurnitureLine(paragraphs[index].text));
    expect(comparison.findings.filter((finding) => furniture(finding.left, left.paragraphs) || furniture(finding.right, right.paragraphs))).toEqual([]);
    const keys = keyChanges(comparison, left.paragraphs, right.paragraphs).slice(0, 8).map(({ line }) => line.text);
    expect(keys).toHaveLength(8);
    expect(keys.filter((line) => /\.{3}|^(?:new|dropped) ¶ \d+: \d{1,3}$/.test(line))).toEqual([]);
  });
});

describe.skipIf(!HAS_SHARED)('the footer "N | P a g e" read out of Mauritius 2014 (real text)', () => {
  it('no paragraph of the strategy is a "N | P a g e" footer line (15 were, "heading 30" among them)', async () => {
    const { loadDocument } = await import('../../src/ingest/load-document.js');
    const document = await loadDocument(join(STRATEGIES, 'mauritius_2014_mauritius.txt'));
    expect(readFileSync(join(STRATEGIES, 'mauritius_2014_mauritius.txt'), 'utf8')).toContain('11 | P a g e');
    // (One footer the text export glued inside a sentence, "IT based 15 | P a g e products", stays in its paragraph.)
    expect(document.paragraphs.filter((paragraph) => /^\d+\s*\|\s*P a g e$/.test(paragraph.text.trim())).map((paragraph) => paragraph.text)).toEqual([]);
  });
});
