import type { ClassifySide, DiffPart, Finding, Signal } from '../types.js';
import { GLOSSARY } from '../normalize/glossary.js';
import { textYears, yearlyChangeReasons } from './yearly.js';
import { isRoutineChange, routineReasons } from './routine.js';

/**
 * Routine beside editorial (round 17, trial 17-a D4): a kept paragraph whose edits are each routine or editorial is
 * routine. "Welcomes the [-thirty-first-]{+thirty-second+} commemoration, on 17 October [-2023-]{+2024+}, … the 2030
 * Agenda[- for Sustainable Development-]" (Poverty 78/164 → 79/221 OP 48 → OP 47) was read negotiated: the yearly cycle
 * alone is routine (the same edit the next year is), the Agenda's short name alone is editorial (11 other paragraphs of
 * the pair), and neither rule read the two together. Here each stretch of the word diff that is editorial on its own (a
 * name the glossary folds to one form, or case and punctuation only) is put back as the older text wrote it; when what
 * is left is the year's update (`yearlyChangeReasons`, `isRoutineChange`), the finding is routine, its editorial
 * stretches said beside. Anything else left stays as it was.
 */
export function markRoutineBesideEditorial(findings: readonly Finding[], left: ClassifySide, right: ClassifySide, asRoutine: (signal: Signal) => Signal): Finding[] {
  const years = textYears(left.document.meta.date, right.document.meta.date);
  const newerTexts = right.document.paragraphs.map((paragraph) => paragraph.text);
  return findings.map((finding) => {
    if (finding.routine || finding.editorial || finding.kind !== 'modified') return finding;
    const before = left.document.paragraphs[finding.left[0]].text;
    const after = newerTexts[finding.right[0]];
    const reverted = revertStretches(finding.diff, newerTexts.filter((text) => text !== after));
    if (reverted === null) return finding;
    const { change: _change, ...rest } = finding;
    // Nothing left but outcomes succeeded or named (and editorial stretches): the references brought up to date.
    if (reverted.text === before) {
      if (!reverted.reasons.some((reason) => !reason.startsWith(EDITORIAL))) return finding;
      return { ...rest, routine: true, reasons: reverted.reasons, signals: finding.signals.map(asRoutine) };
    }
    const yearly = yearlyChangeReasons(before, reverted.text, years) ?? (isRoutineChange(before, reverted.text) ? routineReasons(before, reverted.text) : null);
    if (yearly === null || yearly.length === 0) return finding;
    return { ...rest, routine: true, reasons: [...yearly, `beside it: ${reverted.reasons.join('; ')}`], signals: finding.signals.map(asRoutine) };
  });
}

/** How an editorial stretch's reason opens (the others are routine: an outcome succeeded or named). */
const EDITORIAL = 'editorial: ';

/** The glossary's variants, lower-cased, longest first: "2030 agenda for sustainable development", "2030 agenda". */
const VARIANTS: ReadonlyArray<readonly string[]> = Object.values(GLOSSARY).map((variants) => [...variants].sort((a, b) => b.length - a.length));

const flat = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');
/** Letters and digits only, a decimal point kept: "1.5" is not "15" (review 17 B1). */
const lettersOnly = (text: string): string => text.toLowerCase().replace(/(?:[^\p{L}\p{N}.]|(?<!\d)\.|\.(?!\d))+/gu, '');
/** True when `text` ends in the whole words `tail`: "armed conflicts" does not end in the glossary's "icts" (review 17 B2). */
const endsInWords = (text: string, tail: string): boolean => text.endsWith(tail) && !/[\p{L}\p{N}]/u.test(text.charAt(text.length - tail.length - 1));

/** Why a stretch is editorial on its own, read with the words before it, else null. */
export function editorialStretch(preceding: string, deleted: string, inserted: string): string | null {
  if (lettersOnly(deleted) === lettersOnly(inserted)) return `${EDITORIAL}case or punctuation`;
  const [older, newer] = [flat(preceding + deleted).trimEnd(), flat(preceding + inserted).trimEnd()];
  for (const variants of VARIANTS) {
    for (const from of variants) {
      if (!endsInWords(older, from)) continue;
      for (const to of variants) {
        if (to === from || !endsInWords(newer, to)) continue;
        // The same words before the name: only the name's form changed.
        if (older.slice(0, older.length - from.length) === newer.slice(0, newer.length - to.length)) return `${EDITORIAL}a name in its other form: ${deleted.trim() || '∅'} → ${inserted.trim() || '∅'}`;
      }
    }
  }
  return null;
}

/**
 * An outcome's name: two to six capitalised words ending in an outcome's noun ("Monterrey Consensus", "Addis Ababa
 * Action Agenda", "Sevilla Commitment"), no body among them: "Human Rights Council → General Assembly → Security
 * Council" is a referral, not an outcome succeeded (review 17 S1).
 */
const OUTCOME_NAME = /^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,4}\s(?:Agenda|Consensus|Commitments?|Declaration|Platform|Programme|Plan|Framework|Compact|Pact|Strategy|Pathway|Agreement|Accord|Outcome|Roadmap)$/u;
/** Bodies and organs, never an outcome's name. */
const BODY_WORD = /\b(?:Council|Assembly|Committee|Commission|Conference|Secretariat|Secretary-General|Court|Board|Organization|Forum|Parties|Union|Bank|Fund|Office|Agency|Group)\b/u;
const isOutcomeName = (name: string): boolean => OUTCOME_NAME.test(name) && !BODY_WORD.test(name);

/**
 * The stretches of a diff, each an old wording replaced by a new one, with the newer text before it.
 */
interface Stretch {
  deleted: string;
  inserted: string;
  /** Index of the stretch's first part in the diff. */
  at: number;
  /** Index of its last part. */
  last: number;
}

function stretchesOf(diff: readonly DiffPart[]): Stretch[] {
  const stretches: Stretch[] = [];
  for (let k = 0; k < diff.length; k++) {
    const part = diff[k];
    if (part.op === 'equal') continue;
    if (part.op === 'delete' && diff[k + 1]?.op === 'insert') {
      stretches.push({ deleted: part.text, inserted: diff[k + 1].text, at: k, last: k + 1 });
      k++;
    } else stretches.push({ deleted: part.op === 'delete' ? part.text : '', inserted: part.op === 'insert' ? part.text : '', at: k, last: k });
  }
  return stretches;
}

/**
 * Outcomes of one process brought up to the succeeding outcome (trial 17-a D7): a paragraph that cites two outcomes of a
 * process in order cites, in the newer text, the next two, each one step on ("building on the vision of the
 * [-Monterrey Consensus-]{+Addis Ababa Action Agenda+}, with a view to supporting the implementation of the [-Addis Ababa
 * Action Agenda-]{+Sevilla Commitment+}", International financial system 79/196 → 80/122 OP 24 → OP 35): each name
 * replaced by a name, the one a stretch brings in the one the next stretch takes out, and the newest one named in
 * another paragraph of the newer text (the text's own outcome, not a paragraph's choice). A single outcome replaced by
 * another is not read here: it may be a choice. Returns the indices of the stretches so read.
 */
function succeededOutcomes(stretches: readonly Stretch[], newerTexts: readonly string[]): Map<number, string> {
  const read = new Map<number, string>();
  const names = stretches.map((stretch) => (isOutcomeName(stretch.deleted.trim()) && isOutcomeName(stretch.inserted.trim()) ? { gone: stretch.deleted.trim(), come: stretch.inserted.trim() } : null));
  for (let k = 0; k + 1 < names.length; k++) {
    const [first, second] = [names[k], names[k + 1]];
    if (first === null || second === null || first.come !== second.gone || first.gone === second.come) continue;
    if (!newerTexts.some((text) => text.includes(second.come))) continue;
    read.set(k, `references brought up to the succeeding outcome: ${first.gone} → ${first.come}`);
    read.set(k + 1, `references brought up to the succeeding outcome: ${second.gone} → ${second.come}`);
  }
  return read;
}

/**
 * An outcome named after its adoption (trial 17-a D7): "the [-new-]{+Awaza+} Programme of Action for Landlocked
 * Developing Countries" (ICT 79/194 → 80/118 PP 18 → PP 19): "new" replaced by a capitalised name before a capitalised
 * name it now opens, the name of an outcome (`OUTCOME_NOUN`) or one the newer text uses in another paragraph too. Null
 * when not.
 */
const OUTCOME_NOUN = /^(?:Programme|Program|Plan|Agenda|Framework|Declaration|Compact|Pact|Strategy|Commitment|Consensus|Platform)\b/;
function namedOutcome(stretch: Stretch, following: string, newerTexts: readonly string[]): string | null {
  if (stretch.deleted.trim().toLowerCase() !== 'new' || !/^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}$/u.test(stretch.inserted.trim())) return null;
  // A draft is not yet the adopted outcome's name ("the [-new-]{+Revised Draft+} Programme of Action", review 17 S2).
  if (/\b(?:Draft|Revised|Zero|Interim|Provisional|Preliminary)\b/iu.test(stretch.inserted)) return null;
  const name = /^\s*(\p{Lu}[\p{L}-]*(?:\s(?:(?:of|for|on|and|the)\s)*\p{Lu}[\p{L}-]*){1,8})/u.exec(following);
  if (!name) return null;
  const full = `${stretch.inserted.trim()} ${name[1]}`;
  // What the name names is an outcome ("Programme of Action", "Agenda", "Framework"), or the newer text names it so again.
  return OUTCOME_NOUN.test(name[1]) || newerTexts.some((text) => text.includes(full)) ? `an outcome named after its adoption: the new ${name[1]} → the ${full}` : null;
}

/** The newer text with each editorial or succession stretch written as the older text had it, with the reasons; null when none is. */
function revertStretches(diff: readonly DiffPart[], newerTexts: readonly string[]): { text: string; reasons: string[] } | null {
  const stretches = stretchesOf(diff);
  const succeeded = succeededOutcomes(stretches, newerTexts);
  let text = '';
  const reasons: string[] = [];
  let next = 0;
  for (let k = 0; k < diff.length; k++) {
    const part = diff[k];
    if (part.op === 'equal') {
      text += part.text;
      continue;
    }
    const index = next++;
    const stretch = stretches[index];
    k = stretch.last;
    const following = diff[k + 1]?.op === 'equal' ? diff[k + 1].text : '';
    const reason = succeeded.get(index) ?? editorialStretch(text.slice(-80), stretch.deleted, stretch.inserted) ?? namedOutcome(stretch, following, newerTexts);
    if (reason === null) text += stretch.inserted;
    else {
      text += stretch.deleted;
      if (!reasons.includes(reason)) reasons.push(reason);
    }
  }
  return reasons.length === 0 ? null : { text, reasons };
}
