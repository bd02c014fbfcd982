import type { AlignmentLink, AlignmentRelation, PairScorer } from '../types.js';

/**
 * Partial reuse: the aligner's last pass, over the paragraphs it left unpaired.
 *
 * A dropped paragraph whose sentences went to two paragraphs far apart, or a new paragraph assembled from pieces of
 * several old ones, is neither a split nor a merge (those join neighbours, and the aligner already makes them): the
 * in-order pass leaves it new or dropped. This pass looks, for each unpaired paragraph, at its candidates on the other
 * side (the scorer's lexical index, plus the nearest meaning vectors when the semantic component is on) and keeps the
 * ones that carry a real piece of it:
 *
 *  - a part holds at least `partShare` of the unpaired paragraph's weighted content (`PairScorer.containment`: IDF
 *    weights, so the text's common subject words count little), and at least `backShare` of the part's own content is
 *    found in the unpaired paragraph (a long paragraph that merely mentions the same words is not a part);
 *  - it shares a phrase of at least `minRun` words with it, word for word (same-subject paragraphs share words, rarely
 *    phrases), and both have at least `minWords` words (a heading or running title is no content to relate);
 *  - each further part adds at least `partShare` of the paragraph's content, and the parts together hold `groupShare`;
 *  - a phrase of `longRun` words or more is evidence enough to waive `backShare` and to lower `groupShare` to
 *    `longRunGroupShare` (a sentence taken whole into a long paragraph).
 * Candidates are the scorer's for the unpaired paragraph, plus the other side's unpaired paragraphs that have it among
 * theirs (retrieval by rare terms is not symmetric).
 *
 * Precision comes first (a wrong link costs an analyst more than a missing one): the shares were set on ArgRewrite dev
 * essays at paragraph level (`node bench/related-quality.js`, figures in bench/SEMANTIC.md), where they give precision
 * ≥ 0.9. Only containment is used, which the scorer computes without a full score: the pass scores no extra pair, so the
 * comparison's cost counters are unchanged.
 */

/** The gates of the pass (see the module comment). */
export interface RelatedSettings {
  /** Least share of the unpaired paragraph's content one related paragraph must hold. */
  partShare: number;
  /** Least share of a related paragraph's own content found in the unpaired paragraph. */
  backShare: number;
  /** Least share of the unpaired paragraph's content the related paragraphs hold together. */
  groupShare: number;
  /** Least length in words of the longest phrase a related paragraph shares word for word with the unpaired one. */
  minRun: number;
  /**
   * A shared phrase this long (words) is strong evidence on its own: the part's `backShare` is waived (a long paragraph
   * that took a whole sentence), and the parts together need only `longRunGroupShare`.
   */
  longRun: number;
  /** Least share of the unpaired paragraph's content the parts hold together when one shares a phrase of `longRun` words. */
  longRunGroupShare: number;
  /** Fewest words (folded) the unpaired paragraph and each related one must have: headings and running titles are not content. */
  minWords: number;
  /** Most related paragraphs per unpaired paragraph (the ones holding most of it). */
  maxParts: number;
  /**
   * For a candidate that is itself aligned: least share of what it shares with the unpaired paragraph that its own
   * aligned partners do not hold. Below it the shared content stayed where it was (the partner kept it) and the unpaired
   * paragraph only repeats that wording: a formula such as "Endorses the conclusions and recommendations … of the
   * Advisory Committee" in a second section. Judged UN links: repeats 0–0.19, real pieces ≥ 0.66; ArgRewrite dev
   * paragraphs: real pieces ≥ 0.43.
   */
  beyondPartners: number;
}

/** The settings chosen on ArgRewrite dev (bench/related-quality.js). */
export const RELATED_SETTINGS: Readonly<RelatedSettings> = Object.freeze({ partShare: 0.25, backShare: 0.3, groupShare: 0.6, minRun: 5, longRun: 10, longRunGroupShare: 0.5, minWords: 10, maxParts: 3, beyondPartners: 0.25 });

/** Related paragraphs of every unpaired paragraph, in the order of the links; each relation names one unpaired paragraph. */
export function relateUnpaired(
  links: readonly AlignmentLink[],
  scorer: PairScorer,
  words: { left: readonly number[]; right: readonly number[] },
  settings: RelatedSettings = RELATED_SETTINGS,
): AlignmentRelation[] {
  const relations: AlignmentRelation[] = [];
  const seen = new Set<string>();
  // The index retrieves by a paragraph's rarest terms only, so a paragraph that holds a piece of a long one can miss it
  // from that side: candidates are also taken the other way round, from the other side's unpaired paragraphs.
  const candidatesOf = (side: 'left' | 'right', index: number): number[] => (side === 'left' ? scorer.candidates(index) : scorer.candidatesOfRight(index));
  // reverse.left.get(i): the unpaired right paragraphs that have left paragraph i among their candidates (and vice versa).
  const reverse = { left: new Map<number, number[]>(), right: new Map<number, number[]>() };
  // partners.left.get(i): the right paragraphs aligned with left paragraph i (and vice versa); absent when i is unpaired.
  const partners = { left: new Map<number, number[]>(), right: new Map<number, number[]>() };
  for (const link of links) {
    if (link.left.length === 0 || link.right.length === 0) continue;
    for (const index of link.left) partners.left.set(index, link.right);
    for (const index of link.right) partners.right.set(index, link.left);
  }
  for (const link of links) {
    const side = link.right.length === 0 ? 'left' : link.left.length === 0 ? 'right' : null;
    if (side === null) continue;
    const index = side === 'left' ? link.left[0] : link.right[0];
    const target = reverse[side === 'left' ? 'right' : 'left'];
    for (const candidate of candidatesOf(side, index)) {
      const list = target.get(candidate);
      if (list) list.push(index);
      else target.set(candidate, [index]);
    }
  }
  for (const link of links) {
    const side = link.right.length === 0 ? 'left' : link.left.length === 0 ? 'right' : null;
    if (side === null) continue;
    const index = side === 'left' ? link.left[0] : link.right[0];
    if (words[side][index] < settings.minWords) continue;
    const other = side === 'left' ? 'right' : 'left';
    const run = (candidate: number): number => (side === 'left' ? scorer.sharedRun(index, candidate) : scorer.sharedRun(candidate, index));
    const pool = new Set([...candidatesOf(side, index), ...(reverse[side].get(index) ?? [])]);
    // Cheap gates first; the shared phrase (O(words²)) only for the few paragraphs that hold enough of it.
    const candidates = [...pool]
      .filter((candidate) => words[other][candidate] >= settings.minWords)
      .map((candidate) => ({ candidate, share: scorer.containment(side, index, [candidate]), run: 0 }))
      .filter((part) => part.share >= settings.partShare && (part.run = run(part.candidate)) >= settings.minRun)
      .filter(({ candidate, run: phrase }) => phrase >= settings.longRun || scorer.containment(other, candidate, [index]) >= settings.backShare)
      // An aligned candidate whose partners already hold what it shares with the unpaired paragraph did not give or
      // take that content: the unpaired paragraph repeats wording the other text keeps in place. In the candidate's
      // weights: shared = its content in the unpaired paragraph; beyond = the part of that its partners lack.
      .filter(({ candidate }) => {
        const kept = partners[other].get(candidate);
        if (!kept) return true;
        const shared = scorer.containment(other, candidate, [index]);
        const beyond = scorer.containment(other, candidate, [...kept, index]) - scorer.containment(other, candidate, kept);
        return beyond >= settings.beyondPartners * shared;
      })
      // Most content first; ties by position, so the relation is deterministic.
      .sort((a, b) => b.share - a.share || a.candidate - b.candidate);
    // Greedy: a further part must add `partShare` of the paragraph's content the parts before it do not already hold
    // (a second paragraph that repeats the same name or phrase is not where the rest of the content went).
    const parts: number[] = [];
    let containment = 0;
    let longestRun = 0;
    for (const { candidate, run: phrase } of candidates) {
      if (parts.length === settings.maxParts) break;
      const together = scorer.containment(side, index, [...parts, candidate]);
      if (together - containment < settings.partShare) continue;
      parts.push(candidate);
      containment = together;
      longestRun = Math.max(longestRun, phrase);
    }
    if (parts.length === 0 || containment < (longestRun >= settings.longRun ? settings.longRunGroupShare : settings.groupShare)) continue;
    parts.sort((a, b) => a - b);
    const relation: AlignmentRelation = side === 'left' ? { left: [index], right: parts, containment: round(containment) } : { left: parts, right: [index], containment: round(containment) };
    // A dropped and a new paragraph related only to each other are one relation, found from both ends.
    const key = `${relation.left.join(',')}|${relation.right.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push(relation);
  }
  // A one-to-one relation found from the other end of a larger one (a new paragraph that took a piece of a dropped one
  // already related to it and others) says nothing more: keep the larger.
  const covers = (larger: AlignmentRelation, smaller: AlignmentRelation): boolean =>
    larger !== smaller && smaller.left.every((index) => larger.left.includes(index)) && smaller.right.every((index) => larger.right.includes(index));
  return relations.filter((relation) => !(relation.left.length === 1 && relation.right.length === 1 && relations.some((other) => covers(other, relation))));
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
