import { describe, expect, it } from 'vitest';
import { SHARED_MISSING } from '../helpers/paths.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';
import { CHEMICAL, DURBAN, OCEANS, RESIDUAL, UN_SERIES_AVAILABLE, compareInSeries } from '../helpers/un-series.js';
import { digestStep } from '../../src/digest/index.js';

/**
 * Session 20 (brief dig20): digest lines that say what the step did, round 3 (trial 19-a). Each case was reproduced on
 * main (a360007) first; the line it had there is quoted in its comment.
 */
describe.skipIf(!UN_SERIES_AVAILABLE)(`digest lines say what the step did, round 3 (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('Oceans 79/144 → 80/110 PP 11 + PP 12 → PP 11: the merge read against both paragraphs, the new endorsement of 79/314 first', async () => {
    // On main: `moves “co-hosted by Costa Rica and France” from PP 12; adds “Nice, France, from 9 to 13 June 2025, and
    // recalling its resolution 76/296 of 21 July 2022 …”; adds “co-hosted by Fiji and Sweden”; carried in other words,
    // less “…”; 4 more changes`: the Nice dates (79/144 PP 12) and 76/296 (79/144 PP 11) said added, the news hidden.
    const line = lineAt(linesOf(await compareInSeries(OCEANS, 'A_RES_79_144.txt', 'A_RES_80_110.txt')), 'PP 11 + PP 12 → PP 11');
    expect(line.changes[0]).toBe(
      'drops “Recalling further its decision that the high-level”, adds “Noting its resolution 79/314 of 30 June 2025, in which it endorsed the declaration entitled ‘Our ocean, our future: united for urgent action’ …”',
    );
    expect(line.text).not.toContain('adds “Nice, France');
    expect(line.text).not.toContain('76/296');
    expect(line.changes).toContain('adds “co-hosted by Fiji and Sweden”');
  }, 60_000);

  it('Chemical weapons 78/29 → 79/56 new OP 9 (d): a quote is not cut inside the title it opened', async () => {
    // On main: `adds “Decision C-28/DEC.12 of the Conference of the States Parties, entitled ‘Addressing the threat from
    // chemical weapons use …”`: the decision's title cut, its news ("and the threat of future use") left out.
    // Since align21 (trial 20-a D10) the decision is a new item, no longer a part of OP 6 (c) split: its own line.
    const line = lineAt(linesOf(await compareInSeries(CHEMICAL, 'A_RES_78_29.txt', 'A_RES_79_56.txt')), 'OP 9 (d)');
    expect(line.kind).toBe('new');
    expect(line.text).toBe('new OP 9 (d): Decision C-28/DEC.12 of the Conference of the States Parties, entitled “Addressing the threat from chemical weapons use and the threat of future use” …');
  }, 60_000);

  it('IRMCT financing 79/255 → 80/239: the annex tables one line, no "heading" label on a table row; the operative amounts as they were', async () => {
    // On main: `heading 2 → heading 1: Financing for 2025 … → Annex I Financing for 2026 …`, `Annex ¶ 1 → heading 2: 2025a
    // 62 287 400 57 451 300 → 2026a 56 234 300 51 375 900; …`, `Annex ¶ 3 → heading 3: …`, `new heading 4, in place of
    // dropped Annex ¶ 4: …`, `Annex ¶ 2 → heading 6: …` and `dropped Annex ¶ 5: …`: "31 negotiated changes in 12 lines".
    const step = digestStep({ result: await compareInSeries(RESIDUAL, 'A_RES_79_255.txt', 'A_RES_80_239.txt'), report: null });
    expect(step.lines.filter((line) => /heading|Annex/.test(line.place)).map((line) => line.text)).toEqual([]);
    expect(step.lines.filter((line) => line.place === 'annex tables').map((line) => line.text)).toEqual([
      // review20: the rows' wording changed too ("assessed on Member States → apportioned to Member States"), so not "figures changed" alone.
      // sig21: the total's old → new said (the appropriation, gross: OP 20 → OP 3's amount).
      'annex tables: figures and words changed (rows reworded; assessed on → apportioned to; drops “Reflects amounts after recosting”; …) in Annex ¶ 1 → Annex I ¶ 1, Annex ¶ 3 → Annex I ¶ 2, Annex ¶ 5 (dropped), Annex I ¶ 3 (new), Annex ¶ 2 → Annex II ¶ 1, its title; total (gross): Appropriation 60,963,800 → 56,126,600 (each row in the pair report)',
    ]);
    expect(step.lines.find((line) => line.place === 'OP 20 → OP 3')?.changes).toContain('amount of 60,963,800 → amount of 56,126,600');
    // "26 negotiated changes in 7 lines" (was 31 in 12).
    expect(step.memo).toHaveLength(7);
  }, 60_000);

  it('Durban 79/161 → 80/193 OP 18 + OP 19 + OP 20 → OP 29: the closing words dropped are named as OP 20\'s, where they stood', async () => {
    // On main: `OP 19 carried in, less “promotion and full”`: the piece dropped is OP 20's closing "on the promotion and full
    // respect of the human rights of people of African descent" (OP 20 → "the draft declaration"), which OP 19 also says.
    const line = lineAt(linesOf(await compareInSeries(DURBAN, 'A_RES_79_161.txt', 'A_RES_80_193.txt')), 'OP 18 + OP 19 + OP 20 → OP 29');
    expect(line.changes).toContain('OP 20 carried in, less “promotion and full”');
    expect(line.text).not.toContain('OP 19 carried in');
  }, 60_000);
});
