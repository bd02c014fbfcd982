import type { ActorSignal } from '../../types.js';
import type { SignalDetector } from './detector.js';
import { compileMatcher, defaultLexicons, type LexiconEntry, type Lexicons } from './lexicon.js';

/** An actor named in a text: its canonical name and category, and the words as written the first time. */
export interface ActorMention {
  name: string;
  category: string;
  text: string;
}

/** States are proper names ("Chad", "Niger", "Jordan", "Georgia"): matched with their capital only. */
const isState = (entry: LexiconEntry): boolean => entry.category === 'state';

/**
 * A State's name as the first words of a document's or a process's title (`the Antigua and Barbuda Agenda for Small
 * Island Developing States`, `the Brazil Declaration and Plan of Action`): the place it was adopted, not a State acting.
 * The title word is capitalized, so "Norway Calls" or "Chad and the programme" are not taken for one.
 */
const TITLE_AFTER_STATE = /^\s+(?:Agenda|Declaration|Programme|Program|Plan|Pathway|Consensus|Principles|Platform|Process|Accord|Accords|Agreement|Framework|Statement|Commitments?|Initiative|Protocol|Compact|Outcome|Strategy|Action Agenda|Action Plan|Call to Action)\b/u;

/** A body's noun and "of" right before a name, capitalized as a title ("Conference of States Parties", "Meeting of States Parties"). */
const BODY_OF_BEFORE = /\b(?:Conference|Meeting|Assembly)\s+of\s+(?:the\s+)?$/u;

/** A possessive followed by a capitalized noun, as a title is written ("Federal Reserve's Balance Sheet"). */
const POSSESSIVE_IN_TITLE = /^['’]s\s+\p{Lu}\p{Ll}/u;

/** What follows a body's name that issues a numbered act: "General Assembly resolution 79/114", "Security Council resolutions 2334 (2016)", "Human Rights Council decision 18/117". */
const CITED_ACT_AFTER = /^\s+(?:resolutions?|decisions?)\s+(?:\d|[A-Z]{1,4}[(/.-]?\d)/u;

/** A title quoted after "entitled" (a resolution, a report, an agenda item): the words name it, as they do for topics. */
const ENTITLED = /\bentitled\s+[“"][^”"]*[”"]/g;

/**
 * The actors a text names, each once, in order of first mention (lexicon `lexicons/actors.yaml`). Words of a title
 * quoted after "entitled" name a document, not an actor of the paragraph: "GC(67)/RES/14, entitled “Status of Palestine
 * in the IAEA”" dropped from a list of resolutions taken note of read as `actor removed: State of Palestine`, and
 * “Staffing of the Agency’s Secretariat” as `actor removed: Secretariat` (Report of the IAEA 78/8 → 79/4 OP 2, trial
 * 15b): the resolution dropped is the reference signal's, with its title.
 */
export function findActors(text: string, lexicons: Lexicons = defaultLexicons(), citations = false): ActorMention[] {
  const seen = new Map<string, ActorMention>();
  const untitled = text.replace(ENTITLED, (title) => ' '.repeat(title.length));
  for (const match of compileMatcher(lexicons.actors, lexicons.actorsIgnore, isState)(untitled)) {
    if (!match.entry || seen.has(match.entry.name)) continue;
    if (isState(match.entry) && TITLE_AFTER_STATE.test(untitled.slice(match.end))) continue;
    if (namesDatedMeeting(text, match.start, match.end, match.text)) continue;
    // A group's name inside a body's ("decided by the Tenth Conference of States Parties", ATT 79/52 → 80/46 OP 4, trial
    // 20a D13): the Conference is named, not the States parties acting.
    if (BODY_OF_BEFORE.test(untitled.slice(Math.max(0, match.start - 30), match.start))) continue;
    // A possessive inside a capitalized title ("the Plans for Reducing the Size of the Federal Reserve's Balance Sheet",
    // FOMC 2022-03-16 → 05-04 ¶ 3, trial 20b D11): the document is named, not the body acting.
    if (POSSESSIVE_IN_TITLE.test(untitled.slice(match.end, match.end + 30))) continue;
    // A body's name before the number of one of its resolutions or decisions ("paragraph 8 (d) of General Assembly
    // resolution 79/114"): the citation's issuer, a reference signal's, not an actor of the paragraph (French Polynesia
    // 79/104 → 80/95 OP 12 read "actor added: General Assembly", trial 16a D5).
    // `citations` keeps them: every body a text names, in any role.
    if (!citations && CITED_ACT_AFTER.test(untitled.slice(match.end, match.end + 40))) continue;
    seen.set(match.entry.name, { name: match.entry.name, category: match.entry.category ?? 'actor', text: match.text });
  }
  return [...seen.values()];
}

/**
 * Actor signals between two versions of a paragraph: an actor named only in the newer text is `added`, only in the
 * older `removed`. The summary says how the list of actors grew or shrank ("3 → 2 actors named"), when it did.
 */
export function actorChanges(before: string, after: string, lexicons: Lexicons = defaultLexicons()): ActorSignal[] {
  const olderFound = findActors(before, lexicons);
  const newerFound = findActors(after, lexicons);
  const olderFoundNames = new Set(olderFound.map((actor) => actor.name));
  const newerFoundNames = new Set(newerFound.map((actor) => actor.name));
  // An actor named only as the first words of a name the other side still carries without them ("a United Nations
  // framework convention" → "the framework convention") was not removed or added: the name was shortened.
  // Nor was one named only by its abbreviation qualifying a noun that the other side still writes ("Voting for the FOMC
  // monetary policy action" → "Voting for the monetary policy action", FOMC 2019-05-01 → 06-19: the same action).
  const older = olderFound.filter((actor) => newerFoundNames.has(actor.name) || (!onlyNamesKeptThing(before, actor.name, after, lexicons) && !onlyQualifiesKeptNoun(before, actor.name, after, lexicons) && !namedShortIn(after, actor)));
  const newer = newerFound.filter((actor) => olderFoundNames.has(actor.name) || (!onlyNamesKeptThing(after, actor.name, before, lexicons) && !onlyQualifiesKeptNoun(after, actor.name, before, lexicons) && !namedShortIn(before, actor)));
  const olderNames = new Set(older.map((actor) => actor.name));
  const newerNames = new Set(newer.map((actor) => actor.name));
  // Distinct names, and said only when their number moved: "Indonesia (1 → 1 actors named)" for one country put in
  // another's place read as a contradiction to a desk officer (and mentions, not names, gave "2 → 2").
  const count = olderNames.size === newerNames.size ? '' : ` (${olderNames.size} → ${newerNames.size} actors named)`;
  // An actor the other side still names, if only as a citation's issuer ("General Assembly resolution 71/120" beside
  // "the report submitted to the General Assembly"), was neither added nor removed.
  // Not so an actor the text addressed ("calls upon the Security Council to"): asked to act on one side, only cited as
  // an issuer on the other, it is no longer asked (session 17 review).
  const [olderNamed, newerNamed] = [citedOrActing(before, olderFound, lexicons), citedOrActing(after, newerFound, lexicons)];
  const [olderAddressed, newerAddressed] = [addressedActors(before, lexicons), addressedActors(after, lexicons)];
  const removed = older.filter((actor) => !newerNames.has(actor.name) && (!newerNamed.has(actor.name) || olderAddressed.has(actor.name)));
  // A State no longer named as the one acting, though its name stays inside a title ("the purported suspension by the
  // Russian Federation of the Treaty between the United States of America and the Russian Federation …" → "the
  // unilateral purported suspension of the Treaty between …", Steps roadmap 78/40 → 79/41 PP 8, trial 20a D3).
  // Each role on its own: the Russian Federation still "returning to full implementation" does not keep it the agent "by"
  // whom the Treaty was suspended.
  const noLongerActing = older.filter(
    (actor) =>
      newerNames.has(actor.name) &&
      [AGENT_BEFORE, ACTING_AFTER].some((role) => actingStates(before, lexicons, role).has(actor.name) && !actingStates(after, lexicons, role).has(actor.name)) &&
      // "closure by the Democratic People's Republic of Korea of its borders" → "border restrictions of the Democratic
      // People's Republic of Korea" (DPRK 79/181 OP 2 (a) (vii)): the act still its own.
      !actingStates(after, lexicons, OWNER_BEFORE).has(actor.name),
  );
  const added = newer.filter((actor) => !olderNames.has(actor.name) && (!olderNamed.has(actor.name) || newerAddressed.has(actor.name)));
  return [
    ...removed.map((actor): ActorSignal => ({ type: 'actor', change: 'removed', actor: actor.name, category: actor.category, text: actor.text, summary: `actor removed: ${actor.name}${count}`, tally: 'actor removed' })),
    ...noLongerActing.map((actor): ActorSignal => ({ type: 'actor', change: 'removed', actor: actor.name, category: actor.category, text: actor.text, summary: `actor removed: ${actor.name} (no longer named as acting)`, tally: 'actor removed' })),
    ...added.map((actor): ActorSignal => ({ type: 'actor', change: 'added', actor: actor.name, category: actor.category, text: actor.text, summary: `actor added: ${actor.name}${count}`, tally: 'actor added' })),
  ];
}

/** The nouns a body is called by alone once named ("the Council", "the Assembly", "the Committee"). */
const BODY_NOUN = /\b(Council|Assembly|Committee|Commission|Conference)$/u;

/**
 * True when a body named in full on one side is named on the other by its noun alone, no capitalised word before it:
 * "submitted to the Council at its thirty-seventh session" → "submitted to the Human Rights Council …" (DPRK 78/218 →
 * 79/181 PP 8), "before the Assembly" → "before the General Assembly" (UNGDC France 2022 → 2023 ¶ 1), "the Committee"
 * → "The Federal Open Market Committee" (FOMC 2020-01-29 → 03-03): the same body named in full (trials 17b D13, 17c D6).
 */
function namedShortIn(other: string, actor: ActorMention): boolean {
  if (actor.category !== 'body') return false;
  const noun = BODY_NOUN.exec(actor.name)?.[1];
  if (noun === undefined) return false;
  return new RegExp(String.raw`(?:^|[^\p{L}\s]\s*|\b(?:[Tt]he|[Tt]his|that|said)\s+)${noun}\b`, 'u').test(other.replace(/\s+/gu, ' '));
}

/** The names of every actor a text names, acting or as a citation's issuer (`findActors` with `citations`). */
function citedOrActing(text: string, acting: readonly ActorMention[], lexicons: Lexicons): Set<string> {
  return new Set([...acting.map((actor) => actor.name), ...findActors(text, lexicons, true).map((actor) => actor.name)]);
}

/** A verb that asks an actor to act, right before its name ("calls upon the", "urges", "requests also the", "invites"). */
const ADDRESSED_BEFORE = /\b(?:calls?\s+(?:up)?on|calling\s+(?:up)?on|urges?|urging|requests?|requesting|invites?|inviting|encourages?|encouraging|demands?|demanding|appeals?\s+to|appealing\s+to)\s+(?:(?:also|further|again)\s+)?(?:the\s+)?$/i;

/** The names of the actors a text addresses: asked to act by the verb right before their name (`ADDRESSED_BEFORE`). */
function addressedActors(text: string, lexicons: Lexicons): Set<string> {
  const matches = compileMatcher(lexicons.actors, lexicons.actorsIgnore, isState)(text);
  return new Set(matches.flatMap((match) => (match.entry && ADDRESSED_BEFORE.test(text.slice(Math.max(0, match.start - 40), match.start)) ? [match.entry.name] : [])));
}

/** "by" right before a State's name: the one that did the act ("the suspension by the Russian Federation of …"). */
const AGENT_BEFORE = /\bby\s+(?:the\s+)?$/iu;
/** A noun and "of the" right before a State's name: the act or thing is the State's ("border restrictions of the …"). */
const OWNER_BEFORE = /\b\p{Ll}{4,}\s+of\s+the\s+$/u;
/** A present participle right after a State's name: the State doing it ("the importance of the Russian Federation returning to …"). */
const ACTING_AFTER = /^\s+\p{Ll}+ing\b/u;

/** The States a text names in one acting role (`AGENT_BEFORE` or `ACTING_AFTER`), not only inside a title or a list. */
function actingStates(text: string, lexicons: Lexicons, role: RegExp): Set<string> {
  const matches = compileMatcher(lexicons.actors, lexicons.actorsIgnore, isState)(text);
  const acting = (end: number): boolean => ACTING_AFTER.test(text.slice(end, end + 30));
  // "the importance of the Russian Federation returning …" is the State acting, not its thing.
  const inRole = (start: number, end: number): boolean => (role === ACTING_AFTER ? acting(end) : role.test(text.slice(Math.max(0, start - 30), start)) && (role !== OWNER_BEFORE || !acting(end)));
  return new Set(matches.flatMap((match) => (match.entry && isState(match.entry) && inRole(match.start, match.end) ? [match.entry.name] : [])));
}

/** An instrument named after an actor's name, with at most one word before its noun ("United Nations framework convention"). */
const THING_AFTER = /^\s+((?:\p{Ll}[\p{L}\-]+\s+)?(?:convention|treaty|declaration|framework|agenda|programme|plan|strategy|fund|initiative|compact))(?![\p{L}\-])/u;

/** True when every mention of the actor in `text` opens an instrument ("framework convention") that `other` still writes after an article ("the framework convention"). */
function onlyNamesKeptThing(text: string, name: string, other: string, lexicons: Lexicons): boolean {
  const mentions = compileMatcher(lexicons.actors, lexicons.actorsIgnore, isState)(text).filter((match) => match.entry?.name === name);
  const lowerOther = other.toLowerCase();
  return (
    mentions.length > 0 &&
    mentions.every((match) => {
      const thing = THING_AFTER.exec(text.slice(match.end))?.[1].toLowerCase();
      return thing !== undefined && new RegExp(`(?<![\\p{L}\\p{N}])(?:the|a|an|this|that)\\s+${thing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(lowerOther);
    })
  );
}

/** An abbreviation as written: capitals (digits and hyphens after the first), two letters at least ("FOMC", "UNDP"). */
const ABBREVIATION = /^\p{Lu}[\p{Lu}\d\-]*\p{Lu}$/u;

/**
 * A body's abbreviation naming one of its meetings by its month ("increase in the target range at the April FOMC
 * meeting", FOMC 2015-03-18): the meeting is named, not the body as an actor (trial 15c read "actor added: Federal Open
 * Market Committee (0 → 1 actors named)", then "actor removed" the meeting after). Only an abbreviation between a
 * month's name and "meeting": "the Security Council meeting" or "the FOMC" alone still name the body.
 */
const MONTH_BEFORE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$/u;
const MEETING_AFTER = /^\s+meetings?\b/u;
function namesDatedMeeting(text: string, start: number, end: number, written: string): boolean {
  return ABBREVIATION.test(written) && MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && MEETING_AFTER.test(text.slice(end, end + 12));
}
/** The noun an abbreviation qualifies: the one or two lower-case words right after it ("FOMC monetary policy action" → "monetary policy"). */
const QUALIFIED_NOUN = /^\s+(\p{Ll}[\p{L}\-]+(?:\s+\p{Ll}[\p{L}\-]+)?)/u;

/**
 * True when every mention of the actor in `text` is an abbreviation qualifying a noun ("the FOMC monetary policy action")
 * that `other` still writes after an article ("the monetary policy action"): the qualifier was dropped, the thing it
 * named is the same. An abbreviation acting ("the FOMC brings", "The FOMC has reviewed") is followed by a verb the other
 * side never writes after an article, and stays an actor.
 */
function onlyQualifiesKeptNoun(text: string, name: string, other: string, lexicons: Lexicons): boolean {
  const mentions = compileMatcher(lexicons.actors, lexicons.actorsIgnore, isState)(text).filter((match) => match.entry?.name === name);
  const lowerOther = other.toLowerCase();
  return (
    mentions.length > 0 &&
    mentions.every((match) => {
      if (!ABBREVIATION.test(match.text)) return false;
      const noun = QUALIFIED_NOUN.exec(text.slice(match.end))?.[1].toLowerCase().replace(/\s+/g, ' ');
      return noun !== undefined && new RegExp(`(?<![\\p{L}\\p{N}])(?:the|a|an|this|that|its)\\s+${noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u').test(lowerOther);
    })
  );
}

/** The actor signal type: on paragraphs present on both sides (a new paragraph's actors come with it, they are not a change of scope). */
export const actorDetector: SignalDetector = {
  type: 'actor',
  detect: ({ before, after, lexicons }) => (before.text === '' || after.text === '' ? [] : actorChanges(before.text, after.text, lexicons)),
};
