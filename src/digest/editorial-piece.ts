import type { DiffPart } from '../types.js';
import { isEditorialChange, repeatedWordingReasons } from '../classify/editorial.js';
import { normalizeParagraph } from '../normalize/normalize.js';

/**
 * True when a digest line's piece differs only as classify's editorial rules say: its two sides fold to the same words
 * (a British or American spelling, a hyphen or dash character, an abbreviation written out, a compound open or closed),
 * or, given the kept words around it, the piece is an edit of wording those rules read from a word diff (the date of a
 * citation given or dropped, a linking phrase, a list's comma turned into "and"). The digest stage hands it to
 * `digestLine`, which reads only the contract and may not call classify itself.
 */
export function isEditorialPiece(deleted: string, inserted: string, before = '', after = ''): boolean {
  if (isEditorialChange(normalizeParagraph(deleted).folded, normalizeParagraph(inserted).folded)) return true;
  if (before.trim() === '' && after.trim() === '') return false;
  const diff: DiffPart[] = [{ op: 'equal', text: before }];
  if (deleted !== '') diff.push({ op: 'delete', text: deleted });
  if (inserted !== '') diff.push({ op: 'insert', text: inserted });
  diff.push({ op: 'equal', text: after });
  return repeatedWordingReasons(diff, before + deleted + after, before + inserted + after) !== null;
}
