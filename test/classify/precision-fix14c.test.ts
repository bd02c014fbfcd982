import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { findNumbers, numberChanges } from '../../src/classify/signals/numbers.js';
import { wordDiff } from '../../src/classify/word-diff.js';
import { typographyReasons } from '../../src/classify/typography.js';
import { compare } from '../../src/pipeline.js';
import { renderText } from '../../src/report/text.js';
import { buildViewModel, type RowView } from '../../src/report/view-model.js';
import { CTBT, DEBT, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

/** Number signals read with the word diff, as classify reads them. */
const withDiff = (before: string, after: string): string[] => numberChanges(before, after, undefined, wordDiff(before, after, 2000).parts).map((signal) => signal.summary);

// A data engineer's test, session 14 (defect 1): external debt 78/137 → 79/197 PP 23 → PP 24 read "15.6 per cent →
// 307.8 per cent" and "336 per cent → 12.2 per cent" where the word diff says [-15.6-]{+12.2+} and [-336-]{+307.8+}.
describe('number signals pair the figures the word diff replaced one for another', () => {
  it('pairs a percentage with the one that replaced it in place, before any rule on the words around them', () => {
    const before = 'the share spent rose to 17.0 per cent from 15.6 per cent in 2021 and the ratio of reserves fell from 336 per cent in 2021 to 277.5 per cent in 2022,';
    const after = 'the share spent rose to an estimated 20 per cent from 12.2 per cent in 2022 and the ratio of reserves continued to fall, from 307.8 per cent in 2021 to 257.3 per cent in 2022,';
    expect(withDiff(before, after).filter((summary) => summary.startsWith('percentage'))).toEqual([
      'percentage changed: 17.0 per cent → 20 per cent',
      'percentage changed: 15.6 per cent → 12.2 per cent',
      'percentage changed: 336 per cent → 307.8 per cent',
      'percentage changed: 277.5 per cent → 257.3 per cent',
    ]);
  });

  it('counter-case: figures replaced in one stretch that count different things stay one removed and one added', () => {
    // The words after them differ and so does the scale: not one number changed (precision round 10S).
    expect(withDiff('commitments made: 396 new commitments made by 181 stakeholders to tackle malnutrition;', 'which raised more than 580 commitments for nutrition, for an amount of more than 30 billion United States dollars;')).toEqual(
      numberChanges('commitments made: 396 new commitments made by 181 stakeholders to tackle malnutrition;', 'which raised more than 580 commitments for nutrition, for an amount of more than 30 billion United States dollars;').map((signal) => signal.summary),
    );
    expect(withDiff('an amount of 27 billion United States dollars;', 'an amount of 30 million United States dollars;')).toEqual(['figure removed: 27 billion', 'figure added: 30 million']);
  });

  it('reads a year before "to" as a year, not as the start of a percentage range', () => {
    expect(findNumbers('fell from 336 per cent in 2021 to 277.5 per cent in 2022').map((mention) => `${mention.category}:${mention.text}`)).toEqual(['percentage:336 per cent', 'year:2021', 'percentage:277.5 per cent', 'year:2022']);
    // Counter-case: a range of percentages stays one.
    expect(findNumbers('between 20 to 30 per cent of the population').map((mention) => `${mention.category}:${mention.text}`)).toEqual(['percentage:20 to 30 per cent']);
  });

  it.skipIf(!UN_SERIES_AVAILABLE)('external debt 78/137 → 79/197 PP 23 → PP 24: each figure with its replacement, one year added', async () => {
    const folder = join(UN_SERIES, DEBT);
    const result = await compare(join(folder, 'A_RES_78_137.txt'), join(folder, 'A_RES_79_197.txt'));
    const finding = result.comparisons[0].findings.find((candidate) => candidate.diff.some((part) => part.op === 'insert' && part.text === '307.8'))!;
    const numbers = finding.signals.filter((signal) => signal.type === 'number').map((signal) => signal.summary.replace(' (routine)', ''));
    expect(numbers).toEqual([
      'year changed: 2022 → 2023',
      // Said once (session 16), though two years 2021 moved to 2022.
      'year changed: 2021 → 2022',
      'year added: 2023',
      'percentage changed: 18.9 per cent → 25.4 per cent',
      'percentage changed: 18.3 per cent → 15.9 per cent',
      'percentage changed: 17.0 per cent → 20 per cent',
      'percentage changed: 15.6 per cent → 12.2 per cent',
      'percentage changed: 336 per cent → 307.8 per cent',
      'percentage changed: 277.5 per cent → 257.3 per cent',
      'percentage added: 234.1 per cent',
    ]);
  });
});

// Defect 4: a non-breaking hyphen (U+2011) where the older text has "-" made an unchanged finding carry delete and
// insert parts, and Word tracked them as changes.
describe('an unchanged finding whose texts differ in typography only', () => {
  it('names what differs', () => {
    expect(typographyReasons([{ op: 'equal', text: 'the ' }, { op: 'delete', text: 'non-proliferation' }, { op: 'insert', text: 'non\u2011proliferation' }])).toEqual(['typography: hyphen/dash characters differ']);
    expect(typographyReasons([{ op: 'delete', text: '"peace"' }, { op: 'insert', text: '\u201cpeace\u201d' }])).toEqual(['typography: quotation marks differ']);
    // Counter-case: no edit, no reason.
    expect(typographyReasons([{ op: 'equal', text: 'non-proliferation' }])).toEqual([]);
  });

  it.skipIf(!UN_SERIES_AVAILABLE)('CTBT 79/77 → 80/70 PP 1: unchanged, says so in JSON, and the text report shows the newer text with no edit', async () => {
    const folder = join(UN_SERIES, CTBT);
    const result = await compare(join(folder, 'A_RES_79_77.txt'), join(folder, 'A_RES_80_70.txt'));
    const [comparison] = result.comparisons;
    const finding = comparison.findings.find((candidate) => candidate.kind === 'unchanged' && candidate.reasons !== undefined)!;
    // Session 15: the word diff reads the two hyphens alike, so it holds no edit, only the newer text; the reason is read
    // from the two texts.
    const newer = result.documents[1].paragraphs[finding.right[0]!].text;
    expect(result.documents[0].paragraphs[finding.left[0]!].text).toContain('non-proliferation');
    expect(newer).toContain('non\u2011proliferation');
    expect(finding.diff).toEqual([{ op: 'equal', text: newer }]);
    expect(finding.reasons).toEqual(['typography: hyphen/dash characters differ']);
    const text = renderText(result, { color: false, showUnchanged: true });
    expect(text).toContain(`= ${newer}`);
    expect(text).toContain('why: typography: hyphen/dash characters differ');
    // The HTML row: plain text on both sides, the reason under "Unchanged".
    const rows = buildViewModel(result).entries.flatMap((entry) => (entry.partial === 'unchanged-run' ? entry.rows : [entry])) as RowView[];
    const row = rows.find((candidate) => candidate.reasons?.label === 'Unchanged')!;
    expect(row.reasons).toEqual({ label: 'Unchanged', items: ['typography: hyphen/dash characters differ'] });
    expect(JSON.stringify(row)).not.toContain('"op":"delete"');
    // Counter-case: an unchanged paragraph written the same on both sides gives no reason.
    const same = (candidate: (typeof comparison.findings)[number]): boolean => result.documents[0].paragraphs[candidate.left[0]!]?.text === result.documents[1].paragraphs[candidate.right[0]!]?.text;
    expect(comparison.findings.filter((candidate) => candidate.kind === 'unchanged' && same(candidate)).every((candidate) => candidate.reasons === undefined)).toBe(true);
  });
});
