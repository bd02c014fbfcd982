import type { DissentSignal } from '../../types.js';
import type { SignalDetector } from './detector.js';

/**
 * A voting record's dissent: "Voting against the action was James Bullard, who believed that the Committee should
 * signal more strongly …" (FOMC statements since 2002). What follows "Voting against" to the paragraph's end is the
 * dissenters' own view, not the Committee's: its verbs ("should", "commit") are no commitment of the text, its figures
 * ("preferred to raise the target range … by 25 basis points") no figure the text sets (redline #23, session 15: a
 * reader saw a 25 basis point move in September 2015, when the Committee held). Said in no UN resolution of the corpus.
 */
const DISSENT = /\bVoting against\b/;

/** Where a paragraph's dissent starts ("Voting against …", read to the paragraph's end), or -1 when it records none. */
export function dissentStart(text: string): number {
  return text.search(DISSENT);
}

/** The text with its dissent blanked (same length, so that offsets hold): what the text itself says. */
export function withoutDissent(text: string): string {
  const start = dissentStart(text);
  return start < 0 ? text : text.slice(0, start) + text.slice(start).replace(/[^\s]/gu, ' ');
}

/** Folded tokens up to the dissent ("vote against", the lemmas of "Voting against"). */
export function tokensBeforeDissent(tokens: readonly string[], text: string): readonly string[] {
  if (dissentStart(text) < 0) return tokens;
  const at = tokens.findIndex((token, i) => (token === 'vote' || token === 'voting') && tokens[i + 1] === 'against');
  return at < 0 ? tokens : tokens.slice(0, at);
}

/**
 * A member named in a dissent: a first name, an initial, a surname ("Esther L. George", "James Bullard"), right after
 * "was", "were", "and", a comma or a semicolon, and before a comma, a semicolon, a full stop, "and" or "who".
 */
const MEMBER = /(?<=(?:\bwas|\bwere:?|\band|[,;])\s)\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?\s\p{Lu}[\p{L}'’-]+(?=[,.;]|\s(?:and|who)\b|$)/gu;

/** The members a paragraph records as voting against, in order, each once. */
export function dissenters(text: string): string[] {
  const start = dissentStart(text);
  if (start < 0) return [];
  return [...new Set([...text.slice(start).matchAll(MEMBER)].map((match) => match[0]))];
}

/** A dissent signal: a member voting against who did not before (`added`), or no longer (`dropped`). */
function dissent(change: DissentSignal['change'], member: string): DissentSignal {
  return { type: 'dissent', change, member, summary: `dissent ${change}: ${member}`, tally: `dissent ${change}` };
}

/** Every member a document's paragraphs record as voting against. */
function dissentersOf(paragraphs: readonly string[]): Set<string> {
  return new Set(paragraphs.flatMap((text) => (dissentStart(text) < 0 ? [] : dissenters(text))));
}

/**
 * The dissent signal type: the members voting against, compared by name between the two sides, and against the whole
 * texts when they are given: a dissent moved into a paragraph of its own (FOMC 2014-12-17 recorded three dissents in a
 * new ¶ 7, Kocherlakota's among them, whose dissent ¶ 6 had recorded in October) is the same member dissenting, no
 * dissent dropped from one paragraph and added in another.
 */
export const dissentDetector: SignalDetector = {
  type: 'dissent',
  detect: ({ before, after, documents }) => {
    const [was, is] = [dissenters(before.text), dissenters(after.text)];
    if (was.length === 0 && is.length === 0) return [];
    const [older, newer] = documents !== undefined ? [dissentersOf(documents.before), dissentersOf(documents.after)] : [new Set(was), new Set(is)];
    return [
      ...was.filter((member) => !is.includes(member) && !newer.has(member)).map((member) => dissent('dropped', member)),
      ...is.filter((member) => !was.includes(member) && !older.has(member)).map((member) => dissent('added', member)),
    ];
  },
};
