import type { ListedResolution, ResolutionListChange } from '../types.js';
import { findReferences, isNextSessionSymbol, titleWords, type ReferenceMention } from './signals/references.js';

/**
 * A list of titled resolutions read entry by entry: "Takes note of resolutions GC(67)/RES/7, entitled “Nuclear and
 * radiation safety”; …; GC(67)/RES/14, entitled “Status of Palestine in the IAEA”; …". Each year's list numbers its
 * resolutions anew, so the word diff pairs the symbols and titles of different entries, and a line quoting it cut
 * across them: `drops “GC(68)/RES/11, entitled ‘Strengthening the Agency’s activities’”` (no resolution has that title;
 * Report of the IAEA 79/4 → A/80/L.7 OP 2, trial 15b). Entry by entry, an entry is kept when the other list holds one of
 * the same title, its symbol the same or of the next session (`isNextSessionSymbol`); the others were dropped or added,
 * each said whole: `drops GC(67)/RES/14 “Status of Palestine in the IAEA”`.
 */

/** One entry of the list: its symbol (with its part, "GC(69)/RES/9 A.2"), its title, and its span (symbol to the title's closing mark). */
interface Entry {
  mention: ReferenceMention;
  name: string;
  /** The key of the resolution it is part of, with its part: `GC(68)/RES/11 B`; the resolution's key for the whole. */
  part: string | null;
  words: string;
  start: number;
  end: number;
}

/** A part of a resolution right after its symbol: " A", " A.2". */
const PART = /^\s([A-Z](?:\.\d{1,2})?)(?![\p{L}\p{N}])/u;
/** From a symbol to its title's closing mark. */
const TO_TITLE_END = /^[^“”"]{0,80}?[“"][^”"]*[”"]/u;

/** Fewest titled entries a side holds for the paragraph to be read as such a list. */
const LEAST_ENTRIES = 2;

function entriesOf(text: string): Entry[] {
  const entries: Entry[] = [];
  for (const mention of findReferences(text)) {
    if ((mention.kind !== 'resolution' && mention.kind !== 'decision') || mention.session === null || mention.titled !== 'entitled' || mention.title === null) continue;
    const rest = text.slice(mention.end);
    const part = PART.exec(rest)?.[1] ?? null;
    const close = TO_TITLE_END.exec(rest);
    if (!close) continue;
    entries.push({ mention, name: part ? `${mention.key} ${part}` : mention.key, part, words: titleWords(mention.title).join(' '), start: mention.start, end: mention.end + close[0].length });
  }
  return entries;
}

/** Whether two entries are the same subject: the same title, under the same symbol or the next session's; a part only as a part. */
function sameEntry(older: Entry, newer: Entry): boolean {
  if (older.words !== newer.words || (older.part === null) !== (newer.part === null)) return false;
  return older.mention.key === newer.mention.key || isNextSessionSymbol(older.mention, newer.mention);
}

/** An entry as the contract carries it: its name (symbol and part) and its title. */
function listedOf(entry: Entry): ListedResolution {
  return { name: entry.name, title: entry.mention.title ?? '' };
}

/** A resolution's parts dropped (added) with it are said with it: only the parts of an entry kept are named apart. */
function withoutPartsOfWhole(entries: readonly Entry[]): Entry[] {
  const wholes = new Set(entries.filter((entry) => entry.part === null).map((entry) => entry.mention.key));
  return entries.filter((entry) => entry.part === null || !wholes.has(entry.mention.key));
}

/**
 * The entries a list dropped and added, each whole (`ResolutionListChange`), and the spans of the two lists (from the
 * first entry to the last) whose edits they account for; null when either side holds fewer than `LEAST_ENTRIES` titled
 * entries, or no entry was dropped or added (the list changed only in its numbers: the word diff says the rest). The
 * digest says them (`drops GC(67)/RES/14 “Status of Palestine in the IAEA”`).
 */
export function resolutionListChange(older: string, newer: string): ResolutionListChange | null {
  const [olderEntries, newerEntries] = [entriesOf(older), entriesOf(newer)];
  if (olderEntries.length < LEAST_ENTRIES || newerEntries.length < LEAST_ENTRIES) return null;
  const matched = new Set<Entry>();
  const dropped: Entry[] = [];
  for (const entry of olderEntries) {
    const twin = newerEntries.find((other) => !matched.has(other) && sameEntry(entry, other));
    if (twin) matched.add(twin);
    else dropped.push(entry);
  }
  const added = newerEntries.filter((entry) => !matched.has(entry));
  if (dropped.length === 0 && added.length === 0) return null;
  return {
    dropped: withoutPartsOfWhole(dropped).map(listedOf),
    added: withoutPartsOfWhole(added).map(listedOf),
    olderSpan: [olderEntries[0].start, olderEntries[olderEntries.length - 1].end],
    newerSpan: [newerEntries[0].start, newerEntries[newerEntries.length - 1].end],
  };
}
