import type { Lexicons } from './signals/lexicon.js';
import type { DiffPart } from '../types.js';
import { isLetterFolded, wordDiff } from './word-diff.js';
import { asciiCounts, countSlot } from './letter-counts.js';
import { daysBetween, findNumbers, isRoutineNumberChange, isYearlyDeadlineMove, withoutYearMarks, type NumberMention } from './signals/numbers.js';
import { findReferences, isNextSession, isSuccessor, titleWords, type ReferenceMention } from './signals/references.js';
import { statisticsRefreshedReasons } from './statistics.js';
import { stanceTurnedInside } from './signals/recorded-stance.js';
import { DEFINED_TERM, editorialSynonymReason, shortenedName } from './editorial.js';
import { MANDATE_CONTINUE } from './mandate-continue.js';

/** One item of the yearly succession: a number or a session-numbered reference, with its span. */
type Item = { kind: 'number'; mention: NumberMention; start: number; end: number } | { kind: 'reference'; mention: ReferenceMention; start: number; end: number };

function items(text: string, lexicons: Lexicons | undefined): Item[] {
  const references = findReferences(text, lexicons).map((mention): Item => ({ kind: 'reference', mention, start: mention.start, end: mention.end }));
  const numbers = withYearsCarried(text, findNumbers(text, lexicons)).map((mention): Item => ({ kind: 'number', mention, start: mention.start, end: mention.end }));
  return [...references, ...numbers].sort((a, b) => a.start - b.start);
}

/**
 * Dates written without their year take the year of the next dated mention of the same clause, as a reader does ("from
 * 4 to 8 March and from 26 to 30 August 2024": the March meeting is of 2024), so that a meeting a year on reads as later
 * ("3 to 7 March and from 1 to 5 September 2025") and not as five days earlier. A semicolon ends the clause.
 */
function withYearsCarried(text: string, mentions: readonly NumberMention[]): NumberMention[] {
  return mentions.map((mention, at) => {
    if (mention.category !== 'date' || mention.value === null || mention.value >= 10000) return mention;
    const next = mentions.slice(at + 1).find((other) => other.category === 'date' && other.value !== null && other.value >= 10000);
    if (!next || text.slice(mention.end, next.start).includes(';')) return mention;
    return { ...mention, value: Math.floor(next.value! / 10000) * 10000 + mention.value };
  });
}

/** The text with every item replaced by a placeholder naming its category, then folded (case, punctuation, spacing). */
function skeleton(text: string, found: readonly Item[]): string {
  let out = '';
  let at = 0;
  for (const item of found) {
    out += `${text.slice(at, item.start)} \u0001${item.kind === 'number' ? item.mention.category : item.mention.kind}\u0001 `;
    at = item.end;
  }
  out += text.slice(at);
  return out.toLowerCase().replace(/[^\p{L}\p{N}\u0001]+/gu, ' ').trim();
}

/**
 * A target's or a goal's year: what a clause aims at by a year ("achieve universal access … in [-2024-]{+2026+}", "the
 * [-2024-]{+2025+} target", "to conclude negotiations at the latest in 2024"). Moved, the target is postponed: negotiated,
 * whatever the gap (session 17 review). Read in the clause before the year (from the last ";" or "." to it) and in the
 * word after it. Lower case only: "the forum … for the Sustainable Development Goals in 2024" names the Goals (a yearly
 * forum's year), no goal set for the year.
 */
const TARGET_CLAUSE = /\b(?:[Aa]chiev\w*|targets?|targeted|goals?|deadlines?|at the latest|(?:no|not) later than|milestones?|timelines?|time frame|timeframe)\b[^;.]*$/;
/** The word after a year that makes it a target's ("the 2025 target", "its 2024 goals"). Lower case: "the Sustainable Development Goals in 2024" names the Goals, no goal of the year. */
const TARGET_AFTER = /^\s*(?:targets?|goals?|deadlines?|milestones?)\b/;

/** True when a year at `start`–`end` of a text is a target's or a goal's (`TARGET_CLAUSE`, `TARGET_AFTER`). */
export function isTargetYear(text: string, start: number, end: number): boolean {
  const preceding = text.slice(0, start);
  const clause = preceding.slice(Math.max(preceding.lastIndexOf(';'), preceding.lastIndexOf('. ')) + 1);
  return TARGET_CLAUSE.test(clause) || TARGET_AFTER.test(text.slice(end));
}

function sameItem(a: Item, b: Item): boolean {
  if (a.kind === 'reference' && b.kind === 'reference') return a.mention.key === b.mention.key;
  if (a.kind === 'number' && b.kind === 'number') return a.mention.text.toLowerCase() === b.mention.text.toLowerCase();
  return false;
}

function isSuccession(a: Item, b: Item): boolean {
  if (a.kind === 'reference' && b.kind === 'reference') return isSuccessor(a.mention, b.mention);
  if (a.kind === 'number' && b.kind === 'number') return isRoutineNumberChange(a.mention, b.mention);
  return false;
}

/**
 * True when the newer paragraph differs from the older only by the yearly life of a recurring text (`routineReasons`).
 */
export function isRoutineChange(before: string, after: string, lexicons?: Lexicons): boolean {
  return routineReasons(before, after, lexicons).length > 0;
}

/**
 * A sequencing adverb on the opening verb ("Welcoming also", "Also recalls", "Recalling further"): the order of
 * paragraphs, not their content. The adverb may stand after the verb's "with appreciation" ("Noting with appreciation
 * also the work" → "Noting with appreciation the work", Myanmar 79/182 PP 15 → 80/221 PP 23) and before a comma
 * ("Recalling further, in the above context" → "Recalling also, in the above context", Durban 79/161 PP 33 → 80/193
 * PP 34): round 15E, redline #23. After "with concern" the adverb must open the object ("also the work", "further, that"):
 * "Noting with concern [-further -]reports of arbitrary detention" is further reports, an adjective (session 10 review).
 */
const SEQUENCING = /^((?:\S+\s){0,2}?|\p{L}+\s(?:note\s)?with\s(?:deep\s|great\s)?(?:appreciation|satisfaction|concern|interest)\s(?=(?:also|further|furthermore|moreover|again|in addition)(?:,|\s(?:the|that|its|their|his|her|a|an)\b)))(also|further|furthermore|moreover|again|in addition),?\s/iu;
/** "continue to" on a mandate the text gives again ("requests the Secretary-General to continue to submit"). */
const CONTINUE = MANDATE_CONTINUE;
/** The same for a body's agenda: "consider the following items" → "continue consideration of the following items". */
const CONTINUE_CONSIDERATION = /\b(?:continue|continues|continuing) (?:its |their |the )?consideration of\s/gi;

/**
 * A request or a decision taken before and restated: "requests" → "reiterates its request to", "decides to" → "renews
 * its decision to". Each written form maps to the verb it restates.
 */
const RESTATED: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:reiterates|renews|recalls) its requests? (?:to|that)\b/gi, 'requests'],
  [/\b(?:reiterates|renews|recalls) its decisions? (?:to|that)\b/gi, 'decides to'],
];
/**
 * An invitation given again, as a request is restated (`RESTATED`): "and [-invites-]{+reiterates the invitation to+}
 * Member States to take measures, in cooperation with the private sector, …" (Sustainable consumption 79/202 → 80/135
 * OP 14, read "not": the same invitation repeated; redline #23, session 16). Read as "invites": the addressee and what
 * they are invited to do must then be the same.
 */
const INVITATION_RESTATED = /\b(?:reiterates|renews) (?:its|the) invitations? to\b/gi;

/**
 * Opening verbs that age into "Recalling" once what they speak of is past ("Taking note also of the report" →
 * "Recalling the report", "Cognizant that" → "Recalling also that"), and "Looking forward to" a meeting that has since
 * been held ("Welcoming the convening of"). Each pair is older opening → newer opening, as participles and finite verbs.
 */
const AGEING_OPENINGS: ReadonlyArray<[RegExp, RegExp]> = [
  // "with appreciation" goes with the verb it qualified (round 13E2: "Taking note with appreciation of the agreed
  // conclusions of the sixty-third session of the Commission" → "Recalling the agreed conclusions …").
  [/^(?:Noting|Taking note(?: also| further)?(?: with (?:appreciation|satisfaction))? of|Welcoming|Acknowledging|Cognizant(?: also)?(?= that)|Mindful(?: also)?(?= that| of))\b/, /^Recalling\b/],
  [/^(?:Notes|Takes note(?: also| further)?(?: with (?:appreciation|satisfaction))? of|Welcomes|Acknowledges)\b/, /^(?:Recalls|Also recalls|Further recalls)\b/],
  // What an operative paragraph welcomed or noted, recalled in the preamble the year after ("Welcomes the final report
  // of the working group" → "Recalling also the final report of the working group"): the same document, gone into the past.
  [/^(?:Notes|Takes note(?: also| further)? of|Welcomes|Acknowledges)\b/, /^Recalling\b/],
  [/^Looking forward to\b/, /^Welcoming\b/],
  [/^Looks forward to\b/, /^Welcomes\b/],
  // A meeting the older text decided to convene, welcomed as convened a year on.
  [/^(?:(?:Also|Further)\s)?(?:Decides|decides) to convene\b/, /^(?:(?:Also|Further)\s)?[Ww]elcomes the convening of\b/],
  [/^(?:(?:Also|Further)\s)?(?:Decides|decides) to convene\b/, /^Welcoming the convening of\b/],
];

/** An opening that decides or requests, and one that restates such a decision or request ("Recalls its decision"). */
const DECIDING_OPENING = /^(?:(?:Also|Further)\s)?(?:Decides|Requests)\b/;
// A decision restated where it was taken, as an operative verb or a preambular participle, with the resolution that took it
// between ("Recalling, in its resolution 78/47, its decision": a desk officer read "Decides → Recalling … (weaker)" three times).
const RESTATING_OPENING = /^(?:(?:Also|Further)\s)?(?:recall(?:s|ing)|reiterat(?:es|ing)|renew(?:s|ing)|reaffirm(?:s|ing))(?:\s(?:also|further))?(?:,\sin\sits\sresolution\s\d+\/\d+,)?\sits (?:decisions?|requests?)\b/i;

/**
 * True when the opening verb changed only as the text aged: an aged verb (`AGEING_OPENINGS`: "Welcomes" → "Recalls" for
 * an event already welcomed, "Looking forward to" → "Welcoming" once held) or a decision or request restated ("Decides …
 * to convene" → "Recalls its decision … to convene"), or a body's founding welcomed become its work noted (`bodyAtWork`). A
 * commitment shift between such openings is no tone a negotiator set.
 */
export function isAgedOpening(before: string, after: string): boolean {
  if (DECIDING_OPENING.test(before) && RESTATING_OPENING.test(after)) return true;
  if (decisionRestated(before, after)) return true;
  if (decidedActRecalled(before, after)) return true;
  if (isEventStep(before, after)) return true;
  // A body's founding welcomed, its work noted the year after, at the opening ("Welcoming the establishment of" →
  // "Taking note of the work done by"): the welcome went with the founding.
  if (bodyAtWork(before, after) !== null && stretchesOf(before, after)[0]?.olderStart === 0) return true;
  const openedAged = agedOpening(before, after);
  if (openedAged === null) return false;
  // The date a recalled decision was adopted on may go or come with the welcome (`adoptionDateWrittenOrDropped`): no
  // event went, and the words spoken of are read without it.
  const undated = /\brecall/i.test(openedAged.reason) ? adoptionDateWrittenOrDropped(before, after, undefined) : null;
  const [olderText, newerText] = [undated?.olderText ?? before, undated?.newerText ?? after];
  const aged = undated === null ? openedAged : agedOpening(olderText, newerText) ?? openedAged;
  // The same event under the aged verb: what the older opening spoke of still opens the newer text ("Welcomes decision
  // 16/6" → "Recalls decision 16/6", "Welcoming the holding of the Conference" → "Recalling the convening of the
  // Conference"), and no year of the older text went (a review of 2023 recalled where the one of 2024 stands is a new
  // event, and "Welcomes the Board's ongoing work" dropped before "Also recalls the commitment" is a welcome withdrawn).
  const content = (text: string, count: number): string[] =>
    text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 3 && !EVENT_NOUNS.has(word)).slice(0, count);
  const spokenOf = content(aged.before, 6);
  const opening = new Set(content(aged.after, 20));
  const kept = spokenOf.filter((word) => opening.has(word)).length;
  const years = (text: string): string[] => text.match(/\b(?:19|20)\d\d\b/g) ?? [];
  if (!years(olderText).every((year) => years(newerText).includes(year))) return false;
  return (spokenOf.length > 0 && kept / spokenOf.length >= 0.75) || sameEventDates(aged.before, aged.after);
}

/** A date as an event is held: its day or days, month and year ("23 to 27 June 2025", "9–20 July 2001", "4 December 2023"). */
const EVENT_DATE = /\b\d{1,2}(?:\s*(?:to|and|[-\u2010-\u2015])\s*\d{1,2})?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\b/;

/**
 * True when the aged opening speaks of the same event in other words, named by the days it is held: "Looking forward to
 * the preparatory process that will take place from 23 to 27 June 2025" → "Welcoming the successful convening of the
 * preparatory meeting of States from 23 to 27 June 2025" (Arms Trade Treaty 79/52 → A/C.1/80/L.9 PP 9, trial 15b: read
 * "strengthened: look forward → welcome" while OP 11's "Welcomes → Recalls the consensus final report" was routine). The
 * first clause of each opening (to its first comma or semicolon) holds the same full date; a meeting looked forward to
 * and another welcomed ("the meeting in June 2025" → "the meeting of 1 to 5 June 2026") are not one event.
 */
function sameEventDates(before: string, after: string): boolean {
  const clause = (text: string): string => text.split(/[,;]/)[0];
  const date = EVENT_DATE.exec(clause(before));
  if (date === null) return false;
  const flat = (text: string): string => text.replace(/[\u2010-\u2015-]/g, ' to ').replace(/\s+/g, ' ').trim();
  return flat(clause(after)).includes(flat(date[0]));
}

/**
 * A decision recalled through the resolution that took it: "Recalling its resolution 74/247 of 27 December 2019, in
 * which it decided that the Ad Hoc Committee … should agree on an outline and modalities …" (what it decided follows).
 */
const RECALLED_IN_RESOLUTION = /^(?:(?:Also|Further)\s)?(?:recall(?:s|ing)|reaffirm(?:s|ing)|reiterat(?:es|ing))(?:\s(?:also|further))?\s(?:its|the)\sresolution\s\d+\/\d+(?:\sof\s\d{1,2}\s\p{L}+\s\d{4})?,?\s(?:in|by)\swhich\s(?:it|the\sGeneral\sAssembly)\s(?:decided|requested)\b/iu;
/**
 * A decision's binding clause reaffirmed: "Reaffirms that the Ad Hoc Committee shall take into full consideration …"
 * (what the body shall do follows). Only the binding modals: "Reaffirms that the Committee should …" softens "shall".
 */
const REAFFIRMED_MANDATE = /^(?:(?:Also|Further)\s)?(?:reaffirm(?:s|ing)|reiterat(?:es|ing))(?:\s(?:also|further))?\sthat\s[^,;]{1,200}?\s(?:shall|will|must)\s/iu;
/** "Decides …" or "Also decides …": a decision taken (not a request). */
const DECIDES_OPENING = /^(?:Decides|(?:Also|Further)\s[Dd]ecides)\b/;

/**
 * A decision restated on the same subject in a later text: "Decides to establish an … ad hoc intergovernmental
 * committee of experts …, taking into full consideration existing international instruments …" → "Reaffirms that the
 * Ad Hoc Committee shall take into full consideration existing international instruments …", and "Also decides that the
 * ad hoc committee shall convene a three-day organizational session …, in order to agree on an outline and modalities for
 * its further activities …" → "Recalling its resolution 74/247 …, in which it decided that the Ad Hoc Committee …
 * should agree on an outline and modalities for its further activities …" (ICT and crime 74/247 → 75/282 OP 2 → OP 11,
 * OP 3 → PP 3; a new user read both as "(weaker)"). The decision stands: restating it, or recalling the resolution that
 * took it, weakens nothing. Only a decision (`Decides`), only a restatement that keeps it binding ("in which it decided",
 * "shall", "will", "must"), and only on the same subject: most of what the newer text says was decided (the content
 * words after "decided" or after the modal, `RESTATED_SHARE`, a name's capitalised words aside) stands in the older
 * paragraph. "Decides to establish …" →
 * "Reaffirms the importance of …" (no restated decision) or "Reaffirms that the Committee shall conclude its work by
 * 2024" (another subject) stays a commitment weakened or moved.
 */
function decisionRestated(before: string, after: string): boolean {
  // A decision for a period ("Decides to extend the mandate … for a period of one year") lapses unless taken again: the
  // resolution that took it recalled is a mandate not renewed, weaker (as `decidedActRecalled` reads it; review 15).
  if (!DECIDES_OPENING.test(before) || DECIDED_FOR_A_PERIOD.test(before)) return false;
  const restated = RECALLED_IN_RESOLUTION.exec(after) ?? REAFFIRMED_MANDATE.exec(after);
  if (!restated) return false;
  // Words of names set aside (capitalised: "the ad hoc committee" is spelled out as "the Ad Hoc Committee to Elaborate …").
  const said = after.slice(restated[0].length).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 3 && !/^\p{Lu}/u.test(word)).slice(0, RESTATED_WORDS);
  const older = new Set(before.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return said.length >= 4 && said.filter((word) => older.has(word)).length / said.length >= RESTATED_SHARE;
}
/** A decision that runs for a period: "for a period of one year", "for a further period of two years", "for one year". */
const DECIDED_FOR_A_PERIOD = /\bfor (?:a |an )?(?:(?:further|additional|new)\s)?(?:period|term) of\b|\bfor (?:one|two|three|four|five|\d+) (?:more |further |additional )?years?\b/i;
/** The content words of a restatement compared (a clause of a mandate, not the whole paragraph's later clauses). */
const RESTATED_WORDS = 30;
/** The share of them the decision must hold to be the same subject. */
const RESTATED_SHARE = 0.6;

/** The year a decided act runs to: "until 2030", "through 2030", "2021–2030". */
const DECISION_RUNS_TO = /\b(?:until|through|till)\s+(?:the end of\s+)?((?:19|20)\d\d)\b|\b(?:19|20)\d\d\s*[–-]\s*((?:19|20)\d\d)\b/;
/** "Decides to extend …": the act decided. */
const DECIDED_ACT = /^(?:(?:Also|Further)\s)?Decides to (\p{Ll}{4,})\b/u;
/** "Recalls the extension …", "Recalling the establishment …": the act recalled, as a noun. */
const RECALLED_ACT = /^(?:(?:Also|Further)\s)?(?:Recalls|Recalling)(?:\s(?:also|further))? the (\p{Ll}{4,})\b/u;

/**
 * A decision recalled a year on by its act ("Decides to extend until 2030 the promotion of the United Nations Decade of
 * Sustainable Energy for All" → "Recalls the extension until 2030 of the promotion of the United Nations Decade …",
 * Energy for all 79/211 → 80/142 OP 38 → OP 39; round 16): the act decided and the noun recalled share their stem, and
 * what the decision spoke of opens the recall. The decision was taken; recalling it is no weaker (what the paragraph
 * adds, "and calls for the implementation …", is read as usual).
 */
function decidedActRecalled(before: string, after: string): boolean {
  const [decided, recalled] = [DECIDED_ACT.exec(before), RECALLED_ACT.exec(after)];
  if (!decided || !recalled) return false;
  // Only a decision that runs to a year both texts name ("until 2030"): one that ran for a year ("Decides to extend the
  // mandate … for a period of one year" → "Recalls the extension of the mandate") has lapsed unless renewed, and that is
  // weaker (a review's counter-example, session 11).
  const endYear = (text: string): string | null => DECISION_RUNS_TO.exec(text)?.slice(1).find((year) => year !== undefined) ?? null;
  if (endYear(before) === null || endYear(before) !== endYear(after)) return false;
  const act = decided[1];
  if (!recalled[1].startsWith(act.slice(0, Math.min(5, act.length - 1))) || recalled[1] === act) return false;
  const content = (text: string, count: number): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 3).slice(0, count);
  const spokenOf = content(before.slice(decided[0].length), 6);
  const opening = new Set(content(after.slice(recalled[0].length), 20));
  return spokenOf.length > 0 && spokenOf.filter((word) => opening.has(word)).length / spokenOf.length >= 0.75;
}

/**
 * An opening that decides (or recalls its decision) to bring about an event, and one that welcomes or notes it as done:
 * "Also decides to establish an intergovernmental negotiating committee …" → "Welcomes the convening … of the
 * organizational session of the Intergovernmental Negotiating Committee …", "Recalls the decision … to establish a
 * panel" → "Welcomes the establishment of the … Panel". The verb changed because the event took place.
 */
const DECIDED_EVENT = /^(?:(?:Also|Further)\s)?(?:[Dd]ecides|[Rr]ecalls (?:its|the) decision[^,;]{0,120}?)\s+to\s+(?:establish|convene|hold|launch|create|organize)\b/;
const EVENT_DONE = /^(?:(?:Also|Further)\s)?(?:[Ww]elcomes|Welcoming|[Nn]otes|Noting|[Tt]akes note of|Taking note of)(?:\s(?:also|further|with appreciation|with satisfaction))?\s+the\s+(?:establishment|convening|holding|launch|creation|organization)\b/;

/**
 * True when the opening went from deciding an event to welcoming or noting it as held (`DECIDED_EVENT` →
 * `EVENT_DONE`) and the newer paragraph's opening words still name what the older decided: a commitment shift of
 * such an opening is the event moving on, not a tone a negotiator set.
 */
function isEventStep(before: string, after: string): boolean {
  const decided = DECIDED_EVENT.exec(before);
  if (!decided || !EVENT_DONE.test(after)) return false;
  const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 3 && !EVENT_NOUNS.has(word));
  const named = words(before.slice(decided[0].length)).slice(0, 6);
  const opening = new Set(words(after).slice(0, 30));
  return named.length > 0 && named.filter((word) => opening.has(word)).length / named.length >= 0.5;
}

/** Words that name an event's taking place, which change as it ages ("the holding of" → "the convening of"). */
const EVENT_NOUNS = new Set(['holding', 'convening', 'successful', 'organization', 'that', 'with', 'appreciation']);

/** A coordinated object that repeats its verb's "of": "… and of the subsequent report". */
const REPEATED_OF = /\b(and|as well as) of\s/g;
const escapeForPattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The two openings with an aged verb set aside, and the reason, or null when the openings did not age. */
function agedOpening(before: string, after: string): { before: string; after: string; reason: string } | null {
  for (const [older, newer] of AGEING_OPENINGS) {
    const from = older.exec(before);
    const to = newer.exec(after);
    if (!from || !to) continue;
    const [olderRest, newerRest] = [before.slice(from[0].length).trimStart(), after.slice(to[0].length).trimStart()];
    // The older verb's "of" repeated before a second object goes with it ("Taking note of the report … and of the
    // subsequent report" → "Recalling the report … and the subsequent report": Criminal accountability 78/102 → 79/116
    // PP 17, redline #23, round 16A); only when the newer verb takes no "of" and its text repeats none.
    const repeatedOf = /\sof$/.test(from[0]) && !/\sof$/.test(to[0]) && !/\b(?:and|as well as) of\s/.test(newerRest) ? olderRest.replace(REPEATED_OF, '$1 ') : olderRest;
    // So does the older verb itself, repeated before a second record ("Notes the endorsement … on 9 November 2023 …, and
    // notes the adoption … on 23 September 2024 of the Leaders' Declaration" → "Also recalls the endorsement …, and the
    // adoption …": Oceans 79/144 → 80/110 OP 434 → OP 400): the aged verb now governs both. Only the same verb, written
    // lower-case after "and", and only when the newer text
    // repeats it nowhere ("…, and notes the importance of capacity-building" kept beside the aged verb stays as it was).
    const verb = from[0].replace(/^(?:Also|Further)\s/, '').toLowerCase();
    const repeatedVerb = new RegExp(`\\b(and|as well as) ${escapeForPattern(verb)}\\s`, 'g');
    const stillRepeated = new RegExp(`\\b(?:and|as well as) ${escapeForPattern(verb)}\\s`).test(newerRest);
    const olderAged = stillRepeated ? repeatedOf : repeatedOf.replace(repeatedVerb, '$1 ');
    const gone = [repeatedOf === olderRest ? '' : ', its repeated “of” with it', olderAged === repeatedOf ? '' : `, its repeated “${verb}” with it`].join('');
    const adopted = /\brecall/i.test(to[0]) ? recalledByItsAdoption(olderAged, newerRest) : null;
    if (adopted !== null) return { before: olderAged, after: adopted, reason: `verb aged with the event: ${from[0]} → ${to[0]}, the document recalled by its adoption` };
    return { before: olderAged, after: newerRest, reason: `verb aged with the event: ${from[0]} → ${to[0]}${gone}` };
  }
  return null;
}

/** A document recalled by its adoption, as the newer text opens after the aged verb: "the adoption of resolution LP.6(17) by". */
const ADOPTION_RECALLED = /^the adoption of (?=\S)/;

/**
 * A document the older text noted, recalled a year on by its adoption ("Notes resolution LP.6(17) of the forty-fourth
 * Consultative Meeting …" → "Also recalls the adoption of resolution LP.6(17) by the forty-fourth Consultative Meeting
 * …", Oceans 78/69 → 79/144 OP 256 → OP 253, read "not": a verb ageing as the amendment moves into the past; session 20,
 * issue 23 "verbs aged"): the newer words after the aged verb with "the adoption of" and the adopting body's "by" read as
 * the older "of", or null when the newer text does not recall the very document the older one named first. Only the
 * first "by" after the document, and only where the older text says "of" at that place: what the document is stays
 * word for word.
 */
function recalledByItsAdoption(olderRest: string, newerRest: string): string | null {
  if (!ADOPTION_RECALLED.test(newerRest) || ADOPTION_RECALLED.test(olderRest)) return null;
  const document = newerRest.replace(ADOPTION_RECALLED, '');
  const by = document.indexOf(' by ');
  if (by <= 0) return null;
  const named = document.slice(0, by);
  // The document named by a symbol or a title of a few words, then the body that adopted it.
  if (named.split(/\s+/).length > 6 || !olderRest.startsWith(`${named} of `)) return null;
  return `${named} of ${document.slice(by + ' by '.length)}`;
}

/**
 * Words that date a fact and go as it ages: "the [-recent -]exchange of visits", "since the declaration [-and subsequent
 * extensions -]of the state of emergency" (once lifted), "the [-recently launched -]Fellowship" (a body recently set up,
 * with its participle: a year on it is simply there). Routine only when dropped: a fact newly called recent is news.
 */
const DATING_WORDS = /\b(?:(?:most )?recent|recently(?: (?:launched|established|created|opened|appointed|elected))?|and (?:its |their )?subsequent extensions?)\s/gi;

/**
 * "ongoing" before what ends by itself: a pandemic ("the [-ongoing -]COVID-19 pandemic") or a body's discussions or
 * work ("the [-ongoing -]discussions of the open-ended working group", once it ended). Never before what the Assembly
 * takes a stance on (the review of session 10: "Condemns the [-ongoing -]violations …", "concern at the [-ongoing
 * -]occupation …", "engage in the [-ongoing -]negotiations on a ceasefire" stay findings).
 */
const ONGOING = /\bongoing (?=(?:(?:the )?(?:COVID[-\u2010\u2011]19|coronavirus|pandemic))\b|(?:discussions|deliberations|work|consultations) of the [^,;]{0,60}?\b(?:working group|committee|commission|panel|group of (?:governmental )?experts)\b)/giu;

/**
 * "new" before a named office or body in office ("a dialogue with the [-new -]Government of French Polynesia", after an
 * election; an office-holder's title, not any capitalised word: "the [-new -]Israeli settlement units" stays a finding): it dates the body as the DATING_WORDS do, and goes a year on, when the body is simply the one in office
 * (redline #23, round 15D, "decisions or verbs ageing"). Only lower-case "the new" before a capitalized name: "the New
 * Urban Agenda" is a title, and "new and emerging technologies" no body. Like "ongoing" (among the DATING_WORDS since
 * round 15D: "the [-ongoing -]COVID-19 pandemic", "the [-ongoing -]discussions of the open-ended working group" once it
 * ended), routine only when dropped: a body or a process newly called new or ongoing is news.
 */
const NEW_BODY = /(?<=\bthe )new (?=(?:Government|President|Administration|Prime Minister|Chair|Chairperson|Bureau|Secretary-General|High Commissioner|Special Rapporteur|Special Envoy|Independent Expert|Executive Director|Director-General|Executive Secretary)\b)/gu;

/** "the continued" or "the continuing" before a noun: a trend said to go on, in a paragraph that records it. */
const TREND_WORDS = /\bthe (?:continued|continuing) (?=\p{Ll})/giu;

/**
 * The auxiliaries that carry a statement's tense: a fact stated in the present ages into the past as the text comes
 * back a year on ("the pandemic [-is-]{+was+} one of the greatest global challenges", "[-are -]{+have been +}the
 * hardest hit", "the pandemic [-has -]revealed"). Modals (will, shall, should, may) are not among them: those are
 * commitments.
 */
const AUXILIARIES = /\b(?:is|are|was|were|has been|have been|had been|has|have|had)\s/gi;
/** Auxiliaries of the present: a newer text may lose them, never gain them, as a fact ages. */
const PRESENT = new Set(['is', 'are', 'has', 'have']);

/**
 * The words that put an event still to come ("the biennial panel discussion, [-to be -]held at the sixtieth session"):
 * they go once it is held. Routine only when dropped: an event put back into the future is news.
 */
const STILL_TO_COME = /\b(?:to be|will be)\s(?=(?:co-)?(?:held|convened|hosted|organized|launched)\b)/gi;

/** "the convening of <name> held in|on|at|from": the participle that repeats the convening. */
const CONVENING_HELD = /\b((?:convening|holding) of [^,;]{3,160}?) held (?=(?:in|on|at|from)\s)/gi;

/** What `withoutAgeingWords` took out of a text, and the text left. */
interface AgeingWordsRead {
  text: string;
  adverb: string | null;
  continued: number;
  restated: number;
  /** Invitations restated (`INVITATION_RESTATED`). */
  reinvited: number;
  dating: string[];
  trend: number;
  tense: string[];
  toCome: number;
}

/**
 * The text without the wording a recurring text gains or loses as it ages, and what was taken out: a copy of its own
 * (callers set `text`), from the last texts read (`successionReasons` reads one paragraph against each variant of the
 * other that the routine rules try: issue 21 session 12).
 */
function withoutAgeingWords(text: string): AgeingWordsRead {
  let read = recentAgeingWords.get(text);
  if (!read) {
    read = readAgeingWords(text);
    if (recentAgeingWords.size >= RECENT_TEXTS) recentAgeingWords.clear();
    recentAgeingWords.set(text, read);
  }
  return { ...read, dating: [...read.dating], tense: [...read.tense] };
}

const recentAgeingWords = new Map<string, AgeingWordsRead>();

function readAgeingWords(text: string): AgeingWordsRead {
  const adverb = SEQUENCING.exec(text);
  // "the convening of the High-level Dialogue … [-held -]in New York on 20 September 2023": "held" only repeats "the
  // convening of", and a recall drops it (round 13E2); read alike either way.
  let out = (adverb ? text.slice(0, adverb[1].length) + text.slice(adverb[0].length) : text).replace(CONVENING_HELD, '$1 ');
  const toCome = out.match(STILL_TO_COME)?.length ?? 0;
  out = out.replace(STILL_TO_COME, '');
  const dating = [...(out.match(DATING_WORDS) ?? []), ...(out.match(ONGOING) ?? []), ...(out.match(NEW_BODY) ?? [])].map((words) => words.trim().toLowerCase());
  out = out.replace(DATING_WORDS, '').replace(ONGOING, '').replace(NEW_BODY, '');
  const trend = out.match(TREND_WORDS)?.length ?? 0;
  out = out.replace(TREND_WORDS, 'the ');
  const continued = (out.match(CONTINUE)?.length ?? 0) + (out.match(CONTINUE_CONSIDERATION)?.length ?? 0);
  out = out.replace(CONTINUE, '').replace(CONTINUE_CONSIDERATION, 'consider ');
  let restated = 0;
  for (const [pattern, verb] of RESTATED) {
    out = out.replace(pattern, () => {
      restated++;
      return verb;
    });
  }
  // "decides to convene" and "renews its decision to convene" read alike; "requests the Secretary-General to" and
  // "reiterates its request to the Secretary-General to" too, once the restating "to" before the addressee goes.
  out = out.replace(/\brequests to (?=the\b)/gi, 'requests ');
  const reinvited = out.match(INVITATION_RESTATED)?.length ?? 0;
  out = out.replace(INVITATION_RESTATED, 'invites');
  const tense = (out.match(AUXILIARIES) ?? []).map((words) => words.trim().toLowerCase());
  out = out.replace(AUXILIARIES, '');
  return { text: out, adverb: adverb ? adverb[2].toLowerCase() : null, continued, restated, reinvited, dating, trend, tense, toCome };
}

/**
 * Why the newer paragraph is a routine update of the older, one line per change, or none when it is not: with every
 * number and reference set aside, the words are the same (up to case and punctuation); and item by item, in order, each
 * is unchanged or its expected successor — a session or ordinal one up ("seventy-ninth" → "eightieth session", the
 * thirteenth → fourteenth Conference), a year one up, a later date, a count of years one up, a resolution or document
 * symbol of the next session with the same shape (78/66 → 79/77, A/79/414 → A/80/534, ECOSOC 2023/3 → 2024/13, a Security
 * Council resolution of the next year, a Human Rights Council resolution of a later session); footnote marks, agenda
 * item and job numbers change freely. A deadline, a period, a percentage or another figure that changed is never routine.
 * A list of earlier resolutions that gains the previous session's one is routine too (`listGrewBySuccessor`), as is a
 * list of years that gains a later year ("seminars in 2022 and 2023" → "in 2022, 2023 and 2025"), a sequencing adverb
 * on the opening verb ("Welcoming also", "Also" → "Further recalls"), "continue to" on a mandate given again, a request
 * or decision restated, and an opening verb aged with its event (`AGEING_OPENINGS`). Failing those, an event followed
 * along its life in a paragraph that records it (`eventMovedOnReasons`: its next edition at a later place and date, or
 * looked forward to, then welcomed as convened).
 */
export function routineReasons(before: string, after: string, lexicons?: Lexicons): string[] {
  // The year's ratifications recorded in a clause of their own beside an event moved on (session 16): read apart.
  const ratified = ratificationClauseAdded(before, after);
  if (ratified !== null) {
    const rest = letters(before) === letters(ratified.after) ? [] : routineReasons(before, ratified.after, lexicons);
    return rest.length > 0 || letters(before) === letters(ratified.after) ? [ratified.reason, ...rest] : [];
  }
  const direct = successionReasons(before, after, lexicons);
  if (direct.length > 0) return direct;
  const rotated = regionRotationReasons(before, after, lexicons);
  if (rotated !== null) return rotated;
  const event = eventMovedOnReasons(before, after, lexicons);
  if (event !== null) return event;
  const dated = meetingDatesSet(before, after, lexicons) ?? eventPlaceAndDatesSet(before, after);
  if (dated !== null) return dated;
  const cycle = eventCycleReasons(before, after) ?? expectedStepRecorded(before, after);
  if (cycle !== null) return cycle;
  const theme = yearlyThemeReasons(before, after) ?? nextSessionThemeReasons(before, after, lexicons) ?? sessionAgendaReasons(before, after, lexicons);
  if (theme !== null) return theme;
  const anniversary = anniversaryClausesReasons(before, after, lexicons);
  if (anniversary !== null) return anniversary;
  const documents = documentsConsideredReasons(before, after) ?? reportDescribedReasons(before, after);
  if (documents !== null) return documents;
  const statistics = statisticsRefreshedReasons(before, after);
  if (statistics !== null) return statistics;
  // Stretches of the word diff that age with the text, set aside one kind after another: a passing event's wording
  // ("responding to and recovering from" the pandemic → "recovering from the negative effects of"), a verb aged inside
  // the paragraph ("and [-taking note-]{+recalling+} with appreciation [-of-] the first Congress, held in 2022"), the
  // latest ratifications recorded. The rest must then be the same, editorial or routine.
  // Words only spelt otherwise beside them ("States [-parties-]{+Parties+}", "Secretary[---]{+ +}General") are taken as
  // the newer text writes them first: editorial, said after the routine reasons, never a reason alone.
  // Events moved on that name new places are read first: a place renamed is no spelling (`speltOtherwise`).
  const steps = eventStepsRead(before, after);
  const reasons: string[] = steps?.reasons ?? [];
  const moved = steps?.before ?? before;
  const spelt = speltOtherwise(moved, after);
  let older = spelt?.before ?? moved;
  for (const age of STRETCH_AGEING) {
    const aged = age(older, after);
    if (aged === null) continue;
    older = aged.before;
    reasons.push(...aged.reasons);
  }
  const editorialNote = spelt !== null ? spelt.notes : [];
  if (reasons.length === 0 && spelt === null) return clauseReasons(before, after, lexicons);
  if (reasons.length > 0 && letters(older) === letters(after)) return [...reasons, ...editorialNote];
  const rest = successionReasons(older, after, lexicons);
  if (rest.length > 0) return [...reasons, ...rest, ...editorialNote];
  const restEvent = eventMovedOnReasons(older, after, lexicons);
  if (restEvent !== null) return [...reasons, ...restEvent, ...editorialNote];
  return clauseReasons(before, after, lexicons);
}

/** Events moved on clause by clause, every other clause alike (`eventClausesMovedOn`): the reasons, or none. */
function clauseReasons(before: string, after: string, lexicons: Lexicons | undefined): string[] {
  const clauses = eventClausesMovedOn(before, after, lexicons);
  return clauses !== null && clauses.olderOther.length === 0 && clauses.newerOther.length === 0 ? clauses.reasons : [];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** A meeting decided for a year and a length: "in 2025 for five days (10 meetings)", "in 2027 for two weeks (20 meetings)". */
const YEAR_AND_LENGTH = /,?\s\bin ((?:19|20)\d\d) for (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?)(?: \(\w+ meetings\))?/i;
/** Its dates, once set: "from 23 to 27 June 2025", "from 30 June to 3 July 2025". */
const DATES_SET = /\s\bfrom (\d{1,2})(?: (\p{L}+))? to (\d{1,2}) (\p{L}+) ((?:19|20)\d\d)\b/u;
/** A decision recalled, not made, where a paragraph opens ("Recalls its decision to convene", "Also recalling its decision"). */
const RECALLED_DECISION = /^\s*(?:\d{1,3}\.\s*)?(?:(?:Also|Further)\s+)?recall(?:s|ing)\s+(?:also\s+)?its\s+decisions?\b/i;
/** The article of the meeting decided, indefinite before its dates are set ("to convene a preparatory meeting"). */
const MEETING_ARTICLE = /\b(convene|hold) an? (?=\S)/i;

/**
 * A meeting the older text decided for a year and a length (`YEAR_AND_LENGTH`), whose dates the newer sets within that
 * year and that length (`DATES_SET`: "a preparatory meeting of States in 2025 for five days (10 meetings), in New York"
 * → "the preparatory meeting of States in New York from 23 to 27 June 2025"): the decision carried out, with the article
 * made definite and the decision stated anew or restated. The rest must be the same or routine. Dates in another year or
 * longer than the length decided are negotiated. The reasons, or null.
 */
function meetingDatesSet(before: string, after: string, lexicons: Lexicons | undefined): string[] | null {
  // Only recalled in the older text and decided anew in the newer ("Recalls its decision to convene a meeting … in 2027
  // for two weeks (20 meetings)" → "Decides to convene the Meeting … from 12 to 23 July 2027", ammunition 79/54 → 80/43
  // OP 5, trial 20a D7): a new decision, as "Recalls its request → Requests" is a new request; negotiated.
  if (RECALLED_DECISION.test(before) && !RECALLED_DECISION.test(after)) return null;
  const decided = YEAR_AND_LENGTH.exec(before);
  const set = DATES_SET.exec(after);
  if (!decided || !set || set[5] !== decided[1]) return null;
  const year = Number(decided[1]);
  const [firstDay, lastDay] = [Number(set[1]), Number(set[3])];
  const lastMonth = MONTHS.indexOf(set[4].toLowerCase());
  const firstMonth = set[2] === undefined ? lastMonth : MONTHS.indexOf(set[2].toLowerCase());
  if (firstMonth < 0 || lastMonth < 0) return null;
  const span = (Date.UTC(year, lastMonth, lastDay) - Date.UTC(year, firstMonth, firstDay)) / 86_400_000 + 1;
  const count = /^\d+$/.test(decided[2]) ? Number(decided[2]) : COUNT_WORDS.indexOf(decided[2].toLowerCase()) + 1;
  const length = /^week/i.test(decided[3]) ? count * 7 : count;
  if (span < 1 || span > length) return null;
  const older = before.replace(YEAR_AND_LENGTH, '').replace(MEETING_ARTICLE, '$1 the ');
  const newer = after.replace(DATES_SET, '');
  const reason = `a meeting's dates set within the year and length decided: ${decided[0].replace(/^,?\s/, '')} → ${set[0].trim()}`;
  if (letters(older) === letters(newer)) return [reason];
  const rest = successionReasons(older, newer, lexicons);
  return rest.length > 0 ? [reason, ...rest] : null;
}

/** An event's time as a decision first gives it: a year, or a month of a year ("in June 2025", "in 2025"). */
const EVENT_TIME_GIVEN = /,?\s\bin (?:(january|february|march|april|may|june|july|august|september|october|november|december) )?((?:19|20)\d\d)\b(?!\s*[–-])/gi;
/** Its days, once set: "from 9 to 13 June 2025", "on 16 and 17 December 2025", "from 30 June to 3 July 2025". */
const EVENT_DAYS_SET = /,?\s\b(?:from|on) \d{1,2}(?: (\p{L}+))? (?:to|and|-|–) \d{1,2} (\p{L}+) ((?:19|20)\d\d)\b/u;
/** Its place, once set: "in Nice, France", "in Sevilla, Spain" (a city and a country, or a city). */
const EVENT_PLACE_SET = /,?\s\bin (?:the city of )?\p{Lu}[\p{L}\u2019'-]+(?:\s\p{Lu}[\p{L}\u2019'-]+)*(?:,\s\p{Lu}[\p{L}\u2019'-]+(?:\s\p{Lu}[\p{L}\u2019'-]+)*)?(?=[,;\s])/gu;
/** Capitalized words after "in" that name no place: actors, bodies, languages. */
const NO_PLACE = /^in (?:the city of )?(?:Member|States?|United Nations|Governments?|English|French|Spanish|Arabic|Chinese|Russian|Annex|Article|Chapter|Part|Section)\b/;
/** Its theme, once set: "under the overarching theme “…”". */
const EVENT_THEME_SET = /,?\s\b(?:under|on|with) the (?:overarching |main )?theme\s*[“"][^”"]*[”"]/gu;
/** A paragraph speaking of an event being held, convened or organized: its setting may be given. */
const EVENT_BEING_SET = /\b(?:held|hosted|co-hosted|convened|organized|convene|hold|convening|holding)\b/i;
/**
 * The words with which a text moves an event from decided to organized: "its decision to convene" → "its decision that …
 * would be organized", "to be held", and the level its modalities gave it ("the {+high-level+} overall review").
 */
const EVENT_SET_WORDS = new Set(['to', 'be', 'will', 'would', 'that', 'convene', 'hold', 'held', 'convened', 'organized', 'hosted', 'in', 'on', 'from', 'and', 'the', 'at', 'high-level']);

/**
 * An event's place, dates and theme since set, in a paragraph that recalls or looks forward to it (issue 23, round 14B):
 * the older text gives the event a year or a month ("its decision to convene the high-level 2025 United Nations
 * Conference … in June 2025"), the newer its days within that month or year (`EVENT_DAYS_SET`), and may add its city
 * (`EVENT_PLACE_SET`) and theme (`EVENT_THEME_SET`) as since decided ("its decision that the … Conference … would be
 * organized in Nice, France, from 9 to 13 June 2025, under the overarching theme “…”", Oceans 78/69 → 79/144 PP 12;
 * "looks forward to the {+high-level +}overall review … [-in 2025-]{+, to be held on 16 and 17 December 2025+}", ICT
 * for development 79/194 → 80/118 OP 33 → OP 36, the modalities decided by another resolution). Every other word the same but the words of the event's setting (`EVENT_SET_WORDS`), no number or name dropped, no
 * call or decision in the newer paragraph (`CALLS`; a recall of the decision is none). Days in another month or year, a
 * place replaced, or the Assembly setting them in this text stay negotiated. The reasons, or null.
 */
function eventPlaceAndDatesSet(before: string, after: string): string[] | null {
  if (CALLS.test(after.replace(/^(?:(?:Also|Further)\s)?Recall(?:ing|s)(?:\s(?:also|further))? its decision\b/i, ''))) return null;
  if (!EVENT_BEING_SET.test(after)) return null;
  let older = before;
  let newer = after;
  // Its days, within the month or year the older text gave it.
  const days = EVENT_DAYS_SET.exec(after);
  let given: RegExpMatchArray | null = null;
  if (days) {
    const [year, month] = [days[3], days[2].toLowerCase()];
    if (!MONTHS.includes(month)) return null;
    const times = [...before.matchAll(EVENT_TIME_GIVEN)].filter((match) => match[2] === year && (match[1] === undefined || match[1].toLowerCase() === month || (days[1] !== undefined && match[1].toLowerCase() === days[1].toLowerCase())));
    if (times.length !== 1 || after.includes(times[0][0].trim())) return null;
    given = times[0];
    older = older.replace(given[0], ' ');
    newer = newer.replace(days[0], ' ');
  }
  const trim = (text: string): string => text.replace(/^,?\s/, '');
  // Its theme, new to the paragraph.
  const themes = (newer.match(EVENT_THEME_SET) ?? []).filter((theme) => !before.includes(trim(theme)));
  for (const theme of themes) newer = newer.replace(theme, ' ');
  // Its place, new to the paragraph, or its city named before the country the older text gave ("in Saudi Arabia" →
  // "in Riyadh, Saudi Arabia").
  const places = (newer.match(EVENT_PLACE_SET) ?? []).filter((place) => !before.includes(trim(place)) && !NO_PLACE.test(trim(place)));
  let refined = 0;
  for (const place of places) {
    newer = newer.replace(place, ' ');
    const country = /,\s(.+)$/.exec(place)?.[1];
    if (country !== undefined && older.includes(`in ${country}`)) {
      older = older.replace(`in ${country}`, ' ');
      refined++;
    }
  }
  if (!days && themes.length === 0 && places.length === 0) return null;
  // A place or a theme is the event's setting only beside its days set, or with a city named before the country the older
  // text gave (the Internet Governance Forum "in Saudi Arabia" → "in Riyadh, Saudi Arabia, … under the theme …"): "a high-level meeting on HIV and AIDS {+in Africa +}in 2026" is the meeting's scope, and a theme added to
  // a recalled decision with no date set may be the Assembly's own (the session 10 review).
  if (!days && (refined < places.length || (themes.length > 0 && refined === 0))) return null;
  const tokens = (text: string): Map<string, number> => {
    const out = new Map<string, number>();
    for (const word of text.split(/[^\p{L}\p{N}\u2019'-]+/u).filter(Boolean)) out.set(word, (out.get(word) ?? 0) + 1);
    return out;
  };
  const [olderTokens, newerTokens] = [tokens(older), tokens(newer)];
  for (const word of new Set([...olderTokens.keys(), ...newerTokens.keys()])) {
    if ((olderTokens.get(word) ?? 0) === (newerTokens.get(word) ?? 0)) continue;
    if (!EVENT_SET_WORDS.has(word)) return null;
  }
  // A level named, never dropped: a meeting no longer high-level is news.
  if ((newerTokens.get('high-level') ?? 0) < (olderTokens.get('high-level') ?? 0)) return null;
  const level = (newerTokens.get('high-level') ?? 0) > (olderTokens.get('high-level') ?? 0) ? ' (its level now named: high-level)' : '';
  const set = [places.map(trim).join(', '), days ? trim(days[0]) : '', themes.map(trim).join(', ')].filter(Boolean).join(', ');
  const parts = [places.length > 0 ? 'place' : '', days ? 'dates' : '', themes.length > 0 ? 'theme' : ''].filter(Boolean);
  const what = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return [`an event's ${what} since set: ${given ? `${trim(given[0])} → ` : ''}${set}${level}`];
}

/**
 * The older text with every stretch of the word diff that is only spelt otherwise (case, spaces, hyphens) or a word of
 * editorial style swapped for its equivalent ("geographic" → "geographical", "which" → "that") written as the newer
 * writes it, and the editorial note to give; null when there is none.
 */
function speltOtherwise(before: string, after: string): { before: string; notes: string[] } | null {
  const stretches = stretchesOf(before, after).filter((stretch) => stretch.deleted !== '' && stretch.inserted !== '');
  const spelt = stretches.filter((stretch) => letters(stretch.deleted) === letters(stretch.inserted));
  const style = stretches.filter((stretch) => letters(stretch.deleted) !== letters(stretch.inserted) && editorialSynonymReason(stretch.deleted, stretch.inserted) !== null);
  // A body's name written out in full after its defined term, or shortened to it ("by the Council {+of the Authority +}of
  // decisions ISBA/28/C/9", Oceans 79/144 → 80/110 OP 62 → OP 54, beside "Notes → Recalls"): the same body, as the
  // editorial rule reads it alone (`shortenedName`, round 14).
  const names = stretchesOf(before, after)
    .filter((stretch) => (stretch.deleted === '') !== (stretch.inserted === ''))
    .map((stretch) => ({ stretch, name: nameWrittenOut(stretch, before, after) }))
    .filter((found): found is { stretch: Stretch; name: string } => found.name !== null);
  if (spelt.length + style.length + names.length === 0) return null;
  const notes = [
    ...(spelt.length > 0 ? ['editorial: case, spacing or punctuation'] : []),
    ...style.map((stretch) => editorialSynonymReason(stretch.deleted, stretch.inserted)!),
    ...names.map(({ stretch, name }) => `editorial: name ${stretch.deleted ? 'shortened to its defined term' : 'written out in full'}: ${name}`),
  ];
  return { before: withStretchesAged(before, [...spelt, ...style, ...names.map(({ stretch }) => stretch)].sort((a, b) => a.olderStart - b.olderStart)), notes };
}

/**
 * The full name when a stretch only completes a body's defined term with the body it belongs to, itself by its defined
 * term ("the Council {+of the Authority+}": a body the document has already named in full, or it could not call it
 * "the Authority"), or drops that completion; else null. Narrower than the editorial rule alone: "the Council {+of
 * Europe+}" names another body and stays a change.
 */
function nameWrittenOut(stretch: Stretch, before: string, after: string): string | null {
  const [text, start, words] = stretch.deleted ? [before, stretch.olderStart, stretch.deleted] : [after, stretch.newerStart, stretch.inserted];
  const bare = words.replace(/[\s,;:.]+/g, ' ').trim();
  if (bare === '') return null;
  const [preceding, following] = [text.slice(0, start), text.slice(start + words.length)];
  const ofBody = (name: string | null): string | null => {
    const body = / (?:of|for) the (\p{Lu}\p{L}+)$/u.exec(name ?? '')?.[1];
    return name !== null && body !== undefined && DEFINED_TERM.test(body) && /^the \p{Lu}\p{L}+ (?:of|for) the \p{Lu}\p{L}+$/u.test(name) ? name : null;
  };
  const found = ofBody(shortenedName(bare, preceding, following));
  if (found !== null) return found;
  // The diff may set the stretch one word on ("the Council of {+the Authority of +}decisions"): the same words read
  // from the "of" before it ("the Council {+of the Authority +}of decisions").
  const last = /\s(\p{Ll}+)$/u.exec(bare)?.[1];
  if (last === undefined || !preceding.endsWith(` ${last} `)) return null;
  return ofBody(shortenedName(`${last} ${bare.slice(0, -last.length).trim()}`, preceding.slice(0, -last.length - 1), `${last} ${following}`));
}

/** One changed stretch of a word diff: its older and newer wording and where each stands in its text. */
interface Stretch {
  deleted: string;
  inserted: string;
  olderStart: number;
  olderEnd: number;
  newerStart: number;
}

/** The last word diff `diffParts` computed: the rules of `routineReasons` read the same pair's diff several times. */
let lastDiff: { before: string; after: string; parts: DiffPart[] } | null = null;

/** The word diff of two texts within `EVENT_LIST_EDITS`, the last one kept (a pure function, so the cache cannot go stale). */
function diffParts(before: string, after: string): DiffPart[] {
  if (lastDiff === null || lastDiff.before !== before || lastDiff.after !== after) lastDiff = { before, after, parts: wordDiff(before, after, EVENT_LIST_EDITS).parts };
  return lastDiff.parts;
}

/** The changed stretches of the word diff of two texts, in order. */
function stretchesOf(before: string, after: string, parts: readonly DiffPart[] = diffParts(before, after)): Stretch[] {
  const out: Stretch[] = [];
  let older = 0;
  let newer = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (part.op === 'equal') {
      older += part.text.length;
      newer += part.text.length;
      continue;
    }
    const deleted = part.op === 'delete' ? part.text : '';
    const inserted = part.op === 'insert' ? part.text : parts[k + 1]?.op === 'insert' ? parts[++k].text : '';
    out.push({ deleted, inserted, olderStart: older, olderEnd: older + deleted.length, newerStart: newer });
    older += deleted.length;
    newer += inserted.length;
  }
  return out;
}

/** The older text with the chosen stretches turned into their newer wording. */
function withStretchesAged(before: string, chosen: readonly Stretch[]): string {
  let out = '';
  let at = 0;
  for (const stretch of chosen) {
    out += before.slice(at, stretch.olderStart) + stretch.inserted;
    at = stretch.olderEnd;
  }
  return out + before.slice(at);
}

/** What a stretch looked like, for a reason: "Andorra → Malawi, the Gambia and Colombia". */
function shown(stretch: Stretch): string {
  const trim = (text: string): string => text.trim().replace(/^[,;]\s*|[,;]$/g, '') || '∅';
  return `${trim(stretch.deleted)} → ${trim(stretch.inserted)}`;
}

/**
 * A clause recording the year's ratifications, added at a recording paragraph's end: ", and the ratifications by
 * Indonesia, Sierra Leone and Solomon Islands on 24 September 2024," (Nuclear disarmament 78/53 PP 32 → 79/50 PP 33,
 * beside the next Meeting of States Parties; the next step replaces it by "the latest ratification by Ghana on 26
 * September 2025", routine as the latest ratifications recorded). Only names of States after "by" and one date; in a
 * paragraph whose opening welcomes or notes; the older text without a clause of ratifications.
 */
const RATIFICATIONS_CLAUSE = /,?\s+and\s+the\s+(?:latest\s+)?ratifications?\s+(?:of\s+the\s+Treaty\s+)?by\s+\p{Lu}[\p{L}’'-]*(?:(?:\s+|,\s+|,?\s+and\s+)\p{Lu}[\p{L}’'-]*)*\s+on\s+\d{1,2}\s+\p{Lu}\p{Ll}+\s+(?:19|20)\d\d(?=,?\s*$)/u;
const WELCOMING_OR_NOTING_OPENING = /^(?:(?:Also|Further)\s+)?(?:Welcoming|Welcomes|Noting|Notes|Taking note|Takes note)\b/;

/** The newer text without the ratifications clause it adds (`RATIFICATIONS_CLAUSE`), and the reason; or null. */
function ratificationClauseAdded(before: string, after: string): { after: string; reason: string } | null {
  if (!WELCOMING_OR_NOTING_OPENING.test(after.trim()) || INSTRUMENT_STEP.test(before)) return null;
  const clause = RATIFICATIONS_CLAUSE.exec(after);
  if (!clause) return null;
  const rest = after.slice(0, clause.index) + after.slice(clause.index + clause[0].length);
  return { after: rest, reason: `the latest ratifications recorded: ∅ → ${clause[0].replace(/^,?\s+and\s+/, '').trim()}` };
}

/** A verb that records what took place, and one that asks, decides or judges: the nearer of the two rules a clause. */
const RECORDING_VERB = /\b(?:welcom\w*|notes|noting|taking note|takes note|encouraged by|recalling|recalls)\b/gi;
const CALLING_VERB = /\b(?:urg\w*|calls?|calling|encourages|encouraging|invit\w*|requests?|requesting|decides?|deciding|demands?|demanding|condemn\w*|deplor\w*|regrets?|regretting|stress\w*|emphasiz\w*)\b/gi;
/** A step of a State towards an instrument, as a paragraph records it. */
const INSTRUMENT_STEP = /\b(?:ratifications?|signatures?|signing|accessions?|acceptances?|approvals?)\b/i;
/** Small words of a record of ratifications: "the latest ratification of the Treaty by A, B and C on 13 March 2024". */
const RATIFICATION_GLUE = new Set([
  'the', 'and', 'of', 'on', 'by', 'to', 'latest', 'ratification', 'ratifications', 'signature', 'signatures', 'accession', 'accessions', 'acceptance', 'approval',
]);
/** Words a list of States is made of besides their names: a reader walks back over them to the "by" that opens it. */
const NAME_LIST_GLUE = /^(?:the|and|of|on|\d{1,4}|\p{Lu}[\p{L}\u2019'-]*)$/u;

/** The last match of a global pattern in a text: its index, or -1. */
function lastIndexOf(pattern: RegExp, text: string): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index ?? last;
  return last;
}

/**
 * The latest ratifications of an instrument recorded (issue 23, round 6): "Welcoming the latest ratification of the
 * Treaty by [-Andorra-]{+Malawi, the Gambia and Colombia+}", "while welcoming the [-ratifications by Solomon Islands on
 * 20 January 2023 and Sri Lanka on 25 July 2023-]{+ratification by Papua New Guinea on 13 March 2024+}", "the
 * ratification of the Treaty by 178 States, including [-36-]{+35+} of the 44": the Secretariat's yearly status of a
 * treaty, not a negotiated text. A changed stretch is such when the clause it stands in is ruled by a verb that records
 * (welcomes, notes, recalls: never one that urges, calls, decides or condemns) and speaks of a ratification, signature or
 * accession; its words are only names, figures, dates and the small words of such a record (`RATIFICATION_GLUE`); and
 * each name it brings is already in the paragraph (the instrument) or stands in a list of names after "by" (the States).
 */
function ratificationsRecorded(before: string, after: string): { before: string; reasons: string[] } | null {
  if (!INSTRUMENT_STEP.test(before) && !INSTRUMENT_STEP.test(after)) return null;
  const chosen: Stretch[] = [];
  for (const stretch of stretchesOf(before, after)) {
    const prefix = after.slice(0, stretch.newerStart);
    const recorded = lastIndexOf(RECORDING_VERB, prefix);
    if (recorded < 0 || lastIndexOf(CALLING_VERB, prefix) > recorded) continue;
    const clause = prefix.slice(recorded);
    // The words right after the stretch belong to its clause too ("while welcoming the {+latest +}ratification by").
    const following = /^[^,;:]{0,40}/.exec(after.slice(stretch.newerStart + stretch.inserted.length))?.[0] ?? '';
    if (/[;:]/.test(clause) || !INSTRUMENT_STEP.test(`${clause} ${stretch.deleted} ${stretch.inserted} ${following}`)) continue;
    // A count of ratifications that falls is a State withdrawing, never the yearly status: "including [-36-]{+35+} of
    // the 44 … among which there are [-3-]{+2+} nuclear-weapon States" (the CTBT, 78/66 → 79/77, a ratification revoked).
    if (isFallingCount(stretch)) continue;
    const isRecord = [stretch.deleted, stretch.inserted].every((side) => {
      const words = side.split(/[\s,()]+/).filter(Boolean);
      if (!words.every((word) => /^\d[\d,.]*$/.test(word) || /^\p{Lu}/u.test(word) || RATIFICATION_GLUE.has(word))) return false;
      const lead = clause.split(/[\s,()]+/).filter(Boolean);
      return words.every((word, at) => {
        if (!/^\p{Lu}/u.test(word) || (before.includes(word) && after.includes(word) && !side.includes(`by ${word}`))) return true;
        const back = [...lead, ...words.slice(0, at)];
        for (let k = back.length - 1; k >= 0; k--) {
          if (back[k] === 'by') return true;
          if (!NAME_LIST_GLUE.test(back[k])) return false;
        }
        return false;
      });
    });
    if (isRecord && (stretch.deleted.trim() || stretch.inserted.trim())) chosen.push(stretch);
  }
  if (chosen.length === 0) return null;
  return { before: withStretchesAged(before, chosen), reasons: [`the latest ratifications recorded: ${chosen.map(shown).join('; ')}`] };
}

/** True for a stretch that replaces one count by a smaller one ("36" → "35"). */
function isFallingCount(stretch: Stretch): boolean {
  const count = (side: string): number | null => (/^\d[\d,]*$/.test(side.trim()) ? Number(side.trim().replace(/,/g, '')) : null);
  const older = count(stretch.deleted);
  const newer = count(stretch.inserted);
  return older !== null && newer !== null && newer < older;
}

/** A verb that records, aged into "recalling" once what it spoke of is past, inside a paragraph. */
const AGEING_VERB = /^(?:taking note|takes note|noting|notes|welcoming|welcomes)(?: also| further)?(?: of)?$/i;
// The sequencing adverb may stand before the newer verb too ("and [-takes note of-]{+also recalls+} decision X/29, adopted
// at the tenth meeting of the Conference of the Parties … in 2010", Oceans 79/144 OP 252 → 80/110 OP 245; "and [-notes-]
// {+also recalls+} its adoption of guidelines", OP 234 → OP 227): a clause joined to a paragraph that already recalls
// says "also" as a second opening would (round 16B, redline #23).
const RECALLING_VERB = /^(?:(?:also|further)\s)?(?:recalling|recalls)(?: also| further)?$/i;

/**
 * A recording verb aged inside a paragraph, its object unchanged ("and [-taking note -]{+recalling +}with appreciation
 * [-of -]the first United Nations Global Congress of Victims of Terrorism, held in New York on 8 and 9 September 2022"):
 * `AGEING_OPENINGS` for a clause that is not the opening. The "of" the older verb took may go with it.
 */
function clauseVerbAged(before: string, after: string): { before: string; reasons: string[] } | null {
  if (!/\b(?:recalling|recalls)\b/i.test(after)) return null;
  const stretches = stretchesOf(before, after);
  const chosen: Stretch[] = [];
  const reasons: string[] = [];
  for (let k = 0; k < stretches.length; k++) {
    const stretch = stretches[k];
    if (stretch.olderStart === 0 || !AGEING_VERB.test(stretch.deleted.trim())) continue;
    const governed = stretch.inserted.trim() === '' && openingAgedToRecall(before, after) && /,?\sand\s$/.test(before.slice(0, stretch.olderStart));
    if (!governed && !RECALLING_VERB.test(stretch.inserted.trim())) continue;
    chosen.push(stretch);
    reasons.push(governed ? `a verb aged inside the paragraph: ${stretch.deleted.trim()} → ∅, the opening's recall governs its clause` : `a verb aged inside the paragraph: ${stretch.deleted.trim()} → ${stretch.inserted.trim()}`);
    const next = stretches[k + 1];
    if (next && next.deleted.trim() === 'of' && next.inserted === '' && /^\s*(?:with (?:appreciation|satisfaction)\s*)?$/.test(before.slice(stretch.olderEnd, next.olderStart))) {
      chosen.push(next);
      k++;
    }
  }
  return chosen.length > 0 ? { before: withStretchesAged(before, chosen), reasons } : null;
}

/**
 * The opening verb aged from recording to recalling ("[-Notes-]{+Also recalls+} the endorsement of the Pacific Islands
 * Forum leaders on 9 November 2023 … of a declaration …, and [-notes -]the adoption by the Heads of State and Government
 * of the Alliance of Small Island States on 23 September 2024 of the Leaders’ Declaration …", Oceans 79/144 OP 361 →
 * 80/110 OP 347): the clause joined by "and" loses its own recording verb, which the recall now governs (round 16B,
 * redline #23). Only a recording verb ("notes", "welcomes", `AGEING_VERB`), only after an opening that aged the same way:
 * a clause's call ("and urges") dropped stays negotiated.
 */
function openingAgedToRecall(before: string, after: string): boolean {
  return /^(?:(?:Also|Further)\s)?(?:[Nn]otes|[Tt]akes note of|[Ww]elcomes|Noting|Taking note of|Welcoming)\b/.test(before) && /^(?:(?:Also|Further)\s)?(?:[Rr]ecalls|Recalling)\b/.test(after);
}

/** A clause that foresees a step for a date: "1 will graduate in December 2024, ". */
const FORESEEN_STEP = /^,?\s*(\d{1,3}) will (\p{Ll}+) (?:in|by|on) ((?:(?:\d{1,2}\s)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s)?(?:19|20)\d\d),?\s*$/u;

/** The words after a count of those that took a step: "countries have graduated", "have been designated". */
const TAKEN_STEP = /^\s(?:\p{Ll}+\s){0,2}(?:have|has)\s(?:been\s)?(\p{Ll}+ed)\b/u;

/**
 * A step foreseen for a date, since taken and counted ("notes with appreciation that [-5-]{+6+} countries have
 * graduated since 2011, [-1 will graduate in December 2024, -]another 4 have been designated to graduate by 2027",
 * LDC 79/218 OP 45 → 80/150 OP 44): the clause that foresaw it dropped, and the count of those that have taken the same
 * step grown by exactly the number foreseen (round 16B, redline #23). A count grown by another number, or a step of
 * another verb, stays negotiated.
 */
function foreseenStepCounted(before: string, after: string): { before: string; reasons: string[] } | null {
  const stretches = stretchesOf(before, after);
  for (const foreseen of stretches) {
    const step = foreseen.inserted.trim() === '' ? FORESEEN_STEP.exec(foreseen.deleted) : null;
    if (!step) continue;
    const stem = step[2].replace(/e$/, '');
    const counted = stretches.find((other) => {
      if (other === foreseen || !/^\d{1,3}$/.test(other.deleted.trim()) || !/^\d{1,3}$/.test(other.inserted.trim())) return false;
      if (Number(other.inserted.trim()) !== Number(other.deleted.trim()) + Number(step[1])) return false;
      const taken = TAKEN_STEP.exec(before.slice(other.olderEnd));
      return taken !== null && taken[1].startsWith(stem);
    });
    if (!counted) continue;
    const chosen = [counted, foreseen].sort((a, b) => a.olderStart - b.olderStart);
    return {
      before: withStretchesAged(before, chosen),
      reasons: [`a step foreseen, since taken and counted: “${step[1]} will ${step[2]} in ${step[3]}” dropped, ${counted.deleted.trim()} → ${counted.inserted.trim()}`],
    };
  }
  return null;
}

/** A resumed sitting named after its session: " and the resumed thirty-fourth Meeting". */
const RESUMED_SITTING = /^\s?and the resumed ((?:[a-z]+-)?[a-z]+) (meeting|session)\s?$/i;

/**
 * The older session's resumed sitting no longer named beside the report welcomed, the report now of the next session
 * alone ("Welcomes the [-reports-]{+report+} of the [-thirty-fourth-]{+thirty-fifth+} Meeting [-and the resumed
 * thirty-fourth Meeting -]of States Parties to the Convention", Oceans 79/144 OP 52 → 80/110 OP 43: round 16B, redline
 * #23). Only a resumed sitting of the session the older text names just before it; the session's own succession is
 * read after (`successionReasons`).
 */
function resumedSittingDropped(before: string, after: string): { before: string; reasons: string[] } | null {
  const stretches = stretchesOf(before, after);
  for (const stretch of stretches) {
    const resumed = stretch.inserted === '' ? RESUMED_SITTING.exec(stretch.deleted) : null;
    if (!resumed) continue;
    const sitting = new RegExp(`\\b${resumed[1]} ${resumed[2]}\\s?$`, 'i');
    // The session named just before the resumed sitting, and no longer named in the newer text (it moved on).
    if (!sitting.test(before.slice(0, stretch.olderStart)) || new RegExp(`\\b${resumed[1]} ${resumed[2]}\\b`, 'i').test(after)) continue;
    const chosen = [stretch];
    const plural = stretches.find((other) => other.olderEnd <= stretch.olderStart && /^reports$/i.test(other.deleted.trim()) && /^report$/i.test(other.inserted.trim()));
    if (plural) chosen.unshift(plural);
    return { before: withStretchesAged(before, chosen), reasons: [`the older session's resumed sitting no longer named: ${resumed[0].trim().replace(/^and /, '')}`] };
  }
  return null;
}

/** Whether `text` holds an ASCII digit (what `\d` matches) within `from`…`to`. */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** What a list of references is made of besides the references: separators and its "and". */
const REFERENCE_LIST_GLUE = /^[\s,;]*(?:(?:and|or)[\s,;]*)*$/;

/** The references of `text` within `from`…`to` when that span is nothing but a list of them (`REFERENCE_LIST_GLUE` between), else null. */
function referenceList(text: string, from: number, to: number): readonly ReferenceMention[] | null {
  const found = findReferences(text).filter((mention) => mention.start >= from && mention.end <= to);
  let rest = '';
  let at = from;
  for (const mention of found) {
    rest += text.slice(at, mention.start);
    at = mention.end;
  }
  rest += text.slice(at, to);
  return found.length > 0 && REFERENCE_LIST_GLUE.test(rest) ? found : null;
}

/**
 * A list of references replaced whole by later ones of the same kind and shape ("the report … submitted pursuant to
 * resolutions [-34/24, 40/20 and 46/17-]{+52/28 and 55/21+}"): the mandates cited brought up to date. The older list
 * holds two references or more (one resolution replaced by another of a later session may be another text of the same
 * shape, `isLaterEdition`), every newer one is of a later session than every older one; stretches of the word diff
 * that only separators join are read as one list.
 */
function referencesBroughtUpToDate(before: string, after: string): { before: string; reasons: string[] } | null {
  const stretches = stretchesOf(before, after);
  const chosen: Stretch[] = [];
  const reasons: string[] = [];
  for (let k = 0; k < stretches.length; k++) {
    let last = k;
    while (last + 1 < stretches.length && REFERENCE_LIST_GLUE.test(before.slice(stretches[last].olderEnd, stretches[last + 1].olderStart))) last++;
    const run = stretches.slice(k, last + 1);
    const [olderFrom, olderTo] = [run[0].olderStart, run[run.length - 1].olderEnd];
    const [newerFrom, newerTo] = [run[0].newerStart, run[run.length - 1].newerStart + run[run.length - 1].inserted.length];
    k = last;
    // Every reference kept below has a session, and a reference has one only when its text holds a digit (the session's
    // number, `findReferences`): a side whose span holds none cannot be such a list (issue 21 session 14; the same answer).
    if (!hasDigit(before, olderFrom, olderTo) || !hasDigit(after, newerFrom, newerTo)) continue;
    const older = referenceList(before, olderFrom, olderTo);
    const newer = referenceList(after, newerFrom, newerTo);
    if (older === null || newer === null || older.length < 2) continue;
    const shapes = new Set([...older, ...newer].map((mention) => `${mention.kind} ${mention.shape}`));
    if (shapes.size !== 1 || [...older, ...newer].some((mention) => mention.session === null)) continue;
    if (Math.min(...newer.map((mention) => mention.session!)) <= Math.max(...older.map((mention) => mention.session!))) continue;
    chosen.push(...run);
    reasons.push(`references brought up to date: ${older.map((mention) => mention.text).join(', ')} → ${newer.map((mention) => mention.text).join(', ')}`);
  }
  return chosen.length > 0 ? { before: withStretchesAged(before, chosen), reasons } : null;
}

/** A list of meetings or sessions numbered by ordinals: "its 309th, 310th and 320th meetings". */
const NUMBERED_MEETINGS = /\b\d{1,4}(?:st|nd|rd|th)(?:(?:,\s|,?\sand\s)\d{1,4}(?:st|nd|rd|th))*\s(?:plenary\s)?(?:meetings?|sessions?)\b/g;

/** The numbers of a list of `NUMBERED_MEETINGS`, in order. */
function meetingNumbers(list: string): number[] {
  return [...list.matchAll(/(\d{1,4})(?:st|nd|rd|th)/g)].map((match) => Number(match[1]));
}

/** The match of a global pattern in a text that holds [from, to), or null. */
function matchAround(pattern: RegExp, text: string, from: number, to: number): RegExpMatchArray | null {
  for (const match of text.matchAll(pattern)) if (match.index! <= from && to <= match.index! + match[0].length) return match;
  return null;
}

/**
 * A list of meetings or sessions that took place, grown by the latest ("the Legal Counsel's reports …, most recently at
 * its 309th[- and 310th-]{+, 310th and 320th+} meetings"): every older number kept, every number added later than them,
 * in a clause that records (its nearest verb records rather than decides or asks: meetings a text decides to hold are
 * negotiated).
 */
function meetingListGrew(before: string, after: string): { before: string; reasons: string[] } | null {
  const chosen: Stretch[] = [];
  const reasons: string[] = [];
  for (const stretch of stretchesOf(before, after)) {
    const older = matchAround(NUMBERED_MEETINGS, before, stretch.olderStart, stretch.olderEnd);
    const newer = matchAround(NUMBERED_MEETINGS, after, stretch.newerStart, stretch.newerStart + stretch.inserted.length);
    if (older === null || newer === null) continue;
    const [olderNumbers, newerNumbers] = [meetingNumbers(older[0]), meetingNumbers(newer[0])];
    const added = newerNumbers.filter((number) => !olderNumbers.includes(number));
    if (added.length === 0 || olderNumbers.some((number) => !newerNumbers.includes(number)) || added.some((number) => number <= Math.max(...olderNumbers))) continue;
    const head = before.slice(0, older.index);
    if (lastIndexOf(RECORDING_VERB, head) <= lastIndexOf(CALLING_VERB, head)) continue;
    chosen.push(stretch);
    reasons.push(`a list of meetings held grew: ${older[0]} → ${newer[0]}`);
  }
  return chosen.length > 0 ? { before: withStretchesAged(before, chosen), reasons } : null;
}

/** A name as a list of States writes it: "India", "Saudi Arabia", "Republic of Korea". */
const LISTED_NAME = String.raw`\p{Lu}[\p{L}\u2019'-]*(?:\s(?:of\s(?:the\s)?)?\p{Lu}[\p{L}\u2019'-]*)*`;
/** The presidencies a clause names, in order: "under the presidencies of Saudi Arabia, Italy, Indonesia and India,". */
const PRESIDENCY_LIST = new RegExp(String.raw`\bpresidenc(?:y|ies) of (${LISTED_NAME}(?:(?:,\s|,?\sand\s)${LISTED_NAME})*),?`, 'gu');

/** The names of a list ("Indonesia, India and Brazil" → Indonesia, India, Brazil). */
function listedNames(list: string): string[] {
  return list.split(/,\s|,?\sand\s/).map((name) => name.trim());
}

/**
 * A rotating presidency's list gained the year's presidency (external debt 78/137 → 79/197 OP 23: "the steps taken by
 * the Group of 20, in particular under the presidencies of Saudi Arabia, Italy, Indonesia [-and India,-]{+, India and
 * Brazil+}"; 79/197 → 80/123: "…{+ and South Africa+}", a desk officer's reading, session 13): the list of presidencies
 * is the older one with names added at its end only (the latest holders, in the order they held it), in a clause that
 * records (its nearest verb records or appreciates rather than asks or decides, as a list of meetings held grows, and
 * as a body's rotating chair moves on). A name dropped, one put in the middle, or a list in a clause that urges or
 * calls stays negotiated.
 */
function presidencyListGrew(before: string, after: string): { before: string; reasons: string[] } | null {
  const [older, newer] = [[...before.matchAll(PRESIDENCY_LIST)], [...after.matchAll(PRESIDENCY_LIST)]];
  if (older.length !== 1 || newer.length !== 1) return null;
  const [olderNames, newerNames] = [listedNames(older[0][1]), listedNames(newer[0][1])];
  if (newerNames.length <= olderNames.length || !olderNames.every((name, k) => newerNames[k] === name)) return null;
  const head = before.slice(0, older[0].index);
  if (lastIndexOf(PRESIDENCY_RECORDING, head) <= lastIndexOf(CALLING_VERB, head)) return null;
  const start = older[0].index! + older[0][0].length - older[0][0].replace(/^presidenc(?:y|ies) of /u, '').length;
  const aged = `${before.slice(0, start)}${newer[0][0].replace(/^presidenc(?:y|ies) of /u, '')}${before.slice(older[0].index! + older[0][0].length)}`;
  return { before: aged, reasons: [`a rotating presidency's list gained the latest presidency: ${older[0][1]} → ${newer[0][1]}`] };
}

/** Verbs that record or appreciate what holders of an office did: the clause a list of presidencies may grow in. */
const PRESIDENCY_RECORDING = /\b(?:welcom\w*|notes|noting|taking note|takes note|recalling|recalls|recogniz\w*|acknowledg\w*|appreciat\w*|commend\w*)\b/gi;

/** The establishment of a body, welcomed or noted: its opening verb (with a sequencing adverb) and the noun. */
// Round 15E: "acknowledging" records as "noting" does, and the article before the body may turn definite once it works
// ("[-Welcoming the establishment of an-]{+Acknowledging the ongoing work of the+} international independent expert
// mechanism", Durban 79/161 PP 26 → 80/193 PP 28).
const BODY_ESTABLISHED = /^((?:(?:also|further)\s)?(?:welcom\w*|not(?:es|ing)|tak(?:es|ing) note of|acknowledg(?:es|ing))(?:\s(?:also|further|with appreciation|with satisfaction))?) the (?:establishment|creation) (?:of(?: an?| the)? ?)?$/i;
/** The work of the body once it works: "the ongoing work", "the work". */
const BODY_AT_WORK = /^((?:(?:also|further)\s)?(?:welcom\w*|not(?:es|ing)|tak(?:es|ing) note of|acknowledg(?:es|ing))(?:\s(?:also|further|with appreciation|with satisfaction))?) the (?:ongoing |continued )?work (?:(?:(?:done|carried out|undertaken) by|of)(?: the)? ?)?$/i;
/** The words before a body's noun when a recording verb opens its clause: "Taking note of the", "and welcoming the". */
const RECORDED_NOUN_HEAD = /(?:^|,\s(?:and\s)?)(?:(?:also|further)\s)?(?:welcom\w*|not(?:es|ing)|tak(?:es|ing) note of)(?:\s(?:also|further|with appreciation|with satisfaction))?\sthe\s*$/i;
/** A verb that records without judging: what the year after a welcome notes of a body's work. */
const NEUTRAL_RECORD = /^(?:not(?:es|ing)|tak(?:es|ing) note of|acknowledg(?:es|ing))$/;

/** A verb with its sequencing adverb and case set aside: "Also welcomes" and "Welcomes" are one verb. */
function bareVerb(words: string): string {
  return words.toLowerCase().replace(/\b(?:also|further)\b/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * A body once established, welcomed for its work as the text ages ("[-Welcomes the establishment -]{+Also welcomes the
 * ongoing work +}of the Permanent Forum …, {+established +}through its resolution 75/314"): the same verb (a sequencing
 * adverb aside) that welcomes or notes, the establishment become the work, and "established" added before what
 * established it; or welcomed when established and its work only noted the year after ("[-Welcoming the establishment of
 * -]{+Taking note of the work done by +}the Global Crisis Response Group"). Another verb, or a body newly named, stays
 * negotiated.
 */
function bodyAtWork(before: string, after: string): { before: string; reasons: string[] } | null {
  const stretches = stretchesOf(before, after);
  for (let k = 0; k < stretches.length; k++) {
    const stretch = stretches[k];
    // Only the noun changed under the same recording verb: "Taking note of the [-launch-]{+work+} of the Programme".
    if (/^(?:launch|establishment|creation)$/.test(stretch.deleted.trim()) && /^(?:ongoing |continued )?work$/.test(stretch.inserted.trim())) {
      const head = before.slice(0, stretch.olderStart);
      if (RECORDED_NOUN_HEAD.test(head) && /^\s*of\b/.test(before.slice(stretch.olderEnd))) {
        return { before: withStretchesAged(before, [stretch]), reasons: [`a body established, recorded for its work: ${stretch.deleted.trim()} → ${stretch.inserted.trim()}`] };
      }
    }
    const established = BODY_ESTABLISHED.exec(stretch.deleted.trimStart());
    const working = BODY_AT_WORK.exec(stretch.inserted.trimStart());
    if (!established || !working) continue;
    // The same verb, or the establishment welcomed and the work then only noted: the welcome went with the founding,
    // the year after records the work (a body's work newly welcomed where its founding was noted is an evaluation).
    const sameVerb = bareVerb(established[1]) === bareVerb(working[1]);
    if (!sameVerb && !(/^welcom/.test(bareVerb(established[1])) && NEUTRAL_RECORD.test(bareVerb(working[1])))) continue;
    const chosen = [stretch];
    // "established" (or "created") added before what established the body: "{+established +}through its resolution".
    const next = stretches[k + 1];
    if (next && next.deleted === '' && /^(?:established|created)\s$/.test(next.inserted) && /^(?:through|by|under|pursuant to|in)\b/.test(before.slice(next.olderStart))) chosen.push(next);
    return { before: withStretchesAged(before, chosen), reasons: [`a body established, welcomed for its work: ${stretch.deleted.trim()} → ${stretch.inserted.trim()}`] };
  }
  return null;
}

/** The words that look forward to an event. */
const LOOKING_FORWARD = /\blook(?:ing|s)? forward to\b/gi;
/** An event a text may look forward to. */
const EVENT_NOUN = /\b(?:conference|summit|meeting|session|forum|dialogue|congress|review|symposium|assembly)\b/i;

/** The years (`findNumbers`, category year) of a text. */
function yearsOf(text: string): number[] {
  return findNumbers(text).flatMap((mention) => (mention.category === 'year' && mention.value !== null ? [mention.value] : []));
}

/**
 * A later event added to those a clause looks forward to ("looking forward to the convening of the 2026 United Nations
 * Water Conference, …{+ as well as the 2028 United Nations Conference on the Final Comprehensive Review …, to be hosted by
 * Tajikistan+}"): an insertion opened by "as well as" or "and", naming an event of a year later than every year the
 * older paragraph names, asking nothing, in a clause whose nearest verb looks forward (not one that decides or calls).
 */
function eventLookedForwardAdded(before: string, after: string): { before: string; reasons: string[] } | null {
  const chosen: Stretch[] = [];
  const reasons: string[] = [];
  // The older paragraph's latest year, read once an insertion names a year (issue 21 session 14).
  let latest: number | null = null;
  for (const stretch of stretchesOf(before, after)) {
    const inserted = stretch.inserted;
    if (stretch.deleted !== '' || !/^[\s,]*(?:as well as|and) (?:to )?the\s/i.test(inserted) || /[;:]/.test(inserted) || CALLS.test(inserted) || !EVENT_NOUN.test(inserted)) continue;
    const head = before.slice(0, stretch.olderStart);
    const looking = lastIndexOf(LOOKING_FORWARD, head);
    if (looking < 0 || looking < lastIndexOf(CALLING_VERB, head) || looking < lastIndexOf(RECORDING_VERB, head)) continue;
    const years = yearsOf(inserted);
    if (years.length === 0) continue;
    latest ??= Math.max(0, ...yearsOf(before));
    if (latest === 0 || Math.min(...years) <= latest) continue;
    chosen.push(stretch);
    reasons.push(`a later event added to those looked forward to: ${inserted.replace(/^[\s,]*(?:as well as|and)\s/i, '').replace(/[\s,]+$/, '')}`);
  }
  return chosen.length > 0 ? { before: withStretchesAged(before, chosen), reasons } : null;
}

/** Words that welcome or note a body's outcome, right before what the outcome is: "welcomes the adoption of a". */
const OUTCOME_HEAD = /\b(?:welcom\w*|not(?:es|ing)|tak(?:es|ing) note of)(?: with (?:appreciation|satisfaction))?(?: the (?:adoption|outcome|completion|launch) of)?(?: (?:a|an|the))?\s*$/i;
/** Words between an outcome and the session that produced it: "at its", "during the". */
const OUTCOME_TO_SESSION = /^\s*(?:adopted\s)?(?:at|during) (?:its|the)\s*$/i;
/** A clause that only welcomes or notes what a session produced: "welcomes the adoption of … at its seventy-fifth session". */
const OUTCOME_CLAUSE = /^(?:welcom\w*|not(?:es|ing)|tak(?:es|ing) note of)\b/i;

/** `CALLING_VERB` for one test, without the global flag's state. */
const CALLS = new RegExp(CALLING_VERB.source, 'i');

/** The session mentions of a text (`findNumbers`), with their spans. */
function sessionsOf(text: string): NumberMention[] {
  return findNumbers(text).filter((mention) => mention.category === 'session' && mention.value !== null);
}

/** What dates an event in a text: its sessions, and years followed by the event they name ("the 2024 … forum"). */
function eventDates(text: string): NumberMention[] {
  return findNumbers(text).filter((mention) => mention.value !== null && (mention.category === 'session' || (mention.category === 'year' && /^[^,;]{0,60}?\b(?:forum|session|conference|meeting|summit|dialogue)\b/i.test(text.slice(mention.end)))));
}

/**
 * The year's outcome of a body, welcomed or noted as the text ages: what a session adopted, replaced by what the next one
 * did ("welcomes the adoption of a [-multi-year workplan-]{+conclusion on durable solutions+} at its seventy-[-fourth-]
 * {+fifth+} session": the object changes with a session one on, no figure in it), or the welcome of last session's
 * outcome dropped whole ("[-welcomes the adoption of a conclusion … at its seventy-fifth session, and -]{+and +}": a
 * clause that welcomes or notes, dated by one session, asking nothing). An outcome changed at the same session, or in a
 * clause that decides or asks, stays negotiated.
 */
function yearsOutcomeMovedOn(before: string, after: string): { before: string; reasons: string[] } | null {
  const stretches = stretchesOf(before, after);
  const chosen: Stretch[] = [];
  const reasons: string[] = [];
  // What dates an event on each side, read only once a stretch stands after an outcome's head (issue 21 session 14).
  let eventDating: [NumberMention[], NumberMention[]] | null = null;
  for (let k = 0; k < stretches.length; k++) {
    const stretch = stretches[k];
    if (/\d/.test(stretch.deleted + stretch.inserted)) continue;
    const deleted = stretch.deleted.trim();
    const inserted = stretch.inserted.trim();
    if (deleted !== '' && inserted !== '' && OUTCOME_HEAD.test(before.slice(Math.max(0, stretch.olderStart - 80), stretch.olderStart))) {
      // The outcome may be rewritten in stretches a word or two apart ("the [-expert debate … and-]{+fireside chat … on+}
      // debt [-restructuring-]{+solutions+} during the 2024 → 2025 forum"), none with a figure.
      let last = k;
      // The session's ordinal is not part of the outcome: since the word diff keeps a hyphenated word whole
      // ("seventy-fourth → seventy-fifth"), it is a stretch of its own, a word or two after the outcome.
      while (last + 1 < stretches.length && !/\d/.test(stretches[last + 1].deleted + stretches[last + 1].inserted) && !isOrdinalEdit(stretches[last + 1]) && /^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(before.slice(stretches[last].olderEnd, stretches[last + 1].olderStart))) last++;
      const run = stretches.slice(k, last + 1);
      const olderEnd = run[run.length - 1].olderEnd;
      const newerEnd = run[run.length - 1].newerStart + run[run.length - 1].inserted.length;
      // The session (or the year of the event) right after the outcome, on each side, one on.
      eventDating ??= [eventDates(before), eventDates(after)];
      const [olderDated, newerDated] = eventDating;
      const older = olderDated.find((mention) => mention.start >= olderEnd && OUTCOME_TO_SESSION.test(before.slice(olderEnd, mention.start).replace(/[\p{L}-]+$/u, '')));
      const newer = newerDated.find((mention) => mention.start >= newerEnd && OUTCOME_TO_SESSION.test(after.slice(newerEnd, mention.start).replace(/[\p{L}-]+$/u, '')));
      if (!older || !newer || older.category !== newer.category || newer.value !== older.value! + 1) continue;
      chosen.push(...run);
      const shownRun = (side: 'deleted' | 'inserted', text: string, end: number): string => text.slice(side === 'deleted' ? run[0].olderStart : run[0].newerStart, end).trim();
      reasons.push(`the year's outcome of a body: ${shownRun('deleted', before, olderEnd)} → ${shownRun('inserted', after, newerEnd)} (${newer.text})`);
      k = last;
      continue;
    }
    // The welcome of last session's outcome dropped: a whole clause, with at most its "and" left.
    if (!/^(?:and)?$/.test(inserted) || !OUTCOME_CLAUSE.test(deleted)) continue;
    const clause = deleted.replace(/[\s,;]*(?:and)?\s*$/, '');
    if (/[;:]/.test(clause) || CALLS.test(clause) || !/\bsessions?$/.test(clause)) continue;
    const dated = sessionsOf(clause);
    if (dated.length !== 1 || findNumbers(clause).length !== 1) continue;
    chosen.push(stretch);
    reasons.push(`the welcome of a past session's outcome dropped: ${clause}`);
  }
  return chosen.length > 0 ? { before: withStretchesAged(before, chosen), reasons } : null;
}

/** True for a stretch that only replaces one ordinal word by another ("seventy-fourth" → "seventy-fifth"). */
function isOrdinalEdit(stretch: Stretch): boolean {
  const ordinal = /^[\p{L}-]*(?:first|second|third|[a-z]th)$/iu;
  return ordinal.test(stretch.deleted.trim()) && ordinal.test(stretch.inserted.trim());
}

/**
 * The request to put a mandate's cost in the coming budget ("and to present the respective budgetary requirements in
 * his next proposed programme budget"), and "new" on the mandates it costs: both spent once that budget is proposed.
 */
const BUDGET_REQUEST = /,?\s(?:and\s)?to\s(?:present|include|submit)\s(?:the\s)?(?:respective\s)?budgetary requirements in his next proposed programme budget(?=[\s;,.])|\b(?:present|include|submit)\s(?:the\s)?(?:respective\s)?budgetary requirements in his next proposed programme budget\s(?=to\s)/gi;
const NEW_MANDATES = /\bnew (?=mandates?\b)/gi;

/**
 * A decision or request restated a year on (`DECIDING_OPENING` → `RESTATING_OPENING`: "Requests the Secretary-General
 * to implement the new mandates …, and to present the respective budgetary requirements in his next proposed programme
 * budget" → "Reiterates its request to the Secretary-General to implement the mandates …"): the budget asked for has
 * since been proposed, so the clause asking for it goes, and the mandates are no longer new. Only under a restated
 * opening: a first request dropping its budget clause is a negotiated change. The older text without them, or null.
 */
function budgetRequestMet(before: string, after: string): { before: string; reasons: string[] } | null {
  if (!DECIDING_OPENING.test(before) || !RESTATING_OPENING.test(after) || /budgetary requirements/i.test(after)) return null;
  // "to present … budget to operationalize" → "to operationalize"; ", and to include … budget" → "".
  const withoutBudget = before.replace(BUDGET_REQUEST, '');
  if (withoutBudget === before) return null;
  const withoutNew = withoutBudget.replace(NEW_MANDATES, '');
  const reasons = ['a restated request\u2019s budget since proposed: the request for its budgetary requirements dropped'];
  if (withoutNew !== withoutBudget) reasons.push('a restated request\u2019s mandates no longer new');
  return { before: withoutNew, reasons };
}

/**
 * The verbs that only record (`recordingVerbPlaced`), each as an operative paragraph writes it (finite) and as the
 * preamble does (participle). Not the verbs that ask, decide, call, welcome or stress: a request moved into the preamble
 * ("Requests the Secretary-General" → "Requesting") loses its force, and stays negotiated.
 */
const RECORDING_VERB_FORMS: ReadonlyArray<readonly [string, string]> = [
  ['takes note', 'taking note'],
  ['notes', 'noting'],
  ['recalls', 'recalling'],
];
/** A paragraph's opening recording verb with its sequencing adverbs ("Further takes note", "Taking note also"). */
const RECORDING_OPENING = /^(?:(?:Also|Further)\s)?(Takes note|Notes|Recalls|Taking note|Noting|Recalling)(?:\s(?:also|further))?(?=\s)/;

/** What follows a recording verb that carries a stance or an emphasis: "with concern", "with appreciation", "in particular". */
const STANCE_AFTER_VERB = /^,?\s(?:also\s|further\s)?(?:with|in particular|especially)\b/i;

/**
 * A paragraph moved between the operative part and the preamble, its recording verb in the form of its new place:
 * "Takes note of the report of the Secretary-General entitled “Progress towards the Sustainable Development Goals …” and
 * the 2023 Global Sustainable Development Report …;" → "Taking note of … ," (Sustainable consumption and production
 * 79/202 OP 6 → 80/135 PP 25: the reports of an earlier year demoted to the preamble, the new OP 1 taking note of the
 * year's report), and "Taking note of the letter dated 1 April 2024 from the Chair of the Commission …" → "Takes note of
 * the letter dated 11 April 2025 …" (Oceans 79/144 PP 32 → 80/110 OP 85). Taking note, noting and recalling record what
 * the Assembly has before it wherever they stand; a drafter moves such paragraphs as the texts age (redline #23, session
 * 16). Only the same recording verb (`RECORDING_VERB_FORMS`) turned between its finite and participle forms at the
 * paragraph's opening, its sequencing adverbs aside (the order of paragraphs); the rest must then be the same or routine.
 * Another verb ("Takes note" → "Welcoming"), a verb that asks or decides ("Requests" → "Requesting"), or one that carries
 * a stance ("with concern", `STANCE_AFTER_VERB`), stays. The older
 * text with the newer opening, or null.
 */
function recordingVerbPlaced(before: string, after: string): { before: string; reasons: string[] } | null {
  const [older, newer] = [RECORDING_OPENING.exec(before), RECORDING_OPENING.exec(after)];
  // A stance the verb carries ("Noting with concern" → "Notes with concern": the concern given operative weight, Oceans
  // 79/144 PP 31 → 80/110 OP 80, read negotiated) is placed by the negotiators: only the bare recording verb moves.
  if (!older || !newer || STANCE_AFTER_VERB.test(before.slice(older[0].length)) || STANCE_AFTER_VERB.test(after.slice(newer[0].length))) return null;
  const [olderVerb, newerVerb] = [older[1].toLowerCase(), newer[1].toLowerCase()];
  const forms = RECORDING_VERB_FORMS.find(([finite, participle]) => (olderVerb === finite && newerVerb === participle) || (olderVerb === participle && newerVerb === finite));
  if (forms === undefined) return null;
  const part = olderVerb === forms[0] ? 'operative paragraph → preamble' : 'preamble → operative paragraph';
  return { before: `${newer[0]}${before.slice(older[0].length)}`, reasons: [`a recording verb in the form of the paragraph's new place (${part}): ${older[0]} → ${newer[0]}`] };
}

/** A list's chapeau that is its verb alone ("Recalls:", "Also takes note of:"): each item reads as that verb's object. */
const VERB_CHAPEAU = /^((?:(?:Also|Further)\s)?\p{Lu}\p{Ll}+(?:\s(?:also|further|note|with appreciation|with satisfaction))*(?:\s(?:of|that))?)\s*:$/u;
/** The words a list item opens with once its verb went to the chapeau ("The report …", "Its decision …"). */
const ITEM_OPENING = /^(?:The|Its|Their|A|An)\s/;
/** A sequencing adverb at a standalone paragraph's opening ("Also takes note of", "Further recalls"): its place among paragraphs. */
const LEADING_SEQUENCE = /^(?:Also|Further)\s(\p{Ll})/u;

/**
 * A standalone paragraph taken into a list, its verb carried by the list's chapeau: "Also takes note of the report of the
 * fact-finding mission … of 22 February 2024, which concluded …" → "Recalls: … (c) The report of the fact-finding mission
 * … of 22 February 2024, which concluded …" (Chemical weapons 79/56 OP 7 → 80/34 OP 11 (c), OP 8 → OP 11 (d): last
 * year's reports, noted when new, recalled in one list with the earlier ones; redline #23, session 16). The item is read
 * with its chapeau's verb ("Recalls the report …") and the older paragraph without its sequencing adverb (the order of
 * paragraphs, which the list replaces); the two must then be the same, or differ only as the yearly rules allow (the verb
 * aged: "Takes note of" → "Recalls"). A chapeau that strengthens or changes the verb ("Takes note of" → "Welcomes:",
 * "Condemns:") leaves the pair negotiated, as do an item reworded and a chapeau that is more than its verb. The reasons,
 * or null.
 */
export function takenIntoListReasons(before: string, item: string, chapeau: string, chapeauLabel: string, lexicons?: Lexicons): string[] | null {
  const verb = VERB_CHAPEAU.exec(chapeau.trim());
  if (!verb || !ITEM_OPENING.test(item)) return null;
  const read = `${verb[1]} ${item.charAt(0).toLowerCase()}${item.slice(1)}`;
  const older = before.replace(LEADING_SEQUENCE, (_whole, first: string) => first.toUpperCase());
  const taken = `a paragraph taken into the list of ${chapeauLabel}, its verb carried by the chapeau: ${verb[1]}`;
  if (letters(older) === letters(read)) return [taken];
  const reasons = routineReasons(older, read, lexicons);
  return reasons.length > 0 ? [taken, ...reasons] : null;
}

/** A mandate an office-holder is appointed to by the Secretary-General or a body: the titles "once appointed" and "new" qualify. */
const OFFICE_TITLE = String.raw`(?:Special\s(?:Envoy|Rapporteur|Representative|Adviser|Coordinator)|Independent\sExpert|High\sCommissioner|Executive\s(?:Secretary|Director)|Under-Secretary-General)`;
/** "the new Special Rapporteur", "the next Special Envoy": the office-holder not yet appointed, or just appointed. */
const NEW_OFFICE_HOLDER = new RegExp(String.raw`\b(the)\s(?:new|next|newly\sappointed)\s(?=${OFFICE_TITLE}\b)`, 'gi');
/** ", once appointed," after the office-holder's title and what qualifies it ("the Special Envoy on Myanmar, once appointed,"). */
const ONCE_APPOINTED = new RegExp(String.raw`(\b${OFFICE_TITLE}\b[^,;.]{0,120}?),\s(?:once|when|as\ssoon\sas)\s(?:he\sor\sshe\sis\s|she\sis\s|he\sis\s)?appointed,?(?=\s)`, 'gi');

/**
 * An office-holder the older text awaited or greeted as new, since appointed and at work: "the Special Envoy of the
 * Secretary-General on Myanmar, once appointed, including by facilitating …" → "the Special Envoy … on Myanmar, including
 * by facilitating …" (Myanmar 78/219 OP 16 (o) → 79/182 OP 19 (p)); "Requests that the next Special Envoy participate by
 * way of an interactive dialogue in the seventy-ninth session" → "Requests that the Special Envoy participate … in the
 * eightieth session" (78/219 OP 31 → 79/182 OP 38); "regretting that the new Special Rapporteur" → "that the Special
 * Rapporteur" a year after her appointment (DPRK 78/218 PP 6 → 79/181 PP 6). Only the title of a mandate
 * (`OFFICE_TITLE`) after "the", and only when the newer text neither awaits nor greets one: asking for an appointment
 * ("to appoint a new Special Envoy without delay") is negotiated, and stays. The older text with them gone, or null.
 * Round 15E, redline #23 ("an institution established and now operating").
 */
function officeHolderAppointed(before: string, after: string): { before: string; reasons: string[] } | null {
  NEW_OFFICE_HOLDER.lastIndex = 0;
  ONCE_APPOINTED.lastIndex = 0;
  if (new RegExp(NEW_OFFICE_HOLDER.source, 'i').test(after) || new RegExp(ONCE_APPOINTED.source, 'i').test(after)) return null;
  const reasons: string[] = [];
  let out = before.replace(ONCE_APPOINTED, (_whole, title: string) => {
    reasons.push('an office-holder since appointed: once appointed \u2192 \u2205');
    return title;
  });
  out = out.replace(NEW_OFFICE_HOLDER, (whole: string, article: string) => {
    reasons.push(`an office-holder since appointed: ${whole.trim().slice(article.length).trim().toLowerCase()} \u2192 \u2205`);
    return `${article} `;
  });
  return reasons.length > 0 ? { before: out, reasons: [...new Set(reasons)] } : null;
}

/** "the convening of the first two sessions": the sessions a body has held so far, counted from its first. */
const FIRST_SESSIONS = /\b((?:convening|holding) of the )first (two|three|four|five|six|seven|eight|nine|ten) (sessions|meetings)\b/i;
/** What the newer text says in its place: the first sessions counted one more, or the latest session by its ordinal. */
const LATEST_SESSIONS = /\b((?:convening|holding) of the )(?:first (two|three|four|five|six|seven|eight|nine|ten) (sessions|meetings)|([a-z]+(?:[-\u2010\u2011][a-z]+)?) (session|meeting))\b/i;

/**
 * A body's sessions welcomed as convened, counted to the latest a year on: "Also welcomes the convening of the first two
 * sessions of the Permanent Forum on People of African Descent" → "the first three sessions" (Durban 78/234 OP 12 →
 * 79/161 OP 14), then → "Further welcomes the convening of the fourth session" (79/161 OP 14 → 80/193 OP 27): the
 * session held since, recorded. Only under an opening that records (`RECORDS_EVENTS`), and only one session on; a count
 * that jumps or falls stays negotiated. Round 15E, redline #23 ("a meeting held, a body's work progressing"). The older
 * text with the newer count, or null.
 */
function sessionsConvenedCounted(before: string, after: string): { before: string; reasons: string[] } | null {
  // "Also welcomes": the verb after a sequencing adverb is lower-case.
  const records = new RegExp(RECORDS_EVENTS.source, 'i');
  if (!records.test(after) || !records.test(before)) return null;
  const older = FIRST_SESSIONS.exec(before);
  const newer = LATEST_SESSIONS.exec(after);
  if (!older || !newer || older[1].toLowerCase() !== newer[1].toLowerCase()) return null;
  const held = COUNT_WORDS.indexOf(older[2].toLowerCase()) + 1;
  const counted = newer[2] !== undefined ? (newer[3].toLowerCase() === older[3].toLowerCase() ? COUNT_WORDS.indexOf(newer[2].toLowerCase()) + 1 : -1) : newer[5].toLowerCase() === older[3].toLowerCase().replace(/s$/, '') ? (ordinalValue(newer[4]) ?? -1) : -1;
  if (counted !== held + 1) return null;
  const gone = older[0].slice(older[1].length);
  const come = newer[0].slice(newer[1].length);
  return { before: before.slice(0, older.index + older[1].length) + come + before.slice(older.index + older[0].length), reasons: [`a body's sessions convened, counted to the latest: ${gone} \u2192 ${come}`] };
}

/** Ways a stretch of the older text ages with the text, tried in this order on what the one before left. */
/**
 * The older paragraph with its events moved on as the newer one has them (`EVENT_STEPS`), and why; null when none
 * applies. `findOneChange` looks for the one change beside them.
 */
export function eventStepsRead(before: string, after: string): { before: string; reasons: string[] } | null {
  const reasons: string[] = [];
  let moved = before;
  for (const age of EVENT_STEPS) {
    const aged = age(moved, after);
    if (aged === null) continue;
    moved = aged.before;
    reasons.push(...aged.reasons);
  }
  return reasons.length > 0 ? { before: moved, reasons } : null;
}

/** Events moved on read on the whole paragraph before its stretches (`routineReasons`). */
const EVENT_STEPS: ReadonlyArray<(before: string, after: string) => { before: string; reasons: string[] } | null> = [latestMeetingMovedOn, awaitedEventUnscheduled];
const STRETCH_AGEING: ReadonlyArray<(before: string, after: string) => { before: string; reasons: string[] } | null> = [recordingVerbPlaced, nextConferenceOutcome, consecutiveYearsCounted, receivedTallyToDate, eventWordingAged, clauseVerbAged, foreseenStepCounted, resumedSittingDropped, recordedAdoptionDropped, ratificationsRecorded, referencesBroughtUpToDate, yearsOutcomeMovedOn, meetingListGrew, bodyAtWork, eventLookedForwardAdded, presidencyListGrew, budgetRequestMet, pastEventExampleDropped, eventEditionsMovedOn, bodyStageMovedOn, preparatoryStageHeld, publicationEditionMovedOn, eventWhenWhereDropped, heldMeetingsNoLongerRecorded, anniversaryMarked, futureUnderWay, officeHolderAppointed, sessionsConvenedCounted];

/** A clause that counts what was received up to a date: "… were received from 73 Member States between 6 December 2007 and 1 September 2024". */
const RECEIVED_UP_TO = /\b(?:were|have been|had been) received\b[^;.]*?\b(?:between .{3,40}? and|as at|as of|by|up to) (\d{1,2} \p{L}+ ((?:19|20)\d\d))/u;

/**
 * A running tally of what was received, counted to the next cycle's date: "notes that, in response to those
 * resolutions, [-185-]{+195+} submissions … were received from [-71-]{+73+} Member States between 6 December 2007 and
 * [-1 September 2023-]{+1 September 2024+}" (Criminal accountability 78/102 → 79/116 OP 28, trial 14a): the Secretariat's
 * count to the year's cut-off date. The figures must have grown, each a plain count, and the closing date must have
 * moved on by the cycle (one or two years, `CYCLE_YEARS`), in a clause that notes or records (no money, no call). A
 * count that fell, or one with no date of its own moved on, stays.
 */
function receivedTallyToDate(before: string, after: string): { before: string; reasons: string[] } | null {
  const [older, newer] = [RECEIVED_UP_TO.exec(before), RECEIVED_UP_TO.exec(after)];
  if (!older || !newer || MONEY.test(before) || MONEY.test(after)) return null;
  const step = Number(newer[2]) - Number(older[2]);
  if (step < 1 || step > CYCLE_YEARS) return null;
  const chosen: Stretch[] = [];
  const counts: string[] = [];
  for (const stretch of stretchesOf(before, after)) {
    const [gone, come] = [stretch.deleted.trim(), stretch.inserted.trim()];
    if (!/^\d{1,3}(?:,\d{3})*$/.test(gone) || !/^\d{1,3}(?:,\d{3})*$/.test(come)) continue;
    // Only counts inside the clause that records the receipts, before its closing date.
    if (stretch.olderStart < (older.index ?? 0) - 200 || stretch.olderStart > (older.index ?? 0) + older[0].length) continue;
    if (Number(come.replace(/,/g, '')) <= Number(gone.replace(/,/g, ''))) return null;
    chosen.push(stretch);
    counts.push(`${gone} → ${come}`);
  }
  if (chosen.length === 0) return null;
  return { before: withStretchesAged(before, chosen), reasons: [`a running tally of what was received, counted to ${newer[1]}: ${counts.join(', ')}`] };
}

/** The count of consecutive years said before a list of them: ", for two consecutive years, " (words or digits). */
const CONSECUTIVE_YEARS = /^[\s,]*(?:for |over |in )?(?:the )?(\w+) consecutive years,?\s*$/;
/** The years listed right after: "in 2023 and 2024", "2022, 2023 and 2024". */
const LISTED_YEARS = /^\s*(?:in\s)?((?:19|20)\d\d(?:(?:,\s|\sand\s|,\sand\s)(?:19|20)\d\d)*)/;

/**
 * The count of the years a list gives, said beside the list as it grows: "deeply alarmed that{+, for two consecutive
 * years, +}in 2023 {+and 2024, +}the number of attacks … reached its highest point" (Safety and security of
 * humanitarian personnel 79/138 → 80/112 PP 14, PP 18, trial 14a): the statistic of the next year's data, its list of
 * years grown (`yearListGrowth`), the count saying only how many years the newer list holds. The count must equal the
 * newer list's years, and they must follow one another; "for three consecutive years" before two years listed stays.
 */
function consecutiveYearsCounted(before: string, after: string): { before: string; reasons: string[] } | null {
  for (const stretch of stretchesOf(before, after)) {
    if (stretch.deleted.trim() !== '') continue;
    const counted = CONSECUTIVE_YEARS.exec(stretch.inserted);
    if (!counted) continue;
    const count = /^\d+$/.test(counted[1]) ? Number(counted[1]) : COUNT_WORDS.indexOf(counted[1].toLowerCase()) + 1;
    const listed = LISTED_YEARS.exec(after.slice(stretch.newerStart + stretch.inserted.length));
    if (!listed || count < 2) continue;
    const years = (listed[1].match(/\d{4}/g) ?? []).map(Number);
    if (years.length !== count || years.some((year, at) => at > 0 && year !== years[at - 1] + 1)) continue;
    // The noun said of the list agrees with it ("2023 and 2024, were the worst [-year-]{+years+} on record", OP 4).
    const agreeing = stretchesOf(before, after).filter((other) => other.deleted.trim() === 'year' && other.inserted.trim() === 'years');
    const chosen = [stretch, ...agreeing].sort((a, b) => a.olderStart - b.olderStart);
    const reasons = [`the count of the years listed said with the list: “${stretch.inserted.trim().replace(/^,\s*|,$/g, '')}”`, ...(agreeing.length > 0 ? ['grammar: “year” → “years”, agreeing with the list'] : [])];
    return { before: withStretchesAged(before, chosen), reasons };
  }
  return null;
}

/** An outcome's name: two to six capitalised words ("Addis Ababa Action Agenda", "Sevilla Commitment"). */
const OUTCOME_NAME = /^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){1,5}$/u;
/** What a text tracks of an outcome: its implementation, follow-up or review, with the outcome's article. */
const TRACKED_OUTCOME = /\b(?:implementation|follow-up|review) of the\s$/;
/** The conference an outcome is "of", with its edition: "of the Third International Conference on Financing for Development". */
const OF_CONFERENCE = /^\s*(?:of|from) the (\p{L}+(?:-\p{L}+)?) ((?:\p{Lu}[\p{L}-]*\s(?:(?:on|for|of|and|the)\s)*)*(?:Conference|Summit|Congress|Assembly|Forum)\b(?:\s(?:(?:on|for|of|and|the)\s)*\p{Lu}[\p{L}-]*)*)/u;

/**
 * An outcome whose implementation the text tracks, cited by the next edition of its conference: "to accelerate the
 * implementation of the [-Addis Ababa Action Agenda-]{+Sevilla Commitment+} of the [-Third-]{+Fourth+} International
 * Conference on Financing for Development" (External debt 79/197 → 80/123 OP 48 → OP 55, trial 14a): the same request,
 * brought to the outcome that succeeded the older one. The conference is named alike on both sides, its edition one on
 * (the ordinal's own succession is read after); the outcome is what is implemented, followed up or reviewed, not what
 * the paragraph reaffirms or welcomes. An outcome replaced under the same edition, or two editions on, stays.
 */
function nextConferenceOutcome(before: string, after: string): { before: string; reasons: string[] } | null {
  const chosen: Stretch[] = [];
  const reasons: string[] = [];
  for (const stretch of stretchesOf(before, after)) {
    const [gone, come] = [stretch.deleted.trim(), stretch.inserted.trim()];
    if (!OUTCOME_NAME.test(gone) || !OUTCOME_NAME.test(come) || gone === come) continue;
    if (!TRACKED_OUTCOME.test(before.slice(0, stretch.olderStart)) || !TRACKED_OUTCOME.test(after.slice(0, stretch.newerStart))) continue;
    const [older, newer] = [OF_CONFERENCE.exec(before.slice(stretch.olderEnd)), OF_CONFERENCE.exec(after.slice(stretch.newerStart + stretch.inserted.length))];
    if (!older || !newer || older[2] !== newer[2]) continue;
    const [olderEdition, newerEdition] = [ordinalValue(older[1].toLowerCase()), ordinalValue(newer[1].toLowerCase())];
    if (olderEdition === null || newerEdition !== olderEdition + 1) continue;
    chosen.push(stretch);
    reasons.push(`an outcome tracked at its conference's next edition: ${gone} → ${come} (${older[1]} → ${newer[1]} ${newer[2]})`);
  }
  return chosen.length === 0 ? null : { before: withStretchesAged(before, chosen), reasons };
}

/**
 * An opening that lists the documents before the Assembly: "Having considered the reports of the Secretary-General on
 * the budget performance for 2023 …", "Takes note of the reports of the Secretary-General on …". The set of documents
 * is the year's, issued by the Secretariat: it changes with each session.
 */
const DOCUMENTS_OPENING = /^(?:Having considered|Having examined|(?:(?:Also|Further)\s)?(?:Takes|Taking) note(?: also| further)? of the (?:reports?|notes?) of the Secretary-General|(?:(?:Also|Further)\s)?(?:Endorses|Takes note of|Taking note of) the conclusions and recommendations of the \p{Lu}[^,;:]{0,80}? on)\b/u;
/** An opening that endorses a body's conclusions: a decision on them, not a list of documents before the Assembly. */
const ENDORSES = /^(?:(?:Also|Further)\s)?Endorses\b/;
/** Words that make a clause more than a list of documents: a stance on them, or a clause of another kind. */
const STANCE_WORDS = /\b(?:not(?:e|es|ing)|taking|welcom\w*|encourag\w*|regret\w*|concern\w*|urg\w*|call\w*|request\w*|recogniz\w*|stress\w*|emphasiz\w*|express\w*|decid\w*|decision|underlin\w*|reaffirm\w*|appreciat\w*|commend\w*|deplor\w*|condemn\w*|invit\w*|recommendations?|conclusions?|therein|endors\w*|approv\w*|satisfaction|interest|not|no)\b/i;

/** Edit budget of the word diff of a session's set of resolutions: one edit or more per symbol, titles dropped whole. */
const RESOLUTION_SET_EDITS = 2000;

/** An opening that takes note of a body's resolutions: "Takes note of resolutions GC(68)/RES/8, entitled …". */
const RESOLUTIONS_OPENING = /^(?:(?:Also|Further)\s)?(?:Takes|Taking) note(?: also| further)? of (?:the )?resolutions\b/;

/**
 * The resolutions a paragraph takes note of are the set of one session of their body in the older text and of its next
 * session in the newer (GC(67)/RES/7 … → GC(68)/RES/8 …): two at least on each side, of one shape, none of another session.
 */
function sessionsResolutions(before: string, after: string): boolean {
  if (!RESOLUTIONS_OPENING.test(before)) return false;
  const numbered = (text: string) => findReferences(text).filter((mention) => mention.session !== null);
  const [older, newer] = [numbered(before), numbered(after)];
  const shapes = new Set([...older, ...newer].map((mention) => `${mention.kind === 'decision' ? 'resolution' : mention.kind} ${mention.shape?.replace(/RES|DEC/, '')}`));
  const olderSessions = new Set(older.map((mention) => mention.session));
  const newerSessions = new Set(newer.map((mention) => mention.session));
  if (older.length < 2 || newer.length < 2 || shapes.size !== 1 || olderSessions.size !== 1 || newerSessions.size !== 1) return false;
  return isNextSession(older[0].shape, older[0].session!, newer[0].session!);
}

/** A quoted title: "entitled “Nuclear security”". */
const QUOTED_TITLE = /“[^”]*”|"[^"]*"/g;
/** One item of a session's list: a symbol (`S`, with its part: "GC(69)/RES/9 A.2") and its title (`T`). */
const LIST_ITEM = /\bS(?:\s[A-Z](?:\.\d{1,2})?)?(?:,?\sentitled\sT)?/g;
/** An item with its parts: "GC(68)/RES/11, entitled “…”, comprising GC(68)/RES/11 A, entitled “…”, … and GC(68)/RES/11 C, …". */
const COMPRISING = /\bI,?\scomprising\sI(?:(?:,\s|,?\sand\s)I)*/g;
/** A run of items, with the connectors and the kind words between them: "I; I; and decisions I, and I". */
const ITEM_RUN = /\b(?:(?:resolutions?|decisions?)\s)?I(?:(?:[;,]\s?|\s)(?:and\s)?(?:(?:resolutions?|decisions?)\s)?I)*/g;
/** An ordinal word (the session: "sixty-ninth"), folded apart from its value. */
const ORDINAL_FOLD = /\b(?:\p{L}+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}*teenth|\p{L}*tieth)\b/gu;
/** A month's name, folded apart from its value. */
const MONTH_FOLD = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

/**
 * What is left of a paragraph that takes note of a session's resolutions once its list is folded away: each item (a
 * session-numbered symbol with its "entitled “…”" title and its "comprising" parts), the connectors between items, the
 * session's ordinal and its dates. Two years of the same paragraph leave the same skeleton when only the list of the
 * year changed; a clause added beside it ("; and of the statements by the President of the General Conference with
 * regard to … item 8 entitled “…” …, all as reflected in the official records", Report of the IAEA 79/4 → 80/7 OP 2,
 * fix 12C) does not fold away.
 */
function resolutionListSkeleton(text: string): string {
  let out = text;
  const symbols = findReferences(text).filter((mention) => mention.session !== null).sort((a, b) => b.start - a.start);
  for (const mention of symbols) out = `${out.slice(0, mention.start)}S${out.slice(mention.end)}`;
  out = out.replace(QUOTED_TITLE, 'T').replace(/\s+/g, ' ').replace(LIST_ITEM, 'I');
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(COMPRISING, 'I');
  }
  return out
    .replace(ITEM_RUN, 'L')
    .replace(ORDINAL_FOLD, 'O')
    .replace(MONTH_FOLD, 'M')
    .replace(/\d+/g, 'N')
    .replace(/\b[NM](?:\s?(?:[NM]|to|[\-\u2013])\b)*/g, 'D')
    .trim();
}

/**
 * The subjects of a session's resolutions taken note of: the title each item is given ("GC(67)/RES/14, entitled “Status
 * of Palestine in the IAEA”", its parts' titles too), compared as `titleWords` folds them, in sorted order (the list
 * may be reordered). Two years of one paragraph that take note of the same subjects differ only in their numbers;
 * "Status of Palestine in the IAEA" and "Restoration of the sovereign equality of Member States in the IAEA" no longer
 * taken note of (Report of the IAEA 78/8 → 79/4 OP 2, trial 15b) are resolutions the Assembly chose not to mention,
 * whatever the rest of the list did.
 */
function resolutionListSubjects(text: string): string[] {
  return findReferences(text)
    .filter((mention) => mention.session !== null && mention.titled === 'entitled' && mention.title !== null)
    .map((mention) => titleWords(mention.title!).join(' '))
    .sort();
}

/**
 * The yearly set of documents considered or taken note of (issue 23, round 6): the same opening that lists them
 * (`DOCUMENTS_OPENING`), every changed stretch after it naming documents only (no word of a stance on them:
 * `STANCE_WORDS`, no money). "Having considered the report … held in [-2023-]{+2024, and taking note with regret that
 * …+}" is not: the regret is negotiated. A session's resolutions taken note of change only as a list of that session
 * (`resolutionListSkeleton`): "…, held from 15 to 19 September 2025{+; and of the statements by the President of the
 * General Conference with regard to … item 8 entitled “Election of Members to the Board of Governors”; … all as reflected
 * in the official records of the General Conference+};" (Report of the IAEA 79/4 → 80/7 OP 2) records what the
 * Conference did not adopt that year: negotiated, though no word of it is a stance (fix 12C). The reason, or null.
 */
/** Most years a year written in a recurring text moves on in one step (a yearly or biennial resolution's cycle). */
const CYCLE_YEARS = 2;

/** True when a stretch replaces a year by one more than the cycle away (`CYCLE_YEARS`): "2007" → "2017". */
function yearMovedPastCycle(stretch: Stretch): boolean {
  const years = (text: string): number[] => (text.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number);
  const [older, newer] = [years(stretch.deleted), years(stretch.inserted)];
  return older.length > 0 && newer.length > 0 && newer.some((year) => older.every((other) => Math.abs(year - other) > CYCLE_YEARS));
}

function documentsConsideredReasons(before: string, after: string): string[] | null {
  const session = DOCUMENTS_OPENING.test(before) ? null : sessionsResolutions(before, after);
  const opening = session === null ? DOCUMENTS_OPENING.exec(before) : session ? RESOLUTIONS_OPENING.exec(before) : null;
  if (!opening || !after.startsWith(opening[0]) || MONEY.test(before) || MONEY.test(after)) return null;
  // A session's set of resolutions, each with its title, differs in every symbol: a diff of a larger budget keeps
  // the titles apart.
  const stretches = session ? stretchesOf(before, after, wordDiff(before, after, RESOLUTION_SET_EDITS).parts) : stretchesOf(before, after);
  if (stretches.length === 0 || stretches.some((stretch) => stretch.olderStart < opening[0].length || STANCE_WORDS.test(`${stretch.deleted} ${stretch.inserted}`))) return null;
  // A year moved past the cycle ("on all referrals since 1 July [-2007-]{+2017+}", Criminal accountability 79/116 → 80/160
  // OP 1, trial 14a) changes what the documents cover, not which documents: negotiated.
  if (stretches.some(yearMovedPastCycle)) return null;
  // A session's list changes only in items of its own shape: any other clause added or dropped is negotiated (fix 12C).
  if (session && resolutionListSkeleton(before) !== resolutionListSkeleton(after)) return null;
  // And only in their numbers: the skeleton folds titles away, but a subject no longer taken note of, or newly taken
  // note of, is a choice (`resolutionListSubjects`).
  if (session && resolutionListSubjects(before).join('\u0000') !== resolutionListSubjects(after).join('\u0000')) return null;
  // An endorsement is a decision: a document whose conclusions it no longer endorses, nothing in its place ("on [-the
  // annual overview report of the … Board for 2022 and on-] United Nations system support …"), is a recurring item left
  // out: it stays a finding, as the same paragraph dropped whole does (round 13E: the same kind of change, the same answer).
  if (ENDORSES.test(opening[0]) && stretches.some((stretch) => LIST_GLUE.test(stretch.inserted) && stretch.deleted.trim().split(/\s+/).length >= 3)) return null;
  return [session ? `the year's resolutions taken note of: ${opening[0]} … of the next session` : `the year's documents considered: ${opening[0]} …`];
}

/** A paragraph that takes note of one report by its author: "Takes note with appreciation of the report of the Secretary-General", "Taking note of the report of the United Nations Conference on Trade and Development". */
const REPORT_NOTED = /^(?:(?:Also|Further)\s)?(?:Takes|Taking) note(?: also| further)?(?: with (?:appreciation|interest))? of the (?:annual )?report of the \p{Lu}/u;
/** How a report's description or title opens after its author's name: a relative clause, a participle, "entitled". */
const REPORT_DESCRIPTION = /^,?\s?(?:in which\b|which\b|that\b|prepared\b|reviewing\b|containing\b|submitted\b|presenting\b|examining\b|focusing\b|analy[sz]ing\b)/;
/** Words a description of a report never needs: a call, a concern, a request, a stance, a clause of the Assembly's own. */
const NOT_DESCRIPTION = /\b(?:calls?|urg\w*|stress\w*|emphasiz\w*|concern\w*|alarm\w*|regret\w*|request\w*|invit\w*|decid\w*|decision|encourag\w*|welcom\w*|recommend\w*|endors\w*|approv\w*|commend\w*|condemn\w*|deplor\w*|appreciat\w*|satisfaction|notes?|noting|takes|taking|not|no)\b/i;

/**
 * The year's report, described or titled as that year's (issue 23, round 17B): a paragraph that only takes note of one
 * report by its author (`REPORT_NOTED`), unchanged up to the author's name (or its "entitled"), whose description or
 * title after it is the year's: "Takes note with appreciation of the report of the Secretary-General [-prepared on the
 * basis of comments and observations of Governments and relevant observers-]{+reviewing all the submissions of Member
 * States and relevant observers, … and identifying possible convergences and divergences on the definition, scope and
 * application of universal jurisdiction+};" (universal jurisdiction 78/113 → 79/127 OP 1, and back in 80/168), "… of the
 * Special Rapporteur … on the right to development[-, in which the Special Rapporteur examines the role of business in
 * realizing this right-];" (78/203 → 79/170 OP 13), "… of the United Nations Conference on Trade and Development
 * entitled [-Digital Economy Report 2024: …-]{+Technology and Innovation Report 2025: …+}," (ICT 79/194 → 80/118 PP 27
 * → PP 31). The report is the one the author submitted that year; what it covered goes with it. The author must be the
 * same (a report "on" another mandate is another rapporteur: the common words stop at the name, never inside it after
 * "on"), the description must run to the paragraph's end and say nothing in the Assembly's voice (`NOT_DESCRIPTION`).
 */
function reportDescribedReasons(before: string, after: string): string[] | null {
  if (!REPORT_NOTED.test(before) || !REPORT_NOTED.test(after)) return null;
  // Words with their punctuation apart: "development," and "development;" are one word before different endings.
  const wordsOf = (text: string): string[] => text.replace(/([,;:])(?=\s|$)/g, ' $1').split(/\s+/).filter(Boolean);
  const [olderWords, newerWords] = [wordsOf(before), wordsOf(after)];
  let shared = 0;
  while (shared < olderWords.length && shared < newerWords.length && olderWords[shared] === newerWords[shared]) shared++;
  const name = olderWords.slice(0, shared).join(' ');
  // The common words are the opening and the author's name: nothing set off by punctuation, no description begun.
  if (!REPORT_NOTED.test(name) || /[,;:(“"]/.test(name) || /\b(?:on|of|for|and)$/.test(name)) return null;
  const entitled = /\bentitled$/.test(name);
  const tail = (words: string[]): string => words.slice(shared).join(' ').replace(/\s([,;:])/g, '$1').replace(/[;,.]\s*$/, '').trim();
  const [older, newer] = [tail(olderWords), tail(newerWords)];
  // One description or title running to the end: no second clause after a semicolon, no list after a colon but a title's.
  if (older === newer || /;/.test(older + newer) || (!entitled && /:/.test(older + newer))) return null;
  const described = (text: string): boolean =>
    text === '' ? !entitled : !NOT_DESCRIPTION.test(text) && (entitled ? /^[“"]?\p{Lu}/u.test(text) : REPORT_DESCRIPTION.test(text));
  if (!described(older) || !described(newer)) return null;
  const shown = (text: string): string => (text === '' ? '∅' : text.replace(/^,\s/, '').split(/\s+/).slice(0, 8).join(' ') + (text.split(/\s+/).length > 8 ? ' …' : ''));
  return [`the year's report ${entitled ? 'titled' : 'described'} as that year's: ${shown(older)} → ${shown(newer)}`];
}

/** Letters and digits only, lowercased: equal means only case, spacing or punctuation differ. */
function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words in which a text speaks of the response to a pandemic and its aftermath, and nothing else. */
const RESPONSE_WORDS = new Set([
  'responding', 'response', 'responses', 'respond', 'recovering', 'recovery', 'recover', 'to', 'and', 'from', 'the', 'its', 'a', 'of', 'in',
  'negative', 'adverse', 'lasting', 'long-term', 'effects', 'effect', 'impacts', 'impact', 'global', 'support', 'ongoing', 'current', 'during',
  'covid-19', 'coronavirus', 'disease', 'pandemic', 'building', 'back', 'better', 'consequences', 'consequence',
]);
/** The pandemic named right after a stretch: "the COVID-19 pandemic", "the coronavirus disease (COVID-19) pandemic". */
const PANDEMIC_NEXT = /^\s*(?:the\s)?(?:coronavirus disease\s\(COVID[-\u2010\u2011]19\)\s|COVID[-\u2010\u2011]19\s)?pandemic\b/i;

/** The recovery kept between a dropped response and the pandemic's name ("the [-response to and -]recovery from the COVID-19 pandemic"). */
const KEPT_RECOVERY = /^\s*(?:the\s)?(?:recovery|recovering)\s(?:from|of)\s/i;
/** A response that also looks ahead ("… recovery from the pandemic and future health emergencies") is no past pandemic's. */
const FUTURE_EMERGENCIES = /^[^;]{0,80}?\bpandemic\b[^;]{0,20}?\b(?:and|or)\s(?:other\s|future\s)+(?:health\s)?(?:emergencies|crises|pandemics|shocks)\b/i;

/**
 * The older text with the wording of a pandemic's response turned into that of its aftermath, as a recurring text ages
 * once the emergency is over: each changed stretch of the word diff made only of response-and-recovery words, standing
 * before the pandemic's name ("[-responding to and recovering from-]{+recovering from the negative effects of+} the
 * COVID-19 pandemic"), or before the recovery kept from it ("in the [-response to and -]recovery from the COVID-19
 * pandemic", Right to development 78/203 → 79/170 OP 22, as OP 19 of the same step), or naming it in a clause dropped whole ("[- in the global response to support the recovery from
 * the COVID-19 pandemic-]"). Null when no stretch is such; the text with them aged and the reasons otherwise.
 */
function eventWordingAged(before: string, after: string): { before: string; reasons: string[] } | null {
  const parts = diffParts(before, after);
  let out = '';
  const reasons: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (part.op === 'equal') {
      out += part.text;
      continue;
    }
    const deleted = part.op === 'delete' ? part.text : '';
    const inserted = part.op === 'insert' ? part.text : parts[k + 1]?.op === 'insert' ? parts[++k].text : '';
    const following = parts[k + 1]?.op === 'equal' ? parts[k + 1].text : '';
    const words = `${deleted} ${inserted}`.toLowerCase().replace(/[,;:()]/g, ' ').split(/\s+/).filter(Boolean);
    const allResponse = words.length > 0 && words.every((word) => RESPONSE_WORDS.has(word.replace(/\u2010|\u2011/g, '-')));
    const aged =
      allResponse &&
      // The response become the recovery, or the pandemic's aftermath named where the pandemic stood ("the {+consequences
      // of the +}coronavirus disease (COVID-19) pandemic").
      (/\brespon|\brecover/i.test(deleted) || (deleted.trim() === '' && /\b(?:consequences?|effects?|impacts?)\b/i.test(inserted))) &&
      !/pandemic/i.test(inserted) &&
      (PANDEMIC_NEXT.test(following) || (PANDEMIC_NEXT.test(following.replace(KEPT_RECOVERY, '')) && !FUTURE_EMERGENCIES.test(following)) || (inserted.trim() === '' && /pandemic/i.test(deleted)));
    if (!aged) {
      out += deleted;
      continue;
    }
    out += inserted;
    reasons.push(`an event's wording aged: ${deleted.trim() || '∅'} → ${inserted.trim() || '∅'}`);
  }
  return reasons.length > 0 ? { before: out, reasons } : null;
}

/** Why the newer paragraph is the older one's yearly succession (`routineReasons` without the aged wording of an event). */
function successionReasons(before: string, after: string, lexicons?: Lexicons): string[] {
  const aged = agedOpening(before, after);
  const olderText = withoutAgeingWords(aged ? aged.before : before);
  const newerText = withoutAgeingWords(aged ? aged.after : after);
  const reasons: string[] = aged ? [aged.reason] : [];
  if (olderText.adverb !== newerText.adverb) reasons.push(`sequencing adverb: ${olderText.adverb ?? '∅'} → ${newerText.adverb ?? '∅'}`);
  if (olderText.restated !== newerText.restated) reasons.push(`a request or decision already made, ${newerText.restated > olderText.restated ? 'restated' : 'no longer restated'}`);
  if (olderText.reinvited !== newerText.reinvited) reasons.push(`an invitation already given, ${newerText.reinvited > olderText.reinvited ? 'restated' : 'no longer restated'}`);
  if (newerText.restated > olderText.restated) {
    const shortened = addresseeShortened(olderText.text, newerText.text);
    if (shortened) {
      olderText.text = shortened.text;
      reasons.push(shortened.reason);
    }
  }
  const dropped = olderText.dating.filter((words, at) => olderText.dating.indexOf(words) === at && olderText.dating.filter((other) => other === words).length > newerText.dating.filter((other) => other === words).length);
  // Words that date a fact may go, never come: a newer text calling more things recent is not the older one aged.
  if (newerText.dating.some((words) => newerText.dating.filter((other) => other === words).length > olderText.dating.filter((other) => other === words).length)) return [];
  if (dropped.length > 0) reasons.push(`a fact aged: “${dropped.join('”, “')}” dropped`);
  // A trend recorded or stated as a fact ("Welcomes the [-continued -]reduction in the number of incidents"): "continued"
  // dates it as the DATING_WORDS do, and may go as it ages; a call for "the continued support" asks for more, and keeps it.
  if (newerText.trend > olderText.trend) return [];
  if (newerText.trend < olderText.trend) {
    const opening = new RegExp(`${RECORDS_EVENTS.source}|${STATES_FACTS.source}`, 'i');
    if (!opening.test(after)) return [];
    reasons.push('a fact aged: “continued” dropped');
  }
  if (newerText.toCome > olderText.toCome) return [];
  if (newerText.toCome < olderText.toCome) reasons.push('an event since held: “to be” dropped');
  if (olderText.tense.join(' ') !== newerText.tense.join(' ')) {
    const present = (list: readonly string[]): number => list.filter((words) => PRESENT.has(words)).length;
    // A statement moved into the present is news, not a fact aged.
    if (present(newerText.tense) > present(olderText.tense)) return [];
    reasons.push(`a fact aged, its tense: ${olderText.tense.join(', ') || '∅'} → ${newerText.tense.join(', ') || '∅'}`);
  }
  if (olderText.continued !== newerText.continued) reasons.push(`“continue to” ${newerText.continued > olderText.continued ? 'added to' : 'dropped from'} a mandate given again`);
  const dated = citationDatesAdded(olderText.text, newerText.text, lexicons);
  if (dated) {
    newerText.text = dated.text;
    reasons.push(...dated.reasons);
  }
  // A decision welcomed, then recalled: the recall writes or drops the date the decision was adopted on as it pleases.
  const recalledDated = aged !== null && /\brecall/i.test(aged.reason) ? adoptionDateWrittenOrDropped(olderText.text, newerText.text, lexicons) : null;
  if (recalledDated) {
    [olderText.text, newerText.text] = [recalledDated.olderText, recalledDated.newerText];
    reasons.push(...recalledDated.reasons);
  }
  const older = items(olderText.text, lexicons);
  const newer = items(newerText.text, lexicons);
  const olderSkeleton = skeleton(withoutYearMarks(olderText.text), older);
  const newerSkeleton = skeleton(withoutYearMarks(newerText.text), newer);
  // Spaces aside too: a compound written open, hyphenated or closed ("health care" → "healthcare") is editorial.
  // Item by item, grammar words set aside too ("as well as {+to+} the pandemic", "barriers {+that+} they face" beside a
  // routine edit): once numbers, references and the ageing words are masked, edits that leave only such words are
  // routine. (A list that grew, below, keeps them: the item it gains brings its own.)
  if (older.length === newer.length && compact(withoutGrammarWords(olderSkeleton)) === compact(withoutGrammarWords(newerSkeleton))) {
    const grammar = grammarWordsChanged(olderSkeleton, newerSkeleton);
    if (grammar !== null) reasons.push(grammar);
    const refreshed: string[] = [];
    let dataYearMoved = false;
    const dateline = isDateline(olderSkeleton) && isDateline(newerSkeleton);
    for (let k = 0; k < older.length; k++) {
      if (sameItem(older[k], newer[k])) continue;
      // A target's year one on is no succession: the target postponed (`isTargetYear`, session 17 review).
      const targetYear = older[k].kind === 'number' && (older[k].mention as NumberMention).category === 'year' && (isTargetYear(olderText.text, older[k].start, older[k].end) || isTargetYear(newerText.text, newer[k].start, newer[k].end));
      if (!targetYear && isSuccession(older[k], newer[k])) {
        reasons.push(`${dateline ? DATELINE_MOVED : successionName(older[k])}: ${older[k].mention.text} → ${newer[k].mention.text}`);
        if (older[k].kind === 'number' && (older[k].mention as NumberMention).category === 'year') dataYearMoved = true;
        continue;
      }
      // A paragraph that records what happened (an opening that recalls, notes or welcomes) follows its event to its
      // latest edition, which may be more than one on ("the report of the Working Group on its twenty-second and
      // twenty-third sessions" → "twenty-fourth and twenty-fifth", the renewal of a mandate "at the fifty-first session of
      // the Human Rights Council" → "sixtieth"): routine there, never
      // in a paragraph that decides or requests (a report asked for two sessions on is a negotiated biennialization).
      // A body's session named by its year ("during its [-2024-]{+2026+} session"): the session the text speaks to,
      // which moves on with the text, by one year or two as the dates of adoption fall.
      const session = bodySessionMovedOn(older[k], newer[k], olderText.text, newerText.text) ?? sessionBlockMovedOn(older[k], newer[k], older.some((item, j) => j !== k && item.kind === 'number' && ['year', 'date'].includes(item.mention.category) && isSuccession(item, newer[j])));
      if (session !== null) {
        reasons.push(session);
        continue;
      }
      // A resolution numbered by its year ("Economic and Social Council resolution [-2023/34-]{+2025/33+}"), cited by a
      // paragraph that recalls or takes note and brings its other citations up to date: the body's latest on the topic,
      // which comes yearly or every other year.
      const yearNumbered = latestYearNumbered(older[k], newer[k], before, after, older.some((item, j) => j !== k && item.kind === 'reference' && isSuccession(item, newer[j])));
      if (yearNumbered !== null) {
        reasons.push(yearNumbered);
        continue;
      }
      // A deadline of the yearly cycle, a full date about a year on ("to submit, before [-25 April 2025-]{+24 April
      // 2026+}, information and observations"): the same request for the next session. A target year ("by 2030") or a
      // deadline moved by more or less than a year stays negotiated.
      const deadline = yearlyDeadline(older[k], newer[k]);
      if (deadline !== null) {
        reasons.push(deadline);
        continue;
      }
      // A count the paragraph says is the present one ("which currently consists of [-21-]{+23+} members").
      const count = currentCountRefreshed(older[k], newer[k], olderText.text, newerText.text);
      if (count !== null) {
        reasons.push(count);
        continue;
      }
      // A date without its year that follows a year moved on by one ("during [-2025-]{+2026+}, namely from [-7 to 25-]{+6
      // to 24+} April"): the same window of the next year, as the session moves with the text.
      // A term named as a period, succeeded by the next of the same length ("the bureaux … for the period [-2024–2025-]
      // {+2026–2027+}"), in a paragraph that decides nothing: the next term of a rotation.
      const term = nextTerm(older[k], newer[k], olderText.text, after);
      if (term !== null) {
        reasons.push(term);
        continue;
      }
      const window = yearlessDateMovedOn(older, newer, k);
      if (window !== null) {
        reasons.push(window);
        continue;
      }
      // A date that opens a period ("information received … since [-1 July 2007-]{+1 July 2017+}") bounds what the text
      // covers: moved ten years it narrows the period (Criminal accountability 79/116 → 80/160 OP 1, trial 14a), no event
      // moved on. Within the cycle it is the yearly succession above.
      if (RECORDS_EVENTS.test(after) && isLaterEdition(older[k], newer[k]) && !opensPeriod(olderText.text, older[k]) && !opensPeriod(newerText.text, newer[k])) {
        reasons.push(`a recorded event moved on: ${older[k].mention.text} → ${newer[k].mention.text}`);
        if (older[k].kind === 'number' && (older[k].mention as NumberMention).category === 'year') dataYearMoved = true;
        continue;
      }
      if (!isRefreshableFigure(older[k]) || !isRefreshableFigure(newer[k])) return [];
      refreshed.push(`${older[k].mention.text} → ${newer[k].mention.text}`);
    }
    if (refreshed.length === 0) return reasons;
    // Figures that changed are routine only as statistics, in a paragraph that states facts ("Noting with deep concern
    // that, in 2024, 1,622 persons were affected"), never in one that decides: with the year of its data moved on, or,
    // without a year in the text, where the paragraph counts no money (an appropriation is negotiated) and its opening
    // states facts ("Deeply concerned also that 2.3 → 2.1 billion people … rely on traditional biomass").
    if (dataYearMoved && STATES_FACTS.test(after)) return [...reasons, `statistics refreshed from the next year's data: ${refreshed.join(', ')}`];
    // A tally of what has been achieved, welcomed as it grows ("Welcoming also … the establishment of [-305-]{+306+}
    // certified facilities"): plain counts of things achieved that went up, no money, in a paragraph that welcomes. A
    // target, a body's size, a percentage or a count that fell is no such tally.
    if (WELCOMES.test(after) && WELCOMES.test(before) && !MONEY.test(after) && !MONEY.test(before) && tallyGrew(older, newer, olderText.text, newerText.text)) return [...reasons, `a recorded count refreshed: ${refreshed.join(', ')}`];
    // The year's amounts in a financing resolution's standing paragraphs, which restate the same decisions each year for
    // the next budget year: round 16B, `standingFinancingStep`.
    if (standingFinancingStep(olderText.text, newerText.text, older, newer)) return [...reasons, `the next year's amounts in a financing resolution's standing paragraph: ${refreshed.join(', ')}`];
    if (!STATES_FACTS.test(after) || MONEY.test(after) || MONEY.test(before)) return [];
    return [...reasons, `statistics refreshed: ${refreshed.join(', ')}`];
  }
  if (newer.length > older.length && collapseLists(olderSkeleton) === collapseLists(newerSkeleton) && listGrewBySuccessor(older, newer)) {
    const olderKeys = new Set(older.flatMap((item) => (item.kind === 'reference' ? [item.mention.key] : [])));
    const added = newer.flatMap((item) => (item.kind === 'reference' && !olderKeys.has(item.mention.key) ? [item.mention.text] : []));
    return [...reasons, `${RECALLED_LIST_GREW}${added.join(', ')} added`];
  }
  const grown = yearListGrowth(older, newer, olderSkeleton, newerSkeleton) ?? eventListGrowth(olderText.text, newerText.text, older, olderSkeleton, lexicons);
  return grown ? [...reasons, ...grown] : [];
}

/** The regions a recurring event turns among, as the texts name them before "region" or "regional". */
const REGION_NAMES =
  'African|Asian|Asia-Pacific|Asia and the Pacific|Latin American and Caribbean|Latin America and the Caribbean|Caribbean|Pacific|Arab|Eastern European|Western European|Central Asian|Middle East|Mediterranean';
/** A region named for an event held there or for those it serves: "the Caribbean regional seminar", "advisers from the African region". */
const EVENT_REGION = new RegExp(`\\bthe (${REGION_NAMES}) (?=region(?:al)?\\b)`, 'g');
/** What is held in a region, year by year: the nouns of a recurring event. */
const EVENT_NEAR = /\b(?:seminars?|workshops?|courses?|meetings?|conferences?|forums?|consultations?|training)\b/i;
/** An opening that approves the report that outlines the year's work (one that records what was held: `RECORDS_EVENTS`). */
const APPROVES = /^(?:(?:Also|Further)\s)?approves\b/i;

/**
 * The region of a recurring event's latest edition (redline #23, round 15D, "the yearly cycle"): "Approves the report of
 * the Special Committee covering its work during [-2023-]{+2024+}, in which the programme of work for [-2024-]{+2025+}
 * is outlined, in particular the [-Caribbean-]{+Pacific+} regional seminar", "the latest workshop … for the legal
 * advisers from the [-African-]{+Latin American and Caribbean+} region, held at the Tribunal from [-2 to 7 July 2023-]
 * {+1 to 6 September 2024+}". A seminar or a workshop that turns among regions is held in the next one each year: in a
 * paragraph that records it (or approves the report outlining it), whose year or dates moved on, the region named for
 * the event ("the X region", "the X regional seminar") follows. Narrow: the same number of such regions on both sides,
 * only the region words differ once the newer ones are read as the older, and the rest of the paragraph is the yearly
 * succession (`successionReasons`) with a year or a date moved on. A call to act in a region, or a region named where
 * nothing moved on, stays negotiated. The reasons, or null.
 */
function regionRotationReasons(before: string, after: string, lexicons?: Lexicons): string[] | null {
  // "Also welcomes": the sequencing adverb before a verb in lower case.
  const records = (text: string): boolean => new RegExp(RECORDS_EVENTS.source, 'i').test(text) || APPROVES.test(text);
  if (!records(before) || !records(after)) return null;
  const older = [...before.matchAll(EVENT_REGION)];
  const newer = [...after.matchAll(EVENT_REGION)];
  if (older.length === 0 || older.length !== newer.length || older.every((match, k) => match[1] === newer[k][1])) return null;
  // The region of an event (a seminar, a workshop, a course held there), not of a trend or a service (the session 10
  // review: "the rise in piracy in the [-African-]{+Asian+} region", "assistance … to States of the African → Arab
  // region" stay findings); and no concern voiced about it.
  const ofEvent = (text: string, match: RegExpMatchArray): boolean => EVENT_NEAR.test(text.slice(Math.max(0, (match.index ?? 0) - 100), (match.index ?? 0) + match[0].length + 100));
  if (/\bconcern/i.test(before) || /\bconcern/i.test(after) || newer.some((match, k) => match[1] !== older[k][1] && (!ofEvent(after, match) || !ofEvent(before, older[k])))) return null;
  let at = 0;
  let read = '';
  newer.forEach((match, k) => {
    read += after.slice(at, match.index) + `the ${older[k][1]} `;
    at = (match.index ?? 0) + match[0].length;
  });
  read += after.slice(at);
  const succession = successionReasons(before, read, lexicons);
  if (!succession.some((reason) => /^(?:yearly succession|date changed|year changed)/.test(reason) || /\b(?:19|20)\d\d\b.*→.*\b(?:19|20)\d\d\b/.test(reason))) return null;
  const moved = older.flatMap((match, k) => (match[1] === newer[k][1] ? [] : [`${match[1]} → ${newer[k][1]}`]));
  return [...succession, `the region of a recurring event's latest edition: ${moved.join(', ')}`];
}

/** A request's addressee named short, as a text restating the request names it ("requests the Office to"). */
const SHORT_ADDRESSEE = /\brequests the ((?:\p{Lu}[\p{L}-]*\s){1,2})(?=to\s)/gu;

/**
 * A request restated names its addressee short, as the text named it in full before ("requests the Office for Outer
 * Space Affairs to" → "reiterates its request to the Office to"): the older text with the full name cut to the newer's
 * short one, where the short name is how the full one begins and the rest is a capitalized complement ("for Outer Space
 * Affairs", "of the Committee"); returns it with the reason, or null. Another body ("the Office of Legal Affairs" for "the
 * Office for Outer Space Affairs") is not a shortening, and anything else the request changes is left to be compared.
 */
function addresseeShortened(olderText: string, newerText: string): { text: string; reason: string } | null {
  for (const match of newerText.matchAll(SHORT_ADDRESSEE)) {
    const short = match[1].trim();
    const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const full = new RegExp(`\\brequests the (${escaped} (?:for|of|on) (?:the )?\\p{Lu}[\\p{L}-]*(?:\\s(?:\\p{Lu}[\\p{L}-]*|and|of|the|for|on))*)\\s(?=to\\s)`, 'u').exec(olderText);
    if (!full || newerText.includes(full[1])) continue;
    const at = full.index + full[0].length - full[1].length - 1;
    return { text: `${olderText.slice(0, at)}${short}${olderText.slice(at + full[1].length)}`, reason: `a restated request names its addressee short: the ${full[1]} → the ${short}` };
  }
  return null;
}

/** The date of adoption written after a resolution or decision number: " of 7 December 2023". */
const CITATION_DATE = /^\s+of\s+\d{1,2}\s+(\p{L}+)\s+((?:19|20)\d\d)\b/u;

/**
 * A citation brought up to the next session that gains the date of its adoption ("as mandated … in its resolution
 * [-77/121-]{+78/72 of 7 December 2023+}"): the date belongs to the successor, so it goes with it. Only where the newer
 * reference replaces one the older text cites without a date, as its successor, and the date falls in the year its session met (session
 * 78 sat from September 2023 to September 2024); returns the newer text without those dates and why, or null.
 */
function citationDatesAdded(olderText: string, newerText: string, lexicons: Lexicons | undefined): { text: string; reasons: string[] } | null {
  const olderReferences = findReferences(olderText, lexicons);
  const undated = olderReferences.filter((reference) => !CITATION_DATE.test(olderText.slice(reference.end)));
  const cut: Array<{ start: number; end: number; shown: string }> = [];
  const newerReferences = findReferences(newerText, lexicons);
  // The older citation replaced, not kept beside its successor (a list that grew keeps its dates as they are).
  const replaced = undated.filter((reference) => !newerReferences.some((other) => other.key === reference.key));
  for (const reference of newerReferences) {
    if (reference.session === null || (reference.kind !== 'resolution' && reference.kind !== 'decision')) continue;
    if (olderReferences.some((other) => other.key === reference.key)) continue;
    if (!replaced.some((other) => isSuccessor(other, reference))) continue;
    const date = CITATION_DATE.exec(newerText.slice(reference.end));
    if (!date || !MONTHS.includes(date[1].toLowerCase())) continue;
    const year = Number(date[2]);
    if (year !== reference.session + 1945 && year !== reference.session + 1946) continue;
    cut.push({ start: reference.end, end: reference.end + date[0].length, shown: `${reference.text}${date[0]}`.replace(/\s+/g, ' ') });
  }
  if (cut.length === 0) return null;
  let text = newerText;
  for (const { start, end } of [...cut].reverse()) text = text.slice(0, start) + text.slice(end);
  return { text, reasons: cut.map(({ shown }) => `date of the succeeding citation added: ${shown}`) };
}

/**
 * The same resolution or decision cited on both sides, its date of adoption written on one side only ("Welcomes decision
 * 15/11 of the Conference" → "Recalls decision 15/11 of 19 December 2022 of the Conference", "Welcomes decision 16/6 of
 * 1 November 2024" → "Recalls decision 16/6"): round 13E2, read only under an opening aged into a recall, where the
 * decision cited is the one the older text welcomed. Both texts without those dates and why, or null.
 */
function adoptionDateWrittenOrDropped(olderText: string, newerText: string, lexicons: Lexicons | undefined): { olderText: string; newerText: string; reasons: string[] } | null {
  const reasons: string[] = [];
  const cutDates = (text: string, other: string, written: boolean): string => {
    const otherReferences = findReferences(other, lexicons);
    const cuts: Array<{ start: number; end: number }> = [];
    for (const reference of findReferences(text, lexicons)) {
      if (reference.kind !== 'resolution' && reference.kind !== 'decision') continue;
      const date = CITATION_DATE.exec(text.slice(reference.end));
      if (!date || !MONTHS.includes(date[1].toLowerCase())) continue;
      const twin = otherReferences.find((mention) => mention.key === reference.key);
      if (!twin || CITATION_DATE.test(other.slice(twin.end))) continue;
      cuts.push({ start: reference.end, end: reference.end + date[0].length });
      reasons.push(`the date of adoption of a decision recalled ${written ? 'written' : 'no longer written'}: ${`${reference.key}${date[0]}`.replace(/\s+/g, ' ')}`);
    }
    let out = text;
    for (const { start, end } of [...cuts].reverse()) out = out.slice(0, start) + out.slice(end);
    return out;
  };
  const newer = cutDates(newerText, olderText, true);
  const older = cutDates(olderText, newerText, false);
  return reasons.length > 0 ? { olderText: older, newerText: newer, reasons } : null;
}

/**
 * The opening of a paragraph that states facts rather than decides or asks: the concern, notice or recognition of a
 * situation (preambular "Noting with deep concern that", "Deeply concerned about", operative "Notes with concern that",
 * "Expresses concern"). Requests, decisions and calls open otherwise.
 */
const STATES_FACTS = /^(?:(?:Deeply|Gravely|Seriously|Also|Further)\s)?(?:Noting|Notes|Concerned|Alarmed|Recognizing|Recognizes|Aware|Acknowledging|Acknowledges|Observing|Taking note|Takes note|Expressing(?: its)?(?: deep| grave| serious)? concern|Expresses(?: its)?(?: deep| grave| serious)? concern)\b/i;

/**
 * An opening that welcomes what took place ("Welcoming also the continuing progress …", "Further welcomes"), or a clause
 * of a longer paragraph that does (", welcoming the respective commitments …", read clause by clause by
 * `eventClausesMovedOn`).
 */
const WELCOMES = /^(?:and\s)?(?:(?:[Aa]lso|[Ff]urther)\s)?(?:[Ww]elcoming|[Ww]elcomes)\b/;

/**
 * Words around a count that say it counts what has been achieved: "the establishment of 306", "306 certified
 * facilities", "the adoption by 12 → 16 Governments of national action plans" (those who have adopted, counted).
 */
const ACHIEVED_BEFORE = /\b(?:(?:establishment|certification|completion|installation|construction|opening)\s+of|adoption\s+by)\s+$/;
const ACHIEVED_AFTER = /^\s+(?:certified|completed|established|installed|operational)\b/;

/**
 * Every figure that changed between the two lists of items is a count of what has been achieved (`ACHIEVED_BEFORE`,
 * `ACHIEVED_AFTER`: not the size of a body, "consists of 21 → 23 members", which is decided) that went up.
 */
function tallyGrew(older: readonly Item[], newer: readonly Item[], olderText: string, newerText: string): boolean {
  const achieved = (item: Item, text: string): boolean => ACHIEVED_BEFORE.test(text.slice(Math.max(0, item.start - 40), item.start)) || ACHIEVED_AFTER.test(text.slice(item.end));
  return older.every((item, at) => {
    const other = newer[at];
    if (sameItem(item, other) || isSuccession(item, other)) return true;
    if (item.kind !== 'number' || other.kind !== 'number' || item.mention.category !== 'figure' || other.mention.category !== 'figure') return false;
    if (item.mention.years || other.mention.years || item.mention.value === null || other.mention.value === null) return false;
    return other.mention.value > item.mention.value && achieved(item, olderText) && achieved(other, newerText);
  });
}

/**
 * The standing paragraphs of a financing resolution, which each year restate the same decisions for the next budget
 * year with the amounts the decided appropriation gives: the year's assessment apportioned among Member States by a
 * scale of assessments ("Further decides to apportion the amount of [-23,999,350-]{+28,063,300+} dollars gross … in
 * accordance with the scale of assessments applicable to the regular budget of the United Nations for [-2025-]{+2026+}",
 * Financing of the IRMCT 79/255 OP 22 → 80/239 OP 4), and the staff assessment income set off against it ("their
 * respective share in the Tax Equalization Fund of the estimated staff assessment income in the amount of [-4,842,600-]
 * {+4,858,400+} dollars approved for the Mechanism for [-2025-]{+2026+}", OP 24 → OP 6; "The net estimated staff
 * assessment income of … dollars … to be offset against the balance …", Support account 78/293 OP 13 (e) → 79/298 I OP
 * 13 (e)). A desk officer read the IRMCT's staff-assessment figure and its assessment table as false in session 10
 * (round 16B, redline #23). What stays negotiated: the appropriation itself ("Decides to appropriate … a total amount
 * of …") and the requirements approved ("Approves the support account requirements in the amount of …"), the budget's
 * level; the credits of past periods and the total assessment they leave (labelled negotiated in the development set,
 * `fin-79-assessment`, `fin-79-surplus`); any amount for something new (its words differ, and the caller reads words).
 */
const STANDING_FINANCING = new RegExp(
  [
    String.raw`\bapportion (?:the )?(?:amount|sum) of [^;]*?\bamong (?:the )?Member States in accordance with the scale of assessments\b`,
    String.raw`\bstaff assessment income\b[^;]*?\b(?:set off|offset)\b|\b(?:set off|offset) against the (?:apportionment|balance)\b[^;]*?\bstaff assessment income\b`,
  ].join('|'),
  'i',
);

/**
 * What a standing paragraph must not hold beside its apportionment: an appropriation, a requirement or a credit decided,
 * or an amount met from voluntary contributions, the budget itself, which the Fifth Committee negotiates ("Decides to
 * appropriate … 60,963,800 … and to apportion the amount …" → 45,100,000: a cut, a review's counter-example, session 11).
 */
const DECIDES_AMOUNTS = /\b(?:appropriat\w*|requirements?|credit\w*|voluntary contributions?|commitment authority)\b/i;

/**
 * The rows of a financing resolution's annexed table of the year's appropriation and assessment, as the text layer reads
 * them ("Contributions assessed on Member States in accordance with the scale of assessments applicable to the regular
 * budget of the United Nations for [-2024 27 553 750 25 176 900-]{+2025 23 999 350 21 578 050+}", IRMCT 78/249 ¶ 30 →
 * 79/255 ¶ 35): figures that restate, for the next year, the amounts the operative paragraphs decide (the paragraph
 * that decides them stays a line of its own).
 */
const FINANCING_TABLE_ROW = /^(?:Gross Net of staff assessment \(United States dollars\)\s)?(?:Requirements|(?:Estimated (?:initial )?)?[Aa]ppropriation|Total assessment|(?:Net )?[Cc]ontributions (?:assessed on|apportioned to) Member States)\b[^;]*?\bfor (?:19|20)\d\d\b/;

/**
 * A standing paragraph of a financing resolution (`STANDING_FINANCING`, `FINANCING_TABLE_ROW`) on both sides, a year or a
 * financial period moved on by exactly one year, and every other change an amount (the caller has checked that nothing
 * else changed): the next year's amounts.
 */
function standingFinancingStep(olderText: string, newerText: string, older: readonly Item[], newer: readonly Item[]): boolean {
  const standing = (text: string): boolean => (STANDING_FINANCING.test(text) && MONEY.test(text) && !DECIDES_AMOUNTS.test(text)) || FINANCING_TABLE_ROW.test(text);
  if (!standing(olderText) || !standing(newerText)) return false;
  let yearOn = false;
  for (let k = 0; k < older.length; k++) {
    const [a, b] = [older[k], newer[k]];
    if (a.kind !== 'number' || b.kind !== 'number' || sameItem(a, b)) continue;
    const [from, to] = [a.mention, b.mention];
    if (from.category === 'figure' && to.category === 'figure' && !from.years && !to.years) continue;
    const oneYearOn =
      from.value !== null && to.value !== null && ((from.category === 'year' && to.category === 'year' && to.value === from.value + 1) || (from.category === 'date' && to.category === 'date' && from.value >= 10000 && to.value - from.value === 10000));
    if (oneYearOn) yearOn = true;
    else if (!isSuccession(a, b)) return false;
  }
  return yearOn;
}

/** Money counted: the amounts of a budget resolution are what its negotiators agree, never a statistic refreshed. */
const MONEY = /\b(?:dollars?|euros?|francs?|US\$|USD)\b|\$\s?\d/i;

/**
 * The opening of a paragraph that records events rather than decides or asks: it recalls, notes, welcomes, acknowledges
 * or has considered what took place ("Takes note of the report of the Working Group on its …", "Recalling further
 * Human Rights Council resolution …", "Having considered the reports of …").
 */
const RECORDS_EVENTS = /^(?:(?:Also|Further)\s)?(?:Recalling|Recalls|Noting|Notes|Taking note|Takes note|Welcoming|Welcomes|Acknowledging|Acknowledges|Recognizing|Recognizes|Having considered|Having examined|Bearing in mind|Commending|Commends|Expressing (?:its )?appreciation|Expresses (?:its )?appreciation)\b/;

/**
 * One number a later edition of the other, any number of steps on: a session or an ordinal up, a year or a date later.
 * Deadlines, periods and figures never are; nor are references (a resolution of two sessions on may be another text
 * of the same shape, "resolution 75/1" → "79/1": only its successor is routine, `isSuccession`).
 */
function isLaterEdition(a: Item, b: Item): boolean {
  if (a.kind === 'number' && b.kind === 'number') {
    const [older, newer] = [a.mention, b.mention];
    if (older.category !== newer.category || older.value === null || newer.value === null) return false;
    return ['session', 'ordinal', 'year', 'date'].includes(older.category) && newer.value > older.value;
  }
  return false;
}

/** True when a date item opens a period: "since 1 July 2017". */
function opensPeriod(text: string, item: Item): boolean {
  return item.kind === 'number' && item.mention.category === 'date' && /\bsince\s+$/i.test(text.slice(Math.max(0, item.start - 12), item.start));
}

/** A plain figure or a percentage, not a count of years: what a statistic is made of. */
function isRefreshableFigure(item: Item): boolean {
  return item.kind === 'number' && (item.mention.category === 'figure' || item.mention.category === 'percentage') && !item.mention.years;
}

/** Words that may move as a list grows: its separators and its last "and". */
const LIST_GLUE = /^[\s,;]*(?:and)?[\s,;]*$/;

/**
 * A list of events that gained the latest one, written as the others are ("…, the fifth Conference of States Parties, on
 * 17 and 18 May 2022, {+and the sixth Conference of States Parties, on 24 and 25 October 2024, +}all held in Addis
 * Ababa"): one stretch added, whose wording (its numbers set aside) is already in the older list, whose ordinal is the
 * next one and whose dates are later than every older date; only separators and an "and" move besides. The reason, or null.
 */
function eventListGrowth(before: string, after: string, older: readonly Item[], olderSkeleton: string, lexicons: Lexicons | undefined): string[] | null {
  // The item added must hold a date or an ordinal whose category the older text numbers too (the loop at the end): none
  // there, no list grew, and no word diff is needed (issue 21 session 16).
  if (!older.some(hasDatedEdition)) return null;
  // The diff may delete only glue ("and", commas) and words spelt otherwise (the same `letters`), so no letter but those
  // of "and", and no digit, is fewer in the newer text; where one is, the diff would delete other words (issue 21
  // session 22: the one-change search's variants).
  if (!isLetterFolded() && fewerInNewer(asciiCounts(before), asciiCounts(after))) return null;
  let added = '';
  const parts = diffParts(before, after);
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (part.op === 'equal' || LIST_GLUE.test(part.text)) continue;
    // A word only spelt otherwise beside the item added ("States [-parties-]{+Parties+}", "Secretary[---]{+ +}General").
    if (part.op === 'delete' && parts[k + 1]?.op === 'insert' && letters(part.text) === letters(parts[k + 1].text)) {
      k++;
      continue;
    }
    if (part.op === 'delete' || added !== '') return null;
    added = part.text;
  }
  const core = added.replace(/^[\s,;]*(?:and\s+)?/, '').replace(/[\s,;]*(?:and)?[\s,;]*$/, '');
  if (core.split(/\s+/).length < 3) return null;
  const addedItems = items(core, lexicons);
  const numbers = addedItems.flatMap((item) => (item.kind === 'number' ? [item.mention] : []));
  if (numbers.length !== addedItems.length || !numbers.some((mention) => mention.category === 'date' || mention.category === 'ordinal')) return null;
  if (!compact(olderSkeleton).includes(compact(skeleton(core, addedItems)))) return null;
  for (const mention of numbers) {
    const values = older.flatMap((item) => (item.kind === 'number' && item.mention.category === mention.category && item.mention.value !== null ? [item.mention.value] : []));
    if (values.length === 0 || mention.value === null) return null;
    const latest = Math.max(...values);
    if (mention.category === 'ordinal' ? mention.value !== latest + 1 : mention.value <= latest) return null;
  }
  return [`list of events grew: ${core}`];
}

/** The slots (`asciiCounts`) a list's glue cannot hold: every letter but those of "and", and every digit. */
const GLUE_FREE_SLOTS = [...'bcefghijklmopqrstuvwxyz0123456789'].map(countSlot);

/** Whether the older text holds more of some letter or digit glue cannot hold than the newer (`GLUE_FREE_SLOTS`). */
function fewerInNewer(older: Readonly<Int32Array>, newer: Readonly<Int32Array>): boolean {
  return GLUE_FREE_SLOTS.some((slot) => older[slot] > newer[slot]);
}

/** An item `eventListGrowth` can count a new item from: a date or an ordinal with its value. */
function hasDatedEdition(item: Item): boolean {
  return item.kind === 'number' && (item.mention.category === 'date' || item.mention.category === 'ordinal') && item.mention.value !== null;
}

/** Edit budget of the word diff `eventListGrowth` reads: a list that grew by one item is a short diff. */
const EVENT_LIST_EDITS = 200;

/**
 * A paragraph that is one date and nothing else ("25-10-2024" under a statement's title): the document's dateline, by
 * its skeleton (`skeleton`). Its date moving on is the document's new date, whether a year on (the next version of a
 * recurring text) or 17 days (a draft of 25 October and the statement of 11 November 2024): never "yearly succession",
 * which a reader takes for a year (redline #23, session 13).
 */
function isDateline(folded: string): boolean {
  return folded === '\u0001date\u0001';
}

/** How a reason names a dateline's date moved on (`isDateline`). */
const DATELINE_MOVED = "the document's date";

/** What a routine change of an item is called in a reason. */
function successionName(item: Item): string {
  if (item.kind === 'reference') return 'reference succeeded';
  // The month of the meeting before a statement's own ("since the Committee met in September"): the meeting cycle,
  // not a year (session 16).
  if (item.mention.meeting) return "the previous meeting's month";
  return item.mention.parties ? 'count of States parties refreshed' : 'yearly succession';
}

/**
 * Words of grammar that carry no term of a resolution (articles, "its", "their", the "that" of a clause, the "to" of an
 * infinitive or a repeated preposition); negations, conjunctions, quantifiers and modals are not among them.
 */
const GRAMMAR_WORD = /^(?:the|a|an|its|their|that|to)$/;

function withoutGrammarWords(folded: string): string {
  return folded.split(' ').filter((word) => !GRAMMAR_WORD.test(word)).join(' ');
}

/** Which grammar words one folded text has more of than the other, as a reason; null when none. */
function grammarWordsChanged(olderFolded: string, newerFolded: string): string | null {
  const counts = (folded: string): Map<string, number> => {
    const out = new Map<string, number>();
    for (const word of folded.split(' ')) if (GRAMMAR_WORD.test(word)) out.set(word, (out.get(word) ?? 0) + 1);
    return out;
  };
  const [older, newer] = [counts(olderFolded), counts(newerFolded)];
  const changes: string[] = [];
  for (const word of [...new Set([...older.keys(), ...newer.keys()])].sort()) {
    const delta = (newer.get(word) ?? 0) - (older.get(word) ?? 0);
    if (delta > 0) changes.push(`+${word}`);
    else if (delta < 0) changes.push(`−${word}`);
  }
  return changes.length > 0 ? `grammar words: ${changes.join(', ')}` : null;
}

function compact(folded: string): string {
  return folded.replace(/ /g, '');
}

/** Runs of years ("2022, 2023 and 2025") as one placeholder. */
function collapseYears(folded: string): string {
  return folded.replace(/(?:\u0001year\u0001(?: and| or)? ?)+/g, '\u0001years ').trim();
}

/**
 * A list of years that gained later years ("seminars in 2022 and 2023" → "in 2022, 2023 and 2025"), everything else the
 * same or its successor: the reasons, or null.
 */
function yearListGrowth(older: readonly Item[], newer: readonly Item[], olderSkeleton: string, newerSkeleton: string): string[] | null {
  if (newer.length <= older.length || collapseYears(olderSkeleton) !== collapseYears(newerSkeleton)) return null;
  const isYear = (item: Item): boolean => item.kind === 'number' && item.mention.category === 'year';
  const olderYears = older.filter(isYear).map((item) => item.mention.text);
  const newerYears = newer.filter(isYear).map((item) => item.mention.text);
  if (olderYears.length === 0 || olderYears.some((year) => !newerYears.includes(year))) return null;
  const latest = Math.max(...olderYears.map(Number));
  const added = newerYears.filter((year) => !olderYears.includes(year));
  if (added.length === 0 || added.some((year) => Number(year) <= latest)) return null;
  const olderRest = older.filter((item) => !isYear(item));
  const newerRest = newer.filter((item) => !isYear(item));
  if (olderRest.length !== newerRest.length) return null;
  const reasons: string[] = [];
  for (let k = 0; k < olderRest.length; k++) {
    if (sameItem(olderRest[k], newerRest[k])) continue;
    if (!isSuccession(olderRest[k], newerRest[k])) return null;
    reasons.push(`${successionName(olderRest[k])}: ${olderRest[k].mention.text} → ${newerRest[k].mention.text}`);
  }
  return [`list of years grew: ${added.join(', ')} added`, ...reasons];
}

/**
 * A list of references, each with its date ("78/66 of 4 December 2023, 79/77 … and 80/70"), as one placeholder. A date
 * written with "of" around its month ("77/203 of 15 of December of 2022"), which is not read as a date, is one too.
 */
function collapseLists(folded: string): string {
  // The noun before a list takes its plural as the list grows from one ("its resolution 78/47" → "its resolutions 78/47
  // and 79/54"); where the reference reader leaves that noun out of the mention, it is part of the list all the same.
  return folded
    .replace(/\b(?:resolutions?|decisions?) (?=\u0001(?:resolution|decision|document)\u0001)/gu, '')
    .replace(/(?:\u0001(?:resolution|decision|document)\u0001(?: of (?:\u0001date\u0001|\u0001figure\u0001 of \p{L}+ of \u0001year\u0001))?(?: and| or)? ?)+/gu, '\u0001list ')
    // A list of dates (meetings "held on 22 October 2015, …, 27 October 2022 and 30 October 2024"): one placeholder too,
    // so that it may gain the year's meeting beside the resolution that convened it (`listGrewBySuccessor`, session 16).
    .replace(/(?:\u0001date\u0001(?: and)? ?){2,}/gu, '\u0001dates ')
    .trim();
}

/** The session a resolution's number names ("79/51" → 79), or null. */
export function resolutionSession(resolution: string | undefined): number | null {
  const match = /^(\d{1,3})\/\d+$/.exec(resolution ?? '');
  return match ? Number(match[1]) : null;
}

/** How a reason names a list of recalled documents that grew (`successionReasons`). */
const RECALLED_LIST_GREW = 'list of recalled documents grew: ';

/**
 * A list of recalled documents grown by an entry outside the texts' own cycle (session 17 review): routine only when
 * each entry added is of the older text's session, the one just before it (its own predecessor), or a session between
 * the two texts; a resolution two or three sessions older than the older text, added now, is a choice of what to recall
 * (`listGrewBySuccessor` takes it at a list's own pace, not knowing the texts' sessions). Unknown sessions: no check.
 */
export function listGrewOutsideCycle(reasons: readonly string[], newerText: string, olderSession: number | null, newerSession: number | null): boolean {
  if (olderSession === null) return false;
  const latest = Math.max(olderSession, (newerSession ?? olderSession + 1) - 1);
  const outside = (symbol: RegExpMatchArray): boolean => (Number(symbol[1]) < olderSession - 1 || Number(symbol[1]) > latest) && !ofAnotherBody(newerText, symbol[0]);
  return reasons.some((reason) => reason.startsWith(RECALLED_LIST_GREW) && [...reason.slice(RECALLED_LIST_GREW.length).matchAll(/\b(\d{1,3})\/\d+/g)].some(outside));
}

/** A body other than the General Assembly named before a list of its resolutions ("Human Rights Council resolutions 34/24, …"). */
const OTHER_BODY_LIST = /\b(?:Council|Commission|Board|Committee|Conference|Organization|Agency|Parties)\s+(?:resolutions?|decisions?)\s+[^;]*$/;

/**
 * True when a symbol the text cites is in a list of another body's resolutions ("Human Rights Council resolutions 34/24,
 * … 52/28 of 4 April 2023 and 55/21"): numbered by that body's sessions, not the General Assembly's, so the texts'
 * sessions say nothing of its cycle. Read from the list's "resolutions" back, in the text before the symbol.
 */
function ofAnotherBody(text: string, symbol: string): boolean {
  const at = text.indexOf(symbol);
  if (at < 0) return false;
  const before = text.slice(0, at);
  const list = /\b(?:resolutions?|decisions?)\s+[^;]*$/.exec(before);
  return list !== null && OTHER_BODY_LIST.test(before.slice(Math.max(0, list.index - 40)));
}

/**
 * The other yearly change of a recurring text: a list of earlier resolutions (or reports) that gains the previous
 * session's one ("… 76/106 and 77/98" → "… 76/106, 77/98 and 78/102 of 7 December 2023"). Routine when nothing was
 * removed, each reference added is one session after the latest of its kind and shape in the older list, the numbers
 * added are only the added references' dates, and any other number changed routinely.
 */
function listGrewBySuccessor(older: readonly Item[], newer: readonly Item[]): boolean {
  const referencesOf = (list: readonly Item[]) => list.flatMap((item) => (item.kind === 'reference' ? [item.mention] : []));
  const numbersOf = (list: readonly Item[]) => list.flatMap((item) => (item.kind === 'number' ? [item.mention] : []));
  const olderReferences = referencesOf(older);
  const newerKeys = new Set(referencesOf(newer).map((mention) => mention.key));
  const olderKeys = new Set(olderReferences.map((mention) => mention.key));
  let added = referencesOf(newer).filter((mention) => !olderKeys.has(mention.key));
  // A reference the newer list no longer holds must have its successor there ("the most recent of which was resolution
  // 77/214" → "78/202", while the list of the Council's resolutions gains 55/7).
  for (const mention of olderReferences) {
    if (newerKeys.has(mention.key)) continue;
    const successor = added.find((other) => isSuccessor(mention, other));
    if (!successor) return false;
    added = added.filter((other) => other !== successor);
  }
  if (added.length === 0) return false;
  // A list of resolutions gains last year's resolution, not two of them (a list of reports may gain several).
  const resolutions = added.filter((mention) => mention.kind !== 'document');
  if (new Set(resolutions.map((mention) => `${mention.kind} ${mention.shape}`)).size !== resolutions.length) return false;
  for (const mention of added) {
    const sessions = olderReferences.filter((other) => other.kind === mention.kind && other.shape === mention.shape && other.session !== null).map((other) => other.session!);
    if (sessions.length === 0 || mention.session === null) return false;
    const latest = Math.max(...sessions);
    // The next session's, or the next at the list's own pace: a list whose resolutions come every two or three sessions
    // ("69/38, 71/90, 73/72, 73/91 … and 76/55" gains 78/52, Outer space TCBM 79/51 → 80/44 OP 7, trial 16a D3) gains
    // the next one no further on than the widest step it already shows, three sessions at most (session 16).
    if (!isNextSession(mention.shape, latest, mention.session) && !(mention.session > latest && mention.session - latest <= Math.min(widestStep(sessions), LIST_MOST_STEP))) return false;
  }
  const olderNumbers = numbersOf(older);
  const newerNumbers = [...numbersOf(newer)];
  for (const number of olderNumbers) {
    const same = newerNumbers.findIndex((other) => other.text.toLowerCase() === number.text.toLowerCase());
    if (same >= 0) {
      newerNumbers.splice(same, 1);
      continue;
    }
    const successor = newerNumbers.findIndex((other) => isRoutineNumberChange(number, other));
    if (successor < 0) return false;
    newerNumbers.splice(successor, 1);
  }
  // Dates added are the added references' or the meetings' they convened: none before the latest the list held.
  const latestDate = Math.max(-Infinity, ...olderNumbers.filter((number) => number.category === 'date' && number.value !== null).map((number) => number.value!));
  return newerNumbers.length <= added.length && newerNumbers.every((number) => number.category === 'date' && (number.value === null || number.value >= latestDate));
}

/** The widest pace a list of resolutions keeps: yearly, biennial or triennial. */
const LIST_MOST_STEP = 3;

/** The widest step between consecutive sessions of a list of references (one for a list of one). */
function widestStep(sessions: readonly number[]): number {
  const sorted = [...new Set(sessions)].sort((a, b) => a - b);
  let widest = 1;
  for (let k = 1; k < sorted.length; k++) widest = Math.max(widest, sorted[k] - sorted[k - 1]);
  return widest;
}

/**
 * The yearly update in its plainest form: the newer text adds a citation of the older text itself ("… and its resolution
 * 78/47 of 4 December 2023" in 79/54, whose previous version is 78/47), or of another resolution of the older text's
 * session ("…, 76/69 of 9 December 2021 and 78/129 of 18 December 2023" in 79/180, whose previous version is 78/214: the
 * list of recalled resolutions brought up to date), to a paragraph, and nothing else changes but a list's separators.
 * `olderResolution` is the older document's resolution number (`78/47`); returns the reason, or null.
 */
export function predecessorCitationReason(diff: readonly DiffPart[], olderResolution: string | undefined, olderParagraphs: readonly string[] = []): string | null {
  if (!olderResolution) return null;
  const session = /^(\d+)\//.exec(olderResolution)?.[1];
  if (!session) return null;
  const older = diff.filter((part) => part.op !== 'insert').map((part) => part.text).join('');
  const cited = diff.filter((part) => part.op !== 'delete').map((part) => part.text).join('');
  // The previous version may be cited with what it decided, in the words of its own decision: told again, not decided anew.
  const decision = ownDecisionCited(cited, olderResolution, olderParagraphs);
  const newer = decision === null ? cited : cited.replace(decision, '');
  const reason = citationOnlyReason(older, newer, session, olderResolution);
  return reason !== null && decision !== null ? `${reason}, with what it decided` : reason;
}

/**
 * The previous version's citation told with what it decided ("…, and 79/211 of 23 December 2024, in which it decided to
 * extend until 2030 the promotion of the United Nations Decade of Sustainable Energy for All," in 80/142, whose previous
 * version 79/211 "Decides to extend until 2030 the promotion of the United Nations Decade of Sustainable Energy for All"
 * in its OP 38; issue 23, seed 2001 #48): the clause from its comma to the text's end, when one of the older text's
 * paragraphs that decides holds its words after "decided"; null otherwise (a decision the older text did not take, or
 * said otherwise, is news).
 */
function ownDecisionCited(newer: string, olderResolution: string, olderParagraphs: readonly string[]): string | null {
  if (olderParagraphs.length === 0) return null;
  const clause = new RegExp(`(?<=\\b${olderResolution.replace('/', '\\/')}(?:\\s+of\\s+\\d{1,2}\\s+\\p{L}+\\s+\\d{4})?),\\s+in\\s+which\\s+it\\s+decided\\s+([^;]+?)(?=[,.;]?\\s*$)`, 'u').exec(newer);
  if (clause === null || clause[1].split(/\s+/).length < 4) return null;
  const decided = letters(clause[1]);
  return olderParagraphs.some((paragraph) => /^(?:(?:Also|Further)\s)?Decides\b/.test(paragraph.replace(/^\s*\d+\.\s*/, '')) && letters(paragraph).includes(decided)) ? clause[0] : null;
}

function citationOnlyReason(older: string, newer: string, session: string, olderResolution: string): string | null {
  // The citations of the older text's session that the newer text adds, each with its date, joined to the list by a
  // comma, "and" or "as well as" ("bearing in mind its resolutions 62/63 and 63/119{+, as well as its resolution
  // 79/116,+}", Criminal accountability 79/116 → 80/160 OP 15, trial 14a).
  const citation = new RegExp(`(?:\\s*(?:,|;|\\band\\b|\\bas\\s+well\\s+as\\b)\\s*)?(?:its\\s+|General\\s+Assembly\\s+)?(?:resolutions?\\s+|decisions?\\s+)?\\b(${session}/\\d+)\\b(?:\\s+of\\s+\\d{1,2}\\s+\\p{L}+\\s+\\d{4})?`, 'giu');
  // Several at once where the list skipped a session ("…, 77/120 and 77/121 of 12 December 2022 and 79/86 and 79/87 of
  // 4 December 2024" in 80/76, whose previous version is 79/87): all of the older text's session, so still the update.
  const cited = [...new Set([...newer.matchAll(citation)].map((match) => match[1]).filter((number) => !older.includes(number)))];
  if (cited.length === 0) return null;
  const without = newer.replace(citation, (whole, number: string) => (cited.includes(number) ? '' : whole));
  // Nothing else changed but a list's separators and the spaces around them (a text layer's "2020,76/69").
  const separators = (text: string): string => text.replace(/\s*(?:,|;|\band\b|\bas\s+well\s+as\b)\s*/g, '|').replace(/\s+/g, ' ').replace(/\|+/g, '|').trim();
  if (separators(without) !== separators(older)) return null;
  if (cited.length > 1) return `resolutions of the previous version's session cited: ${cited.join(', ')} added`;
  return cited[0] === olderResolution ? `the previous version cited: ${olderResolution} added` : `a resolution of the previous version's session cited: ${cited[0]} added`;
}


/** The opening of a paragraph that recalls resolutions by symbol (group 1: the formula up to "its"). */
const RECALLED_RESOLUTIONS_OPENING = /^((?:Recalling|Recalls|Reaffirming|Reaffirms)(?:\s(?:also|further))?\s(?:all\s)?its\s)resolutions?\s/;
/** One recalled resolution with its date: "58/203 of 23 December 2003" (group 1: the session). */
const RECALLED_RESOLUTION = /\b(\d{1,3})\/\d{1,4}(?:\s+of\s+\d{1,2}\s+\p{L}+\s+\d{4})?/gu;
/** The fewest resolutions a recalled list must name to be condensed into "its previous resolutions". */
const CONDENSED_LIST_ITEMS = 5;
/** The words that fold a list of resolutions into one mention. */
const PREVIOUS_RESOLUTIONS_WORDS = /(?:,\s*|\s)and\s(?:all\s)?its\s(?:previous|earlier|prior)\sresolutions\b/;

/**
 * A list of recalled resolutions condensed into "its previous resolutions" (external debt 79/197 → 80/123 PP 1, a desk
 * officer's reading, session 13): "Recalling its resolutions 58/203 of 23 December 2003, 59/223 of 22 December 2004, …
 * and 78/137 of 19 December 2023," → "Recalling its resolution 79/197 of 19 December 2024 and its previous resolutions
 * on external debt sustainability and development,". No resolution was un-recalled: the list is said in two words, and
 * the newer text cites its previous version, as each year's text does. The older paragraph is the opening
 * (`RECALLED_RESOLUTIONS_OPENING`) and a list of at least CONDENSED_LIST_ITEMS resolutions of the older text's session or
 * before, nothing else; the newer one is the same opening, resolutions of the older text's session only (none, or the
 * previous version), "and its previous resolutions" and at most "on" the document's title. A list that loses some
 * resolutions and keeps others by symbol, one that gains a resolution of another kind, or a paragraph that says more
 * (what the resolutions did, a stance on them) stays a finding. The reasons and the older list (its signals go with it),
 * or null.
 */
export function recalledListCondensed(before: string, after: string, olderResolution: string | undefined, title: string): { reasons: string[]; list: string } | null {
  const session = Number(/^(\d+)\//.exec(olderResolution ?? '')?.[1] ?? NaN);
  if (Number.isNaN(session)) return null;
  const [older, newer] = [RECALLED_RESOLUTIONS_OPENING.exec(before), RECALLED_RESOLUTIONS_OPENING.exec(after)];
  if (older === null || newer === null || older[1] !== newer[1]) return null;
  const list = before.slice(older[0].length);
  const items = [...list.matchAll(RECALLED_RESOLUTION)];
  if (items.length < CONDENSED_LIST_ITEMS || items.some((item) => Number(item[1]) > session)) return null;
  if (list.replace(RECALLED_RESOLUTION, ' ').replace(/,|\band\b|[.;\s]/g, '') !== '') return null;
  const body = after.slice(newer[0].length);
  const folded = PREVIOUS_RESOLUTIONS_WORDS.exec(body);
  if (folded === null) return null;
  const cited = [...body.slice(0, folded.index).matchAll(RECALLED_RESOLUTION)];
  if (cited.some((item) => Number(item[1]) !== session) || body.slice(0, folded.index).replace(RECALLED_RESOLUTION, ' ').replace(/,|\band\b|\s/g, '') !== '') return null;
  const tail = body.slice(folded.index + folded[0].length).replace(/[\s,.;]+$/, '').trim();
  if (tail !== '' && tail.toLowerCase() !== `on ${title.trim().toLowerCase()}`) return null;
  const [first, last] = [items[0][0].split(/\s/)[0], items[items.length - 1][0].split(/\s/)[0]];
  const reasons = [`a list of recalled resolutions condensed: ${first} … ${last} (${items.length}) → its previous resolutions`];
  if (cited.length > 0) reasons.push(`the previous version cited: ${cited.map((item) => item[0].split(/\s/)[0]).join(', ')}`);
  return { reasons, list };
}

/**
 * An opening that looks forward to an event, or decides to hold it ("Looking forward also to the …", "Looks forward to
 * the holding of", "Decides to convene"), and one that records it as held ("Welcoming the convening of", "Further
 * welcomes the convening of", "Takes note of the holding of", "Expressing appreciation for the convening of").
 */
const EXPECTED_OPENING = /^(?:(?:Also|Further)\s)?(?:Looking forward|Looks forward|[Dd]ecides to convene|[Dd]ecides to hold)(?:\s(?:also|further))?(?:\sto)?(?:\sthe(?:\ssuccessful)?\s(?:convening|holding)\sof)?\s/;
const HELD_OPENING = /^(?:(?:Also|Further)\s)?(?:Welcoming|[Ww]elcomes|Noting|[Nn]otes|Taking note of|[Tt]akes note of|Expressing appreciation for|[Ee]xpresses appreciation for|Recalling|[Rr]ecalls)(?:\s(?:also|further|with appreciation|with satisfaction))?(?:\sthe(?:\ssuccessful)?\s(?:convening|holding)\sof)?\s/;
/** A paragraph speaking of an event taking place: held, hosted, convened, or a summit's document adopted in its host city. */
const EVENT_TAKES_PLACE = /\b(?:held|hosted|convened|convening|holding|took place|to take place|adopted (?:in|at))\b/i;
/**
 * A paragraph placing what it records at an event named by its year or ordinal ("the statement made … at the 2024
 * Caribbean regional seminar"): the event took place, as `EVENT_TAKES_PLACE` says in words.
 */
const EVENT_AT_ITS_YEAR = /\bat the (?:\d{4}|\d{1,3}(?:st|nd|rd|th))\s(?:\p{Lu}[\p{L}-]*\s){0,4}(?:regional\s|annual\s)?(?:seminar|conference|meeting|summit|forum|session|congress|symposium|workshop)\b/u;
/**
 * The neutral openings of a paragraph that records an event: "Recalling (also)" what was said at the last edition, and
 * "Taking note of" / "Noting" what was said at the latest. A welcome turned into a note is a tone, and stays out.
 */
const RECALLED_OPENING = /^Recalling(?:\s(?:also|further))?\s/;
const NOTED_OPENING = /^(?:Taking note(?:\s(?:also|further))? of|Noting(?:\s(?:also|further))?)\s/;
/** An event's theme as a paragraph gives it: it changes with each edition. */
const EVENT_THEME = /(?:,\s*)?\b(?:under the (?:overarching )?theme|on the theme|with the theme|which will focus on|focusing on)\s*[“"][^”"]*[”"]/gi;
/**
 * The words in which a paragraph says where and when an event takes place, and whether it is still to come: they move as
 * it goes from expected to held ("to be held in Nice" → "held in Nice", "co-hosted by … and held", "a high-level
 * meeting" → "meetings").
 */
const EVENT_STATUS_WORDS = new Set([
  'the', 'a', 'an', 'to', 'be', 'will', 'was', 'were', 'has', 'been', 'held', 'hosted', 'co', 'convened', 'convening', 'holding', 'successful',
  'successfully', 'take', 'took', 'place', 'in', 'at', 'on', 'from', 'and', 'of', 'by', 'its', 'also', 'further',
]);
/**
 * A lowercase particle inside a place's name, between two capitalized words ("Dar es Salaam", "Rio de Janeiro", "Port
 * of Spain" aside: "of" is a status word anyway), read as part of the name (issue 23, round 14B: Oceans 78/69 → 79/144
 * OP 142 → OP 134, the Djibouti Code of Conduct's meetings moved on from Jeddah to Cape Town and Dar es Salaam).
 */
const NAME_PARTICLE = /(?<=\p{Lu}[\p{L}\u2019'-]*\s)(?:es|de|da|do|dos|das|del|di|du|la|le|el|al)(?=\s\p{Lu})/gu;
/** Number categories that place an event in time: they move on with each edition. */
const EVENT_TIME = new Set(['date', 'year', 'ordinal', 'session']);

/**
 * An event followed to its next step or edition in a paragraph that records it (issue 23, round 5): the opening the same
 * and recording events, or gone from looking forward to it to welcoming it as held (`EXPECTED_OPENING` →
 * `HELD_OPENING`); the paragraph says where and when it takes place (`EVENT_TAKES_PLACE`); its dates, years and ordinals
 * later (at least one moved on, none earlier), every other figure and reference the same; and, those masked and its theme
 * set aside, every word added or dropped is a name (capitalized: a place, a host), a word of its status
 * (`EVENT_STATUS_WORDS`), or a plural of a word on the other side. The reasons, or null.
 */
function eventMovedOnReasons(before: string, after: string, lexicons: Lexicons | undefined): string[] | null {
  if (!EVENT_TAKES_PLACE.test(after) && !EVENT_AT_ITS_YEAR.test(after)) return null;
  const expected = EXPECTED_OPENING.exec(before);
  const held = HELD_OPENING.exec(after);
  let older = before;
  let newer = after;
  let step: string;
  if (expected && held) {
    older = before.slice(expected[0].length);
    newer = after.slice(held[0].length);
    step = `${expected[0].trim()} → ${held[0].trim()}`;
  } else if (RECALLED_OPENING.test(before) && NOTED_OPENING.test(after)) {
    // The older text recalled what was said at one edition, the newer takes note of what was said at a later one.
    const [recalled, noted] = [RECALLED_OPENING.exec(before)?.[0] ?? '', NOTED_OPENING.exec(after)?.[0] ?? ''];
    older = before.slice(recalled.length);
    newer = after.slice(noted.length);
    step = `a later edition taken note of where the last was recalled: ${recalled.trim()} → ${noted.trim()}`;
  } else {
    const opening = (text: string): string => text.split(/\s+/).slice(0, 2).join(' ').toLowerCase();
    const records = (text: string): boolean => RECORDS_EVENTS.test(text) || /^(?:(?:Also|Further)\s)?(?:Looking forward|Looks forward)\b/.test(text);
    if (opening(before) !== opening(after) || !records(before) || !records(after)) return null;
    step = 'its next edition recorded';
  }
  const themeless = (text: string): string => text.replace(EVENT_THEME, ' ');
  older = themeless(older);
  newer = themeless(newer);
  const olderItems = items(older, lexicons);
  const newerItems = items(newer, lexicons);
  // Every figure and reference the same, in any order; the event's time may move, only on.
  const fixed = (found: readonly Item[]): string =>
    found.filter((item) => !(item.kind === 'number' && EVENT_TIME.has(item.mention.category))).map((item) => (item.kind === 'reference' ? item.mention.key : item.mention.text.toLowerCase())).sort().join('\n');
  if (fixed(olderItems) !== fixed(newerItems)) return null;
  const yearOf = (mention: NumberMention): number | null =>
    mention.value === null ? null : mention.category === 'year' ? mention.value : mention.category === 'date' ? Math.floor(mention.value / 10000) || null : null;
  const times = (found: readonly Item[], pick: (mention: NumberMention) => number | null): number[] =>
    found.flatMap((item) => (item.kind === 'number' && EVENT_TIME.has(item.mention.category) ? [pick(item.mention)] : [])).filter((value): value is number => value !== null);
  const editionOf = (mention: NumberMention): number | null => (mention.category === 'ordinal' || mention.category === 'session' ? mention.value : null);
  const latest = (values: number[]): number => (values.length > 0 ? Math.max(...values) : -Infinity);
  const [olderYear, newerYear] = [latest(times(olderItems, yearOf)), latest(times(newerItems, yearOf))];
  const [olderEdition, newerEdition] = [latest(times(olderItems, editionOf)), latest(times(newerItems, editionOf))];
  if (newerYear < olderYear || newerEdition < olderEdition) return null;
  // A year newly named is never before the latest the older text named; an edition added to a list is the next one.
  const olderYears = new Set(times(olderItems, yearOf));
  if (times(newerItems, yearOf).some((year) => !olderYears.has(year) && year < olderYear)) return null;
  const [olderEditions, newerEditions] = [times(olderItems, editionOf), times(newerItems, editionOf)];
  if (olderEditions.length > 0 && newerEditions.length > olderEditions.length && newerEditions.some((edition) => !olderEditions.includes(edition) && edition > olderEdition + 1)) return null;
  // The same opening: the event recorded must be a later one. An opening moved on from expecting to welcoming speaks of
  // the same event, its dates kept ("from 4 to 6 November 2025" on both sides).
  if (!(expected && held) && !(newerYear > olderYear || newerEdition > olderEdition)) return null;
  // The words, the event's time masked: what was added or dropped must say only where, by whom and whether it is held.
  const words = (text: string, found: readonly Item[]): string[] => {
    let out = '';
    let at = 0;
    for (const item of found) {
      out += `${text.slice(at, item.start)} ${item.kind === 'number' && EVENT_TIME.has(item.mention.category) ? '' : ` \u0001${at}\u0001 `} `;
      at = item.end;
    }
    out += text.slice(at);
    // A place's lowercase particle is part of its name ("Dar es Salaam", "Rio de Janeiro"): read with the name.
    return out.replace(NAME_PARTICLE, '').split(/[^\p{L}\p{N}\u2019'\u0001]+/u).filter(Boolean);
  };
  const singular = (word: string): string => (/^\p{Ll}/u.test(word) && word.length > 3 ? word.replace(/s$/, '') : word);
  const counts = (list: string[]): Map<string, number> => {
    const out = new Map<string, number>();
    for (const word of list) if (!word.includes('\u0001')) out.set(singular(word), (out.get(singular(word)) ?? 0) + 1);
    return out;
  };
  const [olderCounts, newerCounts] = [counts(words(older, olderItems)), counts(words(newer, newerItems))];
  const changed: string[] = [];
  for (const word of new Set([...olderCounts.keys(), ...newerCounts.keys()])) {
    if ((olderCounts.get(word) ?? 0) === (newerCounts.get(word) ?? 0)) continue;
    if (/^\p{Lu}/u.test(word)) continue;
    if (EVENT_STATUS_WORDS.has(word.toLowerCase())) continue;
    changed.push(word);
  }
  if (changed.length > 0) return null;
  return [`an event moved on: ${step} (its dates, places and editions)`];
}

/** What follows a year that names a body's session: "its 2024 session", "the 2025 substantive session". */
const SESSION_AFTER_YEAR = /^\s+(?:regular\s|substantive\s|annual\s|organizational\s)?sessions?\b/;
/** What precedes a year that names a body's session: "the Special Committee at its session in 2024" (round 14B). */
const SESSION_BEFORE_YEAR = /\b(?:its|the|a) (?:regular |substantive |annual |organizational )?session (?:in|of)\s$/;

/** A year naming a body's session, later in the newer text (a year or two on): the reason, or null. */
function bodySessionMovedOn(a: Item, b: Item, olderText: string, newerText: string): string | null {
  if (a.kind !== 'number' || b.kind !== 'number' || a.mention.category !== 'year' || b.mention.category !== 'year') return null;
  if (a.mention.value === null || b.mention.value === null || b.mention.value <= a.mention.value || b.mention.value - a.mention.value > 2) return null;
  const names = (text: string, item: Item): boolean => SESSION_AFTER_YEAR.test(text.slice(item.end)) || SESSION_BEFORE_YEAR.test(text.slice(Math.max(0, item.start - 40), item.start));
  if (!names(olderText, a) || !names(newerText, b)) return null;
  // Two years on in a paragraph that decides is the decision's to say ("Decides to consider the question at its session
  // in [-2025-]{+2027+}": the item skips a year; the session 10 review); the yearly step stays routine there.
  if (b.mention.value - a.mention.value > 1 && /^(?:(?:Also|Further)\s)?Decides\b/.test(newerText.trim())) return null;
  return `a body's session moved on: ${a.mention.text} → ${b.mention.text} session`;
}

/** The ordinals of a list of sessions ("sixty-third, sixty-fourth and sixty-fifth sessions"), in order; null when a word is none. */
function sessionListValues(text: string): number[] | null {
  const words = text.replace(/\s(?:plenary\s)?(?:sessions?|meetings?)$/i, '').split(/,\s*(?:and\s)?|\sand\s/).map((word) => word.trim());
  const values = words.map((word) => ordinalValue(word));
  return values.every((value): value is number => value !== null) ? values : null;
}

/**
 * A body's block of sessions, the next block (issue 23, round 14B): a body meeting several times a year has its year's
 * sessions approved together, and the next year's text approves the next ones ("the [-sixty-third, sixty-fourth and
 * sixty-fifth-]{+sixty-sixth, sixty-seventh and sixty-eighth+} sessions of the Commission", the Continental Shelf
 * Commission's calendar in Oceans 79/144 → 80/110 OP 101 → OP 95). Both lists of two or more consecutive sessions, as
 * many on each side, the newer's first the one after the older's last, and the paragraph's calendar a year on (a year or
 * dated session of it moved on: `yearMovedOn`), so the block is a year's. A block skipped, grown or shrunk is negotiated
 * (more or fewer sessions a year is a decision), as is a list of the Assembly's own sessions with no year moved on (an
 * item put two sessions on). The reason, or null.
 */
function sessionBlockMovedOn(a: Item, b: Item, yearMovedOn: boolean): string | null {
  if (!yearMovedOn) return null;
  if (a.kind !== 'number' || b.kind !== 'number' || a.mention.category !== 'session' || b.mention.category !== 'session') return null;
  const [older, newer] = [sessionListValues(a.mention.text), sessionListValues(b.mention.text)];
  if (older === null || newer === null || older.length < 2 || older.length !== newer.length) return null;
  const consecutive = (values: number[]): boolean => values.every((value, at) => at === 0 || value === values[at - 1] + 1);
  if (!consecutive(older) || !consecutive(newer) || newer[0] !== older[older.length - 1] + 1) return null;
  return `a body's sessions, the next block: ${a.mention.text} → ${b.mention.text}`;
}

/** The theme of a yearly event named by its year: "the theme for the 2024 World Maritime Day, “Navigating the future”". */
const YEARLY_THEME = /\btheme (?:for|of) the ((?:19|20)\d\d) ((?:\p{Lu}[\p{L}\u2019'-]*\s){1,6}?(?:Day|Week|Year|Decade|Forum|Summit)),?\s*[“"]([^”"]*)[”"]/u;

/**
 * A yearly event's theme, the next year's, in a paragraph that only notes or recalls it (issue 23, round 9C): the theme
 * is the organizer's, given each year, and the Assembly says nothing of it but that it notes it. The event's name the
 * same, its year one on, the rest of the paragraph the same letter for letter; never in a paragraph that welcomes,
 * calls or decides (a theme the Assembly chooses or endorses is negotiated). The reasons, or null.
 */
function yearlyThemeReasons(before: string, after: string): string[] | null {
  const [older, newer] = [YEARLY_THEME.exec(before), YEARLY_THEME.exec(after)];
  if (!older || !newer || older[2] !== newer[2] || Number(newer[1]) !== Number(older[1]) + 1 || older[3] === newer[3]) return null;
  if (!CITES_ONLY.test(before) || !CITES_ONLY.test(after) || CALLS.test(after) || CALLS.test(before)) return null;
  const rest = (text: string, found: RegExpExecArray): string => letters(text.slice(0, found.index) + text.slice(found.index + found[0].length));
  if (rest(before, older) !== rest(after, newer)) return null;
  return [`a yearly event's theme, the next year's: ${older[1]} → ${newer[1]} ${newer[2]}, “${newer[3]}”`];
}

/**
 * The theme of a session looked forward to, as the paragraph describes it: ", which will have as (a) priority theme(s)
 * “…” (and “…”)", "which will focus on the theme “…”".
 */
const NEXT_SESSION_THEME = /,?\s*which will (?:have as|focus on|be held under|consider) (?:a |its |the )?(?:priority |special |overarching |main )?themes? (“[^”]*”(?:(?:,\s*|,?\s*and\s*)“[^”]*”)*)/u;
/** A paragraph looking forward to what the theme is of: the words before the theme. */
const LOOKS_FORWARD = /\blook(?:ing|s) forward to\b/i;

/**
 * The next session's theme in a paragraph that records one session held and looks forward to the next (issue 23, round
 * 14B): the theme of a functional commission's session is set by the commission or the Economic and Social Council, and
 * the Assembly only describes the session it looks forward to ("looking forward to the [-twenty-eighth-]{+twenty-ninth+}
 * session, which will have as {+a +}priority [-themes “Diversifying economies …” and “Technology foresight …”-]{+theme
 * “Science, technology and innovation in the age of artificial intelligence”+}", the CSTD in ICT for development 79/194 →
 * 80/118 PP 20 → PP 21). The theme follows "looking forward to" in a paragraph that calls, decides or requests nothing
 * (`CALLS`); with the themes set aside, the rest is the yearly succession (its sessions moved on) and not the same letter
 * for letter. A theme the Assembly decides, or one that changes for the same session, stays negotiated. The reasons, or null.
 */
function nextSessionThemeReasons(before: string, after: string, lexicons: Lexicons | undefined): string[] | null {
  const [older, newer] = [NEXT_SESSION_THEME.exec(before), NEXT_SESSION_THEME.exec(after)];
  if (!older || !newer || letters(older[1]) === letters(newer[1])) return null;
  if (!LOOKS_FORWARD.test(before.slice(0, older.index)) || !LOOKS_FORWARD.test(after.slice(0, newer.index))) return null;
  if (CALLS.test(before) || CALLS.test(after)) return null;
  const without = (text: string, found: RegExpExecArray): string => text.slice(0, found.index) + text.slice(found.index + found[0].length);
  const [olderRest, newerRest] = [without(before, older), without(after, newer)];
  if (letters(olderRest) === letters(newerRest)) return null;
  const rest = successionReasons(olderRest, newerRest, lexicons);
  if (!rest.some((reason) => /\bsession\b/.test(reason))) return null;
  return [...rest, `the next session's theme, as its body set it: ${older[1]} → ${newer[1]}`];
}

/**
 * The items a body's session deliberated on, as a paragraph that notes the session gives them: ", at which policy
 * priorities for … were items for deliberation" (the words between "at which" and the verb: the items).
 */
const SESSION_AGENDA = /,?\s*at which ([^;]{3,400}?) (?:were|are|was|is|will be) (?:the )?(?:items?|topics?|themes?|subjects?) (?:for|of) (?:deliberation|discussion)\b/u;
/** A session noted or recalled right before its agenda: "notes its seventh session, held in November 2023". */
const SESSION_NOTED = /\b(?:not(?:es|ing)|recall(?:s|ing)|tak(?:es|ing) note of)\s(?:(?:its|the)\s)?[^,;]{0,80}?\bsession\b[^;:]{0,80}$/i;

/**
 * The agenda of a body's session, in a paragraph that notes the session and moves on to the next one (redline #23,
 * session 15): "notes its [-seventh-]{+eighth+} session, held in November [-2023-]{+2024+}, at which policy priorities for
 * [-financing for development, in particular delivering development finance … environmentally sound industrialization,
 * were-]{+addressing the high cost of development financing to achieve the 2030 Agenda are+} items for deliberation"
 * (External debt 78/137 → 79/197 OP 39, the Intergovernmental Group of Experts on Financing for Development of UNCTAD):
 * the body sets its own session's agenda, and the Assembly only records it beside the session. Only where the agenda
 * follows a session noted or recalled (`SESSION_NOTED`), and with the agendas set aside the rest is the yearly succession
 * (its session moved on) and not the same letter for letter; a paragraph that decides the items ("Decides that the
 * items for deliberation at its eighth session shall be …"), or a session's agenda changed while its session stays, is
 * negotiated. The reasons, or null.
 */
function sessionAgendaReasons(before: string, after: string, lexicons: Lexicons | undefined): string[] | null {
  const [older, newer] = [SESSION_AGENDA.exec(before), SESSION_AGENDA.exec(after)];
  if (!older || !newer || letters(older[1]) === letters(newer[1])) return null;
  if (!SESSION_NOTED.test(before.slice(0, older.index)) || !SESSION_NOTED.test(after.slice(0, newer.index))) return null;
  const without = (text: string, found: RegExpExecArray): string => text.slice(0, found.index) + text.slice(found.index + found[0].length);
  const [olderRest, newerRest] = [without(before, older), without(after, newer)];
  if (letters(olderRest) === letters(newerRest)) return null;
  const rest = successionReasons(olderRest, newerRest, lexicons);
  if (!rest.some((reason) => /\bsession\b/.test(reason))) return null;
  const items = (found: RegExpExecArray): string => found[1].replace(/[\s,]+$/, '').trim();
  return [...rest, `the items of a body's session, as the body set them: ${items(older)} → ${items(newer)}`];
}

/** A paragraph that recalls or takes note, its whole stance: no welcome, call or decision in it. */
const CITES_ONLY = /^(?:(?:Also|Further)\s)?(?:Recalling|Recalls|Taking note|Takes note|Noting|Notes|Bearing in mind)\b/;

/**
 * A resolution of a body that numbers them by year (`2023/34`, shape `resolution #/n (year)`), replaced by one of the
 * same body two years on, in a paragraph that only recalls or takes note (`CITES_ONLY`, no calling verb) and whose
 * other citation moved to its successor (`othersSucceeded`: "Recalling its resolution [-78/170-]{+79/229+}, and taking
 * note of Economic and Social Council resolution [-2023/34-]{+2025/33+}"): the paragraph brought up to date, citing that
 * body's latest resolution on the topic, adopted yearly or every other year (as `isNextSession` allows the Human Rights
 * Council two years). Alone, a resolution two years on may be another text (it stays negotiated); never more than two
 * years, never back, never in a paragraph that asks or welcomes.
 */
function latestYearNumbered(a: Item, b: Item, before: string, after: string, othersSucceeded: boolean): string | null {
  if (!othersSucceeded || a.kind !== 'reference' || b.kind !== 'reference' || a.mention.shape !== b.mention.shape || !a.mention.shape?.endsWith('(year)')) return null;
  const [older, newer] = [a.mention.session, b.mention.session];
  if (older === null || newer === null || newer <= older || newer - older > 2) return null;
  if (!CITES_ONLY.test(before) || !CITES_ONLY.test(after) || CALLS.test(after)) return null;
  return `a body's latest resolution cited: ${a.mention.text} → ${b.mention.text}`;
}

/** A deadline of the yearly cycle (`isYearlyDeadlineMove`): the reason, or null. */
function yearlyDeadline(a: Item, b: Item): string | null {
  if (a.kind !== 'number' || b.kind !== 'number' || !isYearlyDeadlineMove(a.mention, b.mention)) return null;
  return `a yearly deadline moved with the session: ${a.mention.text} → ${b.mention.text}`;
}

/** The words that name a term ("for the period", "biennium", "term of office") right before its years. */
const TERM_BEFORE = /\b(?:period|biennium|term|term of office)\s$/i;
/** A paragraph that decides, proclaims, asks or calls: a new term there (a second decade, a mandate extended) is a decision. */
const DECIDES_SOMETHING = /^(?:(?:Also|Further)\s)?(?:Decides|Proclaims|Declares|Requests|Urges|Calls|Encourages|Invites|Extends|Renews|Approves|Endorses)\b/i;

/**
 * A term written as a period of years ("for the period 2024–2025") succeeded by the next one of the same length, which
 * starts the year after it ended (2026–2027), in a paragraph that decides nothing: the reason, else null. An overlapping
 * or longer period, or one with no word naming a term before it (a decade's name), is negotiated.
 */
function nextTerm(a: Item, b: Item, olderText: string, newerText: string): string | null {
  if (a.kind !== 'number' || b.kind !== 'number' || a.mention.category !== 'period' || b.mention.category !== 'period') return null;
  if (DECIDES_SOMETHING.test(newerText) || !TERM_BEFORE.test(olderText.slice(Math.max(0, a.start - 30), a.start))) return null;
  const years = (text: string): [number, number] | null => {
    const found = /^((?:19|20)\d\d)\s?[\u2013\u2014-]\s?((?:19|20)\d\d)$/.exec(text.trim());
    return found ? [Number(found[1]), Number(found[2])] : null;
  };
  const [from, to] = [years(a.mention.text), years(b.mention.text)];
  if (from === null || to === null) return null;
  return to[0] === from[1] + 1 && to[1] - to[0] === from[1] - from[0] ? `the next term: ${a.mention.text} → ${b.mention.text}` : null;
}

/**
 * A date without its year (day and month, `value` mmdd) whose year is the one named before it: when that year moved on by
 * one at the same place and the date is the same window of the next year (350 to 380 days on), the reason, else null. A
 * date moved by weeks or months, or one whose year stayed, is a negotiated change of dates.
 */
function yearlessDateMovedOn(older: readonly Item[], newer: readonly Item[], k: number): string | null {
  const [a, b] = [older[k], newer[k]];
  if (a.kind !== 'number' || b.kind !== 'number' || a.mention.category !== 'date' || b.mention.category !== 'date') return null;
  const [olderDay, newerDay] = [a.mention.value, b.mention.value];
  if (olderDay === null || newerDay === null || olderDay >= 10000 || newerDay >= 10000 || olderDay % 100 === 0 || newerDay % 100 === 0) return null;
  let j = k - 1;
  while (j >= 0 && !(older[j].kind === 'number' && (older[j].mention as NumberMention).category === 'year')) j--;
  if (j < 0) return null;
  const [olderYear, newerYear] = [older[j], newer[j]];
  if (olderYear.kind !== 'number' || newerYear.kind !== 'number' || newerYear.mention.category !== 'year') return null;
  if (olderYear.mention.value === null || newerYear.mention.value !== olderYear.mention.value + 1) return null;
  const days = daysBetween(olderYear.mention.value * 10000 + olderDay, newerYear.mention.value * 10000 + newerDay);
  return days >= 350 && days <= 380 ? `the same dates in the next year: ${a.mention.text} → ${b.mention.text}` : null;
}

/** Words that state a count as the present one: "currently consists of", "now comprises", "currently has". */
const CURRENT_COUNT = /\b(?:currently|now|at present)\s(?:consists? of|comprises?|has|have|numbers?|stands? at)\s$/;

/** A plain figure stated as the present count, refreshed: the reason, or null. */
function currentCountRefreshed(a: Item, b: Item, olderText: string, newerText: string): string | null {
  if (a.kind !== 'number' || b.kind !== 'number' || a.mention.category !== 'figure' || b.mention.category !== 'figure') return null;
  if (!CURRENT_COUNT.test(olderText.slice(Math.max(0, a.start - 40), a.start)) || !CURRENT_COUNT.test(newerText.slice(Math.max(0, b.start - 40), b.start))) return null;
  return `a present count refreshed: ${a.mention.text} → ${b.mention.text}`;
}

const ORDINAL_UNITS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};
const ORDINAL_TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** The value of an ordinal word ("first", "twenty-seventh", "51st"), or null when the word is none. */
function ordinalValue(word: string): number | null {
  const known = ordinalValues.get(word);
  if (known !== undefined) return known;
  const value = readOrdinalValue(word);
  if (ordinalValues.size >= ORDINAL_VALUES_KEPT) ordinalValues.clear();
  ordinalValues.set(word, value);
  return value;
}

/**
 * `ordinalValue` of the words last read: it is asked of every word of a paragraph, for each variant of the paragraph the
 * routine rules try (`editionTimes`, `onlyEventPlacing`), so of the same few thousand words again and again (issue 21
 * session 12). The value is the word's alone.
 */
const ordinalValues = new Map<string, number | null>();
const ORDINAL_VALUES_KEPT = 20_000;

function readOrdinalValue(word: string): number | null {
  const lower = word.toLowerCase();
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(lower);
  if (digits) return Number(digits[1]);
  if (lower in ORDINAL_UNITS) return ORDINAL_UNITS[lower];
  const compound = /^([a-z]+)[-\u2010\u2011]([a-z]+)$/.exec(lower);
  if (compound && compound[1] in ORDINAL_TENS && compound[2] in ORDINAL_UNITS && ORDINAL_UNITS[compound[2]] < 10) return ORDINAL_TENS[compound[1]] + ORDINAL_UNITS[compound[2]];
  return null;
}

/**
 * The lower-case words in which a clause says where, when and whether an event takes place, besides its names, dates and
 * ordinals: `EVENT_STATUS_WORDS`, and the words that move it from looked forward to ("noting", "looking forward to", "to
 * be held in the city of") to held, or name the edition ("the fifty-first and the fifty-second sessions", "respectively").
 */
const EVENT_EDITION_WORDS = new Set([...EVENT_STATUS_WORDS, 'noting', 'looking', 'forward', 'city', 'session', 'sessions', 'meeting', 'meetings', 'respectively', 'that']);
const MONTH_NAMES = new Set(MONTHS);
/** A clause that speaks of an event taking place (or to take place): held, hosted, convened, its holding or convening. */
const EVENT_CLAUSE = /\b(?:held|hosted|co-hosted|convened|convening|holding|took place|to take place)\b/i;
/** An event a clause may name. */
const EVENT_KIND = /\b(?:session|sessions|meeting|meetings|conference|summit|forum|congress|dialogue|seminar|symposium|workshop)\b/i;

/** One year and nothing else. */
const ONE_YEAR = /^\s*(?:19|20)\d\d\s*$/;

/** Stretches named in the reason of `eventEditionsMovedOn`; past them, "…". */
const EVENT_STRETCHES_SHOWN = 3;

/** The years a stretch names (a date's year, a year) and the ordinals it names. */
function editionTimes(text: string): { readonly years: readonly number[]; readonly editions: readonly number[] } {
  const known = recentEditionTimes.get(text);
  if (known) return known;
  const times = readEditionTimes(text);
  if (recentEditionTimes.size >= RECENT_TEXTS) recentEditionTimes.clear();
  recentEditionTimes.set(text, times);
  return times;
}

/**
 * `editionTimes` of the last texts read (frozen, as they are shared): the routine rules read a paragraph's years and
 * editions once for each variant of the other paragraph they try (issue 21 session 12).
 */
const recentEditionTimes = new Map<string, { readonly years: readonly number[]; readonly editions: readonly number[] }>();
const RECENT_TEXTS = 64;

function readEditionTimes(text: string): { readonly years: readonly number[]; readonly editions: readonly number[] } {
  const years = findNumbers(text).flatMap((mention) =>
    mention.value === null ? [] : mention.category === 'year' ? [mention.value] : mention.category === 'date' && mention.value >= 10000 ? [Math.floor(mention.value / 10000)] : [],
  );
  const editions = text.split(/[^\p{L}\p{N}\u2010\u2011-]+/u).flatMap((word) => {
    const value = ordinalValue(word);
    return value === null ? [] : [value];
  });
  return Object.freeze({ years: Object.freeze(years), editions: Object.freeze(editions) });
}

/**
 * True when one side of a stretch is made only of what places an event: names (a place, a host: any word with a capital),
 * figures and months (its dates), ordinal words (its edition) and `EVENT_EDITION_WORDS`.
 */
function onlyEventPlacing(side: string): boolean {
  return side
    .split(/[\s,;:()\u201c\u201d"]+/)
    .map((word) => word.replace(/\.$/, ''))
    .filter(Boolean)
    .every((word) => /\p{Lu}/u.test(word) || /^\d[\d,.]*$/.test(word) || MONTH_NAMES.has(word.toLowerCase()) || ordinalValue(word) !== null || EVENT_EDITION_WORDS.has(word.toLowerCase()));
}

/**
 * An event moved on inside a sentence that is otherwise kept (issue 23, round 9): the older text welcomed one edition of a
 * body's session, conference or summit and looked forward to the next; the newer welcomes that one as held, notes the one
 * after and looks forward to the next again ("Welcoming the convening of the [-twenty-seventh-]{+twenty-eighth+} session
 * of the Conference of the Parties …, held in [-Sharm el-Sheikh, Egypt, -]{+Dubai, United Arab Emirates, from 30 November
 * to 13 December 2023, noting the twenty-ninth session of the Conference of the Parties, held in Baku +}from …, and
 * looking forward to the [-twenty-eighth-]{+thirtieth+} session …, to be held in [-Dubai …-]{+the city of Belém, Brazil,
 * +}…"). Each changed stretch taken is one whose sides are made only of what places an event (`onlyEventPlacing`: its
 * names, dates, ordinals and the words of its status), in a clause that speaks of an event taking place (`EVENT_CLAUSE`,
 * `EVENT_KIND`) and whose nearest verb records or looks forward (welcomes, notes, recalls, looks forward to: never one
 * that decides, asks or calls, where a date moved is a negotiated postponement); a name new to the paragraph comes with a
 * date or an edition in its stretch, or right after "in", "at" or "by" (the place or host of the edition). Taken
 * together, the stretches move the event on (a later year or a later edition, none earlier). The older text with them
 * aged and the reason, or null; the rest of the paragraph must then be the same or routine.
 */
export function eventEditionsMovedOn(before: string, after: string): { before: string; reasons: string[] } | null {
  // Every stretch taken lies in a clause of the newer text that passes `EVENT_CLAUSE` and `EVENT_KIND`; a clause is cut
  // at ';' or ':' (neither a word character, so the patterns' \b read alike in it and in the whole text): a newer text
  // that fails either takes no stretch, and its word diff is not worth making (issue 21 session 18: most paragraphs the
  // routine rules try speak of no event; 174 ms of this rule's 3,000-paragraph profile was on them).
  if (!EVENT_CLAUSE.test(after) || !EVENT_KIND.test(after)) return null;
  return eventEditionsMovedOnByStretch(before, after);
}

/** `eventEditionsMovedOn` without its pre-test on the whole newer text (exported for the test that they agree). */
export function eventEditionsMovedOnByStretch(before: string, after: string): { before: string; reasons: string[] } | null {
  const chosen: Stretch[] = [];
  const olderYears: number[] = [];
  const newerYears: number[] = [];
  const olderEditions: number[] = [];
  const newerEditions: number[] = [];
  // What the two paragraphs name and number, read once a stretch passes the tests on its own words (issue 21 session 14).
  let paragraphs: { older: ReturnType<typeof editionTimes>; newer: ReturnType<typeof editionTimes>; olderNumbers: readonly NumberMention[]; newerNumbers: readonly NumberMention[] } | null = null;
  const read = () => (paragraphs ??= { older: editionTimes(before), newer: editionTimes(after), olderNumbers: findNumbers(before), newerNumbers: findNumbers(after) });
  for (const stretch of stretchesOf(before, after)) {
    // "looking forward to" the edition become "welcoming" or "noting" it once held.
    const held = /\blook(?:ing|s) forward to\b/i.test(stretch.deleted) ? stretch.inserted.replace(/\b(?:welcoming|welcomes|noting|notes)\b/gi, ' ') : stretch.inserted;
    if (!onlyEventPlacing(stretch.deleted) || !onlyEventPlacing(held)) continue;
    // A year for a year is the yearly succession, said as such by the rules after these.
    if (ONE_YEAR.test(stretch.deleted) && ONE_YEAR.test(stretch.inserted)) continue;
    // Its digits are dates, days and years, never a figure ("attended by 40 → 45 States" is a count).
    const counted = (mentions: readonly NumberMention[], from: number, to: number): boolean =>
      mentions.some((mention) => mention.start < to && mention.end > from && !EVENT_TIME.has(mention.category));
    const prefix = after.slice(0, stretch.newerStart);
    const clauseStart = Math.max(prefix.lastIndexOf(';'), prefix.lastIndexOf(':')) + 1;
    const tail = after.slice(stretch.newerStart);
    const clauseEnd = /[;:]/.exec(tail);
    const clause = after.slice(clauseStart, clauseEnd ? stretch.newerStart + clauseEnd.index : after.length);
    if (!EVENT_CLAUSE.test(clause) || !EVENT_KIND.test(clause)) continue;
    const head = prefix.slice(clauseStart);
    const olderHead = before.slice(0, stretch.olderStart);
    const recorded = Math.max(lastIndexOf(RECORDING_VERB, head), lastIndexOf(LOOKING_FORWARD, head));
    const olderRecorded = Math.max(lastIndexOf(RECORDING_VERB, olderHead), lastIndexOf(LOOKING_FORWARD, olderHead));
    if (recorded < 0 || lastIndexOf(CALLING_VERB, head) > recorded || olderRecorded < 0 || lastIndexOf(CALLING_VERB, olderHead) > olderRecorded) continue;
    // The paragraphs' numbers once the stretch's clause passed the tests on its words above (each test pure and each a
    // `continue`, so their order changes no answer; issue 21 session 16: most stretches fail those, and the numbers of
    // the variants `findOneChange` tries were read for nothing).
    const { older: olderParagraph, olderNumbers, newerNumbers } = read();
    if (counted(olderNumbers, stretch.olderStart, stretch.olderEnd) || counted(newerNumbers, stretch.newerStart, stretch.newerStart + stretch.inserted.length)) continue;
    const [older, newer] = [editionTimes(stretch.deleted), editionTimes(stretch.inserted)];
    // A year brought in is the latest edition's, never one before what the older text already named ("of 27 September
    // 2019" added to a resolution's number is no event moving on).
    const paragraphYear = olderParagraph.years.length > 0 ? Math.max(...olderParagraph.years) : -Infinity;
    if (newer.years.some((year) => year < paragraphYear)) continue;
    // An edition added where nothing was taken out is the next one ("and looking forward to the thirty-first session"
    // after the thirtieth), never one further on: "the second … and the third Meeting of States Parties" added after the
    // first records a meeting the older text, adopted after it, chose not to name, which may have been negotiated.
    const olderLatestEdition = olderParagraph.editions.length > 0 ? Math.max(...olderParagraph.editions) : 0;
    if (stretch.deleted.trim() === '' && newer.editions.some((edition) => edition > olderLatestEdition + 1)) continue;
    const timed = older.years.length + newer.years.length + older.editions.length + newer.editions.length > 0;
    const words = stretch.inserted.split(/[\s,;:()]+/);
    const firstNew = words.findIndex((word) => /\p{Lu}/u.test(word) && !MONTH_NAMES.has(word.toLowerCase()) && !before.includes(word));
    const placed = /\b(?:in|at|by)\s*$/.test(before.slice(0, stretch.olderStart)) || (firstNew > 0 && words.slice(0, firstNew).some((word) => /^(?:in|at|by)$/.test(word)));
    if (firstNew >= 0 && !timed && !placed) continue;
    chosen.push(stretch);
    olderYears.push(...older.years);
    newerYears.push(...newer.years);
    olderEditions.push(...older.editions);
    newerEditions.push(...newer.editions);
  }
  if (chosen.length === 0) return null;
  const latest = (values: readonly number[]): number => (values.length > 0 ? Math.max(...values) : -Infinity);
  const earliest = (values: readonly number[]): number => (values.length > 0 ? Math.min(...values) : Infinity);
  // On, never back: the latest year and edition later (or the same), none newly named before the older's earliest.
  if (latest(newerYears) < latest(olderYears) || latest(newerEditions) < latest(olderEditions)) return null;
  if (earliest(newerYears) < earliest(olderYears) && olderYears.length > 0) return null;
  // The paragraph as a whole names a later year or edition: its event moved on.
  const { older: olderParagraph, newer: newerParagraph } = read();
  if (!(latest(newerParagraph.years) > latest(olderParagraph.years) || latest(newerParagraph.editions) > latest(olderParagraph.editions))) return null;
  const shownStretches = chosen.slice(0, EVENT_STRETCHES_SHOWN).map(shown).join('; ') + (chosen.length > EVENT_STRETCHES_SHOWN ? '; …' : '');
  return { before: withStretchesAged(before, chosen), reasons: [`an event moved on, its edition, dates and places: ${shownStretches}`] };
}

/** An opening that decides to convene an event: "Decides to convene a joint half-day panel discussion …". */
const DECIDES_TO_CONVENE = /^(?:(?:Also|Further)\s)?[Dd]ecides to (?:convene|hold)\s(?:an?|the)\s/;
/** An opening that welcomes or notes the event as convened: "Welcomes the convening of a joint half-day panel …". */
const WELCOMES_CONVENED = /^(?:(?:Also|Further)\s)?(?:[Ww]elcomes|Welcoming|[Nn]otes|Noting|[Tt]akes note of|Taking note of)(?:\s(?:also|further|with appreciation|with satisfaction))?\sthe\s(?:convening|holding)\sof\s(?:an?|the)\s/;
/** The decision's clause that puts the event on the agenda of a session: it goes with the decision once carried out. */
const ON_THE_AGENDA = /,?\s*and to include in the provisional agenda of its [\p{L}-]+ session\b[^;]*(?=[;.]?$)/u;
/** The purpose of an event, as decided ("to address") and as held ("that addressed"). */
const EVENT_PURPOSE = /\b(?:to|that|which) (\p{L}+)/u;

/**
 * A recurring event's cycle (issue 23, round 9): a text decides to convene an event and puts it on the agenda of its
 * next session; a year on it welcomes the convening of the same event ("[-Decides to convene-]{+Welcomes the convening
 * of+} a joint half-day panel discussion of the First and Fourth Committees [-to address-]{+that addressed+} possible
 * challenges to space security …[-, and to include in the provisional agenda of its seventy-ninth session … a
 * sub-item …-]"). The event named the same word for word, its purpose the same verb decided or done, and the agenda
 * clause the only other edit: the decision carried out. The other way round (round 10), a welcome followed by a decision
 * to convene the event again, is a fresh decision the Assembly negotiates, unless the older text itself decided it (then
 * the decision is restated in the same terms, and aligned with the older decision, not with the welcome). Another event,
 * another purpose or any other edit stays negotiated. The reason, or null.
 */
function eventCycleReasons(before: string, after: string): string[] | null {
  const decision = DECIDES_TO_CONVENE.exec(before);
  const welcome = WELCOMES_CONVENED.exec(after);
  if (!decision || !welcome) return null;
  const decidedEvent = before.slice(decision[0].length).replace(ON_THE_AGENDA, '');
  const heldEvent = after.slice(welcome[0].length);
  if (ON_THE_AGENDA.test(heldEvent)) return null;
  const [decidedPurpose, heldPurpose] = [EVENT_PURPOSE.exec(decidedEvent), EVENT_PURPOSE.exec(heldEvent)];
  if (!decidedPurpose || !heldPurpose || decidedPurpose[1].slice(0, 5).toLowerCase() !== heldPurpose[1].slice(0, 5).toLowerCase()) return null;
  const bare = (text: string, purpose: RegExpExecArray): string => letters(text.slice(0, purpose.index) + text.slice(purpose.index + purpose[0].length));
  if (bare(decidedEvent, decidedPurpose) !== bare(heldEvent, heldPurpose)) return null;
  return ['an event decided, since convened: its decision and agenda clause carried out'];
}

/** Lowercase words a dropped example of a past event may hold besides names, dates and editions: "as well as other efforts and country-led initiatives such as the first Forum … in Bishkek on 23 November 2023, organized in cooperation with …". */
const EVENT_EXAMPLE_WORDS = new Set([
  'as', 'well', 'other', 'efforts', 'initiatives', 'country-led', 'such', 'the', 'a', 'an', 'of', 'on', 'in', 'at', 'for', 'from', 'to', 'and', 'by', 'with',
  'organized', 'co-organized', 'hosted', 'co-hosted', 'held', 'convened', 'cooperation', 'including', 'its', 'their',
]);

/**
 * A past one-off event no longer given as an example (issue 23, round 11E): a clause that records one edition of an
 * event and, beside it, "other efforts … such as the first Forum on School Feeding … in Bishkek on 23 November 2023,
 * organized in cooperation with the World Food Programme", a year on records the next edition and drops the example.
 * The stretch dropped, nothing in its place, names an event (`EVENT_KIND`) on a full date, every year it names before
 * the newer paragraph's latest; its lowercase words only those of an example (`EVENT_EXAMPLE_WORDS`), no figure, no
 * call; the clause's verb, before it, one that records. The older text with it dropped, or null.
 */
function pastEventExampleDropped(before: string, after: string): { before: string; reasons: string[] } | null {
  const cuts: Array<{ from: number; to: number }> = [];
  const reasons: string[] = [];
  // The newer paragraph's latest year, read once a stretch drops an example on a full date (issue 21 session 14).
  let newerLatest: number | null = null;
  for (const stretch of stretchesOf(before, after)) {
    // Dropped alone, or after the edition's own dates replaced ("19 [-October 2023, as well as … -]{+September 2025+}"):
    // then only the example, from its ", as well as" on, is cut here; the dates are the edition's, moved on after.
    const cut = stretch.inserted.trim() === '' ? 0 : stretch.deleted.search(/,\s*(?:as well as|including)\b/);
    if (cut < 0) continue;
    const example = stretch.deleted.slice(cut);
    if (!EVENT_KIND.test(example) || CALLS.test(example)) continue;
    const head = before.slice(0, stretch.olderStart);
    const recorded = lastIndexOf(RECORDING_VERB, head);
    if (recorded < 0 || lastIndexOf(CALLING_VERB, head) > recorded) continue;
    const numbers = findNumbers(example);
    const dates = numbers.filter((mention) => mention.category === 'date' && mention.value !== null && mention.value >= 10000);
    if (dates.length === 0 || numbers.some((mention) => !EVENT_TIME.has(mention.category))) continue;
    newerLatest ??= Math.max(-Infinity, ...editionTimes(after).years);
    const latestYear = newerLatest;
    if (editionTimes(example).years.some((year) => year >= latestYear)) continue;
    const words = example.split(/[^\p{L}\u2019'-]+/u).filter((word) => /^\p{Ll}/u.test(word) && !MONTHS.includes(word) && ordinalValue(word) === null);
    if (words.some((word) => !EVENT_EXAMPLE_WORDS.has(word))) continue;
    cuts.push({ from: stretch.olderStart + cut, to: stretch.olderEnd });
    reasons.push(`a past event no longer given as an example: ${dates.map((mention) => mention.text).join(', ')}`);
  }
  if (cuts.length === 0) return null;
  let aged = '';
  let at = 0;
  for (const { from, to } of cuts) {
    aged += before.slice(at, from);
    at = to;
  }
  return { before: aged + before.slice(at), reasons };
}

/** A closing clause that says what a body will do: "and notes that the Committee will further consult on …". */
const WILL_CLAUSE = /^(?:and\s)?(?:notes|noting|takes note|taking note)(?:\s(?:also|further|with (?:appreciation|satisfaction)))?\s(?:of\s)?that\s[^;]*?\bwill\b/i;
/** A closing clause that records: "and welcomes the establishment of …". */
const RECORDED_CLAUSE = /^(?:and\s)?(?:welcom(?:es|ing)|notes|noting|takes note of|taking note of)(?:\s(?:also|further|with (?:appreciation|satisfaction)))?\s/i;
/** Words of a step taken, which the clause that foresaw it may not have used ("establishment", "endorsement"). */
const STEP_WORDS = new Set(['establishment', 'endorsement', 'adoption', 'approval', 'completion', 'finalization', 'launch', 'holding', 'convening', 'inauguration']);

/**
 * What a body was to do, since done (issue 23, round 11E): "…, and notes that the Committee will further consult on the
 * bureau and workplan of the Action Team for endorsement by the Committee at its sixty-eighth session, in 2025" → "…,
 * and welcomes the establishment of the Bureau and the endorsement of the workplan of the Action Team". The paragraph
 * the same up to its last clause (after ", and"); the older clause notes what "will" be done, at a session or in a year;
 * the newer only records (welcomes, notes), no call, no "will", every word of substance in it (four letters or more,
 * save the words of a step taken, `STEP_WORDS`) already in the older clause. The reason, or null.
 */
function expectedStepRecorded(before: string, after: string): string[] | null {
  const cut = (text: string): number => text.lastIndexOf(', and ');
  const [olderCut, newerCut] = [cut(before), cut(after)];
  if (olderCut < 0 || newerCut < 0 || letters(before.slice(0, olderCut)) !== letters(after.slice(0, newerCut))) return null;
  const [foreseen, recorded] = [before.slice(olderCut + 2), after.slice(newerCut + 2)];
  if (!WILL_CLAUSE.test(foreseen) || !/\b(?:session|(?:19|20)\d\d)\b/.test(foreseen) || CALLS.test(foreseen)) return null;
  const opening = RECORDED_CLAUSE.exec(recorded);
  if (!opening || CALLS.test(recorded) || /\b(?:will|shall|should|must)\b/i.test(recorded)) return null;
  const olderWords = new Set(foreseen.toLowerCase().split(/[^\p{L}-]+/u));
  const content = recorded.slice(opening[0].length).toLowerCase().split(/[^\p{L}-]+/u).filter((word) => word.length >= 4 && !STEP_WORDS.has(word));
  if (content.length === 0 || content.some((word) => !olderWords.has(word))) return null;
  return [`what a body was to do, since done: ${recorded.replace(/^and\s/, '').replace(/[;,.]\s*$/, '').trim()}`];
}

/** The stages of an institution's life, in order: set up, then opened and at work. */
const BODY_STAGES: Readonly<Record<string, number>> = { establishment: 1, creation: 1, launch: 2, operationalization: 2, inauguration: 2, opening: 2 };
/** A verb that records, with its manner: "recalls with satisfaction", "welcomes". */
const RECORDING_WORDS = /^(?:recalls|recalling|welcomes|welcoming|notes|noting|takes note of|taking note of)(?:\s(?:also|further))?(?:\swith (?:satisfaction|appreciation))?$/i;
/** How an institution's seat is said: "hosted by Egypt", "headquartered in Egypt". */
const SEAT_WORDS = /^(?:hosted by|headquartered in|based in|located in|seated in)$/i;

/**
 * An institution a step further in its life (issue 23, round 11E): "and [-recalls with satisfaction-]{+welcomes+} in
 * that regard the [-establishment-]{+inauguration+} of the African Space Agency, [-hosted by-]{+headquartered in+}
 * Egypt": its stage (`BODY_STAGES`) later or the same, before "of the" and a name; besides it only the recording verb of
 * its clause and the words of its seat changed. The older text with them taken as the newer has them, or null.
 */
function bodyStageMovedOn(before: string, after: string): { before: string; reasons: string[] } | null {
  const stretches = stretchesOf(before, after);
  const trim = (text: string): string => text.trim().replace(/^,\s*|,$/g, '').trim();
  const steps = stretches.filter((stretch) => {
    const [older, newer] = [BODY_STAGES[trim(stretch.deleted).toLowerCase()], BODY_STAGES[trim(stretch.inserted).toLowerCase()]];
    return older !== undefined && newer !== undefined && newer >= older && /^\s*of the \p{Lu}/u.test(before.slice(stretch.olderEnd));
  });
  if (steps.length !== 1) return null;
  const step = steps[0];
  const beside = stretches.filter(
    (stretch) =>
      stretch !== step &&
      ((RECORDING_WORDS.test(trim(stretch.deleted)) && RECORDING_WORDS.test(trim(stretch.inserted))) || (SEAT_WORDS.test(trim(stretch.deleted)) && SEAT_WORDS.test(trim(stretch.inserted)))),
  );
  // The clause of the step records: its nearest verb, in the newer text, one that records.
  const head = after.slice(0, step.newerStart);
  if (lastIndexOf(RECORDING_VERB, head) < 0 || lastIndexOf(CALLING_VERB, head) > lastIndexOf(RECORDING_VERB, head)) return null;
  const chosen = [step, ...beside].sort((a, b) => a.olderStart - b.olderStart);
  return { before: withStretchesAged(before, chosen), reasons: [`an institution a step further in its life: ${chosen.map(shown).join('; ')}`] };
}

/** A preparatory meeting and the meeting it prepares, named alike: "the preparatory meeting of States and the meeting of States". */
const PREPARATORY_AND_MAIN = /\bthe preparatory ((?:meeting|session|conference|committee)(?: of [\p{L} -]{1,60}?)?) and the \1\b/giu;

/**
 * A preparatory stage since held (issue 23, round 9): a request for what is needed "to convene the [-preparatory meeting
 * -]{+Meeting +}of States[- and the meeting of States-]" a year on names only the meeting the preparatory one prepared,
 * named as before. The preparatory stage and its main event must both be in the older text, named alike; in a paragraph
 * that decides, dropping a preparatory stage is a decision, and stays negotiated. The older text with the preparatory
 * stage gone, or null.
 */
function preparatoryStageHeld(before: string, after: string): { before: string; reasons: string[] } | null {
  if ([before, after].some((text) => /^(?:(?:Also|Further)\s)?[Dd]ecides\b/.test(text))) return null;
  const reasons: string[] = [];
  const aged = before.replace(PREPARATORY_AND_MAIN, (whole: string, main: string) => {
    reasons.push(`a preparatory stage since held: the preparatory ${main} dropped before the ${main}`);
    return `the ${main}`;
  });
  return reasons.length > 0 ? { before: aged, reasons } : null;
}

/** A yearly publication's edition as its title gives it: the year, a colon and the edition's own title in title case. */
// Each word whole (`(?![\p{L}…])`): else an all-capital title splits into words every way, and the match backtracks
// exponentially ("2023: THE STATE OF FOOD SECURITY … report": 76 s for one paragraph, the session 10 review).
const EDITION_TITLE = /^\s*((?:19|20)\d\d): ((?:(?:\p{Lu}[\p{L}\u2019'-]*|and|of|the|in|for|to|on|at|by|with|across|all|its|a|an|[\u2013\u2014])(?![\p{L}\u2019'-])[\s,]*)+)$/u;
/**
 * What the older edition was said to offer, after its title ("2023: Digital Connectivity – A Transformative
 * Opportunity, which provides an evaluation of the progress made towards …"): a description of that edition, which
 * goes with it when the next edition is cited (round 15D). Only a relative clause with a verb that describes a
 * publication's content, only on the older side.
 */
/** A call or a concern in a description: words a negotiator put there. */
const CALLING_OR_CONCERN = /\b(?:calls?(?: upon| on| for)?|urg(?:es|ing)|stress(?:es|ing)|emphasiz(?:es|ing)|concerns?|concerned|alarm\w*|risks?|regrets?)\b/i;
const EDITION_DESCRIPTION = /,\s(?:which|that)\s(?:provides|examines|presents|contains|focuses|highlights|assesses|analyses|analyzes|reviews|explores|offers|discusses)\b[^;:]*$/;

/**
 * A yearly flagship publication in its next edition (issue 23, round 9): "Taking note of the publications entitled The
 * State of Food Security and Nutrition in the World [-2023: Urbanization, Agrifood Systems Transformation …-]{+2024:
 * Financing to End Hunger, Food Insecurity and Malnutrition in All Its Forms+}, issued by …": the title kept up to its
 * year, the year one or two on, the edition's own title (in title case) new. Only in a clause that records (takes note,
 * welcomes, recalls), never one that asks. The older text with the edition moved on, or null.
 */
function publicationEditionMovedOn(before: string, after: string): { before: string; reasons: string[] } | null {
  const chosen: Stretch[] = [];
  const reasons: string[] = [];
  for (const stretch of stretchesOf(before, after)) {
    const found = EDITION_DESCRIPTION.exec(stretch.deleted);
    // A description that carries the Assembly's own voice ("… which highlights the serious risks … and calls for urgent
    // action"): a call or a concern went with it, not only the edition (the session 10 review).
    if (found && CALLING_OR_CONCERN.test(found[0])) continue;
    const described = found;
    const [older, newer] = [EDITION_TITLE.exec(described ? stretch.deleted.slice(0, described.index) : stretch.deleted), EDITION_TITLE.exec(stretch.inserted)];
    if (!older || !newer) continue;
    const step = Number(newer[1]) - Number(older[1]);
    if (step < 1 || step > 2) continue;
    // The publication's title runs up to the year: a capitalized word right before it, after "entitled".
    const head = before.slice(0, stretch.olderStart);
    if (!/\p{Lu}[\p{L}-]*\s$/u.test(head) || !/\bentitled\b/i.test(head)) continue;
    const recorded = lastIndexOf(RECORDING_VERB, head);
    if (recorded < 0 || lastIndexOf(CALLING_VERB, head) > recorded) continue;
    chosen.push(stretch);
    reasons.push(`a yearly publication's next edition: ${older[1]} → ${newer[1]}: ${newer[2].trim().replace(/,$/, '')}${described ? '; the older edition’s description dropped with it' : ''}`);
  }
  if (chosen.length === 0) return null;
  // The list of publications rejoined as it changes: an "and" after a comma, dropped or added, is its separator.
  const separators = stretchesOf(before, after).filter((stretch) => /^\s*and\s*$/.test(stretch.deleted + stretch.inserted) && /,\s*$/.test(before.slice(0, stretch.olderStart)));
  return { before: withStretchesAged(before, [...chosen, ...separators].sort((a, b) => a.olderStart - b.olderStart)), reasons };
}

/** The words of a date: days, months, "and", "to" (written "from 14 to 18 October", "on 27 and 28 July"). */
const DATE_WORDS = '(?:\\d{1,2}|January|February|March|April|May|June|July|August|September|October|November|December|and|to|[-\u2013])';
/**
 * Where and when an event was held, as a participle after its name: ", held in Paris from 18 to 25 June 2015,", "held
 * from 17 to 19 May 2023,". Only a place (capitalized words), dates and the year: nothing else is said in it.
 */
const HELD_WHEN_WHERE = new RegExp(`^[\\s,]*held(?: in \\p{Lu}[\\p{L}\u2019'-]*(?:,? \\p{Lu}[\\p{L}\u2019'-]*){0,3})?(?: (?:on|from|in)(?: ${DATE_WORDS})*)? ((?:19|20)\\d\\d)[\\s,]*$`, 'u');

/**
 * An event's place and dates no longer said (issue 23, round 9C): the event stays named, and the participle that said
 * where and when it was held goes, or shrinks to its year ("the eighth Meeting of Contracting Parties[-, held from 14 to
 * 18 October 2013, -]{+ in 2013 +}on the amendment", "the midterm review …, [-held from 17 to 19 May 2023, -]and"):
 * the older the event, the less of its calendar a text keeps. The year kept, if any, is the same; the stretch says
 * nothing but a place and dates, so no call, actor or outcome can go with it. The older text with them dropped, or null.
 */
function eventWhenWhereDropped(before: string, after: string): { before: string; reasons: string[] } | null {
  const chosen: Stretch[] = [];
  const reasons: string[] = [];
  for (const stretch of stretchesOf(before, after)) {
    const held = HELD_WHEN_WHERE.exec(stretch.deleted);
    if (!held) continue;
    const kept = /^[\s,]*(?:held )?in ((?:19|20)\d\d)[\s,]*$/.exec(stretch.inserted);
    if (!/^[\s,]*$/.test(stretch.inserted) && (!kept || kept[1] !== held[1])) continue;
    // Right after the event's name: a capitalized word, an ordinal session or a year ends it.
    if (!/(?:\p{Lu}[\p{L}\u2019'-]*|session|meeting|conference|summit|(?:19|20)\d\d)[\s,]*$/u.test(before.slice(0, stretch.olderStart))) continue;
    chosen.push(stretch);
    reasons.push(`an event's place and dates no longer said: ${shown(stretch)}`);
  }
  return chosen.length > 0 ? { before: withStretchesAged(before, chosen), reasons } : null;
}

/**
 * Work the older text foresaw, under way in the newer (issue 23, round 13E): "during the third cycle (2021–2025), a
 * coherent programme … [-will be-]{+is being+} carried out". Only "will be" → "is being" / "are being" before the same
 * participle: work put back into the future, or a fact newly stated in the present, is news. The older text so aged, or
 * null.
 */
function futureUnderWay(before: string, after: string): { before: string; reasons: string[] } | null {
  const chosen: Stretch[] = [];
  for (const stretch of stretchesOf(before, after)) {
    if (!/^\s*will be\s*$/.test(stretch.deleted) || !/^\s*(?:is|are) being\s*$/.test(stretch.inserted)) continue;
    if (!/^\s*\p{Ll}+ed\b/u.test(after.slice(stretch.newerStart + stretch.inserted.length))) continue;
    chosen.push(stretch);
  }
  return chosen.length > 0 ? { before: withStretchesAged(before, chosen), reasons: ['work foreseen, now under way: “will be” → “is being”'] } : null;
}

/** A place as a text names it: capitalized words, with a country after a comma ("Lillestrøm, Norway"). */
const PLACE = String.raw`\p{Lu}[\p{L}\u2019'-]*(?:,?\s\p{Lu}[\p{L}\u2019'-]*){0,3}`;
/** The latest meeting of a series, where and when: "most recently held in Kyoto, Japan, in 2023". */
const LATEST_MEETING = new RegExp(String.raw`\b(?:most recently|last)\s(?:held|convened|hosted)\sin\s(${PLACE}),?\sin\s((?:19|20)\d\d)`, 'u');
/** A meeting looked forward to or noted as to come, closing the same clause: ", and taking note of the meeting to be held in Riyadh, Saudi Arabia, in 2024". */
const MEETING_TO_COME = new RegExp(String.raw`^,?\s(?:and\s)?(?:taking note of|noting|looking forward to|welcoming)\sthe\s(?:next\s)?(?:meeting|session|forum|conference|summit)\sto\sbe\s(?:held|convened|hosted)\sin\s(${PLACE}),?\sin\s((?:19|20)\d\d)`, 'u');
/** A meeting's theme, in quotation marks. */
const UNDER_THEME = /^\s*,?\s*under the theme\s[“"][^”"]*[”"]/u;

/**
 * The latest meeting of a series moved on (issue 23, round 13E): "the meetings of the Forum, most recently held in
 * [-Kyoto, Japan, in 2023, and taking note of the meeting to be held in Riyadh, Saudi Arabia, in 2024-]{+Lillestrøm,
 * Norway, in 2025+} under the theme “…”". The place and a later year of the latest meeting take the older ones' place; a
 * meeting the older text noted as to come, in a year since reached (after the older latest, not after the newer), goes
 * with it; and the theme that closes the clause is the theme of the meeting now named. A meeting still to come dropped,
 * or a theme changed while the same meeting stays named, is no such step. The older text so moved on, or null.
 */
function latestMeetingMovedOn(before: string, after: string): { before: string; reasons: string[] } | null {
  const [older, newer] = [LATEST_MEETING.exec(before), LATEST_MEETING.exec(after)];
  if (!older || !newer || Number(newer[2]) <= Number(older[2]) || older[1] === newer[1]) return null;
  const reasons = [`a series' latest meeting moved on: ${older[1]}, ${older[2]} → ${newer[1]}, ${newer[2]}`];
  let tail = before.slice(older.index + older[0].length);
  const toCome = MEETING_TO_COME.exec(tail);
  if (toCome) {
    if (Number(toCome[2]) <= Number(older[2]) || Number(toCome[2]) > Number(newer[2])) return null;
    reasons.push(`a meeting noted as to come, since held, no longer said: ${toCome[1]}, ${toCome[2]}`);
    tail = tail.slice(toCome[0].length);
  }
  const [olderTheme, newerTheme] = [UNDER_THEME.exec(tail), UNDER_THEME.exec(after.slice(newer.index + newer[0].length))];
  if (olderTheme && newerTheme && olderTheme[0] !== newerTheme[0]) {
    reasons.push(`the theme of the meeting now named: ${olderTheme[0].replace(/^[\s,]*under the theme\s/, '')} → ${newerTheme[0].replace(/^[\s,]*under the theme\s/, '')}`);
    tail = newerTheme[0] + tail.slice(olderTheme[0].length);
  }
  return { before: `${before.slice(0, older.index)}${newer[0]}${tail}`, reasons };
}

/** A meeting's place and dates set, after its name: ", to be held in Kigali from 18 to 21 June 2024, under the theme “…”". */
const SCHEDULE_SET = new RegExp(
  String.raw`,\s*to be (?:held|convened|hosted)(?:\sin\s${PLACE})?(?:\s(?:on|from|in)(?:\s${DATE_WORDS})*)?\s(?:19|20)\d\d(?:,?\s*under the theme\s[“"][^”"]*[”"])?(?=[,;.]?\s*$|,)`,
  'u',
);
/** A paragraph that looks forward to an event. */
const FORWARD_PARAGRAPH = /^(?:(?:Also|Further)\s)?Look(?:ing|s) forward(?:\s(?:also|further))? to\b/;

/**
 * An event still looked forward to whose place and dates are no longer set (issue 23, round 13E): "Looking forward
 * [-further-] to the [-successful-] convening of the third … Conference …[-, to be held in Kigali from 18 to 21 June
 * 2024, under the theme “…”-]": put off or not yet fixed, the same event is awaited. The newer text still looks forward
 * to it (its name kept), sets no place or date of its own and says nothing is to be held; "successful" goes with the
 * dates. The older text without them, or null (what else the newer text says is read on its own).
 */
function awaitedEventUnscheduled(before: string, after: string): { before: string; reasons: string[] } | null {
  if (!FORWARD_PARAGRAPH.test(before) || !FORWARD_PARAGRAPH.test(after)) return null;
  const schedule = SCHEDULE_SET.exec(before);
  if (!schedule || /\b(?:to be|will be)\s(?:held|convened|hosted)\b/.test(after) || new RegExp(`\\b\\d{1,2}\\s${DATE_WORDS}*\\s?(?:19|20)\\d\\d\\b`, 'u').test(after)) return null;
  // The event named right before its schedule is still named in the newer text.
  const name = /((?:\p{Lu}[\p{L}\u2019'-]*\s(?:(?:of|on|for|the|and)\s)*){1,8}\p{Lu}[\p{L}\u2019'-]*)$/u.exec(before.slice(0, schedule.index))?.[1];
  if (name === undefined || name.split(/\s+/).length < 3 || !after.toLowerCase().includes(name.toLowerCase())) return null;
  let older = before.slice(0, schedule.index) + before.slice(schedule.index + schedule[0].length);
  if (!/\bsuccessful\s(?:convening|holding)\b/.test(after)) older = older.replace(/\bsuccessful\s(?=convening\b|holding\b)/, '');
  return { before: older, reasons: [`an event still looked forward to, its place and dates no longer set: ${schedule[0].replace(/^,\s*/, '')}`] };
}

/** The opening of a record of meetings held: "the holding of", "convening of". */
const MEETINGS_RECORD_HEAD = /^\s*(?:the\s)?(?:holding|convening)\sof\sthe\s/i;
/** What may close the record dropped, as the clause went on: "as well as the", ", also notes with appreciation the". */
const MEETINGS_RECORD_TAIL = /[\s,]*(?:(?:as well as|and)(?:\sthe)?|(?:also\s|further\s)?(?:notes|welcomes|takes note of)(?:\swith (?:appreciation|satisfaction))?(?:\sthe)?)?\s*$/i;
/** Lowercase words a list of meetings held is written with (names are capitalized; dates and ordinals are numbers). */
const MEETINGS_RECORD_WORDS = new Set([
  'the', 'of', 'and', 'in', 'on', 'from', 'to', 'at', 'for', 'meeting', 'meetings', 'session', 'sessions', 'held', 'holding', 'convening', 'as', 'well', 'also',
  'further', 'notes', 'welcomes', 'takes', 'note', 'with', 'appreciation', 'satisfaction', 'its', 'their',
]);

/**
 * The meetings of last year no longer recorded (issue 23, round 9C): a clause that notes or welcomes "the holding of the
 * fifth meeting of the … Working Group, from 8 to 12 January 2024, as well as the work …" keeps its other object and
 * drops the meetings, each named with its edition and dates, once they are past. Nothing put in their place; the
 * dropped words only meetings (their names capitalized, `MEETINGS_RECORD_WORDS`), their editions and dated, no call, no
 * figure; the clause's verb, before them, one that records. The older text with them dropped, or null.
 */
function heldMeetingsNoLongerRecorded(before: string, after: string): { before: string; reasons: string[] } | null {
  const chosen: Stretch[] = [];
  const reasons: string[] = [];
  for (const stretch of stretchesOf(before, after)) {
    if (stretch.inserted.trim() !== '' || !MEETINGS_RECORD_HEAD.test(stretch.deleted) || CALLS.test(stretch.deleted)) continue;
    const head = before.slice(0, stretch.olderStart);
    const recorded = lastIndexOf(RECORDING_VERB, head);
    if (recorded < 0 || lastIndexOf(CALLING_VERB, head) > recorded) continue;
    const numbers = findNumbers(stretch.deleted);
    if (!numbers.some((mention) => mention.category === 'date' && mention.value !== null && mention.value >= 10000)) continue;
    if (numbers.some((mention) => !['date', 'ordinal', 'session', 'year'].includes(mention.category))) continue;
    const body = stretch.deleted.replace(MEETINGS_RECORD_TAIL, '');
    const words = body.split(/[^\p{L}\u2019'-]+/u).filter((word) => /^\p{Ll}/u.test(word) && !MONTHS.includes(word) && !/^(?:\p{Ll}+-)?(?:first|second|third|\p{Ll}+th)$/u.test(word));
    if (words.some((word) => !MEETINGS_RECORD_WORDS.has(word))) continue;
    chosen.push(stretch);
    const dates = numbers.filter((mention) => mention.category === 'date').map((mention) => mention.text);
    reasons.push(`meetings held no longer recorded: ${dates.join(', ')}`);
  }
  return chosen.length > 0 ? { before: withStretchesAged(before, chosen), reasons } : null;
}

/**
 * A clause joined at a paragraph's end that notes what another body adopted or decided: ", and further notes with
 * appreciation the adoption of …", ", and further takes note of the revision …, decided by the Tenth Conference".
 */
const RECORDED_ADOPTION_CLAUSE = /^,\s(?:and\s)?(?:(?:also|further)\s)?(?:notes|takes note of)(?:\swith (?:appreciation|satisfaction))?(?:,?\sin (?:this|that) regard,?)?\s(?:the\s|its\s)?\S/i;
/** The words of a dropped record its reason shows. */
const RECORD_SHOWN_WORDS = 8;
/** The clause records a step taken: something adopted, decided, approved or revised. */
const STEP_TAKEN = /\b(?:adopted|decided|approved)\b|\bthe adoption of\b[^;]*?\bat (?:its|the) \p{Ll}+(?:-\p{Ll}+)? (?:Meeting|Conference|[Ss]ession)\b/u;
/** Words that put the step ahead or under way: no past step. */
const STEP_NOT_YET = /\b(?:forthcoming|upcoming|future|planned|to be|will|under way|ongoing)\b/i;
/** Words that ask, decide or take a stance: a clause holding one is more than a record. */
const ASKS_OR_STANDS_IN_RECORD = /\b(?:urg\w*|calls?|requests?|decides?|demands?|encourag\w*|invit\w*|concern\w*|regret\w*|deplor\w*|condemn\w*|commit\w*|must|shall|should)\b/i;
/**
 * Words that make a record more than a record (session 17 review): a step that establishes, mandates or attributes
 * ("the decision … attributing responsibility", "to establish a commission of inquiry", "an investigation"), or a stance
 * beside the step ("strongly supports and welcomes the adoption"). Dropping such a clause withdraws what the text said
 * of the step, a drafter's choice, not its record aging out.
 */
const RECORD_ESTABLISHES_OR_STANDS = /\b(?:establish\w*|mandat\w*|attribut\w*|commissions? of inquiry|investigat\w*|strongly|support\w*|welcom\w*)\b/i;

/**
 * A past step of another body no longer recorded: the clause a paragraph closed with to note what a conference or a
 * meeting adopted or decided that year is dropped a year on, the rest of the paragraph as it was: "Also notes with
 * appreciation the work undertaken by regional seas conventions …[-, and further notes with appreciation the adoption
 * of the Post-2020 Strategic Action Programme … at the twenty-second Meeting of the Contracting Parties to the Barcelona
 * Convention and its Protocols-];" (Oceans 79/144 → 80/110 OP 273 → OP 266), "Welcomes the continuing progress by the
 * standing working groups …[-, and further takes note of the revision of the Treaty programme of work and the extension
 * of the trial period by an additional one year, decided by the Tenth Conference of States Parties-];" (Arms Trade Treaty
 * 79/52 → 80/46 OP 4): both read "not", the record aging out (redline #23, session 16). Only a clause joined at the
 * end of the paragraph ("…; " or "…." after it), that opens with a verb that notes (`RECORDED_ADOPTION_CLAUSE`; not one
 * that welcomes: a welcome dropped is withdrawn), that records a step taken (`STEP_TAKEN`: adopted, decided, approved,
 * or adopted at a body's numbered meeting), none ahead or under way (`STEP_NOT_YET`), that asks for nothing and
 * takes no stance (`ASKS_OR_STANDS_IN_RECORD`), and that establishes, mandates or attributes nothing and backs the step
 * with no stance word (`RECORD_ESTABLISHES_OR_STANDS`); nothing put in its place. The older text without it, or null.
 */
function recordedAdoptionDropped(before: string, after: string): { before: string; reasons: string[] } | null {
  const found = recordedAdoptionClausesDropped(before, after);
  return found === null ? null : { before: found.before, reasons: found.reasons };
}

/** `recordedAdoptionDropped` with the clauses it found dropped, as the older text wrote them. */
function recordedAdoptionClausesDropped(before: string, after: string): { before: string; reasons: string[]; clauses: string[] } | null {
  const isRecord = (clause: string): boolean => RECORDED_ADOPTION_CLAUSE.test(clause) && STEP_TAKEN.test(clause) && !STEP_NOT_YET.test(clause) && !ASKS_OR_STANDS_IN_RECORD.test(clause) && !RECORD_ESTABLISHES_OR_STANDS.test(clause);
  const reason = (dropped: string): string => {
    const clause = dropped.replace(/^,\s(?:and\s)?/, '').trim().split(/\s+/);
    return `a past step of another body no longer recorded: ${clause.slice(0, RECORD_SHOWN_WORDS).join(' ')}${clause.length > RECORD_SHOWN_WORDS ? ' …' : ''}`;
  };
  // The newer paragraph the older one cut short before the clause: read without the word diff, whose edit budget a long
  // record (a list of regional action plans, each with its meeting and date) exceeds.
  const [olderCore, newerCore] = [before, after].map((text) => text.replace(/[\s;.,]+$/, ''));
  if (olderCore.length > newerCore.length && olderCore.startsWith(newerCore)) {
    const dropped = olderCore.slice(newerCore.length);
    return isRecord(dropped) ? { before: newerCore + before.slice(olderCore.length), reasons: [reason(dropped)], clauses: [dropped] } : null;
  }
  const chosen: Stretch[] = [];
  const reasons: string[] = [];
  for (const stretch of stretchesOf(before, after)) {
    if (stretch.inserted.trim() !== '' || !isRecord(stretch.deleted)) continue;
    if (!/^[\s;.,]*$/.test(before.slice(stretch.olderEnd))) continue;
    chosen.push(stretch);
    reasons.push(reason(stretch.deleted));
  }
  return chosen.length > 0 ? { before: withStretchesAged(before, chosen), reasons, clauses: chosen.map((stretch) => stretch.deleted) } : null;
}

/** A numbered sitting of a body, as a record names it: "the Tenth Conference of States Parties", "the twenty-second Meeting of the Contracting Parties to …". */
const NUMBERED_SITTING = /\b((?:\p{L}+-)?\p{L}+|\d{1,3}(?:st|nd|rd|th))\s((?:Review\s)?(?:Conference|Meeting|[Ss]ession|Assembly)\sof\s(?:the\s)?(?:High\s)?(?:Contracting\s|States\s)?Parties)\b/gu;
/** What a record's subject opens with: the noting verb and its manner ("further takes note with appreciation of the"). */
const RECORD_SUBJECT_HEAD = /^,?\s*(?:and\s)?(?:(?:also|further)\s)?(?:notes|takes note of)(?:\swith (?:appreciation|satisfaction))?(?:\sof)?(?:,?\sin (?:this|that) regard,?)?\s/i;
/** Where a record's subject ends: the step and who took it ("decided by the Tenth Conference", "adopted at its …"). */
const RECORD_SUBJECT_TAIL = /,?\s(?:(?:as\s)?(?:adopted|decided|approved|taken)\s(?:by|at)\b|by the\s|at (?:its|the)\s).*$/su;
/**
 * Words of a record's subject that name no subject of their own: a conference's "decisions" or "outcome", its "work",
 * the step's nouns. A subject of these words alone ("takes note of the decisions of the Ninth Conference") is the
 * conference's record as a whole, which the newer text's record of the next conference takes over.
 */
const GENERIC_RECORD_WORDS = new Set([
  'decision', 'decisions', 'outcome', 'outcomes', 'result', 'results', 'report', 'reports', 'work', 'adoption', 'adopted', 'conference', 'meeting', 'session',
  'states', 'parties', 'treaty', 'convention', 'important', 'relevant', 'various', 'several', 'number', 'taken', 'made', 'reached', 'their', 'which', 'with', 'from',
  'that', 'this', 'these', 'those', 'other', 'also', 'further', 'well',
]);
/** Share of a dropped subject's own words another newer paragraph must hold for the subject to be still recorded. */
const SUBJECT_STILL_RECORDED_SHARE = 0.6;

/**
 * A record of the previous conference's decision dropped while its subject is news (issue 23, session 19, trial 19-b
 * D6): "Welcomes the continuing progress by the standing working groups …[-, and further takes note of the revision of
 * the Treaty programme of work and the extension of the trial period by an additional one year, decided by the Tenth
 * Conference of States Parties-];" (Arms Trade Treaty 79/52 → A/C.1/80/L.9 OP 4). The newer text still follows that
 * conference (it names a later sitting of the same body: "the Eleventh Conference of States Parties"), so the older
 * conference's decisions were not merely aged out: the newer text records the next conference's and chose not to keep
 * this one. Such a drop is routine only when what was decided is still recorded elsewhere in the newer text (another
 * paragraph holds most of the subject's own words), or when the subject names nothing of its own ("takes note of the
 * decisions of the Ninth Conference": the next conference's record takes over, `GENERIC_RECORD_WORDS`). A record of a
 * body the newer text no longer follows (the Barcelona Convention's twenty-second Meeting in Oceans 79/144 → 80/110
 * OP 273) stays an aged record. The dropped clause as the older text wrote it, or null.
 */
export function pastDecisionDroppedAsNews(before: string, after: string, newerParagraphs: readonly string[]): string | null {
  const found = recordedAdoptionClausesDropped(before, after);
  if (found === null) return null;
  const elsewhere = newerParagraphs.filter((paragraph) => paragraph !== after);
  for (const clause of found.clauses) {
    const sittings = [...clause.matchAll(NUMBERED_SITTING)].map((match) => ({ edition: ordinalValue(match[1]), body: match[2].toLowerCase() })).filter((sitting) => sitting.edition !== null);
    const followed = sittings.some((sitting) =>
      newerParagraphs.some((paragraph) => [...paragraph.matchAll(NUMBERED_SITTING)].some((match) => match[2].toLowerCase() === sitting.body && (ordinalValue(match[1]) ?? 0) > (sitting.edition ?? 0))),
    );
    if (!followed) continue;
    const subject = clause.replace(RECORD_SUBJECT_HEAD, '').replace(RECORD_SUBJECT_TAIL, '');
    const own = [...new Set(subject.toLowerCase().split(/[^\p{L}-]+/u).filter((word) => word.length >= 4 && !GENERIC_RECORD_WORDS.has(word)))];
    if (own.length === 0) continue;
    const stillRecorded = elsewhere.some((paragraph) => {
      const words = new Set(paragraph.toLowerCase().split(/[^\p{L}-]+/u));
      return own.filter((word) => words.has(word)).length >= SUBJECT_STILL_RECORDED_SHARE * own.length;
    });
    if (!stillRecorded) return clause.replace(/^,\s*(?:and\s)?/, '').trim();
  }
  return null;
}

/**
 * A phrase that only marks an anniversary: ", on the tenth anniversary of its publication,", ", noting the 10-year
 * anniversary of its entry into force on 12 October 2024", "including the commemoration of the twentieth anniversary of
 * the adoption of the Durban Declaration", ", and notes the twentieth anniversary of this collaboration". Its object a
 * name, no means or purpose ("by", "through", "to", "which", "that") said of it.
 */
const ANNIVERSARY_PHRASE =
  /^[\s,]*(?:and\s)?(?:(?:notes|noting|marking|to mark|on the occasion of|on|including the commemoration of|commemorating)\s)?(?:the\s|its\s)?(?:\p{Ll}+(?:-\p{Ll}+)?|\d{1,3}-year)\sanniversary(?:\sof\s(?:the\s|its\s|this\s)?([^,;]{1,120}?))?(?:\son\s\d{1,2}\s\p{L}+\s(?:19|20)\d\d)?[\s,]*$/u;
/** Words that would make an anniversary's object more than a name: what is done by, for or about it. */
const ANNIVERSARY_MORE = /\b(?:by|through|to|which|that|with|for|calls?|urges?|requests?)\b/i;

/**
 * An anniversary marked or no longer marked (issue 23, round 9C): the year brings the tenth, twentieth or seventieth
 * anniversary of a report, a treaty or a body, and a text says so that year and not the next ("Reiterating the
 * importance of following up on the recommendations … {+on the tenth anniversary of its publication, +}and …"). A
 * stretch that only adds or drops such a phrase (`ANNIVERSARY_PHRASE`), nothing in its place; no call in it. The older
 * text with it taken as the newer has it, or null.
 */
function anniversaryMarked(before: string, after: string): { before: string; reasons: string[] } | null {
  const chosen: Stretch[] = [];
  const reasons: string[] = [];
  for (const stretch of stretchesOf(before, after)) {
    const [deleted, inserted] = [stretch.deleted.trim().replace(/^,|,$/g, '').trim(), stretch.inserted.trim().replace(/^,|,$/g, '').trim()];
    if ((deleted === '') === (inserted === '')) continue;
    const phrase = deleted || inserted;
    const found = ANNIVERSARY_PHRASE.exec(phrase);
    if (!found || CALLS.test(phrase.replace(/\bnot(?:es|ing)\b/, '')) || (found[1] !== undefined && ANNIVERSARY_MORE.test(found[1]))) continue;
    chosen.push(stretch);
    reasons.push(`an anniversary ${inserted ? 'marked' : 'no longer marked'}: ${phrase}`);
  }
  return chosen.length > 0 ? { before: withStretchesAged(before, chosen), reasons } : null;
}

/**
 * The opening of a clause or paragraph that records an anniversary as a fact: "Recalling that", "Noting with satisfaction
 * (also) that", "Welcoming, in this regard, that" (the verb, group 1).
 */
const ANNIVERSARY_OPENING = /^(?:and\s+)?(?:(?:also|further)\s+)?(recall(?:ing|s)|not(?:ing|es)|tak(?:ing|es) note|welcom(?:ing|es))(?:\s(?:also|further))?(?:\s(?:with (?:appreciation|satisfaction)))?(?:\s(?:also|further))?(?:,\s*in this regard,)?\s+that\s/i;
/**
 * The lowercase words in which an anniversary is stated, besides its date, its ordinal and the names of what it is of:
 * "that 16 November 2024 marked the thirtieth anniversary of the entry into force of the Convention", "that the
 * thirty-fourth Meeting of States Parties … commemorated the anniversary", "and that 25 June 2023 marked …".
 */
const ANNIVERSARY_WORDS = new Set(
  'the a an year marked marks will mark anniversary anniversaries of and or that its entry into force adoption establishment signature signing opening creation founding for commemorated commemorates commemorating also further in on at by to'.split(' '),
);

/**
 * A clause or paragraph that only records an anniversary (issue 23, round 14B): its opening records a fact
 * (`ANNIVERSARY_OPENING`), and what follows says only that a date or year marked (marks, will mark) the nth anniversary
 * of a named act, or that a named body commemorated it (`ANNIVERSARY_WORDS`, ordinals, months and names; quotations set
 * aside). No stance, purpose, call or new event ("represents an important opportunity", "decides to hold a high-level
 * meeting to mark"). The years it names and whether it welcomes, or null.
 */
export function anniversaryRecord(text: string): { years: number[]; welcomes: boolean } | null {
  const opening = ANNIVERSARY_OPENING.exec(text.trim());
  if (!opening) return null;
  const body = text.trim().slice(opening[0].length).replace(/“[^”]*”|"[^"]*"/g, ' ');
  if (!/\banniversary\b/.test(body)) return null;
  const words = body.split(/[^\p{L}\p{N}\u2019'\u2010\u2011-]+/u).filter((word) => /^\p{Ll}/u.test(word));
  if (words.some((word) => !ANNIVERSARY_WORDS.has(word) && !MONTHS.includes(word) && ordinalValue(word) === null)) return null;
  return { years: (body.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number), welcomes: /^welcom/i.test(opening[1]) };
}

/**
 * Whether what an anniversary commemorates is already named in `known` (the older text): the capitalised words after
 * "anniversary of" ("the entry into force of the Convention" → Convention). A new anniversary of something the older
 * text never named (the session 10 review: "the seventy-seventh anniversary of the Nakba", "of the Holodomor") is a
 * commemoration the drafters chose, not the year's record of their own subject.
 */
export function commemoratesKnown(text: string, known: string): boolean {
  const object = /\banniversary of\s([^,;]+)/i.exec(text)?.[1] ?? '';
  const names = (object.match(/\p{Lu}[\p{L}\u2019'-]+/gu) ?? []).filter((word) => !/^(?:The|Day|International|World|United|Nations)$/.test(word));
  return names.every((name) => new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(known));
}

/**
 * Anniversary clauses added or dropped beside a paragraph's kept clauses (issue 23, round 14B): the year brings the
 * thirtieth anniversary of a treaty's entry into force, and the text records it that year and not the next ("{+Noting
 * with satisfaction that 16 November 2024 marked the thirtieth anniversary of the entry into force of the Convention,
 * noting with satisfaction also that the thirty-fourth Meeting of States Parties to the Convention commemorated the
 * anniversary, and +}recognizing the pre-eminent contribution …", Oceans 78/69 → 79/144 PP 4, dropped again in 80/110;
 * the "recognize → note" the new clause's verb, not the old one weakened). The clauses only record an anniversary
 * (`anniversaryRecord`), one of them dated; on one side only; none added that welcomes; every other clause alike in order
 * (a verb's form, "and", the yearly succession aside). The reasons, or null.
 */
function anniversaryClausesReasons(before: string, after: string, lexicons: Lexicons | undefined): string[] | null {
  if (comparingClauses || !/\banniversary\b/i.test(`${before} ${after}`)) return null;
  const [older, newer] = [clausesOf(before), clausesOf(after)];
  const [olderMarks, newerMarks] = [older.filter((clause) => anniversaryRecord(clause) !== null), newer.filter((clause) => anniversaryRecord(clause) !== null)];
  if ((olderMarks.length > 0) === (newerMarks.length > 0)) return null;
  const marks = olderMarks.length > 0 ? olderMarks : newerMarks;
  if (!marks.some((clause) => (anniversaryRecord(clause)?.years.length ?? 0) > 0)) return null;
  if (newerMarks.some((clause) => anniversaryRecord(clause)?.welcomes || !commemoratesKnown(clause, before))) return null;
  const [olderKept, newerKept] = [older.filter((clause) => !olderMarks.includes(clause)), newer.filter((clause) => !newerMarks.includes(clause))];
  if (olderKept.length === 0 || olderKept.length !== newerKept.length || !olderKept.every((clause, at) => clausesAlike(clause, newerKept[at], lexicons))) return null;
  const matchOf = new Map(olderKept.map((_, at) => [older.indexOf(olderKept[at]), newer.indexOf(newerKept[at])] as [number, number]));
  const said = marks.map((clause) => `“${shortClause(clause)}”`).join('; ');
  return [newerMarks.length > 0 ? `an anniversary marked: ${said}` : `an anniversary passed, no longer marked: ${said}`, ...alikeClauseReasons(matchOf, older, newer, lexicons)];
}

/**
 * Where a preambular or operative clause opens inside a paragraph: a comma before a recording, stance or calling verb
 * (lowercase: a name's capitals are no clause), or before an appended evaluation ("…, as an important platform to …").
 */
const CLAUSE_BOUNDARY = /,\s+(?=(?:and\s+)?(?:also\s+|further\s+)?(?:welcom(?:ing|es)|recall(?:ing|s)|not(?:ing|es)|tak(?:ing|es) note|look(?:ing|s) forward|recogni[sz](?:ing|es)|reaffirm(?:ing|s)|acknowledg(?:ing|es)|express(?:ing|es)|stress(?:ing|es)|emphasi[sz](?:ing|es)|underlin(?:ing|es)|highlight(?:ing|s)|urg(?:ing|es)|call(?:ing|s) (?:upon|on|for)|encourag(?:ing|es)|invit(?:ing|es)|request(?:ing|s)|decid(?:ing|es)|regrett?(?:ing|s)|deplor(?:ing|es)|bearing in mind|commend(?:ing|s))\b|as (?:an?|the) (?!well\b))/g;
/**
 * A clause that only records or looks forward to something: its opening verb. "Also" or "Further" may open the paragraph
 * capitalised ("Also welcomes the convening of …", SCP 78/151 OP 14: trial 17-a D6).
 */
const RECORDING_CLAUSE = /^(?:and\s+)?(?:(?:[Aa]lso|[Ff]urther)\s+)?(?:[Ww]elcom(?:ing|es)|[Rr]ecall(?:ing|s)|[Nn]ot(?:ing|es)|[Tt]ak(?:ing|es) note|[Ll]ook(?:ing|s) forward to)\b(?:\s(?:also|further))?(?:\s(?:with (?:appreciation|satisfaction)))?(?:\s(?:also|further))?(?:\sof)?\s/;
/** Lowercase words of a stance, a call, a concern or a judgement: a clause holding one records no mere event. Capitalised, they are part of a name ("Call to Action", "Review of the Implementation"). */
const CLAUSE_STANCE = /\b(?:concern\w*|importan\w*|need\w*|commit\w*|urg\w*|calls?|calling|encourag\w*|invit\w*|request\w*|decid\w*|decision|demand\w*|condemn\w*|deplor\w*|regret\w*|stress\w*|emphasi\w*|underlin\w*|recogni\w*|reaffirm\w*|support\w*|efforts?|implement\w*|platform|contribut\w*|role|critical|essential|crucial|vital|key|should|must|shall|found|findings?)\b/;
/** What a recorded clause speaks of: an event, its sessions or what it adopted or issued. */
const CLAUSE_EVENT = /\b(?:conferences?|summits?|meetings?|sessions?|forums?|dialogues?|congress|review|symposium|assembly|reports?|adoption|convening|holding|launch|moment|outcomes?|declarations?|framework|action plan)\b/i;
const CLAUSE_DATED = /\b(?:19|20)\d\d\b/;
/** An ordinal word ("sixteenth", "fifty-second", "third"). */
const ORDINAL_WORD = /(?:first|second|third|[a-z]th)$/i;
/** A clause that looks forward to an event still to come. */
const LOOKS_AHEAD = /^(?:and\s+)?(?:(?:also|further)\s+)?[Ll]ook(?:ing|s) forward\b|\b(?:to be|will be) (?:co-)?(?:held|convened|hosted|organized)\b/;
/** A clause that recalls. */
const RECALLS = /^(?:and\s+)?(?:(?:also|further)\s+)?[Rr]ecall(?:ing|s)\b/;

/** True when the capitalised words of a clause (its names, after its opening verb) are, three in four, in the other text. */
function namesIn(clause: string, text: string): boolean {
  const names = (clause.replace(RECORDING_CLAUSE, '').match(/\p{Lu}[\p{L}-]+/gu) ?? []).map((name) => name.toLowerCase());
  const folded = text.toLowerCase();
  return names.length > 0 && names.filter((name) => folded.includes(name)).length / names.length >= 0.75;
}

/**
 * True when the longest name of a clause (capitalised words, joined by "of", "on", "for", "and", "the"; an edition's
 * ordinal before it left out) is in the other text: "the Fourth International Conference on Financing for Development"
 * is the next edition of the "International Conference on Financing for Development" a paragraph recalls; "the Nutrition
 * for Growth Summit" in a paragraph of calls is an event it never named.
 */
function eventNamedIn(clause: string, text: string): boolean {
  const names = clause.match(/\p{Lu}[\p{L}-]*(?:\s(?:(?:of|on|for|and|the)\s)*\p{Lu}[\p{L}-]*)*/gu) ?? [];
  const longest = names
    .map((name) => name.replace(/^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|[A-Z][a-z]+-(?:first|second|third|[a-z]+th)|[A-Z][a-z]+th)\s/, ''))
    .sort((a, b) => b.length - a.length)[0];
  return longest !== undefined && longest.includes(' ') && text.toLowerCase().includes(longest.toLowerCase());
}

function clausesOf(text: string): string[] {
  return text.replace(/[,;.:]\s*$/, '').split(CLAUSE_BOUNDARY).map((clause) => clause.trim());
}

/** A clause folded for comparison: its opening verb's form ("urges" / "urging"), "also", "its" / "their", British spelling and punctuation set aside. */
function clauseKey(clause: string): string {
  return clause
    .toLowerCase()
    .replace(/^and\s+/, '')
    .replace(/^(\w+?)(?:ing|es|s)\b/, '$1')
    .replace(/\b(?:also|further)\b/g, '')
    .replace(/\btheir\b/g, 'its')
    .replace(/isation/g, 'ization')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A clause that only records, or looks forward to, an event (its name, edition, dates, place, convener, theme). */
function isEventClause(clause: string): boolean {
  const opening = RECORDING_CLAUSE.exec(clause);
  if (!opening) return false;
  const rest = clause.slice(opening[0].length).replace(/“[^”]*”|"[^"]*"/g, ' ');
  return !CLAUSE_STANCE.test(rest) && CLAUSE_EVENT.test(rest);
}

/** A clause that records an event (`isEventClause`) and names a year (`CLAUSE_DATED`). */
function isDatedEventClause(clause: string): boolean {
  return CLAUSE_DATED.test(clause) && isEventClause(clause);
}

let comparingClauses = false;

function clausesAlike(older: string, newer: string, lexicons: Lexicons | undefined): boolean {
  if (clauseKey(older) === clauseKey(newer)) return true;
  comparingClauses = true;
  try {
    return routineReasons(older, newer, lexicons).length > 0;
  } finally {
    comparingClauses = false;
  }
}

/**
 * Why clauses set side by side as alike differ, when they differ by more than a verb form (a count refreshed beside the
 * events: "the adoption by 12 → 16 Governments of national action plans"): said with the events, so no edit goes unsaid.
 */
function alikeClauseReasons(matchOf: ReadonlyMap<number, number>, older: readonly string[], newer: readonly string[], lexicons: Lexicons | undefined): string[] {
  const reasons: string[] = [];
  for (const [o, n] of matchOf) {
    if (clauseKey(older[o]) === clauseKey(newer[n])) continue;
    comparingClauses = true;
    try {
      for (const reason of routineReasons(older[o], newer[n], lexicons)) if (!reasons.includes(reason)) reasons.push(reason);
    } finally {
      comparingClauses = false;
    }
  }
  return reasons;
}

/** How warmly a recording verb speaks of what it records: a welcome (or appreciation) above a note; null for a verb that ages ("recalling") or looks ahead. */
function recordingWarmth(clause: string): number | null {
  const opening = RECORDING_CLAUSE.exec(clause)?.[0] ?? '';
  if (/\b(?:welcom|with appreciation|with satisfaction)/i.test(opening)) return 2;
  if (/\b(?:not(?:ing|es)|tak(?:ing|es) note)\b/i.test(opening)) return 1;
  return null;
}

/**
 * True when an older and a newer event clause speak of the same object (their words after the verb open alike for five
 * words or more, a name among them: "the adoption by the Committee of the voluntary guidelines on …") with a verb of
 * another warmth: "welcoming" → "taking note of" is a stance lowered on what the body did, not an event moving on
 * ("welcoming" → "recalling" is the welcome aged, and stays routine).
 */
function stanceTurnedOnSameObject(olderClauses: readonly string[], newerClauses: readonly string[]): boolean {
  const objectWords = (clause: string): string[] => clause.replace(RECORDING_CLAUSE, '').split(/\s+/).filter((word) => word !== '');
  return olderClauses.some((older) => {
    const olderWarmth = recordingWarmth(older);
    if (olderWarmth === null) return false;
    const olderWords = objectWords(older);
    return newerClauses.some((newer) => {
      const newerWarmth = recordingWarmth(newer);
      if (newerWarmth === null || newerWarmth === olderWarmth) return false;
      const newerWords = objectWords(newer);
      let shared = 0;
      while (shared < olderWords.length && shared < newerWords.length && olderWords[shared].toLowerCase() === newerWords[shared].toLowerCase()) shared++;
      return (shared >= 5 || (shared === olderWords.length && shared === newerWords.length)) && olderWords.slice(0, shared).some((word) => /^\p{Lu}/u.test(word));
    });
  });
}

/** The clauses of an event moved on inside a kept paragraph, set side by side (`eventClausesMovedOn`). */
export interface EventClauses {
  /** Why the event clauses that differ are routine. */
  reasons: string[];
  /** The clauses of the older text that differ and record no mere event. */
  olderOther: string[];
  /** The same for the newer text. */
  newerOther: string[];
  /** The newer text with its differing non-event clause given back as the older text had it (or without it, or with the dropped one back). */
  withoutOther: string;
}

const shortClause = (clause: string): string => {
  const words = clause.replace(/^(?:and\s+)/, '').split(/\s+/);
  return words.length > 14 ? `${words.slice(0, 14).join(' ')} …` : words.join(' ');
};

/**
 * A paragraph cut at the verbs that open its clauses ("…, welcoming …", "…, recalling …", "…, and looking forward to
 * …"): clauses the same on both sides (a verb form, "also" or the yearly succession aside) are set in order side by
 * side; every other clause that only records or looks forward to an event (a name, an edition, dates, a place, a
 * convener, a theme; no call, request, concern or stance) is the event moving on, provided a dated one stands in the newer
 * text. What remains are the clauses that say something else: none makes the paragraph routine, one is its one change.
 * Null when the paragraph has a single clause, no event clause moved or no dated event stands in the newer text.
 */
export function eventClausesMovedOn(before: string, after: string, lexicons?: Lexicons): EventClauses | null {
  if (comparingClauses) return null;
  const older = clausesOf(before);
  const newer = clausesOf(after);
  if (older.length < 2 && newer.length < 2) return null;
  // The answer needs a newer clause that records an event and names a year (`newerEvents` below, a subset of such
  // clauses): without one it is null whatever clauses are alike, so the alike table (a `routineReasons` pass for each
  // pair of clauses) is not built (issue 21 session 14; the same answer).
  if (!newer.some(isDatedEventClause)) return null;
  // Longest run of alike clauses in order.
  const table: number[][] = Array.from({ length: older.length + 1 }, () => new Array<number>(newer.length + 1).fill(0));
  const alike = older.map((o) => newer.map((n) => clausesAlike(o, n, lexicons)));
  for (let i = older.length - 1; i >= 0; i--) for (let j = newer.length - 1; j >= 0; j--) table[i][j] = alike[i][j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const olderLeft: number[] = [];
  const newerLeft: number[] = [];
  const matchOf = new Map<number, number>();
  let [i, j] = [0, 0];
  while (i < older.length && j < newer.length) {
    if (alike[i][j] && table[i][j] === table[i + 1][j + 1] + 1) matchOf.set(i++, j++);
    else if (table[i + 1][j] >= table[i][j + 1]) olderLeft.push(i++);
    else newerLeft.push(j++);
  }
  while (i < older.length) olderLeft.push(i++);
  while (j < newer.length) newerLeft.push(j++);
  const olderEvents = olderLeft.filter((k) => isEventClause(older[k]));
  const newerEvents = newerLeft.filter((k) => isEventClause(newer[k]));
  if (olderEvents.length + newerEvents.length === 0 || !newerEvents.some((k) => CLAUSE_DATED.test(newer[k]))) return null;
  // A clause only added, looking forward to an event the older text never named, is news, not an event moving on (a
  // drafter's reading: "…, and looks forward to the Nutrition for Growth Summit to be convened … in 2025" added to a
  // paragraph of calls that records no event).
  if (olderEvents.length === 0 && newerEvents.some((k) => LOOKS_AHEAD.test(newer[k]) && !eventNamedIn(newer[k], before))) return null;
  // An event moves on in place of one recorded before: the newer text records no more events than the older did, but
  // for those it looks forward to (the next edition) or recalls from the older text ("and recalling the Kunming-Montreal
  // Global Biodiversity Framework", which the older text welcomed). A new fact noted beside the old ones ("and noting the
  // establishment of the Special Commission …") is news.
  // The events move forward in time: a year later than any the older events named, or an event looked forward to now
  // recorded; and no year new to the paragraph earlier than those (a date added to a recalled resolution, an edition
  // gone back, a place changed for the same dates are no event moving on). Periods ("2018–2028") are names, not dates.
  const clauseYears = (texts: readonly string[]): number[] => texts.flatMap((text) => (text.replace(/\b\d{4}\s*[–-]\s*\d{4}\b/g, ' ').match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number));
  const olderYears = clauseYears(olderEvents.length > 0 ? olderEvents.map((k) => older[k]) : [before]);
  const newerYears = clauseYears(newerEvents.map((k) => newer[k]));
  const olderLatest = olderYears.length > 0 ? Math.max(...olderYears) : 0;
  const allOlderYears = new Set(clauseYears([before]));
  if (newerYears.some((year) => !allOlderYears.has(year) && year < olderLatest)) return null;
  const forwardHeld = olderEvents.some((k) => LOOKS_AHEAD.test(older[k])) && newerEvents.some((k) => !LOOKS_AHEAD.test(newer[k]));
  // Without an older look-forward, an event recorded moves on only to itself or its next edition: one of the older event
  // clauses and one of the newer share their longest name (an edition's ordinal aside). "Also welcomes the launch of the
  // Global Alliance for Food Security" → "… of the Global Alliance against Hunger and Poverty" is another initiative
  // welcomed, a choice negotiated (review 18 R5).
  if (!forwardHeld && olderEvents.length > 0 && !olderEvents.some((o) => newerEvents.some((n) => eventNamedIn(newer[n], older[o]) || eventNamedIn(older[o], newer[n])))) return null;
  // And an edition, a name or a place new to the paragraph names the later event ("sixteenth", "Cali", "World Urban
  // Forum"): the same meeting said to be of another year is a date changed, not an event moved on.
  const olderFolded = before.toLowerCase();
  const named = newerEvents
    .flatMap((k) => newer[k].match(/[\p{L}-]+/gu) ?? [])
    .filter((word) => (/^\p{Lu}/u.test(word) || ORDINAL_WORD.test(word)) && !MONTHS.includes(word.toLowerCase()) && !olderFolded.includes(word.toLowerCase()));
  if (!((Math.max(0, ...newerYears) > olderLatest && named.length > 0) || forwardHeld)) return null;
  if (stanceTurnedOnSameObject(olderEvents.map((k) => older[k]), newerEvents.map((k) => newer[k])) || stanceTurnedInside(before, after) !== null) return null;
  const extra = newerEvents.filter((k) => !LOOKS_AHEAD.test(newer[k]) && !(RECALLS.test(newer[k]) && namesIn(newer[k], before)));
  if (extra.length > olderEvents.length) return null;
  const olderOther = olderLeft.filter((k) => !olderEvents.includes(k));
  const newerOther = newerLeft.filter((k) => !newerEvents.includes(k));
  const reasons = [
    `events moved on, clause by clause: ${[...olderEvents.map((k) => `no longer “${shortClause(older[k])}”`), ...newerEvents.map((k) => `now “${shortClause(newer[k])}”`)].join('; ')}`,
    ...alikeClauseReasons(matchOf, older, newer, lexicons),
  ];
  const rebuilt = [...newer];
  if (newerOther.length === 1) rebuilt[newerOther[0]] = olderOther.length === 1 ? older[olderOther[0]] : '';
  else if (olderOther.length === 1) {
    const previous = [...matchOf.entries()].filter(([o]) => o < olderOther[0]).pop();
    const at = previous === undefined ? 0 : previous[1] + 1;
    rebuilt.splice(at, 0, older[olderOther[0]]);
  }
  const closing = /[,;.:]\s*$/.exec(after)?.[0] ?? '';
  const withoutOther = `${rebuilt.filter((clause) => clause !== '').join(', ')}${closing}`;
  return { reasons, olderOther: olderOther.map((k) => older[k]), newerOther: newerOther.map((k) => newer[k]), withoutOther };
}
