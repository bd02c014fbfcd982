import type { DiffPart, HedgeSignal } from '../../types.js';
import type { SignalDetector } from './detector.js';
import { compileMatcher, defaultLexicons, type Lexicons } from './lexicon.js';

/** A hedge found in a text: its canonical name, strength (1 scope qualifier … 3 escape clause) and the words as written. */
export interface HedgeMention {
  name: string;
  strength: number;
  text: string;
}

/**
 * Phrases that hold a hedge's words but leave the addressee no room, kept from matching (trials 17b D6, 17c D6): "as
 * required by international humanitarian law" names the source of an obligation, not a condition left to judgement
 * (Syria 78/222 → 79/185 OP 49 → OP 50 read "hedge removed, strengthened: as required" where the obligation was
 * restated as "in accordance with their obligations under"); a central bank that "will use its tools and act as
 * appropriate" pledges to act (FOMC 2020-03-03, the emergency cut), it qualifies no commitment.
 */
const NOT_HEDGES: readonly string[] = ['as required by', 'as required under', 'act as appropriate', 'acting as appropriate'];

/**
 * The hedge put on the act itself (`lexicons/hedges.yaml`, "consider doing"): "Calls upon all States … to ratify, accept,
 * approve or accede to the Treaty" → "… to consider ratifying, accepting, approving or acceding to the Treaty" (an oral
 * revision to the Arms Trade Treaty's OP 6, trial 21-a D7) asks States only to weigh the act. The lexicon holds its fixed
 * phrases ("explore the possibility of"); "consider" with a gerund is read here, since a lexicon term cannot say "a word
 * ending in -ing". "Decides to consider the question", "Considering that" and "consider the following" take no act.
 */
const CONSIDER_DOING = /\bconsider(?:s|ed|ing)?\s+(?:(?:also|further|positively|seriously|favourably|favorably)\s+)?(\p{L}{3,}ing)\b/giu;
/** Words ending in -ing that are no act a State would be asked to weigh ("consider everything", "consider the following"). */
const NOT_GERUNDS = new Set(['everything', 'anything', 'something', 'nothing', 'during', 'following', 'existing', 'remaining', 'ongoing', 'pending', 'upcoming', 'outstanding', 'forthcoming', 'bring', 'string', 'spring', 'morning', 'evening', 'beijing', 'wellbeing', 'ceiling', 'sibling']);
/** The name of the hedge on the act (`CONSIDER_DOING`), as the lexicon names it; its strength when the lexicon lacks it. */
const ACT_HEDGE = { name: 'consider doing', strength: 2 };

/** Every hedge of a text, in order, repeats included (lexicon `lexicons/hedges.yaml`; `NOT_HEDGES` aside; "consider" with a gerund, `CONSIDER_DOING`). */
export function findHedges(text: string, lexicons: Lexicons = defaultLexicons()): HedgeMention[] {
  const found = compileMatcher(lexicons.hedges, NOT_HEDGES)(text)
    .filter((match) => match.entry !== null)
    .map((match) => ({ name: match.entry!.name, strength: match.entry!.strength ?? 1, text: match.text, at: match.start, end: match.end }));
  const strength = lexicons.hedges.find((entry) => entry.name === ACT_HEDGE.name)?.strength ?? ACT_HEDGE.strength;
  for (const match of text.matchAll(CONSIDER_DOING)) {
    const end = match.index + match[0].length;
    if (NOT_GERUNDS.has(match[1].toLowerCase()) || found.some((hedge) => hedge.at < end && match.index < hedge.end)) continue;
    found.push({ name: ACT_HEDGE.name, strength, text: match[0], at: match.index, end });
  }
  return found.sort((a, b) => a.at - b.at).map(({ name, strength: hedgeStrength, text: said }) => ({ name, strength: hedgeStrength, text: said }));
}

/**
 * Hedge signals between two versions of a paragraph. Hedges are compared as a multiset of names: one more in the newer
 * text is `added` (the paragraph is weakened), one fewer `removed` (strengthened). A removed and an added hedge are
 * paired as `replaced` when their strengths differ (weakened when the new one is stronger), and are only wording when
 * they are equally strong ("where appropriate" → "as appropriate" is the same hedge). A hedge inside a clause the word
 * diff (`diff`, when given) puts in or takes out is neither added nor removed: it qualifies those words.
 */
export function hedgeChanges(before: string, after: string, lexicons: Lexicons = defaultLexicons(), diff: readonly DiffPart[] = []): HedgeSignal[] {
  const older = findHedges(before, lexicons);
  const newer = findHedges(after, lexicons);
  const removed = withoutBareTwins(subtract(subtract(older, newer), inClauses(diff, 'delete', lexicons)), { mine: before, mineHedges: older, theirs: after, theirHedges: newer }).filter((hedge) => actStillAsked(hedge, after, diff, 'delete'));
  const added = withoutBareTwins(subtract(subtract(newer, older), inClauses(diff, 'insert', lexicons)), { mine: after, mineHedges: newer, theirs: before, theirHedges: older }).filter((hedge) => actStillAsked(hedge, before, diff, 'insert'));
  const signals: HedgeSignal[] = [];
  // Equally strong hedges swapped: no signal. Different strengths: one `replaced` signal with the direction.
  while (removed.length > 0 && added.length > 0) {
    const from = removed.shift()!;
    const to = added.shift()!;
    if (from.strength === to.strength) continue;
    const direction = to.strength > from.strength ? 'weakened' : 'strengthened';
    signals.push({ type: 'hedge', change: 'replaced', from: from.text, to: to.text, strength: to.strength, direction, summary: `hedge replaced, ${direction}: ${from.text} → ${to.text}`, tally: 'hedge replaced' });
  }
  for (const hedge of removed) signals.push({ type: 'hedge', change: 'removed', from: hedge.text, to: null, strength: hedge.strength, direction: 'strengthened', summary: `hedge removed, strengthened: ${hedge.text}`, tally: 'hedge removed' });
  for (const hedge of added) signals.push({ type: 'hedge', change: 'added', from: null, to: hedge.text, strength: hedge.strength, direction: 'weakened', summary: `hedge added, weakened: ${hedge.text}`, tally: 'hedge added' });
  return signals;
}

/**
 * True unless a hedge on the act (`CONSIDER_DOING`: "consider ratifying") went in or out with its act: the other text
 * never asks the act ("… and encourages all Parties in a position to do so to consider hosting" dropped with the next
 * meeting's host since chosen, CBD 78/155 OP 2 → 79/208 OP 3), or the word diff only puts the hedged act in or takes it
 * out, replacing nothing ("Calls upon States to identify {+and consider taking +}appropriate measures", Oceans 78/69
 * OP 283 → 79/144 OP 281: one more act asked, hedged). "to [-ratify-]{+consider ratifying+}" hedges the act both ask.
 */
function actStillAsked(hedge: HedgeMention, other: string, diff: readonly DiffPart[], op: 'insert' | 'delete'): boolean {
  const gerund = /^consider\p{L}*\s+(?:\p{L}+\s+)?(\p{L}+)ing$/iu.exec(hedge.text);
  if (hedge.name !== ACT_HEDGE.name || gerund === null) return true;
  let stem = gerund[1].toLowerCase();
  if (/([^aeiou])\1$/u.test(stem)) stem = stem.slice(0, -1);
  if (stem.length >= 3 && !new RegExp(String.raw`\b${stem}`, 'iu').test(other)) return false;
  const otherOp = op === 'insert' ? 'delete' : 'insert';
  return !diff.some((part, index) => part.op === op && part.text.toLowerCase().includes(hedge.text.toLowerCase()) && diff[index - 1]?.op !== otherOp && diff[index + 1]?.op !== otherOp);
}

/** Words that only join a hedge's words to the sentence: a text that lacks one still says the hedge. */
const FUNCTION_WORDS = new Set(['on', 'in', 'at', 'by', 'of', 'to', 'for', 'with', 'from', 'the', 'a', 'an']);

/** Fewest words a hedge keeps without its function words for those words alone to be the hedge (not "appropriate"). */
const HEDGE_CORE_WORDS = 2;

/** A text's words, lowercased, its function words left out, joined by single spaces (with one at each end). */
function coreWords(text: string): string {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []).filter((word) => !FUNCTION_WORDS.has(word));
  return ` ${words.join(' ')} `;
}

/** A text's words, lowercased, and its clause marks (",", ";", "(", ":") as tokens of their own. */
function tokensOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}'’-]+|[,;(:]/gu) ?? [];
}

/** A token a bare twin may follow: a clause mark, a function word, "and" or "or". */
const isOpening = (token: string | undefined): boolean => token === undefined || /^[,;(:]$/.test(token) || FUNCTION_WORDS.has(token) || token === 'and' || token === 'or';

/** The content word just before each place `phrase` stands word for word in `text` ("transfer" before "on mutually agreed terms"). */
function wordsBefore(text: string, phrase: string): string[] {
  const [tokens, wanted] = [tokensOf(text), tokensOf(phrase).filter((token) => !/^[,;(:]$/.test(token))];
  const out: string[] = [];
  for (let start = 1; start + wanted.length <= tokens.length; start++) {
    if (wanted.every((token, k) => tokens[start + k] === token) && !isOpening(tokens[start - 1])) out.push(tokens[start - 1]);
  }
  return out;
}

/** Where the core words `wanted` start in `tokens`, function words and clause marks between them skipped. */
function twinStarts(tokens: readonly string[], wanted: readonly string[]): number[] {
  const starts: number[] = [];
  for (let start = 0; start < tokens.length; start++) {
    if (tokens[start] !== wanted[0]) continue;
    let at = start + 1;
    let matched = 1;
    while (matched < wanted.length && at < tokens.length) {
      if (tokens[at] === wanted[matched]) matched++;
      else if (!FUNCTION_WORDS.has(tokens[at]) && !/^[,;(:]$/.test(tokens[at])) break;
      at++;
    }
    if (matched === wanted.length) starts.push(start);
  }
  return starts;
}

/**
 * How often a hedge's core words stand in a text as a twin of the hedge (review20 S2a, S2c): after a clause start or a
 * function word ("transfer on mutually agreed terms"), or after the word the hedge itself follows on either side
 * ("technology transfer mutually agreed terms", its "on" lost). "to the fullest extent possible" and "respecting mutually
 * agreed terms" are other phrases, no twin of "to the extent possible" or "on mutually agreed terms".
 */
function twinsAt(text: string, core: string, anchors: ReadonlySet<string>): number {
  const tokens = tokensOf(text);
  return twinStarts(tokens, core.trim().split(' ')).filter((start) => isOpening(tokens[start - 1]) || anchors.has(tokens[start - 1])).length;
}

/** Two texts and the hedges found in each: the one whose hedges are read (`mine`) and the other (`theirs`). */
interface HedgeSides {
  mine: string;
  mineHedges: readonly HedgeMention[];
  theirs: string;
  theirHedges: readonly HedgeMention[];
}

/**
 * The hedges of one text (added or removed) less those the other text says as often with a function word missing or
 * different: "technology transfer mutually agreed terms" → "technology transfer on mutually agreed terms" restores "on"
 * (issue 23, seed 2001 #26, read "hedge added, weakened: on mutually agreed terms"): the terms were already mutually
 * agreed. The hedge's words without their function words (`coreWords`) are counted where they stand bare, outside any
 * hedge found, on each side; each bare use more on the other side takes one hedge away. Only a hedge of at least
 * `HEDGE_CORE_WORDS` such words: "as appropriate" is not "appropriate". A hedge put in where the other text never said
 * its words ("on mutually agreed terms" added to a clause that named no terms) keeps its signal.
 */
function withoutBareTwins(hedges: readonly HedgeMention[], sides: HedgeSides): HedgeMention[] {
  const spare = new Map<string, number>();
  const bareOf = (text: string, found: readonly HedgeMention[], core: string, anchors: ReadonlySet<string>): number => twinsAt(text, core, anchors) - found.filter((hedge) => coreWords(hedge.text) === core).length;
  return hedges.filter((hedge) => {
    const core = coreWords(hedge.text);
    if (core.trim().split(' ').length < HEDGE_CORE_WORDS) return true;
    const anchors = new Set(wordsBefore(sides.mine, hedge.text));
    const bare = (text: string, found: readonly HedgeMention[]): number => bareOf(text, found, core, anchors);
    const left = spare.get(core) ?? bare(sides.theirs, sides.theirHedges) - bare(sides.mine, sides.mineHedges);
    spare.set(core, left - 1);
    return left <= 0;
  });
}

/** The hedge that qualifies a list ("inter alia", "among others"; `lexicons/hedges.yaml`): the only one a clause put in its place takes away. */
const LIST_QUALIFIER = 'inter alia';

/** The words that head a list beside its qualifier ("inter alia, the …"): no content of their own. */
const LIST_HEAD = new Set(['the', 'a', 'an', 'and', 'of', 'its', 'their', 'to']);

/** Words a stretch put in or taken out must hold besides its hedges to be a clause rather than a qualifier slipped in or out. */
const NEW_CLAUSE_WORDS = 8;

/**
 * The hedges written inside whole clauses of the word diff put in (`insert`) or taken out (`delete`): a stretch of at
 * least `NEW_CLAUSE_WORDS` other words ("…, including the call for decisive action to ensure sustainable fisheries, inter
 * alia, by ending illegal fishing, …"). A hedge there qualifies the new (or dropped) words: it neither weakens nor
 * strengthens what both texts say (a desk officer's reading, issue 19).
 */
function inClauses(diff: readonly DiffPart[], op: 'insert' | 'delete', lexicons: Lexicons): HedgeMention[] {
  const other = op === 'insert' ? 'delete' : 'insert';
  const wordsOf = (text: string): number => text.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length;
  return diff.flatMap((part, index) => {
    if (part.op !== op) return [];
    const hedges = findHedges(part.text, lexicons);
    if (hedges.length === 0) return [];
    const hedgeWords = hedges.reduce((sum, hedge) => sum + hedge.text.split(/\s+/u).length, 0);
    if (wordsOf(part.text) - hedgeWords >= NEW_CLAUSE_WORDS) return hedges;
    // A scope qualifier taken out where a whole clause is put in its place (or put in where one is taken out) went with
    // the words it qualified: "…2021, [-inter alia, the -]{+and the further escalation of the conflict in the country and
    // the resulting +}cross-border displacement" (Rohingya 78/219 OP 20 → 79/182 OP 24, trial 17b D9) makes an example a
    // consequence; the Assembly's stance is no stronger, and the texts read the other way round no weaker.
    // Only a list qualifier ("inter alia", "among others") taken out with a clause put in right after it, before the same
    // words: "partially complied" → "complied, according to its report …" is an assessment changed, and "partially"
    // put in where praise was cut qualifies what remains (review 18 S1).
    // And only the qualifier with its list's head ("inter alia, the"), the clause leading into the same noun the list
    // did (", the resulting cross-border displacement"): a list taken out with its qualifier for a clause that ends on
    // its own ("inter alia, discrimination and the denial of citizenship" → "the root causes … and to ensure
    // accountability") drops the qualifier from what remains (review 18 S1).
    const [next, after] = [diff[index + 1], diff[index + 2]];
    const replacedByClause = op === 'delete' && next !== undefined && next.op === other && wordsOf(next.text) >= NEW_CLAUSE_WORDS;
    const headOnly = (part.text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => !LIST_HEAD.has(word)).length === hedgeWords;
    const sameNoun = after !== undefined && after.op === 'equal' && /^\s*\p{L}/u.test(after.text) && !/[,;.:]\s*$/u.test(next?.text ?? '');
    return replacedByClause && headOnly && sameNoun ? hedges.filter((hedge) => hedge.name === LIST_QUALIFIER) : [];
  });
}

function subtract(mine: readonly HedgeMention[], theirs: readonly HedgeMention[]): HedgeMention[] {
  const counts = new Map<string, number>();
  for (const hedge of theirs) counts.set(hedge.name, (counts.get(hedge.name) ?? 0) + 1);
  return mine.filter((hedge) => {
    const left = counts.get(hedge.name) ?? 0;
    if (left === 0) return true;
    counts.set(hedge.name, left - 1);
    return false;
  });
}

/** The hedge signal type: on paragraphs present on both sides (a hedge weakens a text only against what it said before). */
export const hedgeDetector: SignalDetector = {
  type: 'hedge',
  detect: ({ before, after, diff, lexicons }) => (before.text === '' || after.text === '' ? [] : hedgeChanges(before.text, after.text, lexicons, diff)),
};
