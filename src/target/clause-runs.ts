/**
 * Fewest words of a clause added to a paragraph's closest source, and of the run an earlier paragraph must share with
 * it (besides two thirds of the clause), for the memo to say where it was first; as many as a `partial` source's phrase
 * (`LINEAGE_PARTIAL_RUN`). 80/48 against its series: at 10 words a treaty's name ("under the Treaty on the
 * Non-Proliferation of Nuclear Weapons") and a stock phrase ("for use in nuclear weapons or other nuclear explosive
 * devices") were "first" in 78/40 OP 3; the risk-reduction clause shares 13 of its 15 words with 78/40 PP 17.
 */
export const CLAUSE_WORDS = 12;

/** A word of a text, lower-cased, with where it stands in it. */
export interface ClauseWord {
  lower: string;
  from: number;
  to: number;
}

/** The words of a text, lower-cased, with where each stands in it: letters and digits (`non‑nuclear-weapon` is three). The lineage search and the memo count a clause's words alike. */
export function clauseWords(text: string): ClauseWord[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({ lower: match[0].toLowerCase(), from: match.index, to: match.index + match[0].length }));
}

/** The longest run of `a` found word for word in `b`: where it starts in `a` and its length (dynamic programming, two short lists). */
export function longestRun(a: readonly string[], b: readonly string[]): { start: number; length: number } {
  let best = { start: 0, length: 0 };
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      current[j] = previous[j - 1] + 1;
      if (current[j] > best.length) best = { start: i - current[j], length: current[j] };
    }
    previous = current;
  }
  return best;
}

/**
 * The runs of `a` of at least `least` words that `b` has word for word, each as long as it goes (a run inside a longer
 * one left out), in `a`'s order: where a target paragraph's wording stands in an earlier paragraph.
 */
export function sharedRuns(a: readonly string[], b: readonly string[], least: number): Array<{ start: number; length: number }> {
  const ends = new Map<number, number>();
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      current[j] = previous[j - 1] + 1;
      // A run that goes on in the next words of both is not yet at its end.
      const goesOn = i < a.length && j < b.length && a[i] === b[j];
      if (!goesOn && current[j] >= least) ends.set(i, Math.max(ends.get(i) ?? 0, current[j]));
    }
    previous = current;
  }
  const runs = [...ends.entries()].map(([end, length]) => ({ start: end - length, length })).sort((x, y) => x.start - y.start || y.length - x.length);
  return runs.filter((run, at) => !runs.some((other, k) => k !== at && other.start <= run.start && other.start + other.length >= run.start + run.length && (other.length > run.length || k < at)));
}
