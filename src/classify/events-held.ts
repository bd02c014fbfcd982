import type { ClassifySide, Finding, Signal } from '../types.js';
import { findHedges } from './signals/hedges.js';

/**
 * Events held and requests fulfilled, read against the older text's own formulas (round 17, trial 17-a D1/D2). A yearly
 * text looks forward to the next session of a body, then welcomes it as held in the words it used for the session before
 * ("Looks forward to the hosting by the Government of Brazil of the thirtieth session of the Conference of the Parties …"
 * → "Further welcomes the convening of the thirtieth session …, presided over by the Government of Brazil in Belém, …,
 * and the adoption of their decisions by Parties, and looks forward to their full and urgent implementation", Climate
 * 79/206 → 80/138 OP 39, word for word the older text's OP 38 for the twenty-ninth); it recalls a request, then welcomes
 * what was done ("Recalls the request for the Commission … to establish a dedicated working group …" → "Welcomes the
 * establishment by the Commission … of a dedicated working group …", ICT 79/194 → 80/118 OP 13). Neither is a position
 * shift: the thing awaited came about. The rules of `event-paragraphs.ts` read an added clause as a stance; here a
 * clause is the event's own record when it only records (a name, a place, a convener, dates, what was adopted), when the
 * older paragraph already said it, or when the older text said it of the previous edition of the same event (its
 * formula); an implementation asked of the event's own outcomes ("their full implementation") is that formula too.
 *  - `heldRewriteReason`: a modified paragraph, looked forward to / decided / requested → welcomed as held or done;
 *  - `editionRecordReason`: a modified paragraph welcoming one edition → welcoming a later edition of the same event (the
 *    aligner pairs such records when the edition between them is welcomed in its own paragraph);
 *  - `requestedEventHeldReason`: a dropped recall of the request that an event be convened, or a request to prepare it,
 *    which the newer text welcomes as held;
 *  - `awaitedOutcomeRecordedReason`: a dropped look-forward to something due at an edition of an event, which the newer
 *    text records as held with that thing among its outcomes ("the first global stocktake").
 * Commitment signals of such a paragraph (look forward → welcome, recall → welcome) become routine.
 */
export function markEventsHeld(findings: readonly Finding[], left: ClassifySide, right: ClassifySide): Finding[] {
  const olderTexts = left.document.paragraphs.map((paragraph) => paragraph.text);
  const newerTexts = right.document.paragraphs.map((paragraph) => paragraph.text);
  return findings.map((finding) => {
    if (finding.routine || finding.editorial) return finding;
    if (finding.kind === 'modified') {
      const [before, after] = [olderTexts[finding.left[0]], newerTexts[finding.right[0]]];
      const reason = heldRewriteReason(before, after, olderTexts, false) ?? editionRecordReason(before, after, olderTexts) ?? forwardKeptReason(before, after);
      if (reason !== null) return { ...finding, routine: true, reasons: [reason], change: undefined, signals: finding.signals.map(routineCommitment) };
      // Held, with the outcome's ask in the older text's formula for the edition before: the event passing is no
      // commitment shift, but the ask on this year's outcome is the drafters' ("fought over each year", a drafter's
      // reading of Climate 79/206 → 80/138 OP 39): the finding stays, its look forward → welcome routine.
      return heldRewriteReason(before, after, olderTexts, true) === null ? finding : { ...finding, signals: finding.signals.map(routineCommitment) };
    }
    if (finding.kind === 'dropped') {
      const reason = awaitedOutcomeRecordedReason(olderTexts[finding.left[0]], newerTexts) ?? requestedEventHeldReason(olderTexts[finding.left[0]], olderTexts, newerTexts);
      return reason === null ? finding : { ...finding, routine: true, reasons: [reason] };
    }
    return finding;
  });
}

function routineCommitment(signal: Signal): Signal {
  return signal.type === 'commitment' && signal.routine !== true ? { ...signal, routine: true, summary: `${signal.summary} (routine)` } : signal;
}

const LEAD = String.raw`^(?:(?:Also|Further|Furthermore)\s)?`;
/** Looks forward to an event, or decides to hold it. */
const AWAITING_OPENING = new RegExp(`${LEAD}(?:look(?:s|ing) forward(?:\\s(?:also|further))? to|decides to (?:convene|hold|organize))\\s`, 'i');
/** Recalls a request or decision that a body establish, convene or hold something: "Recalls the request for the Commission … to establish". */
const REQUEST_OPENING = new RegExp(`${LEAD}recall(?:s|ing)(?:\\s(?:also|further))? (?:its|the) (?:request|decision)\\s(?:for|to|that|by)\\s(.{3,160}?)\\s(?:to\\s)?(establish|convene|hold|organize|create|set up|launch)\\s`, 'i');
/** Welcomes (or notes) an event as held or a thing as done: "Further welcomes the convening of", "Welcomes the establishment by". */
const DONE_OPENING = new RegExp(`${LEAD}(?:welcom(?:es|ing)|not(?:es|ing)|tak(?:es|ing) note of)(?:\\s(?:also|further|with (?:appreciation|satisfaction)))?\\s(?:the\\s)?(?:successful\\s)?(convening|holding|hosting|establishment|creation|launch|organization|conclusion)\\b`, 'i');
/** The welcome group of `DONE_OPENING` (welcomes; notes with appreciation or satisfaction); the rest is the note group (notes, takes note of), a downgrade drafters use to signal dissatisfaction (review 17 H4, E1, R2). */
function welcomes(done: RegExpExecArray): boolean {
  return /welcom|with (?:appreciation|satisfaction)/i.test(done[0]);
}

/** A look-forward kept in a later clause of the newer paragraph: ", and looking forward to ". */
const FORWARD_KEPT = /,?\s+and\s+(?:also\s+)?look(?:s|ing) forward(?:\s(?:also|further))? to\s+/i;
/** A date as an event is held: its day or days, month and year ("23 to 27 June 2025", "4 December 2023"). */
const HELD_ON = /\b\d{1,2}(?:\s*(?:to|and|[-\u2010-\u2015])\s*\d{1,2})?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\b/;

/**
 * Two events looked forward to, the first since held: "Looking forward to the preparatory process that will take place
 * from 23 to 27 June 2025 and the first meeting of States in 2027 to review …" → "Welcoming the successful convening of
 * the preparatory meeting of States from 23 to 27 June 2025, and looking forward to the first meeting of States in 2027
 * to review …" (Arms Trade Treaty 79/52 → A/C.1/80/L.9 PP 9, trial 18-a: read as a negotiated change for the
 * look-forward re-attached). The first event welcomed as held on the same days (its full date in both), every clause of
 * the welcome only a record, and the second event looked forward to in the older paragraph's words, word for word to the
 * end: the events moved on, nothing was negotiated. The reason, else null.
 */
export function forwardKeptReason(before: string, after: string): string | null {
  const awaiting = AWAITING_OPENING.exec(before);
  const done = DONE_OPENING.exec(after);
  if (!awaiting || !/look/i.test(awaiting[0]) || !done || !welcomes(done)) return null;
  const kept = FORWARD_KEPT.exec(after);
  if (kept === null || kept.index < done.index + done[0].length) return null;
  const trimmed = (text: string): string => text.replace(/[\s,;.:]+$/, '').replace(/\s+/g, ' ');
  const next = trimmed(after.slice(kept.index + kept[0].length));
  const olderRest = trimmed(before.slice(awaiting[0].length));
  if (next.length === 0 || !olderRest.endsWith(` and ${next}`)) return null;
  const held = olderRest.slice(0, olderRest.length - next.length - ' and '.length).replace(/,$/, '');
  const welcomed = after.slice(done.index + done[0].length, kept.index);
  const date = HELD_ON.exec(held);
  const flat = (text: string): string => text.replace(/[\u2010-\u2015-]/g, ' to ').replace(/\s+/g, ' ');
  if (date === null || !flat(welcomed).includes(flat(date[0])) || !clausesOf(welcomed).every(onlyRecords)) return null;
  const short = (text: string): string => (text.split(' ').length > 12 ? `${text.split(' ').slice(0, 12).join(' ')} …` : text);
  return `event held: “${short(held)}”, looked forward to, now welcomed as held; the look-forward kept for “${short(next)}”`;
}

/** The act done for the verb asked: establish → establishment. */
const DONE_FOR: Record<string, readonly string[]> = {
  establish: ['establishment', 'creation'],
  create: ['creation', 'establishment'],
  'set up': ['establishment', 'creation'],
  convene: ['convening', 'holding'],
  hold: ['holding', 'convening'],
  organize: ['organization', 'convening', 'holding'],
  launch: ['launch'],
};

/** Words that take a stance, ask or evaluate (a clause holding one says more than that an event took place). */
const STANCE =
  /\b(?:urg(?:es?|ing)|call(?:s|ing)? (?:upon|on|for)|requests?|requesting|encourag(?:es?|ing)|invit(?:es?|ing)|decides?|deciding|stress(?:es|ing)?|emphasiz(?:es?|ing)|underlin(?:es?|ing)|concern(?:s|ed)?|regret\w*|deplor\w*|condemn\w*|reaffirm\w*|recogniz(?:es?|ing)|commit(?:s|ting)?|should|must|needs?|importance|alarm\w*|disappoint\w*|appeal\w*|expects?|hopes?|look(?:s|ing)? forward|support(?:s|ing)?|endors\w*|approv(?:es?|ing)|calls?|progress|regrets?|affirm\w*|acknowledg\w*|highlight\w*|resolv\w*|agree\w*|insist\w*|demand\w*|express\w*)\b/i;
/** An implementation asked of the recorded event's own outcomes: "and urges their full implementation", "and looks forward to their full and urgent implementation". */
const OWN_IMPLEMENTATION = /^(?:and\s)?(?:urg(?:es?|ing)|calls? for|call(?:s|ing)? for|look(?:s|ing) forward to)\s(?:their|its)\s(?:(?:full|effective|urgent|early|timely|and|,)\s?)*implementation$/i;
/** The verbs of a paragraph's asks on its event's own outcomes (`OWN_IMPLEMENTATION`), first word stemmed, sorted: "urge", "look", "" for none. */
function ownAsks(text: string): string {
  return clausesOf(text)
    .filter((clause) => OWN_IMPLEMENTATION.test(clause))
    .map((clause) => /^(?:and\s)?(urg|call|look)/i.exec(clause)?.[1].toLowerCase() ?? '')
    .sort()
    .join(' ');
}

/** An ordinal edition of a named event, its name up to a comma or the next "and the": "the thirtieth session of the Conference of the Parties to the United Nations …". */
const EDITION = /\b((?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)|\d{1,3}(?:st|nd|rd|th))\s((?:session|meeting|summit|conference|forum) of the\s[^,;]{3,140}?)(?=,|;|\sand the\s|\.?$)/giu;

function editions(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(EDITION)) found.set(`${match[1].toLowerCase()}|${match[2].toLowerCase()}`, `${match[1]} ${match[2].split(' ')[0]}`);
  return found;
}

function eventsOf(found: Map<string, string>): Set<string> {
  return new Set([...found.keys()].map((key) => key.split('|')[1]));
}

const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** A year of a date: "2024". */
const YEAR = /^(?:19|20)\d\d$/;
/** A word that leads into a date: "in", "on", "from", "to", "until" (and "by", only before a date: `isDateWord`). */
const DATE_LEAD = /^(?:in|on|from|to|until)$/;

/**
 * True when the word at `index` of `text` (its `words`) is part of a date: a month, a year, a day before its month ("31
 * December"), a preposition leading into a date. A number of the mandate ("a panel of 15 experts") is not, nor "by"
 * naming who acts ("violations committed by Testland"): losing either changes what was asked (review 18 R2).
 */
function isDateWord(text: readonly string[], index: number): boolean {
  const [word, next] = [text[index], text[index + 1] ?? ''];
  if (MONTH.test(word) || YEAR.test(word) || DATE_LEAD.test(word)) return true;
  if (/^\d{1,2}$/.test(word)) return MONTH.test(next);
  return word === 'by' && (MONTH.test(next) || YEAR.test(next) || (/^\d{1,2}$/.test(next) && MONTH.test(text[index + 2] ?? '')));
}

/** A crude stem of each word: what a clause's words are compared by ("urge" / "urges", "decisions" / "decision"). */
function stems(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.slice(0, 6));
}

/** A paragraph cut into clauses at commas and semicolons (the opening aside is the caller's). */
function clausesOf(text: string): string[] {
  return text
    .replace(/[;.,:]\s*$/, '')
    .split(/,\s|;\s/)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
}

/** Words that turn or soften an ask: a clause holding one says more than that an event took place (review 18 R1). */
const TURNING = /\b(?:not|no|consider(?:s|ing|ed)?)\b/i;

/** A clause that only records: no stance word, negation, "consider" or hedge outside capitalized names and quoted titles. */
function onlyRecords(clause: string): boolean {
  const unnamed = clause.replace(/[“"][^”"]*[”"]/g, ' ').replace(/\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|on|for|the|and|to|a|in)\s+)*\p{Lu}[\p{L}’'-]*)*/gu, ' ');
  // "…, on a voluntary basis, …" and "…, in particular those that have not yet done so, …" are clauses of their own once
  // cut at commas: an escape clause or a negation is no record of an event (review 18 R1, r1a and r1b).
  return !STANCE.test(unnamed) && !TURNING.test(unnamed) && findHedges(unnamed).length === 0;
}

/** Each word lower-cased, a plural or third-person "s" folded ("urges" / "urge", "decisions" / "decision"), nothing cut shorter: "developed" is not "developing". */
function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => (word.length > 3 ? word.replace(/s$/, '') : word));
}

/** Words a clause said again may gain or lose: "Also"/"Further" openings, possessives, the article (review 18 R1). */
const GAP_WORDS = new Set(['also', 'further', 'its', 'their', 'the']);

/**
 * True when the clause's words occur in the text one after another, whole words, gaining or losing only `GAP_WORDS`:
 * the clause was said there. Whole words in order, so that "urges developed countries … to developing countries" is not
 * said by its inversion (review 17 H3, H6); next to each other, so that "to support the participation" is not said by
 * "to support, on a voluntary basis, the participation", nor "invites all States to contribute" by "invites all States,
 * in particular those that have not yet done so, to contribute" (review 18 R1): a negation, "consider" or a hedge is
 * never a gap.
 */
function saidIn(clause: string, text: string): boolean {
  const wanted = words(clause).filter((word) => !GAP_WORDS.has(word));
  if (wanted.length === 0) return false;
  const found = words(text).filter((word) => !GAP_WORDS.has(word));
  for (let start = 0; start + wanted.length <= found.length; start++) {
    if (wanted.every((word, offset) => found[start + offset] === word)) return true;
  }
  return false;
}

/**
 * True when each clause of `newer` is the event's own record: it only records, it is an implementation asked of the
 * event's own outcomes that the older side also asked (`formulaTexts`), or it was said in the older paragraph or in a
 * paragraph of the older text recording an edition of the same event (`formulaTexts`).
 */
function clausesAreRecords(newer: string, older: string, formulaTexts: readonly string[]): boolean {
  const formulaAsksImplementation = [older, ...formulaTexts].some((text) => clausesOf(text).some((clause) => OWN_IMPLEMENTATION.test(clause)));
  return clausesOf(newer).every(
    (clause) =>
      onlyRecords(clause) ||
      (OWN_IMPLEMENTATION.test(clause) && formulaAsksImplementation) ||
      saidIn(clause, older) ||
      formulaTexts.some((text) => saidIn(clause, text)),
  );
}

/** True when each clause of `newer` only records or was said in the older paragraph itself: nothing asked anew. */
function clausesOnlyRecord(newer: string, older: string): boolean {
  return clausesOf(newer).every((clause) => onlyRecords(clause) || saidIn(clause, older));
}

/** The older text's other paragraphs that record (welcome, note) an edition of one of these events. */
function formulaParagraphs(events: Set<string>, olderTexts: readonly string[], except: string): string[] {
  return olderTexts.filter((text) => text !== except && DONE_OPENING.test(text) && [...eventsOf(editions(text))].some((event) => events.has(event)));
}

/**
 * A paragraph that looked forward to an event, decided it, or recalled a request that it be held or a body be
 * established, rewritten to welcome it as held or done: the same edition of the same event (or the same thing
 * requested, by the same body), and every older clause carried or only a record. Every newer clause only records or
 * was said by the older paragraph (`clausesOnlyRecord`); with `formulaAsks`, an ask the older text made of the edition
 * before's outcomes, in its words, is also allowed (`clausesAreRecords`): the caller then keeps the finding and reads
 * only its commitment shift as routine. The reason, else null.
 */
export function heldRewriteReason(before: string, after: string, olderTexts: readonly string[], formulaAsks = true): string | null {
  const done = DONE_OPENING.exec(after);
  // Looked forward to or asked for, then only noted: a downgrade, not the thing awaited welcomed.
  if (!done || !welcomes(done)) return null;
  const awaiting = AWAITING_OPENING.exec(before);
  const requested = awaiting ? null : REQUEST_OPENING.exec(before);
  if (!awaiting && !requested) return null;
  const newerRest = after.slice(done.index + done[0].length);
  if (awaiting) {
    const [olderEditions, newerEditions] = [editions(before), editions(after)];
    const shared = [...olderEditions.keys()].filter((key) => newerEditions.has(key));
    // The same edition of the same event, and no other edition named by either side alone.
    if (shared.length === 0 || shared.length !== olderEditions.size || shared.length !== newerEditions.size) return null;
    const olderRest = before.slice(awaiting[0].length);
    if (!clausesOf(olderRest).every((clause) => onlyRecords(clause) || saidIn(clause, after))) return null;
    if (!formulaAsks) return clausesOnlyRecord(newerRest, before) ? `event held: the ${olderEditions.get(shared[0])}, looked forward to, now welcomed as held` : null;
    if (!clausesAreRecords(newerRest, before, formulaParagraphs(eventsOf(newerEditions), olderTexts, before))) return null;
    return `event held: the ${olderEditions.get(shared[0])}, looked forward to, now welcomed as held in the older text's words for the edition before it`;
  }
  // A request fulfilled: the act asked ("to establish") is the act welcomed ("the establishment"), the rest unchanged.
  const [body, verb] = [requested![1], requested![2].toLowerCase()];
  if (!(DONE_FOR[verb] ?? []).includes(done[1].toLowerCase()) || !after.includes(body.replace(/^the\s/i, ''))) return null;
  const olderRest = before.slice(requested!.index + requested![0].length);
  // What was asked for stands in the newer text word for word (its description and mandate), nothing added but records.
  const newerTail = newerRest.replace(/^\s*by\s.*?\sof\s/, '');
  if (stems(olderRest).join(' ') !== stems(newerTail).join(' ')) {
    const added = stems(newerTail).filter((word) => !stems(olderRest).includes(word));
    if (added.length > 0 || !clausesAreRecords(newerTail, olderRest, [])) return null;
    // Nothing of the mandate lost on the way but its dates: a request for a "legally binding" framework is not
    // fulfilled by a working group on a framework (review 17 R1b).
    const newerWords = new Set(words(newerTail));
    const olderWords = words(olderRest);
    if (olderWords.some((word, index) => !newerWords.has(word) && !isDateWord(olderWords, index))) return null;
  }
  return `a request fulfilled: ${body} asked to ${verb}, the ${done[1].toLowerCase()} now welcomed`;
}

/** Ordinal words to numbers, for an edition's place in the series. */
const ORDINAL_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13,
  fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50,
  sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

export function ordinalNumber(word: string): number | null {
  const lowered = word.toLowerCase();
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(lowered);
  if (digits) return Number(digits[1]);
  const [tens, unit] = lowered.includes('-') ? lowered.split('-') : ['', lowered];
  const value = ORDINAL_UNITS[unit];
  if (value === undefined || (tens !== '' && TENS[tens] === undefined)) return null;
  return (tens === '' ? 0 : TENS[tens]) + value;
}

/**
 * A welcome of one edition of an event (its convening, host, dates, what it adopted) rewritten as the welcome of a
 * later edition of the same event: every edition the older paragraph names is succeeded by a later one of the same
 * event, none named by both; both open by welcoming the convening; every clause of each side is the edition's own
 * record (`clausesAreRecords`, the older paragraph's implementation formula allowed for the newer edition's outcomes).
 * The reason, else null.
 */
export function editionRecordReason(before: string, after: string, olderTexts: readonly string[]): string | null {
  const [olderDone, newerDone] = [DONE_OPENING.exec(before), DONE_OPENING.exec(after)];
  if (!olderDone || !newerDone || !/^(?:convening|holding)$/i.test(olderDone[1]) || !/^(?:convening|holding)$/i.test(newerDone[1])) return null;
  // The same verb group on both sides: a welcome become a note (or the reverse) is the drafters' judgement of the edition.
  if (welcomes(olderDone) !== welcomes(newerDone)) return null;
  const [olderEditions, newerEditions] = [editions(before), editions(after)];
  if (olderEditions.size === 0 || olderEditions.size !== newerEditions.size || [...olderEditions.keys()].some((key) => newerEditions.has(key))) return null;
  const newerByEvent = new Map([...newerEditions.keys()].map((key) => [key.split('|')[1], key.split('|')[0]]));
  for (const key of olderEditions.keys()) {
    const [ordinal, event] = key.split('|');
    const later = newerByEvent.get(event);
    const [from, to] = [ordinalNumber(ordinal), later === undefined ? null : ordinalNumber(later)];
    if (from === null || to === null || to <= from) return null;
  }
  const olderRest = before.slice(olderDone.index + olderDone[0].length);
  const newerRest = after.slice(newerDone.index + newerDone[0].length);
  const formulas = formulaParagraphs(eventsOf(newerEditions), olderTexts, before);
  if (!clausesAreRecords(olderRest, '', [])) {
    // The older record's own implementation formula is its edition's record too.
    if (!clausesOf(olderRest).every((clause) => onlyRecords(clause) || OWN_IMPLEMENTATION.test(clause))) return null;
  }
  if (!clausesAreRecords(newerRest, before, formulas)) return null;
  // The ask on the edition's outcome in the same verb on both sides ("and urges their full implementation" dropped, or
  // become "looks forward to", is a weaker ask: review 17 E3).
  if (ownAsks(olderRest) !== ownAsks(newerRest)) return null;
  const [first] = olderEditions.keys();
  const later = newerByEvent.get(first.split('|')[1]);
  return `event records moved on: the ${olderEditions.get(first)} welcomed as held → the ${later} ${first.split('|')[1].split(' ')[0]} welcomed as held (each edition's own record)`;
}

/** A look-forward to something due at an event's edition: "Looks forward to the conclusion of the first global stocktake at the fifth session of …". */
const AWAITED_AT = new RegExp(`${LEAD}look(?:s|ing) forward(?:\\s(?:also|further))? to the (?:conclusion|completion|adoption|launch|outcome) of (?:the\\s)?(.{6,80}?)\\sat the\\s`, 'i');
/** A closing clause that recognizes work done in years already past: ", and recognizes the technical work conducted in 2022 and 2023". */
const PAST_WORK = /^(?:and\s)?(?:recogniz(?:es|ing)|not(?:es|ing)|welcom(?:es|ing))\s(?:the\s)?(?:[\p{L}-]+\s){0,3}work\s(?:conducted|carried out|undertaken|done)\sin\s((?:19|20)\d\d)(?:\s(?:and|to)\s((?:19|20)\d\d))?$/iu;

/**
 * A dropped look-forward to an outcome due at an edition of an event ("Looks forward to the conclusion of the first
 * global stocktake at the fifth session of the Conference of the Parties serving as the Meeting of the Parties to the
 * Paris Agreement, …"), where a newer paragraph welcomes that edition as held and names the outcome ("… which include the
 * outcome of the first global stocktake of the Paris Agreement"): the thing awaited is recorded with its event. Its
 * other clauses describe the outcome (an infinitive of purpose) or recognize work of past years. The reason, else null.
 */
export function awaitedOutcomeRecordedReason(text: string, newerTexts: readonly string[]): string | null {
  const awaited = AWAITED_AT.exec(text);
  if (!awaited) return null;
  const outcome = awaited[1].toLowerCase();
  const awaitedEditions = editions(text);
  if (awaitedEditions.size === 0) return null;
  const [, ...rest] = text.replace(/[;.,]\s*$/, '').split(/,\s(?=and\s)/);
  const lastYear = Math.max(0, ...rest.flatMap((clause) => (PAST_WORK.exec(clause) ?? []).slice(1).filter((year) => year !== undefined).map(Number)));
  if (!rest.every((clause) => PAST_WORK.test(clause))) return null;
  const holding = newerTexts.find((paragraph) => {
    if (!DONE_OPENING.test(paragraph) || !paragraph.toLowerCase().includes(outcome)) return false;
    const held = editions(paragraph);
    return [...awaitedEditions.keys()].some((key) => held.has(key));
  });
  if (holding === undefined) return null;
  const years = (holding.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number);
  if (rest.length > 0 && years.length > 0 && lastYear > Math.max(...years)) return null;
  const [edition] = [...awaitedEditions.keys()].filter((key) => editions(holding).has(key));
  return `event passed: ${awaited[1]}, looked forward to at the ${awaitedEditions.get(edition)}, recorded among the outcomes of that session welcomed as held`;
}

/** A recalled request that an event be convened, with its description: "Recalls its request for the President of the General Assembly to convene a global stocktaking, …, to be held in 2024, …". */
const EVENT_REQUESTED = /^(?:(?:Also|Further)\s)?Recalls its (?:request|decision)\s(?:for|to|that)\s.{3,120}?\sto\s(?:convene|hold|organize)\s(?:an?|the)\s([\p{L}-]+(?:\s[\p{L}-]+){0,3}?)(?=,|\s(?:to be held|on|in|at|marking)\b)/u;
/** A request that the event be prepared: "Requests the President …, supported by the Secretariat …, to support the preparations for the global stocktaking, …". */
const PREPARATIONS_REQUESTED = /^(?:(?:Also|Further)\s)?Requests\s.{3,200}?\sto\s(?:support|undertake|make|begin|facilitate)\s(?:the\s)?preparations\s(?:for|of)\s(?:the\s)?([\p{L}-]+(?:\s[\p{L}-]+){0,3}?)(?=,|;|\s(?:to be held|in|at|including)\b)/u;

/**
 * A dropped paragraph that recalled the request that an event be convened ("to be held in 2024"), or requested its
 * preparations, when the newer text welcomes the same event as convened (its description's words, stems compared:
 * "global stocktaking" / "global stocktake"; and the year awaited, when the older text gave one): the request was
 * carried out, the event held (Energy 78/157 → 79/211 OP 37 and OP 38, trial 17-a D1: "Welcomes the convening of the
 * global stocktake, … held on 19 April 2024"). For the preparations, the older text must also hold the request that
 * the event be convened. The reason, else null.
 */
export function requestedEventHeldReason(text: string, olderTexts: readonly string[], newerTexts: readonly string[]): string | null {
  const requested = EVENT_REQUESTED.exec(text);
  const preparing = requested ? null : PREPARATIONS_REQUESTED.exec(text);
  if (!requested && !preparing) return null;
  // Another ask beside the event's own (a report to a later session, a decision, a follow-up): what is asked past the
  // event does not pass with it (review 17 D1).
  const opening = (requested ?? preparing)!;
  if (/\b(?:requests?|requesting|decides?|deciding|reports?)\b/i.test(text.slice(opening.index + opening[0].length))) return null;
  const description = opening[1];
  const wanted = stems(description);
  if (wanted.length < 2) return null;
  const requestOf = requested ? text : olderTexts.find((paragraph) => { const found = EVENT_REQUESTED.exec(paragraph); return found !== null && stems(found[1]).join(' ') === wanted.join(' '); });
  if (requestOf === undefined) return null;
  const awaitedYear = /\bto be held in ((?:19|20)\d\d)\b/.exec(requestOf)?.[1];
  const held = newerTexts.find((paragraph) => {
    const done = DONE_OPENING.exec(paragraph);
    if (!done || !/^(?:convening|holding)$/i.test(done[1])) return false;
    // "the convening of the global stocktake": the event's description right after the opening.
    const words = stems(paragraph.slice(done.index + done[0].length)).join(' ').replace(/^of (?:the |an? )?/, '');
    return words.startsWith(wanted.join(' ')) && (awaitedYear === undefined || paragraph.includes(awaitedYear));
  });
  if (held === undefined) return null;
  return requested
    ? `event held: the ${description} the older text asked to be convened${awaitedYear ? ` (in ${awaitedYear})` : ''}, welcomed as convened in the newer text`
    : `event held: the preparations asked for the ${description}, welcomed as convened in the newer text`;
}
