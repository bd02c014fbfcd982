import { routineReasons } from './classify/routine.js';
import { findActors } from './classify/signals/actors.js';
import { wordDiff } from './classify/word-diff.js';
import { surfaceForm } from './normalize/normalize.js';
import type { Comparison, DiffPart, Finding, FootnoteChange, Footnote, Paragraph } from './types.js';

/**
 * Footnotes are read with the paragraph citing them (`Paragraph.footnotes`) and never compared as paragraphs, so until
 * trial 14b no output said that a note changed: the Arms Trade Treaty's OP 2 cites, in note 8, the States that endorsed
 * a political declaration, and 80/46 adds Panama to the list of 79/52; 79/52's PP 9 note "A/78/111." became
 * "A/78/111, annex.". Each finding that pairs paragraphs gets the notes that changed (`Finding.footnoteChanges`), an
 * unchanged paragraph too; the renderers show them on its row.
 */

/** The word diff of a note is bounded as a paragraph's is: a list of a hundred States changes in a few places. */
const MAX_EDIT_LENGTH = 2000;
/** Most pieces a summary names; the rest are counted. */
const SUMMARY_PIECES = 4;
/** Longest piece a summary quotes whole. */
const PIECE_LENGTH = 80;

/** The comparison with each finding's changed footnotes set (findings without any are returned as they are). */
export function withFootnoteChanges(comparison: Comparison, left: readonly Paragraph[], right: readonly Paragraph[]): Comparison {
  if (!left.some((paragraph) => paragraph.footnotes?.length) && !right.some((paragraph) => paragraph.footnotes?.length)) return comparison;
  const changes = comparison.findings.map((finding) => footnoteChanges(finding, left, right));
  // A note cited by another paragraph than before (the UN puts a note at a citation's first mention: 79/52 cites the
  // Firearms Protocol in PP 9 where 78/48 first cited it in PP 10) says where it went or came from.
  const places = (side: 'added' | 'removed'): Map<string, string> => {
    const found = new Map<string, string>();
    comparison.findings.forEach((finding, k) => {
      for (const note of changes[k]) {
        if (note.change !== side) continue;
        const indices = side === 'added' ? finding.right : finding.left;
        const label = indices.map((index) => (side === 'added' ? right : left)[index]?.label).filter(Boolean).join('+');
        found.set(noteText(note), label);
      }
    });
    return found;
  };
  const [added, removed] = [places('added'), places('removed')];
  // A note that went with a clause to a new paragraph (CW 78/29 OP 6 (c)'s closing clause and its note, now closing the
  // new 79/56 OP 9 (d), review21) is cited there now: no note removed.
  for (const finding of comparison.findings) {
    if (finding.left.length > 0) continue;
    for (const index of finding.right) for (const note of (right[index]?.footnotes ?? []).filter(isParagraphNote)) if (!added.has(clean(note.text))) added.set(clean(note.text), right[index]?.label ?? '');
  }
  const findings = comparison.findings.map((finding, k) => {
    if (changes[k].length === 0) return finding;
    const notes = changes[k].map((note) => {
      const other = note.change === 'added' ? removed.get(noteText(note)) : note.change === 'removed' ? added.get(noteText(note)) : undefined;
      if (other === undefined) return note;
      const where = note.change === 'added' ? `cited by older ${other || 'another paragraph'} before` : `now cited by ${other || 'another paragraph'}`;
      // Only moved: said on both paragraphs, but no key change (`relocated`, trial 16c: two lines of a memo's first page).
      const { substantive: _moved, ...moved } = note;
      return { ...moved, summary: note.summary.replace(/^(footnote \S+(?: \(older \S+\))? (?:added|removed))/, `$1 (${where})`), relocated: true as const };
    });
    return { ...finding, footnoteChanges: notes };
  });
  return { ...comparison, findings };
}

/** The text of an added or removed note (its whole diff). */
function noteText(note: FootnoteChange): string {
  return note.diff.map((part) => part.text).join('');
}

/**
 * The notes of a finding's older and newer paragraphs, paired: the same text first (whatever its mark), then in order of
 * citation; a note left over on one side was added or removed. Only a finding with paragraphs on both sides: a new or
 * dropped paragraph brings or takes its notes with it, shown with its text.
 */
export function footnoteChanges(finding: Finding, left: readonly Paragraph[], right: readonly Paragraph[]): FootnoteChange[] {
  if (finding.left.length === 0 || finding.right.length === 0) return [];
  const older = finding.left.flatMap((index) => left[index]?.footnotes ?? []).filter(isParagraphNote);
  const newer = finding.right.flatMap((index) => right[index]?.footnotes ?? []).filter(isParagraphNote);
  if (older.length === 0 && newer.length === 0) return [];
  // Two notes are the same up to what a paragraph's text is the same up to (typography, PDF spacing: `9– 20 July 2001`
  // in the PDF of A/C.1/80/L.9 against `9–20 July 2001` in its text is no change).
  const key = (note: Footnote): string => surfaceForm(note.text);
  const unmatchedOlder = older.map((_, k) => k);
  const pairs: Array<[number | null, number | null]> = [];
  const unmatchedNewer: number[] = [];
  newer.forEach((note, k) => {
    const same = unmatchedOlder.findIndex((o) => key(older[o]) === key(note));
    if (same >= 0) unmatchedOlder.splice(same, 1);
    else unmatchedNewer.push(k);
  });
  // What is left is paired in order of citation, newer with older; the rest came or went.
  unmatchedNewer.forEach((k, n) => pairs.push([unmatchedOlder[n] ?? null, k]));
  for (const o of unmatchedOlder.slice(unmatchedNewer.length)) pairs.push([o, null]);
  // A pair of notes told apart by spacing alone is the same note (`August– 20` in a PDF's text against `August–20`,
  // which `surfaceForm` keeps apart): the digest printed `footnote 7 changed: spacing`.
  const spaceless = (text: string): string => surfaceForm(text).replace(/\s+/g, '');
  const notes = pairs.filter(([o, k]) => o === null || k === null || spaceless(older[o].text) !== spaceless(newer[k].text));
  return notes.map(([o, k]) => {
    const before = o === null ? '' : clean(older[o].text);
    const after = k === null ? '' : clean(newer[k].text);
    const diff: DiffPart[] = o === null ? [{ op: 'insert', text: after }] : k === null ? [{ op: 'delete', text: before }] : wordDiff(before, after, MAX_EDIT_LENGTH).parts;
    const change: FootnoteChange['change'] = o === null ? 'added' : k === null ? 'removed' : 'changed';
    const leftMark = o === null ? null : older[o].mark;
    const rightMark = k === null ? null : newer[k].mark;
    const note: FootnoteChange = { change, leftMark, rightMark, diff, summary: summaryOf(change, leftMark, rightMark, diff) };
    // A note changed only by the yearly succession the body's report symbols follow (the year's report cited:
    // `A/79/363.` → `A/80/365.`, 17 steps of trial 16a's chain) is routine, by the body's own rule and with its reasons.
    const reasons = change === 'changed' ? routineReasons(before, after) : [];
    if (reasons.length > 0) return { ...note, routine: true as const, reasons };
    return statesChanged(before, after) ? { ...note, substantive: true as const } : note;
  });
}

/** States a note names, at the least, to be a list of States (`statesChanged`): a citation names one place, two at most. */
const STATES_LISTED = 3;

/**
 * True when the States a note lists changed: "78/52 → 79/51 adds Burkina Faso; Mali" to the States that endorsed a
 * declaration (Outer space TCBM PP 9, session 17), or a note listing States added or dropped; a list being
 * `STATES_LISTED` States at least, on one side. Which States stand in
 * such a list is what a paragraph that kept its words changed (`FootnoteChange.substantive`); the symbols and the
 * citation style of the other notes (`A/79/62-E/2024/3 → A/80/62-E/2025/12`, `United Nations, Treaty Series, →
 * Ibid.,`, `See` dropped) name none.
 */
function statesChanged(before: string, after: string): boolean {
  const states = (text: string): Set<string> => new Set(text === '' ? [] : findActors(text).filter((actor) => actor.category === 'state').map((actor) => actor.name));
  const [older, newer] = [states(before), states(after)];
  // A list, not a conference's place in a citation ("Report of the … Conference …, Monterrey, Mexico, …").
  if (Math.max(older.size, newer.size) < STATES_LISTED) return false;
  return older.size !== newer.size || [...older].some((name) => !newer.has(name));
}

/**
 * A note of the paragraph, not of the document: a draft's `*` note ("Any changes to the list of sponsors will be
 * reflected …", a reissue's "Reissued for technical reasons") belongs to the draft as a whole and goes with adoption.
 */
function isParagraphNote(note: Footnote): boolean {
  return !/^[*†‡]+$/.test(note.mark.trim());
}

/** A note's text with its whitespace made single spaces. */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `footnote 8 changed: Bahamas → Bahamas (The); adds Panama`, `footnote 3 added: A/80/111.`, `footnote 4 (older 5) changed: …`. */
function summaryOf(change: FootnoteChange['change'], leftMark: string | null, rightMark: string | null, diff: readonly DiffPart[]): string {
  const mark = rightMark ?? leftMark ?? '';
  const older = leftMark !== null && rightMark !== null && leftMark !== rightMark ? ` (older ${leftMark})` : '';
  const head = `footnote ${mark}${older} ${change}`;
  if (change !== 'changed') return `${head}: ${cut(diff.map((part) => part.text).join(''))}`;
  const pieces: string[] = [];
  for (let k = 0; k < diff.length; k++) {
    const part = diff[k];
    if (part.op === 'equal') continue;
    const next = diff[k + 1];
    if (part.op === 'delete' && next?.op === 'insert') {
      k++;
      // Only spacing told the two apart (`August– 20` in a PDF's text against `August–20`): no piece to name.
      if (part.text.replace(/\s+/g, '') === next.text.replace(/\s+/g, '')) continue;
      pieces.push(`${cut(part.text.trim())} → ${cut(next.text.trim())}`);
    } else if (part.text.trim() === '') {
      continue;
    } else {
      // A qualifier joined to the word before it reads with that word ("Bahamas → Bahamas (The)"); a name of a list
      // reads alone ("adds Panama").
      const text = part.text.trim();
      // Only a qualifier glued to the word or in brackets reads so: a citation added after another ("annex, resolution 78/5, annex,") is a
      // piece of its own ("adds resolution 78/5, annex"), not the word before it changed (`annex, → annex,resolution …`).
      const before = diff[k - 1]?.op === 'equal' ? /(\S+)\s*$/.exec(diff[k - 1].text)?.[1] : undefined;
      const glued = /\S$/.test(diff[k - 1]?.text ?? '') && /^\S/.test(part.text);
      if (before && (glued || /^[(\[]/.test(text))) pieces.push(part.op === 'insert' ? `${cut(before)} → ${cut(`${before}${part.text}`)}` : `${cut(`${before}${part.text}`)} → ${cut(before)}`);
      else pieces.push(`${part.op === 'insert' ? 'adds' : 'drops'} ${cut(text.replace(/[,;]$/, ''))}`);
    }
  }
  const shown = pieces.slice(0, SUMMARY_PIECES).join('; ');
  const more = pieces.length - SUMMARY_PIECES;
  return `${head}: ${shown || 'spacing'}${more > 0 ? `; ${more} more` : ''}`;
}

function cut(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > PIECE_LENGTH ? `${clean.slice(0, PIECE_LENGTH - 1).trimEnd()}…` : clean;
}

/**
 * True when a footnote change is news: not a note that only moved with its instrument's first mention (`relocated`)
 * nor the year's report succeeded in it (`routine`, `A/79/363` → `A/80/365`). Digest lines, key changes, the timeline
 * and the verdict say only these; the pair report's detail shows every note.
 */
export function isFootnoteNews(note: FootnoteChange): boolean {
  return !note.relocated && !note.routine;
}

/**
 * True when a finding's only change is notes succeeded with the year's report (an unchanged paragraph left in place,
 * citing `A/80/365` where it cited `A/79/363`): a routine finding, counted with the routine ones (the occupied Syrian
 * Golan 79/90 → 80/82: "technical update: 4 routine", its PP 3's note one of them).
 */
export function isRoutineByNotes(finding: Finding): boolean {
  const notes = finding.footnoteChanges ?? [];
  return finding.kind === 'unchanged' && !finding.moved && !finding.routine && notes.some((note) => note.routine) && !notes.some(isFootnoteNews);
}
