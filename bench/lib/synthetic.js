/**
 * Synthetic revisions with known truth, built from real paragraphs (the seed statement and ../shared/data): moves,
 * splits, merges, drops, insertions, rewording and renumbering at a chosen strength. Deterministic for a given seed.
 */
import { join } from 'node:path';
import { ROOT, listFiles, readParagraphs } from './data.js';

/** A small seeded PRNG (mulberry32), so every run builds the same cases. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Paragraphs that any segmenter keeps whole: prose, one sentence end at the end, no list label. */
export function usable(paragraph) {
  return paragraph.length >= 80 && paragraph.length <= 3000 && /^[A-Z"“]/.test(paragraph) && /[.!?]["”’)]?$/.test(paragraph) && !/^[A-Z]{1,7}[.)]\s/.test(paragraph);
}

/** Source documents for the synthetic cases: lists of usable, distinct paragraphs, each with a name. */
export function sourceDocuments({ ungdc = 24, random = rng(7) } = {}) {
  const docs = [];
  const add = (name, paragraphs) => {
    const seen = new Set();
    const list = paragraphs.filter((p) => usable(p) && !seen.has(p) && seen.add(p));
    if (list.length >= 12) docs.push({ name, paragraphs: list });
  };
  add('seed statement', readParagraphs(join(ROOT, 'seeds', '000_9b5e0b9e7a90fd7e.txt')));
  const fomc = listFiles('fomc-statements');
  for (const start of [40, 120, 190]) add(`FOMC statements ${start}–${start + 11} joined`, fomc.slice(start, start + 12).flatMap((f) => readParagraphs(f)));
  for (const f of ['united-kingdom_2011_uk.txt', 'united-states_2003_us-1.txt', 'singapore_2013_singapore1.txt']) {
    add(`cyber strategy ${f.replace(/\.txt$/, '')}`, readParagraphs(join(listFiles('national-cyber-strategies')[0], '..', f)).slice(0, 80));
  }
  const countries = ['USA', 'GBR', 'FRA', 'IND', 'BRA', 'ZAF', 'DEU', 'JPN', 'NGA', 'MEX', 'IDN', 'KEN', 'CAN', 'AUS', 'EGY', 'CHL', 'NOR', 'PHL', 'TUR', 'ARG', 'POL', 'VNM', 'SEN', 'FJI'];
  for (const iso of countries.slice(0, ungdc)) {
    const files = listFiles(join('ungdc', iso));
    const file = files[Math.floor(random() * files.length)];
    add(`UNGDC ${file.split('/').pop()}`, readParagraphs(file));
  }
  return docs;
}

/** Every usable paragraph of a set of documents (the pool for insertions and growth pairs). */
export function paragraphPool(docs) {
  return docs.flatMap((d) => d.paragraphs);
}

const STRENGTHS = {
  light: { rate: 0.1, reword: 0.1 },
  medium: { rate: 0.25, reword: 0.25 },
  heavy: { rate: 0.45, reword: 0.45 },
};
export const STRENGTH_NAMES = Object.keys(STRENGTHS);

/**
 * Make a revision of `paragraphs`. Each paragraph independently gets at most one edit (drop, move, split, merge with
 * the next, reword) with total probability `rate`; `rate/6 × n` unrelated paragraphs from `foreign` are inserted;
 * `numbered` labels every paragraph `N.` by position in each version, so an insertion or a drop renumbers the rest.
 * Returns the two texts and the truth: findings as { kind, left, right, moved, renumbered }.
 */
export function makeRevision(paragraphs, { strength = 'medium', foreign = [], numbered = false, random = rng(1) } = {}) {
  const { rate, reword } = STRENGTHS[strength];
  const items = []; // new document under construction: { text, origin }
  const moves = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const text = paragraphs[i];
    const roll = random();
    const op = roll >= rate ? 'keep' : ['drop', 'move', 'split', 'merge', 'reword', 'reword'][Math.floor((roll / rate) * 6)];
    if (op === 'drop') continue;
    if (op === 'move') {
      moves.push({ text, origin: { kind: 'unchanged', left: [i], moved: true } });
      continue;
    }
    if (op === 'split') {
      const cut = sentenceCut(text);
      if (cut) {
        items.push({ text: text.slice(0, cut).trim(), origin: { kind: 'split', left: [i], part: 0 } });
        items.push({ text: text.slice(cut).trim(), origin: { kind: 'split', left: [i], part: 1 } });
        continue;
      }
    }
    if (op === 'merge' && i + 1 < paragraphs.length) {
      items.push({ text: `${text} ${paragraphs[i + 1]}`, origin: { kind: 'merged', left: [i, i + 1] } });
      i++;
      continue;
    }
    if (op === 'reword') {
      const changed = rewordText(text, reword, paragraphs, random);
      if (changed !== text) {
        items.push({ text: changed, origin: { kind: 'modified', left: [i] } });
        continue;
      }
    }
    items.push({ text, origin: { kind: 'unchanged', left: [i] } });
  }
  // Moves go at least a quarter of the document away from where they stood.
  for (const move of moves) {
    const from = move.origin.left[0];
    let at = Math.floor(random() * (items.length + 1));
    const here = items.findIndex((item) => item.origin.left && item.origin.left[0] > from);
    const distance = Math.max(3, Math.floor(items.length / 4));
    if (here >= 0 && Math.abs(at - here) < distance) at = (here + distance) % (items.length + 1);
    items.splice(at, 0, move);
  }
  const inserts = Math.round((rate / 6) * paragraphs.length);
  for (let k = 0; k < inserts && foreign.length; k++) {
    const text = foreign[Math.floor(random() * foreign.length)];
    items.splice(Math.floor(random() * (items.length + 1)), 0, { text, origin: { kind: 'new', left: [] } });
  }

  const truth = [];
  const used = new Set();
  items.forEach((item, j) => {
    const o = item.origin;
    if (o.kind === 'split') {
      if (o.part === 0) truth.push({ kind: 'split', left: o.left, right: [j, j + 1], moved: false, renumbered: false });
    } else {
      const renumbered = numbered && o.left.length === 1 && o.kind !== 'merged' && o.left[0] !== j;
      truth.push({ kind: o.kind, left: o.left, right: [j], moved: Boolean(o.moved), renumbered });
    }
    o.left.forEach((l) => used.add(l));
  });
  for (let i = 0; i < paragraphs.length; i++) if (!used.has(i)) truth.push({ kind: 'dropped', left: [i], right: [], moved: false, renumbered: false });

  const label = (list) => (numbered ? list.map((t, k) => `${k + 1}. ${t}`) : list);
  return {
    oldParagraphs: paragraphs,
    newParagraphs: items.map((item) => item.text),
    oldText: label(paragraphs).join('\n\n') + '\n',
    newText: label(items.map((item) => item.text)).join('\n\n') + '\n',
    truth,
  };
}

/** A sentence boundary near the middle of a paragraph, or 0 when it has one sentence. */
function sentenceCut(text) {
  const cuts = [...text.matchAll(/[.!?]["”’)]?\s+(?=[A-Z])/g)].map((m) => m.index + m[0].length);
  if (cuts.length === 0) return 0;
  return cuts.reduce((best, c) => (Math.abs(c - text.length / 2) < Math.abs(best - text.length / 2) ? c : best));
}

/** Replace, delete or insert a share of the words (first and last word kept, so the paragraph stays a paragraph). */
function rewordText(text, share, paragraphs, random) {
  const words = text.split(' ');
  if (words.length < 4) return text;
  const donor = paragraphs[Math.floor(random() * paragraphs.length)].split(' ').filter((w) => /^[a-z]+$/.test(w));
  if (donor.length === 0) return text;
  const pick = () => donor[Math.floor(random() * donor.length)];
  const out = [words[0]];
  for (let k = 1; k < words.length - 1; k++) {
    if (random() >= share) {
      out.push(words[k]);
      continue;
    }
    const r = random();
    if (r < 0.5) out.push(pick());
    else if (r < 0.75) continue;
    else out.push(pick(), words[k]);
  }
  out.push(words[words.length - 1]);
  return out.join(' ');
}

/**
 * A growth pair of about `n` paragraphs: real paragraphs from the pool in a random order (distinct), revised at
 * medium strength. Used for the speed curves, so its truth is kept only for a sanity check.
 */
export function growthPair(pool, n, seed = n) {
  const random = rng(seed);
  const distinct = [...new Set(pool)];
  const picked = [];
  for (let k = 0; k < n; k++) picked.push(distinct[Math.floor(random() * distinct.length)]);
  const unique = [...new Set(picked)];
  while (unique.length < n) unique.push(`${distinct[Math.floor(random() * distinct.length)].slice(0, -1)} (${unique.length}).`); // more than the pool holds: mark repeats
  return makeRevision(unique, { strength: 'light', foreign: distinct, random });
}
