import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordDiffKey } from '../../src/classify/word-diff.js';
import { compare, compareDocuments } from '../../src/pipeline.js';
import { loadDocument } from '../../src/ingest/load-document.js';
import { resolveOptions } from '../../src/options.js';
import { pairSummary } from '../../src/report/labels.js';
import { keyChanges } from '../../src/report/key-changes.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { accountingProblems, findingSignatures } from '../helpers/build-documents.js';

const FOMC = join(SHARED_DATA, 'fomc-statements');
const statement = (date: string) => join(FOMC, `fomc_${date}.txt`);

if (!HAS_SHARED) console.warn(SHARED_MISSING);

/** Real-text tests on the 219 FOMC statements: each file's front matter names the `previous` statement. */
describe.skipIf(!HAS_SHARED)('FOMC statements, consecutive pairs', () => {
  it('compares all 218 consecutive pairs without error, accounting for every paragraph', async () => {
    const files = readdirSync(FOMC).filter((name) => /^fomc_\d{4}-\d{2}-\d{2}\.txt$/.test(name)).sort();
    const options = resolveOptions();
    let pairs = 0;
    for (const name of files) {
      const previous = /^previous: "(.*)"$/m.exec(readFileSync(join(FOMC, name), 'utf8'))?.[1];
      if (!previous) continue;
      const left = await loadDocument(statement(previous));
      const right = await loadDocument(join(FOMC, name));
      const { comparison } = compareDocuments(left, right, options);
      expect(accountingProblems(comparison.findings, left.paragraphs.length, right.paragraphs.length), name).toEqual([]);
      for (const finding of comparison.findings) {
        // The word diff rebuilds both sides: equal + inserted = the newer text exactly, equal + deleted = the older but
        // for its dashes and apostrophes, which the diff reads alike and shows as the newer text writes them (the 2015
        // statements' non-breaking hyphens, 2009's curly apostrophes), at the same offsets (`wordDiffKey`).
        // A merge reads its sources in `order` when the merged paragraph takes them out of the older text's order
        // (2009-01-28 ¶ 1 + ¶ 4 → 2009-03-18 ¶ 3 reads ¶ 4's "the Federal Reserve will employ …" first): so does its diff.
        const older = (finding.order ?? finding.left).map((index) => left.paragraphs[index].text).join('\n\n');
        const newer = finding.right.map((index) => right.paragraphs[index].text).join('\n\n');
        const rebuiltOlder = finding.diff.filter((part) => part.op !== 'insert').map((part) => part.text).join('');
        expect(rebuiltOlder.length, name).toBe(older.length);
        expect(wordDiffKey(rebuiltOlder), name).toBe(wordDiffKey(older));
        expect(finding.diff.filter((part) => part.op !== 'delete').map((part) => part.text).join(''), name).toBe(newer);
      }
      expect(comparison.similarity).toBeGreaterThanOrEqual(0);
      expect(comparison.similarity).toBeLessThanOrEqual(1);
      pairs++;
    }
    expect(pairs).toBe(218);
  }, 180_000); // a hang guard: on a loaded CI machine the 218 pairs took just over the default 60 s in session 20

  // Pinned after reading both statements side by side: the January 2008 cut follows the emergency cut of a week before.
  it('2008-01-22 → 2008-01-30: six paragraphs in order, the rate cut 75 → 50 basis points', async () => {
    const result = await compare(statement('2008-01-22'), statement('2008-01-30'));
    expect(result.comparisons[0].summary).toMatchObject({ unchanged: 1, modified: 5, split: 0, merged: 0, new: 0, dropped: 0, moved: 0 });
    expect(findingSignatures(result)).toEqual(['modified L[0] R[0]', 'modified L[1] R[1]', 'modified L[3] R[3]', 'modified L[4] R[4]', 'modified L[5] R[5]']);
    const first = result.comparisons[0].findings[0];
    expect(first.diff.filter((part) => part.op !== 'equal').map((part) => `${part.op}:${part.text.trim()}`)).toEqual([
      'delete:has',
      'insert:today',
      'delete:75',
      'insert:50',
      // The old rate goes as a whole (numbers are atomic in word diffs), not as a kept "3" and a deleted "-1/2".
      'delete:3-1/2',
      'insert:3',
    ]);
  });

  // September 2010 condenses August's paragraph on reinvestment into one short sentence of the rate paragraph. Too little
  // of it survives (the detail on agency debt and Treasury securities goes) to call it merged: it reads as dropped.
  it('2010-08-10 → 2010-09-21: one paragraph dropped, the others reworded in place', async () => {
    const result = await compare(statement('2010-08-10'), statement('2010-09-21'));
    expect(findingSignatures(result)).toEqual([
      'modified L[0] R[0]',
      'modified L[1] R[1]',
      'modified L[2] R[2]',
      'dropped L[3] R[]',
      'modified L[4] R[3]',
      'modified L[5] R[4]',
      'modified L[6] R[5]',
    ]);
  });

  // The emergency statement of 15 March 2020 is a rewrite: four new paragraphs, the votes kept. Its closing lines (the
  // press office's and "Implementation Note issued March 15, 2020") are the release's trailer, no paragraphs (session
  // 16: before, they were an unchanged and a modified paragraph, L[2] R[6] and L[3] R[7]).
  it('2020-03-03 → 2020-03-15: the emergency rewrite reads as four new paragraphs around kept ones', async () => {
    const result = await compare(statement('2020-03-03'), statement('2020-03-15'));
    const comparison = result.comparisons[0];
    expect(comparison.summary).toMatchObject({ unchanged: 0, modified: 2, new: 4, dropped: 0, moved: 0 });
    expect(findingSignatures(result).filter((signature) => signature.startsWith('new'))).toEqual(['new L[] R[0]', 'new L[] R[2]', 'new L[] R[3]', 'new L[] R[5]']);
    expect(findingSignatures(result)).toContain('modified L[1] R[4]');
    expect(result.documents.map((document) => document.trailer)).toEqual([
      ['For media inquiries, call 202-452-2955.', 'Implementation Note issued March 3, 2020'],
      ['For media inquiries, call 202-452-2955.', 'Implementation Note issued March 15, 2020'],
    ]);
    expect(comparison.similarity).toBeLessThan(0.4);
  });
});

/** The commitment signals of a pair, as the reader sees them. */
async function commitments(older: string, newer: string): Promise<string[]> {
  const result = await compare(statement(older), statement(newer));
  return result.comparisons[0].findings.flatMap((finding) => finding.signals.filter((one) => one.type === 'commitment').map((one) => one.summary));
}

/** Forward guidance of 2020–2023 read with a direction (trial 20-b D1, session 20). */
describe.skipIf(!HAS_SHARED)('FOMC forward guidance, 2020–2023', () => {
  it('reads the path of the rate by its modal and quantifier: will → may, "any" added, the extent left open', async () => {
    expect(await commitments('2023-02-01', '2023-03-22')).toEqual(['commitment weakened: ongoing increases in the target range will be appropriate → some additional policy firming may be appropriate']);
    expect(await commitments('2023-03-22', '2023-05-03')).toEqual(['commitment weakened: some additional policy firming may be appropriate → the extent to which additional policy firming may be appropriate']);
    expect(await commitments('2023-11-01', '2023-12-13')).toEqual(['commitment weakened: the extent of additional policy firming that may be appropriate → the extent of any additional policy firming that may be appropriate']);
  });

  it('2021-12-15 → 2022-01-26: the threshold dropped and the move announced, and the pair summary leads with them', async () => {
    const result = await compare(statement('2021-12-15'), statement('2022-01-26'));
    expect(pairSummary(result.comparisons[0])).toMatch(/^1 commitment dropped, 1 commitment added, /);
    expect(await commitments('2021-12-15', '2022-01-26')).toEqual([
      'commitment dropped: maintain this target range until labor market conditions',
      'commitment added: will soon be appropriate to raise the target range',
    ]);
  });

  it('2020-07-29 → 2020-09-16: the pledge moved into the new ¶ 4 is one pledge strengthened (judgement → threshold), not dropped', async () => {
    expect(await commitments('2020-07-29', '2020-09-16')).toEqual([
      'commitment dropped: decides',
      'commitment strengthened: maintain this target range until it is confident → maintain this target range until labor market conditions',
    ]);
  });

  // Counter-examples: a move announced then made, with ongoing moves pledged, is guidance of the same strength (no
  // shift); the guidance unchanged in words gives nothing.
  it('2022-01-26 → 2022-03-16 and 2023-09-20 → 2023-11-01: no guidance shift', async () => {
    expect(await commitments('2022-01-26', '2022-03-16')).toEqual([]);
    expect((await commitments('2023-09-20', '2023-11-01')).filter((summary) => summary.includes('appropriate'))).toEqual([]);
  });
});

/** The number signals of a pair, as the reader sees them. */
async function figures(older: string, newer: string): Promise<string[]> {
  const result = await compare(statement(older), statement(newer));
  return result.comparisons[0].findings.flatMap((finding) => finding.signals.filter((one) => one.type === 'number' && !one.routine).map((one) => one.summary));
}

/** Figures paired by what they count, levels restated elsewhere not removed, hikes one change (trial 20-b D2, session 20). */
describe.skipIf(!HAS_SHARED)('FOMC figures and rates, 2020–2022', () => {
  it('2021-11-03 → 2021-12-15: the taper doubled reads pace for pace and holdings for holdings', async () => {
    // Session 21 (dig21, D10): the garbled non-breaking hyphens are read as hyphens, so "mortgage-backed" reads alike in
    // every sentence, and January's holdings ($40 / $20 billion) are paired with December's ($60 / $30 billion), the
    // schedule they replace, as trial 20-b D2 reads them ("against December's $60 bn / $30 bn"); November's $70 / $35
    // billion, paired before through the shared U+2011 of "mortgage‑backed", are removed.
    expect(await figures('2021-11-03', '2021-12-15')).toEqual([
      'figure changed: 10 billion → 20 billion',
      'figure changed: 5 billion → 10 billion',
      'figure changed: 60 billion → 40 billion',
      'figure changed: 30 billion → 20 billion',
      'figure removed: 70 billion',
      'figure removed: 35 billion',
    ]);
  });

  it('2020-07-29 → 2020-09-16: the rate and the 2 percent goal, restated in the new ¶ 4, are not removed', async () => {
    expect(await figures('2020-07-29', '2020-09-16')).toEqual([]);
  });

  it('the hikes of 2022-03-16 and 2022-11-02 are one percentage changed each', async () => {
    expect((await figures('2022-01-26', '2022-03-16')).filter((summary) => summary.startsWith('percentage'))).toEqual(['percentage changed: 0 to 1/4 percent → 1/4 to 1/2 percent']);
    expect(await figures('2022-09-21', '2022-11-02')).toEqual(['percentage changed: 3 to 3-1/4 percent → 3-3/4 to 4 percent']);
  });

  // Counter-example: one value said of one thing in other words ("$300 billion of longer-term Treasury securities over
  // the next six months" → "$300 billion of Treasury securities by autumn", 2009-03-18 → 04-29) is kept, not paired
  // with the agency MBS amount dropped ("$750 billion of agency mortgage-backed securities").
  it('2009-03-18 → 2009-04-29: a value kept in other words stays kept', async () => {
    expect(await figures('2009-03-18', '2009-04-29')).toEqual(['period removed: over the next six months', 'figure removed: 750 billion', 'figure removed: 100 billion']);
  });
});

/** The voting record's rotation read one way and said in full (trial 20-b D8, session 20). */
describe.skipIf(!HAS_SHARED)('FOMC voting record', () => {
  const rosterFinding = async (older: string, newer: string) => {
    const result = await compare(statement(older), statement(newer));
    return result.comparisons[0].findings.find((finding) => finding.kind === 'modified' && (finding.reasons ?? []).some((reason) => reason.startsWith('the list of voting members')));
  };

  it('the January rotations of 2022 and 2023 are both routine, with who left and who joined in full', async () => {
    const january2022 = await rosterFinding('2021-12-15', '2022-01-26');
    expect(january2022?.routine).toBe(true);
    expect(january2022?.reasons?.[0]).toBe(
      'the list of voting members changed (out: Thomas I. Barkin, Raphael W. Bostic, Richard H. Clarida, Mary C. Daly, Charles L. Evans, Randal K. Quarles; in: James Bullard, Esther L. George, Patrick Harker, Loretta J. Mester): the yearly rotation of voters, a member joining or leaving; no dissent changed',
    );
    const february2023 = await rosterFinding('2022-12-14', '2023-02-01');
    expect(february2023?.routine).toBe(true);
    expect(february2023?.reasons?.[0]).toContain('(out: James Bullard, Susan M. Collins, Esther L. George, Loretta J. Mester; in: Austan D. Goolsbee, Patrick Harker, Neel Kashkari, Lorie K. Logan)');
  });

  // Counter-example: a dissent added beside the list stays the news (2022-01-26 → 03-16, Bullard votes against).
  it('2022-01-26 → 2022-03-16: the voting record with a dissent added is substantive', async () => {
    const result = await compare(statement('2022-01-26'), statement('2022-03-16'));
    const voting = result.comparisons[0].findings.find((finding) => finding.signals.some((one) => one.type === 'dissent'));
    expect(voting?.routine).toBeFalsy();
    expect(voting?.signals.map((one) => one.summary)).toContain('dissent added: James Bullard');
  });
});

/** Key-change lines lead with the guidance edit (trial 20-b D7, session 20). */
describe.skipIf(!HAS_SHARED)('FOMC key changes', () => {
  it('2021-12-15 → 2022-01-26: the policy paragraph\'s line opens on "soon" and "raise"', async () => {
    const result = await compare(statement('2021-12-15'), statement('2022-01-26'));
    const lines = keyChanges(result.comparisons[0], result.documents[0].paragraphs, result.documents[1].paragraphs).map((change) => change.line.text);
    const policy = lines.find((line) => line.startsWith('¶ 4 → ¶ 3'));
    expect(policy).toMatch(/^¶ 4 → ¶ 3: will be appropriate → will soon be appropriate; maintain this target → raise the target; /);
  });

  // Counter-example: a paragraph whose commitment signals are none keeps the text's order (the taper doubled, 2021-12-15).
  it('2021-11-03 → 2021-12-15: no guidance signal, the line in reading order', async () => {
    const result = await compare(statement('2021-11-03'), statement('2021-12-15'));
    const lines = keyChanges(result.comparisons[0], result.documents[0].paragraphs, result.documents[1].paragraphs).map((change) => change.line.text);
    expect(lines.find((line) => line.startsWith('¶ 4'))).toMatch(/^¶ 4: drops “With inflation having run persistently below this longer-run goal”/);
  });
});
