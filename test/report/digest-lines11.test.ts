import { describe, expect, it } from 'vitest';
import { SHARED_MISSING } from '../helpers/paths.js';
import { AGRICULTURE, OUTER_SPACE_COOPERATION, SOVEREIGNTY, UN_SERIES_AVAILABLE, compareInSeries } from '../helpers/un-series.js';
import { asIfNegotiated, lineAt, linesOf } from '../helpers/digest-lines.js';
import { digestLine } from '../../src/report/digest-line.js';
import { isEditorialPiece } from '../../src/digest/editorial-piece.js';
import type { DiffPart, Finding, Paragraph, Signal } from '../../src/types.js';


/** One labelled paragraph, for a line built from a hand-made finding. */
function paragraph(text: string, label: string): Paragraph {
  return { index: 0, text, number: null, heading: false, start: 0, end: text.length, label };
}

/** A substantive modified finding of one paragraph (`OP 1`) with the given word diff and signals. */
function modified(diff: DiffPart[], signals: Signal[] = []): Finding {
  return { kind: 'modified', left: [0], right: [0], moved: false, editorial: false, routine: false, renumbered: false, similarity: 0.9, scores: {}, diff, signals };
}

/** The line of a hand-made finding as the digest stage says it (its editorial test given). */
function lineOf(finding: Finding): string {
  const side = (op: 'delete' | 'insert'): string => finding.diff.filter((part) => part.op === 'equal' || part.op === op).map((part) => part.text).join('');
  return digestLine(finding, 0, [paragraph(side('delete'), 'OP 1')], [paragraph(side('insert'), 'OP 1')], null, isEditorialPiece).text;
}

describe('digest lines leave out the editorial and routine pieces beside a real one', () => {
  it('keeps an editorial piece when it is the only one (the classifier decided the kind; the line says what changed)', () => {
    const finding = modified([
      { op: 'equal', text: 'Welcomes the work of the Food and Agriculture ' },
      { op: 'delete', text: 'Organization' },
      { op: 'insert', text: 'Organisation' },
      { op: 'equal', text: ' of the United Nations' },
    ]);
    expect(lineOf(finding)).toBe('OP 1: Organization → Organisation');
  });

  it('leaves out a spelling variant beside a clause added', () => {
    const finding = modified([
      { op: 'equal', text: 'Welcomes the work of the Food and Agriculture ' },
      { op: 'delete', text: 'Organization' },
      { op: 'insert', text: 'Organisation' },
      { op: 'equal', text: ' of the United Nations' },
      { op: 'insert', text: ', including its support to smallholder farmers in developing countries' },
      { op: 'equal', text: ';' },
    ]);
    expect(lineOf(finding)).toBe('OP 1: adds “including its support to smallholder farmers in developing countries”');
  });

  it('shows a session number changed when no routine signal names it (a counter-case of the same shape)', () => {
    const finding = modified([
      { op: 'equal', text: 'Requests the Secretary-General to report at its ' },
      { op: 'delete', text: 'seventy-ninth' },
      { op: 'insert', text: 'eightieth' },
      { op: 'equal', text: ' session' },
      { op: 'insert', text: ' on the implementation of the present resolution, including on the financing of the programme' },
      { op: 'equal', text: '.' },
    ]);
    expect(lineOf(finding)).toBe('OP 1: seventy-ninth session → eightieth session; adds “on the implementation of the present resolution, including on the financing of the programme”');
  });
});

describe('a citation succeeded with its date dropped', () => {
  const diff = (): DiffPart[] => [
    { op: 'equal', text: 'Recalling its resolution ' },
    { op: 'delete', text: '78/72 of 7 December 2023' },
    { op: 'insert', text: '79/87' },
    { op: 'equal', text: ', and calls upon all States' },
    { op: 'insert', text: ' to strengthen their cooperation in the exploration of outer space' },
    { op: 'equal', text: ',' },
  ];
  const succeeded = { type: 'reference', change: 'replaced', from: 'resolution 78/72', to: 'resolution 79/87', routine: true, summary: 'reference succeeded (routine): resolution 78/72 → resolution 79/87' } as unknown as Signal;

  it('is left out beside a real piece when a routine signal names the succession', () => {
    expect(lineOf(modified(diff(), [succeeded]))).toBe('OP 1: adds “to strengthen their cooperation in the exploration of outer space”');
  });

  it('stays when no routine signal names it (the same shape, the reference not the previous version)', () => {
    expect(lineOf(modified(diff()))).toBe('OP 1: 78/72 of 7 December 2023 → 79/87; adds “to strengthen their cooperation in the exploration of outer space”');
  });
});

describe('a quoted piece starts and ends at a phrase boundary', () => {
  it('runs on from an article to the noun it opens', () => {
    const finding = modified([
      { op: 'equal', text: 'Welcomes the adoption of the Framework' },
      { op: 'insert', text: ', and urges all States to support its ' },
      { op: 'equal', text: 'early, inclusive and effective implementation,' },
    ]);
    expect(lineOf(finding)).toBe('OP 1: adds “and urges all States to support its early, inclusive and effective implementation”');
  });

  it('leaves a quote that ends at a clause and starts with a date as it was (a month is no name)', () => {
    const finding = modified([
      { op: 'equal', text: 'Recalls the conference held in Nice, France ' },
      { op: 'delete', text: 'in June 2025, and its outcome document, ' },
      { op: 'equal', text: 'and looks forward to its follow-up.' },
    ]);
    expect(lineOf(finding)).toBe('OP 1: drops “in June 2025, and its outcome document”');
  });
});

describe.skipIf(!UN_SERIES_AVAILABLE)(`digest lines carry only what was negotiated (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('leaves a spelling variant out of a line with real pieces (Agriculture 78/168 → 79/227 PP 14 → PP 15)', async () => {
    const pair = await compareInSeries(AGRICULTURE, 'A_RES_78_168.txt', 'A_RES_79_227.txt');
    // Since precision round 11 (E2) the paragraph is events moved on clause by clause and leaves the digest; its line is still read.
    expect(linesOf(pair).map((line) => line.place)).not.toContain('PP 14 → PP 15');
    const lines = linesOf(asIfNegotiated(pair));
    // Before: `…; Organization → Organisation — session number removed: …`.
    const line = lineAt(lines, 'PP 14 → PP 15');
    expect(line.text).not.toContain('Organisation');
    expect(line.text).toContain('adds “held in New York on 26 September 2024, and the adoption of its political declaration”');
  }, 60_000);

  it('quotes a clause added from the name it continues to the noun its article opens (Agriculture 78/168 → 79/227 PP 10)', async () => {
    const pair = await compareInSeries(AGRICULTURE, 'A_RES_78_168.txt', 'A_RES_79_227.txt');
    // Since precision round 11 (E2) the Conference's next meeting is events moved on (its call to implement was there before): no line; the wording is still read.
    expect(linesOf(pair).map((line) => line.place)).not.toContain('PP 10');
    const lines = linesOf(asIfNegotiated(pair));
    // Before: `adds “on Biological Diversity, and urging its”`.
    expect(lineAt(lines, 'PP 10').text).toContain('adds “the Convention on Biological Diversity, and urging its early, inclusive and effective implementation”');
  }, 60_000);

  it('leaves a sequencing adverb out beside a clause added (Agriculture 79/227 → 80/157 PP 10)', async () => {
    const lines = linesOf(await compareInSeries(AGRICULTURE, 'A_RES_79_227.txt', 'A_RES_80_157.txt'));
    // Before: `PP 10: Welcoming the sixteenth → Welcoming also the sixteenth; adds “…”`.
    expect(lineAt(lines, 'PP 10').text).toBe('PP 10: adds “and taking note of the 2024 Thematic Assessment Report on the Interlinkages among Biodiversity, Water …”');
  }, 60_000);

  it('leaves out a citation of the previous version succeeded (Outer space 79/87 → 80/76 OP 12 → OP 9)', async () => {
    const lines = linesOf(await compareInSeries(OUTER_SPACE_COOPERATION, 'A_RES_79_87.txt', 'A_RES_80_76.txt'));
    // OP 4 (`Notes that, at its → Notes with satisfaction that, at its; sixty-third session → sixty-fourth session; of the
    // Committee → and its working groups; …`) has no line since round 11Y: the working groups' progress notes the newer
    // text folds into it (dropped OP 10 and OP 11 carried the satisfaction) are a working group's progress, routine.
    expect(lines.some((line) => line.place === 'OP 4')).toBe(false);
    // Before: `…; 78/72 of 7 December 2023 → 79/87` (the previous version's citation succeeded, its date dropped).
    const citing = lineAt(lines, 'OP 12 → OP 9');
    expect(citing.text).toBe('OP 12 → OP 9: Notes → Also notes with satisfaction; Subcommittee continued its work → Subcommittee and its working groups continued their work');
    // No signal of the paragraph; its note (the Committee's report, the new year's) is said as the pair report's key
    // change says it (session 16: a footnote that changed is on its paragraph's line).
    expect(citing.signals).toEqual(['footnote 16 (older 19) changed: Ibid. → Official Records of the General Assembly, Eightieth Session, Supplement No. 20…; A/AC.105/1307 → A/AC.105/1338']);
  }, 60_000);

  it('leaves out the session succession and the signal that repeats it (Sovereignty 78/170 → 79/229 OP 13)', async () => {
    const lines = linesOf(await compareInSeries(SOVEREIGNTY, 'A_RES_78_170.txt', 'A_RES_79_229.txt'));
    // Before: `…; seventy-ninth session → eightieth session`; without the piece, `session number added: eightieth session`
    // (the same succession said again) would have shown as a signal.
    const line = lineAt(lines, 'OP 13');
    expect(line.text).toBe('OP 13: adds “through the Economic and Social Council”; adds “economic and social repercussions of the Israeli occupation on the living conditions of the Palestinian people in the …”');
    expect(line.signals.some((signal) => signal.includes('eightieth session'))).toBe(false);
  }, 60_000);
});
