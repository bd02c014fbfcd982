import { ordinalNumber } from './events-held.js';
import { pastDecisionDroppedAsNews } from './routine.js';
import { wordDiff } from './word-diff.js';

/**
 * A past step's record dropped from a kept paragraph (issue 23, session 21, "event moved on": the record aged out): a
 * paragraph that, among what it keeps word for word, also noted, welcomed, recalled or endorsed a step since past
 * ("Reiterates the importance of the Sendai Framework …, [-notes the midterm review of the Sendai Framework to assess
 * progress …, and, -]{+and, +}in that regard, notes …", Outer space 78/72 → 79/87 OP 27; "[-further welcomes the
 * development and dissemination of the Enhanced Tsunami Products for the Pacific …, and -]{+and +}", Oceans 79/144 →
 * 80/110 OP 301; "[-, and further takes note of the revision of the Treaty programme of work and the extension of the
 * trial period …, decided by the Tenth Conference of States Parties-]", ATT 79/52 → 80/46 OP 4; "[-, and endorses the
 * recommendations adopted by the Ad Hoc Working Group at its nineteenth meeting …-]", Oceans 78/69 → 79/144 OP 318).
 * Drafters read these "not negotiated": the step was recorded while it was news. Numbers of session 21 (the 140 UN pairs,
 * held-out series aside): 3 labelled "not" findings moved, no labelled-negotiated one.
 *
 * Narrow: nothing is inserted but the joiner the cut leaves ("and"); every deleted stretch is one or more whole clauses
 * opening with a recording verb (`RECORDING_CLAUSE`: notes, takes note of, welcomes, recalls, endorses, acknowledges, or
 * their participles), never the paragraph's opening (the paragraph keeps its own verb); and no deleted stretch holds an
 * ask or a stance (`ASK_OR_STANCE`): "[-…, recalls the call by the Secretary-General for …, and urges countries to
 * sustain … vaccination-]" drops an ask, "[- noting the statement …, but remaining concerned …, and emphasizing the need
 * …-]" a concern: both stay findings. A clause the Assembly decided ("[-, and decides to amend … paragraph 8 of the terms
 * of reference-]") is its own act, not a record: it stays a finding too. A record of the previous conference's decision
 * dropped while the newer text follows the next conference and records that decision nowhere else is the change, not a
 * record aged out (`pastDecisionDroppedAsNews`, trial 19-b D6: ATT 79/52 → 80/46 OP 4, labelled "not" by the drafters
 * but kept a finding on the trial's reading): this rule defers to it.
 */

/** A deleted stretch that opens with a recording verb after its joiner: ", and further takes note of", "further welcomes", "notes". */
const RECORDING_CLAUSE =
  /^[\s,;]*(?:and\s+)?(?:(?:also|further)\s+)?(?:notes|takes\snote|welcomes|recalls|endorses|acknowledges|noting|taking(?:\s(?:also|further))?\snote|welcoming|recalling|acknowledging)\b/i;

/** Words that ask or take a stance, inside a dropped stretch: dropping one is a change of what the Assembly asks or says. */
const ASK_OR_STANCE =
  /\b(?:urg(?:es|ing)|calls?\s+(?:up)?on|calling\s+(?:up)?on|request(?:s|ing)|decides?|deciding|demand\w*|condemn\w*|deplor\w*|regret\w*|commit(?:s|ted|ment)?|must|shall|should|encourag(?:es|ing)|invit(?:es|ing)|stress(?:es|ing)|emphasi[sz](?:es|ing)|underlin(?:es|ing)|concern(?:s|ed)?|alarm\w*|supports|supporting\s+the|expresses|expressing|reaffirm\w*|reiterat\w*)\b/i;

/**
 * A past step the dropped clause records: an event's noun with its number, year or "midterm" ("the midterm review", "at
 * its nineteenth meeting", "decided by the Tenth Conference"). Without one the clause records no step since past but
 * what the Assembly holds ("recalls its resolution 76/300 on the human right to a clean … environment", "acknowledges the
 * contribution of civil society", "welcomes the accession of the State of Palestine", review21 r2a–r2h): its drop is the
 * change.
 */
const PAST_EVENT = /\b(?:meeting|session|conference|summit|review|forum|dialogue)s?\b/i;
const EVENT_DATED = /\b(?:19|20)\d\d\b|\bmidterm\b/i;
const eventNumbered = (text: string): boolean => EVENT_DATED.test(text) || text.split(/[\s,;:()“”"]+/).some((word) => ordinalNumber(word) !== null);

/** A right recalled, a satisfaction, an appreciation or a lack noted, a responsibility assigned, an endorsement: a stance, never routine when dropped (review21 r2a, r2c, r2g, r2h); an endorsement dropped records a past step only with its event ("endorses the recommendations adopted … at its nineteenth meeting"). */
const DROPPED_STANCE = /\b(?:rights?|satisfaction|appreciation|lack|responsib\w*|disappoint\w*|fail\w*)\b/i;

/** What a cut may leave inserted: its joiner. */
const JOINER = /^[\s,;]*(?:and)?[\s,;]*$/i;

/** Most edits of the word diff tried. */
const DIFF_BUDGET = 400;

/**
 * The reason a kept paragraph only dropped the record of a past step (`a past step's record dropped: “…”`), else null.
 * `newerParagraphs`: the newer text's paragraphs, for the trial 19-b D6 exception.
 */
export function pastRecordDroppedReason(before: string, after: string, newerParagraphs: readonly string[]): string | null {
  const result = wordDiff(before, after, DIFF_BUDGET);
  if (result.gaveUp) return null;
  const dropped: string[] = [];
  for (const [k, part] of result.parts.entries()) {
    if (part.op === 'equal') continue;
    if (part.op === 'insert') {
      if (!JOINER.test(part.text)) return null;
      continue;
    }
    // Not the paragraph's opening: a paragraph that keeps no verb of its own is another paragraph.
    if (k === 0 || !RECORDING_CLAUSE.test(part.text) || ASK_OR_STANCE.test(part.text) || DROPPED_STANCE.test(part.text)) return null;
    if (!PAST_EVENT.test(part.text) || !eventNumbered(part.text)) return null;
    dropped.push(part.text.replace(/^[\s,;]+|[\s,;]+$/g, ''));
  }
  if (dropped.length === 0 || pastDecisionDroppedAsNews(before, after, newerParagraphs) !== null) return null;
  const shown = dropped.join(' … ');
  return `a past step's record dropped: “${shown.length > 120 ? `${shown.slice(0, 117)}…` : shown}”`;
}
