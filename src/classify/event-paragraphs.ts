import type { ClassifySide, Finding, Signal } from '../types.js';
import { findReferences, isNextSessionSymbol } from './signals/references.js';
import { anniversaryRecord, commemoratesKnown, routineReasons } from './routine.js';
import { findNumbers } from './signals/numbers.js';
import { ordinalNumber } from './events-held.js';

/**
 * Whole paragraphs whose only news is that an event passed (issue 23, "events moving from expected to held to
 * recalled"; the digest of issue 19). A recurring resolution welcomes the session, report or conference of its year;
 * the next year's text drops that paragraph when it records the next edition, and welcomes as held what it had decided
 * or looked forward to. Such a dropped, new or rewritten paragraph is the text's yearly life, not a negotiated line:
 *  - a dropped paragraph that only records an event or a report of an earlier session (welcomes, notes, takes note of,
 *    commends its holding, convening, conclusion, outcome or report; notes with regret that a cycle ended without
 *    consensus), dated before the newer text's year, or that looks forward to an event the newer text records as held,
 *    when the newer text records the same body's or event's later edition or outcome: "event passed";
 *  - a new paragraph that only records an event held since, which the older text looked forward to or decided, or that
 *    looks forward to the next edition of an event the older text recorded: "event held" / "event looked forward to";
 *  - a paragraph that decided an event or looked forward to it, rewritten to welcome or note the same event as held:
 *    "event held", its commitment shift (decide → welcome) routine;
 *  - a dropped decision taken once and standing (to adopt, establish, appoint; a body to meet or consist of), or the
 *    note of the last report of a body that completed its work, where the newer text is the older's next version and
 *    still names what was decided about: "a decision of the older text (taken once, still in force) not restated"
 *    (round 14C: `standingDecisionReason`, `completedBodyReportReason`).
 * A paragraph that adds a stance, a request, a call, an evaluation or a mandate is never such a record, and a dropped
 * paragraph whose body or event the newer text does not carry on (a paragraph simply deleted) stays a finding.
 */
export function markEventParagraphs(findings: readonly Finding[], left: ClassifySide, right: ClassifySide): Finding[] {
  const olderTexts = left.document.paragraphs.map((paragraph) => paragraph.text);
  const newerTexts = right.document.paragraphs.map((paragraph) => paragraph.text);
  const olderYear = documentYear(left, olderTexts);
  const newerYear = documentYear(right, newerTexts);
  const resolution = ownResolution(left);
  // The older paragraphs dropped whole: a decision among them may be recalled by a new paragraph citing the older text.
  const droppedOlder = findings.flatMap((finding) => (finding.kind === 'dropped' && finding.left.length === 1 ? [olderTexts[finding.left[0]]] : []));
  const nextVersion = carriesOlderText(findings);
  // The session the newer text is adopted at ("79/116": the seventy-ninth), for a body's sitting set for it.
  const newerResolution = ownResolution(right);
  const newerSession = newerResolution === null ? null : Number(newerResolution.split('/')[0]);
  return findings.map((finding) => {
    if (finding.routine || finding.editorial) return finding;
    if (finding.kind === 'dropped' && finding.left.length === 1) {
      const text = olderTexts[finding.left[0]];
      const reason = droppedEventReason(text, newerTexts, olderYear, newerYear) ?? sincePreviousWelcomeReason(text, newerTexts) ?? deadlinePassedReason(text, newerYear) ?? ownDecisionRecordedReason(text, newerTexts, resolution) ?? sessionDecisionAgedReason(text, newerTexts) ?? anniversaryParagraphReason(text, 'dropped', olderYear, newerYear, [], newerTexts) ?? (nextVersion ? standingDecisionReason(text, newerTexts) ?? completedBodyReportReason(text, newerTexts) : null) ?? sittingHeldRecallReason(text, newerTexts, newerSession) ?? sittingReportNoLongerNotedReason(text, newerTexts, newerSession, olderTexts);
      return reason === null ? finding : { ...finding, routine: true, reasons: [reason] };
    }
    if (finding.kind === 'new' && finding.right.length === 1) {
      const text = newerTexts[finding.right[0]];
      const reason = newEventReason(text, olderTexts, olderYear, newerYear) ?? ownDecisionRecalledReason(text, droppedOlder, resolution) ?? anniversaryParagraphReason(text, 'new', olderYear, newerYear, olderTexts) ?? sittingReportNotedReason(text, olderTexts, newerSession) ?? olderDecisionRecalledReason(text, olderTexts);
      return reason === null ? finding : { ...finding, routine: true, reasons: [reason] };
    }
    if (finding.kind === 'modified') {
      const [before, after] = [olderTexts[finding.left[0]], newerTexts[finding.right[0]]];
      const reason = eventHeldReason(before, after) ?? nextEditionRecordedReason(before, after) ?? ownDecisionRestatedReason(before, after, resolution) ?? requestedEventHeldReason(before, after) ?? expectedEventRecordedReason(before, after, newerYear) ?? decisionCarriedForwardReason(before, after, newerSession, newerTexts);
      if (reason === null) {
        const themed = themeSetByOlderTextReasons(before, after, olderTexts);
        return themed === null ? finding : { ...finding, routine: true, reasons: themed, signals: finding.signals.map(agedCommitment) };
      }
      return { ...finding, routine: true, reasons: [reason], signals: finding.signals.map(agedCommitment) };
    }
    return finding;
  });
}

/**
 * The yearly welcome of the steps taken "since the adoption of its previous resolution on the subject": the
 * signatures, ratifications or accessions of the year. Dropped whole, with no such welcome in the newer text, the year
 * had none to welcome ("Welcomes, since the adoption of its previous resolution on the subject, the ratification of the
 * Treaty by Papua New Guinea, since each signature or ratification is a significant step …", CTBT 79/77 OP 8, not in
 * 80/70; read as false by a desk officer in session 10: round 16B, redline #23). The paragraph must only welcome: a call
 * or a concern dropped with it ("…, and urges the remaining States to ratify") stays a finding.
 */
const SINCE_PREVIOUS_WELCOME = /^(?:(?:Also|Further)\s)?Welcomes,?\s(?:also\s)?since the adoption of its (?:previous|last) resolution(?: on the subject)?,\sthe\s(?:signatures?|ratifications?|accessions?)\b/i;
const NOT_ONLY_WELCOME = /\b(?:urg\w*|call\w*|request\w*|encourag\w*|invit\w*|decid\w*|stress\w*|emphasiz\w*|regret\w*|concern\w*|deplor\w*|condemn\w*|underlin\w*|underscor\w*|reiterat\w*|reaffirm\w*|affirm\w*|recogni[sz]\w*|acknowledg\w*)\b/i;

export function sincePreviousWelcomeReason(text: string, newer: readonly string[]): string | null {
  if (!SINCE_PREVIOUS_WELCOME.test(text) || NOT_ONLY_WELCOME.test(text)) return null;
  if (newer.some((paragraph) => SINCE_PREVIOUS_WELCOME.test(paragraph))) return null;
  return 'the yearly welcome of the steps taken since the previous resolution: none this year, no longer said';
}

/**
 * Whether the newer text is the older's next version, not another text: at least two in five of the older paragraphs
 * carried into it (unchanged, modified, moved, split or merged). A decision "not restated" says something only of the
 * text that would have restated it (round 14C): a joint statement compared with a resolution restates none of it, and a
 * text rewritten nearly whole (Syria 79/185 → 80/224, one in ten kept) drops its decisions by choice.
 */
function carriesOlderText(findings: readonly Finding[]): boolean {
  const [older, kept] = [new Set<number>(), new Set<number>()];
  for (const finding of findings) {
    for (const index of finding.left) {
      older.add(index);
      if (finding.kind !== 'dropped') kept.add(index);
    }
  }
  return older.size > 0 && kept.size / older.size >= 0.4;
}

/**
 * The close of an anniversary's record that stresses implementing what it commemorates, "their" or "its" standing for
 * it: ", and stressing the need to further strengthen efforts towards their implementation," (Right to development
 * 78/203 PP 8, after "Welcoming, in this regard, that 25 June 2023 marked the thirtieth anniversary of the adoption of
 * the Vienna Declaration … and that 10 December 2023 marks the seventy-fifth anniversary of … the Universal
 * Declaration of Human Rights", a desk officer's reading, session 13). Only the need to strengthen, intensify or step up
 * efforts towards that implementation: a call on someone, a new event or another object stays a finding.
 */
const IMPLEMENTATION_TAIL = /,?\s+and\s+(?:stressing|emphasizing|underlining|underscoring)\s+the\s+need\s+to\s+(?:further\s+)?(?:strengthen|intensify|step up|redouble|enhance)\s+(?:the\s+)?efforts\s+(?:towards|for)\s+(?:its|their)\s+(?:full\s+)?implementation[\s,;.]*$/;

/** What an anniversary is of, as named: "the adoption of the Vienna Declaration and Programme of Action" → its name (group 1). */
const COMMEMORATED = /\banniversary of (?:the )?(?:(?:adoption|entry into force|signature|establishment|creation|founding|opening) of )?(?:the )?(\p{Lu}[^,;]*)/gu;

/** Whether every thing a record marks the anniversary of is still named, in full, in `known` (the newer text). */
function commemoratedStillNamed(text: string, known: string): boolean {
  const names = [...text.matchAll(COMMEMORATED)].map((match) => match[1].replace(/\s+/g, ' ').trim());
  const said = known.replace(/\s+/g, ' ');
  return names.length > 0 && names.every((name) => said.includes(name));
}

/**
 * A whole paragraph that only records an anniversary (`anniversaryRecord`, issue 23, round 14B): dropped once its years
 * are all before the newer text's year ("Recalling that 29 April 2022 marked the twenty-fifth anniversary of the entry
 * into force of the Convention," gone from Chemical weapons 79/56; "Welcoming, in this regard, that 25 June 2023 marked
 * the thirtieth anniversary of the adoption of the Vienna Declaration …" gone from the 2024 texts), or new when it
 * recalls or notes one of the newer text's time (its years not before the older text's), without welcoming it. A
 * paragraph that adds a stance beside the anniversary ("and reiterating that the Convention … reaffirms principles …",
 * Chemical weapons 80/34 PP 4), decides an event to mark it, welcomes it anew or marks what the older text never named
 * (`commemoratesKnown`) stays a finding. The reason, or null.
 */
function anniversaryParagraphReason(text: string, kind: 'dropped' | 'new', olderYear: number | null, newerYear: number | null, olderTexts: readonly string[] = [], newerTexts: readonly string[] = []): string | null {
  // A dropped record may close by stressing the implementation of what it commemorates (`IMPLEMENTATION_TAIL`): the
  // call went with the anniversary when the newer text still names each thing commemorated.
  const tail = kind === 'dropped' ? IMPLEMENTATION_TAIL.exec(text) : null;
  const recorded = tail !== null ? text.slice(0, tail.index) : text;
  const record = anniversaryRecord(recorded);
  if (record === null || record.years.length === 0) return null;
  if (tail !== null && !commemoratedStillNamed(recorded, newerTexts.join(' '))) return null;
  const shown = text.length > 140 ? `${text.slice(0, 140).replace(/\s\S*$/, '')} …` : text.replace(/[,;.]\s*$/, '');
  if (kind === 'dropped') {
    if (newerYear === null || !record.years.every((year) => year < newerYear)) return null;
    return tail !== null ? `an anniversary passed, no longer marked, with its call to implement what it commemorates: ${shown}` : `an anniversary passed, no longer marked: ${shown}`;
  }
  return olderYear !== null && !record.welcomes && record.years.every((year) => year >= olderYear) && commemoratesKnown(text, olderTexts.join(' ')) ? `an anniversary marked: ${shown}` : null;
}

/** A commitment shift between deciding an event and welcoming it as held is the event passing: routine, as `classify.ts` marks aged openings. */
function agedCommitment(signal: Signal): Signal {
  return signal.type === 'commitment' && signal.routine !== true ? { ...signal, routine: true, summary: `${signal.summary} (routine)` } : signal;
}

/**
 * The year of a document: its issue date (a UN document's, as these rules were measured with; its `date` is now the
 * adoption date, a year earlier for a resolution adopted in December and issued in January), else its date (a year
 * alone too), else the latest year its text names (a text without either has none).
 */
function documentYear(side: ClassifySide, texts: readonly string[]): number | null {
  const dated = /^(\d{4})(?:-|$)/.exec(side.document.meta.issued ?? side.document.meta.date ?? '');
  if (dated) return Number(dated[1]);
  const years = texts.flatMap(yearsOf);
  return years.length > 0 ? Math.max(...years) : null;
}

const YEAR = /\b(?:19|20)\d\d\b/g;

function yearsOf(text: string): number[] {
  return (text.match(YEAR) ?? []).map(Number);
}

const LEAD = String.raw`^(?:(?:Also|Further|Furthermore)\s)?`;
/** An opening that only records: welcomes, notes, takes note of, commends, recalls (with appreciation or satisfaction at most). */
const RECORDING_OPENING = new RegExp(
  `${LEAD}(?:welcom(?:es|ing)|not(?:es|ing)|tak(?:es|ing) note|commend(?:s|ing)|recall(?:s|ing))(?:\\s(?:also|further))?(?:\\s(?:with (?:appreciation|satisfaction)|of))?(?:\\s(?:the fact that|that))?\\b`,
  'i',
);
/** An opening that recalls: the record of an event aged past its welcome. */
const RECALLING_OPENING = new RegExp(`${LEAD}recall(?:s|ing)(?:\\s(?:also|further))?\\b`, 'i');
/** A past session's outcome endorsed with its record: that endorsement went with the session. */
const ENDORSED_OUTCOME = /,?\s*and (?:endorses|approves) the (?:texts?|recommendations|reports?|outcomes?) adopted (?:thereon|therein|by it)\b/i;
/** An opening that looks forward to an event. */
// "Looking forward also to" is the same look forward, its sequencing adverb inside (LDC 78/233 PP 11, session 15).
const FORWARD_OPENING = new RegExp(`${LEAD}look(?:s|ing) forward(?:\\s(?:also|further))? to\\b`, 'i');
/** A cycle that ended without agreement, noted with regret: the outcome of the cycle the newer text has moved past. */
const NO_CONSENSUS_OPENING = new RegExp(`${LEAD}not(?:es|ing) with regret that\\s[^;:]{1,160}?\\s(?:was|were) (?:not able|unable) to reach (?:a )?consensus\\b`, 'i');
/** An opening that decides, or recalls its decision, to bring an event about. */
const DECIDING_OPENING = new RegExp(`${LEAD}(?:decides|recalls (?:its|the) decision[^,;]{0,120}?)\\s+to\\s+(?:convene|hold|organize|establish|launch)\\b`, 'i');

/**
 * Words that take a stance, ask, call, evaluate or give a mandate: a paragraph holding one says more than that an event
 * passed. (The regret of `NO_CONSENSUS_OPENING` is read before this, in the opening only.)
 */
const STANCE =
  /\b(?:urg(?:es?|ing)|call(?:s|ing)? (?:upon|on|for)|requests?|requesting|encourag(?:es?|ing)|invit(?:es?|ing)|decides?|deciding|stress(?:es|ing)?|emphasiz(?:es?|ing)|underlin(?:es?|ing)|concern(?:s|ed)?|regret\w*|deplor\w*|condemn\w*|reaffirm\w*|recogniz(?:es?|ing)|commit(?:s|ting)?|should|must|needs?|importance|alarm\w*|disappoint\w*|appeal\w*|expects?|hopes?|look(?:s|ing)? forward|support(?:s|ing)?|endors\w*|approv(?:es?|ing)|calls?|progress)\b/i;
/** Words that say an event took place or delivered: its holding, convening, conclusion, outcome or report. */
const COMPLETED = /\b(?:holding|convening|conclusion|outcome|reports?|adoption|held|convened|hosted|took place|adopted|concluded)\b/i;
/** Words that say an event took place (for an event looked forward to, then recorded). */
const HELD = /\b(?:holding|convening|conclusion|outcome|held|convened|hosted|took place|concluded)\b/i;
/** Words that foresee an event: looked forward to, decided, requested, recommended, to be held. */
const FORESEEN = /\b(?:look(?:s|ing)? forward|decides?|decided|requests?|recommends?|to be (?:held|convened|hosted)|will be (?:held|convened|hosted)|upcoming|forthcoming|to convene|to hold)\b/i;

/** The kind of record a paragraph is, and its words after the opening; null when it is not one. */
function recordShape(text: string): { kind: 'record' | 'forward' | 'no-consensus'; rest: string } | null {
  // The body that could not agree is the paragraph's subject: its words after "Notes with regret that" are the record.
  if (NO_CONSENSUS_OPENING.test(text)) return { kind: 'no-consensus', rest: text.replace(/^.*?with regret that\s/i, '') };
  const forward = FORWARD_OPENING.exec(text);
  if (forward) return { kind: 'forward', rest: text.slice(forward[0].length) };
  const recording = RECORDING_OPENING.exec(text);
  if (recording) return { kind: 'record', rest: text.slice(recording[0].length) };
  return null;
}

/** The words after a record's opening, when they say only that an event took place (no stance, something completed). */
function onlyRecords(rest: string): boolean {
  return !STANCE.test(rest) && COMPLETED.test(rest);
}

/** An event or body a paragraph names: its name lower-cased without its edition (`core`), and the edition (`fourth`, `sixty-first`), if any. */
interface EventName {
  core: string;
  edition: string | null;
  shown: string;
}

const ORDINAL = /^((?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)|\d{1,3}(?:st|nd|rd|th))\s+/i;
/** The head word of a named event or body. */
const EVENT_HEAD = /\b(?:conference|summit|meeting|session|forum|dialogue|congress|committee|subcommittee|commission|council|group|panel|assembly|board|platform|symposium|seminar|workshop)s?\b/i;
/** A run of capitalized words joined by the small words of a name ("Working Group on Space and Global Health"). */
const CAPITALIZED_RUN = /\p{Lu}[\p{L}\u2019'-]*(?:\s+(?:(?:of|on|for|the|and|to|a|in)\s+)*\p{Lu}[\p{L}\u2019'-]*)*/gu;
/** An unnamed body or event described by its kind ("the open-ended working group", "the preparatory meeting of States"). */
const DESCRIBED_EVENT = /\b(?:(?:open-ended|ad hoc|preparatory|intergovernmental|negotiating)\s+)+(?:working group|meeting|committee|conference)(?:\s+of\s+States)?\b/gi;
/** Names too general to tell one event from another. */
const TOO_GENERAL = new Set(['general assembly', 'united nations', 'security council', 'economic and social council', 'member states', 'secretary-general']);

/** The events and bodies a paragraph names. */
function eventNames(text: string): EventName[] {
  // The opening verb is capitalized but no name ("Commends the Disarmament Commission").
  const body = text.charAt(0).toLowerCase() + text.slice(1);
  const found = [...(body.match(CAPITALIZED_RUN) ?? []), ...(body.match(DESCRIBED_EVENT) ?? [])];
  const names: EventName[] = [];
  for (const written of found) {
    if (!EVENT_HEAD.test(written)) continue;
    const words = written.trim().replace(/^the\s+/i, '');
    const edition = ORDINAL.exec(words);
    const core = (edition ? words.slice(edition[0].length) : words).toLowerCase().replace(/\s+/g, ' ');
    if (core.split(' ').length < 2 || TOO_GENERAL.has(core) || names.some((name) => name.core === core)) continue;
    names.push({ core, edition: edition ? edition[1].toLowerCase() : null, shown: words });
  }
  return names;
}

/** Words that name an event or a body's sitting, named or not ("the special high-level event", "its 390th meeting"). */
const EVENT_WORD = /\b(?:conference|summit|meeting|session|forum|dialogue|congress|committee|subcommittee|commission|council|group|panel|assembly|board|platform|symposium|seminar|workshop|event|week)s?\b/gi;

/**
 * The names a record speaks of: those whose first mention holds the first event word after the opening (a body's own
 * sitting, "at its 390th meeting", aside). "Welcoming the convening of the special high-level event …, ahead of the
 * thirtieth session of the Conference of the Parties" records the event, not the Conference.
 */
function recordedNames(text: string, rest: string, sessionsToo = false): EventName[] {
  const offset = text.length - rest.length;
  // A body too general to be the event ("in accordance with General Assembly decision 52/492") is no event word here.
  const scanned = [...TOO_GENERAL].reduce((out, general) => out.replace(new RegExp(general, 'gi'), (found) => '_'.repeat(found.length)), rest);
  let first = -1;
  for (const match of scanned.matchAll(EVENT_WORD)) {
    if (/\bits\s(?:\S+\s){0,2}$/i.test(rest.slice(Math.max(0, (match.index ?? 0) - 30), match.index))) continue;
    first = offset + (match.index ?? 0);
    break;
  }
  if (first < 0) return [];
  const lowered = flat(text);
  return eventNames(text).filter((name) => {
    const at = lowered.indexOf(name.core);
    if (at < 0) return false;
    // The session of a body is the body's event ("the fifty-first session of the Committee on World Food Security"); for
    // a dropped record, so is the session a report was finalized at ("as finalized at the fifty-sixth session of the …").
    const sittingOf = /(?:sessions?|meetings?) of (?:the )?$/.test(lowered.slice(Math.max(0, at - 20), at));
    if (sittingOf && (sessionsToo || lowered.slice(first, at).split(' ').length <= 4)) return true;
    return at <= first && first < at + name.core.length;
  });
}

/** What tells one outcome from another of its body: resolution symbols and years (a session's ordinal is shared by all its decisions). */
function distinctiveMarks(text: string): string[] {
  return flat(text).match(/\b\d+\/\d+\b|\b(?:19|20)\d\d\b/g) ?? [];
}

/** The text lower-cased with whitespace made single spaces, to find a name's core in it. */
function flat(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** The edition a name carries in a text, or null ("the fifth International Conference …" → fifth). */
function editionIn(text: string, core: string): string | null {
  const at = flat(text).indexOf(core);
  if (at < 0) return null;
  // The edition of the name, or of the body's session ("the fifth session of the intergovernmental negotiating committee").
  const before = flat(text).slice(Math.max(0, at - 50), at).replace(/\s(?:(?:resumed\s)?(?:sessions?|meetings?)\sof\s)?(?:the\s)?$/, '').trim().split(' ');
  const last = before[before.length - 1] ?? '';
  return ORDINAL.test(`${last} `) ? last.replace(/[^\p{L}\d-]/gu, '') : null;
}

/**
 * A dropped paragraph that only records a past event or report, or looks forward to one since held, where the newer
 * text records the same body's or event's later edition or outcome: the reason, else null.
 */
export function droppedEventReason(text: string, newer: readonly string[], olderYear: number | null, newerYear: number | null): string | null {
  const shape = recordShape(text);
  // The endorsement of what a past session adopted went with that session ("…, and endorses the text adopted thereon").
  if (shape === null || STANCE.test(shape.rest.replace(ENDORSED_OUTCOME, ''))) return null;
  // A recall is a reference the drafters chose to keep, not the record of an event: dropping it is theirs to say; save
  // the recall of a one-off event held on a date before the older text's year, which ages out of the text.
  if (RECALLING_OPENING.test(text)) return recalledPastEventReason(shape.rest, olderYear);
  const years = yearsOf(text);
  if (shape.kind === 'record' && !COMPLETED.test(shape.rest)) return null;
  // An event of the newer text's year or later has not passed.
  if (shape.kind !== 'forward' && (newerYear === null || years.some((year) => year >= newerYear))) return null;
  for (const name of recordedNames(text, shape.rest, true)) {
    const carrying = newer.filter((paragraph) => flat(paragraph).includes(name.core));
    if (shape.kind === 'forward') {
      // Looked forward to, then recorded as held in the newer text (the same edition, when it had one).
      const edition = name.edition ?? editionIn(text, name.core);
      const held = carrying.find((paragraph) => HELD.test(paragraph) && !FORWARD_OPENING.test(paragraph) && (edition === null || editionIn(paragraph, name.core) === edition));
      if (held) return `event passed: ${name.shown} looked forward to, now recorded as held`;
      continue;
    }
    // The same body's or event's later edition or outcome: a year after this paragraph's (or, undated, the older text's).
    const since = years.length > 0 ? Math.max(...years) : olderYear;
    if (since === null) continue;
    // Or the newer text recalls what the paragraph welcomed: the event aged from welcomed to recalled.
    // (the same one: a symbol, year or edition of the paragraph recalled with it).
    const marks = distinctiveMarks(text);
    const recalled = carrying.some(
      (paragraph) => RECALLING_OPENING.test(paragraph) && COMPLETED.test(paragraph) && !STANCE.test(paragraph.replace(RECALLING_OPENING, '')) && distinctiveMarks(paragraph).some((mark) => marks.includes(mark)),
    );
    if (recalled && shape.kind === 'record') return `event passed: ${name.shown}'s outcome welcomed, the newer text recalls it`;
    // The newer paragraph speaks of a sitting of the same body or event (an edition, held, or to come) in a later year,
    // another edition than this paragraph's.
    const edition = name.edition ?? editionIn(text, name.core);
    const later = carrying.find((paragraph) => {
      const itsEdition = editionIn(paragraph, name.core);
      if (edition !== null && itsEdition === edition) return false;
      return (itsEdition !== null || HELD.test(paragraph) || FORESEEN.test(paragraph)) && yearsOf(paragraph).some((year) => year > since);
    });
    if (later !== undefined) {
      const laterYear = Math.min(...yearsOf(later).filter((year) => year > since));
      return shape.kind === 'no-consensus'
        ? `event passed: ${name.shown} ended its cycle without consensus; the newer text records its sitting of ${laterYear}`
        : `event passed: ${name.shown}${edition !== null && name.edition === null ? ` (${edition})` : ''} recorded as of ${since}; the newer text records its sitting of ${laterYear}`;
    }
  }
  return shape.kind === 'record' ? welcomedPastEventReason(shape.rest, olderYear) : null;
}

/** Lowercase words a bare record of a one-off event is written with, besides its name, place, convener and dates. */
const BARE_RECORD_WORDS = new Set(['the', 'a', 'an', 'of', 'on', 'for', 'in', 'at', 'by', 'from', 'to', 'and', 'with', 'convening', 'holding', 'held', 'convened', 'hosted', 'co-hosted', 'organized', 'co-organized', 'under', 'auspices']);

/**
 * A dropped welcome or note of a one-off event (a summit, dialogue, conference or meeting, named by its kind) held on a
 * day of the older text's year or before, the record bare: its name, place, convener and dates, nothing asked, stated
 * or left behind (no outcome, declaration or resolution cited; `BARE_RECORD_WORDS`) ("Noting the holding of the Climate
 * Ambition Summit convened by the Secretary-General on 20 September 2023,"). Its welcome went with its year even when
 * the newer text holds no later edition (round 11E): "event passed"; else null.
 */
function welcomedPastEventReason(rest: string, olderYear: number | null): string | null {
  if (olderYear === null || /\b\d{1,2}\/\d{1,4}\b/.test(rest) || WHAT_IT_LEFT.test(rest.replace(EVENT_THEME, ''))) return null;
  // "Taking note with appreciation of the interactive dialogue …": the "of" after the appreciation opens the name.
  const named = rest.replace(/^\s*of\s(?=the\s)/i, ' ').replace(/^\s*(?:also\s)?(?:the\s)?(?:convening|holding)\sof\s/i, '');
  const [event, held] = [RECALLED_EVENT.exec(named), HELD_ON.exec(named) ?? HELD_ON.exec(rest)];
  if (!event || !held || yearsOf(rest).some((year) => year > olderYear)) return null;
  // The words of the event's own name ("the interactive dialogue") and the day it marked ("in commemoration of
  // International Mother Earth Day") are part of the bare record (round 13E2).
  const ownWords = new Set(event[1].toLowerCase().split(/[^\p{L}\u2019'-]+/u));
  const words = rest.replace(EVENT_THEME, '').replace(/\bin commemoration of\b/, '').split(/[^\p{L}\u2019'-]+/u).filter((word) => /^\p{Ll}/u.test(word) && !/^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/.test(word));
  if (words.some((word) => !BARE_RECORD_WORDS.has(word) && !ownWords.has(word))) return null;
  // Named in full up to the participle that places it ("the High-level Dialogue on Financing for Development held in …").
  const fullName = /^\s*(?:the\s)?([^,;]{3,120}?)\s*,?\s(?:held|convened|hosted|co-hosted|organized|co-organized)\b/u.exec(named)?.[1] ?? event[1];
  return `event passed: ${fullName.replace(/\s+/g, ' ')} of ${held[1].replace(/\s+/g, ' ')} welcomed, held in the older text's year or before`;
}

/**
 * A one-off event held on its day: "convened … on 18 July 2022", "held from 26 to 28 July 2021"; or its convening or
 * holding noted with its days (round 14B: "the convening of the World Telecommunication Development Conference … in Kigali
 * from 6 to 16 June 2022", "the holding of the fourth United Nations World Data Forum in Hangzhou, China, 24 to 27 April
 * 2023").
 */
const HELD_ON = /\b(?:(?:co-)?(?:convened|held|hosted|organized)|convening|holding)\b[^;]{0,200}?(?:\b(?:on|from)\s|,\s)(\d{1,2}(?:\s(?:to|and)\s\d{1,2})?\s\p{Lu}\p{Ll}+\s((?:19|20)\d\d))\b/u;
/**
 * What an event leaves behind, or a body's sitting: a recall of an outcome, a document, a declaration, commitments or
 * work ("the outcomes adopted at the Tenth Ministerial Conference", "the Conference … and its outcome document"), or of a
 * session of a body, keeps what was agreed there in the text; dropping it is the drafters' to say.
 */
const WHAT_IT_LEFT = /\b(?:outcomes?|documents?|declarations?|adopted|agreed|commitments?|work|programme|agenda|session of)\b/i;
/** A theme in quotation marks, read as a name (its words ask nothing): "on the theme “…”", "under the theme “…”". */
const EVENT_THEME = /\b(?:on|under) the (?:overarching )?theme\s[“"][^”"]*[”"]/gu;
/** The words naming the event recalled: up to its theme or first comma. */
const RECALLED_EVENT = /^\s*(?:the\s)?([^,“"]{3,80}?\b(?:event|summit|conference|meeting|dialogue|forum|debate))\b/iu;

/**
 * A dropped recall of a one-off event (a special event, summit or meeting, named by its kind) held on a day of a year
 * before the older text's, with nothing else said (no stance, no document cited): the event aged out of the text, "event
 * passed"; else null. A body's session recalled, or a recall that cites a resolution, is a reference the drafters chose.
 */
function recalledPastEventReason(rest: string, olderYear: number | null): string | null {
  if (olderYear === null || /\b\d{1,2}\/\d{1,4}\b/.test(rest) || WHAT_IT_LEFT.test(rest.replace(EVENT_THEME, ''))) return null;
  const event = RECALLED_EVENT.exec(rest);
  const held = HELD_ON.exec(rest);
  if (!event || !held || yearsOf(rest).some((year) => year >= olderYear)) return null;
  return `event passed: ${event[1].replace(/\s+/g, ' ')} of ${held[1].replace(/\s+/g, ' ')} recalled, held before the older text's year`;
}

/**
 * A new paragraph that only records an event held since the older text, which the older text looked forward to or
 * decided; or one that only looks forward to the next edition of an event the older text recorded: the reason, else null.
 */
export function newEventReason(text: string, older: readonly string[], olderYear: number | null, newerYear: number | null): string | null {
  const shape = recordShape(text);
  if (shape === null || shape.kind === 'no-consensus' || STANCE.test(shape.rest)) return null;
  const years = yearsOf(text);
  if (shape.kind === 'forward') {
    // The next edition looked forward to: the event is still to come, and the older text recorded an earlier edition.
    if (newerYear === null || years.some((year) => year < newerYear)) return null;
    for (const name of eventNames(text)) {
      // The edition of the name, or of the body's session ("the thirtieth session of the Conference of the Parties").
      const edition = name.edition ?? editionIn(text, name.core);
      if (edition === null) continue;
      const olderEditions = older.map((paragraph) => editionIn(paragraph, name.core)).filter((found): found is string => found !== null && found !== edition);
      // Undated, the look forward must be to a later edition than every one the older text named (round 17, trial
      // 17-a D1: "Looks forward to the thirty-first session of the Conference of the Parties …", no year given).
      const later = years.length > 0 || (undatedBareForward(text) && ordinalNumber(edition) !== null && olderEditions.length > 0 && olderEditions.every((found) => (ordinalNumber(found) ?? Infinity) < (ordinalNumber(edition) ?? 0)));
      if (olderEditions.length > 0 && later) return `event looked forward to: ${name.shown}${name.edition === null ? ` (${edition})` : ''}, the older text recorded its ${olderEditions[0]} edition`;
    }
    return null;
  }
  // Recalling a document is a reference chosen, not the record of an event held.
  if (RECALLING_OPENING.test(text) || (!HELD.test(shape.rest) && !/\badopted\b/i.test(shape.rest))) return null;
  // Held since the older text: not before its year.
  if (olderYear === null || years.some((year) => year < olderYear)) return null;
  for (const name of recordedNames(text, shape.rest)) {
    const foreseeing = older.find((paragraph) => {
      if (!flat(paragraph).includes(name.core) || !FORESEEN.test(paragraph)) return false;
      const foreseenYears = yearsOf(paragraph);
      return foreseenYears.length === 0 || years.length === 0 || years.some((year) => foreseenYears.includes(year));
    });
    if (foreseeing && (name.edition === null || editionIn(foreseeing, name.core) === name.edition)) return `event held: ${name.shown}, foreseen by the older text`;
  }
  return null;
}

/** Lower-case words an undated look-forward to an edition is written with, besides the names and ordinals. */
const BARE_FORWARD_WORDS = new Set([...BARE_RECORD_WORDS, 'session', 'sessions', 'meeting', 'summit', 'conference', 'forum', 'serving', 'as', 'be', 'presided', 'over', 'hosting', 'its', 'next', 'upcoming', 'forthcoming']);
const ORDINAL_WORD = /^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)$/;

/**
 * An undated look-forward that only names the editions awaited (their bodies, host, place): every lower-case word
 * outside the names is a record's (`BARE_FORWARD_WORDS`) or an ordinal. A second object ("and to the adoption there of a
 * decision on a just transition …") or a relative clause ("at which Parties are to communicate …") is the drafters'
 * (review 17 N1 N3).
 */
function undatedBareForward(text: string): boolean {
  const rest = text.replace(/^(?:(?:Also|Further)\s)?look(?:s|ing) forward(?:\s(?:also|further))? to\s/i, '').replace(CAPITALIZED_RUN, ' ');
  const words = rest.split(/[^\p{L}\u2019'-]+/u).filter((word) => word !== '');
  return words.every((word) => BARE_FORWARD_WORDS.has(word.toLowerCase()) || ORDINAL_WORD.test(word.toLowerCase()));
}

/**
 * A paragraph's words with the inner words of its capitalized names set aside: a stance word inside a name is the name's
 * own ("the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14", whose
 * "Support" asks nothing of anyone), not a stance the paragraph takes (redline #23, round 16A: SCP 79/202 → 80/135
 * PP 23 → PP 22, the Nice conference looked forward to, then welcomed as held). A run's first word stays (a capitalized
 * verb that opens a clause, "Urges States", is no name), and so does every lower-case word.
 */
function outsideNames(text: string): string {
  return text.replace(CAPITALIZED_RUN, (run) => {
    const first = /^\S+/.exec(run)?.[0] ?? '';
    return `${first}${run.slice(first.length).replace(/[\p{L}\u2019'-]+/gu, 'name')}`;
  });
}

/** Where a record names the theme its meeting focused on: "which focused on the theme of …", "on the topic “…”". */
const THEME_NAMED = /\b(?:focused on|focusing on|on|under) the (?:overarching )?(?:theme|topic)(?:\s+of)?\s+/i;

/** The theme a record names: the quoted words, or (unquoted) every word to the paragraph's end; null when none. */
function themeNamed(text: string): { theme: string; start: number } | null {
  const named = THEME_NAMED.exec(text);
  if (!named) return null;
  const start = named.index + named[0].length;
  const quoted = /^[“"]([^”"]+)[”"]/.exec(text.slice(start));
  if (quoted) return { theme: quoted[1], start: start + 1 };
  const theme = text.slice(start).replace(/[\s,;:.]+$/, '');
  return { theme, start };
}

/** Letters and digits only, lower-cased: a theme as the older text set it and as a record names it read alike. */
const lettersOnly = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Fewest words of a theme that can be told apart from a paragraph's ordinary words. */
const THEME_WORDS = 3;

/**
 * A record of a body's meeting moved on to its next edition, its theme that edition's, which the older text itself set
 * (redline #23, round 16A): "Welcomes the report of the Co-Chairs on the work of the Informal Consultative Process at its
 * [-twenty-third-]{+twenty-fourth+} meeting, which focused on the theme of [-new maritime technologies: challenges and
 * opportunities-]{+the ocean as a source of sustainable food+}" (Oceans 78/69 → 79/144 OP 405 → OP 393), where 78/69
 * decided that the Process "shall focus its discussions at its twenty-fourth meeting, in 2024, on the theme “The ocean
 * as a source of sustainable food”". The theme belongs to the edition recorded: the older text chose it, the newer only
 * records that the meeting was held on it. Both paragraphs record (welcome, note, take note of; no stance), the new
 * theme is written in another paragraph of the older text, and, the old theme put back, the rest is routine (the edition
 * moved on). A theme the older text did not set (a new focus chosen now), or a paragraph that asks or decides, stays
 * negotiated. The reasons, else null.
 */
export function themeSetByOlderTextReasons(before: string, after: string, olderTexts: readonly string[]): string[] | null {
  const [recordedBefore, recordedAfter] = [RECORDING_OPENING.exec(before), RECORDING_OPENING.exec(after)];
  if (!recordedBefore || !recordedAfter || FORWARD_OPENING.test(after)) return null;
  if (STANCE.test(outsideNames(after.slice(recordedAfter[0].length)))) return null;
  const [older, newer] = [themeNamed(before), themeNamed(after)];
  if (older === null || newer === null || newer.theme.split(/\s+/).length < THEME_WORDS) return null;
  const wanted = lettersOnly(newer.theme);
  if (wanted === lettersOnly(older.theme) || !olderTexts.some((paragraph) => paragraph !== before && lettersOnly(paragraph).includes(wanted))) return null;
  const swappedBack = `${after.slice(0, newer.start)}${older.theme}${after.slice(newer.start + newer.theme.length)}`;
  const rest = routineReasons(before, swappedBack);
  if (rest.length === 0 || rest.every((reason) => reason.startsWith('editorial'))) return null;
  return [...rest, `the theme of the edition recorded, set by the older text: “${newer.theme}”`];
}

/** A date or range of days in a month of a year ("23 to 27 June 2025"). */
const DATES = /\b\d{1,2}(?:\s(?:to|and|-|–)\s\d{1,2})?\s\p{Lu}\p{Ll}+\s(?:19|20)\d\d\b/gu;

/**
 * A paragraph that decided an event or looked forward to it, rewritten to welcome or note the same event as held (the
 * same name, and edition when it had one, or the same dates), with nothing else said: the reason, else null.
 */
export function eventHeldReason(before: string, after: string): string | null {
  const foreseen = DECIDING_OPENING.exec(before) ?? FORWARD_OPENING.exec(before);
  const recorded = RECORDING_OPENING.exec(after);
  if (!foreseen || !recorded || FORWARD_OPENING.test(after)) return null;
  const rest = after.slice(recorded[0].length);
  if (STANCE.test(outsideNames(rest)) || !HELD.test(rest)) return null;
  const sameDates = (before.match(DATES) ?? []).some((date) => after.includes(date));
  for (const name of eventNames(before)) {
    if (!flat(after).includes(name.core)) continue;
    const edition = editionIn(after, name.core);
    if (name.edition !== null && edition !== null && edition !== name.edition) continue;
    return `event held: ${name.shown}, ${DECIDING_OPENING.test(before) ? 'decided' : 'looked forward to'}, now recorded as held`;
  }
  return sameDates ? `event held: the event of ${(before.match(DATES) ?? [])[0]}, ${DECIDING_OPENING.test(before) ? 'decided' : 'looked forward to'}, now recorded as held` : null;
}

/**
 * What a record says is still to come: an event "to be held" or one that "will be convened", a report a body "will
 * submit" (its expectation, as the older text records it).
 */
const EXPECTED = /\b(?:(?:to be|will be|is to be|are to be)\s(?:held|convened|hosted|organized|launched|published|issued|submitted)|will\s(?:submit|present|issue|publish|convene|hold|host))\b/i;
/** The same, or a look forward, in the newer text: then the thing is still awaited, not recorded. */
const STILL_EXPECTED = new RegExp(`${EXPECTED.source}|\\blook(?:s|ing)? forward\\b|\\bupcoming\\b|\\bforthcoming\\b`, 'i');
/** What a newer record says came about: held, convened, adopted, submitted, published, its report taken note of. */
const CAME_ABOUT = /\b(?:convening|holding|held|convened|hosted|took place|adopted|submitted|published|issued|report of)\b/i;
/** Words that say the thing awaited did not come about, or not as awaited: a record of that is no event moving on. */
// ("leave no one behind" and "adopted without a vote" say nothing of that.)
const NOT_CAME_ABOUT = /\b(?:not|never|neither|nor|cannot|postpone[sd]?|cancel(?:l)?ed|called off|deferred|suspended|failed|unable)\b|\bno\b(?!\s+one\b)|n't\b/i;
/** The years a text dates things by. */
const YEARS = /\b(?:19|20)\d\d\b/g;

/**
 * A record of something awaited, rewritten to record it as come about (redline #23, session 15: "events and processes
 * moving on", the largest class of false "substantive" in the drafters' samples): "Recalling its resolution 76/307 … and
 * its decision 77/568 … on the scope of the Summit, to be held on 22 and 23 September 2024, mandating a concise,
 * action-oriented outcome document …" → "Welcoming the convening of the Summit of the Future on 22-23 September 2024 …
 * at which resolution 79/1 entitled “The Pact for the Future” and its annexes were adopted" (ICT for development 78/132 →
 * 79/194 PP 12 → PP 11). (A report awaited then taken note of, "… will submit after its twenty-eighth session, in April
 * 2025, a report …" → "Takes note of the report of the Commission … on its twenty-eighth session …", 79/194 → 80/118
 * OP 60 → OP 63, stays substantive: the newer paragraph's "progress" reads as a stance.) The decided and the
 * looked-forward-to are `eventHeldReason`'s; this is the record of an expectation (`EXPECTED`: "to be held", "will
 * submit") under a recording opening (notes, recalls, takes note), its date not after the newer text's year, become a
 * record (welcomes, notes, recalls, takes note) of the same event or body (its name, and its edition where both give one)
 * as come about (`CAME_ABOUT`), awaited no more (`STILL_EXPECTED`). Never when either side takes a stance (`STANCE`:
 * "welcomes the outcome and calls for its implementation", "stresses the importance of"), nor for a thing awaited in a
 * later year than the newer text's. The reason, else null.
 */
export function expectedEventRecordedReason(before: string, after: string, newerYear: number | null): string | null {
  const [older, newer] = [RECORDING_OPENING.exec(before), RECORDING_OPENING.exec(after)];
  if (!older || !newer || newerYear === null) return null;
  const [olderRest, newerRest] = [before.slice(older[0].length), after.slice(newer[0].length)];
  const expected = EXPECTED.exec(olderRest);
  if (!expected || STILL_EXPECTED.test(newerRest) || !CAME_ABOUT.test(newerRest)) return null;
  if (STANCE.test(outsideNames(olderRest)) || STANCE.test(outsideNames(newerRest))) return null;
  // A record that it did not come about, or not as awaited, is news a drafter negotiated: "was not held", "postponed",
  // "at which no outcome document was adopted" (review 15: each read "event held … now recorded as come about").
  if (NOT_CAME_ABOUT.test(outsideNames(newerRest))) return null;
  // The thing awaited is dated, and not after the newer text's year (a conference "to be held in 2026" is still to come).
  const years = (olderRest.match(YEARS) ?? []).map(Number);
  if (years.length === 0 || Math.max(...years) > newerYear) return null;
  for (const name of eventNames(before)) {
    if (!flat(after).includes(name.core)) continue;
    const edition = editionIn(after, name.core);
    if (name.edition !== null && edition !== null && edition !== name.edition) continue;
    return `event held: ${name.shown}, awaited (“${expected[0]}”), now recorded as come about`;
  }
  // An event named by no capitalised name, described in the same words: "a final assessment of the Decade, to take place
  // within the framework of a high-level international event, marking the closure of the Decade in 2024" → "the convening
  // of a high-level international event marking the closure of the Decade in 2024" (Racism 78/234 → 79/161 OP 18 → OP 22).
  const described = sharedDescription(olderRest, newerRest, years);
  return described === null ? null : `event held: “${described}”, awaited (“${expected[0]}”), now recorded as come about`;
}

/** Words in a row an event's description must share, one of them an event word or the year it was awaited for. */
const DESCRIPTION_WORDS = 5;

/** The longest run of `DESCRIPTION_WORDS` or more words two texts share that names an event or its year, else null. */
function sharedDescription(older: string, newer: string, years: readonly number[]): string | null {
  const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((word) => word !== '');
  const [a, b] = [words(older), words(newer)];
  let best: string[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best.length) best = a.slice(i, i + k);
    }
  }
  if (best.length < DESCRIPTION_WORDS) return null;
  const names = best.some((word) => new RegExp(`^${EVENT_WORD.source}$`, 'i').test(word) || years.includes(Number(word)));
  return names ? best.join(' ').replace(/^(?:(?:of|a|an|the|in|on|at|for|to|and|by|with)\s)+/, '') : null;
}

/** A record's closing clause that looks forward to the next edition: ", and looks forward to the … Summit, to be convened …". */
const FORWARD_CLAUSE = /,?\s*and (?:looks|looking) forward to\s/i;

/**
 * A record of one edition that looked forward to the next, rewritten to record that next one as held (issue 23, round
 * 11E): "Takes note of the Tokyo … Summit, convened … on 7 and 8 December 2021, and the Tokyo Compact …, and looks
 * forward to the … Summit, to be convened by the Government of France, on 27 and 28 March 2025" → "Takes note of the …
 * Summit, convened by the Government of France on 27 and 28 March 2025, which raised more than 580 commitments …". The
 * older text only records, then looks forward; the newer only records (no stance, request or call; its outcome told is
 * the event's), an event the older text looked forward to, named alike (the same edition, when given) and on the dates
 * it was awaited on, when it gave them. The reason, else null.
 */
export function nextEditionRecordedReason(before: string, after: string): string | null {
  const [recordedBefore, recordedAfter, forward] = [RECORDING_OPENING.exec(before), RECORDING_OPENING.exec(after), FORWARD_CLAUSE.exec(before)];
  if (!recordedBefore || !recordedAfter || !forward || FORWARD_OPENING.test(after) || FORWARD_CLAUSE.test(after)) return null;
  const earlier = before.slice(recordedBefore[0].length, forward.index);
  const awaited = before.slice(forward.index + forward[0].length);
  const rest = after.slice(recordedAfter[0].length);
  if (STANCE.test(earlier) || STANCE.test(awaited) || STANCE.test(rest) || !COMPLETED.test(earlier) || !HELD.test(rest)) return null;
  const awaitedDates = awaited.match(DATES) ?? [];
  if (awaitedDates.length > 0 && !awaitedDates.some((date) => after.includes(date))) return null;
  for (const name of eventNames(awaited)) {
    if (!flat(after).includes(name.core)) continue;
    const edition = editionIn(after, name.core);
    if (name.edition !== null && edition !== name.edition) continue;
    return `event held: ${name.shown}, looked forward to, now recorded as held in place of the edition before it`;
  }
  return null;
}

/**
 * A paragraph that invites or decides one thing, or looks forward to it: its opening verb. Never one that presses others
 * to act (urges, calls upon, requests, encourages): its date is a target set, not an occasion that comes and is over, and
 * "Urges Member States to phase out inefficient fossil fuel subsidies by 2024" dropped from a text of 2025 is a target
 * let go, the drafters' choice, not a deadline passed (redline #19).
 */
const ASKING_OPENING = new RegExp(`${LEAD}(?:invites|decides|recalls its (?:request|decision)|look(?:s|ing) forward to)\\b`, 'i');
/** A second thing asked or decided in the same paragraph: another verb after a comma, or a second infinitive ("… and to develop"). */
const SECOND_ASK = /(?:,|;)\s(?:and\s)?(?:also\s|further\s)?(?:invites|urges|encourages|calls|requests|decides|stresses|emphasizes|underlines|reaffirms|recognizes|notes|welcomes)\b|\sand\sto\s\p{Ll}+\b|;\s\S/u;
/** The date a paragraph's ask is due or its event held: "by 2024", "before the end of 2024", "to be held in 2024", "in 2024". */
const DUE_YEAR = /\b(?:by|before the end of|(?:to be|will be) (?:held|convened|hosted|launched) in|in)\s((?:19|20)\d\d)\b/g;

/**
 * A dropped paragraph whose whole content is one dated invitation, decision or event, its date passed (redline #23, round
 * 13E; never an urging, call or request: `ASKING_OPENING`): "Invites Governments to reach 100 national action plans by
 * 2024;" dropped from a text of 2025, "Looks forward to the review by the General Assembly in 2024" dropped from one of
 * 2025. One opening that invites, decides or looks forward, one thing
 * asked (no second verb, no "and to …"), every year it names a due date or an event's year, all before the newer text's
 * year: "a deadline passed, dropped" / "an event held, dropped". A dropped ask or decision with a date still to come or
 * none, or with more asked beside its deadline ("… by 2024 and to develop …, encourages …"), stays a finding.
 */
export function deadlinePassedReason(text: string, newerYear: number | null): string | null {
  if (newerYear === null || !ASKING_OPENING.test(text) || SECOND_ASK.test(text.replace(/[;,.]\s*$/, ''))) return null;
  const due = [...text.matchAll(DUE_YEAR)];
  const years = yearsOf(text);
  if (due.length === 0 || years.length !== due.length || years.some((year) => year >= newerYear)) return null;
  const event = /\b(?:to be|will be) (?:held|convened|hosted|launched)\b|^(?:(?:Also|Further)\s)?(?:look(?:s|ing) forward|decides to (?:convene|hold))/i.test(text);
  const shownDue = due.map((match) => match[0]).join(', ');
  return event ? `an event held, dropped: its year passed (${shownDue}; the newer text is of ${newerYear})` : `a deadline passed, dropped: ${shownDue} (the newer text is of ${newerYear})`;
}


/** The older text's own resolution number ("78/137"), from its metadata or its symbol ("A/RES/78/137"); null for a draft. */
export function ownResolution(side: ClassifySide): string | null {
  const meta = side.document.meta;
  if (meta.resolution && /^\d+\/\d+$/.test(meta.resolution)) return meta.resolution;
  return /\bA\/RES\/(\d+\/\d+)\b/.exec(meta.symbol ?? '')?.[1] ?? null;
}

/** A paragraph that decides or requests one thing of its own (not a recall of an earlier decision). */
const OWN_DECISION_OPENING = /^(?:(?:Also|Further)\s)?(?:Requests|Decides)\b/;
/** A request or decision that recurs or goes on (a report each session, "to continue"): its dropping is the drafters' to say. */
const RECURRING_ASK = /\b(?:annual(?:ly)?|each year|every|biennial(?:ly)?|periodic(?:ally)?|regular(?:ly)?|continue|keep|remain|to (?:submit|report|present|include|inform))\b/i;
/** A capitalised word that opens a name ("the Regular Process for Global Reporting …", "the Annual Meeting"): a name, not how often. */
const NAME_WORD = /\b\p{Lu}\p{Ll}+(?=\s\p{Lu})/gu;
/** True when a decision or request recurs or goes on (`RECURRING_ASK`), its words read outside the names it cites. */
function isRecurringAsk(text: string): boolean {
  return RECURRING_ASK.test(text.replace(NAME_WORD, 'Name'));
}
/** Words too common to tell one decision's object from another's. */
const PLAIN_WORDS = new Set(['that', 'this', 'which', 'with', 'from', 'their', 'there', 'these', 'those', 'within', 'other', 'such', 'into', 'also', 'well', 'including', 'inter', 'alia']);

/** The stems (first five letters) of the content words of a text, in order: enough to tell "conclude" in "conclusion". */
function stemsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length > 3 && !PLAIN_WORDS.has(word)).map((word) => word.slice(0, 5));
}

/** The share of `wanted` found in `among`. */
function overlap(wanted: readonly string[], among: readonly string[]): number {
  const present = new Set(among);
  return wanted.length === 0 ? 0 : wanted.filter((stem) => present.has(stem)).length / wanted.length;
}

/** What a decision or request asks for: its words from its first infinitive ("to develop a mapping exercise …"). */
function decisionObject(text: string): string | null {
  const to = /\bto\s(?=\p{Ll})/u.exec(text);
  return to ? text.slice(to.index + to[0].length) : null;
}

/** A citation of the older text by its number: "in its resolution 78/137", "its resolutions 78/324 and 79/147". */
function citesResolution(text: string, resolution: string): boolean {
  return new RegExp(`\\bresolutions?\\s(?:[^;]{0,60}?\\s)?${resolution.replace('/', '\\/')}\\b`).test(text);
}

/** A record that says the thing is still to be done: "has not yet been developed", "remains to be", "yet to be". */
const NOT_DONE = /\b(?:not yet|yet to be|(?:has|have|had) not|remains? to be|is not|are not|was not|were not)\b/i;

/**
 * A paragraph that only records (an opening that notes, welcomes or recalls) and says nothing against it: no stance word
 * ("Notes with concern that …", "regrets", "deplores": `STANCE`) and no negation ("has not yet been developed": `NOT_DONE`)
 * after its opening. A record with either speaks of the thing undone or regretted, not carried out (redline #23).
 */
function recordsAsDone(paragraph: string): boolean {
  const opening = RECORDING_OPENING.exec(paragraph);
  if (!opening) return false;
  const rest = paragraph.slice(opening[0].length);
  return !STANCE.test(rest) && !NOT_DONE.test(rest);
}

/**
 * A dropped decision or request of the older text that the newer text records as taken or carried out, citing the older
 * text by its number (redline #23, round 13E2): "Requests the United Nations Conference on Trade and Development to
 * develop a mapping exercise on the existing initiatives in the use of debt swaps …" dropped where the newer text takes
 * note "of the mapping exercise … conducted by the … Conference … as requested by the General Assembly in its resolution
 * 78/137"; "Decides to formally conclude the mandate of the Open-ended Working Group on Ageing" dropped where the newer
 * "Recalls its resolutions 78/324 and 79/147, which marked the conclusion of the work of the … Working Group". One thing
 * decided or asked, not a recurring one (a report each session, "continue to": `RECURRING_ASK`), and the newer record
 * speaks of it (most of the first words of what was asked) as done: a record with a stance or a negation ("Notes with
 * concern that the mapping exercise … has not yet been developed": `recordsAsDone`) leaves it negotiated. The reason, else null.
 */
export function ownDecisionRecordedReason(text: string, newer: readonly string[], resolution: string | null): string | null {
  if (resolution === null || !OWN_DECISION_OPENING.test(text)) return null;
  const object = decisionObject(text);
  if (object === null || isRecurringAsk(object.split(/[;,]/)[0])) return null;
  const wanted = stemsOf(object).slice(0, 8);
  const record = newer.find((paragraph) => recordsAsDone(paragraph) && !OWN_DECISION_OPENING.test(paragraph) && citesResolution(paragraph, resolution) && overlap(wanted, stemsOf(paragraph)) >= 0.6);
  if (record === undefined) return null;
  const asked = /^(?:(?:Also|Further)\s)?Requests\b/.test(text) ? 'a request carried out' : 'a decision taken';
  return `${asked}: the newer text records it, citing resolution ${resolution}`;
}

/**
 * The newer side of `ownDecisionRecordedReason`: a new paragraph that only recalls or notes a decision of the older text,
 * citing it by number, the decision itself dropped ("Recalls its resolutions 78/324 and 79/147, which marked the
 * conclusion of the work of the Open-ended Working Group on Ageing;"). It says nothing more than the decision (no stance,
 * at most three content words of its own beside its opening), else it stays a finding. The reason, else null.
 */
export function ownDecisionRecalledReason(text: string, droppedOlder: readonly string[], resolution: string | null): string | null {
  const recording = RECORDING_OPENING.exec(text);
  if (resolution === null || !recording || !citesResolution(text, resolution) || STANCE.test(text.slice(recording[0].length))) return null;
  const own = stemsOf(text.slice(recording[0].length).replace(/\bresolutions?\b/gi, ''));
  for (const paragraph of droppedOlder) {
    if (ownDecisionRecordedReason(paragraph, [text], resolution) === null) continue;
    const theirs = new Set(stemsOf(paragraph));
    if (own.filter((stem) => !theirs.has(stem)).length > 3) continue;
    return `a decision of the older text recalled by its number (resolution ${resolution}), the decision itself dropped`;
  }
  return null;
}

/** A recall of the older text's own decision: "Recalls its resolution 79/159 of 17 December 2024 deciding to". */
const OWN_DECISION_RECALLED = /^(?:(?:Also|Further)\s)?Recalls(?:\s(?:also|further))? its resolutions?\s([^;]{0,60}?)(?:\sof\s\d{1,2}\s\p{L}+\s(?:19|20)\d\d)?,?\s(?:deciding|requesting|in which it (?:decided|requested)|by which it (?:decided|requested))\s+to\s/u;

/**
 * A decision or request of the older text, restated as the recall of that text by its number (redline #23, round 13E2):
 * "Requests the President of the General Assembly to hold, within existing resources, a high-level panel during the
 * high-level week of the eighty-second session …, in 2027, to commemorate …" → "Recalls its resolution 79/159 of 17
 * December 2024 deciding to organize a high-level panel, within existing resources, to be held during the high-level
 * week of the eighty-second session …". The same thing asked (its words nine in ten alike both ways, its years and
 * sessions the same): the decision stands, recalled. The reason, else null.
 */
export function ownDecisionRestatedReason(before: string, after: string, resolution: string | null): string | null {
  const recalled = OWN_DECISION_RECALLED.exec(after);
  if (resolution === null || !recalled || !OWN_DECISION_OPENING.test(before) || !citesResolution(`resolution ${recalled[1]}`, resolution)) return null;
  const object = decisionObject(before);
  if (object === null) return null;
  const rest = after.slice(recalled[0].length);
  const [asked, restated] = [stemsOf(object), stemsOf(rest)];
  if (overlap(asked, restated) < 0.9 || overlap(restated, asked) < 0.9) return null;
  const marks = (text: string): string => [...(text.match(/\b(?:19|20)\d\d\b/g) ?? []), ...(text.toLowerCase().match(/\b[\p{L}-]+(?:th|st|nd|rd)\s+session\b/gu) ?? [])].sort().join(' ');
  if (marks(object) !== marks(rest)) return null;
  return `a decision of the older text restated as recalled: resolution ${resolution}, “${recalled[0].trim()}”`;
}

/** An opening that only welcomes or notes (no recall: a recall is a reference the drafters chose to keep). */
const WELCOMING_OPENING = /^(?:(?:Also|Further)\s)?(?:Welcomes|Welcoming|Notes|Noting|Takes note of|Taking note of)(?:\s(?:also|further))?(?:\s(?:with (?:appreciation|satisfaction)))?\b/;

/**
 * A dropped welcome or note of a decision or resolution of a body's session, where the newer text cites the same body's
 * next session's (redline #23, round 13E2, "decisions ageing"): "Welcomes resolution GC(67)/RES/1 on the approval of the
 * appointment of … as Director General of the Agency …" dropped from a text that takes note of the resolutions of
 * GC(68). The welcome went with its session. Only a paragraph that welcomes or notes, says nothing else (no stance, no
 * call: `STANCE`), and cites session-numbered decisions only, each succeeded in the newer text (the same shape, the next
 * session: `isNextSessionSymbol`, whatever its subject: the body sat again); not a General Assembly resolution (any of the next session would do), and the decision itself
 * welcomed, not an event it set going. The reason, else null.
 */
export function sessionDecisionAgedReason(text: string, newer: readonly string[]): string | null {
  const opening = WELCOMING_OPENING.exec(text);
  // The decision itself is what is welcomed ("Welcomes resolution GC(67)/RES/1 …"), not an event it set going ("Welcomes
  // the commencement of the work of the Group … established pursuant to resolution 73/266").
  if (!opening || STANCE.test(text.slice(opening[0].length)) || !/^\s*(?:the\s)?(?:resolutions?|decisions?)\s/i.test(text.slice(opening[0].length))) return null;
  const cited = findReferences(text).filter((reference) => reference.kind === 'resolution' || reference.kind === 'decision');
  // A General Assembly resolution of the next session is any resolution: no sign of the same body's later sitting.
  if (cited.length === 0 || cited.some((reference) => reference.session === null || reference.shape === 'resolution #/n')) return null;
  const newerReferences = newer.flatMap((paragraph) => findReferences(paragraph));
  if (newerReferences.some((reference) => cited.some((mention) => mention.key === reference.key))) return null;
  const successors = cited.map((reference) => newerReferences.find((candidate) => isNextSessionSymbol(reference, candidate)));
  if (successors.some((successor) => successor === undefined)) return null;
  return `a decision of an earlier session welcomed, dropped: ${cited.map((reference) => reference.text).join(', ')}; the newer text cites the next session's (${successors.map((successor) => successor?.text).join(', ')})`;
}

/** A request to bring an event about: "Requests the President of the General Assembly to convene, within existing resources, a". */
const EVENT_REQUESTED = /^(?:(?:Also|Further)\s)?Requests\s(the\s[^,;]{3,120}?)\sto\s(?:convene|hold|organize)\b,?(?:\s*within existing resources,)?\s*(?:an?|the)\s/u;
/** Thanks for an event held: "Congratulates the President of the General Assembly for convening a successful and productive". */
const EVENT_THANKED = /^(?:(?:Also|Further)\s)?(?:Congratulates|Commends|Thanks|Expresses its appreciation to)\s(the\s[^,;]{3,120}?)\sfor\s(?:having\s)?(?:convening|holding|organizing|convened|held|organized)\s(?:an?|the)\s(?:successful(?:(?:\sand|,)\s\p{L}+)?\s)?/u;

/**
 * An event the older text requested, thanked for as held (redline #23, round 13E2, "events expected → held"):
 * "Requests the President of the General Assembly to convene, within existing resources, a high-level event to
 * commemorate the tenth anniversary …" → "Congratulates the President of the General Assembly for convening a
 * successful and productive high-level event to commemorate the tenth anniversary …". The same addressee, the same event
 * (its words nine in ten alike both ways, its years the same), nothing else asked: the reason, else null.
 */
export function requestedEventHeldReason(before: string, after: string): string | null {
  const [requested, thanked] = [EVENT_REQUESTED.exec(before), EVENT_THANKED.exec(after)];
  if (!requested || !thanked || requested[1] !== thanked[1]) return null;
  const [asked, held] = [before.slice(requested[0].length), after.slice(thanked[0].length)];
  if (overlap(stemsOf(asked), stemsOf(held)) < 0.9 || overlap(stemsOf(held), stemsOf(asked)) < 0.9) return null;
  const years = (text: string): string => (text.match(/\b(?:19|20)\d\d\b/g) ?? []).join(' ');
  // Its purpose may hold a stance word ("to raise awareness of the importance of …"), the same one asked: none new.
  const stances = (text: string): string[] => (text.match(new RegExp(STANCE.source, 'gi')) ?? []).map((word) => word.toLowerCase());
  if (years(asked) !== years(held) || stances(held).some((word) => !stances(asked).includes(word))) return null;
  return `event held: requested of ${requested[1]}, now thanked for as held`;
}

/**
 * A decision taken once: to adopt, establish, approve, appoint, launch, convene, hold or organize something, or that a
 * body shall meet, convene, hold its sessions, consist of or be composed of what it names (redline #23, round 14C).
 */
const DECIDED_ONCE = /^(?:(?:Also|Further)\s)?[Dd]ecides\s+(?:to\s+(adopt|establish|approve|appoint|launch|convene|hold|organize)\b|that\s+(?:the\s+)?[^,;]{3,160}?\s+shall\s+(meet|convene|hold|consist|be composed|comprise)\b)/u;
/**
 * A decision that lives by being renewed, recurs or is undone: a mandate extended or renewed ("for a further period"),
 * an item placed on an agenda, a negation ("Decides not to abolish …"), a budget of a financial period or an amount.
 */
const RENEWED_OR_UNDONE = /\b(?:extend\w*|renew\w*|prolong\w*|further period|agenda|not|mandate|financial period|budget|dollars|assessment|abolish\w*|terminat\w*|discontinu\w*|dissolv\w*)\b/i;
/** The head word of what a decision decides about: a body, a sitting, or a process or instrument. */
const SUBJECT_HEAD = /\b(?:conference|summit|meeting|session|forum|dialogue|congress|committee|subcommittee|commission|council|group|panel|assembly|board|platform|mechanism|process|programme|convention|treaty|protocol|fund|decade|framework)s?\b/i;
/** A decision's opening in the newer text: a paragraph that decides anew. */
const NEWER_DECISION = /^(?:(?:Also|Further|Furthermore)\s)?[Dd]ecides\b/u;

/** The bodies, processes and instruments a decision names, in their order of first mention: lower-cased without edition (`core`), and as written. */
function decidedSubjects(text: string): Array<{ core: string; shown: string }> {
  const body = text.charAt(0).toLowerCase() + text.slice(1);
  const found: Array<{ at: number; core: string; shown: string }> = [];
  for (const pattern of [CAPITALIZED_RUN, DESCRIBED_EVENT]) {
    for (const match of body.matchAll(new RegExp(pattern.source, pattern.flags))) {
      if (!SUBJECT_HEAD.test(match[0])) continue;
      const words = match[0].trim().replace(/^the\s+/i, '');
      const edition = ORDINAL.exec(words);
      const shown = edition ? words.slice(edition[0].length) : words;
      const core = flat(shown);
      if (core.split(' ').length < 2 || TOO_GENERAL.has(core)) continue;
      found.push({ at: match.index ?? 0, core, shown: shown.replace(/\s+/g, ' ') });
    }
  }
  const ordered = found.sort((a, b) => a.at - b.at || a.core.localeCompare(b.core));
  return ordered.filter((subject, index) => ordered.findIndex((other) => other.core === subject.core) === index);
}

/**
 * A decision of the older text taken once and standing, not restated in the newer (redline #23, round 14C, "decisions
 * ageing"): in UN practice a decision, once adopted, stays in force, and the next year's resolution does not repeat it;
 * its absence is no negotiated change. Promotion of inclusive and effective international tax cooperation 79/235 →
 * 80/128: "Decides to adopt the terms of reference for a United Nations Framework Convention on International Tax
 * Cooperation …", "Further decides that the intergovernmental negotiating committee shall meet in 2025, 2026 and 2027 for
 * at least three substantive sessions per year …", "Also decides that the Bureau of the intergovernmental negotiating
 * committee shall consist of a Chair, 18 Vice-Chairs and a Rapporteur …", dropped from a text that welcomes the
 * committee's sessions held under them. Only a paragraph that decides one thing once (`DECIDED_ONCE`: adopt, establish,
 * approve, appoint, launch, convene, hold, organize; a body to meet, convene or consist of), nothing else asked (no
 * second verb: `SECOND_ASK`), nothing recurring (`RECURRING_ASK`: "annually", "continue", "to report", "to include"),
 * no mandate renewed or ended, no agenda, no negation, no budget (`RENEWED_OR_UNDONE`); whose first named subject (the
 * body, process or instrument decided about) the newer text still names, and which no newer paragraph decides about
 * otherwise (a newer "Decides …" naming the same subject leaves it a finding). A mandate not renewed ("Decides to extend
 * the mandate … for a further period of one year"), an item no longer placed on the agenda, a recurring request dropped
 * stay findings. The reason, else null.
 */
export function standingDecisionReason(text: string, newer: readonly string[]): string | null {
  const decided = DECIDED_ONCE.exec(text);
  if (!decided || isRecurringAsk(text) || RENEWED_OR_UNDONE.test(text) || SECOND_ASK.test(text.replace(/[;,.]\s*$/, ''))) return null;
  const [subject] = decidedSubjects(text);
  if (subject === undefined) return null;
  const naming = newer.filter((paragraph) => flat(paragraph).includes(subject.core));
  if (naming.length === 0 || naming.some((paragraph) => NEWER_DECISION.test(paragraph))) return null;
  const verb = decided[1] ?? decided[2];
  return `a decision of the older text (taken once, still in force) not restated: ${decided[1] ? `decides to ${verb}` : `decides that … shall ${verb}`}; the newer text carries on the ${subject.shown}`;
}

/**
 * A note of a body's report on a session that also welcomes the body's completion of its work: "Takes note of the report
 * on the second session of the Ad Hoc Committee to Draft Terms of Reference for …, and welcomes the completion by the Ad
 * Hoc Committee of its work;". Its first group is the body, its second the body as the completion names it.
 */
const COMPLETED_BODY_REPORT =
  /^(?:(?:Also|Further)\s)?(?:Takes|Taking) note(?:\s(?:also|further))?(?:\swith (?:appreciation|satisfaction))? of the (?:final\s)?report (?:on|of) the [\p{L}-]+ session of the ([^,;]+?),?\s+and welcom(?:es|ing) the (?:successful\s)?(?:completion|conclusion) by the ([^,;]+?) of its work[;,.]?$/u;

/**
 * A dropped note of the report on an earlier session of a body that the same paragraph records as having completed its
 * work (redline #23, round 14C, "decisions ageing"), where the newer text carries on what the body worked for (the
 * instrument or process its name ends with): Promotion of inclusive and effective international tax cooperation 79/235
 * → 80/128 OP 1, "Takes note of the report on the second session of the Ad Hoc Committee to Draft Terms of Reference for
 * a United Nations Framework Convention on International Tax Cooperation, and welcomes the completion by the Ad Hoc
 * Committee of its work;" dropped from a text that welcomes the negotiating committee's sessions on that Framework
 * Convention. The body has no later session to note; its report was noted once. Nothing else said (only the note and the
 * welcome of the completion; the body named alike in both), else null.
 */
export function completedBodyReportReason(text: string, newer: readonly string[]): string | null {
  const noted = COMPLETED_BODY_REPORT.exec(text.replace(/\s+/g, ' ').trim());
  if (!noted) return null;
  const [body, completing] = [noted[1].replace(/\s*\d+$/, ''), noted[2]];
  if (!flat(body).startsWith(flat(completing))) return null;
  // What the body worked for: the longest tail of its name, a name of its own (capitalized, with a head word), that the newer text names.
  const words = body.split(' ');
  const newerText = flat(newer.join(' '));
  for (let start = 1; start < words.length - 2; start += 1) {
    const tail = words.slice(start).join(' ');
    if (!/^\p{Lu}/u.test(tail) || !SUBJECT_HEAD.test(tail) || TOO_GENERAL.has(flat(tail))) continue;
    if (newerText.includes(flat(tail))) return `a report of an earlier session noted, the body's work completed: the ${body}; the newer text carries on the ${tail}`;
  }
  return null;
}

/**
 * A body that sits every other session (redline #23, session 15: "the alternate-year paragraphs" of Criminal
 * accountability of United Nations officials and experts on mission, whose working group of the Sixth Committee sits at
 * the seventy-ninth, eighty-first … sessions). The resolution of the session before a sitting recalls and reiterates the
 * decision that the body sits at the next session; the resolution of the session it sat at notes its report and
 * reiterates the decision for the sitting after; the next one drops that note and recalls the decision again. None of
 * it is negotiated: each paragraph only follows the sitting on. Read against the session the newer text is adopted at
 * (its resolution's number): a sitting set for that session has been held (or is being held) when the newer text is
 * adopted.
 */
/** An opening that restates a decision already taken: "Reiterates its decision that", "Recalling also its decision that". */
const DECISION_RESTATED = /^(?:(?:Also|Further)\s)?(?:Reiterates|Reaffirms|Recalls|Recalling|Reiterating|Reaffirming)(?:\s(?:also|further))?\sits decision\b/;
/** The sessions of the Assembly a text names ("during its seventy-ninth session"), as numbers. */
function sessionsNamed(text: string): number[] {
  return findNumbers(text).filter((mention) => mention.category === 'session' && mention.value !== null).map((mention) => mention.value as number);
}
/** The text with its sessions and resolution symbols masked, as letters only: what a decision says whatever sitting it sets. */
function withoutSittings(text: string): string {
  return text.toLowerCase().replace(/\b[\p{L}-]+(?:th|st|nd|rd) session\b/gu, ' ').replace(/\b\d+\/\d+\b/g, ' ').replace(/[^\p{L}]+/gu, '');
}
/** ", as well as its resolution 77/98", " and 77/98": a resolution cited beside the decision's standing ones. */
const CITED_BESIDE = /,?\s(?:as well as|and)\s(?:its\s)?resolution\s(\d+)\/\d+(?=[,\s])/g;

/**
 * A decision reiterated, the sitting it sets moved from the newer text's own session (held) to a later one: "Reiterates
 * its decision that, bearing in mind its resolutions 62/63 and 63/119 as well as its resolution 77/98, the consideration
 * of the report … shall be continued during its [-seventy-ninth-]{+eighty-first+} session in the framework of a working
 * group of the Sixth Committee …" (Criminal accountability 78/102 → 79/116 OP 15: the newer text is of the seventy-ninth
 * session). The citation of a resolution of an earlier session than the sitting held, beside the standing ones (77/98,
 * which set that sitting), goes with it, and shows the body's cycle: 77/98 set the seventy-ninth session's sitting, two
 * sessions on, and the newer text moves it two sessions on again. Only a decision restated on both sides
 * (`DECISION_RESTATED`), one session each, the older the newer text's own, the newer later by the step the older text's
 * citation shows; everything else alike. A decision that sets its first sitting, moves one not yet held, or changes the
 * cycle (the sitting moved by another step: a drafter's verdict of session 14 read "skipping the eightieth" as a decision
 * on the cycle, which it would be without the cycle shown) stays negotiated. The reason, else null.
 */
export function decisionCarriedForwardReason(before: string, after: string, newerSession: number | null, newerTexts: readonly string[] = []): string | null {
  if (newerSession === null || !DECISION_RESTATED.test(before) || !DECISION_RESTATED.test(after)) return null;
  const [older, newer] = [sessionsNamed(before), sessionsNamed(after)];
  if (older.length !== 1 || newer.length !== 1 || older[0] !== newerSession || newer[0] <= newerSession) return null;
  const dropped: string[] = [];
  // The body's cycle, as the older text shows it: the resolution cited beside the decision, of session C, set the sitting
  // held at C + step (77/98 set the seventy-ninth); the newer text must move the sitting on by the same step (to the
  // eighty-first). A sitting moved by another step is a decision on the cycle, negotiated.
  let cycle = false;
  const olderKept = before.replace(CITED_BESIDE, (found, session: string) => {
    if (Number(session) >= older[0] || after.includes(found.trim())) return found;
    if (older[0] - Number(session) === newer[0] - older[0]) cycle = true;
    dropped.push(found.replace(/^,?\s(?:as well as|and)\s(?:its\s)?/, '').trim());
    return '';
  });
  if (!cycle) return null;
  if (withoutSittings(olderKept) !== withoutSittings(after)) return null;
  // The standing citations kept as they were: `withoutSittings` masks every symbol, and "bearing in mind its resolutions
  // 62/63 and [-63/119-]{+79/300+}" is another basis for the decision, not the sitting moved on (review 15).
  const symbols = (text: string): string => (text.match(/\b\d+\/\d+\b/g) ?? []).join(' ');
  if (symbols(olderKept) !== symbols(after)) return null;
  // A citation dropped here is still cited elsewhere in the newer text (its list of resolutions recalled): not un-recalled.
  if (dropped.some((citation) => !newerTexts.some((paragraph) => paragraph.includes(citation.replace(/^resolution\s/, ''))))) return null;
  const shown = (text: string): string => /\b[\p{L}-]+(?:th|st|nd|rd) session\b/u.exec(text)?.[0] ?? '';
  return `a decision reiterated for the next sitting: ${shown(before)} (the newer text's own, held) → ${shown(after)}${dropped.length > 0 ? `; ${dropped.join(', ')}, which set the sitting held (the same cycle), no longer cited beside it` : ''}`;
}

/** The content stems of a text, for comparing what two paragraphs decide. */
function decisionStems(text: string): string[] {
  return stemsOf(text.replace(/\b[\p{L}-]+(?:th|st|nd|rd) session\b/gu, ' ').replace(/\b\d+\/\d+\b/g, ' '));
}

/**
 * A dropped recall of a decision that a body sit at the newer text's own session, where the newer text reiterates the
 * same decision for a later sitting: "Recalling also its decision that … the consideration of the report … would be
 * continued during its seventy-ninth session in the framework of a working group of the Sixth Committee," gone from the
 * seventy-ninth session's text, whose OP 15 reiterates the decision for the eighty-first (Criminal accountability 78/102
 * → 79/116 PP 22). The sitting recalled is held; the decision goes on in the newer text. The reason, else null.
 */
export function sittingHeldRecallReason(text: string, newerTexts: readonly string[], newerSession: number | null): string | null {
  if (newerSession === null || !DECISION_RESTATED.test(text)) return null;
  const sessions = sessionsNamed(text);
  if (sessions.length !== 1 || sessions[0] !== newerSession) return null;
  const wanted = decisionStems(text.replace(DECISION_RESTATED, ''));
  const carried = newerTexts.find((paragraph) => DECISION_RESTATED.test(paragraph) && sessionsNamed(paragraph).some((session) => session > newerSession) && overlap(wanted, decisionStems(paragraph)) >= 0.9);
  if (carried === undefined) return null;
  const next = sessionsNamed(carried).find((session) => session > newerSession);
  return `a decision recalled for a sitting at the newer text's own session, since held: the newer text carries it on to its ${ordinalSession(carried, next ?? 0)}`;
}

/** The words naming session `value` in a text ("eighty-first session"), or "session N". */
function ordinalSession(text: string, value: number): string {
  return findNumbers(text).find((mention) => mention.category === 'session' && mention.value === value)?.text ?? `session ${value}`;
}

/** A paragraph that only notes a body's report: "Noting the oral report of the Chair of the working group of the Sixth Committee,". Group: the body. */
const REPORT_NOTED = /^(?:(?:Also|Further)\s)?(?:Noting|Notes|Taking note of|Takes note of)(?:\s(?:also|further|with appreciation))?\sthe\s(?:oral\s|written\s|annual\s)?reports?\sof\s(?:the\s(?:Chair|Chairperson|Chair-Rapporteur|President)\sof\s)?the\s([^,;]{5,120}?)\s*[,;.]?\s*$/;

/**
 * A new paragraph that only notes the report of a body the older text set to sit at the newer text's own session: "Noting
 * the oral report of the Chair of the working group of the Sixth Committee," in the seventy-ninth session's text, whose
 * predecessor decided that the consideration "shall be continued during its seventy-ninth session in the framework of a
 * working group of the Sixth Committee" (Criminal accountability 78/102 → 79/116 PP 22). The body sat as decided, and
 * reported. Only a bare note (nothing after the body's name), only a body an older paragraph names beside that session.
 * The reason, else null.
 */
export function sittingReportNotedReason(text: string, olderTexts: readonly string[], newerSession: number | null): string | null {
  const noted = REPORT_NOTED.exec(text.trim());
  if (newerSession === null || !noted) return null;
  const body = flat(noted[1]);
  const set = olderTexts.some((paragraph) => flat(paragraph).includes(body) && sessionsNamed(paragraph).includes(newerSession));
  return set ? `the report of a body the older text set to sit at the newer text's own session, noted: the ${noted[1]}` : null;
}

/**
 * The same note dropped the session after, where the newer text sets the body's next sitting at a later session: "Noting
 * the oral report of the Chair of the working group of the Sixth Committee," gone from the eightieth session's text,
 * whose OP 15 reiterates that the working group sits at the eighty-first (Criminal accountability 79/116 → 80/160 PP 22).
 * The body did not sit this session; its last report is no longer noted. The reason, else null.
 */
export function sittingReportNoLongerNotedReason(text: string, newerTexts: readonly string[], newerSession: number | null, olderTexts: readonly string[] = []): string | null {
  const noted = REPORT_NOTED.exec(text.trim());
  if (newerSession === null || !noted) return null;
  const body = flat(noted[1]);
  // The body sat this session when the older text set it to (a body that sits every session: "shall continue its work
  // during its eightieth session" in the seventy-ninth's text): its report of this session not noted is news (review 15).
  if (olderTexts.some((paragraph) => flat(paragraph).includes(body) && sessionsNamed(paragraph).includes(newerSession))) return null;
  const next = newerTexts.find((paragraph) => flat(paragraph).includes(body) && sessionsNamed(paragraph).some((session) => session > newerSession));
  if (next === undefined || newerTexts.some((paragraph) => REPORT_NOTED.test(paragraph.trim()) && flat(paragraph).includes(body))) return null;
  return `the note of a body's report at its last sitting, dropped: the newer text sets its next sitting at its ${ordinalSession(next, sessionsNamed(next).find((session) => session > newerSession) ?? 0)}`;
}

/**
 * A new recall of a decision the older text took or reiterated, the same decision for the same sitting: "Recalling also its
 * decision that … would be continued during its eighty-first session in the framework of a working group of the Sixth
 * Committee," where the older text "Reiterates its decision that … shall be continued during its eighty-first session …"
 * (Criminal accountability 79/116 → 80/160 PP 23). The recall says nothing the older text did not decide: its words nine
 * in ten alike both ways, the same sessions. The reason, else null.
 */
export function olderDecisionRecalledReason(text: string, olderTexts: readonly string[]): string | null {
  if (!/^(?:(?:Also|Further)\s)?(?:Recalls|Recalling)(?:\s(?:also|further))?\sits decision\b/.test(text)) return null;
  const sessions = sessionsNamed(text);
  if (sessions.length === 0) return null;
  const recalled = decisionStems(text.replace(DECISION_RESTATED, ''));
  const decided = olderTexts.find((paragraph) => /^(?:(?:Also|Further)\s)?(?:Decides|Reiterates its decision|Reaffirms its decision)\b/.test(paragraph) && sessionsNamed(paragraph).join(' ') === sessions.join(' ') && overlap(recalled, decisionStems(paragraph)) >= 0.9 && overlap(decisionStems(paragraph.replace(/[,;]\s*and,?\s*for that purpose,[^;]*;?\s*$/, '')), recalled) >= 0.8);
  return decided === undefined ? null : 'a decision of the older text recalled: the same decision, for the same sitting';
}
