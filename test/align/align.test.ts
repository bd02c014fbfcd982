import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { compareDocuments } from '../../src/pipeline.js';
import { resolveOptions } from '../../src/options.js';
import { segmentParagraphs } from '../../src/ingest/segment.js';
import { join } from 'node:path';
import { compare } from '../../src/pipeline.js';
import type { RedlineResult } from '../../src/types.js';
import { HAS_SHARED, SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { accountingProblems, documentOf } from '../helpers/build-documents.js';

const SEED_PARAGRAPHS = segmentParagraphs(readFileSync(SEED, 'utf8')).map((paragraph) => paragraph.text);
const OPTIONS = resolveOptions();

/** An edit script over the seed's paragraphs: which survive, in which order, some reworded, some new. */
const editedSeed = fc
  .record({
    keep: fc.array(fc.boolean(), { minLength: SEED_PARAGRAPHS.length, maxLength: SEED_PARAGRAPHS.length }),
    swaps: fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { maxLength: 3 }),
    rewordAt: fc.array(fc.nat(30), { maxLength: 4 }),
    inserted: fc.array(fc.lorem({ maxCount: 2, mode: 'sentences' }), { maxLength: 3 }),
  })
  .map(({ keep, swaps, rewordAt, inserted }) => {
    const right = SEED_PARAGRAPHS.filter((_, index) => keep[index]);
    for (const [a, b] of swaps) {
      if (right.length < 2) break;
      const i = a % right.length;
      const j = b % right.length;
      [right[i], right[j]] = [right[j], right[i]];
    }
    for (const at of rewordAt) if (right.length) right[at % right.length] = right[at % right.length].replace(/\bWe\b/, 'We strongly').replace(/the/, 'a');
    right.push(...inserted.filter((text) => text.trim()).map((text) => text.charAt(0).toUpperCase() + text.slice(1)));
    return right.length ? right : ['Only a new paragraph.'];
  });

describe('alignParagraphs (through compareDocuments)', () => {
  it('accounts for every paragraph of both documents exactly once', () => {
    fc.assert(
      fc.property(editedSeed, (rightParagraphs) => {
        const left = documentOf(SEED_PARAGRAPHS, 'left.txt');
        const right = documentOf(rightParagraphs, 'right.txt');
        const { comparison } = compareDocuments(left, right, OPTIONS);
        expect(accountingProblems(comparison.findings, left.paragraphs.length, right.paragraphs.length)).toEqual([]);
        // The kinds add up to the findings; `moved` and `renumbered` are flags, and `substantive`, `routine` and `editorial`
        // (session 18) split `modified` by class.
        const { moved, renumbered, substantive, routine, editorial, ...kinds } = comparison.summary;
        expect(substantive + routine + editorial).toBe(comparison.summary.modified);
        expect(moved + renumbered).toBeGreaterThanOrEqual(0);
        const total = Object.values(kinds).reduce((sum, count) => sum + count, 0);
        expect(total).toBe(comparison.findings.length);
      }),
      { numRuns: 60, seed: 20241110 },
    );
  });

  it('finds a text against itself all unchanged, whatever the text', () => {
    fc.assert(
      // Sentences, and paragraphs without a word (a lone heading mark, a separator line), which have no terms to score.
      fc.property(fc.array(fc.oneof(fc.lorem({ maxCount: 3, mode: 'sentences' }), fc.constantFrom('#', '* * *', '—', '1.', '(a)', '§')), { minLength: 1, maxLength: 25 }), (sentences) => {
        const paragraphs = sentences.map((text) => text.trim()).filter(Boolean);
        fc.pre(paragraphs.length > 0);
        const document = documentOf(paragraphs);
        const { comparison } = compareDocuments(document, document, OPTIONS);
        expect(comparison.findings.every((finding) => finding.kind === 'unchanged' && !finding.moved)).toBe(true);
        expect(comparison.similarity).toBe(1);
        expect(comparison.coverage).toBe(1);
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('gives the same result for the same inputs', () => {
    fc.assert(
      fc.property(editedSeed, (rightParagraphs) => {
        const run = () => JSON.stringify(compareDocuments(documentOf(SEED_PARAGRAPHS), documentOf(rightParagraphs), OPTIONS));
        expect(run()).toBe(run());
      }),
      { numRuns: 20, seed: 11 },
    );
  });

  it('scores far fewer pairs than all pairs on a long revision', () => {
    const left = Array.from({ length: 20 }, (_, copy) => SEED_PARAGRAPHS.map((text) => `${text} (copy ${copy})`)).flat();
    const right = left.map((text, index) => (index % 10 === 0 ? text.replace('We', 'We strongly') : text));
    const { comparison } = compareDocuments(documentOf(left), documentOf(right), OPTIONS);
    expect(comparison.summary.modified).toBe(left.filter((text, index) => index % 10 === 0 && text.includes('We')).length);
    expect(comparison.stats.candidatePairs).toBeLessThan(comparison.stats.allPairs / 100);
  });
});

describe('alignParagraphs on a very large gap', () => {
  it('leaves 125,000 paragraphs unpaired in one gap without overflowing the stack', () => {
    // Was exit 3 "Maximum call stack size exceeded": the gap's links were appended with push(...links).
    const left = documentOf(['We welcome the decision.', 'The Committee will meet in Geneva.']);
    const right = documentOf(Array.from({ length: 125_000 }, (_, i) => `Item ${i} ok.`));
    const { comparison } = compareDocuments(left, right, OPTIONS);
    expect(comparison.summary).toMatchObject({ new: 125_000, dropped: 2 });
    expect(accountingProblems(comparison.findings, 2, 125_000)).toEqual([]);
    // The subject is the stack, not the time (40–53 s alone, over 60 s beside a batch on 2 cores): bench/ times big gaps.
  }, 180_000);
});

/** Each paragraph's sentences: a paragraph shortened to its first sentence or two is still that paragraph. */
const sentencesOf = (text: string): string[] => text.match(/[^.!?;]+[.!?;]+\s*/g) ?? [text];

describe('alignParagraphs: paragraphs shortened, expanded and moved', () => {
  it('accounts for every paragraph exactly once when paragraphs are cut to a sentence, expanded or moved', () => {
    const shortenedAndMoved = fc
      .record({
        cut: fc.array(fc.nat(30), { maxLength: 5 }),
        expand: fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { maxLength: 4 }),
        moves: fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { maxLength: 4 }),
        drop: fc.array(fc.nat(30), { maxLength: 4 }),
      })
      .map(({ cut, expand, moves, drop }) => {
        let right = [...SEED_PARAGRAPHS];
        for (const at of cut) right[at % right.length] = sentencesOf(right[at % right.length])[0].trim();
        for (const [at, from] of expand) right[at % right.length] = `${right[at % right.length]} ${SEED_PARAGRAPHS[from % SEED_PARAGRAPHS.length]}`;
        for (const [from, to] of moves) right.splice(to % right.length, 0, ...right.splice(from % right.length, 1));
        const dropped = new Set(drop.map((at) => at % right.length));
        right = right.filter((_, index) => !dropped.has(index));
        return right.length ? right : ['Only a new paragraph.'];
      });
    fc.assert(
      fc.property(shortenedAndMoved, (rightParagraphs) => {
        const { comparison } = compareDocuments(documentOf(SEED_PARAGRAPHS), documentOf(rightParagraphs), OPTIONS);
        expect(accountingProblems(comparison.findings, SEED_PARAGRAPHS.length, rightParagraphs.length)).toEqual([]);
      }),
      { numRuns: 60, seed: 19 },
    );
  });
});

const SERIES = join(SHARED_DATA, 'un-resolutions', 'texts', 'series');
/** One consecutive pair of a UN series, compared with the defaults. */
const seriesPair = (folder: string, left: string, right: string): Promise<RedlineResult> => compare(join(SERIES, folder, `${left}.txt`), join(SERIES, folder, `${right}.txt`));
/** The findings of a result by their UN labels: "PP 4 → PP 2", "dropped OP 39", "new OP 12". */
function labelled(result: RedlineResult): string[] {
  const [left, right] = result.documents;
  const names = (document: RedlineResult['documents'][number], indices: number[]): string => indices.map((index) => document.paragraphs[index].label ?? `¶${index + 1}`).join('+');
  return result.comparisons[0].findings.map((finding) =>
    finding.kind === 'new' ? `new ${names(right, finding.right)}` : finding.kind === 'dropped' ? `dropped ${names(left, finding.left)}` : `${names(left, finding.left)} → ${names(right, finding.right)}${finding.moved ? ' (moved)' : ''}`,
  );
}

describe.skipIf(!HAS_SHARED)(`alignParagraphs on real UN series (${HAS_SHARED ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('pairs a paragraph cut to its first clause with itself, not as dropped and new (78/230 → 79/235 PP 4 → PP 2)', async () => {
    const findings = labelled(await seriesPair('promotion-of-inclusive-and-effective-international-tax-coope', 'A_RES_78_230', 'A_RES_79_235'));
    expect(findings).toContain('PP 4 → PP 2');
    expect(findings).not.toContain('new PP 2');
    expect(findings).not.toContain('dropped PP 4');
  }, 30_000);

  it('pairs a paragraph with its moved, expanded self across the preamble (78/151 OP 14 → 79/202 PP 16)', async () => {
    const findings = labelled(await seriesPair('promoting-sustainable-consumption-and-production-patterns-fo', 'A_RES_78_151', 'A_RES_79_202'));
    expect(findings).toContain('OP 14 → PP 16 (moved)');
  }, 30_000);

  it('relinks a paragraph from a neighbour sharing its opening to its moved counterpart (79/102 OP 12 → 80/93 PP 20)', async () => {
    const findings = labelled(await seriesPair('question-of-the-british-virgin-islands', 'A_RES_79_102', 'A_RES_80_93'));
    expect(findings).toContain('OP 12 → PP 20 (moved)');
    // "Expresses its appreciation to the administering Power and to the Government and people …" is the new paragraph.
    expect(findings).toContain('new OP 12');
  }, 30_000);

  it('relinks and pairs shortened paragraphs in a 300-paragraph resolution (79/144 → 80/110)', async () => {
    const findings = labelled(await seriesPair('oceans-and-the-law-of-the-sea', 'A_RES_79_144', 'A_RES_80_110'));
    // "Notes the discussions at the twenty-fourth meeting …" → "Recalls the discussions at the twenty-fourth meeting …".
    expect(findings).toContain('OP 339 → OP 184 (moved)');
    expect(findings).toContain('new OP 327');
    expect(findings).toContain('OP 222 → OP 218');
  }, 60_000);

  it('pairs a paragraph whose opening aged with its event, found in order in its expanded successor (79/235 PP 5 → 80/128 PP 3)', async () => {
    // "Looking forward to the convening of the Fourth International Conference …" → "Welcoming the convening of …".
    const findings = labelled(await seriesPair('promotion-of-inclusive-and-effective-international-tax-coope', 'A_RES_79_235', 'A_RES_80_128'));
    expect(findings).toContain('PP 5 → PP 3 (moved)');
  }, 30_000);

  it('pairs a decision with its recall (79/211 OP 38 "Decides to extend …" → 80/142 OP 39 "Recalls the extension …")', async () => {
    const findings = labelled(await seriesPair('ensuring-access-to-affordable-reliable-sustainable-and-moder', 'A_RES_79_211', 'A_RES_80_142'));
    expect(findings).toContain('OP 38 → OP 39');
  }, 30_000);

  it('leaves apart a long paragraph and a new one that takes only one clause of it (79/185 OP 39, 80/224 OP 16)', async () => {
    const findings = labelled(await seriesPair('situation-of-human-rights-in-the-syrian-arab-republic', 'A_RES_79_185', 'A_RES_80_224'));
    expect(findings).toContain('dropped OP 39');
    expect(findings).toContain('new OP 16');
  }, 30_000);

  it('keeps a placeholder filled in the next version one position, and the paragraph quoting its text apart (78/62 → 79/72 OP 6 (a), OP 3)', async () => {
    // 78/62 OP 6 (a) and (b) are "[To be determined];"; 79/72 fills them with the two agenda items. 78/62 OP 3 "Notes with
    // regret … on the item entitled “Recommendations for achieving …”" quotes the first one and is gone from 79/72.
    const findings = labelled(await seriesPair('report-of-the-disarmament-commission', 'A_RES_78_62', 'A_RES_79_72'));
    expect(findings).toContain('OP 6 (a) → OP 6 (a)');
    expect(findings).toContain('OP 6 (b) → OP 6 (b)');
    expect(findings).toContain('dropped OP 3');
    expect(findings.filter((finding) => /OP 6 \([ab]\)$/.test(finding) && /^(new|dropped)/.test(finding))).toEqual([]);
  }, 30_000);

  it('leaves apart two different positions that stood in one place, weakly alike (78/71 OP 9 → 79/85 OP 10; 78/102 PP 22 → 79/116 PP 22)', async () => {
    // 78/71 OP 9 "Notes the initiation of the new evaluation on nervous system effects …" went into 79/85 OP 8; 79/85
    // OP 10 "Also welcomes the planned initiation of the evaluation of effects … on the eye" is new. 78/71 OP 8 → 79/85
    // OP 9 (second primary cancer after radiotherapy: the evaluation in progress, then its report) is one position.
    const radiation = labelled(await seriesPair('effects-of-atomic-radiation', 'A_RES_78_71', 'A_RES_79_85'));
    expect(radiation).toContain('dropped OP 9');
    expect(radiation).toContain('new OP 10');
    expect(radiation).toContain('OP 8 → OP 9');
    // "Recalling also its decision … Group of Legal Experts …" against "Noting the oral report of the Chair of the working
    // group …": the last preambular paragraph of each, nothing else in common.
    const accountability = labelled(await seriesPair('criminal-accountability-of-united-nations-officials-and-expe', 'A_RES_78_102', 'A_RES_79_116'));
    expect(accountability).toContain('dropped PP 22');
    expect(accountability).toContain('new PP 22');
    // Weakly alike but one position, kept: the Summit of the Future recalled before it was held, welcomed after.
    expect(labelled(await seriesPair('information-and-communications-technologies-for-sustainable', 'A_RES_78_132', 'A_RES_79_194'))).toContain('PP 12 → PP 11');
  }, 60_000);

  it('keeps one position whose words are repeated in a paragraph kept whole elsewhere (79/208 → 80/140 OP 2), and still leaves 78/71 OP 9 apart', async () => {
    // "Notes the recent appointment of the new Executive Secretary … expresses its support for her tenure" → "Invites the
    // Parties … to provide the Executive Secretary … with full support in the fulfilment of her mandate": the support for
    // the Executive Secretary, one position. The newer words are 0.67 in 79/208 OP 38 ("Invites parties to the Convention
    // … invites the Executive Secretary …"), which stands unchanged as 80/140 OP 42: repeated wording, not a move.
    const biodiversity = labelled(await seriesPair('implementation-of-the-convention-on-biological-diversity-and', 'A_RES_79_208', 'A_RES_80_140'));
    expect(biodiversity).toContain('OP 2 → OP 2');
    expect(biodiversity).not.toContain('dropped OP 2');
    expect(biodiversity).not.toContain('new OP 2');
    // 78/71 OP 9's nervous-system evaluation went into 79/85 OP 8, which was rewritten to take it (0.61 with its partner).
    const radiation = labelled(await seriesPair('effects-of-atomic-radiation', 'A_RES_78_71', 'A_RES_79_85'));
    expect(radiation).toContain('dropped OP 9');
    expect(radiation).toContain('new OP 10');
  }, 60_000);

  it('leaves apart two paragraphs that share only a formula of the text (79/144 OP 327, 80/110 OP 323), keeping a shortened one whole (78/203 → 79/170 OP 9)', async () => {
    // "Endorses the documents developed by the Group of Experts … adopted by the Ad Hoc Working Group of the Whole at its
    // eighteenth meeting" and "Requests the Secretary-General to secure the necessary resources … as adopted by the Ad Hoc
    // Working Group of the Whole at its twenty-second meeting …": the phrase recurs in other paragraphs, nothing else is shared.
    const oceans = labelled(await seriesPair('oceans-and-the-law-of-the-sea', 'A_RES_79_144', 'A_RES_80_110'));
    expect(oceans).toContain('dropped OP 327');
    expect(oceans).toContain('new OP 323');
    expect(oceans.filter((finding) => finding.startsWith('OP 327 →'))).toEqual([]);
    // "Calls upon Member States to contribute to the efforts of the Working Group, including, inter alia, on the elaboration
    // of a draft legally binding instrument …" cut to "… the efforts of the Working Group in the achievement of its
    // mandate": the same formula-like phrase, but the newer paragraph is 0.71 in the older, one position.
    const development = labelled(await seriesPair('the-right-to-development', 'A_RES_78_203', 'A_RES_79_170'));
    expect(development).toContain('OP 9 → OP 9');
  }, 90_000);
});
