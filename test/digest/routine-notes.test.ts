import { describe, expect, it } from 'vitest';
import { digestStep } from '../../src/digest/index.js';
import { renderDigestMarkdown, routineNoteText } from '../../src/report/digest.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { AGRICULTURE, CONSUMPTION, FINANCIAL_SYSTEM, UN_SERIES_AVAILABLE, compareInSeries } from '../helpers/un-series.js';

/**
 * Session 18 (brief dig18 step 5): the COVID-19 references a text retires are routine (drafters' labels), so no digest
 * line said them, and a reader of the held-out series counted three such paragraphs as changes the digest hid. A step
 * names them on one line of its own, not a negotiated line: its counts stay.
 */
describe.skipIf(!UN_SERIES_AVAILABLE)(`a step names the COVID-19 references retired (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('International financial system 78/136 → 79/196: PP 13 and OP 49 ("in the post-COVID era" dropped), routine, on one note after the lines', async () => {
    const result = await compareInSeries(FINANCIAL_SYSTEM, 'A_RES_78_136.txt', 'A_RES_79_196.txt');
    const step = digestStep({ result, report: null });
    // Both paragraphs stay, the pandemic clause gone: each named in both texts (session 19, brief dig19 step 3), so the
    // reader finds the newer wording (PP 15, OP 56 of 79/196).
    expect(step.routineNotes).toEqual([{ what: 'COVID-19 references retired', places: ['PP 13 → PP 15', 'OP 49 → OP 56'], of: 'A/RES/78/136', into: 'A/RES/79/196' }]);
    // The findings stay routine, counted as before, and no negotiated line is theirs.
    const retired = result.comparisons[0].findings.filter((finding) => (finding.reasons ?? []).some((reason) => reason.startsWith('COVID-19 reference retired')));
    expect(retired.map((finding) => [finding.kind, finding.routine])).toEqual([['modified', true], ['modified', true]]);
    expect(step.lines.map((line) => line.finding)).not.toContain(result.comparisons[0].findings.indexOf(retired[0]));
    const markdown = renderDigestMarkdown({ series: [{ id: 's', title: 'International financial system and development', committee: null, agendaItem: null, steps: [step] }] }).split('\n');
    const note = markdown.indexOf('Routine: COVID-19 references retired — PP 13 → PP 15, OP 49 → OP 56 of A/RES/78/136 → A/RES/79/196');
    expect(note).toBeGreaterThan(markdown.findIndex((line) => line.startsWith('- ')));
    expect(markdown.filter((line) => line.startsWith('- ')).length).toBe(step.memo.length);
  }, 60_000);

  it('Agriculture 78/168 → 79/227: the pandemic clause generalized in OP 5 is named where it stands now, OP 6', async () => {
    // On main: `Routine: COVID-19 references retired — OP 5 of A/RES/78/168`: the reader could not find the generalized
    // wording in 79/227 (review 18, dig18).
    const step = digestStep({ result: await compareInSeries(AGRICULTURE, 'A_RES_78_168.txt', 'A_RES_79_227.txt'), report: null });
    expect(step.routineNotes?.map(routineNoteText)).toContain('Routine: COVID-19 references retired — OP 5 → OP 6 of A/RES/78/168 → A/RES/79/227');
  }, 60_000);

  it('SCP 78/151 → 79/202: OP 14, routine, kept as PP 16, is named moved to the preamble, not counted as negotiated', async () => {
    // On main the step said nothing of it: OP 14 "Also welcomes the convening of the United Nations Conference on the
    // Midterm Comprehensive Review … 22 to 24 March 2023" is PP 16 "Welcoming also the convening of …" (review 18, R5).
    const result = await compareInSeries(CONSUMPTION, 'A_RES_78_151.txt', 'A_RES_79_202.txt');
    const step = digestStep({ result, report: null });
    expect(step.routineNotes?.map(routineNoteText)).toContain('Routine: moved to the preamble — OP 14 → PP 16 of A/RES/78/151 → A/RES/79/202');
    expect(step.lines.some((line) => line.place.startsWith('OP 14'))).toBe(false);
  }, 60_000);
});
