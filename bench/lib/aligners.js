/**
 * Sentence (or paragraph) aligners compared on ArgRewrite and the synthetic edits. Each takes two lists of texts and
 * returns links as [oldIndex, newIndex] pairs (0-based); splits and merges show as one index linked to several.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './data.js';
import { alignParagraphs, createScorer, normalizeParagraph, DEFAULT_OPTIONS } from '../../dist/index.js';

/**
 * redline's own aligner through the library, exactly as the pipeline wires it, with the default options (the semantic
 * component off, as in `redline compare`; `{ ...DEFAULT_OPTIONS, semantic: true }` for `--semantic`).
 */
export function redlineAlign(oldTexts, newTexts, options = DEFAULT_OPTIONS) {
  const left = oldTexts.map((text) => normalizeParagraph(text));
  const right = newTexts.map((text) => normalizeParagraph(text));
  const scorer = createScorer(left, right, { semantic: options.semantic });
  const alignment = alignParagraphs({ leftKeys: left.map((p) => p.folded), rightKeys: right.map((p) => p.folded) }, scorer, options);
  const pairs = [];
  const links = [];
  for (const link of alignment.links) {
    if (link.left.length === 0 || link.right.length === 0) continue;
    links.push(link);
    for (const l of link.left) for (const r of link.right) pairs.push([l, r]);
  }
  return { pairs, links, scorer };
}

/** Exact match: the k-th occurrence of a text on the old side with the k-th identical text on the new side. */
export function exactAlign(oldTexts, newTexts) {
  const byText = new Map();
  newTexts.forEach((text, index) => {
    const key = squash(text);
    if (!byText.has(key)) byText.set(key, []);
    byText.get(key).push(index);
  });
  const pairs = [];
  oldTexts.forEach((text, index) => {
    const list = byText.get(squash(text));
    if (list && list.length) pairs.push([index, list.shift()]);
  });
  return { pairs };
}

/** Token-Jaccard best match in both directions: each sentence links to its best partner when Jaccard ≥ 0.3 (union). */
export function jaccardAlign(oldTexts, newTexts, minimum = 0.3) {
  const oldSets = oldTexts.map(tokenSet);
  const newSets = newTexts.map(tokenSet);
  const keys = new Set();
  const best = (sets, other) => sets.map((set) => {
    let top = -1;
    let value = 0;
    other.forEach((candidate, index) => {
      const j = jaccard(set, candidate);
      if (j > value) [value, top] = [j, index];
    });
    return value >= minimum ? top : -1;
  });
  best(oldSets, newSets).forEach((n, o) => n >= 0 && keys.add(`${o},${n}`));
  best(newSets, oldSets).forEach((o, n) => o >= 0 && keys.add(`${o},${n}`));
  return { pairs: [...keys].map((key) => key.split(',').map(Number)) };
}

/** Python difflib's pairing (SequenceMatcher + Differ's 0.75 cutoff), run for real in one python3 process per batch. */
export function difflibAlignBatch(jobs) {
  const run = spawnSync('python3', [join(ROOT, 'bench', 'lib', 'difflib_pair.py')], {
    input: JSON.stringify(jobs.map(({ oldTexts, newTexts }) => ({ old: oldTexts, new: newTexts }))),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`difflib pairing failed: ${run.stderr || run.error}`);
  return JSON.parse(run.stdout).map((pairs) => ({ pairs }));
}

/** Whitespace-folded text: what "identical" means for the lexical baselines and for labels. */
export function squash(text) {
  return text.replace(/\s+/g, ' ').trim();
}

function tokenSet(text) {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function jaccard(a, b) {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared / (a.size + b.size - shared);
}
