import { normalizeParagraph } from '../normalize/normalize.js';
import { findCommitment, findStance } from '../classify/signals/commitment.js';

/** Words a clause's verb may follow in a piece of a line (`and welcoming`, `, and urges`): the clause's joint, not its verb. */
const CLAUSE_JOINTS = new Set(['and', 'or', 'but', 'while', 'whilst']);

/** The position a piece opens with, by classify's scale: a stance (`concern`) or a commitment verb and its rung. */
function positionOf(text: string): { stance: string } | { phrase: string; strength: number } | null {
  const tokens = [...normalizeParagraph(text).tokens];
  while (tokens.length > 0 && CLAUSE_JOINTS.has(tokens[0])) tokens.shift();
  if (tokens.length === 0) return null;
  const stance = findStance(tokens);
  if (stance !== null) return { stance: stance.stance };
  const found = findCommitment(tokens);
  // Only a verb the piece opens with (or after an adverb: `also welcomes`): a verb further in is another clause's.
  if (found === null || !tokens.slice(0, 3).includes(found.phrase.split(' ')[0])) return null;
  return found;
}

/**
 * True when a piece of a digest line puts one position for another: its two sides open with a commitment verb of
 * another rung (`welcoming → taking note of`), or a stance for another stance or a verb. The digest stage hands it to
 * `digestLine`, which says such a piece first (review 18, L1: Agriculture 78/168 → 79/227 PP 18 + PP 19 → PP 18 listed
 * the sessions' dates first and hid "welcoming the adoption → taking note of the adoption" among "5 more changes").
 * A verb of the same rung (`Recalling → Taking note of`) is no position moved.
 */
export function isPositionPiece(deleted: string, inserted: string): boolean {
  const [from, to] = [positionOf(deleted), positionOf(inserted)];
  if (from === null || to === null) return false;
  if ('stance' in from || 'stance' in to) return !('stance' in from && 'stance' in to && from.stance === to.stance);
  return from.strength !== to.strength;
}
