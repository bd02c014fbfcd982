import type { DiffPart } from '../types.js';
import type { Lexicons } from './signals/lexicon.js';
import { eventClausesMovedOn, routineReasons } from './routine.js';

/** One changed stretch of a word diff: its older and newer wording and where each stands in its text. */
interface Stretch {
  before: string;
  after: string;
  olderStart: number;
  olderEnd: number;
  newerStart: number;
  newerEnd: number;
}

/** The one real change of a paragraph whose other edits are all routine or editorial. */
export interface OneChange {
  /** The clause of the older text holding the change. */
  before: string;
  /** The clause of the newer text holding it. */
  after: string;
  /** The newer text with that change undone: what the older text became by its routine edits alone. */
  withoutIt: string;
  /** True when the change touches the paragraph's first words (its operative verb). */
  atOpening: boolean;
  /** Why the other edits are routine (`routineReasons`), or that they are editorial. */
  reasons: string[];
}

/** Most changed stretches tried: past it a paragraph was rewritten, not updated. */
const MOST_STRETCHES = 16;

function stretchesOf(diff: readonly DiffPart[]): Stretch[] {
  const out: Stretch[] = [];
  let older = 0;
  let newer = 0;
  for (let k = 0; k < diff.length; k++) {
    const part = diff[k];
    if (part.op === 'equal') {
      older += part.text.length;
      newer += part.text.length;
      continue;
    }
    const before = part.op === 'delete' ? part.text : '';
    const after = part.op === 'insert' ? part.text : diff[k + 1]?.op === 'insert' ? diff[++k].text : '';
    out.push({ before, after, olderStart: older, olderEnd: older + before.length, newerStart: newer, newerEnd: newer + after.length });
    older += before.length;
    newer += after.length;
  }
  return out;
}

/** Letters and digits only, lowercased: equal means only case, spacing or punctuation differ. */
function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function routineOrEditorial(before: string, after: string, lexicons: Lexicons | undefined): string[] | null {
  if (before === after) return [];
  if (letters(before) === letters(after)) return ['editorial: case, spacing or punctuation'];
  const reasons = routineReasons(before, after, lexicons);
  return reasons.length > 0 ? reasons : null;
}

/** The clause around [start, end) of a text: out to the nearest comma, semicolon or colon on each side. */
function clauseAround(text: string, start: number, end: number): string {
  const head = text.slice(0, start);
  const from = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1;
  const tail = /[,;:]/.exec(text.slice(end));
  const to = tail ? end + tail.index : text.length;
  return text.slice(from, to).trim();
}

/**
 * A paragraph that is routine except for one clause (the yearly succession, a sequencing adverb or "continue to" aside,
 * one real edit): that clause on both sides, the newer text with it undone (from which its signals are read), and why
 * the rest is routine; null when no single stretch of the word diff carries every non-routine edit. Each changed
 * stretch is tried in turn: undone, the rest must be routine or editorial, and alone it must not be.
 */
export function findOneChange(before: string, after: string, diff: readonly DiffPart[], lexicons?: Lexicons): OneChange | null {
  const stretches = stretchesOf(diff);
  if (stretches.length < 2 || stretches.length > MOST_STRETCHES) return null;
  return clauseBesideEvents(before, after, lexicons) ?? oneStretchChanged(before, after, stretches, lexicons) ?? listItemAdded(before, after, lexicons);
}

/**
 * One clause that says something else beside events moved on clause by clause (`eventClausesMovedOn`, issues 19 and
 * 23): "…, welcoming the convening of the thirteenth session of the World Urban Forum, to be held in Baku …, {+as an
 * important platform to advance the implementation of the New Urban Agenda+}, …". That clause is the change.
 */
function clauseBesideEvents(before: string, after: string, lexicons: Lexicons | undefined): OneChange | null {
  const clauses = eventClausesMovedOn(before, after, lexicons);
  if (clauses === null || clauses.olderOther.length > 1 || clauses.newerOther.length > 1) return null;
  if (clauses.olderOther.length + clauses.newerOther.length === 0) return null;
  const [older, newer] = [clauses.olderOther[0] ?? '', clauses.newerOther[0] ?? ''];
  // A clause only dropped (or only added) whose words the other text still holds was joined to another ("Recalling the
  // Doha Programme of Action, welcoming the adoption of the Antigua Agenda" → "Recalling the Doha Programme of Action and
  // the Antigua Agenda"): no clause went, the events' clauses were rewritten around it.
  if (newer === '' && letters(after).includes(letters(older.replace(/^and\s/, '')))) return null;
  if (older === '' && letters(before).includes(letters(newer.replace(/^and\s/, '')))) return null;
  return {
    before: older,
    after: newer,
    withoutIt: clauses.withoutOther,
    atOpening: (older !== '' && before.startsWith(older)) || (newer !== '' && after.startsWith(newer)),
    reasons: clauses.reasons,
  };
}

function oneStretchChanged(before: string, after: string, stretches: readonly Stretch[], lexicons: Lexicons | undefined): OneChange | null {
  for (const stretch of stretches) {
    const withoutIt = after.slice(0, stretch.newerStart) + stretch.before + after.slice(stretch.newerEnd);
    const rest = routineOrEditorial(before, withoutIt, lexicons);
    if (rest === null || rest.length === 0) continue;
    if (routineOrEditorial(withoutIt, after, lexicons) !== null) continue;
    return {
      before: clauseAround(before, stretch.olderStart, stretch.olderEnd),
      after: clauseAround(after, stretch.newerStart, stretch.newerEnd),
      withoutIt,
      atOpening: stretch.olderStart < 40 || stretch.newerStart < 40,
      reasons: rest,
    };
  }
  return null;
}

/**
 * A list that gained one last item, the rest of the paragraph routine (issue 23, round 11E): "…, the policy
 * recommendations on A, and the policy recommendations on B," → "…, policy recommendations on B and the policy
 * recommendations on C,", its sessions rolled on besides. The word diff interleaves the new item with the old last one,
 * so no single stretch carries it: each comma-delimited stretch of the newer text split at one of its "and"s is tried as
 * "A and B" with B added (new to the paragraph), the conjunction (and its article) given back to A as the older text
 * closed its list ("and the A"); undone, the rest must be routine.
 */
function listItemAdded(before: string, after: string, lexicons: Lexicons | undefined): OneChange | null {
  for (const segment of after.matchAll(/,\s([^,;]+?)(?=[,;.]?\s*$|[,;])/g)) {
    const start = (segment.index ?? 0) + segment[0].length - segment[1].length;
    const items = segment[1];
    for (const joint of items.matchAll(/\sand\s/g)) {
      const [kept, added] = [items.slice(0, joint.index), items.slice((joint.index ?? 0) + joint[0].length)];
      // The item added is new to the paragraph: an item only moved or reworded is no list grown.
      if (/^and\s/.test(kept) || added.split(/\s+/).length < 3 || letters(before).includes(letters(added))) continue;
      // The article moves with the conjunction when the older list had it before its last item ("and the A").
      const article = /^the\s/.exec(added)?.[0] ?? '';
      // The older text closed its list with that item ("and the policy recommendations on A"): the list grew after it.
      const olderLast = [`and ${article}${kept}`, `and ${kept}`].find((closing) => before.includes(closing));
      if (olderLast === undefined) continue;
      const withoutIt = `${after.slice(0, start)}${olderLast}${after.slice(start + items.length)}`;
      const rest = routineOrEditorial(before, withoutIt, lexicons);
      // Only beside a routine edit: a list grown and nothing else is said plainly by its own word diff ("adds …").
      if (rest === null || rest.every((reason) => reason.startsWith('editorial'))) continue;
      const at = before.indexOf(olderLast);
      return {
        before: clauseAround(before, at, at + olderLast.length),
        after: added,
        withoutIt,
        atOpening: false,
        reasons: rest,
      };
    }
  }
  return null;
}
