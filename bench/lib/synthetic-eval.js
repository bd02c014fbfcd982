/**
 * Per-kind precision and recall on synthetic revisions with known truth. redline runs its whole pipeline (ingest with
 * number labels → findings); the peers that align (difflib pairing, token Jaccard) are scored on the same texts, their
 * kinds read off the shape of their links (1:1 same text = unchanged, 1:1 = modified, 1:k = split, k:1 = merged).
 */
import { compareDocuments, documentFromText, DEFAULT_OPTIONS } from '../../dist/index.js';
import { difflibAlignBatch, jaccardAlign, squash } from './aligners.js';
import { makeRevision, paragraphPool, rng, sourceDocuments, STRENGTH_NAMES } from './synthetic.js';
import { prf } from './metrics.js';

export const KINDS = ['unchanged', 'modified', 'split', 'merged', 'new', 'dropped', 'moved', 'renumbered'];

/** Build the cases: every source document at every strength, numbered on alternate cases. */
export function syntheticCases({ documents = Infinity } = {}) {
  const docs = sourceDocuments().slice(0, documents);
  const pool = paragraphPool(sourceDocuments({ ungdc: 24, random: rng(99) }));
  const cases = [];
  let seed = 1;
  for (const doc of docs) {
    const foreign = pool.filter((p) => !doc.paragraphs.includes(p));
    for (const strength of STRENGTH_NAMES) {
      const numbered = seed % 2 === 0;
      cases.push({ name: doc.name, strength, numbered, ...makeRevision(doc.paragraphs, { strength, foreign, numbered, random: rng(seed++) }) });
    }
  }
  return cases;
}

/** Evaluate redline and the peers; results per system → per strength ('all' included) → per kind P/R/F1. */
export function evaluateSynthetic(cases) {
  const systems = { redline: [], 'difflib pairing (0.75)': [], 'token Jaccard ≥0.3 best match': [] };
  let skipped = 0;
  const kept = [];
  for (const c of cases) {
    const left = documentFromText(c.oldText, { path: 'old.txt' });
    const right = documentFromText(c.newText, { path: 'new.txt' });
    if (left.paragraphs.length !== c.oldParagraphs.length || right.paragraphs.length !== c.newParagraphs.length) {
      skipped++; // the segmenter saw other paragraphs than we built: truth would not line up
      continue;
    }
    kept.push(c);
    const { comparison } = compareDocuments(left, right, DEFAULT_OPTIONS);
    systems.redline.push(comparison.findings.map((f) => ({ kind: f.kind, left: f.left, right: f.right, moved: f.moved, renumbered: f.renumbered })));
    systems['token Jaccard ≥0.3 best match'].push(kindsFromPairs(jaccardAlign(c.oldParagraphs, c.newParagraphs).pairs, c));
  }
  systems['difflib pairing (0.75)'] = difflibAlignBatch(kept.map((c) => ({ oldTexts: c.oldParagraphs, newTexts: c.newParagraphs }))).map((r, k) => kindsFromPairs(r.pairs, kept[k]));

  const results = {};
  for (const [system, predictions] of Object.entries(systems)) {
    results[system] = {};
    for (const strength of [...STRENGTH_NAMES, 'all']) {
      const counts = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, predicted: 0, gold: 0 }]));
      kept.forEach((c, index) => {
        if (strength !== 'all' && c.strength !== strength) return;
        tallyCase(counts, c.truth, predictions[index], system === 'redline');
      });
      results[system][strength] = Object.fromEntries(KINDS.map((k) => [k, prf(counts[k].tp, counts[k].predicted, counts[k].gold)]));
    }
  }
  return { cases: cases.length, skipped, results };
}

function keyOf(f) {
  return `${f.kind}|${f.left.join(',')}|${f.right.join(',')}`;
}

function tallyCase(counts, truth, predicted, flags) {
  for (const kind of ['unchanged', 'modified', 'split', 'merged', 'new', 'dropped']) {
    const gold = new Set(truth.filter((f) => f.kind === kind).map(keyOf));
    const pred = new Set(predicted.filter((f) => f.kind === kind).map(keyOf));
    counts[kind].gold += gold.size;
    counts[kind].predicted += pred.size;
    for (const k of pred) if (gold.has(k)) counts[kind].tp++;
  }
  if (!flags) return; // the peers have no notion of moved or renumbered paragraphs
  for (const flag of ['moved', 'renumbered']) {
    const link = (f) => `${f.left.join(',')}|${f.right.join(',')}`;
    const gold = new Set(truth.filter((f) => f[flag]).map(link));
    const pred = new Set(predicted.filter((f) => f[flag]).map(link));
    counts[flag].gold += gold.size;
    counts[flag].predicted += pred.size;
    for (const k of pred) if (gold.has(k)) counts[flag].tp++;
  }
}

/** Findings implied by a peer's links: connected groups by shape; unlinked paragraphs are new or dropped. */
export function kindsFromPairs(pairs, c) {
  const oldPartners = c.oldParagraphs.map(() => []);
  const newPartners = c.newParagraphs.map(() => []);
  for (const [o, n] of pairs) {
    oldPartners[o].push(n);
    newPartners[n].push(o);
  }
  const findings = [];
  const seenNew = new Set();
  oldPartners.forEach((ns, o) => {
    if (ns.length === 0) findings.push({ kind: 'dropped', left: [o], right: [] });
    else if (ns.length > 1) findings.push({ kind: ns.every((n) => newPartners[n].length === 1) ? 'split' : 'group', left: [o], right: [...ns].sort((a, b) => a - b) });
  });
  newPartners.forEach((os, n) => {
    if (os.length === 0) findings.push({ kind: 'new', left: [], right: [n] });
    else if (os.length > 1 && os.every((o) => oldPartners[o].length === 1)) findings.push({ kind: 'merged', left: [...os].sort((a, b) => a - b), right: [n] });
    else if (os.length === 1 && oldPartners[os[0]].length === 1 && !seenNew.has(n)) {
      seenNew.add(n);
      findings.push({ kind: squash(c.oldParagraphs[os[0]]) === squash(c.newParagraphs[n]) ? 'unchanged' : 'modified', left: [os[0]], right: [n] });
    }
  });
  return findings;
}
