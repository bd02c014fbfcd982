import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDigest, isNegotiated } from '../../src/digest/index.js';
import { renderDigestMarkdown } from '../../src/report/digest.js';
import { compare, compareTexts } from '../../src/pipeline.js';
import type { DigestPair, Series } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const SERIES = join(SHARED_DATA, 'un-resolutions/texts/series');
const NUCLEAR = join(SERIES, 'nuclear-disarmament');
const CONFIDENCE = join(SERIES, 'confidence-building-measures-in-the-regional-and-subregional');

/** A series of the given document ids, as the series stage would give it. */
function series(id: string, documents: string[], extra: Partial<Series> = {}): Series {
  return { id, title: id, basis: 'un-title', documents, drafts: [], committee: null, agendaItem: null, ...extra };
}

describe.skipIf(!HAS_SHARED || !existsSync(SERIES))(`buildDigest on real UN series (${HAS_SHARED ? 'needs ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  let nuclear: DigestPair;
  let confidence: DigestPair;
  beforeAll(async () => {
    nuclear = { result: await compare(join(NUCLEAR, 'A_RES_79_50.txt'), join(NUCLEAR, 'A_RES_80_24.txt')), report: 'pairs/A_RES_79_50__A_RES_80_24.html' };
    confidence = { result: await compare(join(CONFIDENCE, 'A_RES_79_27.txt'), join(CONFIDENCE, 'A_RES_80_42.txt')), report: null };
  });

  it('gives "Nuclear disarmament" 79/50 → 80/24 one line per negotiated change (none since session 16: a technical update), as checked against both texts', () => {
    const digest = buildDigest([series('nuclear-disarmament', ['A/RES/78/53', 'A/RES/79/50', 'A/RES/80/24'], { title: 'Nuclear disarmament', committee: 'First Committee', agendaItem: '99 (b)' })], [nuclear]);
    const [step] = digest.series[0].steps;
    expect(step).toMatchObject({
      step: 'version',
      older: { id: 'A/RES/79/50', name: 'A/RES/79/50', date: '2024-12-02' }, // adopted (issued 2024-12-09)
      newer: { id: 'A/RES/80/24', name: 'A/RES/80/24', date: '2025-12-01' },
      technicalUpdate: true,
      routine: 10,
      editorial: 5,
    });
    // Read against both texts (the desk officer's check of issue 19):
    // - PP 3 is not negotiated: the footnote marks after "1972" and "1993" are glued to the year in the 80th session's
    //   extracted text ("19721"), apart in the 79th's ("1972 1"). Read as footnote marks since issue 23: no line.
    // - PP 33 updates the facts: the third Conference on facilitating the entry into force of the CTBT and the latest ratification.
    // - OP 17 and OP 20 move the Conference on Disarmament's session from 2024 to 2026: the yearly update (the older
    //   text still named the session of its own year), two years on. OP 17's "during its 2026 session" is routine since
    //   precision round 5 (a body's session named by its year); OP 20's "an ad hoc committee … in 2026" names no session
    //   and was a line until session 16 (trial 16a D3): the same year moved with the texts' cycle (each text's coming
    //   year, `yearMovesWithCycle`), routine too.
    // - OP 19 adds "latest" to the ratification it welcomes: the Treaty's status. PP 33 and OP 19 are routine since
    //   issue 23 round 6 (the latest ratifications recorded; the third Meeting of States Parties its next edition).
    // Figures replaced are shown with the words that place them ("an ad hoc committee on nuclear disarmament in 2024").
    expect(step.lines).toEqual([]);
  });

  it('says a step that only carries the yearly succession is a technical update, with no lines', () => {
    const digest = buildDigest([series('confidence', ['A/RES/79/27', 'A/RES/80/42'])], [confidence]);
    expect(digest.series[0].steps).toEqual([
      {
        step: 'version',
        older: { id: 'A/RES/79/27', name: 'A/RES/79/27', date: '2024-12-02' },
        newer: { id: 'A/RES/80/42', name: 'A/RES/80/42', date: '2025-12-01' },
        similarity: confidence.result.comparisons[0].similarity,
        unrelated: false,
        technicalUpdate: true,
        routine: 3,
        editorial: 1,
        report: null,
        lines: [],
        memo: [],
      },
    ]);
  });

  it('gives each series only the steps between its own documents, and the same bytes for the same input', () => {
    const both = [series('nuclear', ['A/RES/79/50', 'A/RES/80/24']), series('confidence', ['A/RES/79/27', 'A/RES/80/42'])];
    const digest = buildDigest(both, [confidence, nuclear]);
    expect(digest.series.map((one) => [one.id, one.steps.map((step) => step.newer.id)])).toEqual([
      ['confidence', ['A/RES/80/42']],
      ['nuclear', ['A/RES/80/24']],
    ]);
    expect(JSON.stringify(buildDigest(both, [nuclear, confidence]))).toBe(JSON.stringify(digest));
  });
});

describe('buildDigest', () => {
  it('orders series by Main Committee, then agenda item (numerically, then its letter), then title; plenary last', () => {
    const digest = buildDigest(
      [
        series('plenary', [], { title: 'Oceans and the law of the sea', agendaItem: '75' }),
        series('sixth', [], { title: 'Measures to eliminate international terrorism', committee: 'Sixth Committee', agendaItem: '109' }),
        series('first-99-u', [], { title: 'Confidence-building measures', committee: 'First Committee', agendaItem: '99 (u)' }),
        series('first-99-b', [], { title: 'Nuclear disarmament', committee: 'First Committee', agendaItem: '99 (b)' }),
        series('fourth', [], { title: 'Question of Tokelau', committee: 'Special Political and Decolonization Committee', agendaItem: '58' }),
        series('first-92', [], { title: 'African Nuclear-Weapon-Free Zone Treaty', committee: 'First Committee', agendaItem: '92' }),
        series('untitled-b', [], { title: 'B' }),
        series('untitled-a', [], { title: 'A' }),
      ],
      [],
    );
    expect(digest.series.map((one) => one.id)).toEqual(['first-92', 'first-99-b', 'first-99-u', 'fourth', 'sixth', 'plenary', 'untitled-a', 'untitled-b']);
  });

  it('marks a step from a draft as a draft step and names versions by symbol, else resolution number, else id', async () => {
    const result = await compareTexts('The General Assembly,\n\n1. Welcomes the report;\n', 'The General Assembly,\n\n1. Takes note of the report;\n', { leftId: 'L.17', rightId: 'adopted' });
    result.documents[1].resolution = '80/17';
    const digest = buildDigest([{ ...series('s', ['L.17', 'adopted']), drafts: [{ drafts: ['L.17'], adopted: 'adopted' }] }], [{ result, report: null }]);
    const [step] = digest.series[0].steps;
    expect([step.step, step.older.name, step.newer.name, step.lines.map((line) => line.text)]).toEqual(['draft', 'L.17', '80/17', ['OP 1: Welcomes the report → Takes note of the report (weaker)']]);
  });

  it('gives exactly one line per negotiated finding, in the findings’ order, and none for a technical update', async () => {
    const base = ['Recalls its resolution 78/53 of 4 December 2023;', 'Welcomes the report of the Secretary-General;', 'Urges all States to cooperate fully;', 'Decides to remain seized of the matter;'];
    const edits = fc.array(fc.record({ at: fc.nat(base.length - 1), edit: fc.constantFrom('drop', 'reword', 'routine', 'insert') }), { maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(edits, async (changes) => {
        const newer = [...base];
        for (const { at, edit } of changes) {
          if (at >= newer.length) continue;
          if (edit === 'drop') newer.splice(at, 1);
          if (edit === 'reword') newer[at] = newer[at].replace(/^\w+/, 'Notes');
          if (edit === 'routine') newer[at] = newer[at].replace('78/53 of 4 December 2023', '79/50 of 2 December 2024');
          if (edit === 'insert') newer.splice(at, 0, 'Stresses the importance of universal adherence to the Treaty;');
        }
        const text = (paragraphs: string[]) => `The General Assembly,\n\n${paragraphs.map((paragraph, i) => `${i + 1}. ${paragraph}`).join('\n\n')}\n`;
        const result = await compareTexts(text(base), text(newer), { leftId: 'old', rightId: 'new' });
        const [step] = buildDigest([series('s', ['old', 'new'])], [{ result, report: 'r.html' }]).series[0].steps;
        const negotiated = result.comparisons[0].findings.flatMap((finding, index) => (isNegotiated(finding) ? [index] : []));
        expect(step.lines.map((line) => line.finding)).toEqual(negotiated);
        expect(step.technicalUpdate).toBe(negotiated.length === 0);
      }),
      { numRuns: 40 },
    );
  });
});

// Trial 14a, defect 13: digest.json gave 131 `lines` for a step that digest.md and digest.docx call "131 negotiated
// changes in 25 lines"; a script counting `lines` could not reproduce the memo. `memo` is the memo's lines, word for word.
// Since session 20 (dig20b, trial 20-a D4) a run of 4–11 new operative paragraphs is one line each, so Ageing 78/177 →
// 79/147 folds nothing; LDC 79/218 → 80/150 (a run of 35 new paragraphs, one line with each one's opening words) does.
describe.skipIf(!HAS_SHARED || !existsSync(SERIES))('digest.json `memo`: the lines digest.md prints (LDC 79/218 → 80/150)', () => {
  it('holds each printed bullet in order, a folded run once with the changes it carries; the verdict counts lines and memo', async () => {
    const LDC = join(SERIES, 'follow-up-to-the-fifth-united-nations-conference-on-the-leas');
    const pair: DigestPair = { result: await compare(join(LDC, 'A_RES_79_218.txt'), join(LDC, 'A_RES_80_150.txt')), report: 'pairs/a.html' };
    const digest = buildDigest([series('ldc', ['A/RES/79/218', 'A/RES/80/150'])], [pair]);
    const [step] = digest.series[0].steps;
    expect(step.memo.length).toBeLessThan(step.lines.length);
    expect(step.memo.reduce((total, line) => total + line.count, 0)).toBe(step.lines.length);
    expect(step.memo.map((line) => line.first)).toEqual(step.memo.map((_, k) => step.memo.slice(0, k).reduce((total, line) => total + line.count, 0)));
    const folded = step.memo.find((line) => line.count > 1)!;
    expect(folded.text).toMatch(/^(?:new|dropped) .+ \(\d+ paragraphs\)(?:, the first: |: )/);
    expect(folded.href).toBe(step.lines[folded.first].href);
    const markdown = renderDigestMarkdown(digest);
    const bullets = markdown.split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2).replace(/\\(.)/g, '$1'));
    expect(bullets).toEqual(step.memo.map((line) => line.text));
    expect(markdown).toContain(`${step.lines.length} negotiated changes in ${step.memo.length} lines`);
  });
});
