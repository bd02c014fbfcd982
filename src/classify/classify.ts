import type {
  Alignment,
  AlignmentLink,
  ClassifySide,
  Comparison,
  DiffPart,
  Document,
  DocumentMeta,
  AlignmentRelation,
  Finding,
  FindingKind,
  Paragraph,
  RelatedLink,
  ResolvedOptions,
  Signal,
  Warning,
} from '../types.js';
import { FINDING_KINDS, GROUP_SEPARATOR } from '../types.js';
import { wordDiff, withLetterFold } from './word-diff.js';
import { foldLetter, letterFoldOf, letterFoldReason, type LetterFold } from './letter-fold.js';
import { detectSignals, loadLexicons, type Lexicons, type SignalDocuments } from './signals/index.js';
export { lexiconsFingerprint } from './signals/lexicon.js';
import { isAgedOpening, listGrewOutsideCycle, pastDecisionDroppedAsNews, predecessorCitationReason, recalledListCondensed, resolutionSession, routineReasons, takenIntoListReasons } from './routine.js';
import { editorialReasons, isEditorialChange, isSeamOnlyRegrouping, type OlderParagraph, isSameTextButLayerSplits, repeatedWordingReasons, wordOrderReason } from './editorial.js';
import { findOneChange, ONE_CHANGE_BESIDE, type OneChange } from './one-change.js';
import { markEventParagraphs } from './event-paragraphs.js';
import { markEventsHeld } from './events-held.js';
import { markRecordsMovedOn } from './records-moved-on.js';
import { markEventPassedTone } from './event-passed-tone.js';
import { markRoutineBesideEditorial } from './beside-routine.js';
import { agedStretchesReasons } from './aged-with-year.js';
import { possessiveReasons, sameMeaningReasons } from './same-meaning.js';
import { markYearlyParagraphs } from './yearly.js';
import { sharedWording } from './shared-wording.js';
import { typographyReasons } from './typography.js';
import { documentFigureChanges } from './document-figures.js';
import { documentPledgeChanges } from './document-pledges.js';
import { rosterChangeReason } from './voting-roster.js';
import { resolutionListChange } from './resolution-list.js';
import { sessionOf } from '../ingest/un-metadata.js';

/** Bump when findings, word diffs or signals change, so batch runs do not reuse pairs classified the old way (2: numbers, dates and symbols atomic in word diffs; 3: reference, number, actor, hedge and topic signals, routine changes; 4: related links; 6: compounds editorial, names and footnote marks out of number signals, reasons; 7: statistics refreshed, a pandemic's response aged, footnote marks lost, a preposition repeated; 8: facts aged, names shortened to their defined term, a citation's date with its "of", section numerals and table notes' letters, routine commitment shifts; 9: a mixed number written with a space one figure, word order alone editorial, the previous version cited routine; 10: a recorded event at its latest edition, a fact aged into the past tense, statistics refreshed without a year, grammar words, a term made consistent with the title, a mandate holder's name, a chapter renumbered, an event decided then welcomed as held; 11: a word the PDF text layer cut in two is no change (pairing) with the round-4 rules; 12: an event moved on in a paragraph that records it, an edition before "annual", a footnote mark renumbered, a body's session by its year, a present count, a pandemic named with its disease, a restated request's number; 13: actor counts only when the number of names moved, a year still written inside a date or deadline on the other side neither removed nor added; 14: a resolution of the previous version's session added to a list of recalled ones is routine; 15: the latest ratifications recorded, a tally of what was achieved, a date without its year takes the next date's year, the year's documents considered, an event since held, a recording verb aged inside a paragraph, a summit's document adopted in its host city, words of editorial style; 16–17: footnote marks glued in extracted text, statistics in rewritten sentences, references brought up to date, events read in the digest; 18: an event moved on inside a kept sentence, statistics with their year, a recurring event's cycle, a preparatory meeting held, a publication's next edition, whole paragraphs that only record an event passing (new and dropped), meetings and anniversaries no longer recorded, several resolutions of the older session added to a recalled list, a preposition between two names, a verb's coordinated form, a Goal's number and a list of sessions read as names; 19: a succeeding citation with its date, a request restated to a body named short, a past one-off event's recall dropped, a body welcomed then at work, an event cycle only when decided then welcomed; figures paired by what they count, values the other side still carries, hedges inside whole new clauses, names with numbers, spacing; 20: a decision restated as a preambular participle with the resolution that took it is an aged opening; 21–22: events moved on clause by clause, next editions and events held, bureau rotations, observer lists, working groups' progress, statistics refreshed, COVID-19 references retired; 23: a stance turned on the same outcome negotiated, statistics that drop the causes named negotiated, recalled pandemic resolutions retired, a look-forward clause only added is news; 24: the yearly cycle, terms as the title or the document spells them, words moved, citations shortened or brought up to date, meetings and the older text's own decisions moving on, commitment signals as stance changed / added / dropped; 25: round 14, a footnote mark set apart after a Roman numeral, a month's abbreviation spelled out, a body's name written out beside an aged verb, a citation of a body's resolution dropped, an antecedent spelled out, a body's next block of sessions, the next session's theme set by its body, anniversaries marked or no longer marked, an event's place, dates and theme since set, a decision taken once not restated, a completed body's last report, a name's capitalised word no recurring ask; 26: round 15, an office-holder since appointed, sequencing adverbs after a recording opening or on a joined clause, a body's sessions counted to the latest, a council's resolution cited short, a fact's 'ongoing' or a body's 'new' dropped, running tallies refreshed, a yearly publication's next edition, abbreviations spelled out, a mark glued to a year's comma, a recurring event's region rotating, a pandemic clause retired beside the year, a pandemic's response dropped before the recovery kept, a clause kept in other words beside events; 27: round 16, a conference's name holding a stance word, a meeting's theme the older text set, grammar an aged verb left behind, a financing resolution's standing amounts for the next year, a verb aged with 'also' or in a later clause, a foreseen step counted, a resumed sitting dropped, the welcome of steps since the previous resolution dropped, 'call on/upon', a territory named whole, the Charter named in full, two list items swapped, 'the six/all' official languages, a kept verb behind an added clause, a decision to extend recalled; 28: session 12, the yearly-life rules only between documents of different sessions (a draft and its adopted text, or two revisions, are one session), a date paired only with a date of the same thing (a document's or an event's), renumbered only when the label changed, a session's list of resolutions taken note of routine only when nothing but the list changed, 'item N' and GC(n)/DEC/m no figures, 'urges' above 'calls upon', a yearly deadline moved with the session routine beside a negotiated change, numbers joined by any hyphen or dash kind: a mixed fraction '1‑1/2' is one figure; 29: session 13, a symbol with a body's session in brackets one token ('GC(68)/RES/8'), topics added or removed against the whole texts, a date line named the document's date, recall → note and a merged clause's verb read for commitment shifts, an editorial finding carries no position shift, a presidency list gaining the year's routine, an anniversary's implement-clause dropped routine, a report by symbol → 'its report' editorial, a recalled list condensed routine without reference signals, renumbered only with printed numbers on both sides, the Sevilla Commitment a reference; 30: a range 'X percent to Y percent' one figure, percentages paired only within one unit, an abbreviation that only qualified a kept noun no actor removed; 31: session 14, a routine paragraph's signals routine, references added or removed against the whole texts, the older text itself cited routine, commitment shifts read clause by clause in splits, percentage points equal to basis points no change, FOMC time pledges ('for an extended period', 'be patient') as commitment shifts, shared wording of the whole texts, figures paired by their place in the word diff, a year never the start of a percentage range, an unchanged finding's typography named in its reasons; 32: session 15, a reference succeeds another only on the same subject (titles compared), a noted list whose titles change negotiated, the previous version cited routine only between versions of one text, a decision restated on the same subject no commitment weakened, a body's session items routine, an alternate-year sitting carried by its own cycle routine, an expected event recorded as held routine, stance signals (concern → serious concern), dissent signals and voting rosters (FOMC), commitment shifts by act, rates read across the statement, guidance pledges compared kind by kind, a part of a year one year, dashes folded in word diffs; with a review's near misses kept negotiated: an event not held, an act only recalled, a mandate not renewed, a body that sits every session, a changed legal basis; 33: session 16, no commitment shift across a replaced object, an event looked forward to then welcomed on its date routine, the Guiding Principles on Business and Human Rights a reference, words of every script in word diffs, a decision carried out no dropped commitment (FOMC), the previous meeting's month routine, paces paired by their noun, a pandemic paragraph carrying lasting health policy negotiated, years moving with the text's cycle, a list grown by its successor, an age counted on, a ratifications clause beside a meeting, a past session cited no session signal, an actor the other side still names, a recording verb in its new place, a paragraph taken into a list, an invitation restated, a pandemic clause dropped beside the yearly update, a past step no longer recorded; 34: session 17 review, a past step that establishes, attributes or takes a stance, a term set beside a deciding verb, a pandemic clause on another policy, a target or goal year, a recalled list grown beyond the texts' own cycle all negotiated, an addressee no longer asked an actor removed, a shared owner no kept object, a note's States changed negotiated on a paragraph that kept its words; 35: round 18 (session 17), a kept paragraph whose every edit ages it with the year: a word of time or a process word aged, what was new named, a past event's record or a pandemic leftover dropped, read beside editorial stretches and the yearly succession; wordings of the same meaning editorial: “held on” → “of” a date, established “by” → “pursuant to” a resolution, “make sure” → “ensure”, the Secretary-General's “the” → “his” next report, “many {+of the+}”, “for its contribution to” → “for contributing to”; 36: session 17 fix17a1, a letter a text layer lost read as the letter its font writes instead (words equal, unchanged with the reason), a split or merge changed only at its seam editorial; 37: session 17, trial 17-a: an event looked forward to then welcomed as held in the older paragraph's words, a request fulfilled, a later edition's welcome in place of an earlier, an outcome due at an edition recorded with it, a requested event and its preparations dropped once held, an undated look-forward to a later edition, routine beside editorial, outcomes brought up to their successors or named after adoption, a session paired by its cycle; 38: session 17 (fix17sig), verbs swapped in place read from the word diff (a later clause's verb, an infinitive's duty, a preambular participle raised to an operative verb), the stance opening both paragraphs paired, 'as required by' and 'act as appropriate' no hedges, 'when contrary to' one, a body named in full no actor added, a name's State no actor, a measure's basis no figure, event dates paired by their clause, an opening that was the other text's later clause no verb changed, a promise carried out no commitment dropped, decided/agreed alike, a list's 'inter alia' editorial both ways, 'continue to' after a modal no mandate; 39: session 17 review of the new rules, a welcome or look-forward ending as a note never routine, an ask on an edition's outcome kept or dropped read as such, outcomes succeeded only under an outcome's name (never a body's, never a draft's), an undated look-forward that says more than the edition, a requested event's paragraph that also requests past it; 40: session 18 (sig18), a scope qualifier replaced by a clause no hedge removed, a hedge of a decision aged into its event no hedge removed, an opening that asks no one beside a kept later ask no commitment lowered, a people's name alone pairs no figures, an opening stance said as a plain record a stance weakened; 41: session 18 (lin18), a related link's shared words without fragments or the text's common wording, and a sub-paragraph carried into a neighbour read as merged (aligner/16); 42: session 18 (rules18), a clause said by the older paragraph only in its own whole words and order, a request fulfilled only with its whole mandate ("legally binding" kept), glossary names matched as whole words, a decimal point kept (1.5 is not 15), a paragraph opening "Also welcomes" read as a record of its event; and (dig18) the comparison's summary counts the modified findings substantive, routine and editorial, no finding changed); 43: session 18 (tr18sig, trial 18-a), a verb qualified "with appreciation" or "with satisfaction" half a rung above the bare verb, a paragraph folded into a merge without its verb read against the merged opening (reaffirm → recall), an event welcomed as held with the look-forward kept for the next one routine, the pandemic generalized to a wider term ("pandemics and other health emergencies") negotiated, no longer a COVID-19 reference retired); 44: session 18 (fix18r, review 18's counter-examples; 43 is tr18sig's), an event recorded moves on clause by clause only to itself or its next edition unless looked forward to, only a hedge of the aged opening clause unsaid, an opening that asks no one lowers the ask on an addressee it still names, only a list qualifier taken out before a clause unsaid as a hedge); 45: session 19 (sig19, review 18's near misses), a clause said by the older paragraph only word after word (gaps only for also, further, its, their, the; a negation, "consider" or a hedge never a record), a request fulfilled losing only a date's words (a mandate's number and a perpetrator's "by" kept), no stance weakened where the fact turned (increased → decreased), only "inter alia" with its list's head before a clause leading into the same noun unsaid as a hedge, a welcome of one thing noted of another no commitment weakened, a new paragraph no "percentage changed" (told on the kept paragraph that set the old level)).; 46: session 19 (rules19), wordings of the same meaning editorial in their context: a group's or a treaty's own name ("landlocked developing States/countries", "the rights of children/of the child"), a citation worded anew ("of" → "adopted by" after a dated symbol, a body's resolution symbol and date dropped after "adopted by"), the grammar of one meaning ("comply with any/all relevant obligations", "arrange the/for its sessions", a list's actor "the Government" ↔ "Governments"); 47: session 19 (clause19, trial 19-b D6), a record of the previous conference's decision dropped while the newer text follows the next conference and records what was decided nowhere else is the change, named in the reasons; 48: session 19 (verbs19, trial 19-a D4/D1), a verb changed only because what the older paragraph awaited came about (done by a later resolution, a year that marks it, a day it was convened on) gives no direction, its met deadline none either; 49: session 20 (rules20, issue 23), the title of a resolution cited by its symbol spelt as adopted (a small word of the quoted title corrected: "the “Pact [-of-]{+for+} the Future”"), an owner said with "of" or the possessive ("the global surveys of the Scientific Committee" ↔ "the Scientific Committee’s global surveys").; 51: session 20 (sig20, seed 2001 #15, #26, #48; 49 and 50 are rules20's and rules20b's), a one change whose older clause the newer paragraph still holds said as an addition, a hedge the other text says with a function word missing neither added nor removed, a number in what a newly cited resolution did no signal, the previous version recalled with the decision its own text took routine.; 50: session 20 (rules20b), statistics quoting a count out of a total ("7 out of 11") cite data, a document noted then recalled by its adoption ("Notes resolution X of" → "Also recalls the adoption of resolution X by") an aged verb, a note of another body's ongoing work that only gains the record of what the body has since adopted or taken up routine.; 52: FOMC forward guidance read with a direction — the rate's path by modal and quantifier, the hold-until threshold, a pledge moved into a new paragraph (fomc20); 53: session 20 (sig20b, trials 20-a/20-b), a verb still said after a clause put before it no commitment shift, a State no longer named as the one acting an actor removed, a qualifier repeated only on another head negotiated, a recalled decision decided anew with its dates set negotiated, a group inside a body's name or a possessive in a title no actor, "all three" and the standing 2 percent objective no figures.; 54: session 20 (dig20b), a name shortened to its defined term when the word diff takes the next word into both sides, a name's words may hold commas (CW 79/56 PP 4 → 80/34 PP 5, trial 20-a D5); this version is also the one of main once rules20 (49), rules20b (50), sig20 (51), fomc20 (52) and sig20b (53) were merged together; 55: session 20 (fix20r, review 20's counter-examples), another body's work only a record where "notes" governs the insertion and it holds no stance or ask, no of/possessive swap on an action noun, a figure in a committing clause no refreshed data, a cited act's clause ends at the paragraph's own next verb, a cited title's small word corrected only inside its quotation marks, a hedge's twin only after a clause start or a function word; 56: session 20 (the lead, after CI), the standing 2 percent goal said in other words ("2 percent inflation", "inflation of 2 percent", "the 2 percent target") no percentage; 57: session 21 (rules21, issue 23), a recorded event at its next edition in place (the same event named after an ordinal one on), a past step's record dropped from a kept paragraph (whole recording clauses, no ask or stance), a level restated elsewhere only when said of the same thing (FOMC 2014-03-19: the 6-1/2 percent threshold removed; 58: session 21 (sig21), a preambular stance said as a plain record of the same subject in other first words weakened, the last clause kept with its verb changed and reworded read (an ask answered no shift), a resolution's symbol never a figure and a list of resolutions running past what each did, a date without its year taking the listed year, event ranges pairing with ranges, same-month dates first; 59: session 21, rules21 and sig21 merged together; 60: session 21 (sig21b, trials 21-a D7, 21-b D3/D4/D9), an opening verb heightened by an adverb ("Encourages" → "Strongly encourages") half a rung, "consider" with a gerund a hedge on the act ("to ratify" → "to consider ratifying") unless it went in or out with its act, the emphasis of "importance" or "need" ("the vital importance" → "the importance") a stance's degree, a chapeau merged with its item, a split's reworded preambular half and a bare date line kept from page furniture (aligner/19); 61: session 21 fix21r, review21's counter-examples: a past step's record dropped only with its numbered or dated event, an edition moved on only with the same opening, no commitment or stance signal, a pure deletion only of its record and no title or symbol inserted, a reiterated request an ask; 62: session 21 (draft21, trial 21-a D1–D3, D8), the changes to the text no negotiated finding says (title, notes, moves, splits: `Comparison.textChanges`), and between two versions of one session they make no technical update. */
export const CLASSIFIER_VERSION = 'classifier/62';

export { GROUP_SEPARATOR };

/**
 * Turn an alignment into findings: every paragraph of both documents in exactly one finding.
 *  - 1:1 with equal surface text → `unchanged`; otherwise `modified`, `editorial` when the folded forms are equal
 *    (only case, punctuation, spelling or abbreviations changed), else `routine` when the only change is the yearly
 *    succession of a recurring text (`routine.ts`), else substantive.
 *  - 1:k → `split`; k:1 → `merged`; 0:1 → `new`; 1:0 → `dropped`.
 * Findings come in reading order of the right text, dropped paragraphs where they stood in the left.
 */
export function classifyAlignment(
  left: ClassifySide,
  right: ClassifySide,
  alignment: Alignment,
  options: Pick<ResolvedOptions, 'diffMaxEditLength'> & Partial<Pick<ResolvedOptions, 'lexicons'>>,
): { comparison: Comparison; warnings: Warning[] } {
  // A letter one text layer lost, written as another (`letter-fold.ts`): words that differ only so are one word here.
  const fold = letterFoldOf(
    left.document.paragraphs.map((paragraph) => paragraph.text),
    right.document.paragraphs.map((paragraph) => paragraph.text),
  );
  return withLetterFold(fold, () => classifyFolded(left, right, alignment, options, fold));
}

/** `classifyAlignment` once the pair's letter fold (if any) is set for the word diff. */
function classifyFolded(
  left: ClassifySide,
  right: ClassifySide,
  alignment: Alignment,
  options: Pick<ResolvedOptions, 'diffMaxEditLength'> & Partial<Pick<ResolvedOptions, 'lexicons'>>,
  fold: LetterFold | null,
): { comparison: Comparison; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const lexicons = loadLexicons(options.lexicons ?? []);
  const ordered = orderForReading(alignment.links);
  // Between two texts of one session no year passes: the yearly-life rules stay out, the editorial ones apply.
  const session: PairSession = { sameSession: sameSession(left.document.meta, right.document.meta), laterVersion: laterVersion(left.document.meta, right.document.meta) };
  // The whole texts, for signals read against the document (a topic removed only when the newer text no longer has it).
  const documents: SignalDocuments = { before: left.document.paragraphs.map((paragraph) => paragraph.text), after: right.document.paragraphs.map((paragraph) => paragraph.text) };
  const found = ordered.map((link) => toFinding(link, left, right, options, lexicons, warnings, session, documents, fold));
  // Whole paragraphs that only record an event passing are read against the other text as a whole (`event-paragraphs.ts`).
  const marked = session.sameSession ? found : markRoutineBesideEditorial(markYearlyParagraphs(markEventPassedTone(markRecordsMovedOn(markEventsHeld(markEventParagraphs(found, left, right), left, right), left, right), left, right), left, right), left, right, asRoutine);
  // A rate's level read across the texts: set in one paragraph, set anew in another (`documentFigureChanges`).
  // A pledge of time taken out of a kept paragraph into a new one: one pledge replaced (`documentPledgeChanges`).
  const findings = documentPledgeChanges(documentFigureChanges(marked, documents.before, documents.after, lexicons), documents.before, documents.after);
  // The modified findings by class, as the README sells them ("a modified one substantive, routine or editorial"):
  // a study of how much was negotiated read them from every finding of every pair file (trial 17-c D11).
  const summary = Object.fromEntries([...FINDING_KINDS, 'moved', 'renumbered', 'substantive', 'routine', 'editorial'].map((kind) => [kind, 0])) as Comparison['summary'];
  for (const finding of findings) {
    summary[finding.kind]++;
    if (finding.moved) summary.moved++;
    if (finding.renumbered) summary.renumbered++;
    if (finding.kind === 'modified') summary[finding.editorial ? 'editorial' : finding.routine ? 'routine' : 'substantive']++;
  }
  const comparison: Comparison = {
    left: left.document.meta.id,
    right: right.document.meta.id,
    similarity: round(documentSimilarity(findings, left.document, right.document)),
    coverage: round(coverage(findings, left.document)),
    sharedWording: sharedWording(documents.before, documents.after),
    summary,
    findings,
    related: relatedLinks(alignment.related, ordered, left, right),
    stats: alignment.stats,
  };
  return { comparison, warnings };
}

/**
 * What classify knows of the two texts as a pair, beside each side's own facts: whether they are of one session.
 * A draft against the resolution adopting it, or two drafts (revisions) of one session, are weeks apart, not a year:
 * nothing ages, no event moves on, no session, year, date or symbol succeeds another, no report or statistic is the
 * year's newer one. A verb "Welcomes" made "Recalls" between draft A/C.1/80/L.9 and resolution 80/46 is a negotiated
 * weakening, not a verb aged with its event (redline #19/#23, session 12). The yearly-life rules (`routine.ts`,
 * `one-change.ts` beside routine edits, `event-paragraphs.ts`, `yearly.ts`, a commitment shift of an aged opening) apply
 * only when `sameSession` is false; the editorial rules (`editorial.ts`) apply always.
 */
export interface PairSession {
  /** Both texts are of the same session (`sameSession`); false when they are not or when either session is unknown. */
  sameSession: boolean;
  /** The newer text can be a later version of the older (`laterVersion`): only then is its citing the older text the yearly chain. */
  laterVersion: boolean;
}

/**
 * True when the newer document can be a later version of the older, the same text's next edition or a draft of it: both
 * are UN documents (a resolution number or a symbol) of one title. Trial 15a: a joint statement calling for a protocol
 * "in accordance with UN General Assembly Resolution 74/247", compared with 74/247 itself, got "reference added
 * (routine): resolution 74/247", the yearly chain of a recurring text, hidden by the routine filter; the statement is no
 * version of the resolution, and invoking it is its point.
 */
export function laterVersion(left: DocumentMeta, right: DocumentMeta): boolean {
  if (!(left.resolution ?? left.symbol) || !(right.resolution ?? right.symbol)) return false;
  const title = (meta: DocumentMeta): string => (meta.title ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return title(left) === '' || title(right) === '' || title(left) === title(right);
}

/**
 * True when two documents are of one session: both sessions are known (a General Assembly symbol or resolution number:
 * `A/C.1/80/L.9` and `80/46` are both of the 80th) and equal; or, where a session number cannot be read, both carry the
 * same symbol (two versions of one document: a Word draft's original and its tracked changes) or print the same session
 * (`Fifty-ninth session`, a Council's draft and its adopted text). Unknown sessions are not the same: a recurring text's
 * versions without facts are read as a year apart, as before.
 */
export function sameSession(left: DocumentMeta, right: DocumentMeta): boolean {
  const leftSession = sessionOf(left.resolution ?? null, left.symbol ?? null);
  const rightSession = sessionOf(right.resolution ?? null, right.symbol ?? null);
  if (leftSession !== null && rightSession !== null) return leftSession === rightSession;
  if (leftSession !== null || rightSession !== null) return false;
  if (left.symbol && right.symbol && symbolKey(left.symbol) === symbolKey(right.symbol)) return true;
  return Boolean(left.session && right.session && symbolKey(left.session) === symbolKey(right.session));
}

/** A symbol or printed session compared as written, case and spaces aside. */
function symbolKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Most shared words a related link lists: enough to see what moved, short enough for one line. */
const SHARED_WORDS = 12;

/** The aligner's relations with their shared words, in the reading order of their unpaired paragraph's finding. */
function relatedLinks(relations: readonly AlignmentRelation[], ordered: readonly AlignmentLink[], left: ClassifySide, right: ClassifySide): RelatedLink[] {
  const position = new Map<string, number>();
  ordered.forEach((link, at) => {
    if (link.right.length === 0) position.set(`left ${link.left[0]}`, at);
    else if (link.left.length === 0) position.set(`right ${link.right[0]}`, at);
  });
  const unpairedKey = (relation: AlignmentRelation): string =>
    relation.left.length === 1 && position.has(`left ${relation.left[0]}`) ? `left ${relation.left[0]}` : `right ${relation.right[0]}`;
  return [...relations]
    .sort((a, b) => (position.get(unpairedKey(a)) ?? 0) - (position.get(unpairedKey(b)) ?? 0) || a.left[0] - b.left[0] || a.right[0] - b.right[0])
    .map((relation) => {
      const unpairedOnLeft = unpairedKey(relation).startsWith('left');
      const shared = unpairedOnLeft ? sharedWords(left, relation.left[0], right, relation.right) : sharedWords(right, relation.right[0], left, relation.left);
      return { left: relation.left, right: relation.right, containment: relation.containment, shared };
    });
}

/**
 * A lemma held by more than this share of a document's paragraphs (and by more than COMMON_LEAST of them) is the
 * text's common wording, no clue to what a related link shares: the country's name, the opening verb of every
 * preambular paragraph (trial 17-b D21: DPRK 79/181 PP 17 → 80/220 PP 13 listed "noting, cooperation, government,
 * democratic, people, s, …" before "world, food, programme").
 */
const COMMON_SHARE = 0.1;
const COMMON_LEAST = 3;
/** Fewest letters or digits a listed word has: "s" (the tail of "People’s") and "un" are fragments, not clues; "2035" is one. */
const SHARED_WORD_LETTERS = 3;

/** Per document, how many of its paragraphs hold each content lemma (computed once per normalized document). */
const paragraphCounts = new WeakMap<ClassifySide['normalized'], Map<string, number>>();
function lemmaParagraphCounts(normalized: ClassifySide['normalized']): Map<string, number> {
  let counts = paragraphCounts.get(normalized);
  if (counts) return counts;
  counts = new Map<string, number>();
  for (const paragraph of normalized.paragraphs) for (const lemma of new Set(paragraph.content.map((position) => paragraph.tokens[position]))) counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
  paragraphCounts.set(normalized, counts);
  return counts;
}

/**
 * Content words of paragraph `index` whose lemma the `others` paragraphs also hold, as written (folded), in order, once
 * each: words of three letters or more that are not the document's common wording (COMMON_SHARE), so the list names
 * what the paragraphs share in particular.
 */
function sharedWords(side: ClassifySide, index: number, otherSide: ClassifySide, others: readonly number[]): string[] {
  const paragraph = side.normalized.paragraphs[index];
  const counts = lemmaParagraphCounts(side.normalized);
  const common = Math.max(COMMON_LEAST, COMMON_SHARE * side.normalized.paragraphs.length);
  const otherLemmas = new Set<string>();
  for (const other of others) {
    const normalized = otherSide.normalized.paragraphs[other];
    for (const position of normalized.content) otherLemmas.add(normalized.tokens[position]);
  }
  // `folded` holds one word per token (words as written, inflection kept); the lemma stands in if a glossary form broke that.
  const words = paragraph.folded.split(' ');
  const written = words.length === paragraph.tokens.length ? words : paragraph.tokens;
  const shared: string[] = [];
  for (const position of paragraph.content) {
    const word = written[position];
    if (!otherLemmas.has(paragraph.tokens[position]) || shared.includes(word)) continue;
    if ([...word].filter((character) => /[\p{L}\p{N}]/u.test(character)).length < SHARED_WORD_LETTERS || (counts.get(paragraph.tokens[position]) ?? 0) > common) continue;
    shared.push(word);
    if (shared.length === SHARED_WORDS) break;
  }
  return shared;
}

/** Paragraphs as a message names them: `¶439 (OP 17)`, `¶3+4`; the label the UN cites, or the number printed, when there is one. */
function paragraphNames(side: ClassifySide, indices: readonly number[]): string {
  const labels = indices.map((index) => side.document.paragraphs[index].label ?? side.document.paragraphs[index].number).filter((label): label is string => Boolean(label));
  return `¶${indices.map((i) => i + 1).join('+')}${labels.length > 0 ? ` (${labels.join(', ')})` : ''}`;
}

/**
 * True when a paragraph's place changed: its label where both sides have one (`OP 2 (a)` → `OP 2 (b)`), else its printed
 * number without its style (`a.`, `(a)` and `a)` are one place). A Word list's "a." against a typed "(a)" is the same
 * sub-paragraph, not "Renumbered OP 2 (a) → OP 2 (a)" (session 12). A paragraph without a number on either side is not
 * renumbered.
 */
function isRenumbered(older: Paragraph, newer: Paragraph): boolean {
  if (older.label && newer.label) return older.label !== newer.label;
  const place = (paragraph: Paragraph): string => (paragraph.number ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
  // Only where both sides print a number: a numbered draft's "7." against the unnumbered final statement is not
  // "Renumbered 7. → (none)" (every paragraph of the session-13 seed said so).
  if (place(older) === '' || place(newer) === '') return false;
  return place(older) !== place(newer);
}

function kindOf(link: AlignmentLink, left: ClassifySide, right: ClassifySide, fold: LetterFold | null): FindingKind {
  if (link.left.length === 0) return 'new';
  if (link.right.length === 0) return 'dropped';
  if (link.left.length > 1) return 'merged';
  if (link.right.length > 1) return 'split';
  const before = left.normalized.paragraphs[link.left[0]];
  const after = right.normalized.paragraphs[link.right[0]];
  // A word the PDF text layer letter-spaced ("see king") is the same text to a reader: unchanged, whatever the extractor did.
  // So is a word it wrote with a lost letter's stand-in ("maoor" for "major": `letter-fold.ts`).
  return before.surface === after.surface || letterFoldOnly(before.surface, after.surface, fold) || layerSplitsOnly(link, left, right) ? 'unchanged' : 'modified';
}

/** Two surfaces that differ, and only by a lost letter written as its stand-in (`LetterFold`). */
function letterFoldOnly(before: string, after: string, fold: LetterFold | null): boolean {
  return fold !== null && before !== after && foldLetter(before, fold) === foldLetter(after, fold);
}

/** A sub-item's label and the label of the paragraph whose list it stands in: "OP 11 (c)" → "OP 11". */
const SUB_ITEM_LABEL = /^(.+?)\s\([a-z]{1,4}\)$/;

/**
 * A standalone paragraph of the older text become an item of a list in the newer, its verb now the chapeau's
 * (`takenIntoListReasons`): the reasons, or null. Only 1:1, only when the older paragraph was no list item itself and the
 * newer one's chapeau (the paragraph its label names, "OP 11" for "OP 11 (c)") is found.
 */
function takenIntoList(link: AlignmentLink, left: ClassifySide, right: ClassifySide, lexicons: Lexicons): string[] | null {
  if (link.left.length !== 1 || link.right.length !== 1) return null;
  const [older, newer] = [left.document.paragraphs[link.left[0]], right.document.paragraphs[link.right[0]]];
  const sub = SUB_ITEM_LABEL.exec(newer.label ?? '');
  if (!sub || !older.label || SUB_ITEM_LABEL.test(older.label)) return null;
  const chapeau = right.document.paragraphs.find((paragraph) => paragraph.label === sub[1]);
  return chapeau ? takenIntoListReasons(older.text, newer.text, chapeau.text, sub[1], lexicons) : null;
}

/** A 1:1 link whose two paragraphs differ only by words a PDF text layer cut in two (`isSameTextButLayerSplits`). */
function layerSplitsOnly(link: AlignmentLink, left: ClassifySide, right: ClassifySide): boolean {
  if (link.left.length !== 1 || link.right.length !== 1) return false;
  return isSameTextButLayerSplits(left.normalized.paragraphs[link.left[0]].surface, right.normalized.paragraphs[link.right[0]].surface);
}

/** The reason a record of the previous conference's decision dropped gives, before the clause (`pastDecisionDroppedAsNews`). */
const PAST_DECISION_NEWS = "the change: a record of the previous conference's decision dropped, what it decided said nowhere else in the newer text: ";
/** Words of a dropped clause a reason shows. */
const CLAUSE_SHOWN_WORDS = 16;

/** A clause cut to its first words for a reason. */
function clipped(clause: string): string {
  const words = clause.split(/\s+/);
  return words.length > CLAUSE_SHOWN_WORDS ? `${words.slice(0, CLAUSE_SHOWN_WORDS).join(' ')} …` : clause;
}

/** Fewest closing words a new item must take word for word from the paragraph kept beside it (`withoutClosingTaken`). */
const CLOSING_TAKEN_WORDS = 10;

/**
 * The older paragraph of a 1:1 link without the closing words the new paragraph after it took word for word
 * (`AlignmentLink.closingTo`: CW 78/29 OP 6 (c) "… of 21 April 2021; and stresses the importance of their implementation
 * …" → 79/56 OP 9 (c) "… of 21 April 2021;", the clause now closing the new (d)); null when the link names none or the
 * two share fewer than CLOSING_TAKEN_WORDS closing words.
 */
function withoutClosingTaken(link: AlignmentLink, left: ClassifySide, right: ClassifySide): string | null {
  if (link.closingTo === undefined || link.left.length !== 1 || link.right.length !== 1) return null;
  const older = left.document.paragraphs[link.left[0]].text.split(/(\s+)/);
  const taker = right.document.paragraphs[link.closingTo].text.split(/\s+/);
  const words = older.filter((piece, k) => k % 2 === 0);
  let shared = 0;
  while (shared < words.length && shared < taker.length && words[words.length - 1 - shared] === taker[taker.length - 1 - shared]) shared++;
  if (shared < CLOSING_TAKEN_WORDS || shared >= words.length) return null;
  return older.slice(0, 2 * (words.length - shared) - 1).join('');
}

/** The older paragraph's tokens without the closing ones the new paragraph after it took (as `withoutClosingTaken`). */
function withoutClosingTokens(link: AlignmentLink, left: ClassifySide, right: ClassifySide): string[] | null {
  if (link.closingTo === undefined || link.left.length !== 1 || link.right.length !== 1) return null;
  const [older, taker] = [left.normalized.paragraphs[link.left[0]].tokens, right.normalized.paragraphs[link.closingTo].tokens];
  let shared = 0;
  while (shared < older.length && shared < taker.length && older[older.length - 1 - shared] === taker[taker.length - 1 - shared]) shared++;
  return shared < CLOSING_TAKEN_WORDS || shared >= older.length ? null : older.slice(0, older.length - shared);
}

function toFinding(
  link: AlignmentLink,
  left: ClassifySide,
  right: ClassifySide,
  options: Pick<ResolvedOptions, 'diffMaxEditLength'>,
  lexicons: Lexicons,
  warnings: Warning[],
  session: PairSession,
  documents: SignalDocuments,
  fold: LetterFold | null,
): Finding {
  const yearly = !session.sameSession;
  const kind = kindOf(link, left, right, fold);
  const leftText = withoutClosingTaken(link, left, right) ?? (link.order ?? link.left).map((index) => left.document.paragraphs[index].text).join(GROUP_SEPARATOR);
  const rightText = link.right.map((index) => right.document.paragraphs[index].text).join(GROUP_SEPARATOR);
  let diff: DiffPart[];
  // The same text as a reader sees it (a word the text layer cut in two) shows as the newer text, with no edit in it.
  if (leftText === rightText || (kind === 'unchanged' && layerSplitsOnly(link, left, right))) {
    diff = [{ op: 'equal', text: rightText }];
  } else {
    const result = wordDiff(leftText, rightText, options.diffMaxEditLength);
    diff = result.parts;
    // A dropped or new paragraph's diff is its whole text whatever the budget: nothing to warn of ("left ¶439 and right ¶").
    if (result.gaveUp && link.left.length > 0 && link.right.length > 0) {
      warnings.push({
        code: 'diff-limit',
        message: `the word diff of left ${paragraphNames(left, link.left)} and right ${paragraphNames(right, link.right)} exceeded ${options.diffMaxEditLength} edits and is shown whole; raise --diff-max-edit-length to see it word by word`,
      });
    }
  }
  // Signals describe a change: the same text on both sides has none, and detecting them on every unchanged paragraph was
  // most of a long comparison's time (10,000 paragraphs: about two thirds of the profile in the lexicon and number scans).
  // Nor are the two sides' tokens gathered for it (copies of every token of an unchanged pair, dropped unread: most of
  // this function's own time on the 3,000-paragraph pair, issue 21 session 13).
  const detecting = kind !== 'unchanged' && leftText !== rightText;
  const foldedOf = (side: ClassifySide, indices: number[]): string => indices.map((index) => side.normalized.paragraphs[index].folded).join(' ');
  const reordered = kind === 'modified' ? wordOrderReason(diff) : null;
  const repeated = kind === 'modified' ? (reordered !== null ? [reordered] : (repeatedWordingReasons(diff, leftText, rightText, right.document.meta.title ?? '', left.document.paragraphs) ?? sameMeaningReasons(diff, { before: leftText, after: rightText, title: right.document.meta.title ?? '', olderParagraphs: left.document.paragraphs }) ?? possessiveReasons(leftText, rightText, { before: leftText, after: rightText, title: right.document.meta.title ?? '', olderParagraphs: left.document.paragraphs }))) : null;
  // A split or merge that only moved a paragraph break, with its punctuation, conjunction and capital, is editorial too.
  const regrouped = (kind === 'split' || kind === 'merged') && isSeamOnlyRegrouping(diff);
  // The part kept beside a new item that took its closing words, the same without them: no change of its own, only the
  // words it handed on (CW 78/29 OP 6 (c) → 79/56 OP 9 (c), review21).
  const closingOnly = kind === 'modified' && link.closingTo !== undefined && leftText === rightText;
  const editorial = (kind === 'modified' && (isEditorialChange(foldedOf(left, link.left), foldedOf(right, link.right)) || repeated !== null)) || regrouped || closingOnly;
  // The newer text citing the older itself ("and its resolution 78/47" in 79/54) is the plainest yearly update.
  const condensed = yearly && session.laterVersion && kind === 'modified' && !editorial ? recalledListCondensed(leftText, rightText, left.document.meta.resolution, right.document.meta.title ?? '') : null;
  const predecessor = yearly && session.laterVersion && kind === 'modified' && !editorial ? (condensed?.reasons.join('; ') ?? predecessorCitationReason(diff, left.document.meta.resolution, left.document.paragraphs.map((paragraph) => paragraph.text))) : null;
  // A voting record whose list of voters alone changed (`rosterChangeReason`): the Committee's membership, not its policy.
  const roster = kind === 'modified' && !editorial && predecessor === null ? rosterChangeReason(leftText, rightText) : null;
  const listed = yearly && kind === 'modified' && !editorial && predecessor === null && roster === null ? takenIntoList(link, left, right, lexicons) : null;
  // The yearly-life rules' reasons, read once; a list of recalled documents grown beyond the texts' own cycle is no
  // yearly update (`listGrewOutsideCycle`, session 17 review).
  const yearlyReasons = kind === 'modified' && !editorial && yearly && roster === null && listed === null && predecessor === null ? routineReasons(leftText, rightText, lexicons) : [];
  // A record of the previous conference's decision dropped while the newer text follows the next conference and says
  // nowhere else what was decided is the change, not the record aging out (`pastDecisionDroppedAsNews`, trial 19-b D6).
  const pastDecisionDropped = yearly && kind === 'modified' && !editorial && link.right.length === 1 ? pastDecisionDroppedAsNews(leftText, rightText, right.document.paragraphs.map((paragraph) => paragraph.text)) : null;
  const yearlyLife = yearlyReasons.length > 0 && pastDecisionDropped === null && !listGrewOutsideCycle(yearlyReasons, rightText, resolutionSession(left.document.meta.resolution), resolutionSession(right.document.meta.resolution));
  const routineFound = kind === 'modified' && !editorial && (roster !== null || listed !== null || (yearly && (predecessor !== null || yearlyLife)));
  // Every edit only ages the paragraph with the year (round 18, `aged-with-year.ts`).
  const aged = yearly && kind === 'modified' && !editorial && !routineFound && pastDecisionDropped === null ? agedStretchesReasons(diff, left.document.meta, right.document.meta, { before: leftText, after: rightText, title: right.document.meta.title ?? '', olderParagraphs: left.document.paragraphs, lexicons }) : null;
  const routine = routineFound || aged !== null;
  // A paragraph routine but for one clause: the reader is shown that clause, and its signals are that clause's alone
  // (read from the newer text with the clause undone, so the routine edits around it signal nothing).
  const located = kind === 'modified' && !editorial && !routine ? findOneChange(leftText, rightText, diff, lexicons, left.document.meta) : null;
  // Within one session the one change is shown only beside edits that are editorial: beside routine ones it is not one.
  const found = yearly || located === null || editorialBesideOnly(located) ? located : null;
  // The one change left beside routine edits may itself be editorial ("as well the limited" → "as well as the limited",
  // a word the editors restored, in a paragraph whose years rolled on): then the paragraph is routine, its reasons the
  // rest's and the edit's (round 17B, redline #23).
  const editedBeside = found !== null ? editorialOneChange(found, rightText, right.document.meta.title ?? '', left.document.paragraphs, options) : null;
  const routineBeside = editedBeside !== null;
  const oneChange = routineBeside ? null : found;
  // A commitment shift of an opening verb aged with its event, or restating a decision, is marked routine: the digest
  // gives no "(weaker)" for "Decides … to convene" → "Recalls its decision … to convene".
  // An editorial finding moves no position: the words it swaps are one wording ("which expresses, [-in particular-]
  // {+inter alia+}, the determination …", the Charter's own words introduced, Right to development 79/170 → 80/207 PP 1),
  // so a hedge or commitment signal read from them would give one row two verdicts, "editorial" and "weakened" (a desk
  // officer's reading, session 13). Its other signals (a reference, a figure) stay, as they describe, not judge.
  const judged = detecting ? detectSignals({ ...signalsFrom(link, kind, left, right, leftText, rightText, diff, oneChange, options), lexicons, documents }) : [];
  // A recalled list condensed into "its previous resolutions" un-recalls none of them: the references and dates of the
  // list are no longer written one by one, nothing was removed (`recalledListCondensed`).
  const detected = editorial
    ? judged.filter((signal) => signal.type !== 'commitment' && signal.type !== 'stance' && signal.type !== 'hedge')
    : condensed !== null
      ? judged.filter((signal) => !((signal.type === 'reference' || signal.type === 'number') && signal.from !== null && condensed.list.includes(signal.from.replace(/^resolution\s/, ''))))
      : judged;
  const agedOpening = yearly && isAgedOpening(leftText, rightText);
  // A hedge of a decision aged into its event's record went with the decision: "Decides to hold a high-level conference
  // …, within existing resources, …" → "Welcomes the convening of the high-level conference … on 30 September 2025"
  // (Rohingya 79/182 OP 36 → 80/221 OP 42, trial 17b D9) holds the conference, it does not fund it more firmly: no
  // "hedge removed, strengthened". Only a hedge of that aged clause: one dropped from a kept request after it ("…, and
  // requests the Secretary-General to provide the mechanism, within existing resources, …") is still said (review 18 S2).
  const agedClause = agedOpening ? openingClause(leftText).toLowerCase() : '';
  const signals = (yearly ? detected : detected.flatMap(withinSession)).filter((signal) => !(agedOpening && signal.type === 'hedge' && signal.change === 'removed' && signal.from !== null && agedClause.includes(signal.from.toLowerCase()))).map((signal) =>
    signal.type === 'commitment' && agedOpening ? { ...signal, routine: true as const, summary: `${signal.summary} (routine)` } : signal,
  ).map((signal) => (routine || routineBeside || (yearly && session.laterVersion && citesOlderText(signal, left.document.meta.resolution)) ? asRoutine(signal) : signal));
  // An unchanged paragraph whose texts differ in typography only (a non-breaking hyphen) says so (`typographyReasons`),
  // read from the two texts: the word diff reads the dashes alike and holds no edit for them.
  // Texts that differ only by a lost letter's stand-in say so (`letterFoldReason`): the word diff holds no edit for it.
  const reasons =
    kind === 'unchanged' && fold !== null && letterFoldOnly(leftText, rightText, fold)
      ? [letterFoldReason(fold)]
      : kind === 'unchanged'
      ? diff.length === 1 && diff[0].op === 'equal' && leftText !== rightText && !layerSplitsOnly(link, left, right)
        ? typographyReasons([{ op: 'delete', text: leftText }, { op: 'insert', text: rightText }])
        : typographyReasons(diff)
      : regrouped
        ? [`${kind}, words unchanged: only the paragraph break, with its punctuation, a conjunction or a capital`]
      : closingOnly
        ? [`its closing words now close the new ${right.document.paragraphs[link.closingTo ?? -1]?.label ?? 'paragraph after it'}, word for word`]
      : editorial
        ? (repeated ?? editorialReasons(diff))
        : predecessor !== null
          ? (condensed?.reasons ?? [predecessor])
          : roster !== null
            ? [roster]
            : listed !== null
              ? listed
            : routine
            ? (aged ?? yearlyReasons)
            : editedBeside !== null
              ? editedBeside
              : pastDecisionDropped !== null
                ? [`${PAST_DECISION_NEWS}${clipped(pastDecisionDropped)}`, ...(oneChange?.reasons ?? [])]
                : (oneChange?.reasons ?? []);
  const renumbered = link.left.length === 1 && link.right.length === 1 && isRenumbered(left.document.paragraphs[link.left[0]], right.document.paragraphs[link.right[0]]);
  const similarity = kind === 'unchanged' ? 1 : link.similarity;
  // A titled list whose subjects changed, entry by entry (`resolutionListChange`): the digest names what it dropped and added.
  const resolutionList = kind === 'modified' ? resolutionListChange(leftText, rightText) : null;
  return {
    kind,
    left: link.left,
    right: link.right,
    moved: link.moved,
    ...(link.order ? { order: link.order } : {}),
    editorial,
    routine: routine || routineBeside,
    renumbered,
    similarity,
    scores: link.scores ?? {},
    diff,
    signals,
    ...(reasons.length > 0 ? { reasons } : {}),
    ...(oneChange ? { change: { before: oneChange.before, after: oneChange.after } } : {}),
    ...(resolutionList ? { resolutionList } : {}),
  } as Finding;
}

/**
 * The newer text citing the older one itself ("Recalling its resolution 78/137" in 79/197, in a new paragraph as in a
 * reworded one): the yearly chain of a recurring text, not a reference negotiated in (`docs/batch.md`: routine
 * successors are left out of the references added).
 */
function citesOlderText(signal: Signal, olderResolution: string | undefined): boolean {
  return olderResolution !== undefined && signal.type === 'reference' && signal.change === 'added' && signal.to === `resolution ${olderResolution}`;
}

/**
 * A signal of a paragraph found routine is routine itself: the figure of a count running on ("306 → 307" States that
 * signed), the reference of the year's report, the verb of an event moved on. Left as they were, a routine finding
 * carried "figure changed: 306 → 307" without "(routine)", and the pair's summary counted it as a negotiated figure
 * (a data engineer's reading, session 14: 40 such findings over 12 chain pairs). Signals that carry no routine flag
 * (actors, hedges, topics) stay as they are: the pair summary counts no signal of a routine finding.
 */
function asRoutine(signal: Signal): Signal {
  if (signal.type === 'number' && !signal.routine) {
    const { direction: _direction, ...rest } = signal;
    return { ...rest, routine: true, summary: signal.summary.replace(/^([^:]*?)(?: \((?:later or lifted|earlier or set)\))?:/, '$1 (routine):') };
  }
  if (signal.type === 'reference' && !signal.routine) return { ...signal, routine: true, summary: signal.summary.replace(/^([^:]*?):/, '$1 (routine):') };
  if (signal.type === 'commitment' && !signal.routine) return { ...signal, routine: true, summary: `${signal.summary} (routine)` };
  return signal;
}

/**
 * The texts, tokens and word diff the signals of a finding are read from: the whole pair, or, beside a one change, the
 * newer text with the change undone against the newer text (its tokens only when the change touches the opening).
 */
function signalsFrom(
  link: AlignmentLink,
  kind: Finding['kind'],
  left: ClassifySide,
  right: ClassifySide,
  leftText: string,
  rightText: string,
  diff: DiffPart[],
  oneChange: OneChange | null,
  options: Pick<ResolvedOptions, 'diffMaxEditLength'>,
): { before: { text: string; tokens: string[]; paragraphs?: string[][] }; after: { text: string; tokens: string[]; paragraphs?: string[][] }; diff: DiffPart[] } {
  const leftTokens = (): string[] => withoutClosingTokens(link, left, right) ?? link.left.flatMap((index) => left.normalized.paragraphs[index].tokens);
  const rightTokens = (): string[] => link.right.flatMap((index) => right.normalized.paragraphs[index].tokens);
  return oneChange
    ? {
        before: { text: oneChange.withoutIt, tokens: oneChange.atOpening ? leftTokens() : [] },
        after: { text: rightText, tokens: oneChange.atOpening ? rightTokens() : [] },
        diff: wordDiff(oneChange.withoutIt, rightText, options.diffMaxEditLength).parts,
      }
    : {
        // A merge's sources one by one, so a verb opening a clause of the merged paragraph is read against its own source's
        // (`mergedClauseShifts`); a split's paragraphs one by one, each opening read against the older clause it came from (`splitClauseShifts`).
        before: { text: leftText, tokens: leftTokens(), ...(kind === 'merged' ? { paragraphs: (link.order ?? link.left).map((index) => left.normalized.paragraphs[index].tokens) } : {}) },
        after: { text: rightText, tokens: rightTokens(), ...(kind === 'split' ? { paragraphs: link.right.map((index) => right.normalized.paragraphs[index].tokens) } : {}) },
        diff,
      };
}

/**
 * A signal as it reads between two texts of one session (`PairSession`): a number one step on (a session, a year, a
 * later date) is no yearly succession there but a change like any other, and a symbol replaced by the next session's is
 * one reference removed and another added. Other signals are as detected.
 */
function withinSession(signal: Signal): Signal[] {
  if (signal.type === 'number' && signal.routine) return [{ ...signal, routine: false, summary: signal.summary.replace(' (routine):', ':') }];
  if (signal.type === 'reference' && signal.change === 'succeeded') {
    const { kind } = signal;
    return [
      { type: 'reference', change: 'removed', kind, from: signal.from, to: null, routine: false, summary: `reference removed: ${signal.from}`, tally: 'reference removed' },
      { type: 'reference', change: 'added', kind, from: null, to: signal.to, routine: false, summary: `reference added: ${signal.to}`, tally: 'reference added' },
    ];
  }
  return [signal];
}

/** A one change whose every reason says the rest of the paragraph is editorial (`ONE_CHANGE_BESIDE`). */
function editorialBesideOnly(found: OneChange): boolean {
  return found.reasons.length > 0 && found.reasons.every((reason) => reason.startsWith(ONE_CHANGE_BESIDE));
}

/**
 * The reasons of a paragraph whose one change (`findOneChange`) is itself an editorial edit, or null: the word diff of
 * the newer text with the change undone against the newer text must pass the editorial tests a paragraph alone passes
 * (`repeatedWordingReasons`: a grammar word restored, a noun put before its modifier with "of", an editorial synonym, a
 * case or compound spelling), and the rest of the paragraph must be routine, not only editorial (a paragraph only
 * editorial is already read so as a whole). An edit that changes whom the text addresses or its scope passes none of
 * those tests and stays the paragraph's one change.
 */
function editorialOneChange(found: OneChange, rightText: string, title: string, olderDocument: readonly OlderParagraph[], options: Pick<ResolvedOptions, 'diffMaxEditLength'>): string[] | null {
  if (found.reasons.length === 0 || found.reasons.every((reason) => reason.startsWith(ONE_CHANGE_BESIDE))) return null;
  const edit = wordDiff(found.withoutIt, rightText, options.diffMaxEditLength);
  if (edit.gaveUp || edit.parts.every((part) => part.op === 'equal')) return null;
  const edited = wordOrderReason(edit.parts) ?? repeatedWordingReasons(edit.parts, found.withoutIt, rightText, title, olderDocument);
  // Not "wording given in full elsewhere in the paragraph": beside events moved on, the words another clause still holds
  // may name another event's actor ("the statement made by the [-representative of the -]President"), not a repetition.
  if (edited === null || (Array.isArray(edited) && edited.some((reason) => reason.startsWith('wording given in full elsewhere')))) return null;
  const editorial = (Array.isArray(edited) ? edited : [edited]).map((reason) => `editorial: ${reason}`);
  return [...found.reasons, ...editorial.filter((reason) => !found.reasons.includes(reason))];
}

/**
 * Right reading order; a left-only paragraph goes after the right position of the nearest in-order paragraph before it.
 * "Nearest before" is one prefix pass over the left indices (not a backward search per dropped paragraph, which is
 * quadratic when tens of thousands of paragraphs are dropped), then one sort: O(n log n).
 */
function orderForReading(links: AlignmentLink[]): AlignmentLink[] {
  let leftCount = 0;
  for (const link of links) for (const left of link.left) leftCount = Math.max(leftCount, left + 1);
  // rightOfLeft[k]: the last right index of the in-order link holding left paragraph k, or -1.
  const rightOfLeft = new Int32Array(leftCount).fill(-1);
  for (const link of links) {
    if (link.moved || link.right.length === 0) continue;
    // A merge of sources far apart (align's folded-in pass) stands in place by its first source only.
    for (const left of link.order || link.left.some((index, k) => k > 0 && index !== link.left[k - 1] + 1) ? [link.left[0]] : link.left) rightOfLeft[left] = link.right[link.right.length - 1];
  }
  // nearestBefore[k]: rightOfLeft of the closest k' < k that has one, or -1.
  const nearestBefore = new Int32Array(leftCount);
  let last = -1;
  for (let k = 0; k < leftCount; k++) {
    nearestBefore[k] = last;
    if (rightOfLeft[k] !== -1) last = rightOfLeft[k];
  }
  const keyed = links.map((link) => {
    if (link.right.length > 0) return { link, position: link.right[0], tie: -1, left: link.left[0] ?? -1 };
    const left = link.left[0];
    return { link, position: nearestBefore[left] + 0.5, tie: left, left };
  });
  keyed.sort((a, b) => a.position - b.position || a.tie - b.tie || a.left - b.left);
  return keyed.map((entry) => entry.link);
}

function paragraphLength(document: Document, indices: readonly number[]): number {
  let length = 0;
  for (const index of indices) length += document.paragraphs[index].text.length;
  return length;
}

/** Length-weighted mean of the findings' similarities over both texts (new and dropped weigh in at zero). */
function documentSimilarity(findings: Finding[], left: Document, right: Document): number {
  let weighted = 0;
  let total = 0;
  for (const finding of findings) {
    const length = paragraphLength(left, finding.left) + paragraphLength(right, finding.right);
    weighted += finding.similarity * length;
    total += length;
  }
  return total === 0 ? 1 : weighted / total;
}

function countWords(text: string): number {
  // The runs of non-space characters (`\S+`), counted where each starts, without an array of them (issue 21 session 15).
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Whether a UTF-16 code unit is white space as `\s` reads it (ECMAScript WhiteSpace and LineTerminator). */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Share of the left text's words that the word diffs keep (equal parts) in the right text. */
function coverage(findings: Finding[], left: Document): number {
  let leftWords = 0;
  for (const paragraph of left.paragraphs) leftWords += countWords(paragraph.text);
  let kept = 0;
  for (const finding of findings) {
    if (finding.left.length === 0) continue;
    // An unchanged paragraph is kept whole, whatever its diff shows of a difference the normalizer reads as none (U+2011
    // hyphens in "non‑proliferation": A/C.1/80/L.9 → A/RES/80/46 read "every paragraph is unchanged" beside coverage
    // 99.8 %, trial 15b).
    if (finding.kind === 'unchanged') {
      for (const index of finding.left) kept += countWords(left.paragraphs[index]?.text ?? '');
      continue;
    }
    for (const part of finding.diff) if (part.op === 'equal') kept += countWords(part.text);
  }
  return leftWords === 0 ? 1 : Math.min(1, kept / leftWords);
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

/** A paragraph's opening clause: its text up to the first ", and" or semicolon, where a second ask or record begins. */
function openingClause(text: string): string {
  return text.split(/;|,\s+and\s/)[0];
}
