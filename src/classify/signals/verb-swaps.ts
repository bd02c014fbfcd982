import type { CommitmentSignal, DiffPart, Signal } from '../../types.js';
import type { SignalDetector } from './detector.js';
import { commitmentClausesDetector } from './commitment-clauses.js';
import { CLAUSE_FILLERS, COMMITMENT_SCALE, OBJECT_FILLERS, OBJECT_WORDS, findCommitment, phraseAt, qualifierLength, scaleTokens } from './commitment.js';

/**
 * Verbs swapped in place that the opening-verb reading (`commitment.ts`, `commitment-clauses.ts`) does not see, read
 * from the word diff: one verb taken out and another put in at the same place (trial 17b D6, D7, D8).
 *   - a later clause's verb: "…, and urges the Secretary-General to include …" → "…, and invites the Secretary-General to
 *     address …" (Syria 79/185 OP 32 → 80/224 OP 10), "…, and encourages Member States to provide …" → "…, and urges the
 *     Democratic People’s Republic of Korea and Member States to fulfil …" (DPRK 79/181 → 80/220 OP 11);
 *   - a sub-paragraph's infinitive: "To call the continued attention of the Security Council to …" → "To urge the
 *     Security Council to remain actively seized of …" (Rohingya 78/219 OP 30 (f) → 79/182 OP 35 (f));
 *   - the duty an addressee is pressed to: "to take all appropriate steps to ensure the safety and security of United
 *     Nations … personnel" → "… to promote the safety and security …" (Syria 78/222 OP 49 → 79/185 OP 50): to ensure
 *     binds to a result, to promote only to an effort;
 *   - a preambular paragraph raised to an operative one with its verb: "Calling upon …" → "Calls upon …" (Rohingya
 *     79/182 → 80/221, PP → OP 10): the same ask moved from what the text considers to what it resolves.
 * Read only when the commitment detectors found no shift in the pair: the opening verb, when it moved, is the finding's
 * commitment.
 */

/** Verbs that bind the addressee to a result ("to ensure"), above those that bind it to an effort towards one. */
const RESULT_VERBS = new Set(['ensure', 'guarantee', 'secure']);
const EFFORT_VERBS = new Set(['promote', 'facilitate', 'support', 'encourage', 'seek', 'strive', 'endeavour', 'endeavor', 'work', 'help', 'contribute', 'consider', 'explore', 'pursue']);
/** "call the (continued) attention of": it draws attention, it asks nothing; on the lowest rung with `note`. */
const CALL_ATTENTION = /^call\s+(?:the\s+)?(?:continued\s+|urgent\s+|particular\s+)?attention\b/u;
/** Within the fourth rung, the verbs that press a State to act, in order (`commitment.ts`: urges > calls upon). */
const ABOVE_CALL = new Set(['urge']);
/** How far before the end of a replaced stretch a later clause's verb may stand (its addressee's words after it). */
const TAIL_WORDS = 12;

interface Ranked {
  verb: string;
  rank: number;
}

/** A word as the scale names it: "urges" → `urge`, "encourages" → `encourage`, "calls" → `call`; null off the scale. */
function lemmaOf(word: string): string | null {
  const lower = word.toLowerCase();
  for (const candidate of [lower, lower.replace(/s$/u, ''), lower.replace(/es$/u, '')]) {
    if (Object.hasOwn(COMMITMENT_SCALE, candidate) && candidate !== 'will' && candidate !== 'may' && candidate !== 'must' && candidate !== 'shall' && candidate !== 'could' && candidate !== 'should') return candidate;
  }
  return null;
}

/** A clause's verb and its place on the scale (`call` half a rung below `urge`, `call attention` on the lowest rung). */
function rankClauseVerb(words: string): Ranked | null {
  const text = words.trim().toLowerCase();
  const first = text.split(/\s+/u)[0] ?? '';
  if (CALL_ATTENTION.test(text)) return { verb: 'call attention', rank: 2 };
  if (first === 'takes' || first === 'take') return /^takes?\s+note\b/u.test(text) ? { verb: 'take note', rank: COMMITMENT_SCALE['take note'] } : null;
  const lemma = lemmaOf(first.replace(/[^\p{L}-]/gu, ''));
  if (lemma === null) return null;
  return { verb: lemma, rank: COMMITMENT_SCALE[lemma] + (ABOVE_CALL.has(lemma) ? 0.5 : 0) };
}

/** An infinitive's duty: to a result (2) or to an effort (1); null for any other verb. */
function rankDuty(words: string): Ranked | null {
  const first = (words.trim().toLowerCase().split(/\s+/u)[0] ?? '').replace(/[^\p{L}]/gu, '');
  if (RESULT_VERBS.has(first)) return { verb: first, rank: 2 };
  if (EFFORT_VERBS.has(first)) return { verb: first, rank: 1 };
  return null;
}

function signalOf(from: Ranked, to: Ranked, said: (verb: string) => string = (verb) => verb): CommitmentSignal | null {
  if (from.rank === to.rank || from.verb === to.verb) return null;
  const direction = to.rank > from.rank ? 'strengthened' : 'weakened';
  return { type: 'commitment', from: said(from.verb), to: said(to.verb), fromStrength: from.rank, toStrength: to.rank, direction, summary: `commitment ${direction}: ${said(from.verb)} → ${said(to.verb)}`, tally: `commitment ${direction}` };
}

/** The last verb of the scale opening a clause after "and" near the end of a stretch ("…, and encourages "), or null. */
function tailClauseVerb(text: string): Ranked | null {
  const words = text.trim().split(/\s+/u);
  for (let i = words.length - 1; i >= Math.max(1, words.length - TAIL_WORDS); i--) {
    if (words[i - 1].toLowerCase() !== 'and') continue;
    const ranked = rankClauseVerb(words.slice(i).join(' '));
    if (ranked !== null) return ranked;
  }
  return null;
}

/** The participle of a preambular opening and the verb of an operative one: "Calling" and "Calls" of `call`. */
function preambleRaised(deleted: string, inserted: string): CommitmentSignal | null {
  const [participle, verb] = [deleted.trim(), inserted.trim()];
  if (!/^\p{Lu}\p{Ll}+ing$/u.test(participle) || !/^\p{Lu}\p{Ll}+s$/u.test(verb)) return null;
  const stem = participle.slice(0, -3).toLowerCase();
  const lemma = lemmaOf(verb);
  if (lemma === null || !(lemma === stem || lemma === `${stem}e` || lemma.startsWith(stem))) return null;
  const rank = COMMITMENT_SCALE[lemma];
  const [from, to] = [`${participle} (preamble)`, `${verb} (operative)`];
  return { type: 'commitment', from, to, fromStrength: rank, toStrength: rank + 0.5, direction: 'strengthened', summary: `commitment strengthened, raised from preamble to operative part: ${participle} → ${verb}`, tally: 'commitment strengthened' };
}

/** A verb's written forms ("request", "requests", "requested", "requesting"; "urge", "urged", "urging"), as a pattern. */
function formsOf(verb: string): RegExp {
  const stem = verb.replace(/e$/u, '');
  return new RegExp(`\\b(?:${verb}|${verb}s|${verb}es|${stem}ed|${stem}ing)\\b`, 'iu');
}

/**
 * The commitment signals of verbs swapped in place in a word diff (see the module's doc); at most one. A verb the other
 * text still says is no verb replaced: "…, and [-requests the Secretary-General to provide the requested-]{+notes the
 * technical+} upgrades" beside a newer opening "Recalls its request to the Secretary-General to provide upgrades" (Oceans
 * 78/69 OP 106 → 79/144 OP 100) moved the request and noted the upgrades done; it did not lower it to a note.
 */
export function verbSwaps(diff: readonly DiffPart[]): CommitmentSignal[] {
  const olderText = diff.filter((part) => part.op !== 'insert').map((part) => part.text).join('');
  const newerText = diff.filter((part) => part.op !== 'delete').map((part) => part.text).join('');
  return swapsIn(diff).filter((signal) => {
    const [from, to] = [signal.from?.replace(/^to /u, '').split(' ')[0] ?? '', signal.to?.replace(/^to /u, '').split(' ')[0] ?? ''];
    if (/\(preamble\)$/u.test(signal.from ?? '')) return true;
    return !formsOf(from).test(newerText) && !formsOf(to).test(olderText);
  });
}

function swapsIn(diff: readonly DiffPart[]): CommitmentSignal[] {
  for (let i = 0; i + 1 < diff.length; i++) {
    const [a, b] = [diff[i], diff[i + 1]];
    if (!((a.op === 'delete' && b.op === 'insert') || (a.op === 'insert' && b.op === 'delete'))) continue;
    const [deleted, inserted] = a.op === 'delete' ? [a.text, b.text] : [b.text, a.text];
    const before = i > 0 && diff[i - 1].op === 'equal' ? diff[i - 1].text : '';
    const opening = i === 0 || (i === 1 && before.trim() === '');
    if (opening) {
      const raised = preambleRaised(deleted, inserted);
      if (raised !== null) return [raised];
    }
    const tail = before.trimEnd().toLowerCase();
    // A clause opened after "and", or a sub-paragraph's infinitive ("To call …" → "To urge …").
    if (/(?:^|[\s,;])and$/u.test(tail) || (/^to$/u.test(tail) && i === 1)) {
      const [from, to] = [rankClauseVerb(deleted), rankClauseVerb(inserted)];
      if (from !== null && to !== null) {
        const signal = signalOf(from, to);
        if (signal !== null) return [signal];
      }
    }
    // The duty an addressee is pressed to, swapped alone: "to [-ensure-]{+promote+} the safety …".
    if (/(?:^|\s)to$/u.test(tail) && deleted.trim().split(/\s+/u).length === 1 && inserted.trim().split(/\s+/u).length === 1) {
      const [from, to] = [rankDuty(deleted), rankDuty(inserted)];
      if (from !== null && to !== null) {
        const signal = signalOf(from, to, (verb) => `to ${verb}`);
        if (signal !== null) return [signal];
      }
    }
    // A later clause's verb at the end of two replaced stretches, its addressee kept after them ("…, and encourages
    // Member States to provide" → "…, and urges the Democratic People’s Republic of Korea and Member States to fulfil").
    const after = i + 2 < diff.length && diff[i + 2].op === 'equal' ? diff[i + 2].text : '';
    if (/^\s*\p{L}/u.test(after)) {
      const [from, to] = [tailClauseVerb(deleted), tailClauseVerb(inserted)];
      if (from !== null && to !== null) {
        const signal = signalOf(from, to);
        if (signal !== null) return [signal];
      }
    }
  }
  return [];
}

/** The words a paragraph's opening verb is said of (`OBJECT_WORDS` after it, fillers aside), or null. */
function openingObject(tokens: readonly string[]): { phrase: string; object: string } | null {
  const found = findCommitment(tokens);
  if (found === null || found.strength === 0) return null;
  const folded = scaleTokens(tokens);
  const words = found.phrase.split(' ');
  const at = folded.findIndex((_, i) => words.every((word, k) => folded[i + k] === word));
  if (at < 0) return null;
  let start = at + words.length;
  while (start < folded.length && OBJECT_FILLERS.has(folded[start])) start++;
  const object = folded.slice(start, start + OBJECT_WORDS);
  return object.length === OBJECT_WORDS ? { phrase: found.phrase, object: object.join(' ') } : null;
}

/** True when `tokens` hold the phrase said of the object in a later clause, after "and" (fillers between, `CLAUSE_FILLERS`). */
function saysAsLaterClause(tokens: readonly string[], phrase: string, object: string): boolean {
  const folded = scaleTokens(tokens);
  const words = phrase.split(' ');
  for (let i = 1; i < folded.length; i++) {
    const found = phraseAt(folded, i);
    if (found === null) continue;
    // "and taking note with appreciation of": the qualifier is part of the phrase said (`qualifierLength`).
    const qualified = qualifierLength(folded, i + found.length);
    if (folded.slice(i, i + found.length + qualified).join(' ') !== phrase) continue;
    let start = i + words.length;
    while (start < folded.length && OBJECT_FILLERS.has(folded[start])) start++;
    if (folded.slice(start, start + OBJECT_WORDS).join(' ') !== object) continue;
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      if (folded[j] === 'and') return true;
      if (!CLAUSE_FILLERS.has(folded[j])) break;
    }
  }
  return false;
}

/**
 * True for an opening shift between two verbs where one text's opening clause is a later clause the other text already
 * had, same verb, same words: "Encouraging the DPRK to implement the recommendations …, and taking note with
 * appreciation of the submission …" → "Taking note with appreciation of the submission …, and the Committee’s findings
 * …" (DPRK 79/181 → 80/220 PP 8, trial 17b D9) deleted the first clause; the noting was there before. No verb changed:
 * the clause deleted (or put in front) is the word diff's to say.
 */
function openedByKeptClause(signal: Signal, before: readonly string[], after: readonly string[]): boolean {
  if (signal.type !== 'commitment' || signal.change !== undefined || signal.from === null || signal.to === null || before.length === 0 || after.length === 0) return false;
  const [older, newer] = [openingObject(before), openingObject(after)];
  return (newer !== null && newer.phrase === signal.to && saysAsLaterClause(before, newer.phrase, newer.object)) || (older !== null && older.phrase === signal.from && saysAsLaterClause(after, older.phrase, older.object));
}

/**
 * True for a "will" dropped because the act it promised is now done and said so: "In October, the Committee will
 * initiate the balance sheet normalization program …" → "The balance sheet normalization program initiated in October
 * 2017 is proceeding." (FOMC 2017-09-20 → 11-01 ¶ 5, trial 17c D5): the commitment was carried out, not withdrawn. Only
 * when the newer text says the promised verb in its past participle ("initiated") and no longer promises it.
 */
function promiseKept(signal: Signal, before: string, after: string): boolean {
  if (signal.type !== 'commitment' || signal.change !== 'dropped' || (signal.from !== 'will' && signal.from !== 'shall')) return false;
  return [...before.matchAll(/\b(?:will|shall)\s+(?:also\s+)?(\p{Ll}+)/gu)].some((match) => {
    const verb = match[1];
    if (verb.length < 4 || verb === 'continue' || verb === 'maintain') return false;
    const participle = verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
    return new RegExp(`\\b${participle}\\b`, 'u').test(after) && !new RegExp(`\\b(?:will|shall)\\s+(?:also\\s+)?${verb}\\b`, 'u').test(after);
  });
}

/**
 * True for "decide → agree" (or back) between two reports of a committee's meeting: "The Committee also decided to
 * continue …" → "… the Committee agreed today to increase policy accommodation by purchasing additional agency
 * mortgage-backed securities" (FOMC 2012-08-01 → 09-13, QE3's launch, trial 17c D6) report two decisions alike. The
 * UN ladder ("Decides" above "Agrees") ranks a resolution's present-tense verbs; said in the past tense, both verbs
 * record what the meeting decided.
 */
function decisionReported(signal: Signal, before: string, after: string): boolean {
  if (signal.type !== 'commitment' || signal.change !== undefined) return false;
  const verbs = new Set([signal.from, signal.to]);
  if (!verbs.has('decide') || !verbs.has('agree')) return false;
  const said = (text: string, verb: string | null): boolean => new RegExp(`\\b${verb === 'decide' ? 'decided' : 'agreed'}\\b`, 'u').test(text);
  return said(before, signal.from) && said(after, signal.to);
}

/**
 * The commitment signal type as registered (`index.ts`): `commitmentClausesDetector`'s signals, or, on a pair of
 * paragraphs present on both sides where it finds none, a verb swapped in place (`verbSwaps`).
 */
export const commitmentSwapsDetector: SignalDetector = {
  type: 'commitment',
  detect: (input) => {
    const found = commitmentClausesDetector.detect(input).filter((signal) => !openedByKeptClause(signal, input.before.tokens, input.after.tokens) && !promiseKept(signal, input.before.text, input.after.text) && !decisionReported(signal, input.before.text, input.after.text));
    if (found.length > 0 || input.before.text === '' || input.after.text === '') return found;
    return verbSwaps(input.diff);
  },
};
