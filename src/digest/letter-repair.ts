import type { DigestLine, Paragraph } from '../types.js';
import { letterFoldOf, type LetterFold } from '../classify/letter-fold.js';
import { lostLetters } from '../ingest/lost-letters.js';

/**
 * The words of a pair's lossy text (its layer lost a letter: `lostLetters`, the reader's warning) restored where the
 * other text shows the word: "Oboectives" → "Objectives" (79/202 has "Objectives"), "oobs" → "jobs" (79/202 has "job").
 * The comparison already reads them as one (`letterFoldOf`); the digest quoted them as the layer wrote them, and a memo
 * pasted "decent oobs" (trial 19a D9). Only a word the other text does not use, one of whose stand-ins written as the
 * lost letter gives a word of the other text (or that word with or without a final "s"); a word no text shows stays as
 * written. Each line that quotes a restored word says so (`restoredSignal`): nothing is rewritten silently.
 */
export interface LetterRepair {
  fold: LetterFold;
  /** Lowercase restored word by lowercase word as written (`oboectives` → `objectives`). */
  words: ReadonlyMap<string, string>;
}

/** How many stand-ins of one word are tried as the lost letter (2^n spellings): "oboectives" has three. */
const MOST_STAND_INS = 5;

function vocabulary(paragraphs: readonly Paragraph[]): Set<string> {
  const words = new Set<string>();
  for (const paragraph of paragraphs) for (const word of paragraph.text.toLowerCase().match(/[a-z]+/g) ?? []) words.add(word);
  return words;
}

/** The repair of a pair whose one text lost a letter the other shows, or null. */
export function letterRepairOf(left: readonly Paragraph[], right: readonly Paragraph[]): LetterRepair | null {
  const [leftTexts, rightTexts] = [left.map((paragraph) => paragraph.text), right.map((paragraph) => paragraph.text)];
  const fold = letterFoldOf(leftTexts, rightTexts);
  if (!fold) return null;
  const rightLossy = lostLetters(rightTexts).lost.some((lost) => lost.letter === fold.lost);
  const [lossy, other] = rightLossy ? [right, left] : [left, right];
  const known = vocabulary(other);
  const words = new Map<string, string>();
  for (const word of vocabulary(lossy)) {
    if (known.has(word) || !word.includes(fold.standIn)) continue;
    const restored = restoredSpelling(word, fold, known);
    if (restored !== null) words.set(word, restored);
  }
  return words.size > 0 ? { fold, words } : null;
}

/** The one spelling of `word` with some stand-ins written as the lost letter that the other text knows, or null. */
function restoredSpelling(word: string, fold: LetterFold, known: ReadonlySet<string>): string | null {
  const at = [...word].flatMap((letter, index) => (letter === fold.standIn ? [index] : []));
  if (at.length > MOST_STAND_INS) return null;
  const found = new Set<string>();
  for (let mask = 1; mask < 1 << at.length; mask++) {
    const letters = [...word];
    at.forEach((index, bit) => {
      if (mask & (1 << bit)) letters[index] = fold.lost;
    });
    const spelling = letters.join('');
    if (known.has(spelling) || known.has(`${spelling}s`) || (spelling.endsWith('s') && known.has(spelling.slice(0, -1)))) found.add(spelling);
  }
  return found.size === 1 ? [...found][0] : null;
}

/** A text with the repair's words restored, keeping each letter's case; and which words it restored, as written. */
function restoredText(text: string, repair: LetterRepair): { text: string; restored: Array<[string, string]> } {
  const restored: Array<[string, string]> = [];
  const out = text.replace(/[A-Za-z]+/g, (word) => {
    const spelling = repair.words.get(word.toLowerCase());
    if (spelling === undefined) return word;
    // Only a lowercase stand-in was the lost lowercase letter: "Oboectives" keeps its capital O.
    const fixed = [...word].map((letter, index) => (letter === repair.fold.standIn && spelling[index] === repair.fold.lost ? repair.fold.lost : letter)).join('');
    if (fixed !== word) restored.push([word, fixed]);
    return fixed;
  });
  return { text: out, restored };
}

/** The signal of a line whose quotes were restored: `text layer repaired: “o” written for “j” in oboectives → objectives`. */
function restoredSignal(fold: LetterFold, restored: ReadonlyArray<[string, string]>): string {
  const pairs = [...new Map(restored.map(([from, to]) => [from, to]))].map(([from, to]) => `${from} → ${to}`);
  return `text layer repaired: “${fold.standIn}” written for “${fold.lost}” in ${pairs.join(', ')}`;
}

/** A digest line with its quotes restored (`letterRepairOf`) and a signal saying which words; the line as it was when none. */
export function withLettersRestored(line: DigestLine, repair: LetterRepair | null): DigestLine {
  if (repair === null) return line;
  const text = restoredText(line.text, repair);
  if (text.restored.length === 0) return line;
  return { ...line, text: text.text, changes: line.changes.map((change) => restoredText(change, repair).text), signals: [...line.signals, restoredSignal(repair.fold, text.restored)] };
}
