import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchesWhereTheyCanStart, PATTERNS } from '../../../src/classify/signals/numbers.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../../helpers/paths.js';

/** The pattern's own scan against the scan from the places its matches can start: the same matches, in the same order. */
const sameMatches = (text: string): void => {
  for (const { category, regex, starts } of PATTERNS) {
    const own = [...text.matchAll(regex)].map((match) => [match.index, match[0]]);
    const fromStarts = matchesWhereTheyCanStart(text, regex, starts).map((match) => [match.index, match[0]]);
    expect(fromStarts, `${category} in ${JSON.stringify(text.slice(0, 80))}`).toEqual(own);
  }
};

describe('number patterns tried only where a match can start', () => {
  it('find what the patterns find on texts made of their words, in any case', () => {
    const words = fc.constantFrom(
      'by', 'BY', 'By', 'before', 'until', 'no later than', 'not later than', 'by the end of', 'deadline of', 'in time for', 'by its', 'the', 'its',
      'Twenty-first', 'twenty-first', 'THIRD', 'third', 'first', 'Second', 'fifth', 'sixtieth', 'session', 'sessions', 'Conference', 'meeting', 'regular',
      'from', 'between', 'to', 'and', 'up to', 'within', 'for', 'over', 'of', 'a period of', 'three', 'Five', 'hundred', 'million', 'years', 'year', 'months', 'period',
      '2024', '1999', '2030', '12', '3', '1,000', '4.5', '1/4', '%', 'per cent', 'percent', 'basis points', '-', '\u2013', 'January', 'October', '29', '15th',
      'agenda item', 'Agenda items', 'para.', 'paragraph', 'paragraphs', 'plenary meeting', '24-23049 (E)', 'Treaty;', 'States', ',', '.', ';', '\u201d', 'S\u017F', '\u212A',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), fc.constantFrom(' ', '', '\n'), (parts, glue) => sameMatches(parts.join(glue === '' ? ' ' : glue).replace(/ ,/g, ','))),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.array(words, { maxLength: 20 }), (parts) => sameMatches(parts.join(''))), { numRuns: 1000 });
  });

  it.skipIf(!HAS_SHARED)(`find what the patterns find in every FOMC statement and every UN resolution of the series${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
    const folders = [join(SHARED_DATA, 'fomc-statements')];
    const series = join(SHARED_DATA, 'un-resolutions/texts/series');
    for (const name of readdirSync(series)) folders.push(join(series, name));
    let paragraphs = 0;
    for (const folder of folders) {
      for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt'))) {
        for (const paragraph of readFileSync(join(folder, file), 'utf8').split(/\n\s*\n/)) {
          sameMatches(paragraph);
          paragraphs++;
        }
      }
    }
    expect(paragraphs).toBeGreaterThan(5000);
  }, 120_000);
});
