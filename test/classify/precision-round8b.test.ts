import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, compareTexts } from '../../src/pipeline.js';
import { wordOrderReason } from '../../src/classify/editorial.js';
import { actorChanges } from '../../src/classify/signals/actors.js';
import { commitmentShift } from '../../src/classify/signals/commitment.js';
import { wordDiff } from '../../src/classify/word-diff.js';
import { changedSides, digestLine, isNegotiated } from '../../src/report/digest-line.js';
import type { DigestLine, Finding, RedlineResult } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Precision round 8, part B (issues 19, 23): what a desk officer's reading of the digest of the UN series found said
 * wrong — a non-breaking hyphen shown as the change, an adverb moved read as negotiated because a PDF spacing stretch
 * stood beside it, a paragraph that became a sub-paragraph read as its verb lost, lines of function words alone, and
 * wrong signals (a State's name opening a title, a verb "lost" the text still carries, a hedge dropped with its clause).
 * Each rule has a change of the same shape that stays as it was.
 */
const SERIES = join(SHARED_DATA, 'un-resolutions/texts/series');
const available = HAS_SHARED && existsSync(SERIES);

/** The digest line (with its signals) of the finding whose newer paragraph has `label`, in one consecutive pair of a series. */
async function lineAt(folder: string, older: string, newer: string, label: string): Promise<{ text: string; signals: string[]; finding: Finding }> {
  const result: RedlineResult = await compare(join(SERIES, folder, `${older}.txt`), join(SERIES, folder, `${newer}.txt`));
  const [left, right] = result.documents;
  const index = result.comparisons[0].findings.findIndex((finding) => finding.right.length === 1 && right.paragraphs[finding.right[0]].label === label);
  if (index === -1) throw new Error(`no finding at ${label}`);
  const finding = result.comparisons[0].findings[index];
  const line = digestLine(finding, index, left.paragraphs, right.paragraphs, null);
  return { text: line.text, signals: line.signals, finding };
}

describe('round 8 B rules (no data needed)', () => {
  it('a word the same but for its hyphen (U+2010, U+2011, U+2212, a soft hyphen) is a kept word of the line; a changed word is not', () => {
    expect(changedSides('full and non-discriminatory use of existing stocks', 'full and non\u2011discriminatory use of declared stocks', 80)).toBe('… use of existing stocks → … use of declared stocks');
    expect(changedSides('a non-discriminatory and verifiable ban', 'a non\u2010discriminatory and verifiable ban on stocks', 80)).toBe('… verifiable ban → … verifiable ban on stocks');
    expect(changedSides('at -5 degrees, nonbinding and firm', 'at \u22125 degrees, non\u00ADbinding and weak', 80)).toBe('… nonbinding and firm → … non\u00ADbinding and weak');
    // A real change of the word itself stays the change.
    expect(changedSides('full and non-discriminatory use of stocks', 'full and discriminatory use of stocks', 80)).toBe('full and non-discriminatory … → full and discriminatory …');
  });

  it('an adverb moved beside a typographic stretch is word order; a negation moved is not', () => {
    const moved = wordDiff('Urges all parties seriously to consider the Treaty on the Non-Proliferation of Nuclear Weapons;', 'Urges all parties to seriously consider the Treaty on the Non- Proliferation of Nuclear Weapons;', 1000).parts;
    expect(wordOrderReason(moved)).toBe('word order: seriously to → to seriously');
    const negation = wordDiff('Urges all parties not to consider the Treaty on the Non-Proliferation of Nuclear Weapons;', 'Urges all parties to not consider the Treaty on the Non- Proliferation of Nuclear Weapons;', 1000).parts;
    expect(wordOrderReason(negation)).toBeNull();
    // Two real changes are not word order, spacing beside them or not.
    const two = wordDiff('Urges all parties seriously to consider the Treaty on the Non-Proliferation of Nuclear Weapons;', 'Urges all parties to seriously consider the Treaty on the Prohibition of Nuclear Weapons;', 1000).parts;
    expect(wordOrderReason(two)).toBeNull();
  });

  it("a State's name opening a title is no actor; the State acting is", () => {
    const agenda = actorChanges('Recalling the SAMOA Pathway,', 'Recalling the Antigua and Barbuda Agenda,');
    expect(agenda).toEqual([]);
    const acting = actorChanges('Welcoming the offer of Norway,', 'Welcoming the offers of Norway and Antigua and Barbuda to host the Conference,');
    expect(acting.map((signal) => signal.summary)).toEqual(['actor added: Antigua and Barbuda (1 → 2 actors named)']);
  });

  it('a hedge dropped with a long clause gives the line no tone; a hedge dropped alone makes it stronger, said by the line', async () => {
    const lineOf = async (older: string, newer: string): Promise<DigestLine> => {
      const result = await compareTexts(`The General Assembly,\n\n1. Recalls its resolution 78/1;\n\n2. ${older}\n`, `The General Assembly,\n\n1. Recalls its resolution 78/1;\n\n2. ${newer}\n`);
      const [left, right] = result.documents;
      const index = result.comparisons[0].findings.findIndex((finding) => finding.kind === 'modified');
      return digestLine(result.comparisons[0].findings[index], index, left.paragraphs, right.paragraphs, null);
    };
    const clause = await lineOf(
      'Calls upon States to cooperate, in line with the commitments made at, inter alia, the Cairo International Conference on Palestine, in the reconstruction of schools;',
      'Calls upon States to cooperate in the reconstruction of schools;',
    );
    expect(clause.signals.filter((signal) => signal.startsWith('hedge'))).toEqual([]);
    expect(clause.tone).toBeNull();
    const alone = await lineOf('Calls upon States to cooperate, where appropriate, in the reconstruction of schools;', 'Calls upon States to cooperate in the reconstruction of schools;');
    // The line's words and tone say it all: the signal is not repeated.
    expect(alone).toMatchObject({ tone: 'stronger', signals: [], text: 'OP 2: cooperate, where appropriate, in the reconstruction → cooperate in the reconstruction (stronger)' });
  });

  it('a commitment verb the other text still carries is not lost; one it does not carry is', () => {
    const older = ['request', 'the', 'secretary-general', 'to', 'provide'];
    expect(commitmentShift(older, ['express', 'its', 'concern', 'and', 'reiterate', 'its', 'request', 'to', 'the', 'secretary-general'])).toBeNull();
    // Said since round 13 as the stance it became, not "commitment weakened: request → (none)".
    expect(commitmentShift(older, ['express', 'its', 'concern', 'about', 'the', 'lack', 'of', 'resource'])).toMatchObject({ summary: 'stance changed: requests → expresses concern' });
  });
});

describe.skipIf(!available)(`round 8 B rules on real pairs${available ? '' : ` (${SHARED_MISSING})`}`, () => {
  const chemical = 'implementation-of-the-convention-on-the-prohibition-of-the-d';

  it('A/RES/79/56 → 80/34 OP 12 → OP 19: the line shows "existing → declared", not the non-breaking hyphen', async () => {
    expect((await lineAt(chemical, 'A_RES_79_56', 'A_RES_80_34', 'OP 19')).text).toBe('OP 12 → OP 19: existing stockpiles → declared stockpiles'); // round 12 L: the word with its noun, not a stub
  });

  it('A/RES/79/56 → 80/34 OP 6 → OP 11 (b): the paragraph became a sub-paragraph of the chapeau "Recalls:"', async () => {
    expect((await lineAt(chemical, 'A_RES_79_56', 'A_RES_80_34', 'OP 11 (b)')).text).toBe('OP 6 → OP 11 (b): becomes a sub-paragraph of OP 11 “Recalls:” (was “Takes note of”)');
    // "with great concern in that regard" goes with the verb: the line names it, so nothing is hidden.
    expect((await lineAt(chemical, 'A_RES_79_56', 'A_RES_80_34', 'OP 11 (a)')).text).toBe('OP 5 → OP 11 (a): becomes a sub-paragraph of OP 11 “Recalls:” (was “Takes note with great concern in that regard of”)');
  });

  it('A/RES/78/17 → 79/16 OP 1: "seriously to" → "to seriously" beside a PDF spacing stretch is editorial word order', async () => {
    const { finding } = await lineAt('establishment-of-a-nuclear-weapon-free-zone-in-the-region-of', 'A_RES_78_17', 'A_RES_79_16', 'OP 1');
    expect(finding).toMatchObject({ kind: 'modified', editorial: true, reasons: ['word order: seriously to → to seriously'] });
    expect(isNegotiated(finding)).toBe(false);
  });

  it('Agriculture 78/168 → 79/227 → 80/157: function-word lines name a placing word; "support" still in the text is no commitment lost', async () => {
    const agriculture = 'agriculture-development-food-security-and-nutrition';
    // OP 46 → OP 51 is routine since round 13Y (the Ministerial Conference one on, beside a coordination's "and"): its
    // one change, as the line named it when it was negotiated, still names a placing word.
    const trade = await lineAt(agriculture, 'A_RES_78_168', 'A_RES_79_227', 'OP 51');
    expect(trade.finding.routine).toBe(true);
    const open = 'Calls upon Member States to keep their food markets open to maintain international trade in food and fertilizers';
    expect(changedSides(open, open.replace('open to maintain', 'open and to maintain'), 80)).toBe('… markets open to maintain … → … markets open and to maintain …');
    expect((await lineAt(agriculture, 'A_RES_79_227', 'A_RES_80_157', 'OP 30')).signals).not.toContain('commitment weakened: support → (none)');
    // PP 51 → PP 52: "inter alia" went with a dropped clause of figures: no "hedge removed, strengthened".
    // The dropped figure 238 million is in the line's quote: only the 48 it does not show is listed.
    // Since session 20 (dig20b, trial 20-a D9) a figure the line does not show is quoted with its phrase.
    expect((await lineAt(agriculture, 'A_RES_78_168', 'A_RES_79_227', 'PP 52')).signals).toEqual(['figure removed: “48 countries affected by”']);
  });

  it('A/RES/78/72 → 79/87 OP 13 → OP 16: a side ending on a function word takes the word after it', async () => {
    expect((await lineAt('international-cooperation-in-the-peaceful-uses-of-outer-spac', 'A_RES_78_72', 'A_RES_79_87', 'OP 16')).text).toBe('OP 13 → OP 16: new five-year workplan → work under the five-year workplan');
  });

  it('A/RES/79/235 → 80/128 OP 12 → OP 3: "reiterates its request" keeps the request; A/RES/78/168 → 79/227 PP 5: the Antigua and Barbuda Agenda is no actor', async () => {
    expect((await lineAt('promotion-of-inclusive-and-effective-international-tax-coope', 'A_RES_79_235', 'A_RES_80_128', 'OP 3')).signals).toEqual([]);
    // Its period is in the words quoted, so the line lists no signal; the finding's own signals name no actor.
    const agenda = await lineAt('agriculture-development-food-security-and-nutrition', 'A_RES_78_168', 'A_RES_79_227', 'PP 5');
    // (Session 16: the paragraph's notes that changed follow its signals, as the pair report's key change lists them.)
    expect(agenda.signals).toEqual(['footnote 13 changed: 69/137 → 78/317; drops II', 'footnote 14 removed: Resolution 69/15, annex.']);
    expect(agenda.finding.signals.map((signal) => signal.summary)).toEqual(['period changed: 2014–2024 → 2024–2034']);
  });
});
