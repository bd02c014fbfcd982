import type { CommitmentSignal } from '../../types.js';
import type { SignalDetector } from './detector.js';

/**
 * How strongly a diplomatic text commits, by its operative phrase. Drafters signal agreement by verb choice: a text
 * that "welcomes" a decision endorses it; one that "takes note" of it keeps its distance. The scale (5 strongest):
 *   5 decide, commit, undertake, will, shall, must, resolve
 *   4 reaffirm, affirm, confirm, insist, demand, request, urge, call for/on/upon, advocate, endorse, emphasize, stress, reiterate
 *   3 support, welcome, commend, agree, recognize, acknowledge, promote, encourage, appreciate, value
 *   2 note, take note, recall, bear in mind, consider, invite, recommend, should, look forward, explore, may, could, hope
 * Phrases are matched on folded tokens (lemmas), longest first, where they are operative: opening the paragraph
 * ("Welcoming …", "Noting …") or within three words after a subject ("We therefore reaffirm", "The Committee will"),
 * so that nouns ("political will", "the value of") do not count. A paragraph's commitment is its first such phrase.
 * Three refinements an analyst expects: a negated phrase ("we do not support", "must not") has strength 0 and reads
 * `not support`; a modal followed by a verb on the scale reports that verb ("will consider" is `consider`, not `will`);
 * and "may" before a number or after a preposition is the month ("in May 2024"), not the modal.
 */
export const COMMITMENT_SCALE: Readonly<Record<string, number>> = {
  decide: 5, commit: 5, undertake: 5, will: 5, shall: 5, must: 5, resolve: 5,
  reaffirm: 4, affirm: 4, confirm: 4, insist: 4, demand: 4, request: 4, urge: 4, 'call for': 4, 'call on': 4, 'call upon': 4,
  advocate: 4, endorse: 4, emphasize: 4, stress: 4, reiterate: 4,
  support: 3, welcome: 3, commend: 3, agree: 3, recognize: 3, acknowledge: 3, promote: 3, encourage: 3, appreciate: 3, value: 3,
  note: 2, 'take note': 2, recall: 2, 'bear in mind': 2, consider: 2, invite: 2, recommend: 2, should: 2, 'look forward': 2, explore: 2, may: 2, could: 2, hope: 2,
};

/** The verbs of the lowest rung that record rather than commit: a text notes or recalls what is, it takes no position. */
const RECORDING = new Set(['note', 'take note', 'recall', 'bear in mind']);

/** Who commits: the subjects of operative verbs in declarations, statements and communiqués (as folded lemmas). */
const SUBJECTS = new Set(['we', 'i', 'they', 'committee', 'state', 'minister', 'party', 'government', 'leader', 'participant', 'member', 'council', 'assembly', 'group', 'un', 'unga', 'oewg', 'gge']);

const PHRASES = Object.keys(COMMITMENT_SCALE)
  .map((phrase) => phrase.split(' '))
  .sort((a, b) => b.length - a.length);

const MODALS = new Set(['will', 'shall', 'must', 'may', 'could', 'should']);
const NEGATIONS = new Set(['not', 'no', 'never', 'neither', 'nor']);
/** Words before "may" that make it the month: "in May", "since May", "of May". */
const MONTH_CONTEXT = new Set(['in', 'of', 'since', 'until', 'from', 'on', 'by', 'during', 'last', 'next', 'early', 'late', 'mid', 'before', 'after']);

function phraseAt(tokens: readonly string[], i: number): string[] | null {
  return PHRASES.find((words) => words.every((word, k) => tokens[i + k] === word)) ?? null;
}

/** The first commitment phrase in a token list, with its strength; null when the paragraph commits to nothing. */
export function findCommitment(tokens: readonly string[]): { phrase: string; strength: number } | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!isOperativePosition(tokens, i)) continue;
    let words = phraseAt(tokens, i);
    if (!words) continue;
    if (words[0] === 'may' && (MONTH_CONTEXT.has(tokens[i - 1]) || /^\d/.test(tokens[i + 1] ?? ''))) continue;
    let negated = NEGATIONS.has(tokens[i - 1]) || NEGATIONS.has(tokens[i - 2]);
    if (MODALS.has(words[0])) {
      // "must not refrain", "will not support": the negation follows the modal.
      let next = i + 1;
      if (NEGATIONS.has(tokens[next])) {
        negated = true;
        next++;
      }
      const verb = phraseAt(tokens, next);
      if (verb && !MODALS.has(verb[0])) {
        words = verb;
      }
    }
    const phrase = words.join(' ');
    if (!negated) return { phrase, strength: COMMITMENT_SCALE[phrase] };
    return { phrase: MODALS.has(phrase) ? `${phrase} not` : `not ${phrase}`, strength: 0 };
  }
  return null;
}

/** Adverbs that may open an operative paragraph before its verb ("Also urges", "Further requests", "Once again calls"). */
const OPENING_ADVERBS = new Set(['also', 'further', 'again', 'once', 'strongly', 'firmly', 'furthermore', 'moreover', 'therefore', 'hereby']);

function isOperativePosition(tokens: readonly string[], position: number): boolean {
  if (position === 0) return true;
  if (position <= 2 && tokens.slice(0, position).every((token) => OPENING_ADVERBS.has(token))) return true;
  for (let k = Math.max(0, position - 3); k < position; k++) if (SUBJECTS.has(tokens[k])) return true;
  return false;
}

/** True when a token list holds a phrase's words in a row (`request`, `take note`); a negated phrase (`not support`) never. */
function containsPhrase(tokens: readonly string[], phrase: string): boolean {
  const words = phrase.split(' ');
  if (words.includes('not')) return false;
  for (let i = 0; i + words.length <= tokens.length; i++) if (words.every((word, k) => tokens[i + k] === word)) return true;
  return false;
}

/** A commitment signal when the strength of the operative phrase changed between two versions; null otherwise. */
export function commitmentShift(before: readonly string[], after: readonly string[]): CommitmentSignal | null {
  const from = findCommitment(before);
  const to = findCommitment(after);
  const fromStrength = from?.strength ?? 0;
  const toStrength = to?.strength ?? 0;
  if (fromStrength === toStrength) return null;
  // An opening off the scale ("Alarmed at", "Expressing deep concern", "Underscores", or a sub-paragraph whose verb is
  // its chapeau's) is not weaker than one that records ("Noting", "Recalling", "Takes note of"): the scale cannot order
  // them, and "Alarmed that … 16.7 million Syrians need assistance" → "Noting that … 1 million have returned" is no
  // commitment strengthened. Between no phrase and a verb that commits or welcomes, the shift stays.
  if ((from === null && RECORDING.has(to?.phrase ?? '')) || (to === null && RECORDING.has(from?.phrase ?? ''))) return null;
  // A verb "lost" that the other text still carries (`Requests …` → `Expresses its concern … and reiterates its request`,
  // `Supports …` → `Encourages efforts to support …`) moved from the opening into the paragraph: nothing was weakened.
  if (from !== null && to === null && containsPhrase(after, from.phrase)) return null;
  if (to !== null && from === null && containsPhrase(before, to.phrase)) return null;
  return {
    type: 'commitment',
    from: from?.phrase ?? null,
    to: to?.phrase ?? null,
    fromStrength,
    toStrength,
    direction: toStrength > fromStrength ? 'strengthened' : 'weakened',
    summary: `commitment ${toStrength > fromStrength ? 'strengthened' : 'weakened'}: ${from?.phrase ?? '(none)'} → ${to?.phrase ?? '(none)'}`,
    tally: `commitment ${toStrength > fromStrength ? 'strengthened' : 'weakened'}`,
  };
}

/** The commitment signal type: only for paragraphs present on both sides (a new paragraph commits; it does not shift). */
export const commitmentDetector: SignalDetector = {
  type: 'commitment',
  detect: ({ before, after }) => {
    if (before.tokens.length === 0 || after.tokens.length === 0) return [];
    const shift = commitmentShift(before.tokens, after.tokens);
    return shift ? [shift] : [];
  },
};
