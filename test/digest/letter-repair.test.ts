import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { buildDigest } from '../../src/digest/index.js';
import { letterRepairOf, withLettersRestored } from '../../src/digest/letter-repair.js';
import type { DigestLine, Paragraph, RedlineResult } from '../../src/types.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { CONSUMPTION, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

const paragraph = (index: number, text: string): Paragraph => ({ index, text, number: null, heading: false, start: 0, end: text.length });

describe('letterRepairOf on made-up texts', () => {
  it('folds nothing where no letter is lost', () => {
    expect(letterRepairOf([paragraph(0, 'the objectives of major jobs')], [paragraph(0, 'the objectives of major jobs')])).toBeNull();
  });
});

// Trial 19a D9: the digest quoted A/RES/80/135's text layer as written ("Oboectives", "decent oobs") into the memo.
describe.skipIf(!UN_SERIES_AVAILABLE)(`quotes of A/RES/80/135, whose layer writes “o” for “j” (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  let result: RedlineResult;
  beforeAll(async () => {
    const folder = join(UN_SERIES, CONSUMPTION);
    const [older, newer] = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().slice(-2);
    result = await compare(join(folder, older), join(folder, newer));
  });

  it('restores the words 79/202 shows, and only those', () => {
    const [left, right] = result.documents;
    const repair = letterRepairOf(left.paragraphs, right.paragraphs)!;
    expect(repair.fold).toEqual({ lost: 'j', standIn: 'o' });
    expect(Object.fromEntries(repair.words)).toEqual({ maoor: 'major', oboectives: 'objectives', oob: 'job', oobs: 'jobs' });
  });

  it('quotes them restored in the digest, each line saying which words it restored', () => {
    const [left, right] = result.documents;
    const digest = buildDigest(
      [{ id: 's', title: 's', basis: 'un-title', documents: [left.id, right.id], drafts: [], committee: null, agendaItem: null } as never],
      [{ result, report: null }],
    );
    const lines: DigestLine[] = digest.series[0].steps[0].lines;
    const all = lines.map((line) => [line.text, ...line.changes].join(' ')).join('\n');
    expect(all).not.toMatch(/\b(?:[Oo]boectives|oobs?|maoor)\b/);
    const pp16 = lines.find((line) => line.place === 'PP 16')!;
    expect(pp16.text).toContain('Implementation of the Objectives of the');
    expect(pp16.signals).toContain('text layer repaired: “o” written for “j” in Oboectives → Objectives');
    const op26 = lines.find((line) => line.text.startsWith('new OP 26:'))!;
    expect(op26.text).toContain('for decent jobs in sectors');
    expect(op26.signals).toContain('text layer repaired: “o” written for “j” in oobs → jobs');
    // Only the two lines that quote such a word carry the signal.
    expect(lines.filter((line) => line.signals.some((signal) => signal.startsWith('text layer repaired'))).map((line) => line.place)).toEqual(['PP 16', 'OP 26']);
    for (const line of lines) for (const item of line.changes) expect(line.text).toContain(item);
  });

  it('leaves a line untouched without a repair', () => {
    const line = { kind: 'new', place: 'OP 1', text: 'new OP 1: decent oobs', changes: [], signals: [], tone: null, finding: 0, href: null } as DigestLine;
    expect(withLettersRestored(line, null)).toBe(line);
  });
});
