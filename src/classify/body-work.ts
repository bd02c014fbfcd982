import { wordDiff } from './word-diff.js';

/**
 * Another body's work recorded as it moves on (issue 23, session 20, "another body's work"): a paragraph that notes the
 * ongoing work of another organ ("Notes the ongoing work of the International Maritime Organization on marine plastic
 * litter") and gains only the record of what that body has since adopted or taken up ("{+, including the adoption by the
 * Marine Environment Protection Committee of the 2025 Action Plan …, and its approval of Recommendations …+}", Oceans
 * 79/144 → 80/110 OP 218 → OP 214; "{+in particular concerning the fire safety of ro-ro passenger ships under the
 * International Convention for the Safety of Life at Sea …, and +}", 78/69 → 79/144 OP 185 → OP 180; "{+its resolution
 * 6/4 of 1 March 2024, and +}" among the Environment Assembly's contributions noted, Biodiversity 78/155 → 79/208 OP 47).
 * Drafters read these "not negotiated": the Assembly's note is the same, the other body's work is where it now stands.
 *
 * Narrow on purpose (numbers of session 20: 3 labelled "not" findings moved, no labelled-negotiated one has this
 * opening): both paragraphs open by noting the ongoing work of a body (`NOTES_ONGOING_WORK`); every changed stretch
 * only inserts, or drops no more than the "and" the insertion now carries; at least one insertion records what a body
 * adopted, approved, decided or worked on (`RECORDS_OUTPUT`); and no insertion asks, decides, welcomes or takes a
 * stance (`ASKS_OR_STANDS`): a note that turns into a call ("…, and urges States to ratify") stays a finding.
 * Review20 (R5a/c/d/e): "looks forward to the adoption", "which it hopes will be ratified", "to adjourn for one year the
 * adoption" are stances, not records; and every insertion must sit in a clause "notes" governs (`governedByNotes`).
 */

/** An opening that notes another body's ongoing work: "Notes the ongoing work of the", "Also notes the ongoing work by the". */
const NOTES_ONGOING_WORK = /^(?:(?:Also|Further)\s)?Notes(?:\s(?:also|further))?\sthe\songoing\swork\s(?:of|by)\sthe\s/;

/** Words that record a body's output or the subject of its work: its adoption, approval, decision or resolution. */
const RECORDS_OUTPUT = /\b(?:adoption|adopted|approval|approved|decisions?|resolutions?|in particular concerning|including)\b/i;

/** Words that ask, decide, welcome or take a stance: an insertion holding one is more than a record. */
const ASKS_OR_STANDS =
  /\b(?:urg\w*|calls?|calling|request\w*|decides?|demand\w*|condemn\w*|deplor\w*|regret\w*|commit(?:s|ted|ment)?|must|shall|should|need\w*|encourag\w*|invit\w*|stress\w*|emphasi\w*|underlin\w*|welcom\w*|concern(?:s|ed)?|alarm\w*|support\w*|not|no|never|looks?\s+forward|hope\w*|expect\w*|recogni[sz]\w*|acknowledg\w*|appreciat\w*|implement\w*|ratif\w*|without\s+delay|priority|adjourn\w*|postpon\w*|defer\w*|delay\w*)\b|\b(?:which|that)\b[^,;]*\b(?:will|should|shall)\b/i;

/**
 * The clause verbs of a resolution paragraph, at a clause start: the last one before an insertion governs it. Only
 * "notes" makes the insertion a record: one into an "encourages/calls/requests" clause widens that call (review20 R5e).
 */
const CLAUSE_VERB =
  /(?:^|[,;]\s*|\band\s+|\bregard\s+|\b(?:also|further)\s+)((?:notes|encourages|calls|urges|requests|invites|decides|recogni[sz]es|acknowledges|welcomes|stresses|emphasi[sz]es|underlines|reaffirms|recalls|affirms|expresses|takes|looks|supports|hopes|expects|reiterates|commends|appreciates|endorses|approves|considers|deplores|condemns|regrets|urging|calling|encouraging|requesting|inviting))\b/gi;

/** Whether the last clause verb before `prefix`'s end (back to a semicolon) is "notes". */
function governedByNotes(prefix: string): boolean {
  const clause = prefix.slice(prefix.lastIndexOf(';') + 1);
  let verb: string | null = null;
  for (const match of clause.matchAll(CLAUSE_VERB)) verb = match[1] ?? null;
  return verb !== null && verb.toLowerCase() === 'notes';
}

/** Most edits of the word diff tried. */
const DIFF_BUDGET = 400;

/**
 * The reason a paragraph noting another body's ongoing work only gained the record of what that body has done since
 * (`['another body\'s work recorded as it moves on: “…”']`), or null.
 */
export function bodyWorkRecordedReasons(before: string, after: string): string[] | null {
  if (!NOTES_ONGOING_WORK.test(before) || !NOTES_ONGOING_WORK.test(after)) return null;
  const result = wordDiff(before, after, DIFF_BUDGET);
  if (result.gaveUp) return null;
  const inserted: string[] = [];
  let newerSoFar = '';
  for (const part of result.parts) {
    if (part.op === 'equal') {
      newerSoFar += part.text;
      continue;
    }
    if (part.op === 'delete') {
      // Only the joiner the insertion now carries may go ("[-and -]{+in particular …, and +}").
      if (!/^[\s,]*(?:and)?[\s,]*$/i.test(part.text)) return null;
      continue;
    }
    // An insertion into a clause another verb governs ("…, and encourages States to consider ratifying X{+ and …+}")
    // changes that clause, not the note.
    if (!governedByNotes(newerSoFar)) return null;
    newerSoFar += part.text;
    inserted.push(part.text.trim());
  }
  if (inserted.length === 0 || !inserted.some((text) => RECORDS_OUTPUT.test(text)) || inserted.some((text) => ASKS_OR_STANDS.test(text))) return null;
  const shown = inserted.map((text) => text.replace(/^[,\s]+|[,\s]+$/g, '')).join(' … ');
  return [`another body's work recorded as it moves on: “${shown.length > 120 ? `${shown.slice(0, 117)}…` : shown}”`];
}
