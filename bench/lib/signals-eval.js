/**
 * Precision and recall of redline's signals on the labelled set (bench/signals/labelled-pairs.yaml). Each labelled pair
 * names its two paragraphs by file (under ../shared/data, or the repository for the seed and the illustrative draft),
 * 0-based paragraph position, the resolution label (PP/OP) where the paragraph has one, and the first words; the texts are read at run time, never stored here. The engine's
 * functions are passed in, so the bench (built `dist/`) and the test (TypeScript `src/`) score the same way.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The key a signal is matched on: its type, what happened, and what it is about (not the words as written). */
export function signalKey(signal) {
  switch (signal.type) {
    case 'commitment':
      return `commitment ${signal.direction}`;
    case 'stance':
      return `stance ${signal.direction}`;
    case 'reference':
      return `reference ${signal.change} ${signal.to ?? signal.from}`;
    case 'number':
      return `number ${signal.change} ${signal.category}`;
    case 'actor':
      return `actor ${signal.change} ${signal.actor}`;
    case 'hedge':
      // Hedges are matched by what happened, not by the words: a reader labels "a hedge added" before knowing the lexicon.
      return `hedge ${signal.change}`;
    case 'topic':
      return `topic ${signal.change} ${signal.topic}`;
    default:
      return `${signal.type} ${signal.summary}`;
  }
}

export function loadLabelled(path) {
  return parse(readFileSync(path, 'utf8')).pairs;
}

/**
 * The paragraph a side names. A resolution paragraph is named by its label (`PP 4`, `OP 12`) and first words: the
 * paragraph with that label, if it starts with the prefix, else none (a pair that no longer finds its paragraph is
 * skipped and listed, never matched to a neighbour). Other texts are named by position and first words: the paragraph
 * at the position when it starts with the prefix, else the nearest that does; null if none.
 */
function pick(paragraphs, { position, label, prefix }) {
  if (label !== undefined) return paragraphs.find((paragraph) => paragraph.label === label && paragraph.text.startsWith(prefix))?.text ?? null;
  const starts = (index) => paragraphs[index]?.text.startsWith(prefix);
  if (starts(position)) return paragraphs[position].text;
  let best = null;
  paragraphs.forEach((paragraph, index) => {
    if (starts(index) && (best === null || Math.abs(index - position) < Math.abs(best - position))) best = index;
  });
  return best === null ? null : paragraphs[best].text;
}

/**
 * Score the labelled set. `api`: { loadAnyDocument(path), normalizeParagraph(text) → { tokens }, detectSignals(input),
 * isRoutineChange(before, after) }. Returns per type { tp, fp, fn, precision, recall }, the pairs read and skipped,
 * and every disagreement (for reading).
 */
export async function evaluateSignals({ labelled, dataDir, root, api }) {
  const documents = new Map();
  const load = async (file) => {
    const path = file.startsWith('repo:') ? join(root, file.slice(5)) : dataDir ? join(dataDir, file) : null;
    if (!path || !existsSync(path)) return null;
    if (!documents.has(path)) documents.set(path, await api.loadAnyDocument(path));
    return documents.get(path);
  };
  const side = async (spec) => {
    const document = await load(spec.file);
    // A release's closing lines ("Implementation Note issued …") are its trailer since session 16, no paragraphs: a
    // label naming one reads it there, after the paragraphs, so that the labelled line is still read as it was written.
    const trailer = (document?.meta.trailer ?? []).map((text) => ({ text }));
    return document ? pick([...document.paragraphs, ...trailer], spec) : null;
  };
  const counts = {};
  const heldOutCounts = {};
  let heldOut = false;
  const count = (type, what) => {
    for (const table of heldOut ? [counts, heldOutCounts] : [counts]) {
      table[type] ??= { tp: 0, fp: 0, fn: 0 };
      table[type][what] += 1;
    }
  };
  const disagreements = [];
  let read = 0;
  const skipped = [];
  for (const pair of labelled) {
    const before = await side(pair.left);
    let after = pair.right.edit ? before : await side(pair.right);
    if (before === null || after === null) {
      skipped.push(pair.id);
      continue;
    }
    for (const [from, to] of pair.right.edit ?? []) {
      if (!after.includes(from)) throw new Error(`labelled pair ${pair.id}: "${from}" is not in the paragraph`);
      after = after.replace(from, to);
    }
    read += 1;
    heldOut = pair.heldOut === true;
    const signals = api.detectSignals({
      before: { text: before, tokens: api.normalizeParagraph(before).tokens },
      after: { text: after, tokens: api.normalizeParagraph(after).tokens },
      diff: [],
    });
    const predicted = signals.map(signalKey);
    const expected = [...(pair.expect ?? [])];
    const remaining = [...expected];
    const wrong = [];
    for (const key of predicted) {
      const at = remaining.indexOf(key);
      if (at >= 0) {
        remaining.splice(at, 1);
        count(key.split(' ')[0], 'tp');
      } else {
        wrong.push(key);
        count(key.split(' ')[0], 'fp');
      }
    }
    for (const key of remaining) count(key.split(' ')[0], 'fn');
    let routineWrong = null;
    if (pair.routine !== undefined) {
      const routine = api.isRoutineChange(before, after);
      if (routine && pair.routine) count('routine', 'tp');
      else if (routine && !pair.routine) count('routine', 'fp');
      else if (!routine && pair.routine) count('routine', 'fn');
      if (routine !== pair.routine) routineWrong = routine;
    }
    if (wrong.length || remaining.length || routineWrong !== null) disagreements.push({ id: pair.id, heldOut, falsePositives: wrong, missed: remaining, routine: routineWrong });
  }
  const score = (table) =>
    Object.fromEntries(
      Object.entries(table)
        .sort()
        .map(([type, c]) => [type, { ...c, precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp), recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn) }]),
    );
  const heldOutPairs = labelled.filter((pair) => pair.heldOut === true).length;
  return { pairs: labelled.length, read, skipped, types: score(counts), heldOut: { pairs: heldOutPairs, types: score(heldOutCounts) }, disagreements };
}
