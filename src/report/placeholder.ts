import type { Paragraph } from '../types.js';

/**
 * A placeholder paragraph (`[To be determined];`, `[…]`, `[placeholder]`): a slot for text still to come. The aligner
 * keeps a filled placeholder and the text that filled it one position (its `fillPlaceholders`, which reads the folded
 * keys); the renderers read the paragraph as printed, so they say "filled" and show the new text rather than a word
 * diff of `[To be determined]` against it, which says nothing.
 */
const PLACEHOLDER_TEXT = /^\[\s*(?:to be (?:determined|decided|confirmed|completed|added|agreed)|placeholder|tbd|tbc|text to (?:come|follow)|\.\.\.|…)?\s*\][\s;,.]*$/i;

/** True when every paragraph at `indices` is a placeholder (and there is at least one). */
export function isPlaceholder(paragraphs: readonly Paragraph[], indices: readonly number[]): boolean {
  return indices.length > 0 && indices.every((index) => PLACEHOLDER_TEXT.test(paragraphs[index]?.text.trim() ?? ''));
}
