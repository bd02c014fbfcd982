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
  if (isImpliedQualifier(deleted, inserted, after)) return true;
  const diff: DiffPart[] = [{ op: 'equal', text: before }];
  if (deleted !== '') diff.push({ op: 'delete', text: deleted });
  if (inserted !== '') diff.push({ op: 'insert', text: inserted });
  diff.push({ op: 'equal', text: after });
  return repeatedWordingReasons(diff, before + deleted + after, before + inserted + after) !== null;
}

/**
 * Qualifiers a name or a currency carries without saying more: "United Nations" before the Secretary-General or the
 * Secretariat (the only one the General Assembly's texts speak of), "United States" before dollars (the currency the
 * texts count in). A desk officer read `progress of the United Nations Secretary-General's → progress of the
 * Secretary-General's` and `billion United States dollar → billion dollar` as changes beside the real ones.
 */
const IMPLIED_QUALIFIERS: readonly { qualifier: RegExp; named: RegExp }[] = [
  { qualifier: /^United Nations$/, named: /^(?:Secretary-General|Secretariat)(?![\p{L}-])/u },
  { qualifier: /^United States$/, named: /^dollars?(?![\p{L}-])/u },
];

/** True when the piece only puts in or takes out such a qualifier right before what it qualifies. */
function isImpliedQualifier(deleted: string, inserted: string, after: string): boolean {
  if ((deleted.trim() === '') === (inserted.trim() === '')) return false;
  const words = (deleted || inserted).trim();
  const next = after.trimStart();
  return IMPLIED_QUALIFIERS.some(({ qualifier, named }) => qualifier.test(words) && named.test(next));
}
