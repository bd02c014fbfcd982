/**
 * The warmth a paragraph records a thing with, wherever the verb stands in it: "welcomes the final report of the Panel"
 * speaks of the report more warmly than "takes note of the Panel’s final report". Read by the routine rules (a stance
 * turned on one thing is no event moving on, `routine.ts`) and by the commitment signal (`commitment.ts`), one reading
 * for both.
 */

/** A recording verb anywhere in a text: "welcomes", "takes note of", "noting", "noting with appreciation". */
const RECORDED_WITH_WARMTH = /\b(?:(welcom(?:es|ing))|(not(?:es|ing)|tak(?:es|ing) note))\b(?:\s(?:also|further))?(\s(?:with (?:appreciation|satisfaction)))?(?:\s(?:also|further))?(?:\sof)?\s/gi;
/** Words that end the thing a verb is said of ("the final report| of the Panel"). */
const OBJECT_END = /^(?:of|and|on|by|in|for|to|which|that|as|with|from|at|under|including|contained)$/;
/** Capitalised words that qualify no one owner, left out of an owner's names. */
const OWNER_GENERIC = /^(?:The|United|Nations|General|Assembly|International|High-level|Development)$/;

/** A thing a text records: the verb as the commitment scale names it, its warmth (a welcome 2, a note 1), the thing's words and its owner's names. */
export interface RecordedThing {
  verb: string;
  warmth: number;
  thing: string;
  owners: ReadonlySet<string>;
}

/**
 * What each recording verb of a text is said of: the thing ("final report"), read after the verb with its article and a
 * possessive owner aside, up to a preposition or a comma; and the owner's names, the capitalised words of the possessive
 * ("the Panel’s final report") or of the "of" after the thing ("the final report of the High-level Panel on …"), generic
 * words aside (`OWNER_GENERIC`). A thing with no owner named is not read: "welcomes the progress" says of what, not whose.
 */
export function recordedThings(text: string): RecordedThing[] {
  const found: RecordedThing[] = [];
  for (const match of text.matchAll(RECORDED_WITH_WARMTH)) {
    const appreciated = match[3] !== undefined;
    const verb = match[1] !== undefined ? 'welcome' : /^not/i.test(match[2]) ? 'note' : 'take note';
    const warmth = match[1] !== undefined || appreciated ? 2 : 1;
    const words = text
      .slice((match.index ?? 0) + match[0].length)
      .split(/\s+/)
      .slice(0, 24);
    const owners = new Set<string>();
    let k = 0;
    while (k < words.length && /^(?:the|its|their|a|an)$/i.test(words[k])) k++;
    while (k < words.length && /^\p{Lu}[\p{L}-]*[’']s$/u.test(words[k])) owners.add(words[k++].replace(/[’']s$/, ''));
    const thing: string[] = [];
    while (k < words.length && !OBJECT_END.test(words[k]) && thing.length < 4) {
      const word = words[k++];
      thing.push(word.replace(/[,;.:]$/, '').toLowerCase());
      if (/[,;.:]$/.test(word)) break;
    }
    if (words[k] === 'of') {
      for (let j = k + 1; j < Math.min(words.length, k + 12); j++) {
        const name = words[j].replace(/[,;.:]$/, '');
        if (/^\p{Lu}/u.test(name) && !OWNER_GENERIC.test(name)) owners.add(name);
        if (/[,;.:]$/.test(words[j])) break;
      }
    }
    if (thing.length > 0 && owners.size > 0) found.push({ verb: appreciated ? `${verb} ${match[3].trim()}` : verb, warmth, thing: thing.join(' '), owners });
  }
  return found;
}

/**
 * The first thing the older text records with one warmth and the newer with another, or null: "…, welcomes the work of
 * the High-level Panel …, and in this regard takes note of the Panel’s final report" → "…, welcomes the final report of
 * the High-level Panel …" (External debt 78/137 → 79/197 OP 7, trial 14a): the same report, noted then welcomed, is a
 * stance raised, not an event moving on. The same thing is the same words ("final report") of an owner named alike
 * ("Panel"); "takes note of its interim report" → "welcomes the final report" is the next report, not one report.
 */
export function stanceTurnedInside(before: string, after: string): { from: RecordedThing; to: RecordedThing } | null {
  const [older, newer] = [recordedThings(before), recordedThings(after)];
  const alike = (a: RecordedThing, b: RecordedThing): boolean => a.thing === b.thing && [...a.owners].some((name) => b.owners.has(name));
  for (const from of older) {
    const to = newer.find((other) => alike(from, other) && other.warmth !== from.warmth);
    // A text that records the thing both ways on one side ("welcomes the report …, and notes the report …") turned nothing.
    if (to !== undefined && !newer.some((other) => alike(from, other) && other.warmth === from.warmth) && !older.some((other) => alike(to, other) && other.warmth === to.warmth)) return { from, to };
  }
  return null;
}
