import { lostLetters } from '../ingest/lost-letters.js';

/**
 * A letter one text's layer lost and the letter its font writes in its place (A/RES/80/135 writes "o" for "j": "maoor",
 * "oboectives", "oobs"), read from a pair of texts: the other text still has the lost letter, and its words that need it
 * reappear in the lossy text with one letter always in its place. Words that differ only by that substitution are one
 * word to the comparison (`withLetterFold` in `word-diff.ts`), the way dashes and hyphens are (trial 17-a D5: the 79/202
 * → 80/135 pair had 8 digest lines of "objectives → oboectives" and the like, three made of nothing else).
 */
export interface LetterFold {
  /** The lowercase letter the text layer lost ("j"). */
  lost: string;
  /** The lowercase letter written in its place ("o"). */
  standIn: string;
}

/**
 * Fewest words of the other text that must reappear with the stand-in before it is believed: one or two could be chance
 * ("jar" and "oar"); 80/135 against 79/202 shows 19.
 */
const AT_LEAST_WORDS = 3;

/** Lowercase words as written, once each. */
function wordsOf(paragraphs: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const paragraph of paragraphs) for (const word of paragraph.match(/[a-z]+/g) ?? []) words.add(word);
  return words;
}

/**
 * The stand-in of a letter one side lost (`lostLetters`, the reader's warning), or null: the letter whose substitution
 * turns the most words of the other side that hold the lost letter into words of the lossy side that the other side
 * has not (`AT_LEAST_WORDS` of them, and twice as many as any other letter does). A letter both sides lack, or lost with
 * no word to show its stand-in, folds nothing.
 */
export function letterFoldOf(older: readonly string[], newer: readonly string[]): LetterFold | null {
  for (const [lossy, other] of [
    [newer, older],
    [older, newer],
  ]) {
    const { lost } = lostLetters(lossy);
    if (lost.length === 0) continue;
    const lossyWords = wordsOf(lossy);
    const otherWords = wordsOf(other);
    for (const { letter } of lost) {
      const hits = new Map<string, number>();
      for (const word of otherWords) {
        if (!word.includes(letter)) continue;
        for (let code = 97; code <= 122; code++) {
          const standIn = String.fromCharCode(code);
          if (standIn === letter) continue;
          const written = word.replaceAll(letter, standIn);
          if (lossyWords.has(written) && !otherWords.has(written)) hits.set(standIn, (hits.get(standIn) ?? 0) + 1);
        }
      }
      const ranked = [...hits].sort((a, b) => b[1] - a[1]);
      const [best, second] = ranked;
      if (best && best[1] >= AT_LEAST_WORDS && best[1] >= 2 * (second?.[1] ?? 0)) return { lost: letter, standIn: best[0] };
    }
  }
  return null;
}

/** The reason a finding gives when the fold is all its texts differ by. */
export function letterFoldReason(fold: LetterFold): string {
  return `the text layer writes “${fold.standIn}” for “${fold.lost}”`;
}

/** A text with the lost letter written as its stand-in: two texts equal so are equal but for the text layer's loss. */
export function foldLetter(text: string, fold: LetterFold | null): string {
  return fold ? text.replaceAll(fold.lost, fold.standIn) : text;
}
