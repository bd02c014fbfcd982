import type { DiffPart, DocumentMeta } from '../types.js';
import { sessionOf } from '../ingest/un-metadata.js';
import { repeatedWordingReasons, type OlderParagraph } from './editorial.js';
import { routineReasons } from './routine.js';
import type { Lexicons } from './signals/lexicon.js';

/**
 * Precision round 18: a kept paragraph of a recurring UN resolution whose every edit only ages it with the year that
 * passed, read from the word diff stretch by stretch. Drafters read these as an event moving on, not as negotiation
 * (`bench/precision-verdicts.json`, 152 labelled "not" findings still substantive at session 17's start, clustered in
 * the round's notes): a word of time dropped once the event it qualified has come ("[-future -]ocean and climate change
 * dialogues will, from 2023, be facilitated"), a process word replaced by its outcome ("the [-development-]{+outcomes+}
 * of the Ocean Decade Vision 2030 process", "notes its [-decision to foster -]{+ongoing +}collaboration"), a programme
 * called "new" named once adopted ("the [-new-]{+Awaza+} Programme of Action"), the record of an event held years
 * before dropped ("[-, in line with the commitments made at … the Cairo International Conference …, held on 12 October
 * 2014-]"), and a leftover of the pandemic ("[- to mitigate the spread of the virus-]"). Each stretch must be one of
 * these or editorial (case, punctuation, "also"/"again"/"further", or any wording `editorial.ts` reads on the stretch
 * alone); the stretches left are read by the yearly rules (`routineReasons`) on the older paragraph with the aged ones
 * already as the newer text has them ("the [-new -]President", beside the session and year moving on, French Polynesia
 * 78/91 → 79/104 PP 18). One stretch none of these keeps the paragraph substantive. Only between two resolutions of different sessions (the caller's `yearly`): a statement's "recent"
 * (FOMC) is another matter.
 */

/** Words of time that qualify an event before it comes: dropped alone once it has. */
const TIME_WORDS = new Set(['upcoming', 'forthcoming', 'future', 'planned', 'recent', 'recently', 'most recently', 'new', 'current', 'early']);
/**
 * An event's onset ("Alarmed at the [-resumption and -]hardening of conflict", Myanmar 79/182 → 80/221 PP 10 → PP 17, a
 * year after it resumed) is news only once; asked for ("urges the resumption and …"), it is the ask itself.
 */
const ONSET_WORDS = new Set(['resumption and']);
/** A clause that asks, up to the stretch: an onset dropped from it changes the ask. */
const ASKING_CLAUSE = /\b(?:urg|call|request|demand|encourag|invit|support|stress|emphasi)\w*\b[^,;]*$/i;

/** A process word and the word for its outcome or its running state, once the step is taken (older → newer). */
const STAGE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['launch', 'work'],
  ['launch', 'implementation'],
  ['development', 'outcomes'],
  ['development', 'outcome'],
  ['development', 'completion'],
  ['decision to foster', 'ongoing'],
  ['recent', 'continued'],
  ['recent', 'continuing'],
  ['is expected to enter', 'entered'],
  ['will enter', 'entered'],
];

/** Sequencing adverbs: their coming and going is editorial (a paragraph now after another of its kind). */
const SEQUENCING = new Set(['also', 'again', 'further']);

/** An event recorded as held: the clause that dates it. */
const HELD = /\b(?:held|convened|took place)\b/i;
/** Years written in a clause. */
const YEAR = /\b(?:19|20)\d\d\b/g;
/**
 * The pandemic as a text speaks of it once its name went ("the virus", "the pandemic"). A clause naming COVID-19 is read
 * by `yearly.ts` (`pandemicRetiredReasons`), which runs after this rule and gives its own reason: left to it.
 */
const PANDEMIC = /\b(?:the virus|pandemic)\b/i;
const PANDEMIC_NAMED = /\b(?:COVID|coronavirus)/i;
/**
 * Words that ask, decide or take a stance: a stretch holding one is more than a record (as `yearly.ts` reads the
 * pandemic's clauses), "demands that the perpetrators be held accountable" among them.
 */
const ASKS_OR_STANDS = /\b(?:urg\w*|calls?|request\w*|decides?|decided|demands?|condemn\w*|deplor\w*|regret\w*|commit(?:s|ted)?|must|shall|accountab\w*|encourag\w*|invit\w*|stress\w*|emphasi\w*)\b/i;
/**
 * Lasting policy a pandemic clause may carry (health systems, coverage, access to vaccines, future crises): its drop
 * stays negotiated, as session 16 read it for whole paragraphs (`LASTING_POLICY` in `yearly.ts`).
 */
const LASTING_POLICY = /\bhealth systems?\b|\bhealth coverage\b|\bpreparedness\b|\b(?:future|next)\s+(?:[\p{L}-]+,?\s+){0,4}?(?:shocks|crises|pandemics|health emergencies)\b|\b(?:vaccin\w*|medicines|therapeutics|diagnostics)\b/iu;

/** The words of a stretch, spacing and edge punctuation folded. */
function trimmed(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^[\s,;:.]+|[\s,;:.]+$/g, '');
}

/** Letters and digits only, lower case: what a reader compares to see that only spelling moved. */
function folded(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** One changed stretch of the word diff: what it deleted and what it inserted, and where its parts are in the diff. */
export interface Stretch {
  deleted: string;
  inserted: string;
  first: number;
  last: number;
}

export function stretchesOf(diff: readonly DiffPart[]): Stretch[] {
  const out: Stretch[] = [];
  let current: Stretch | null = null;
  diff.forEach((part, at) => {
    if (part.op === 'equal') {
      if (current !== null) out.push(current);
      current = null;
      return;
    }
    current ??= { deleted: '', inserted: '', first: at, last: at };
    current.last = at;
    if (part.op === 'delete') current.deleted += part.text;
    else current.inserted += part.text;
  });
  if (current !== null) out.push(current);
  return out;
}

/**
 * The editorial reading of one stretch on its own (`repeatedWordingReasons` on the stretch between the words around it):
 * its reasons, or null when the editorial rules do not read it as wording alone.
 */
export function editorialStretch(diff: readonly DiffPart[], stretch: Stretch, context: EditorialContext): string[] | null {
  const around = (at: number): DiffPart[] => (diff[at]?.op === 'equal' ? [diff[at]] : []);
  const alone = [...around(stretch.first - 1), ...diff.slice(stretch.first, stretch.last + 1), ...around(stretch.last + 1)];
  return repeatedWordingReasons(alone, context.before, context.after, context.title, context.olderParagraphs);
}

/** What the editorial and yearly rules read a stretch against: the two paragraphs, the newer text's title, the older text, the lexicons. */
export interface EditorialContext {
  before: string;
  after: string;
  title: string;
  olderParagraphs: readonly OlderParagraph[];
  lexicons?: Lexicons;
}

/** The older paragraph with the given stretches written as the newer text has them, the others as they were. */
function olderWithStretches(diff: readonly DiffPart[], taken: ReadonlySet<Stretch>): string {
  const takenAt = new Set<number>();
  for (const stretch of taken) for (let at = stretch.first; at <= stretch.last; at++) takenAt.add(at);
  return diff.map((part, at) => (part.op === 'equal' ? part.text : takenAt.has(at) ? (part.op === 'insert' ? part.text : '') : part.op === 'delete' ? part.text : '')).join('');
}

/** A short quotation of a dropped clause for the reason: its opening and its end when long. */
function quoted(text: string): string {
  const words = trimmed(text).split(' ');
  // Its opening and its end (where the event's date stands) when long.
  return `“${words.length > 14 ? `${words.slice(0, 6).join(' ')} … ${words.slice(-7).join(' ')}` : words.join(' ')}”`;
}

/**
 * What one stretch is: '' when editorial, a reason when it ages the paragraph, null when it may be negotiated.
 * `olderYear`: the year of the older text; an event held in it or before is past for the newer one.
 */
function agedStretch(stretch: Stretch, olderYear: number | null, preceding: string): string | null {
  const [deleted, inserted] = [trimmed(stretch.deleted), trimmed(stretch.inserted)];
  if (inserted === '' && ONSET_WORDS.has(deleted.toLowerCase()) && ASKING_CLAUSE.test(preceding)) return null;
  if (folded(deleted) === folded(inserted)) return '';
  if ((deleted === '' && SEQUENCING.has(inserted.toLowerCase())) || (inserted === '' && SEQUENCING.has(deleted.toLowerCase()))) return '';
  if (inserted === '' && ONSET_WORDS.has(deleted.toLowerCase())) return `an event's onset no longer news: “${deleted.replace(/\s+and$/, '')}” dropped`;
  if (inserted === '' && TIME_WORDS.has(deleted.toLowerCase())) return `a word of time aged with the event: “${deleted}” dropped`;
  if (STAGE_WORDS.some(([older, newer]) => older === deleted.toLowerCase() && newer === inserted.toLowerCase())) return `a process word aged into its outcome: ${deleted} → ${inserted}`;
  if (deleted.toLowerCase() === 'new' && /^\p{Lu}[\p{Ll}\u2019'-]+$/u.test(inserted)) return `what was new named since adopted: new → ${inserted}`;
  // A clause dropped; a word it ended with may stay, capitalized, to open the paragraph ("[-…, and emphasizing
  // -]{+Emphasizing +}").
  let dropped = deleted;
  if (inserted !== '') {
    if (!deleted.toLowerCase().endsWith(inserted.toLowerCase()) || deleted.length === inserted.length) return null;
    dropped = trimmed(deleted.slice(0, deleted.length - inserted.length));
  }
  if (dropped.split(' ').length < 3 || ASKS_OR_STANDS.test(dropped)) return null;
  const years = (dropped.match(YEAR) ?? []).map(Number);
  if (HELD.test(dropped) && olderYear !== null && years.length > 0 && Math.max(...years) <= olderYear) return `a past event's record dropped: ${quoted(dropped)}`;
  if (PANDEMIC.test(dropped) && !PANDEMIC_NAMED.test(dropped) && !LASTING_POLICY.test(dropped) && pandemicOnly(dropped)) return `a pandemic clause dropped: ${quoted(dropped)}`;
  return null;
}

/**
 * True when every piece of a clause (split at commas and "and") that says something, three words or more, speaks of the
 * pandemic: "taking into account the context of the response to and the recovery from the COVID-19 pandemic and the
 * reform of the international financial architecture" (Right to development 78/203 → 79/170 OP 52, negotiated) also
 * drops the financial architecture from a report's scope.
 */
function pandemicOnly(clause: string): boolean {
  return clause
    .split(/,|\band\b/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.split(/\s+/).length >= 3)
    .every((piece) => PANDEMIC.test(piece));
}

/** The year of a resolution: its date's, else its session's (the 78th session opened in 2023). */
export function resolutionYear(meta: Pick<DocumentMeta, 'date' | 'resolution' | 'symbol'>): number | null {
  const dated = meta.date !== null && /^(?:19|20)\d\d/.test(meta.date) ? Number(meta.date.slice(0, 4)) : null;
  if (dated !== null) return dated;
  const session = sessionOf(meta.resolution ?? null, meta.symbol ?? null);
  return session === null ? null : 1945 + session;
}

/**
 * The reasons a kept paragraph only aged with the year (every stretch of its word diff aged or editorial, one at least
 * aged, most of the older paragraph kept), or null. Only for two UN resolutions: both must carry a resolution number.
 */
export function agedStretchesReasons(
  diff: readonly DiffPart[],
  older: Pick<DocumentMeta, 'date' | 'resolution' | 'symbol'>,
  newer: Pick<DocumentMeta, 'resolution'>,
  context?: EditorialContext,
): string[] | null {
  if (older.resolution === undefined || newer.resolution === undefined) return null;
  const stretches = stretchesOf(diff);
  if (stretches.length === 0) return null;
  const olderYear = resolutionYear(older);
  const reasons: string[] = [];
  const editorial: string[] = [];
  const aged = new Set<Stretch>();
  let rest = false;
  for (const stretch of stretches) {
    const reason = agedStretch(stretch, olderYear, diff[stretch.first - 1]?.op === 'equal' ? diff[stretch.first - 1].text : '');
    if (reason !== null) {
      aged.add(stretch);
      if (reason !== '' && !reasons.includes(reason)) reasons.push(reason);
      continue;
    }
    // Beside the ageing, a stretch the editorial rules read as wording alone ("Rohingya{+ Muslims+}" as the title
    // writes it, a linking phrase dropped): said after the ageing, never a reason alone.
    // Not words dropped because the paragraph still has them elsewhere: beside the year's statements, "made by the
    // [-representative of the -]President" says who spoke this year (French Polynesia 78/91 → 79/104 PP 18, round 17B).
    const wording = context !== undefined ? editorialStretch(diff, stretch, context) : null;
    if (wording === null || wording.some((note) => note.startsWith('wording given in full elsewhere'))) {
      rest = true;
      continue;
    }
    aged.add(stretch);
    for (const note of wording) if (!editorial.includes(`editorial: ${note}`)) editorial.push(`editorial: ${note}`);
  }
  if (reasons.length === 0) return null;
  if (rest) {
    // The other stretches read by the yearly rules (`routineReasons`) on the older paragraph with the aged stretches
    // already as the newer text has them: a past event's record dropped beside the year's meeting dates moved on.
    if (context === undefined) return null;
    const olderAged = olderWithStretches(diff, aged);
    const yearly = routineReasons(olderAged, context.after, context.lexicons);
    if (yearly.length === 0) return null;
    for (const reason of yearly) if (!reasons.includes(reason)) reasons.push(reason);
  }
  // Most of the paragraph stays: a paragraph cut to its opening is rewritten, not aged.
  const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
  const kept = wordCount(diff.filter((part) => part.op === 'equal').map((part) => part.text).join(' '));
  const olderWords = wordCount(diff.filter((part) => part.op !== 'insert').map((part) => part.text).join(' '));
  return kept * 2 >= olderWords ? [...reasons, ...editorial] : null;
}
