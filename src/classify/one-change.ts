import type { DiffPart, DocumentMeta } from '../types.js';
import type { Lexicons } from './signals/lexicon.js';
import { eventClausesMovedOn, eventStepsRead, routineReasons } from './routine.js';
import { stanceTurnedInside } from './signals/recorded-stance.js';
import { wordDiff } from './word-diff.js';
import { progressReasons } from './yearly.js';
import { rosterChangeReason } from './voting-roster.js';

/** One changed stretch of a word diff: its older and newer wording and where each stands in its text. */
interface Stretch {
  before: string;
  after: string;
  olderStart: number;
  olderEnd: number;
  newerStart: number;
  newerEnd: number;
}

/** The one real change of a paragraph whose other edits are all routine or editorial. */
export interface OneChange {
  /** The clause of the older text holding the change. */
  before: string;
  /** The clause of the newer text holding it. */
  after: string;
  /** The newer text with that change undone: what the older text became by its routine edits alone. */
  withoutIt: string;
  /** True when the change touches the paragraph's first words (its operative verb). */
  atOpening: boolean;
  /** Why the other edits are routine (`routineReasons`), or that they are editorial. */
  reasons: string[];
}

/** Most changed stretches tried: past it a paragraph was rewritten, not updated. */
const MOST_STRETCHES = 16;

function stretchesOf(diff: readonly DiffPart[]): Stretch[] {
  const out: Stretch[] = [];
  let older = 0;
  let newer = 0;
  for (let k = 0; k < diff.length; k++) {
    const part = diff[k];
    if (part.op === 'equal') {
      older += part.text.length;
      newer += part.text.length;
      continue;
    }
    const before = part.op === 'delete' ? part.text : '';
    const after = part.op === 'insert' ? part.text : diff[k + 1]?.op === 'insert' ? diff[++k].text : '';
    out.push({ before, after, olderStart: older, olderEnd: older + before.length, newerStart: newer, newerEnd: newer + after.length });
    older += before.length;
    newer += after.length;
  }
  return out;
}

/** Letters and digits only, lowercased: equal means only case, spacing or punctuation differ. */
export function letters(text: string): string {
  const known = recentLetters.get(text);
  if (known !== undefined) return known;
  const read = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (recentLetters.size >= RECENT_LETTERS) recentLetters.clear();
  recentLetters.set(text, read);
  return read;
}

/**
 * `letters` of the last texts read: a paragraph's older and newer texts are read again for each stretch, closing clause
 * and list item tried (`routineOrEditorial`, `closingClauseDropped`, `listItemAdded`). A function of its one argument,
 * so a remembered answer is the answer (issue 21 session 13); kept small, so memory does not grow with the document.
 */
const recentLetters = new Map<string, string>();
const RECENT_LETTERS = 64;

function routineOrEditorial(before: string, after: string, lexicons: Lexicons | undefined): string[] | null {
  if (before === after) return [];
  if (letters(before) === letters(after)) return ['editorial: case, spacing or punctuation'];
  // A voting record's list of voters rotated beside a dissent that changed (FOMC 2013-12-18 → 2014-01-29 ¶ 6: the
  // January rotation, and Rosengren's dissent dropped): the dissent is the one change, the roster the Committee's
  // membership (`rosterChangeReason`, session 16).
  // Said of the rest: the dissent is the change beside it.
  const roster = rosterChangeReason(before, after);
  if (roster !== null) return [roster.replace(/; no dissent changed$/, '')];
  const reasons = routineReasons(before, after, lexicons);
  // A working group's progress noted a year on ("welcomes the work" → "welcomes the progress in the work") is as routine
  // beside one real clause as it is alone. (The other yearly rules stay out: a pandemic clause retired beside a renamed
  // disease would leave the renaming as "the one change" and hide the clause dropped.)
  return reasons.length > 0 ? reasons : progressReasons(before, after);
}

/** The clause around [start, end) of a text: out to the nearest comma, semicolon or colon on each side. */
function clauseAround(text: string, start: number, end: number): string {
  const head = text.slice(0, start);
  const from = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1;
  const tail = /[,;:]/.exec(text.slice(end));
  const to = tail ? end + tail.index : text.length;
  return text.slice(from, to).trim();
}

/**
 * A paragraph that is routine except for one clause (the yearly succession, a sequencing adverb or "continue to" aside,
 * one real edit): that clause on both sides, the newer text with it undone (from which its signals are read), and why
 * the rest is routine; null when no single stretch of the word diff carries every non-routine edit. Each changed
 * stretch is tried in turn: undone, the rest must be routine or editorial, and alone it must not be.
 */
export function findOneChange(before: string, after: string, diff: readonly DiffPart[], lexicons?: Lexicons, older?: Pick<DocumentMeta, 'title' | 'resolution'>): OneChange | null {
  const stretches = stretchesOf(diff);
  if (stretches.length < 2 || stretches.length > MOST_STRETCHES) return null;
  const found =
    clauseBesideEvents(before, after, lexicons) ??
    oneStretchChanged(before, after, stretches, lexicons, older?.resolution) ??
    listItemAdded(before, after, lexicons) ??
    closingClauseDropped(before, after, lexicons, older) ??
    besideEventSteps(before, after, lexicons, older);
  // A thing recorded with another warmth (`stanceTurnedInside`: "takes note of the Panel’s final report" → "welcomes the
  // final report of the … Panel") is negotiated: a one change that leaves that turn in "the rest", read as routine, hides
  // it (External debt 78/137 → 79/197 OP 7, trial 14a); the paragraph is then shown whole.
  if (found !== null && stanceTurnedInside(before, after) !== null && stanceTurnedInside(found.withoutIt, after) === null) return null;
  const pointed = found === null ? null : addedBesideKept(found, before, after);
  // The reasons describe the rest of the paragraph: where the rest is only editorial, a bare "editorial: case, spacing
  // or punctuation" would read as the finding's own reason ("through capacity-building {+activities+}" is no case
  // change), so it says that the one change stands beside it.
  if (pointed !== null && pointed.reasons.length > 0 && pointed.reasons.every((reason) => reason.startsWith('editorial'))) {
    return { ...pointed, reasons: pointed.reasons.map((reason) => `${ONE_CHANGE_BESIDE}${reason}`) };
  }
  return pointed;
}

/** Words that join a clause to its neighbours in a list, no part of what the clause says. */
const JOINING_WORDS = /^(?:[\s,;]|\b(?:and|or|as well as)\b)+|(?:[\s,;]|\b(?:and|or)\b)+$/giu;

/** Fewest words an older clause holds for its being still in the newer text to say it was kept (not a stray phrase). */
const KEPT_CLAUSE_WORDS = 3;

/** How many times `part` occurs in `whole` (both read as `letters`). */
function occurrences(whole: string, part: string): number {
  let count = 0;
  for (let at = whole.indexOf(part); at >= 0; at = whole.indexOf(part, at + part.length)) count++;
  return count;
}

/**
 * The one change said as an addition when its older clause is still in the newer paragraph, as often as the older one
 * held it (issue 23, seed 2001 #15: "«and the policy recommendations on reducing inequalities for food security and
 * nutrition» → «the policy recommendations on strengthening urban and peri-urban food systems …»" where the
 * recommendations on reducing inequalities are kept and the urban ones added): "X → Y" reads as Y replacing X, and X was
 * not replaced. The pointer then has no older side; its newer side, when it opens or closes on the kept clause joined
 * by a comma or a conjunction ("X, and recalls …"), keeps only what was added. A newer side that holds the kept words
 * inside a wording of its own ("the effects of climate change" → "the adverse effects of climate change") is a change
 * of that wording, and stays "X → Y".
 */
function addedBesideKept(found: OneChange, before: string, after: string): OneChange {
  const base = found.before.replace(JOINING_WORDS, '');
  // Its article aside too: a list's last item keeps "the" after "and" that the item, moved up the list, may lose.
  const kept = base.replace(/^(?:the|a|an)\s+/iu, '');
  if (kept.split(/\s+/).length < KEPT_CLAUSE_WORDS) return found;
  const keptLetters = letters(kept);
  if (occurrences(letters(after), keptLetters) < Math.max(1, occurrences(letters(before), keptLetters))) return found;
  if (!letters(found.after).includes(keptLetters)) return { ...found, before: '' };
  const newer = found.after.replace(JOINING_WORDS, '');
  const added = besideClause(newer, base) ?? besideClause(newer, kept);
  return added === null ? found : { ...found, before: '', after: added };
}

/** What a text says besides a clause it opens or closes on, joined to it by a comma, a semicolon or a conjunction; null otherwise. */
function besideClause(text: string, clause: string): string | null {
  const words = clause.split(/\s+/).map(escapeRegExp).join('\\s+');
  const opening = new RegExp(`^\\s*${words}(?:\\s*[,;]|\\s+(?:and|or|including)\\b)`, 'iu').exec(text);
  const closing = new RegExp(`(?:[,;]|\\b(?:and|or)\\b)\\s*${words}[\\s,;.]*$`, 'iu').exec(text);
  const rest = opening !== null ? text.slice(opening[0].length) : closing !== null ? text.slice(0, closing.index) : null;
  if (rest === null) return null;
  const added = rest.replace(JOINING_WORDS, '');
  return letters(added) === '' ? null : added;
}

/** Edit budget of the word diff read once an event's steps are set aside (a paragraph's length of words, and more). */
const EVENT_STEPS_EDITS = 400;

/**
 * One change beside an event moved on as a whole (`eventStepsRead`: an awaited event's dates no longer set, a series'
 * latest meeting moved on), whose word diff runs into the change ("[-, to be held in Kigali … 2024-]{+ and to the
 * adoption of the new Programme of Action …+}"): the older text with the event moved on is read again, and the event's
 * reasons go before the rest's.
 */
function besideEventSteps(before: string, after: string, lexicons: Lexicons | undefined, older: Pick<DocumentMeta, 'title' | 'resolution'> | undefined): OneChange | null {
  const steps = eventStepsRead(before, after);
  if (steps === null || steps.before === before) return null;
  const diff = wordDiff(steps.before, after, EVENT_STEPS_EDITS);
  if (diff.gaveUp) return null;
  const found = findOneChange(steps.before, after, diff.parts, lexicons, older);
  if (found === null) return null;
  const rest = found.reasons.map((reason) => reason.replace(ONE_CHANGE_BESIDE, ''));
  return { ...found, reasons: [...steps.reasons, ...rest] };
}

/** Letters only (`letters`), every possessive determiner one word: its, their, his and her read alike. */
function possessivesAlike(text: string): string {
  return letters(text.replace(/\b(?:its|their|his|her)\b/gi, 'poss'));
}

/** How a one change's reason opens when the rest of its paragraph is only editorial. */
export const ONE_CHANGE_BESIDE = 'one change; beside it, ';

/**
 * One clause that says something else beside events moved on clause by clause (`eventClausesMovedOn`, issues 19 and
 * 23): "…, welcoming the convening of the thirteenth session of the World Urban Forum, to be held in Baku …, {+as an
 * important platform to advance the implementation of the New Urban Agenda+}, …". That clause is the change.
 */
function clauseBesideEvents(before: string, after: string, lexicons: Lexicons | undefined): OneChange | null {
  const clauses = eventClausesMovedOn(before, after, lexicons);
  if (clauses === null || clauses.olderOther.length > 1 || clauses.newerOther.length > 1) return null;
  if (clauses.olderOther.length + clauses.newerOther.length === 0) return null;
  const [older, newer] = [clauses.olderOther[0] ?? '', clauses.newerOther[0] ?? ''];
  // A clause only dropped (or only added) whose words the other text still holds was joined to another ("Recalling the
  // Doha Programme of Action, welcoming the adoption of the Antigua Agenda" → "Recalling the Doha Programme of Action and
  // the Antigua Agenda"): no clause went, the events' clauses were rewritten around it.
  // A possessive that follows its new antecedent counts as the same words ("taking note of [-its-]{+their+} adopted
  // decisions", once the resumed sessions joined the meeting: Climate 79/206 → 80/138 PP 19).
  if (newer === '' && possessivesAlike(after).includes(possessivesAlike(older.replace(/^and\s/, '')))) return null;
  if (older === '' && possessivesAlike(before).includes(possessivesAlike(newer.replace(/^and\s/, '')))) return null;
  return {
    before: older,
    after: newer,
    withoutIt: clauses.withoutOther,
    atOpening: (older !== '' && before.startsWith(older)) || (newer !== '' && after.startsWith(newer)),
    reasons: clauses.reasons,
  };
}

/** Fewest words of a closing clause dropped that counts as the one change (shorter tails are a list's last words). */
const CLOSING_CLAUSE_WORDS = 4;

/** How `routineReasons` says a list of recalled resolutions grew by one of the older text's session. */
const RECALLED_LIST_GREW = 'list of recalled documents grew';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The newer text with the older text's own citation (`78/230 of 22 December 2023`) freed of the title it is cited with
 * ("… on the promotion of inclusive and effective international tax cooperation at the United Nations"): the previous
 * version named by its title is still the previous version cited. Unchanged when the older text's number or title is
 * unknown or not cited so.
 */
function withoutOwnTitle(after: string, older: Pick<DocumentMeta, 'title' | 'resolution'> | undefined): string {
  if (!older?.resolution || !older.title || older.title.split(/\s+/).length < 3) return after;
  const cited = new RegExp(`(\\b${escapeRegExp(older.resolution)}\\b(?:\\s+of\\s+\\d{1,2}\\s+\\p{L}+\\s+\\d{4})?)\\s+(?:on|entitled)\\s+(?:the\\s+)?[“"]?${escapeRegExp(older.title)}[”"]?`, 'iu');
  return after.replace(cited, '$1');
}

/**
 * A paragraph whose older text closed on a clause the newer one no longer has (", in which it decided to begin
 * intergovernmental discussions …"), the rest routine: the list of recalled resolutions brought up to date by the
 * previous version (cited with its title or not). The word diff pairs the dropped clause's words with the citation's
 * title, so no stretch carries it alone: the older text is tried without each closing clause (from a comma to its end);
 * without it, the rest must be routine, and the clause must not be.
 */
function closingClauseDropped(before: string, after: string, lexicons: Lexicons | undefined, older: Pick<DocumentMeta, 'title' | 'resolution'> | undefined): OneChange | null {
  return mayCiteBySession(before, after) ? closingClauseBesideRecalledList(before, after, lexicons, older) : null;
}

/**
 * Whether a pair of texts can hold a list of recalled documents grown (a necessary condition, read before the routine
 * rules of each closing clause; issue 21 session 17). That reason (`listGrewBySuccessor` in routine.ts) needs a
 * reference added with its session, and every session a reference carries is read from a run of ASCII digits of the
 * text read (a symbol's `A/RES/79/77`, `78/230`, `2231 (2015)`, `1/CMA.4`, `2023/3`; an instrument or an article has
 * none). The texts the routine rules read are pieces of the two texts joined by glue without digits, so without a digit
 * in either text no closing clause can be kept. Speeches and statements seldom cite by number: 55 of the 90 paragraphs
 * of the 3,000-paragraph pair that reached this search had no digit, and they took 57 % of its time.
 */
export function mayCiteBySession(before: string, after: string): boolean {
  return ASCII_DIGIT.test(before) || ASCII_DIGIT.test(after);
}

const ASCII_DIGIT = /[0-9]/;

/** `closingClauseDropped` without its pre-test: exported for the test that the pre-test changes no answer. */
export function closingClauseBesideRecalledList(before: string, after: string, lexicons: Lexicons | undefined, older: Pick<DocumentMeta, 'title' | 'resolution'> | undefined): OneChange | null {
  const newer = withoutOwnTitle(after, older);
  const ending = /[,;.:]?\s*$/.exec(before)?.[0] ?? '';
  const body = before.slice(0, before.length - ending.length);
  for (const comma of body.matchAll(/,\s/g)) {
    const at = comma.index ?? 0;
    const clause = body.slice(at + comma[0].length);
    if (clause.split(/\s+/).length < CLOSING_CLAUSE_WORDS || letters(after).includes(letters(clause))) continue;
    const kept = `${body.slice(0, at)}${ending}`;
    const rest = routineOrEditorial(kept, newer, lexicons);
    // Only beside a list of recalled resolutions brought up to date: a closing clause dropped and nothing else is said
    // plainly by its own word diff, and one dropped beside an event moved on (a summit's later edition, a meeting since
    // held) is most often the older event's record going with it, which the routine rules already read.
    if (rest === null || !rest.some((reason) => reason.startsWith(RECALLED_LIST_GREW))) continue;
    const titled = newer === after ? [] : ['the previous version cited with its title'];
    const newerBody = after.replace(/[,;.:]?\s*$/, '');
    return {
      before: clause,
      after: '',
      withoutIt: `${newerBody}, ${clause}${after.slice(newerBody.length)}`,
      atOpening: false,
      reasons: [...rest, ...titled],
    };
  }
  return null;
}

/** A resolution's number alone, with its date or not (`78/72 of 7 December 2023`, `79/87`). */
const CITATION_ONLY = /^[\s,;]*\d{1,3}\/\d{1,4}(?:\s+of\s+\d{1,2}\s+\p{L}+\s+\d{4})?[\s,;]*$/u;
const isCitationOnly = (text: string): boolean => CITATION_ONLY.test(text);

function oneStretchChanged(before: string, after: string, stretches: readonly Stretch[], lexicons: Lexicons | undefined, olderResolution: string | undefined): OneChange | null {
  for (const stretch of stretches) {
    // The previous version's citation succeeding an older one (`78/72 of 7 December 2023` → `79/87` in 80/76, whose
    // previous version is 79/87) is the yearly succession, never the one change.
    if (isCitationOnly(stretch.before) && isCitationOnly(stretch.after) && olderResolution !== undefined && stretch.after.trim().startsWith(olderResolution)) continue;
    const withoutIt = after.slice(0, stretch.newerStart) + stretch.before + after.slice(stretch.newerEnd);
    const rest = routineOrEditorial(before, withoutIt, lexicons);
    if (rest === null || rest.length === 0) continue;
    if (routineOrEditorial(withoutIt, after, lexicons) !== null) continue;
    return {
      before: clauseAround(before, stretch.olderStart, stretch.olderEnd),
      after: clauseAround(after, stretch.newerStart, stretch.newerEnd),
      withoutIt,
      atOpening: stretch.olderStart < 40 || stretch.newerStart < 40,
      reasons: rest,
    };
  }
  return null;
}

/**
 * A list that gained one last item, the rest of the paragraph routine (issue 23, round 11E): "…, the policy
 * recommendations on A, and the policy recommendations on B," → "…, policy recommendations on B and the policy
 * recommendations on C,", its sessions rolled on besides. The word diff interleaves the new item with the old last one,
 * so no single stretch carries it: each comma-delimited stretch of the newer text split at one of its "and"s is tried as
 * "A and B" with B added (new to the paragraph), the conjunction (and its article) given back to A as the older text
 * closed its list ("and the A"); undone, the rest must be routine.
 */
function listItemAdded(before: string, after: string, lexicons: Lexicons | undefined): OneChange | null {
  for (const segment of after.matchAll(/,\s([^,;]+?)(?=[,;.]?\s*$|[,;])/g)) {
    const start = (segment.index ?? 0) + segment[0].length - segment[1].length;
    const items = segment[1];
    for (const joint of items.matchAll(/\sand\s/g)) {
      const [kept, added] = [items.slice(0, joint.index), items.slice((joint.index ?? 0) + joint[0].length)];
      // The item added is new to the paragraph: an item only moved or reworded is no list grown.
      if (/^and\s/.test(kept) || added.split(/\s+/).length < 3 || letters(before).includes(letters(added))) continue;
      // The article moves with the conjunction when the older list had it before its last item ("and the A").
      const article = /^the\s/.exec(added)?.[0] ?? '';
      // The older text closed its list with that item ("and the policy recommendations on A"): the list grew after it.
      const olderLast = [`and ${article}${kept}`, `and ${kept}`].find((closing) => before.includes(closing));
      if (olderLast === undefined) continue;
      const withoutIt = `${after.slice(0, start)}${olderLast}${after.slice(start + items.length)}`;
      const rest = routineOrEditorial(before, withoutIt, lexicons);
      // Only beside a routine edit: a list grown and nothing else is said plainly by its own word diff ("adds …").
      if (rest === null || rest.every((reason) => reason.startsWith('editorial'))) continue;
      const at = before.indexOf(olderLast);
      return {
        before: clauseAround(before, at, at + olderLast.length),
        after: added,
        withoutIt,
        atOpening: false,
        reasons: rest,
      };
    }
  }
  return null;
}
