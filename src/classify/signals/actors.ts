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

/** The actors a text names, each once, in order of first mention (lexicon `lexicons/actors.yaml`). */
export function findActors(text: string, lexicons: Lexicons = defaultLexicons()): ActorMention[] {
  const seen = new Map<string, ActorMention>();
  for (const match of compileMatcher(lexicons.actors, lexicons.actorsIgnore, isState)(text)) {
    if (!match.entry || seen.has(match.entry.name)) continue;
    if (isState(match.entry) && TITLE_AFTER_STATE.test(text.slice(match.end))) continue;
    seen.set(match.entry.name, { name: match.entry.name, category: match.entry.category ?? 'actor', text: match.text });
  }
  return [...seen.values()];
}

/**
 * Actor signals between two versions of a paragraph: an actor named only in the newer text is `added`, only in the
 * older `removed`. The summary says how the list of actors grew or shrank ("3 → 2 actors named"), when it did.
 */
export function actorChanges(before: string, after: string, lexicons: Lexicons = defaultLexicons()): ActorSignal[] {
  const older = findActors(before, lexicons);
  const newer = findActors(after, lexicons);
  const olderNames = new Set(older.map((actor) => actor.name));
  const newerNames = new Set(newer.map((actor) => actor.name));
  // Distinct names, and said only when their number moved: "Indonesia (1 → 1 actors named)" for one country put in
  // another's place read as a contradiction to a desk officer (and mentions, not names, gave "2 → 2").
  const count = olderNames.size === newerNames.size ? '' : ` (${olderNames.size} → ${newerNames.size} actors named)`;
  const removed = older.filter((actor) => !newerNames.has(actor.name));
  const added = newer.filter((actor) => !olderNames.has(actor.name));
  return [
    ...removed.map((actor): ActorSignal => ({ type: 'actor', change: 'removed', actor: actor.name, category: actor.category, text: actor.text, summary: `actor removed: ${actor.name}${count}`, tally: 'actor removed' })),
    ...added.map((actor): ActorSignal => ({ type: 'actor', change: 'added', actor: actor.name, category: actor.category, text: actor.text, summary: `actor added: ${actor.name}${count}`, tally: 'actor added' })),
  ];
}

/** The actor signal type: on paragraphs present on both sides (a new paragraph's actors come with it, they are not a change of scope). */
export const actorDetector: SignalDetector = {
  type: 'actor',
  detect: ({ before, after, lexicons }) => (before.text === '' || after.text === '' ? [] : actorChanges(before.text, after.text, lexicons)),
};
