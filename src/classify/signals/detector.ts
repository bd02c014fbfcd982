import type { DiffPart, Signal } from '../../types.js';
import type { Lexicons } from './lexicon.js';

/** One side of a finding as a signal detector sees it; empty (`''`, `[]`) for the missing side of a new or dropped paragraph. */
export interface SignalSide {
  /** The paragraph text (a group's paragraphs joined by a blank line), as written. */
  text: string;
  /** The normalizer's folded tokens (lemmas), stop words included. */
  tokens: readonly string[];
  /** A group's paragraphs one by one (their tokens, in the group's order), when the side is more than one paragraph. */
  paragraphs?: readonly (readonly string[])[];
}

/** What every detector is given for one finding. */
export interface SignalInput {
  /** The older (left) side. */
  before: SignalSide;
  /** The newer (right) side. */
  after: SignalSide;
  /** The word diff from before to after (cleaned for reading). */
  diff: readonly DiffPart[];
  /** The lexicons (actors, hedges, topics, instruments): the built-in ones unless the user extended them. */
  lexicons?: Lexicons;
  /**
   * The two whole documents the finding belongs to, for a detector that reads a paragraph's change against the text as
   * a whole (a topic is removed only when the newer text no longer touches it anywhere). Absent when two paragraphs are
   * read alone (the signals bench): the detector then reads the two paragraphs only.
   */
  documents?: SignalDocuments;
}

/**
 * The paragraph texts of the two documents compared, as written, in order. Classify passes the same arrays to every
 * finding of one comparison, so a detector may read them once per comparison (keyed by the array).
 */
export interface SignalDocuments {
  /** The older (left) document's paragraphs. */
  before: readonly string[];
  /** The newer (right) document's paragraphs. */
  after: readonly string[];
}

/**
 * A signal type: one module exporting one detector, registered in `index.ts`. `detect` returns the signals of its type
 * for one finding (none when nothing changed for it), each carrying its own `summary` sentence, which every renderer
 * (text, Markdown, HTML) shows as it is: a new type needs no renderer change.
 */
export interface SignalDetector {
  /** The `type` of the signals it makes. */
  readonly type: Signal['type'];
  detect(input: SignalInput): Signal[];
}
