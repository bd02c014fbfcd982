import type { CommitmentSignal } from '../../types.js';
import type { SignalDetector } from './detector.js';
import { CLAUSE_FILLERS, COMMITMENT_SCALE, OBJECT_FILLERS, OBJECT_WORDS, commitmentDetector, commitmentShift, phraseAt, qualifierLength, scaleTokens } from './commitment.js';
import { stanceTurnedInside } from './recorded-stance.js';

/**
 * The commitment signal read beyond a paragraph's opening, around the opening shift `commitment.ts` reads (trials 14a
 * and 14b, session 14): an opening shift between paragraphs that name different things is dropped (`onSameThings`); a
 * pair whose opening shows none is read in its later clauses kept with their verb changed (`keptClauseShift`), then in
 * a thing it records with another warmth (`recordedStanceShift`). Paragraphs merged or split are read clause by clause
 * by `commitment.ts` itself and left as it reads them.
 */

/** True when the phrase at `at` opens a clause joined by "and" (at most three fillers between, `CLAUSE_FILLERS`). */
function joinedByAnd(tokens: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 4); j--) {
    if (tokens[j] === 'and') return true;
    if (!CLAUSE_FILLERS.has(tokens[j])) return false;
  }
  return false;
}

/** The later clauses of a paragraph that open with a phrase of the scale after "and": where, and the words they are said of (`OBJECT_WORDS`, fillers aside). */
function laterClauses(tokens: readonly string[]): { at: number; object: string }[] {
  const clauses: { at: number; object: string }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const words = phraseAt(tokens, i);
    if (words === null || !joinedByAnd(tokens, i)) continue;
    // "and further takes note with appreciation of the revision …": the words it is said of follow the qualifier.
    let start = i + words.length + qualifierLength(tokens, i + words.length);
    while (start < tokens.length && OBJECT_FILLERS.has(tokens[start])) start++;
    const object = tokens.slice(start, start + OBJECT_WORDS);
    if (object.length === OBJECT_WORDS) clauses.push({ at: i, object: object.join(' ') });
  }
  return clauses;
}

/**
 * The commitment shift of a later clause kept with its verb changed, when the paragraph's opening shows none: "…, and
 * calls upon States that have not yet done so to address their financial obligations …" → "…, and urges States that
 * have not yet done so …" (Arms Trade Treaty 79/52 → 80/46 OP 5, trial 14b) is the same ask pressed harder, read as the
 * same swap opening a paragraph is. A clause is kept when both texts open a clause joined by "and" with a phrase of the
 * scale before the same words (`OBJECT_WORDS` after the verb, "of", "also" … aside); the two clauses are compared as two
 * openings are (`commitmentShift`). A clause added or dropped, or one whose words changed with its verb, is no verb
 * changed of one ask: nothing is read.
 */
function keptClauseShift(before: readonly string[], after: readonly string[]): CommitmentSignal | null {
  const [older, newer] = [scaleTokens(before), scaleTokens(after)];
  const newerClauses = laterClauses(newer);
  for (const clause of laterClauses(older)) {
    const kept = newerClauses.find((other) => other.object === clause.object);
    if (kept === undefined) continue;
    const shift = commitmentShift(older.slice(clause.at), newer.slice(kept.at));
    if (shift !== null) return shift;
  }
  return rewordedClauseShift(older, newer);
}

/** Verbs that ask someone to act or await an act (`rewordedClauseShift`). */
const ASKS = new Set(['urge', 'request', 'call', 'call for', 'call on', 'call upon', 'appeal', 'demand', 'encourage', 'invite', 'look forward', 'anticipate']);
/** Verbs that record or greet a thing done (`rewordedClauseShift`). */
const RECORDS = new Set(['note', 'take note', 'welcome', 'recall', 'acknowledge', 'recognize', 'commend', 'appreciate', 'congratulate', 'express appreciation']);
/** Verbs that repeat what follows them (`rewordedClauseShift`): "reiterates its requests" repeats an ask. */
const REPEATING = new Set(['reiterate', 'renew', 'restate']);
/** The nouns of an ask a repeating verb may carry ("its request", "its call", "its appeal"). */
const REPEATED_ASK = new Set(['request', 'requests', 'call', 'calls', 'appeal', 'appeals']);

/** Whether the newer tokens before `until` say an ask (`ASKS`) the older tokens say nowhere. */
function asksAdded(older: readonly string[], newer: readonly string[], until: number): boolean {
  const said = (tokens: readonly string[], end: number): Set<string> => {
    const found = new Set<string>();
    for (let i = 0; i < end; i++) {
      const phrase = phraseAt(tokens, i)?.join(' ');
      if (phrase !== undefined && ASKS.has(phrase)) found.add(phrase);
    }
    return found;
  };
  const before = said(older, older.length);
  return [...said(newer, until)].some((phrase) => !before.has(phrase));
}

/** Content words shared by two clauses that say one thing with other words around its verb (`rewordedClauseShift`). */
const REWORDED_SHARED = 6;
/** Tokens too plain to tell one clause from another. */
const CLAUSE_PLAIN = new Set(['the', 'of', 'to', 'and', 'in', 'on', 'for', 'a', 'an', 'their', 'its', 'all', 'that', 'with', 'by', 'as', 'be', 'this', 'these', ',', '.', ';', ':']);

/**
 * The last clause of each paragraph said of the same thing, its verb changed and the words just after it reworded:
 * "…, and noting the commitments of the nuclear-weapon States to continuing structured efforts to exchange views on
 * nuclear concepts, doctrines, policies and risk reduction" → "…, and reminding all nuclear-weapon States of the
 * importance of meeting their commitments to engage through structured efforts to exchange views on nuclear concepts,
 * doctrines, policies and risk reduction" (Steps roadmap 78/40 PP 9 → 79/41 PP 10, sig21): the same commitments, now
 * recalled to those who made them, not only noted: `note → remind`, strengthened. An ask answered and now recorded
 * (`ASKS` ↔ `RECORDS`) is none. Read only on the last clause of both
 * (what follows it is what it is said of, to the paragraph's end), when neither verb is said in the other clause, and
 * when the two clauses share most of their content words (at least `REWORDED_SHARED`, and two thirds of the shorter's).
 */
function rewordedClauseShift(older: readonly string[], newer: readonly string[]): CommitmentSignal | null {
  const [olderLast, newerLast] = [laterClauses(older).at(-1), laterClauses(newer).at(-1)];
  if (olderLast === undefined || newerLast === undefined) return null;
  const [fromPhrase, toPhrase] = [phraseAt(older, olderLast.at), phraseAt(newer, newerLast.at)];
  if (fromPhrase === null || toPhrase === null || fromPhrase.join(' ') === toPhrase.join(' ')) return null;
  const words = (tokens: readonly string[], at: number, phrase: readonly string[]): Set<string> => new Set(tokens.slice(at + phrase.length).filter((token) => !CLAUSE_PLAIN.has(token) && /\p{L}/u.test(token)));
  const [mine, theirs] = [words(older, olderLast.at, fromPhrase), words(newer, newerLast.at, toPhrase)];
  if (mine.has(toPhrase[0]) || theirs.has(fromPhrase[0])) return null;
  const shared = [...mine].filter((word) => theirs.has(word)).length;
  if (shared < REWORDED_SHARED || shared * 3 < Math.min(mine.size, theirs.size) * 2) return null;
  const [from, to] = [fromPhrase.join(' '), toPhrase.join(' ')];
  if (!Object.hasOwn(COMMITMENT_SCALE, from) || !Object.hasOwn(COMMITMENT_SCALE, to)) return null;
  // An ask answered: "and urging the Government … to respond to the list of issues" → "and taking note with appreciation
  // of the submission by the Government … of the written replies to the list of issues" (DPRK 78/218 → 79/181 PP 8),
  // "looks forward to the plans of the Institution to adopt …" → "welcomes that the Institution has adopted …" (Syria
  // 78/222 → 79/185 OP 30): what was asked for was done and is now recorded, no ask lowered or raised.
  // "reiterates its requests to the Secretary-General to conclude … the feasibility study" → "… and looks forward to the
  // submission of a report" (LDC 78/233 OP 41 → 79/218 OP 43, review21): the request repeated is an ask, answered.
  const asks = (phrase: string, tokens: readonly string[], at: number, length: number): boolean => ASKS.has(phrase) || (REPEATING.has(phrase) && REPEATED_ASK.has(tokens[at + length] === 'its' || tokens[at + length] === 'their' ? tokens[at + length + 1] : tokens[at + length]));
  const [fromAsks, toAsks] = [asks(from, older, olderLast.at, fromPhrase.length), asks(to, newer, newerLast.at, toPhrase.length)];
  if ((fromAsks && RECORDS.has(to)) || (RECORDS.has(from) && toAsks) || (fromAsks && toAsks && (REPEATING.has(from) || REPEATING.has(to)))) return null;
  // An ask the newer paragraph adds before the compared clause ("…, urges further progress on the elaboration of such a
  // centre, … and looks forward to …"): the paragraph asks more, whatever its last verb.
  if (asksAdded(older, newer, newerLast.at)) return null;
  const [fromStrength, toStrength] = [COMMITMENT_SCALE[from], COMMITMENT_SCALE[to]];
  if (fromStrength === toStrength) return null;
  const direction = toStrength > fromStrength ? 'strengthened' : 'weakened';
  return { type: 'commitment', from, to, fromStrength, toStrength, direction, summary: `commitment ${direction}: ${from} → ${to}`, tally: `commitment ${direction}` };
}

/**
 * The commitment shift of a thing the paragraph records with another verb away from its opening (`stanceTurnedInside`):
 * "…, and in this regard takes note of the Panel’s final report" → "…, welcomes the final report of the High-level
 * Panel …" (External debt 78/137 → 79/197 OP 7, trial 14a) is `take note → welcome`, strengthened. Only verbs of the
 * scale ("with appreciation" is read by the routine rules, not ranked here), and only when their strengths differ.
 */
function recordedStanceShift(before: string, after: string): CommitmentSignal | null {
  const turned = stanceTurnedInside(before, after);
  if (turned === null || !Object.hasOwn(COMMITMENT_SCALE, turned.from.verb) || !Object.hasOwn(COMMITMENT_SCALE, turned.to.verb)) return null;
  const [from, to] = [turned.from.verb, turned.to.verb];
  const [fromStrength, toStrength] = [COMMITMENT_SCALE[from], COMMITMENT_SCALE[to]];
  if (fromStrength === toStrength) return null;
  const direction = toStrength > fromStrength ? 'strengthened' : 'weakened';
  return { type: 'commitment', from, to, fromStrength, toStrength, direction, summary: `commitment ${direction}: ${from} → ${to}`, tally: `commitment ${direction}` };
}

/** A name as written: capitalised words, joined by "of", "on", "for", "the" ("International Commission on Radiological Protection"). */
const NAME_RUN = /\p{Lu}[\p{L}\p{N}’'-]*(?:\s+(?:(?:of|on|for|the)\s+)*\p{Lu}[\p{L}\p{N}’'-]*)*/gu;
const MONTH_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The names a paragraph gives after its opening word, months aside, lowercased. */
function namesGiven(text: string): Set<string> {
  const rest = text.replace(/^\s*\S+/, '');
  return new Set((rest.match(NAME_RUN) ?? []).filter((name) => !MONTH_NAME.test(name)).map((name) => name.toLowerCase()));
}

/**
 * A shift between two ranked verbs, kept only when the two paragraphs speak of something alike: when every name the
 * older gives is gone and the newer gives only others, the paragraphs say different things, and their verbs are not
 * one stance turned. "Acknowledging the memorandum of understanding signed between the International Atomic Energy
 * Agency and the Scientific Committee …, and the framework of cooperation signed between the World Health Organization
 * …" → "Noting the research framework agreement signed with the European Commission …, the memorandums of
 * understanding signed with the International Commission on Radiological Protection …" (Effects of atomic radiation
 * 78/71 PP 16 → 79/85 PP 17, trial 14a) lists other agreements: no "acknowledge → note". A name one side gives whole
 * and the other within a longer one is shared. A stance changed, a commitment added or dropped, and paragraphs without
 * names on both sides are as detected.
 */
function onSameThings(shift: CommitmentSignal | null, before: string, after: string): CommitmentSignal | null {
  if (shift === null || shift.change !== undefined) return shift;
  const [older, newer] = [namesGiven(before), namesGiven(after)];
  // A name said in full on one side and in part on the other ("the Global Framework" → "the Preparatory Meeting of States
  // on the Global Framework …") is one thing named.
  const within = (part: string, whole: string): boolean => ` ${whole} `.includes(` ${part} `);
  const shared = [...older].some((name) => [...newer].some((other) => within(name, other) || within(other, name)));
  return older.size > 0 && newer.size > 0 && !shared ? null : shift;
}

/**
 * The commitment signal type as registered (`index.ts`): `commitmentDetector`'s signals, its opening shift kept only
 * between paragraphs that speak of something alike (`onSameThings`), and, for a pair of one paragraph a side whose
 * opening shows no shift, a later clause's or a recorded thing's shift (`keptClauseShift`, `recordedStanceShift`).
 */
export const commitmentClausesDetector: SignalDetector = {
  type: 'commitment',
  detect: (input) => {
    const found = commitmentDetector.detect(input);
    const { before, after } = input;
    if (before.tokens.length === 0 || after.tokens.length === 0) return found;
    const opening = commitmentShift(before.tokens, after.tokens);
    const read = opening !== null && onSameThings(opening, before.text, after.text) === null ? found.filter((signal) => signal.summary !== opening.summary) : found;
    // An opening shift the detector itself set aside (the older opening verb said again in a later clause: "Affirming
    // the need …" → "Bearing in mind …, affirming the need …", Steps roadmap 78/40 PP 9 → 79/41 PP 10) leaves the
    // later clauses to read, as no opening shift does.
    const openingRead = opening !== null && found.some((signal) => signal.summary === opening.summary);
    if ((openingRead && read.length === found.length) || before.paragraphs !== undefined || after.paragraphs !== undefined) return read;
    const clause = keptClauseShift(before.tokens, after.tokens) ?? recordedStanceShift(before.text, after.text);
    return clause !== null ? [clause, ...read] : read;
  },
};
