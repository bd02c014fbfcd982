import type { DiffPart } from '../types.js';

/**
 * A merge's word diff read against its older paragraphs taken together, in any order. The classifier's word diff reads
 * the sources end to end against the merged paragraph, so when the newer text opens with a new clause cast in the
 * same template as a carried one, the diff pairs the template with the new clause and says the carried clause "added":
 * trial 19-a (item 3) read Oceans 79/144 → 80/110 `PP 11 + PP 12 → PP 11 (merged): … adds “Nice, France, from 9 to 13
 * June 2025, and recalling its resolution 76/296 of 21 July 2022 …”`, words 79/144's PP 12 and PP 11 held, while the
 * news (“Noting its resolution 79/314 …”) fell under "4 more changes". Here each run of words the merged paragraph shares
 * with a source (`MIN_RUN` words or more, longest first, each source word used once) is kept, wherever it stands; what
 * is left of the merged paragraph is added, what is left of the sources is dropped (placed before the kept run that
 * follows it in the sources).
 */

/** Fewest words of a run the merged paragraph shares with a source for it to count as carried. */
const MIN_RUN = 4;
/** Fewest words of a run a source holds that the diff says as added, for `saidTwice`. */
const CARRIED_RUN = 8;
/** Least share of such a run's words the diff paired elsewhere for the source's words to be said twice. */
const PAIRED_SHARE = 0.3;
/** Largest product of the two sides' word counts read (the longest-run search is quadratic). */
const MAX_CELLS = 2_000_000;

interface Token {
  /** The word with the spaces after it, as it stands in the text. */
  text: string;
  /** The word as compared: lower case. */
  key: string;
}

function tokens(text: string): Token[] {
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  const found = [...text.slice(lead.length).matchAll(/\S+\s*/g)].map((match) => ({ text: match[0], key: match[0].trim().toLowerCase() }));
  if (lead !== '' && found.length > 0) found[0] = { ...found[0], text: lead + found[0].text };
  return found;
}

/** A run kept: where it starts in the merged paragraph and in the sources, and its length in words. */
interface Run {
  newerAt: number;
  olderAt: number;
  length: number;
}

/** Runs of `MIN_RUN` words or more the two token lists share, longest first, no token in two runs. */
function sharedRuns(older: readonly Token[], newer: readonly Token[]): Run[] {
  const usedOlder = new Array<boolean>(older.length).fill(false);
  const usedNewer = new Array<boolean>(newer.length).fill(false);
  const runs: Run[] = [];
  for (;;) {
    let best: Run | null = null;
    let previous = new Array<number>(newer.length + 1).fill(0);
    for (let i = 1; i <= older.length; i++) {
      const current = new Array<number>(newer.length + 1).fill(0);
      for (let j = 1; j <= newer.length; j++) {
        if (usedOlder[i - 1] || usedNewer[j - 1] || older[i - 1].key !== newer[j - 1].key) continue;
        current[j] = previous[j - 1] + 1;
        if (best === null || current[j] > best.length) best = { olderAt: i - current[j], newerAt: j - current[j], length: current[j] };
      }
      previous = current;
    }
    if (best === null || best.length < MIN_RUN) return runs;
    for (let k = 0; k < best.length; k++) {
      usedOlder[best.olderAt + k] = true;
      usedNewer[best.newerAt + k] = true;
    }
    runs.push(best);
  }
}

/**
 * Words of the diff's inserted parts that the sources hold word for word in a run of `CARRIED_RUN` words or more of
 * which the diff had paired at least `PAIRED_SHARE` with other words of the merged paragraph: the source's words said
 * twice, once as kept (a template the new clause shares) and once as added. A source the diff drops whole and the merged
 * paragraph says later (Finance 79/196 → 80/122 OP 4) is no such case: `carriedPiece` says it carried.
 */
function saidTwice(diff: readonly DiffPart[]): number {
  const older: Array<{ key: string; paired: boolean }> = [];
  for (const part of diff) {
    if (part.op === 'insert') continue;
    for (const token of tokens(part.text)) older.push({ key: token.key, paired: part.op === 'equal' });
  }
  let twice = 0;
  for (const part of diff) {
    if (part.op !== 'insert') continue;
    const words = tokens(part.text).map((token) => token.key);
    let k = 0;
    while (k < words.length) {
      // The longest run from word k the sources hold, and the share of its words the diff paired.
      let [length, share] = [0, 0];
      for (let i = 0; i < older.length; i++) {
        let n = 0;
        while (k + n < words.length && i + n < older.length && older[i + n].key === words[k + n]) n++;
        if (n > length) [length, share] = [n, older.slice(i, i + n).filter((token) => token.paired).length / n];
      }
      if (length >= CARRIED_RUN && share >= PAIRED_SHARE) {
        twice += length;
        k += length;
      } else k++;
    }
  }
  return twice;
}

function wordCount(diff: readonly DiffPart[], op: DiffPart['op']): number {
  return diff.filter((part) => part.op === op).reduce((sum, part) => sum + tokens(part.text).length, 0);
}

function pushPart(parts: DiffPart[], op: DiffPart['op'], text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last !== undefined && last.op === op) parts[parts.length - 1] = { op, text: last.text + text };
  else parts.push({ op, text });
}

/**
 * The merge's diff read again (see above), or null when the word diff says no source's words twice (`saidTwice`), or the reading again would change more words than it: then the word diff stands.
 * `sources`: the older paragraphs' texts in order; `diff`: the classifier's diff of their texts joined by a blank line.
 */
export function mergeReadTogether(diff: readonly DiffPart[], sources: readonly string[]): DiffPart[] | null {
  const older = tokens(sources.join('\n\n'));
  const newerText = diff.filter((part) => part.op !== 'delete').map((part) => part.text).join('');
  const newer = tokens(newerText);
  if (older.length * newer.length > MAX_CELLS || saidTwice(diff) < CARRIED_RUN) return null;
  const runs = sharedRuns(older, newer);
  if (runs.length === 0) return null;
  // Each older word left over goes before the kept run that follows it in the sources (after the last run: at the end).
  const byOlder = [...runs].sort((a, b) => a.olderAt - b.olderAt);
  const droppedBefore = new Map<Run, string>();
  let droppedAtEnd = '';
  let at = 0;
  for (const run of byOlder) {
    droppedBefore.set(run, older.slice(at, run.olderAt).map((token) => token.text).join(''));
    at = run.olderAt + run.length;
  }
  droppedAtEnd = older.slice(at).map((token) => token.text).join('');
  const parts: DiffPart[] = [];
  let next = 0;
  for (const run of [...runs].sort((a, b) => a.newerAt - b.newerAt)) {
    pushPart(parts, 'delete', droppedBefore.get(run) ?? '');
    pushPart(parts, 'insert', newer.slice(next, run.newerAt).map((token) => token.text).join(''));
    pushPart(parts, 'equal', newer.slice(run.newerAt, run.newerAt + run.length).map((token) => token.text).join(''));
    next = run.newerAt + run.length;
  }
  pushPart(parts, 'delete', droppedAtEnd);
  pushPart(parts, 'insert', newer.slice(next).map((token) => token.text).join(''));
  const changed = (given: readonly DiffPart[]): number => wordCount(given, 'insert') + wordCount(given, 'delete');
  return changed(parts) <= changed(diff) ? parts : null;
}
