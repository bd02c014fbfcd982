import { isEditorialChange } from '../classify/editorial.js';
import { normalizeParagraph } from '../normalize/normalize.js';

/**
 * True when a digest line's piece differs only as classify's editorial rules say: its two sides fold to the same words
 * (a British or American spelling, a hyphen or dash character, an abbreviation written out, a compound open or closed).
 * The digest stage hands it to `digestLine`, which reads only the contract and may not call classify itself.
 */
export function isEditorialPiece(deleted: string, inserted: string): boolean {
  return isEditorialChange(normalizeParagraph(deleted).folded, normalizeParagraph(inserted).folded);
}
