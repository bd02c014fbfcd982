import { describe, expect, it } from 'vitest';
import { SHARED_MISSING } from '../helpers/paths.js';
import { compareInSeries, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';
import { asIfNegotiated, lineAt, linesOf } from '../helpers/digest-lines.js';


describe.skipIf(!UN_SERIES_AVAILABLE)(`digest lines show the change that matters (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('cuts a rewrite around its change, and chooses a clause dropped and a word replaced before a sequencing adverb (Tax 78/230 → 79/235)', async () => {
    const lines = linesOf(await compareInSeries('promotion-of-inclusive-and-effective-international-tax-coope', 'A_RES_78_230.txt', 'A_RES_79_235.txt'));
    // Before: `Further decides → Also decides; …; be made up of … → consist of a Chair, 18 Vice-Chairs; 2 more changes`, the
    // five regional groups dropped and `balanced → equitable` counted, not shown.
    // Before: `Decides to establish … for the purpose of drafting terms … → Also decides … for the purpose of …`: both sides
    // cut where they read alike, the Convention and its two early protocols past the cut.
    expect(lineAt(lines, 'OP 3').text).toBe(
      'OP 3 rewritten: … drafting terms of reference for a United Nations framework convention on international tax cooperation; → … drafting the United Nations Framework Convention on International Tax Cooperation and two early protocols simultaneously …',
    );
    expect(lineAt(lines, 'OP 5 → OP 6').text).toBe(
      // Since session 17 the `of` both sides opened with is left out.
      'OP 5 → OP 6: the ad hoc intergovernmental → the intergovernmental; be made up of not more than 20 members, consisting of a chair, vice-chairs → consist of a Chair, 18 Vice-Chairs; balanced geographical → equitable geographical; drops “with each of the five regional groups equally represented”; 1 more change',
      // Round 11: `Further decides → Also decides` (a sequencing adverb) is no longer counted among the more changes.
    );
  }, 60_000);

  it('shows a clause dropped beside the one clause classify found, and every edit of that clause (Agriculture)', async () => {
    const firstPair = await compareInSeries('agriculture-development-food-security-and-nutrition', 'A_RES_78_168.txt', 'A_RES_79_227.txt');
    // Since precision round 11 (Y) the COVID-19 clause retired is routine and the paragraph leaves the digest; its line is still read.
    expect(linesOf(firstPair).map((line) => line.place)).not.toContain('OP 5 → OP 6');
    const first = linesOf(asIfNegotiated(firstPair));
    // Before: `technological … → technology …`, the COVID-19 clause dropped not shown.
    expect(lineAt(first, 'OP 5 → OP 6').text).toBe('OP 5 → OP 6: drops “in the global response to support the recovery from the COVID-19 pandemic”; technological transfer → technology transfer');
    const second = linesOf(await compareInSeries('agriculture-development-food-security-and-nutrition', 'A_RES_79_227.txt', 'A_RES_80_157.txt'));
    // Before: `and takes note of the convening of the first global summit … in Paris on 18 and 19 October … → on 18 and 19 September 2025`.
    // Round 11E: the past forum given as an example goes with the summit that moved on: no line (a desk officer's reading).
    expect(second.some((line) => line.text.startsWith('OP 38 → OP 37'))).toBe(false);
  }, 60_000);

  it('reads a list whose first item carries the opening verb as a list, names that differ by a word as two bodies (Outer space)', async () => {
    const firstPair = await compareInSeries('international-cooperation-in-the-peaceful-uses-of-outer-spac', 'A_RES_78_72.txt', 'A_RES_79_87.txt');
    // Since precision round 11 (Y) the year's observer list is routine and leaves the digest; its line is still read.
    expect(linesOf(firstPair).map((line) => line.place)).not.toContain('OP 45 → OP 48');
    const first = linesOf(asIfNegotiated(firstPair));
    // Before: `European → African; Society and Three Country – Trusted Broker, → Society, the Global Satellite …`.
    expect(lineAt(first, 'OP 45 → OP 48').text).toBe(
      'OP 45 → OP 48: adds “the African Astronomical Society, the Global Satellite Operators Association, the Outer Space Institute”, “the Space Data Association and Space Renaissance International”; drops “the European Astronomical Society and Three Country – Trusted Broker”',
    );
    const secondPair = await compareInSeries('international-cooperation-in-the-peaceful-uses-of-outer-spac', 'A_RES_79_87.txt', 'A_RES_80_76.txt');
    expect(linesOf(secondPair).map((line) => line.place)).not.toContain('OP 48');
    const second = linesOf(asIfNegotiated(secondPair));
    // Before: `Endorses → Also endorses; African Astronomical Society → International Council on Monuments and Sites; Global
    // Satellite Operators Association, the Outer → Alliance for …`.
    expect(lineAt(second, 'OP 48').text).toBe(
      'OP 48: Endorses → Also endorses; adds “the International Council on Monuments and Sites, the Alliance for Collaboration in the Exploration of Space (ACES Worldwide)”, “the Lunar Policy Platform Foundation, AeroAI Global Solutions, Inc., and Women in Aerospace Europe”; drops “the African Astronomical Society, the Global Satellite Operators Association, the Outer Space Institute”, “the Space Data Association and Space Renaissance International”',
    );
  }, 60_000);

  it('says a clause replaced by different words as the clause dropped and the clause added, not fragments (Outer space 79/87 → 80/76)', async () => {
    const lines = linesOf(await compareInSeries('international-cooperation-in-the-peaceful-uses-of-outer-spac', 'A_RES_79_87.txt', 'A_RES_80_76.txt'));
    // Before: `notes that … for → welcomes the establishment of the Bureau and the; by the Committee at its sixty-eighth
    // session, in 2025 → of the workplan of the Action Team`.
    // Round 11E: what the Committee was to do, since done, is routine (a desk officer's reading): no line.
    expect(lines.some((line) => line.text.startsWith('OP 24 → OP 22'))).toBe(false);
    // Before: `and the work, under a five-year workplan, … → recalls`: the verb of the next clause stood for the clause dropped.
    expect(lineAt(lines, 'OP 18 → OP 14').text).toBe('OP 18 → OP 14: drops “and the work, under a five-year workplan, of the Working Group on the Long-term Sustainability of Outer Space Activities …”; notes → recalls');
  }, 60_000);

  it('does not say one meeting replaced another, and says a verb that moved to another actor in one piece (Agriculture 79/227 → 80/157)', async () => {
    const lines = linesOf(await compareInSeries('agriculture-development-food-security-and-nutrition', 'A_RES_79_227.txt', 'A_RES_80_157.txt'));
    // Before: `of the Assembly on the prevention and control of non-communicable diseases → on antimicrobial resistance; 27
    // September 2018 → 26 September 2024; 5 more changes`.
    // Before: `takes note → and also encourages States members; of the ongoing World → of the World; adds “to take note of
    // its ongoing”`: the verb went from the Assembly to the States members, said in one piece.
    expect(lineAt(lines, 'OP 17 → OP 16').text).toBe('OP 17 → OP 16: markers, takes note of the ongoing World Health Organization → markers, and also encourages States members of the World Health Organization to take note of its ongoing');
    // Before: `fifty-first → fifty-second; …; 4 more changes`, then `tools, and the policy → tools, policy recommendations on
    // reducing inequalities … and the policy; adds “systems to achieve food”; …`: the word diff shifted the item added.
    // Round 11E: the sessions rolled on are routine; the line carries only the item the list gained.
    // Session 21 (rules21 rule 1): the item the list gained is the outcome of the Committee's next session, recorded in
    // place with it, routine (labelled "not"): no line.
    expect(lines.map((line) => line.place)).not.toContain('PP 18 → PP 17');
    // Was `PP 15 → PP 14: drops “and the third high-level meeting …”, adds “the high-level meeting on antimicrobial
    // resistance”; …; 4 more changes`; since precision round 11 (E2) the meeting looked forward to, now welcomed as held,
    // the rest recalled as before, is events moved on clause by clause and leaves the digest.
    expect(lines.map((line) => line.place)).not.toContain('PP 15 → PP 14');
  }, 60_000);

  it('says a merged paragraph without a fragment across the join (Outer space 78/72 OP 42 + OP 43 → 79/87 OP 46)', async () => {
    const pair = await compareInSeries('international-cooperation-in-the-peaceful-uses-of-outer-spac', 'A_RES_78_72.txt', 'A_RES_79_87.txt');
    // Since precision round 11 (Y) the bureau rotation is routine and leaves the digest; its line is still read.
    expect(linesOf(pair).map((line) => line.place)).not.toContain('OP 42 + OP 43 → OP 46');
    const lines = linesOf(asIfNegotiated(pair));
    // Before: `…; 2024–2025; Urges the Asia-Pacific States, the Eastern European → 2026–2027, and urges the African; 3 more changes`.
    // "4 more changes" until session 14, when the routine paragraph's year signals became routine with it.
    const line = lineAt(lines, 'OP 42 + OP 43 → OP 46').text;
    expect(line).toBe(
      'OP 42 + OP 43 → OP 46 (merged): African States and the Western European and other States → Western European and other States, the Asia-Pacific States and the Eastern European States; Legal → Scientific and Technical; moves “and First Vice-Chair of the Committee” from “Subcommittee” to “Subcommittee,”; Urges the Asia-Pacific States, the Eastern European → urges the African; 3 more changes',
    );
    expect(line).not.toContain('2024–2025; Urges');
  }, 60_000);
});
