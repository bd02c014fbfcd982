/**
 * A paragraph's list read as a list: the items a rewording added, dropped or moved, where the word diff would show
 * misaligned fragments. A list of international days grown by six and reordered reads, word by word, as
 * `Tea Day, → Year of Sustainable Mountain Development, 2022, the`; item by item, as `adds “the International Day of
 * Potato”; …; moves “International Tea Day, …” earlier`.
 */

/** One item of a list: where it stands in its text and its key (its words, case, typography and a leading article set aside). */
interface ListItem {
  start: number;
  end: number;
  key: string;
  /** True when the item is a name: `NAME_WORDS` words of four letters or more, all capitalized (`the African Astronomical Society`). */
  name: boolean;
}

/** True for an item whose words of four letters or more are all capitalized: a body or an event named. */
function isName(raw: string): boolean {
  const long = raw.match(/\p{L}{4,}/gu) ?? [];
  return long.length >= NAME_WORDS && long.every((word) => /^\p{Lu}/u.test(word));
}

/** Fewest long words of a name compared as a name (`African Astronomical Society`); a word or two (`Stockholm Declarations`) may be one name shortened. */
const NAME_WORDS = 3;

/** Fewest items both texts keep, in order, for a paragraph to be read as a list whose items changed. */
const LEAST_KEPT_ITEMS = 3;

/** Most characters of a run of items a line quotes (cut on a word boundary). */
export const ITEM_LENGTH = 160;

/**
 * The items of a text: the spans between top-level separators (`, `, `; `, ` and `), never inside brackets or quotes;
 * an item of figures alone (`2022` in `the International Year of Sustainable Mountain Development, 2022`) belongs to
 * the item before it.
 */
export function listItems(text: string): ListItem[] {
  const items: ListItem[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const key = itemKey(raw);
    if (key === '') return;
    const previous = items[items.length - 1];
    if (previous && !/\p{L}/u.test(key)) {
      previous.end = end;
      previous.key = `${previous.key}, ${key}`;
    } else items.push({ start, end, key, name: isName(raw) });
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(' || char === '“') depth++;
    else if ((char === ')' || char === '”') && depth > 0) depth--;
    if (depth > 0) continue;
    if ((char === ',' || char === ';') && /\s/.test(text[i + 1] ?? '')) {
      push(i);
      start = i + 1;
    } else if (text.startsWith(' and ', i)) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return items;
}

/** An item's words to compare: lowercased, typographic dashes and quotes made plain, a leading `and`, `the` or `as well as` and the end's punctuation dropped. */
function itemKey(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:]+|[\s,;:.]+$/g, '')
    .replace(/^(?:and |as well as |the )+/, '')
    .trim();
}

/** From this share of the shorter item's words (of four letters or more) shared, two items are one reworded. */
const REWORDED_SHARE = 0.5;

/** A run of fewer words than this is said item by item only beside a move or a misaligned word diff. */
const SHORT_RUN_WORDS = 3;
/** Most pieces of a long run a line quotes; past them, `…`. */
const RUN_PIECES = 2;
/** Most runs of items added or dropped that a list read loosely may have. */
const LOOSE_RUNS = 2;
/** Read loosely, two items are one reworded from this share of the longer one's words shared. */
const LOOSE_REWORDED_SHARE = 0.7;

/** The words of an item that are not figures. */
const letterWords = (key: string): string[] => key.split(/[\s,]+/).filter((word) => /\p{L}/u.test(word));

/**
 * True when two items are one item reworded (`held in New York on 29 April 2021` → `held in New York on 26 September
 * 2024`): the same words but for figures, or `REWORDED_SHARE` of the shorter one's words shared. Such a change is a
 * rewording inside an item, which the word diff says better than an item dropped and another added.
 */
function isReworded(older: string, newer: string, share = REWORDED_SHARE, of: (a: number, b: number) => number = Math.min, names = false): boolean {
  const [a, b] = [letterWords(older), letterWords(newer)];
  if (a.length > 0 && a.join(' ') === b.join(' ')) return true;
  // Two names that differ by a word are two bodies (`the European Astronomical Society`, `the African Astronomical
  // Society`), not one renamed: a desk officer read `European → African` as the same society moved continent.
  if (names) return false;
  const shared = new Set(a.filter((word) => b.includes(word)));
  const content = (words: string[]): number => words.filter((word) => word.length > 3).length;
  const sharedContent = [...shared].filter((word) => word.length > 3).length;
  return sharedContent > 0 && sharedContent >= share * of(content(a), content(b));
}

/** The longest common subsequence of two key lists, as index pairs in order. */
function commonItems(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

/** The text of a run of items, from the first's start to the last's end, its leading conjunction and the end's punctuation dropped. */
function runText(text: string, items: readonly ListItem[]): string {
  const raw = text.slice(items[0].start, items[items.length - 1].end).replace(/\s+/g, ' ');
  return raw.replace(/^[\s,;]+/, '').replace(/^and\s+/, '').replace(/[\s,;:.]+$/, '');
}

/**
 * A run quoted: whole up to `ITEM_LENGTH`, else in pieces cut at its commas, each up to `ITEM_LENGTH` (`“the Antigua
 * and Barbuda Agenda … Prosperity”, “and looking forward to … the Decade 2024–2034”`), so a long run's last item is
 * not cut away.
 */
function quotedRun(run: string, cut: (text: string, length: number) => string): string {
  if (run.length <= ITEM_LENGTH) return `“${run}”`;
  const pieces: string[] = [];
  // Cut only where a lower-case word follows the comma: `the Committee on Economic, Social and Cultural Rights` is one name.
  for (const clause of run.split(/,\s+(?=\p{Ll})/u)) {
    const last = pieces.length - 1;
    if (last >= 0 && pieces[last].length + clause.length + 2 <= ITEM_LENGTH) pieces[last] = `${pieces[last]}, ${clause}`;
    else pieces.push(clause);
  }
  // Figures alone (`2026`) and a word or two (`respectively`) stay with the words before them.
  const alone = (piece: string): boolean => !/\p{L}/u.test(piece) || piece.split(/\s+/).length < 3;
  const merged = pieces.reduce<string[]>((out, piece) => (out.length > 0 && alone(piece) ? [...out.slice(0, -1), `${out[out.length - 1]}, ${piece}`] : [...out, piece]), []);
  const shown = merged.slice(0, RUN_PIECES).map((piece) => `“${cut(piece, ITEM_LENGTH)}”`);
  return `${shown.join(', ')}${merged.length > RUN_PIECES ? ' …' : ''}`;
}

/** Consecutive indices grouped into runs (`[1, 2, 5]` → `[[1, 2], [5]]`). */
function runsOf(indices: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const index of indices) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === index - 1) last.push(index);
    else runs.push([index]);
  }
  return runs;
}

/**
 * A rewording said item by item (`adds “precision agriculture”, “sustainable fisheries”; moves “sustainable
 * intensification” earlier`), or null when the texts are not one list with whole items added, dropped or moved: fewer
 * than `LEAST_KEPT_ITEMS` items kept, no item changed, or an item reworded (the word diff says that better).
 * `cut` shortens a quoted run (the digest's `cutText`); `loose` reads items that share words as dropped and added (the word
 * diff ran across items); `garbled` says the word diff replaced words with others in several places.
 */
export function listPhrases(older: string, newer: string, cut: (text: string, length: number) => string, loose = false, garbled = false): string[] | null {
  const [a, b] = [listItems(older), listItems(newer)];
  const common = (): Array<[number, number]> =>
    commonItems(
      a.map((item) => item.key),
      b.map((item) => item.key),
    );
  const plain = common();
  const phrases = plain.length < LEAST_KEPT_ITEMS ? null : itemPhrases(older, newer, a, b, plain, cut, loose, garbled);
  if (phrases !== null) return phrases;
  // A list after a head both texts share (`Endorses the decision of the Committee to grant the status of observer to
  // the …`), the head in its first item, is read as a list once the head is set aside, whatever it kept: its items may
  // all be new.
  const head = listHead(older, newer, a, b);
  if (head === null) return null;
  const kept = common();
  const items = kept.length === 0 ? null : itemPhrases(older, newer, a, b, kept, cut, loose, garbled);
  return items === null ? null : head !== '' ? [head, ...items] : items;
}

/** Fewest words the opening of a list's first item must share in both texts to be the list's head. */
const LEAST_HEAD_WORDS = 6;

/**
 * The head of a list when its first item carries the paragraph's opening (`Endorses the decision … to grant the
 * status of observer to the African Astronomical Society`): the first items are cut after the longest run of words
 * both share (at least `LEAST_HEAD_WORDS`), so the items compare as items. Returns the change of the head (`Endorses →
 * Also endorses`), `''` when the heads are the same, null when there is no head (the items stay as they are).
 */
function listHead(older: string, newer: string, a: ListItem[], b: ListItem[]): string | null {
  if (a.length < 2 || b.length < 2 || a[0].key === b[0].key) return null;
  const words = (text: string, item: ListItem): Array<{ word: string; end: number }> =>
    [...text.slice(item.start, item.end).matchAll(/\S+/g)].map((match) => ({ word: match[0].toLowerCase(), end: item.start + (match.index ?? 0) + match[0].length }));
  const [x, y] = [words(older, a[0]), words(newer, b[0])];
  let best = { length: 0, i: 0, j: 0 };
  for (let i = 0; i < x.length; i++) {
    for (let j = 0; j < y.length; j++) {
      let k = 0;
      while (i + k < x.length && j + k < y.length && x[i + k].word === y[j + k].word) k++;
      if (k > best.length) best = { length: k, i, j };
    }
  }
  // An article at the run's end goes with the item (`the African Astronomical Society`).
  while (best.length > 0 && /^(?:the|a|an)$/.test(x[best.i + best.length - 1].word)) best = { ...best, length: best.length - 1 };
  const [lastOlder, lastNewer] = [best.i + best.length - 1, best.j + best.length - 1];
  // The run must end before both items do: past it are the first items proper.
  if (best.length < LEAST_HEAD_WORDS || lastOlder >= x.length - 1 || lastNewer >= y.length - 1) return null;
  const [headOlder, headNewer] = [older.slice(a[0].start, x[lastOlder].end), newer.slice(b[0].start, y[lastNewer].end)];
  a[0] = { ...a[0], start: x[lastOlder].end, key: itemKey(older.slice(x[lastOlder].end, a[0].end)), name: isName(older.slice(x[lastOlder].end, a[0].end)) };
  b[0] = { ...b[0], start: y[lastNewer].end, key: itemKey(newer.slice(y[lastNewer].end, b[0].end)), name: isName(newer.slice(y[lastNewer].end, b[0].end)) };
  // The head's own change, its kept words at the end left out.
  const [p, q] = [headOlder.trim().split(/\s+/), headNewer.trim().split(/\s+/)];
  let end = 0;
  while (end < p.length && end < q.length && p[p.length - 1 - end].toLowerCase() === q[q.length - 1 - end].toLowerCase()) end++;
  const [changedOlder, changedNewer] = [p.slice(0, p.length - end).join(' '), q.slice(0, q.length - end).join(' ')];
  if (changedOlder === '' && changedNewer === '') return '';
  // The first kept word goes on both sides as each text writes it (`Endorses → Also endorses`).
  const [nextOlder, nextNewer] = [p[p.length - end] ?? '', q[q.length - end] ?? ''];
  return `${`${changedOlder} ${nextOlder}`.trim()} → ${`${changedNewer} ${nextNewer}`.trim()}`;
}

/** The phrases of the items added, dropped, replaced or moved, or null when the list is not read item by item. */
function itemPhrases(
  older: string,
  newer: string,
  a: readonly ListItem[],
  b: readonly ListItem[],
  common: ReadonlyArray<[number, number]>,
  cut: (text: string, length: number) => string,
  loose: boolean,
  garbled: boolean,
): string[] | null {
  const keptOlder = new Set(common.map(([i]) => i));
  const keptNewer = new Set(common.map(([, j]) => j));
  const looseOlder = a.flatMap((_, i) => (keptOlder.has(i) ? [] : [i]));
  const looseNewer = b.flatMap((_, j) => (keptNewer.has(j) ? [] : [j]));
  if (looseOlder.length + looseNewer.length === 0) return null;
  // An item in both texts but out of order moved; the rest were added or dropped.
  const moved: number[] = [];
  const remainingOlder = [...looseOlder];
  for (const j of looseNewer) {
    const at = remainingOlder.findIndex((i) => a[i].key === b[j].key);
    if (at !== -1) {
      moved.push(j);
      remainingOlder.splice(at, 1);
    }
  }
  const keptBefore = (kept: ReadonlySet<number>, index: number): number => [...kept].filter((k) => k < index).length;
  const added = looseNewer.filter((j) => !moved.includes(j));
  const dropped = remainingOlder;
  // Loose: the word diff ran across items (its fragments misaligned), so items that share some words (a programme of
  // action and the next one) are said as dropped and added; but only for a few items changed in a list mostly kept, and
  // never for one item that kept most of its words.
  if (loose) {
    const runs = runsOf(added).length + runsOf(dropped).length;
    if (runs > LOOSE_RUNS || added.length + dropped.length > common.length / 2) return null;
    if (added.some((j) => dropped.some((i) => isReworded(a[i].key, b[j].key, LOOSE_REWORDED_SHARE, Math.max, a[i].name && b[j].name)))) return null;
  } else if (added.some((j) => dropped.some((i) => isReworded(a[i].key, b[j].key, REWORDED_SHARE, Math.min, a[i].name && b[j].name)))) return null;
  // A run of a word or two (`fishers`, `nutrition`) names nothing without the item beside it, which the word diff
  // shows (`farmers, and Indigenous → farmers and fishers, and Indigenous`): the list is said item by item with such
  // runs only when the word diff misaligned its items (`intensification → livestock management`) or items moved.
  const short = [...runsOf(added).map((run) => runText(newer, run.map((j) => b[j]))), ...runsOf(dropped).map((run) => runText(older, run.map((i) => a[i])))].some((text) => text.split(/\s+/).length < SHORT_RUN_WORDS);
  if (short && moved.length === 0 && !garbled) return null;
  // A run of items put where a run stood (the same kept items before both) is a replacement, said as one (`the
  // elderly → older persons`, `timely → rapid`); the other runs were added or dropped.
  const [addedRuns, droppedRuns] = [runsOf(added), runsOf(dropped)];
  const phrases: string[] = [];
  const replacedAdded = new Set<number[]>();
  const replacedDropped = new Set<number[]>();
  for (const droppedRun of droppedRuns) {
    const slot = keptBefore(keptOlder, droppedRun[0]);
    // Only one item for one: runs of several read as what was added and what was dropped.
    if (droppedRun.length > 1) continue;
    const addedRun = addedRuns.find((run) => !replacedAdded.has(run) && run.length === 1 && keptBefore(keptNewer, run[0]) === slot);
    if (!addedRun) continue;
    replacedAdded.add(addedRun);
    replacedDropped.add(droppedRun);
    phrases.push(`${cut(runText(older, droppedRun.map((i) => a[i])), ITEM_LENGTH)} → ${cut(runText(newer, addedRun.map((j) => b[j])), ITEM_LENGTH)}`);
  }
  const quotedRuns = (text: string, items: readonly ListItem[], runs: readonly number[][]): string => runs.map((run) => quotedRun(runText(text, run.map((index) => items[index])), cut)).join(', ');
  const addedLeft = addedRuns.filter((run) => !replacedAdded.has(run));
  const droppedLeft = droppedRuns.filter((run) => !replacedDropped.has(run));
  if (addedLeft.length > 0) phrases.push(`adds ${quotedRuns(newer, b, addedLeft)}`);
  if (droppedLeft.length > 0) phrases.push(`drops ${quotedRuns(older, a, droppedLeft)}`);
  // A moved item is said to go earlier or later by the kept items before it in each text.
  const direction = (j: number): 'earlier' | 'later' => {
    const i = looseOlder.find((candidate) => a[candidate].key === b[j].key) ?? 0;
    return keptBefore(keptNewer, j) < keptBefore(keptOlder, i) ? 'earlier' : 'later';
  };
  for (const way of ['earlier', 'later'] as const) {
    const these = moved.filter((j) => direction(j) === way);
    if (these.length > 0) phrases.push(`moves ${quotedRuns(newer, b, runsOf(these))} ${way}`);
  }
  return phrases;
}
