import type { ClassifySide, DocumentMeta, Finding, Signal } from '../types.js';
import { sessionOf } from '../ingest/un-metadata.js';
import { resolutionYear } from './aged-with-year.js';

/** What dates a text: its date, resolution number and symbol (a resolution cited is later than the older text, a year no later than the newer's). */
type TextDating = Pick<DocumentMeta, 'date' | 'resolution' | 'symbol'>;

/**
 * A verb that changed only because the thing awaited came about (trial 19-a defect 4). The older paragraph looks
 * forward to an event or an act ("Decides to finalize the modalities … no later than the end of March 2025", "Welcomes
 * the upcoming sixtieth anniversary …, in 2025", "Looking forward to progress towards the convening of a biennial
 * summit"); the newer one records it as done, of the same thing: it cites the resolution that did it, adopted after the
 * older text ("Takes note of the modalities resolution … as contained in General Assembly resolution 79/277"), says a
 * year no later than its own "marks" the occasion ("Underscores that 2025 marks the sixtieth anniversary"), or names its
 * convening on a day ("Expressing appreciation for the convening of the Biennial Summit …, on 24 September 2025"). The
 * verbs sit on no one scale: "decide → take note" is no watering down of a decision carried out, "welcome → underscore"
 * no firmer stance on an anniversary that came. The finding stays (its other edits may be negotiated); its verb change
 * gives no direction (`(weaker)`, `(stronger)`), nor does a deadline the event met. A newer text that only notes a
 * proposal, an intention or a plan ("Takes note of the proposal to convene …") records nothing done: its direction
 * stands, and so does a resolution cited that the older text could already have cited.
 */
export function markEventPassedTone(findings: readonly Finding[], left: ClassifySide, right: ClassifySide): Finding[] {
  return findings.map((finding) => {
    if (finding.kind !== 'modified' || finding.routine || finding.editorial || !finding.signals.some(directedVerb)) return finding;
    const [before, after] = [left.document.paragraphs[finding.left[0]]?.text, right.document.paragraphs[finding.right[0]]?.text];
    if (before === undefined || after === undefined) return finding;
    const reason = eventPassedReason(before, after, left.document.meta, right.document.meta);
    return reason === null ? finding : { ...finding, signals: finding.signals.map((signal) => undirected(signal, reason)) };
  });
}

/** A commitment verb changed on both sides with a direction: what this rule takes the direction off. */
function directedVerb(signal: Signal): boolean {
  return signal.type === 'commitment' && signal.routine !== true && signal.from !== null && signal.to !== null && signal.direction !== undefined;
}

/** The signal made routine, its summary saying why (`reason`, from `eventPassedReason`). */
function undirected(signal: Signal, reason: string): Signal {
  const why = reason.replace(/; the verb change gives no direction$/, '');
  if (directedVerb(signal) && signal.type === 'commitment') return { ...signal, routine: true, summary: `${signal.summary} (routine: ${why})` };
  // The deadline the event met ("no later than the end of March 2025") was not lifted.
  if (signal.type === 'number' && signal.category === 'deadline' && signal.change === 'removed' && signal.routine !== true) return { ...signal, routine: true, summary: `${signal.summary} (routine: ${why})` };
  return signal;
}

const LEAD = String.raw`^(?:(?:Also|Further|Furthermore|Recalling|Recalls)\s)?`;
/** The older paragraph awaits: decides to do, looks forward to, welcomes what is upcoming. Group 1: the object awaited. */
const AWAITING = new RegExp(
  `${LEAD}(?:decid(?:es|ing)(?:\\s(?:also|further))? to (?:finalize|convene|hold|organize|adopt|launch|conclude|complete|commemorate|observe)|look(?:s|ing) forward(?:\\s(?:also|further))? to|welcom(?:es|ing)(?:\\s(?:also|further))? the (?:upcoming|forthcoming))\\s(.{6,200})`,
  'i',
);
/** The newer paragraph only plans or proposes: nothing recorded as done. */
const NOT_DONE = /\b(?:propos\w*|intention|plan(?:s|ned)?|to be (?:held|convened)|will (?:be )?(?:convene|hold|held|take place)|upcoming|forthcoming|future)\b/i;
/** A resolution cited as holding what was awaited: "as contained in General Assembly resolution 79/277", "adopted in its resolution 79/277". */
const CONTAINED_IN = /\b(?:as contained in|contained in|adopted (?:in|by)|set out in|established (?:in|by)|annexed to)\s(?:(?:General Assembly|its|the)\s)?(?:resolution|decision)\s(\d{1,3})\/(\d{1,4})\b/i;
/** A year that marks the occasion: "2025 marks the sixtieth anniversary". */
const MARKS = /\b((?:19|20)\d\d)\s(?:marks|marked|marking)\s/i;
/** The convening of an event on a day: "the convening of the Biennial Summit …, on 24 September 2025". */
const CONVENED_ON = /\b(?:convening|holding|convened|held|took place|commemoration)\b[^;]{0,200}?\b(?:on|from)\s\d{1,2}(?:\s(?:to|and)\s\d{1,2})?\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s((?:19|20)\d\d)\b/;

/** Words that name no thing: left out when the object awaited is matched against the newer text. */
const FILLER = new Set(['the', 'a', 'an', 'of', 'for', 'to', 'and', 'in', 'on', 'by', 'upcoming', 'forthcoming', 'progress', 'towards', 'toward', 'its', 'their', 'this', 'that']);

function stemmed(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !FILLER.has(word)).map((word) => word.slice(0, 6));
}

/**
 * Why the verb change is the event passing, else null: the older paragraph awaits (`AWAITING`), the newer records the
 * same thing (the first three words naming the object awaited all in the newer paragraph) as done by a resolution
 * adopted after the older text, a year that marks it, or a day it was convened on — a day or year no later than the
 * newer text's own; and the newer paragraph neither proposes nor plans it.
 */
export function eventPassedReason(before: string, after: string, older: TextDating, newer: TextDating): string | null {
  const awaiting = AWAITING.exec(before.trim());
  if (awaiting === null) return null;
  const object = stemmed(awaiting[1]).slice(0, 3);
  if (object.length < 2) return null;
  const newerWords = new Set(stemmed(after));
  if (!object.every((word) => newerWords.has(word))) return null;
  const opening = after.split(/,\s|;\s/)[0] ?? after;
  if (NOT_DONE.test(opening)) return null;
  const newerYear = resolutionYear(newer);
  const olderSession = sessionOf(older.resolution ?? null, older.symbol ?? null);
  const olderNumber = Number(/\/(\d{1,4})$/.exec(older.resolution ?? older.symbol ?? '')?.[1] ?? NaN);
  const cited = CONTAINED_IN.exec(after);
  if (cited !== null && olderSession !== null && !before.includes(`${cited[1]}/${cited[2]}`)) {
    const [session, number] = [Number(cited[1]), Number(cited[2])];
    // Adopted after the older text: a later session, or the same session with a later number.
    if (session > olderSession || (session === olderSession && Number.isFinite(olderNumber) && number > olderNumber)) return `event passed: awaited in the older text, done by resolution ${cited[1]}/${cited[2]} since; the verb change gives no direction`;
  }
  const marks = MARKS.exec(after);
  if (marks !== null && newerYear !== null && Number(marks[1]) <= newerYear && /\b(?:upcoming|forthcoming)\b|\bin (?:19|20)\d\d\b/i.test(before)) return `event passed: awaited in the older text, ${marks[1]} now marks it; the verb change gives no direction`;
  const convened = CONVENED_ON.exec(after);
  if (convened !== null && newerYear !== null && Number(convened[1]) <= newerYear && !CONVENED_ON.test(before)) return `event passed: awaited in the older text, convened in ${convened[1]} in the newer; the verb change gives no direction`;
  return null;
}
