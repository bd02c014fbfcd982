import type { Alignment, AlignmentLink, PairScorer, ResolvedOptions } from '../types.js';
import { relateUnpaired, RELATED_SETTINGS, type RelatedSettings } from './related.js';

/**
 * Paragraph alignment in three passes; the metric comes from the `PairScorer`, never from here.
 *
 * 1. Anchors. Paragraphs whose folded text is identical on both sides are anchor candidates; the heaviest chain of
 *    them that keeps reading order (an O(k log k) heaviest increasing subsequence) becomes the anchors. Anchors cut
 *    both documents into small gaps, which keeps the cost near linear for real revisions: most paragraphs survive,
 *    and each gap is tiny. A gap still too large for the table is cut again by strong mutual-best pairs.
 * 2. Gaps. Between consecutive anchors a dynamic programme aligns in order with moves 1:1, k:1 (merge), 1:k (split)
 *    for k ≤ maxGroup, and skips. A link gains its similarity times the number of paragraphs it joins, halved, so one
 *    good merge can beat one pair plus a skip; every member of a group must be mostly contained in the other side.
 *    Only candidate pairs (from the scorer's index) are scored; a gap too large for the table falls back to the
 *    heaviest in-order chain of candidate pairs.
 * 3. Moves. Paragraphs still unpaired on both sides are paired greedily, best first, when they score at least
 *    `moveThreshold`: these links are `moved`.
 *    Then two repairs of what an in-order pass with one threshold gets wrong on revised texts:
 *    - wrong partner: a 1:1 link whose paragraph has, among the other side's unpaired paragraphs, one that scores at
 *      least `moveThreshold` and REPAIR_MARGIN more than its partner is relinked to it (the paragraph moved, and a
 *      neighbour sharing its opening words took its place); the partner left alone is unpaired again;
 *    - contained: an unpaired paragraph found almost whole in an unpaired one of the other side (CONTAINED_SHARE of its
 *      content, as a bag of weighted words or in order once its opening is set aside, and a phrase of CONTAINED_RUN
 *      words word for word) is that paragraph shortened or expanded, whatever the symmetric score says (it falls with
 *      the length ratio): they are linked, `moved` when the link crosses another.
 *    - carried: an unpaired paragraph whose sentence stands word for word (CARRIED_RUN words) in an unpaired one of the
 *      other side, half its content there, is that paragraph carried among new sentences (`pairCarried`).
 *    - dated events: an unpaired paragraph on each side naming the same span of days with its year ("from 30 June to
 *      3 July 2025") and sharing a phrase with it is one event's paragraph, looked forward to or decided, then welcomed
 *      as held (`pairDatedEvents`).
 *    - yearly editions: an unpaired paragraph on each side naming an edition of the same recurring event in the same words,
 *      the newer a later year ("the theme for the 2023 → 2024 World Maritime Day"), is one paragraph whose edition moved
 *      on (`pairYearlyEditions`).
 *    - same edition: a link between two editions of one numbered event ("the twenty-seventh session of the Conference of
 *      the Parties" → "the twenty-ninth session …") gives way to an unpaired paragraph naming the link's own edition
 *      (`pairSameEdition`): the look-forward to an event pairs with its welcome as held, not with the next look-forward.
 *    - folded in: an unpaired paragraph whose own words (a long phrase its partner does not bring) are in a paragraph
 *      of the other side linked 1:1 joins that link as a merge's source or a split's part, even far from it
 *      (`absorbFoldedIn`); so does one taken whole into it in its wording, adding little (`isSubsumed`).
 * 4. Related. Paragraphs still unpaired whose content is found in other paragraphs of the other side get `related`
 *    annotations (partial reuse, `related.ts`); the links stay as they are.
 */

/** Bump when the aligner links paragraphs differently, so batch runs do not reuse pairs aligned the old way (11: a paragraph carried into its neighbour merged or linked; 12: a recalled list condensed into "its previous resolutions" paired; 15: a dropped paragraph taken whole into a linked one, in its wording, merged; 16: the same edition's paragraph only when it opens as the event's own; 17: a host thanked for the edition or its outcome welcomed is the event's own paragraph too, review 18 L2; 18: a dropped neighbour that completes a merged paragraph merged, a new list item that took the source's closing clause new, not a split's part, align21; 19: a chapeau joins its item raised into a paragraph, a stranger partner leaves the merge it was linked into, a reworded preambular half completes a split, a bare date or figure line pairs only with its kind, sig21b; 20: the part kept beside such an item names it (`closingTo`), fix21r). */
export const ALIGNER_VERSION = 'aligner/20-closing-to-new-item';

/**
 * A paragraph's identity key for anchoring: its folded text, or for a paragraph without a word ("#", "* * *", "—")
 * its surface form, so that the same mark on both sides is paired unchanged instead of left dropped and new (such a
 * paragraph has no terms, hence no candidate in the scorer).
 */
export function alignmentKey(paragraph: { folded: string; surface: string }): string {
  return paragraph.folded !== '' ? paragraph.folded : paragraph.surface === '' ? '' : `\u0000${paragraph.surface}`;
}

/** What the aligner needs to know about each paragraph besides the scorer: its identity key (the folded text). */
export interface AlignInput {
  leftKeys: readonly string[];
  rightKeys: readonly string[];
  /** Which paragraphs are headings (a heading or running title is never related as partial reuse); none when absent. */
  leftHeadings?: readonly boolean[];
  rightHeadings?: readonly boolean[];
  /** Which paragraphs introduce the ones after them, ending in a colon ("Calls upon Member States:"); none when absent. */
  leftChapeaux?: readonly boolean[];
  rightChapeaux?: readonly boolean[];
}

/** A pair above this similarity that is each other's best candidate is a safe anchor. */
const ANCHOR_SIMILARITY = 0.6;
/** Each member of a split or merge group must have at least this share of its content in the other side… */
const GROUP_MEMBER_CONTAINMENT = 0.5;
/** …and must carry at least this share of the single paragraph's content: a short clause fully inside a long paragraph is not a part of it. */
const GROUP_MEMBER_SHARE = 0.15;
/** A group must score at least this much above its best member alone: otherwise the 1:1 pair tells the story. */
const GROUP_MARGIN = 0.05;
/**
 * With the semantic component on, a group's meaning must also be this much closer to the single paragraph than its
 * closest member's alone: an added sentence on the same subject next to a 1:1 pair raises the lexical sum but not the
 * meaning. ArgRewrite dev with --semantic: merge F1 0.59 → 0.63, split 0.46 → 0.47, link F1 0.972 unchanged
 * (0.05: merge 0.59; 0.15: split 0.45). Without semantic scores the gate does not apply.
 */
const GROUP_MEANING_MARGIN = 0.1;
/**
 * One paragraph left unpaired on each side between two aligned neighbours is paired down to this similarity: the
 * position is strong evidence that a heavily rewritten paragraph is the same paragraph (ArgRewrite: 19 of 34 misses).
 */
const SANDWICH_THRESHOLD_SHARE = 2 / 3;
/**
 * A link is relinked to an unpaired paragraph that scores this much more than its partner (and at least the move
 * threshold). On the 144 pairs of the UN series and drafts the two wrong partners lose by 0.52 and 0.72; elsewhere an
 * unpaired paragraph scores at most 0.08 more than a partner (a paragraph that took pieces of both, 78/249 OP 4 and
 * OP 11 → 79/255 OP 5), which stays as it is.
 */
const REPAIR_MARGIN = 0.3;
/**
 * An unpaired paragraph with at least this share of its content (IDF-weighted) in an unpaired paragraph of the other
 * side, sharing a phrase of CONTAINED_RUN words with it, and at least CONTAINED_MIN_WORDS words long, is that paragraph
 * shortened or expanded. On the UN series (bench:pairing) the pairs so found hold 0.82–1 with phrases of 12–29 words;
 * the pairs a reader calls different paragraphs hold 0.67 or less.
 */
const CONTAINED_SHARE = 0.8;
const CONTAINED_RUN = 10;
const CONTAINED_MIN_WORDS = 10;
/**
 * The share may also be read in order with the shorter paragraph's opening set aside: up to this many leading content
 * words the other lacks ("Looking forward to", "Decides to extend", "Takes note with appreciation of"). On the UN
 * series the pairs this adds hold 0.80–1 in order with phrases of 11–17 words; with 4 words aside a short paragraph
 * can lose its substance too ("Reaffirms the high priority accorded to …": 0.83), which the phrase of CONTAINED_RUN
 * words keeps out (it shares 8).
 */
const OPENING_WORDS = 4;
/** The in-order reading is tried only from this share of weighted content (the pairs it adds on the UN series: 0.59–0.69). */
const IN_ORDER_GATE = 0.5;
/** Largest DP table (cells) per gap before falling back to the sparse chain. */
const MAX_GAP_CELLS = 2_000_000;

/** Align the paragraphs of two documents. Every paragraph of both sides ends up in exactly one link. */
export function alignParagraphs(
  input: AlignInput,
  scorer: PairScorer,
  options: Pick<ResolvedOptions, 'threshold' | 'moveThreshold' | 'maxGroup'>,
  related: RelatedSettings = RELATED_SETTINGS,
): Alignment {
  const n = input.leftKeys.length;
  const m = input.rightKeys.length;
  const anchors = heaviestChain(exactAnchorCandidates(input));
  const links = fillPlaceholders(alignAroundAnchors(0, n, 0, m, anchors, scorer, options), input.leftKeys, scorer);

  // A heading counts as no words: the related pass never relates it, nor the contained pass pairs it.
  const words = {
    left: input.leftKeys.map((key, index) => (input.leftHeadings?.[index] ? 0 : wordCount(key))),
    right: input.rightKeys.map((key, index) => (input.rightHeadings?.[index] ? 0 : wordCount(key))),
  };
  const repaired = repairPartners(pairMoves(links, scorer, options.moveThreshold), scorer, options.moveThreshold, input.leftKeys);
  const contained = pairCarried(pairContained(unlinkStrangers(repaired, scorer, input.leftKeys), scorer, words), scorer, words);
  const dated = pairRecalledLists(
    pairYearlyEditions(pairDatedEvents(contained, scorer, { left: input.leftKeys, right: input.rightKeys }), scorer, { left: input.leftKeys, right: input.rightKeys }),
    scorer,
    { left: input.leftKeys, right: input.rightKeys },
  );
  const keys = { left: input.leftKeys, right: input.rightKeys };
  const folded = absorbFoldedIn(absorbFoldedIn(pairSameEdition(dated, scorer, keys, options.threshold), scorer, words, keys, options.maxGroup, 'left'), scorer, words, keys, options.maxGroup, 'right');
  const chapeaux = { left: input.leftChapeaux ?? [], right: input.rightChapeaux ?? [] };
  const paired = unlinkBareLines(shedNewItems(absorbChapeaux(absorbChapeaux(folded, scorer, chapeaux, options.maxGroup, 'left'), scorer, chapeaux, options.maxGroup, 'right'), scorer, keys), keys);
  const stats = { candidatePairs: scorer.scored, allPairs: n * m };
  return { links: paired, related: relateUnpaired(paired, scorer, words, related), stats };
}

/**
 * A placeholder paragraph's key: a draft's or an earlier session's slot for text still to come (`[To be determined];`,
 * `[…]`, `[placeholder]`). Its folded words (or, with none, its surface marks) say nothing about the text that fills it.
 */
const PLACEHOLDER_KEY = /^(?:to be (?:determined|decided|confirmed|completed|added|agreed)|placeholder|tbd|tbc|text to (?:come|follow)|\u0000\[\s*(?:\.\.\.|…)?\s*\][\s;,.]*)$/;

/** True for the key of a placeholder paragraph (see PLACEHOLDER_KEY). */
export function isPlaceholderKey(key: string): boolean {
  return PLACEHOLDER_KEY.test(key);
}

/**
 * A placeholder filled in the newer text is one position: in a run of unpaired paragraphs between two aligned
 * neighbours (or a text's start or end) whose left paragraphs are all placeholders, the k-th placeholder is linked to
 * the k-th new paragraph of the run. Scores cannot do it (the placeholder shares no word with its text), and left
 * unpaired the filled text is taken by any paragraph that quotes it: 78/62 OP 3 "Notes with regret … on the item
 * entitled “Recommendations for achieving …”" was linked to 79/72 OP 6 (a) "Recommendations for achieving …", which
 * filled the placeholder OP 6 (a) "[To be determined];".
 */
function fillPlaceholders(links: AlignmentLink[], leftKeys: readonly string[], scorer: PairScorer): AlignmentLink[] {
  if (!leftKeys.some(isPlaceholderKey)) return links;
  return rewriteUnpairedRuns(links, (run) => {
    const lefts = run.filter((link) => link.left.length === 1).sort((p, q) => p.left[0] - q.left[0]);
    const rights = run.filter((link) => link.right.length === 1).sort((p, q) => p.right[0] - q.right[0]);
    if (lefts.length === 0 || rights.length < lefts.length || !lefts.every((link) => isPlaceholderKey(leftKeys[link.left[0]]))) return run;
    const filled: AlignmentLink[] = lefts.map((link, k) => {
      const scored = scorer.score(link.left, rights[k].right);
      return { left: link.left, right: rights[k].right, similarity: scored.similarity, scores: scored.scores, moved: false };
    });
    appendAll(filled, rights.slice(lefts.length));
    return filled;
  });
}

/**
 * Walks the links in order and hands each maximal run of unpaired links (a paragraph on one side only) between two
 * aligned neighbours, or a text's start or end, to `rewrite`, which returns what stands in the run's place.
 */
function rewriteUnpairedRuns(links: readonly AlignmentLink[], rewrite: (run: AlignmentLink[]) => AlignmentLink[]): AlignmentLink[] {
  const out: AlignmentLink[] = [];
  let run: AlignmentLink[] = [];
  const flush = (): void => {
    if (run.length > 0) appendAll(out, rewrite(run));
    run = [];
  };
  for (const link of links) {
    if (link.left.length === 0 || link.right.length === 0) run.push(link);
    else {
      flush();
      out.push(link);
    }
  }
  flush();
  return out;
}

/**
 * Words in a folded key (words joined by single spaces): its spaces and one, as many as `key.split(' ')` has pieces,
 * counted without making them (every paragraph of both texts: 1 % of the 3,000-paragraph report, issue 21 session 13).
 */
export function wordCount(key: string): number {
  if (key === '') return 0;
  let count = 1;
  for (let at = key.indexOf(' '); at !== -1; at = key.indexOf(' ', at + 1)) count++;
  return count;
}

/** Align the ranges [l0, l1) × [r0, r1) as: gap, anchor, gap, anchor, …, gap. */
function alignAroundAnchors(l0: number, l1: number, r0: number, r1: number, anchors: WeightedPair[], scorer: PairScorer, options: GapOptions): AlignmentLink[] {
  const links: AlignmentLink[] = [];
  let previousLeft = l0;
  let previousRight = r0;
  for (const anchor of [...anchors, { left: l1, right: r1, similarity: 0 }]) {
    appendAll(links, alignGap(previousLeft, anchor.left, previousRight, anchor.right, scorer, options));
    if (anchor.left < l1) {
      const scored = scorer.score([anchor.left], [anchor.right]);
      links.push({ left: [anchor.left], right: [anchor.right], similarity: scored.similarity, scores: scored.scores, moved: false });
    }
    previousLeft = anchor.left + 1;
    previousRight = anchor.right + 1;
  }
  return links;
}

/**
 * Append one array to another. Not `target.push(...items)`: a spread passes every item as an argument on the stack, and
 * a gap of ~125,000 unpaired paragraphs overflows it ("Maximum call stack size exceeded").
 */
function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

interface WeightedPair {
  left: number;
  right: number;
  similarity: number;
}

/** Identical paragraphs: the k-th occurrence of a folded text on the left goes with the k-th on the right. */
function exactAnchorCandidates(input: AlignInput): WeightedPair[] {
  const candidates: WeightedPair[] = [];
  const rightByKey = new Map<string, number[]>();
  input.rightKeys.forEach((key, index) => {
    if (key === '') return;
    const list = rightByKey.get(key);
    if (list) list.push(index);
    else rightByKey.set(key, [index]);
  });
  const seen = new Map<string, number>();
  input.leftKeys.forEach((key, index) => {
    const rights = rightByKey.get(key);
    if (!rights) return;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    if (occurrence < rights.length) candidates.push({ left: index, right: rights[occurrence], similarity: 1 });
  });
  return candidates;
}

/**
 * Mutual best candidates inside a gap that score at least ANCHOR_SIMILARITY: used only to cut a gap too large for the
 * table, because a strong pair may still be one part of a merge or split that the table would have found.
 */
function strongAnchorCandidates(l0: number, l1: number, r0: number, r1: number, scorer: PairScorer, threshold: number): WeightedPair[] {
  const candidates: WeightedPair[] = [];
  const strong = Math.max(ANCHOR_SIMILARITY, threshold);
  for (let left = l0; left < l1; left++) {
    const best = scorer.candidates(left).find((right) => right >= r0 && right < r1);
    if (best === undefined || scorer.candidatesOfRight(best).find((other) => other >= l0 && other < l1) !== left) continue;
    const scored = scorer.scoreAtLeast([left], [best], strong);
    if (scored && scored.similarity >= strong) candidates.push({ left, right: best, similarity: scored.similarity });
  }
  return candidates;
}

type GapOptions = Pick<ResolvedOptions, 'threshold' | 'maxGroup'>;

function alignGap(l0: number, l1: number, r0: number, r1: number, scorer: PairScorer, options: GapOptions): AlignmentLink[] {
  const a = l1 - l0;
  const b = r1 - r0;
  if (a === 0 && b === 0) return [];
  if (a === 0 || b === 0) return unpaired(l0, l1, r0, r1);
  const candidatePairs = new Set<number>();
  const key = (left: number, right: number): number => left * (r1 + 1) + right;
  for (let left = l0; left < l1; left++) for (const right of scorer.candidates(left)) if (right >= r0 && right < r1) candidatePairs.add(key(left, right));
  for (let right = r0; right < r1; right++) for (const left of scorer.candidatesOfRight(right)) if (left >= l0 && left < l1) candidatePairs.add(key(left, right));
  if (candidatePairs.size === 0) return unpaired(l0, l1, r0, r1);
  if ((a + 1) * (b + 1) > MAX_GAP_CELLS) {
    const cuts = heaviestChain(strongAnchorCandidates(l0, l1, r0, r1, scorer, options.threshold));
    if (cuts.length === 0) return sparseChain(l0, l1, r0, r1, candidatePairs, scorer, options.threshold);
    return alignAroundAnchors(l0, l1, r0, r1, cuts, scorer, options);
  }
  return gapProgramme(l0, l1, r0, r1, (left, right) => candidatePairs.has(key(left, right)), scorer, options);
}

function unpaired(l0: number, l1: number, r0: number, r1: number): AlignmentLink[] {
  const links: AlignmentLink[] = [];
  for (let left = l0; left < l1; left++) links.push({ left: [left], right: [], similarity: 0, moved: false });
  for (let right = r0; right < r1; right++) links.push({ left: [], right: [right], similarity: 0, moved: false });
  return links;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

/** The in-order dynamic programme over one gap. Moves are encoded as (left consumed, right consumed). */
function gapProgramme(
  l0: number,
  l1: number,
  r0: number,
  r1: number,
  isCandidate: (left: number, right: number) => boolean,
  scorer: PairScorer,
  options: GapOptions,
): AlignmentLink[] {
  const a = l1 - l0;
  const b = r1 - r0;
  const width = b + 1;
  const value = new Float64Array((a + 1) * width);
  const moveLeft = new Uint8Array((a + 1) * width);
  const moveRight = new Uint8Array((a + 1) * width);
  const linkOf = new Map<number, { similarity: number; scores: AlignmentLink['scores'] }>();

  const groupGain = (leftGroup: number[], rightGroup: number[]): { gain: number; similarity: number; scores: AlignmentLink['scores'] } | null => {
    // Cheap gate first: every member must be a candidate of the single paragraph on the other side.
    const single = leftGroup.length === 1 ? { side: 'left' as const, index: leftGroup[0], members: rightGroup } : { side: 'right' as const, index: rightGroup[0], members: leftGroup };
    for (const member of single.members) {
      if (single.side === 'left' ? !isCandidate(single.index, member) : !isCandidate(member, single.index)) return null;
    }
    const scored = scorer.scoreAtLeast(leftGroup, rightGroup, options.threshold);
    if (!scored || scored.similarity < options.threshold) return null;
    if (single.members.length > 1) {
      const memberSide = single.side === 'left' ? 'right' : 'left';
      let bestMember = 0;
      let bestMeaning: number | undefined;
      for (const member of single.members) {
        if (scorer.containment(memberSide, member, [single.index]) < GROUP_MEMBER_CONTAINMENT) return null;
        if (scorer.containment(single.side, single.index, [member]) < GROUP_MEMBER_SHARE) return null;
        // A member proven below the group's score minus the margin cannot make the group lose to it: no full score needed,
        // unless the semantic gate below needs every member's meaning score (then the floor asks for the full score).
        const floor = scored.scores.semantic === undefined ? scored.similarity - GROUP_MARGIN : -Infinity;
        const alone = single.side === 'left' ? scorer.scoreAtLeast([single.index], [member], floor) : scorer.scoreAtLeast([member], [single.index], floor);
        if (alone) {
          bestMember = Math.max(bestMember, alone.similarity);
          if (alone.scores.semantic !== undefined) bestMeaning = Math.max(bestMeaning ?? 0, alone.scores.semantic);
        }
      }
      if (scored.similarity < bestMember + GROUP_MARGIN) return null;
      if (scored.scores.semantic !== undefined && bestMeaning !== undefined && scored.scores.semantic < bestMeaning + GROUP_MEANING_MARGIN) return null;
    }
    return { gain: (scored.similarity * (leftGroup.length + rightGroup.length)) / 2, similarity: scored.similarity, scores: scored.scores };
  };

  for (let x = 0; x <= a; x++) {
    for (let y = 0; y <= b; y++) {
      if (x === 0 && y === 0) continue;
      const cell = x * width + y;
      let best = -1;
      let bestLeft = 0;
      let bestRight = 0;
      const consider = (dx: number, dy: number, gain: number): void => {
        const total = value[(x - dx) * width + (y - dy)] + gain;
        // Strictly better only: ties keep the earlier-considered, simpler move (skips, then 1:1), for determinism.
        if (total > best + 1e-12) {
          best = total;
          bestLeft = dx;
          bestRight = dy;
        }
      };
      if (x > 0) consider(1, 0, 0);
      if (y > 0) consider(0, 1, 0);
      if (x > 0 && y > 0) {
        const left = l0 + x - 1;
        const right = r0 + y - 1;
        // Every 1:1, split and merge ending at this cell includes the pair (left, right): no candidate, no link.
        if (isCandidate(left, right)) {
          const pair = groupGain([left], [right]);
          if (pair) {
            consider(1, 1, pair.gain);
            linkOf.set(cell * 16 + 1 * 4 + 1, pair);
          }
          for (let k = 2; k <= options.maxGroup; k++) {
            if (x >= k) {
              const link = groupGain(range(left - k + 1, left + 1), [right]);
              if (link) {
                consider(k, 1, link.gain);
                linkOf.set(cell * 16 + k * 4 + 1, link);
              }
            }
            if (y >= k) {
              const link = groupGain([left], range(right - k + 1, right + 1));
              if (link) {
                consider(1, k, link.gain);
                linkOf.set(cell * 16 + 1 * 4 + k, link);
              }
            }
          }
        }
      }
      value[cell] = best;
      moveLeft[cell] = bestLeft;
      moveRight[cell] = bestRight;
    }
  }

  const links: AlignmentLink[] = [];
  let x = a;
  let y = b;
  while (x > 0 || y > 0) {
    const cell = x * width + y;
    const dx = moveLeft[cell];
    const dy = moveRight[cell];
    if (dx > 0 && dy > 0) {
      const link = linkOf.get(cell * 16 + dx * 4 + dy)!;
      links.push({ left: range(l0 + x - dx, l0 + x), right: range(r0 + y - dy, r0 + y), similarity: link.similarity, scores: link.scores, moved: false });
    } else if (dx > 0) {
      links.push({ left: [l0 + x - 1], right: [], similarity: 0, moved: false });
    } else {
      links.push({ left: [], right: [r0 + y - 1], similarity: 0, moved: false });
    }
    x -= dx;
    y -= dy;
  }
  return pairSandwiches(links.reverse(), scorer, options.threshold * SANDWICH_THRESHOLD_SHARE);
}

/** Pair the lone left and lone right paragraph of a run of unpaired ones between aligned neighbours (see SANDWICH_THRESHOLD_SHARE). */
function pairSandwiches(links: AlignmentLink[], scorer: PairScorer, threshold: number): AlignmentLink[] {
  return rewriteUnpairedRuns(links, (run) => {
    const lefts = run.filter((link) => link.left.length === 1);
    const rights = run.filter((link) => link.right.length === 1);
    if (lefts.length !== 1 || rights.length !== 1) return run;
    const scored = scorer.scoreAtLeast(lefts[0].left, rights[0].right, threshold);
    if (!scored || scored.similarity < threshold) return run;
    return [{ left: lefts[0].left, right: rights[0].right, similarity: scored.similarity, scores: scored.scores, moved: false }];
  });
}

/** For gaps too large for the table: the heaviest in-order chain of 1:1 candidate pairs above the threshold. */
function sparseChain(
  l0: number,
  l1: number,
  r0: number,
  r1: number,
  candidatePairs: Set<number>,
  scorer: PairScorer,
  threshold: number,
): AlignmentLink[] {
  const width = r1 + 1;
  const pairs: Array<WeightedPair & { scores: AlignmentLink['scores'] }> = [];
  for (const code of candidatePairs) {
    const left = Math.floor(code / width);
    const right = code - left * width;
    const scored = scorer.scoreAtLeast([left], [right], threshold);
    if (scored && scored.similarity >= threshold) pairs.push({ left, right, similarity: scored.similarity, scores: scored.scores });
  }
  // Several candidates per left paragraph: keep order by (left, −similarity) so the chain picks at most one per left.
  pairs.sort((p, q) => p.left - q.left || q.similarity - p.similarity || p.right - q.right);
  const chain = heaviestChain(pairs);
  const links: AlignmentLink[] = chain.map((pair) => ({ left: [pair.left], right: [pair.right], similarity: pair.similarity, scores: pair.scores, moved: false }));
  const usedLeft = new Set(chain.map((pair) => pair.left));
  const usedRight = new Set(chain.map((pair) => pair.right));
  for (let left = l0; left < l1; left++) if (!usedLeft.has(left)) links.push({ left: [left], right: [], similarity: 0, moved: false });
  for (let right = r0; right < r1; right++) if (!usedRight.has(right)) links.push({ left: [], right: [right], similarity: 0, moved: false });
  return links;
}

/**
 * Heaviest chain of pairs strictly increasing in both `left` and `right` (input sorted by `left`), at most one pair per
 * left paragraph: a Fenwick tree of prefix maxima over right positions, O(k log k). Pairs of the same left paragraph
 * are scored as one batch before any of them enters the tree, so none can follow another.
 */
function heaviestChain<T extends WeightedPair>(pairs: T[]): T[] {
  if (pairs.length === 0) return [];
  const rights = [...new Set(pairs.map((pair) => pair.right))].sort((a, b) => a - b);
  const rank = new Map(rights.map((right, index) => [right, index + 1]));
  const size = rights.length + 1;
  const treeValue = new Float64Array(size);
  const treeIndex = new Int32Array(size).fill(-1);
  const best = new Float64Array(pairs.length);
  const previous = new Int32Array(pairs.length).fill(-1);
  const query = (position: number): [number, number] => {
    let value = 0;
    let index = -1;
    for (let p = position; p > 0; p -= p & -p) if (treeValue[p] > value) [value, index] = [treeValue[p], treeIndex[p]];
    return [value, index];
  };
  let top = -1;
  let start = 0;
  while (start < pairs.length) {
    let end = start;
    while (end < pairs.length && pairs[end].left === pairs[start].left) end++;
    for (let k = start; k < end; k++) {
      const [value, index] = query(rank.get(pairs[k].right)! - 1);
      best[k] = value + pairs[k].similarity;
      previous[k] = index;
    }
    for (let k = start; k < end; k++) {
      for (let p = rank.get(pairs[k].right)!; p < size; p += p & -p) {
        if (best[k] > treeValue[p]) {
          treeValue[p] = best[k];
          treeIndex[p] = k;
        }
      }
      if (top < 0 || best[k] > best[top]) top = k;
    }
    start = end;
  }
  const chain: T[] = [];
  for (let k = top; k >= 0; k = previous[k]) chain.push(pairs[k]);
  return chain.reverse();
}

function pairMoves(links: AlignmentLink[], scorer: PairScorer, moveThreshold: number): AlignmentLink[] {
  const droppedLinks = new Map<number, AlignmentLink>();
  const newLinks = new Map<number, AlignmentLink>();
  for (const link of links) {
    if (link.right.length === 0) droppedLinks.set(link.left[0], link);
    if (link.left.length === 0) newLinks.set(link.right[0], link);
  }
  if (droppedLinks.size === 0 || newLinks.size === 0) return links;
  const options: WeightedPair[] = [];
  for (const left of droppedLinks.keys()) {
    for (const right of scorer.candidates(left)) {
      if (!newLinks.has(right)) continue;
      const scored = scorer.scoreAtLeast([left], [right], moveThreshold);
      if (scored && scored.similarity >= moveThreshold) options.push({ left, right, similarity: scored.similarity });
    }
  }
  for (const right of newLinks.keys()) {
    for (const left of scorer.candidatesOfRight(right)) {
      if (!droppedLinks.has(left)) continue;
      const scored = scorer.scoreAtLeast([left], [right], moveThreshold);
      if (scored && scored.similarity >= moveThreshold) options.push({ left, right, similarity: scored.similarity });
    }
  }
  options.sort((p, q) => q.similarity - p.similarity || p.left - q.left || p.right - q.right);
  const replaced = new Set<AlignmentLink>();
  const added: AlignmentLink[] = [];
  for (const option of options) {
    const dropped = droppedLinks.get(option.left);
    const inserted = newLinks.get(option.right);
    if (!dropped || !inserted || replaced.has(dropped) || replaced.has(inserted)) continue;
    replaced.add(dropped);
    replaced.add(inserted);
    const scored = scorer.score([option.left], [option.right]);
    added.push({ left: [option.left], right: [option.right], similarity: scored.similarity, scores: scored.scores, moved: true });
  }
  return [...links.filter((link) => !replaced.has(link)), ...added];
}

/** The unpaired paragraphs of each side, by index, with their links. */
function unpairedLinks(links: readonly AlignmentLink[]): { dropped: Map<number, AlignmentLink>; inserted: Map<number, AlignmentLink> } {
  const dropped = new Map<number, AlignmentLink>();
  const inserted = new Map<number, AlignmentLink>();
  for (const link of links) {
    if (link.right.length === 0) dropped.set(link.left[0], link);
    if (link.left.length === 0) inserted.set(link.right[0], link);
  }
  return { dropped, inserted };
}

/**
 * Wrong partner (see the module comment): a 1:1 link whose paragraph scores at least `moveThreshold` and REPAIR_MARGIN
 * more with an unpaired paragraph of the other side is relinked to it, best gain first, each paragraph once; the
 * partner it leaves becomes unpaired (and may be paired by the contained pass). A filled placeholder keeps its text.
 */
function repairPartners(links: AlignmentLink[], scorer: PairScorer, moveThreshold: number, leftKeys: readonly string[]): AlignmentLink[] {
  const { dropped, inserted } = unpairedLinks(links);
  if (dropped.size === 0 && inserted.size === 0) return links;
  const options: Array<{ link: AlignmentLink; left: number; right: number; gain: number }> = [];
  for (const link of links) {
    if (link.left.length !== 1 || link.right.length !== 1 || link.similarity === 1) continue;
    // A filled placeholder shares no word with its text by nature: its position is its evidence (see fillPlaceholders).
    if (isPlaceholderKey(leftKeys[link.left[0]])) continue;
    const floor = Math.max(moveThreshold, link.similarity + REPAIR_MARGIN);
    const [left, right] = [link.left[0], link.right[0]];
    for (const other of scorer.candidates(left)) {
      if (!inserted.has(other)) continue;
      const scored = scorer.scoreAtLeast([left], [other], floor);
      if (scored && scored.similarity >= floor) options.push({ link, left, right: other, gain: scored.similarity - link.similarity });
    }
    for (const other of scorer.candidatesOfRight(right)) {
      if (!dropped.has(other)) continue;
      const scored = scorer.scoreAtLeast([other], [right], floor);
      if (scored && scored.similarity >= floor) options.push({ link, left: other, right, gain: scored.similarity - link.similarity });
    }
  }
  if (options.length === 0) return links;
  options.sort((p, q) => q.gain - p.gain || p.left - q.left || p.right - q.right);
  const replaced = new Set<AlignmentLink>();
  const added: AlignmentLink[] = [];
  for (const option of options) {
    const unpairedLink = option.left === option.link.left[0] ? inserted.get(option.right) : dropped.get(option.left);
    if (!unpairedLink || replaced.has(option.link) || replaced.has(unpairedLink)) continue;
    replaced.add(option.link);
    replaced.add(unpairedLink);
    const scored = scorer.score([option.left], [option.right]);
    added.push({ left: [option.left], right: [option.right], similarity: scored.similarity, scores: scored.scores, moved: true });
    // The partner left behind: unpaired again.
    if (option.left === option.link.left[0]) added.push({ left: [], right: option.link.right, similarity: 0, moved: false });
    else added.push({ left: option.link.left, right: [], similarity: 0, moved: false });
  }
  return [...links.filter((link) => !replaced.has(link)), ...added];
}

/** A 1:1 link below this similarity is weak: its two paragraphs may be two positions that happen to stand in one place. */
const WEAK_LINK = 0.35;
/** A weak link is undone when another paragraph of the other side holds this much more of one side's content than its partner. */
const STRANGER_MARGIN = 0.1;
/**
 * A link below this similarity is undone when another paragraph of the other side holds at least STRANGER_FOUND of one
 * side's content with a phrase of CONTAINED_RUN words, where the partner shares none that long (78/132 PP 26 "Noting
 * also the holding of … eWeek 2023 …", 0.38 with 79/194 PP 27, is whole in 79/194 OP 22).
 */
const FOUND_LINK = 0.45;
const STRANGER_FOUND = 0.6;
/**
 * A paragraph of the other side linked at this similarity or more is kept whole in its own place: a weak link's content
 * found in it is repeated wording, not where the paragraph went (79/208 OP 2 "… expresses its support for her tenure" →
 * 80/140 OP 2 "Invites the Parties … to provide the Executive Secretary … with full support …", one position; the newer
 * paragraph's words are 0.67 in 79/208 OP 38 "Invites parties to the Convention … and invites the Executive Secretary …",
 * which stands unchanged as 80/140 OP 42).
 */
const KEPT_WHOLE = 0.9;

/**
 * Strangers: a weak 1:1 link (below WEAK_LINK, sharing no phrase of CONTAINED_RUN words) whose paragraph has its content
 * somewhere else on the other side, more than in its partner, is two different positions that stood in one place: both
 * become unpaired (dropped + new), and the contained pass may pair them with what they are. On the UN series a desk
 * officer's reading of the 79 "rewritten" digest lines found such pairs: 78/71 OP 9 "Notes the initiation of the new
 * evaluation on nervous system effects …" → 79/85 OP 10 "Also welcomes the planned initiation of the evaluation of
 * effects … on the eye" (the nervous system went into 79/85 OP 8); 78/102 PP 22 "Recalling also its decision …" →
 * 79/116 PP 22 "Noting the oral report of the Chair …" (the decision is recalled in 79/116 OP 15). A link kept in place by
 * a long shared phrase, or a filled placeholder, stays; so does one whose content is found only, without a long phrase,
 * in paragraphs kept whole in their own place (KEPT_WHOLE): the words are repeated there, the paragraph did not go there.
 * A long phrase does not hold the link when it is a formula of the text (shared as long with another paragraph) and
 * neither paragraph holds WEAK_LINK of the other: 79/144 OP 327 "Endorses the documents developed by the Group of
 * Experts … adopted by the Ad Hoc Working Group of the Whole at its eighteenth meeting" and 80/110 OP 323 "Requests
 * the Secretary-General to secure the necessary resources … as adopted by the Ad Hoc Working Group of the Whole at its
 * twenty-second meeting …" share only that formula (0.33 and 0.19 of each other). Over the 144 pairs of the UN series
 * this is the one link it undoes; without the containment floor it undid 5, among them one position shortened
 * (78/203 OP 9 → 79/170 OP 9, 0.71 of the newer in the older) and one with its report renamed (78/113 OP 1, 0.57).
 */
function unlinkStrangers(links: AlignmentLink[], scorer: PairScorer, leftKeys: readonly string[]): AlignmentLink[] {
  const undone = new Set<AlignmentLink>();
  // A phrase of `run` words is the text's formula, not this pair's own, when either paragraph shares one as long with
  // another paragraph of the other side.
  const sharesFormula = (left: number, right: number, run: number): boolean =>
    scorer.candidates(left).some((other) => other !== right && scorer.sharedRun(left, other) >= run) ||
    scorer.candidatesOfRight(right).some((other) => other !== left && scorer.sharedRun(other, right) >= run);
  const similarityOf = { left: new Map<number, number>(), right: new Map<number, number>() };
  for (const link of links) {
    if (link.left.length === 0 || link.right.length === 0) continue;
    for (const index of link.left) similarityOf.left.set(index, link.similarity);
    for (const index of link.right) similarityOf.right.set(index, link.similarity);
  }
  for (const link of links) {
    if (link.left.length !== 1 || link.right.length !== 1 || link.similarity >= FOUND_LINK) continue;
    const [left, right] = [link.left[0], link.right[0]];
    if (isPlaceholderKey(leftKeys[left])) continue;
    const run = scorer.sharedRun(left, right);
    if (run >= CONTAINED_RUN && !(sharesFormula(left, right, run) && Math.max(scorer.containment('left', left, [right]), scorer.containment('right', right, [left])) < WEAK_LINK)) continue;
    const foundElsewhere = (side: 'left' | 'right'): boolean => {
      const [index, partner] = side === 'left' ? [left, right] : [right, left];
      const inPartner = scorer.containment(side, index, [partner]);
      const others = side === 'left' ? scorer.candidates(index) : scorer.candidatesOfRight(index);
      return others.some((other) => {
        if (other === partner) return false;
        const share = scorer.containment(side, index, [other]);
        const keptWhole = (similarityOf[side === 'left' ? 'right' : 'left'].get(other) ?? 0) >= KEPT_WHOLE;
        if (link.similarity < WEAK_LINK && !keptWhole && share >= inPartner + STRANGER_MARGIN) return true;
        return share >= STRANGER_FOUND && (side === 'left' ? scorer.sharedRun(index, other) : scorer.sharedRun(other, index)) >= CONTAINED_RUN;
      });
    };
    if (foundElsewhere('left') || foundElsewhere('right')) undone.add(link);
  }
  if (undone.size === 0) return links;
  const out = links.filter((link) => !undone.has(link));
  for (const link of undone) {
    out.push({ left: link.left, right: [], similarity: 0, moved: false });
    out.push({ left: [], right: link.right, similarity: 0, moved: false });
  }
  return out;
}

/**
 * Contained (see the module comment): an unpaired paragraph found almost whole in an unpaired paragraph of the other
 * side is linked to it, the pairs holding most first, each paragraph once. The link is `moved` when it crosses a link
 * kept in reading order.
 */
function pairContained(links: AlignmentLink[], scorer: PairScorer, words: { left: readonly number[]; right: readonly number[] }): AlignmentLink[] {
  const unpaired = unpairedLinks(links);
  const { dropped, inserted } = unpaired;
  if (dropped.size === 0 || inserted.size === 0) return links;
  const options: Array<{ left: number; right: number; share: number; run: number }> = [];
  const seen = new Set<string>();
  const consider = (left: number, right: number): void => {
    const key = `${left},${right}`;
    if (seen.has(key)) return;
    seen.add(key);
    // The shorter paragraph is the one that must be found whole in the other.
    const shorterSide = words.left[left] <= words.right[right] ? 'left' : 'right';
    if (Math.min(words.left[left], words.right[right]) < CONTAINED_MIN_WORDS) return;
    const bag = shorterSide === 'left' ? scorer.containment('left', left, [right]) : scorer.containment('right', right, [left]);
    // The opening of a UN paragraph ages with its event or decision ("Looking forward to the convening" → "Welcoming the
    // convening", "Decides to extend" → "Recalls the extension"): the rest, in order, is what must be found.
    // Read in order only when half its weighted content is there at all: a word-by-word reading of every unrelated
    // candidate pair cost two unrelated 4,000-paragraph texts 29 % more time.
    if (bag < IN_ORDER_GATE) return;
    const share = bag >= CONTAINED_SHARE ? bag : shorterSide === 'left' ? scorer.orderedContainment('left', left, right, OPENING_WORDS) : scorer.orderedContainment('right', right, left, OPENING_WORDS);
    if (share < CONTAINED_SHARE) return;
    const run = scorer.sharedRun(left, right);
    if (run >= CONTAINED_RUN) options.push({ left, right, share, run });
  };
  for (const left of dropped.keys()) for (const right of scorer.candidates(left)) if (inserted.has(right)) consider(left, right);
  for (const right of inserted.keys()) for (const left of scorer.candidatesOfRight(right)) if (dropped.has(left)) consider(left, right);
  if (options.length === 0) return links;
  options.sort((p, q) => q.share - p.share || q.run - p.run || p.left - q.left || p.right - q.right);
  return linkUnpaired(links, options, unpaired, scorer);
}

/**
 * Least phrase (words in a row, word for word) by which an unpaired paragraph is found carried into an unpaired one of the
 * other side (`pairCarried`). Over the 219 FOMC statements and the 144 pairs of the UN series and drafts, the unpaired
 * pairs holding GROUP_MEMBER_CONTAINMENT of the shorter share at most 21 words in a row but one, which shares 50: different
 * positions that reuse a long formula ("a political declaration aimed at mobilizing political will at the national,
 * regional and international levels for the full and effective implementation of …", 21; "the fifth session of the
 * Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement …", 20).
 */
const CARRIED_RUN = 25;

/**
 * Carried: an unpaired paragraph whose sentence stands word for word in an unpaired paragraph of the other side (a phrase
 * of CARRIED_RUN words that no other paragraph of either side shares as long: not a formula of the text), the shorter
 * holding GROUP_MEMBER_CONTAINMENT of its content in the other, is that paragraph carried there among new sentences,
 * whatever the symmetric score says (it falls with the new sentences around it, below `moveThreshold`). FOMC 2012-08-01
 * ¶ 4 "The Committee also decided to continue through the end of the year its program to extend the average maturity of
 * its holdings of securities …" → 2012-09-13 ¶ 3 "… The Committee also will continue through the end of the year its
 * program to extend the average maturity …" (50 words in a row, 0.66 of ¶ 4, 0.49 symmetric) was read as the programme
 * dropped and a new paragraph. Longest phrase first; each paragraph once; `moved` when the link crosses one kept in
 * reading order.
 */
function pairCarried(links: AlignmentLink[], scorer: PairScorer, words: { left: readonly number[]; right: readonly number[] }): AlignmentLink[] {
  const unpaired = unpairedLinks(links);
  const { dropped, inserted } = unpaired;
  if (dropped.size === 0 || inserted.size === 0) return links;
  const options: Array<{ left: number; right: number; run: number }> = [];
  for (const left of dropped.keys()) {
    for (const right of scorer.candidates(left)) {
      if (!inserted.has(right) || Math.min(words.left[left], words.right[right]) < CONTAINED_MIN_WORDS) continue;
      const shorter = words.left[left] <= words.right[right] ? scorer.containment('left', left, [right]) : scorer.containment('right', right, [left]);
      if (shorter < GROUP_MEMBER_CONTAINMENT) continue;
      const run = scorer.sharedRun(left, right);
      if (run < CARRIED_RUN) continue;
      const formula =
        scorer.candidates(left).some((other) => other !== right && scorer.sharedRun(left, other) >= run) ||
        scorer.candidatesOfRight(right).some((other) => other !== left && scorer.sharedRun(other, right) >= run);
      if (!formula) options.push({ left, right, run });
    }
  }
  if (options.length === 0) return links;
  options.sort((p, q) => q.run - p.run || p.left - q.left || p.right - q.right);
  return linkUnpaired(links, options, unpaired, scorer);
}

/** An ordinal as the folded key writes it ("twenty eighth", "fifth", "31st"). */
const FOLDED_ORDINAL = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)|\d{1,3}(?:st|nd|rd|th)`;
/**
 * A numbered event's edition, as a folded key writes it: the ordinal, the sitting and four words of the body's name
 * ("twenty eighth session of the conference of the parties to"). Group 1: the ordinal; group 2: the rest (the event).
 */
const FOLDED_EDITION = new RegExp(`\\b(${FOLDED_ORDINAL}) ((?:session|meeting|summit|conference|forum) of the(?: \\S+){4})`, 'g');

/** The editions a folded key names ("fifth|session of the conference of the parties serving as"). */
function editionsOf(key: string): Set<string> {
  return new Set([...key.matchAll(FOLDED_EDITION)].map((match) => `${match[1]}|${match[2]}`));
}

/**
 * The opening of an event's own paragraph, as a folded key writes it: looking forward to it or deciding to hold it, or
 * welcoming or noting it as held or done (the classifier's AWAITING_OPENING and DONE_OPENING, events-held.ts).
 */
const EVENT_OPENING =
  /^(?:(?:also|further|furthermore) )?(?:look(?:s|ing) forward(?: (?:also|further))? to|decides to (?:convene|hold|organize)|(?:welcom(?:es|ing)|not(?:es|ing)|tak(?:es|ing) note of)(?: (?:also|further|with (?:appreciation|satisfaction)))? (?:the )?(?:successful )?(?:convening|holding|hosting|establishment|creation|launch|organization|conclusion|outcomes?|results)\b|express(?:es|ing) (?:its |their )?(?:deep |sincere )?(?:appreciation|gratitude) to .{0,80}? for (?:hosting|convening|organizing))/;

/**
 * Same edition (round 17, trial 17-a D1): an in-order link between two paragraphs naming different editions of the
 * same numbered events, none shared, gives way to an unpaired paragraph of the other side naming every edition the
 * linked paragraph names, opening as the event's own paragraph does (`EVENT_OPENING`), and scoring at least the
 * threshold with it. A yearly text looks forward to the next session
 * of a body, then welcomes it as held, and looks forward to the one after: with one paragraph more on one side, the
 * in-order pass pairs each paragraph with the next one of its formula (Climate 78/153 → 79/206: "Looks forward to …
 * the twenty-eighth session" → "Looks forward to … the thirtieth session", while 79/206 OP 37 welcomes the twenty-eighth
 * as held). The event is the paragraph's identity, not its formula: the link is relinked to the same edition's
 * paragraph and the partner left unpaired. Each paragraph once; the link is `moved` when it crosses another.
 */
function pairSameEdition(links: AlignmentLink[], scorer: PairScorer, keys: { left: readonly string[]; right: readonly string[] }, threshold: number): AlignmentLink[] {
  const { dropped, inserted } = unpairedLinks(links);
  if (dropped.size === 0 && inserted.size === 0) return links;
  const eventsOf = (editions: Set<string>): Set<string> => new Set([...editions].map((edition) => edition.split('|')[1]));
  const options: Array<{ link: AlignmentLink; left: number; right: number; similarity: number }> = [];
  for (const link of links) {
    if (link.left.length !== 1 || link.right.length !== 1) continue;
    const [left, right] = [link.left[0], link.right[0]];
    const [older, newer] = [editionsOf(keys.left[left]), editionsOf(keys.right[right])];
    if (older.size === 0 || newer.size === 0 || [...older].some((edition) => newer.has(edition))) continue;
    const newerEvents = eventsOf(newer);
    if (![...eventsOf(older)].some((event) => newerEvents.has(event))) continue;
    const consider = (otherLeft: number, otherRight: number, wanted: Set<string>, side: 'left' | 'right'): void => {
      const candidate = side === 'right' ? keys.right[otherRight] : keys.left[otherLeft];
      // The candidate must be the event's own paragraph (a look-forward or a record of it as held), not one that only
      // names the edition (review 17 A1: "Notes with serious concern that the NDCs communicated ahead of the thirtieth
      // session … fall far short" took the look-forward to the thirtieth session from its successor).
      if (!EVENT_OPENING.test(candidate)) return;
      const found = editionsOf(candidate);
      if (![...wanted].every((edition) => found.has(edition))) return;
      const scored = scorer.scoreAtLeast([otherLeft], [otherRight], threshold);
      if (scored && scored.similarity >= threshold) options.push({ link, left: otherLeft, right: otherRight, similarity: scored.similarity });
    };
    for (const other of inserted.keys()) consider(left, other, older, 'right');
    for (const other of dropped.keys()) consider(other, right, newer, 'left');
  }
  if (options.length === 0) return links;
  options.sort((p, q) => q.similarity - p.similarity || p.left - q.left || p.right - q.right);
  const inOrder = links.filter((link) => !link.moved && link.left.length > 0 && link.right.length > 0);
  const crosses = (left: number, right: number): boolean => inOrder.some((link) => link.left[0] < left !== link.right[0] < right);
  const replaced = new Set<AlignmentLink>();
  const added: AlignmentLink[] = [];
  for (const option of options) {
    const keepsLeft = option.left === option.link.left[0];
    const unpairedLink = keepsLeft ? inserted.get(option.right) : dropped.get(option.left);
    if (!unpairedLink || replaced.has(option.link) || replaced.has(unpairedLink)) continue;
    replaced.add(option.link);
    replaced.add(unpairedLink);
    const scored = scorer.score([option.left], [option.right]);
    added.push({ left: [option.left], right: [option.right], similarity: scored.similarity, scores: scored.scores, moved: crosses(option.left, option.right) });
    // The partner left behind: unpaired again.
    added.push(keepsLeft ? { left: [], right: option.link.right, similarity: 0, moved: false } : { left: option.link.left, right: [], similarity: 0, moved: false });
  }
  return [...links.filter((link) => !replaced.has(link)), ...added];
}

/** A month's name as the folded key writes it. */
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/**
 * A span of days with its year, as a folded key writes it: "23 to 27 june 2025", "30 june to 3 july 2025",
 * "9 and 10 september 2023". A span is when an event is held; a single date is as often a citation's ("resolution 2254
 * 2015 of 18 december 2015"), which dates a document, not an event.
 */
const DATED_SPAN = new RegExp(`\\b\\d{1,2}(?: ${MONTH})? (?:to|and) \\d{1,2} ${MONTH} (?:19|20)\\d\\d\\b`, 'g');
/** Least phrase (words in a row) an event's two paragraphs must share beside its span: its name, or a piece of it ("the preparatory meeting of States"). */
const EVENT_RUN = 5;

/**
 * Dated events: an unpaired paragraph and an unpaired paragraph of the other side that name the same span of days with
 * its year, and share a phrase of EVENT_RUN words, are one event's paragraph as it moved on: looked forward to or decided,
 * then welcomed as held. Its words change with the event ("Looks forward to …, to be held in Spain from 30 June to 3 July
 * 2025" → "Welcoming the convening of … from 30 June to 3 July 2025 in Sevilla, Spain, and reaffirming its outcome …";
 * "Decides to convene the preparatory meeting of States in New York from 23 to 27 June 2025, to explore …" →
 * "Welcoming the successful convening of the Preparatory Meeting of States …, held from 23 to 27 June 2025"), often from
 * an operative paragraph to a preambular one, so no score finds it: the dates do. Over the 144 pairs of the UN series and
 * drafts the pass links 4 such pairs, each read as one event (A/RES/79/197 PP 6 → 80/123 PP 5, 79/218 OP 14 → 80/150
 * PP 9, 79/221 PP 7 → 80/153 PP 7, 79/54 OP 6 → 80/43 PP 2); a single date shared (a resolution's) links none. Pairs
 * sharing more spans, then a longer phrase, first; each paragraph once. The link is `moved` when it crosses a link kept
 * in reading order.
 */
function pairDatedEvents(links: AlignmentLink[], scorer: PairScorer, keys: { left: readonly string[]; right: readonly string[] }): AlignmentLink[] {
  const unpaired = unpairedLinks(links);
  const { dropped, inserted } = unpaired;
  if (dropped.size === 0 || inserted.size === 0) return links;
  const spansOf = (key: string): Set<string> => new Set(key.match(DATED_SPAN) ?? []);
  const rightSpans = new Map<number, Set<string>>();
  for (const right of inserted.keys()) {
    const spans = spansOf(keys.right[right]);
    if (spans.size > 0) rightSpans.set(right, spans);
  }
  if (rightSpans.size === 0) return links;
  const options: Array<{ left: number; right: number; shared: number; run: number }> = [];
  for (const left of dropped.keys()) {
    const spans = spansOf(keys.left[left]);
    if (spans.size === 0) continue;
    for (const [right, other] of rightSpans) {
      const shared = [...spans].filter((span) => other.has(span)).length;
      if (shared === 0) continue;
      // The span itself is words both share: the phrase must be found beside it (the event's name).
      const run = longestSharedRun(keys.left[left].replace(DATED_SPAN, '\u0000l'), keys.right[right].replace(DATED_SPAN, '\u0000r'));
      if (run >= EVENT_RUN) options.push({ left, right, shared, run });
    }
  }
  if (options.length === 0) return links;
  options.sort((p, q) => q.shared - p.shared || q.run - p.run || p.left - q.left || p.right - q.right);
  return linkUnpaired(links, options, unpaired, scorer);
}

/**
 * A yearly event's edition named by its year, as a folded key writes it: three words before the year, the year, then up to
 * four words of the event's name ending in what recurs ("the theme for the 2023 world maritime day"). Groups: the words
 * before, the year, the name.
 */
const YEARLY_EDITION = /\b((?:[a-z]+ ){2}[a-z]+) ((?:19|20)\d\d) ((?:[a-z]+ ){0,3}(?:day|week|month|year|decade|forum|summit|conference|congress|festival|games|expo))\b/g;
/** The most years an edition may move on between two texts of a series (most are yearly, some biennial or triennial). */
const EDITION_STEP = 3;

/**
 * Yearly editions: an unpaired paragraph and an unpaired paragraph of the other side that name an edition of the same
 * recurring event in the same words ("the theme for the 2023 World Maritime Day" → "the theme for the 2024 World
 * Maritime Day"), the newer a later year within EDITION_STEP, are the same paragraph of a recurring text, its edition
 * moved on: "Further notes, in this regard, the theme for the 2023 World Maritime Day, “MARPOL at 50 – Our commitment
 * goes on”" (Oceans 78/69 OP 234) and "Notes the theme for the 2024 World Maritime Day, “Navigating the future: safety
 * first!”" (79/144 OP 155) share little besides (the theme's words are the year's; they scored 0.31), and were reported
 * dropped and new (round 16). The three words before the year say what the paragraph does with the edition: "welcomes
 * the holding of the 2023 …" and "notes the theme for the 2024 …" are not paired. Nearest years first; each paragraph
 * once; `moved` when the link crosses one kept in reading order.
 */
function pairYearlyEditions(links: AlignmentLink[], scorer: PairScorer, keys: { left: readonly string[]; right: readonly string[] }): AlignmentLink[] {
  const unpaired = unpairedLinks(links);
  const { dropped, inserted } = unpaired;
  if (dropped.size === 0 || inserted.size === 0) return links;
  const editionsOf = (key: string): Array<{ frame: string; year: number }> =>
    [...key.matchAll(YEARLY_EDITION)].map((match) => ({ frame: `${match[1]} \u0000 ${match[3]}`, year: Number(match[2]) }));
  const rightEditions = new Map<number, Array<{ frame: string; year: number }>>();
  for (const right of inserted.keys()) {
    const editions = editionsOf(keys.right[right]);
    if (editions.length > 0) rightEditions.set(right, editions);
  }
  if (rightEditions.size === 0) return links;
  const options: Array<{ left: number; right: number; step: number }> = [];
  for (const left of dropped.keys()) {
    const editions = editionsOf(keys.left[left]);
    if (editions.length === 0) continue;
    for (const [right, other] of rightEditions) {
      let step = Infinity;
      for (const older of editions)
        for (const newer of other)
          if (older.frame === newer.frame && newer.year > older.year && newer.year - older.year <= EDITION_STEP) step = Math.min(step, newer.year - older.year);
      if (step !== Infinity) options.push({ left, right, step });
    }
  }
  if (options.length === 0) return links;
  options.sort((p, q) => p.step - q.step || p.left - q.left || p.right - q.right);
  return linkUnpaired(links, options, unpaired, scorer);
}

/** The formula that opens a list of recalled resolutions, as a folded key writes it (group 1: the verb). */
const RECALLED_OPENING = /^((?:recalling|recalls|reaffirming|reaffirms)(?: also| further)?) (?:its |all its )?resolutions? /;
/** One resolution of such a list, as a folded key writes it: "58 203 of 23 december 2003", "and 78 137". */
const RECALLED_ITEM = /\b(?:and )?\d{1,3} \d{1,4}(?: of \d{1,2} [a-z]+ (?:19|20)\d\d)?\b/g;
/** The fewest resolutions a list must name for its symbols to outweigh the words of its paragraph. */
const RECALLED_LIST_ITEMS = 5;
/** The words that fold a list of resolutions into one mention: "and its previous resolutions on …". */
const PREVIOUS_RESOLUTIONS = /\b(?:its|all) (?:previous|earlier|prior) resolutions\b/;

/** The words of a recalled list's paragraph once its opening and its resolutions are taken out, and how many it names. */
interface RecalledList {
  verb: string;
  items: number;
  rest: string[];
}

function recalledList(key: string): RecalledList | null {
  const opening = RECALLED_OPENING.exec(key);
  if (opening === null) return null;
  const body = key.slice(opening[0].length);
  const items = body.match(RECALLED_ITEM)?.length ?? 0;
  return { verb: opening[1], items, rest: body.replace(RECALLED_ITEM, ' ').split(' ').filter(Boolean) };
}

/**
 * A recalled list condensed (external debt 79/197 → 80/123 PP 1, a desk officer's reading, session 13): "Recalling its
 * resolutions 58/203 of 23 December 2003, 59/223 of 22 December 2004, … and 78/137 of 19 December 2023," became
 * "Recalling its resolution 79/197 of 19 December 2024 and its previous resolutions on external debt sustainability and
 * development,". The list's symbols and dates are nearly all the older paragraph's words and are no longer written, so
 * the two scored below every floor and were reported dropped and new, with a reference removed for each resolution no
 * longer listed one by one. An unpaired paragraph and an unpaired paragraph of the other side are one paragraph when
 * both open with the same formula of recalled resolutions (`RECALLED_OPENING`, the same verb), one of them is a list of
 * at least RECALLED_LIST_ITEMS resolutions and nothing besides that the other does not say, the other folds the list
 * into "its previous resolutions" (`PREVIOUS_RESOLUTIONS`), and the link keeps reading order (a recalled list is not
 * moved across the text). Each paragraph once, the first such pair in the older text's order first.
 */
function pairRecalledLists(links: AlignmentLink[], scorer: PairScorer, keys: { left: readonly string[]; right: readonly string[] }): AlignmentLink[] {
  const unpaired = unpairedLinks(links);
  const { dropped, inserted } = unpaired;
  if (dropped.size === 0 || inserted.size === 0) return links;
  const inOrder = links.filter((link) => !link.moved && link.left.length > 0 && link.right.length > 0);
  const crosses = (left: number, right: number): boolean => inOrder.some((link) => link.left[0] < left !== link.right[0] < right);
  const options: Array<{ left: number; right: number }> = [];
  for (const left of [...dropped.keys()].sort((a, b) => a - b)) {
    const older = recalledList(keys.left[left]);
    if (older === null) continue;
    for (const right of [...inserted.keys()].sort((a, b) => a - b)) {
      const newer = recalledList(keys.right[right]);
      if (newer === null || newer.verb !== older.verb || crosses(left, right)) continue;
      const condensed = (list: RecalledList, other: string, otherList: RecalledList): boolean =>
        list.items >= RECALLED_LIST_ITEMS && list.items > otherList.items && PREVIOUS_RESOLUTIONS.test(other) && list.rest.every((word) => other.split(' ').includes(word));
      if (condensed(older, keys.right[right], newer) || condensed(newer, keys.left[left], older)) options.push({ left, right });
    }
  }
  return options.length === 0 ? links : linkUnpaired(links, options, unpaired, scorer);
}

/**
 * Folded in (merges and splits the gap pass misses): an unpaired paragraph, at least CONTAINED_MIN_WORDS long, with
 * GROUP_MEMBER_CONTAINMENT of its content in a paragraph of the other side already linked 1:1, sharing with it a phrase
 * of CONTAINED_RUN words that the partner does not bring (`ownSharedRun`), and explaining GROUP_MEMBER_SHARE of that
 * paragraph's content that its partner does not, is a part of that link: a dropped paragraph becomes a source of a merge
 * (sources ascending, `order` saying in which order the merged paragraph reads them), a new paragraph a part of a split
 * when it stands next to the partner and opens with words of its source (`opensWithin`; a new opening is a new position).
 * The gap pass joins neighbours in reading order only, so a paragraph folded into one far from it was reported dropped
 * and its words as added to the other: "Recalling that the Sustainable Development Goals … are integrated and indivisible
 * …" joined to "Expressing deep concern that reaching the midpoint …" 18 paragraphs before it; a clause cut from a
 * paragraph that took a new one ("Decision C-25/DEC.9 …; and stresses the importance of their implementation …" →
 * "Decision C-25/DEC.9 …;" and "Decision C-28/DEC.12 …; and stresses the importance …") paired the new clause with the
 * old. The phrase of its own and the gain keep out a paragraph that only repeats what the partner already says (a
 * formula, a shared reference, a group's composition restated). Best gain first; a group grows to `maxGroup` at most.
 * An older paragraph next to the link's source (the link in reading order) needs no phrase: its position corroborates,
 * as in the gap pass, whose merge it is but for GROUP_MARGIN (the merged paragraph also took new words, so the group
 * scores little or no more than the source alone). FOMC 2018-12-19 ¶ 2 + ¶ 3 "… the Committee decided to raise the
 * target range … to 2-1/4 to 2-1/2 percent" → 2019-01-30 ¶ 2 "… In support of these goals, the Committee decided to
 * maintain the target range … at 2-1/4 to 2-1/2 percent …" (0.82 of ¶ 3 in ¶ 2, a phrase of 8 words; group 0.55 against
 * 0.51 alone) was read as the rate decision dropped and a decision and a range added to ¶ 2. Over the 219 FOMC
 * statements and the 144 pairs of the UN series and drafts, the dropped paragraphs next to a linked source holding
 * GROUP_MEMBER_CONTAINMENT of their content in its partner and GROUP_MEMBER_SHARE of the gain are four, each read as a
 * merge (79/144 PP 12 + PP 13 → 80/110 PP 12, the 2025 Ocean Conference decided then endorsed; 79/161 OP 79 + OP 80 →
 * 80/193 OP 83; 79/181 PP 16 + PP 17 → 80/220 PP 14); those below the gain (0.14 and less) restate what the source says.
 */
function absorbFoldedIn(
  links: AlignmentLink[],
  scorer: PairScorer,
  words: { left: readonly number[]; right: readonly number[] },
  keys: { left: readonly string[]; right: readonly string[] },
  maxGroup: number,
  side: 'left' | 'right',
): AlignmentLink[] {
  const { dropped, inserted } = unpairedLinks(links);
  const loose = side === 'left' ? dropped : inserted;
  if (loose.size === 0) return links;
  const other = side === 'left' ? 'right' : 'left';
  // A 1:1 link by the index of its paragraph on the other side (a filled placeholder keeps its text alone).
  const pairOf = new Map<number, AlignmentLink>();
  for (const link of links) if (link.left.length === 1 && link.right.length === 1 && !isPlaceholderKey(keys.left[link.left[0]])) pairOf.set(link[other][0], link);
  const options: Array<{ index: number; target: number; gain: number }> = [];
  for (const index of loose.keys()) {
    if (words[side][index] < CONTAINED_MIN_WORDS) continue;
    for (const target of side === 'left' ? scorer.candidates(index) : scorer.candidatesOfRight(index)) {
      const link = pairOf.get(target);
      if (!link || words[other][target] === 0) continue;
      const partners = link[side];
      const gain = scorer.containment(other, target, [...partners, index].sort((p, q) => p - q)) - scorer.containment(other, target, partners);
      // A newer paragraph next to the link's, holding what its partner lacks of the older one, is the split's part though
      // reworded below GROUP_MEMBER_CONTAINMENT (`completesSplit`).
      const completesSplitPart = side === 'right' && Math.abs(index - partners[0]) === 1 && opensAsPreamble(keys.left[target]) && opensAsPreamble(keys.right[index]) && completesSplit(index, target, partners, gain, scorer);
      if (scorer.containment(side, index, [target]) < GROUP_MEMBER_CONTAINMENT && !completesSplitPart) continue;
      const subsumed = side === 'left' && isSubsumed(index, target, partners, scorer, keys);
      // An older paragraph next to the link's source, the link in reading order, is where the gap pass would have merged
      // it: its position is the evidence a phrase of its own gives a paragraph from afar (see the comment above).
      const adjacent = side === 'left' && !link.moved && (index === partners[0] - 1 || index === partners[0] + 1);
      const completes = adjacent && completesMerge(index, target, partners, gain, scorer);
      if (gain < GROUP_MEMBER_SHARE && !subsumed && !completes && !isCutSentence(side, index, link, scorer, keys)) continue;
      if (!adjacent && !subsumed) {
        const run = side === 'left' ? scorer.sharedRun(index, target) : scorer.sharedRun(target, index);
        if (run < CONTAINED_RUN) continue;
        if (ownSharedRun(keys[side][index], keys[other][target], partners.map((partner) => keys[side][partner])) < CONTAINED_RUN) continue;
      }
      // A split's part stands next to its partner: a clause cut off, not carried elsewhere (that is a new paragraph
      // beside a changed one, and a split's parts read in the newer order must stand together).
      if (side === 'right' && (Math.abs(index - partners[0]) !== 1 || (!opensWithin(keys.right[index], keys.left[target]) && !completesSplitPart))) continue;
      options.push({ index, target, gain });
    }
  }
  if (options.length === 0) return links;
  options.sort((p, q) => q.gain - p.gain || p.index - q.index || p.target - q.target);
  const partsOf = new Map<number, number[]>();
  const taken = new Set<number>();
  for (const option of options) {
    if (taken.has(option.index)) continue;
    const parts = partsOf.get(option.target) ?? [...pairOf.get(option.target)![side]];
    if (parts.length >= maxGroup) continue;
    parts.push(option.index);
    partsOf.set(option.target, parts);
    taken.add(option.index);
  }
  const replaced = new Set<AlignmentLink>();
  const added: AlignmentLink[] = [];
  for (const [target, joined] of partsOf) {
    replaced.add(pairOf.get(target)!);
    for (const part of joined) if (loose.has(part)) replaced.add(loose.get(part)!);
    const parts = withoutStrangerPartner(joined, pairOf.get(target)![side], target, side, scorer);
    for (const partner of joined) if (!parts.includes(partner)) added.push(side === 'left' ? { left: [partner], right: [], similarity: 0, moved: false } : { left: [], right: [partner], similarity: 0, moved: false });
    if (parts.length === 1 && !pairOf.get(target)![side].includes(parts[0])) {
      // The paragraph that joined is the link's whole other side now: a 1:1 link, moved where it crosses the others.
      const [left, right] = side === 'left' ? [parts, [target]] : [[target], parts];
      const scored = scorer.score(left, right);
      added.push({ left, right, similarity: scored.similarity, scores: scored.scores, moved: crossesInOrder(links, left[0], right[0]) });
      continue;
    }
    const ascending = [...parts].sort((p, q) => p - q);
    const [left, right] = side === 'left' ? [ascending, [target]] : [[target], ascending];
    const scored = scorer.score(left, right);
    const link: AlignmentLink = { left, right, similarity: scored.similarity, scores: scored.scores, moved: pairOf.get(target)!.moved };
    if (side === 'left') {
      // The order the merged paragraph reads its sources: where each source starts in it.
      const start = new Map(parts.map((part) => [part, sharedRunStart(keys.left[part], keys.right[target])]));
      const order = [...ascending].sort((p, q) => start.get(p)! - start.get(q)! || p - q);
      if (order.some((part, k) => part !== ascending[k])) link.order = order;
    }
    added.push(link);
  }
  return [...links.filter((link) => !replaced.has(link)), ...added];
}

/**
 * The parts of a merge (or a split) that `absorbFoldedIn` built, less the link's own partner when it was a stranger: a
 * paragraph the in-order pass linked for want of the right one, which scores below the paragraph that joined it and,
 * beside it, brings the target under GROUP_MEMBER_SHARE of its content. 73/266 PP 10 "Welcoming the effective work of
 * the Group of Governmental Experts … and the 2010, 2013 and 2015 reports" stood in order where 78/16 PP 8 "Calling upon
 * Member States to be guided … by the … 2010, 2013, 2015 and 2021 groups of governmental experts …" stands, and OP 1 (a)
 * "To be guided in their use of information and communications technologies by the 2010, 2013 and 2015 reports …" then
 * joined it (0.41 alone against PP 10's 0.31; PP 10 added 0.01 of PP 8 to it): "PP 10 + OP 1 (a) → PP 8 (merged),
 * commitment strengthened: welcome → call upon" (trial 21-b D3) read a welcome into the call upon Member States. PP 10
 * is dropped, OP 1 (a) alone is PP 8's source. Only with the group scoring more without the partner.
 */
function withoutStrangerPartner(parts: readonly number[], partners: readonly number[], target: number, side: 'left' | 'right', scorer: PairScorer): number[] {
  const joined = parts.filter((part) => !partners.includes(part));
  if (partners.length !== 1 || joined.length === 0) return [...parts];
  const other = side === 'left' ? 'right' : 'left';
  const group = (members: readonly number[]): [number[], number[]] => (side === 'left' ? [[...members].sort((p, q) => p - q), [target]] : [[target], [...members].sort((p, q) => p - q)]);
  const alone = (member: number): number => scorer.score(...group([member])).similarity;
  const partner = partners[0];
  const partnerGain = scorer.containment(other, target, [...parts].sort((p, q) => p - q)) - scorer.containment(other, target, joined.sort((p, q) => p - q));
  if (partnerGain >= GROUP_MEMBER_SHARE || !joined.some((part) => alone(part) > alone(partner))) return [...parts];
  return scorer.score(...group(joined)).similarity > scorer.score(...group(parts)).similarity ? joined : [...parts];
}

/** True when a paragraph's key opens with a participle, as a preambular paragraph does ("confirming", "reaffirming"). */
function opensAsPreamble(key: string): boolean {
  return /^\p{L}{3,}ing\b/u.test(key);
}

/** Least share of the older paragraph a split's parts hold together for `completesSplit`: most of it. */
const SPLIT_WHOLE = 0.8;
/** Least share of a completing part's own content found in the older paragraph (`completesSplit`): a part reworded, not a new paragraph. */
const SPLIT_PART_KEPT = 0.4;

/**
 * A new paragraph next to a 1:1 link's newer paragraph that completes the split of the older one: with the partner it
 * holds SPLIT_WHOLE of it, brings at least half (and GROUP_MEMBER_SHARE) of what the partner alone lacks, has
 * SPLIT_PART_KEPT of its own content there, and shares a phrase of CONTAINED_RUN words with it; both open with a participle.
 * A preambular paragraph cut in two needs an opening participle for its second half, and the half is often reworded: 73/266 PP 12 "Confirming the
 * conclusions of the Group …, that international law … is applicable …, that voluntary and non-binding norms … can reduce
 * risks to international peace, security and stability, and that, given the unique attributes of such technologies,
 * additional norms can be developed over time" → 78/16 PP 9 "Recalling the conclusion … that international law … is
 * applicable …" + PP 10 "Reaffirming that voluntary, non-binding norms … can reduce risks to international peace,
 * security and stability, … given the unique attributes …, additional norms could be developed over time and, separately,
 * noting …" (trial 21-b D3: PP 9 0.42 of PP 12, with PP 10 0.86; PP 10 0.49 its own): it was read as the norms dropped from
 * PP 9 and a new PP 10. An operative paragraph or list item restated under a verb of its own ("Acknowledges with
 * appreciation … decision 12/3 …" beside the item "Decision 12/3 …") states a new position and stays new (`opensWithin`).
 */
function completesSplit(index: number, target: number, partners: readonly number[], gain: number, scorer: PairScorer): boolean {
  const partnerShare = scorer.containment('left', target, partners);
  if (gain < GROUP_MEMBER_SHARE || partnerShare + gain < SPLIT_WHOLE || gain < (1 - partnerShare) / 2) return false;
  return scorer.containment('right', index, [target]) >= SPLIT_PART_KEPT && scorer.sharedRun(target, index) >= CONTAINED_RUN;
}

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const YEAR = /^(?:19|20)\d\d$/;

/**
 * What a line without a word of prose is: `date` (figures and month names with a year: "11-11-2024", "10 November
 * 2024"), `figures` (figures alone: "11/47", "2 15"), or null for a paragraph with words ("11 Page", "C-11", "Page 11 of
 * 85"), read from its folded key.
 */
function bareLineOf(key: string): 'date' | 'figures' | null {
  const tokens = key.split(' ').filter((token) => token !== '');
  if (tokens.length === 0 || !tokens.every((token) => /^\d+$/.test(token) || MONTHS.has(token))) return null;
  return tokens.some((token) => YEAR.test(token)) ? 'date' : tokens.some((token) => MONTHS.has(token)) ? null : 'figures';
}

/**
 * Links of a bare date or figure line (`bareLineOf`) to a paragraph of another kind are no links: the line pairs with a
 * date line (a date moved on), figures with figures, and with a paragraph of words only where that paragraph names the
 * same year or month ("11 November 2024" → "Sochi, 10 November 2024"). A statement's date line "11-11-2024" paired with
 * page furniture of 15 national strategies ("C-11", "11/47", "Page 11 of 85(", "1,1%", "-11 fold"; trial 21-b D9) on the
 * characters of "11" alone, each read as a substantive change. Both paragraphs are left unpaired. Two date lines still
 * pair whatever their figures (a yearly speech's date line moves on with the year: the USA speeches 2005–2024 history
 * keeps them), so Slovakia 2008's table cell "30. 11. 2008" still pairs with the statement's date.
 */
function unlinkBareLines(links: AlignmentLink[], keys: { left: readonly string[]; right: readonly string[] }): AlignmentLink[] {
  const bareOf = (link: AlignmentLink): ['date' | 'figures' | null, 'date' | 'figures' | null] => [bareLineOf(keys.left[link.left[0]] ?? ''), bareLineOf(keys.right[link.right[0]] ?? '')];
  const namesAlike = (a: string, b: string): boolean => {
    const named = new Set(b.split(' '));
    return a.split(' ').some((token) => (YEAR.test(token) || MONTHS.has(token)) && named.has(token));
  };
  const stray = (link: AlignmentLink): boolean => {
    if (link.left.length !== 1 || link.right.length !== 1) return false;
    const [older, newer] = [keys.left[link.left[0]], keys.right[link.right[0]]];
    const [olderBare, newerBare] = bareOf(link);
    if (olderBare === null && newerBare === null) return false;
    if (older === newer) return false;
    if (olderBare !== null && newerBare !== null) return olderBare !== newerBare;
    return olderBare !== null ? !namesAlike(older, newer) : !namesAlike(newer, older);
  };
  if (!links.some(stray)) return links;
  return links.flatMap((link) => (stray(link) ? [{ left: link.left, right: [], similarity: 0, moved: false }, { left: [], right: link.right, similarity: 0, moved: false }] : [link]));
}

/** True when a link of `left` to `right` crosses an in-order link (one older paragraph before, its newer one after, or the reverse). */
function crossesInOrder(links: readonly AlignmentLink[], left: number, right: number): boolean {
  return links.some((link) => !link.moved && link.left.length > 0 && link.right.length > 0 && ((link.left[0] < left && link.right[0] > right) || (link.left[0] > left && link.right[0] < right)));
}

/** Least share of a chapeau's content found in the paragraph it joins (`absorbChapeaux`): its words, all of them. */
const CHAPEAU_KEPT = 0.9;

/**
 * A chapeau left unpaired ("Calls upon Member States:") whose next paragraph, its first item, is linked to one paragraph
 * of the other side that holds the chapeau's words: the item was raised into a paragraph of its own with its chapeau
 * (or, read the other way, a paragraph cut into a chapeau and its items), and the chapeau joins the link. 73/266 OP 1
 * "Calls upon Member States:" + OP 1 (a) "To be guided in their use of …" → 78/16 PP 8 "Calling upon Member States to be
 * guided in their use of …" (trial 21-b D3) was read as OP 1 dropped, the call upon Member States lost. A chapeau is
 * too short for the other passes (fewer than CONTAINED_MIN_WORDS words); its colon and its place say what it is.
 */
function absorbChapeaux(links: AlignmentLink[], scorer: PairScorer, chapeaux: { left: readonly boolean[]; right: readonly boolean[] }, maxGroup: number, side: 'left' | 'right'): AlignmentLink[] {
  const { dropped, inserted } = unpairedLinks(links);
  const loose = side === 'left' ? dropped : inserted;
  const other = side === 'left' ? 'right' : 'left';
  const linkOf = new Map<number, AlignmentLink>();
  for (const link of links) if (link[other].length === 1) for (const index of link[side]) linkOf.set(index, link);
  const replaced = new Set<AlignmentLink>();
  const added: AlignmentLink[] = [];
  for (const [index, unpairedLink] of loose) {
    const link = linkOf.get(index + 1);
    if (!chapeaux[side][index] || link === undefined || replaced.has(link) || link[side].length >= maxGroup || link[side][0] !== index + 1) continue;
    const target = link[other][0];
    if (chapeaux[other][target] || scorer.containment(side, index, [target]) < CHAPEAU_KEPT) continue;
    const members = [index, ...link[side]];
    const [left, right] = side === 'left' ? [members, link.right] : [link.left, members];
    const scored = scorer.score(left, right);
    replaced.add(link).add(unpairedLink);
    added.push({ left, right, similarity: scored.similarity, scores: scored.scores, moved: link.moved, ...(side === 'left' && link.order ? { order: [index, ...link.order] } : {}) });
  }
  return replaced.size === 0 ? links : [...links.filter((link) => !replaced.has(link)), ...added];
}

/** Least share of the merged paragraph's content its sources must hold together for `completesMerge`: all of it, but for rounding and a word. */
const MERGED_WHOLE = 0.95;
/** Least share of a completing source's own content found in the merged paragraph (`completesMerge`): its words are kept there. */
const COMPLETING_KEPT = 0.75;
/** Least share of the merged paragraph's content a completing source brings that its partner lacks: more than a stray word. */
const COMPLETING_GAIN = 0.1;

/**
 * A dropped paragraph next to a 1:1 link's source that completes the newer paragraph: with the source it holds
 * MERGED_WHOLE of it, brings at least half (and COMPLETING_GAIN) of what the source alone lacks, and has COMPLETING_KEPT
 * of its own content there. Two paragraphs of one formula joined into one ("Recalling the work related to the Fourth
 * Special Session … 2018" + "Recalling also the work related to the Fifth Special Session … 2023" → "Recalling the work
 * related to the Fourth and Fifth Special Sessions … in 2018 and 2023", CW 79/56 PP 7 + PP 8 → 80/34 PP 8, trial 20-a
 * D6) add little to each other, so the dropped one's gain stays under GROUP_MEMBER_SHARE (0.13: "Fourth" and "2018"),
 * and the group scores below the source alone (0.63 against 0.82: the formula counted twice): it was reported dropped
 * and the merged paragraph modified. What it brings is all the newer paragraph lacks: it was merged, not dropped. Over
 * the 144 pairs of the UN series the adjacent dropped paragraphs holding GROUP_MEMBER_CONTAINMENT of their content in
 * the link's newer paragraph, under GROUP_MEMBER_SHARE of gain and not subsumed are 7; this is the one that completes
 * it (the others bring nothing the partner lacks, 3, or leave the newer paragraph 0.33–0.81 held, with gains 0.05–0.09).
 */
function completesMerge(index: number, target: number, partners: readonly number[], gain: number, scorer: PairScorer): boolean {
  const partnerShare = scorer.containment('right', target, partners);
  if (gain < COMPLETING_GAIN || partnerShare + gain < MERGED_WHOLE || gain < (1 - partnerShare) / 2) return false;
  return scorer.containment('left', index, [target]) >= COMPLETING_KEPT;
}

/**
 * Least share of a dropped paragraph's content (IDF-weighted) in a newer paragraph for `isSubsumed`. DPRK 79/181
 * OP 2 (a) (xiii) in 80/220 OP 2 (a) (viii): 1.0.
 */
const SUBSUMED_SHARE = 0.9;

/**
 * A dropped paragraph taken whole into the newer paragraph of a 1:1 link, whose wording the newer paragraph adopts: at
 * least SUBSUMED_SHARE of its content there, and a phrase of CONTAINED_RUN words word for word that no partner of the
 * link holds whole (the newer text reads the dropped paragraph's phrase, not the partner's). Such a paragraph adds
 * little to the merged one (its gain is below GROUP_MEMBER_SHARE) and has few words of its own (below CONTAINED_RUN),
 * because the partner already said much the same; it was folded into it, not dropped. 79/181 OP 2 (a) (xiii) "Violence
 * and discrimination against women, including unequal access to employment and discriminatory laws and regulations;"
 * → 80/220 OP 2 (a) (viii) "… women and girls, including unequal access to employment and discriminatory laws and
 * regulations, domestic violence, …" (its partner, 79/181 (viii), read "discriminatory regulations") was reported as
 * dropped language on violence against women (trial 17-b D3). A formula the partner carries whole ("the conclusions
 * and recommendations of the Advisory Committee") is the partner's phrase and does not pass.
 */
function isSubsumed(index: number, target: number, partners: readonly number[], scorer: PairScorer, keys: { left: readonly string[]; right: readonly string[] }): boolean {
  if (scorer.containment('left', index, [target]) < SUBSUMED_SHARE) return false;
  const held = partners.map((partner) => ` ${keys.left[partner]} `);
  return sharedRuns(keys.left[index], keys.right[target], CONTAINED_RUN).some((run) => !held.some((text) => text.includes(` ${run} `)));
}

/** Every maximal run of at least `least` words that `a` and `b` share in a row (a dynamic programme; a few pairs only). */
function sharedRuns(a: string, b: string, least: number): string[] {
  const [x, y] = [a.split(' '), b.split(' ')];
  const runs: string[] = [];
  let previous = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const current = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) if (x[i - 1] === y[j - 1]) current[j] = previous[j - 1] + 1;
    // A run ends at (i, j) when the next words differ (or either text ends).
    for (let j = 1; j <= y.length; j++) if (current[j] >= least && (i === x.length || j === y.length || x[i] !== y[j])) runs.push(x.slice(i - current[j], i).join(' '));
    previous = current;
  }
  return runs;
}

/**
 * A newer paragraph next to its partner that opens with a sentence of the older paragraph, word for word (CONTAINED_RUN
 * words in a row that the partner no longer holds): a sentence cut off a long paragraph into one of its own, a split
 * even when that sentence is a small share of the source. FOMC 2014-01-29 ¶ 5 (248 words) closed with "When the Committee
 * decides to begin to remove policy accommodation, it will take a balanced approach …" (30 words, 0.11 of it); on
 * 2014-03-19 that sentence opens ¶ 6, before a new one: read as new guidance (trial 15c), now ¶ 5 → ¶ 5 + ¶ 6.
 */
function isCutSentence(side: 'left' | 'right', index: number, link: AlignmentLink, scorer: PairScorer, keys: { left: readonly string[]; right: readonly string[] }): boolean {
  if (side !== 'right' || link.moved || link.left.length !== 1 || Math.abs(index - link.right[0]) !== 1) return false;
  const source = keys.left[link.left[0]];
  if (!opensWithin(keys.right[index], source) || scorer.sharedRun(link.left[0], index) < CONTAINED_RUN) return false;
  return ownSharedRun(keys.right[index], source, link.right.map((partner) => keys.right[partner])) >= CONTAINED_RUN;
}

/**
 * Where (word index in `b`) the paragraph `a` starts in `b`: the earliest run of CONTAINED_RUN words `a` and `b` share in
 * a row, else the earliest of more than COVERED_RUN words, else the start of their longest shared run. The earliest, not the longest: a merged paragraph often repeats a
 * source's subject later ("the programme of activities for the International Decade …"), and the source begins where
 * its first long phrase does.
 */
function sharedRunStart(a: string, b: string): number {
  const [x, y] = [a.split(' '), b.split(' ')];
  let previous = new Array<number>(y.length + 1).fill(0);
  let [earliestLong, earliestShort, bestStart, best] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, 0, 0];
  for (let i = 1; i <= x.length; i++) {
    const current = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] !== y[j - 1]) continue;
      current[j] = previous[j - 1] + 1;
      const runStart = j - current[j];
      if (current[j] >= CONTAINED_RUN && runStart < earliestLong) earliestLong = runStart;
      if (current[j] > COVERED_RUN && runStart < earliestShort) earliestShort = runStart;
      if (current[j] > best || (current[j] === best && runStart < bestStart)) [best, bestStart] = [current[j], runStart];
    }
    previous = current;
  }
  return Number.isFinite(earliestLong) ? earliestLong : Number.isFinite(earliestShort) ? earliestShort : bestStart;
}

/** Leading words of a split's new part that its source must hold in a row: the part begins where a clause of it did. */
const PART_OPENING_WORDS = 3;

/**
 * True when the paragraph `part` opens with words `source` holds in a row (its first PART_OPENING_WORDS): a clause cut
 * from the source ("Welcomes the recent pledges …", "Expresses grave concern …", "Decision C-25/DEC.9 …"). A new
 * paragraph with an opening of its own ("Acknowledges the role of the … mechanisms …", restating a list the older
 * paragraph requested resources for) states a new position and stays new, even when it reuses the source's words.
 */
function opensWithin(part: string, source: string): boolean {
  const opening = part.split(' ').slice(0, PART_OPENING_WORDS).join(' ');
  return opening !== '' && ` ${source} `.includes(` ${opening} `);
}

/**
 * Fewest words a split's part must say before the source's words to be a new item (`shedNewItems`): an item of its own,
 * not a new subject for the source's clause ("the advantage of having self driving cars on the road will result into a
 * major cost savings …", ArgRewrite dev, 11 words, a part of the split; CW 79/56 OP 9 (d), 31 words, a new item).
 */
const NEW_ITEM_WORDS = 20;

/**
 * New items (trial 20-a D10): a split's part that opens with words its source never held and says NEW_ITEM_WORDS words
 * or more before the first phrase of CONTAINED_RUN words it takes from the source (a phrase of the source no other part
 * holds, `firstOwnRun`), none of them the source's own (no COVERED_RUN words in a row), is a new item that took the
 * source's closing words, not a part of the source: it leaves the split and is new; the other parts stay the source's
 * (one part left: a 1:1 link). A list's trailing clause follows its last item: 78/29 OP 6 (c) "Decision C-25/DEC.9 …
 * of 21 April 2021; and stresses the importance of their implementation …" became 79/56 OP 9 (c) "Decision C-25/DEC.9
 * … of 21 April 2021;" and a new OP 9 (d) "Decision C-28/DEC.12 … of 30 November 2023; and stresses the importance …",
 * which carries 0.77 of (c) and took the 1:1 link, (c) joining it as a split's part: "(c) → (c) + (d) split" hid a new
 * decision. A split needs each part to carry a part of the source; (d) carries its trailing clause after 31 words of
 * its own. A part that opens where a clause of the source did (`opensWithin`), or says only a few words before the
 * source's ("Also stresses …"), stays a part.
 */
function shedNewItems(links: AlignmentLink[], scorer: PairScorer, keys: { left: readonly string[]; right: readonly string[] }): AlignmentLink[] {
  const out: AlignmentLink[] = [];
  for (const link of links) {
    if (link.left.length !== 1 || link.right.length < 2) {
      out.push(link);
      continue;
    }
    const source = keys.left[link.left[0]];
    const isNewItem = (part: number): boolean => {
      const text = keys.right[part];
      if (opensWithin(text, source)) return false;
      const siblings = link.right.filter((other) => other !== part).map((other) => keys.right[other]);
      const start = firstOwnRun(text, source, siblings, CONTAINED_RUN);
      if (start < NEW_ITEM_WORDS) return false;
      return ownSharedRun(text.split(' ').slice(0, start).join(' '), source, siblings) < COVERED_RUN;
    };
    const shed = link.right.filter(isNewItem);
    if (shed.length === 0 || shed.length === link.right.length) {
      out.push(link);
      continue;
    }
    const kept = link.right.filter((part) => !shed.includes(part));
    const scored = scorer.score(link.left, kept);
    // The new item took the source's closing words (CW 78/29 OP 6 (c) → 79/56 OP 9 (c), new (d) ending "…; and stresses the
    // importance of their implementation, … expresses concern …", review21): the part kept is read without them, or it
    // would say it dropped a clause the newer text keeps word for word.
    const closing = kept.length === 1 && shed.length === 1 ? { closingTo: shed[0] } : {};
    out.push({ left: link.left, right: kept, similarity: scored.similarity, scores: scored.scores, moved: link.moved, ...closing });
    for (const part of shed) out.push({ left: [], right: [part], similarity: 0, moved: false });
  }
  return out;
}

/**
 * Where (word index in `a`) the first run of at least `least` words that `a` shares with `b` begins, among the words of
 * `b` no other text of `others` brings (as `ownSharedRun` reads them); -1 when there is none.
 */
function firstOwnRun(a: string, b: string, others: readonly string[], least: number): number {
  const y = b.split(' ');
  const covered = coveredWords(y, others);
  const x = a.split(' ');
  let previous = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const current = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (covered[j - 1] || x[i - 1] !== y[j - 1]) continue;
      current[j] = previous[j - 1] + 1;
      if (current[j] >= least) return i - current[j];
    }
    previous = current;
  }
  return -1;
}

/** Which words of `y` stand inside a phrase of COVERED_RUN words found in one of `others`. */
function coveredWords(y: readonly string[], others: readonly string[]): boolean[] {
  const grams = new Set<string>();
  for (const other of others) {
    const words = other.split(' ');
    for (let k = 0; k + COVERED_RUN <= words.length; k++) grams.add(words.slice(k, k + COVERED_RUN).join(' '));
  }
  const covered = new Array<boolean>(y.length).fill(false);
  for (let k = 0; k + COVERED_RUN <= y.length; k++) if (grams.has(y.slice(k, k + COVERED_RUN).join(' '))) covered.fill(true, k, k + COVERED_RUN);
  return covered;
}

/** Words in a row a phrase must share with a paragraph's other source to count as that source's words (COVERED_RUN-grams). */
const COVERED_RUN = 4;

/**
 * The longest run of words `a` shares in a row with `b` among the words of `b` no other source brings: a word of `b`
 * inside a phrase of COVERED_RUN words found in one of `others` is theirs. A paragraph merged into `b` brings a phrase of
 * its own; one that only repeats what the partner already says ("a maximum of 25 experts, with no more than five experts
 * per regional group") brings none.
 */
function ownSharedRun(a: string, b: string, others: readonly string[]): number {
  const y = b.split(' ');
  const covered = coveredWords(y, others);
  const x = a.split(' ');
  let previous = new Array<number>(y.length + 1).fill(0);
  let best = 0;
  for (let i = 1; i <= x.length; i++) {
    const current = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (covered[j - 1] || x[i - 1] !== y[j - 1]) continue;
      current[j] = previous[j - 1] + 1;
      if (current[j] > best) best = current[j];
    }
    previous = current;
  }
  return best;
}

/**
 * Links chosen `options` (best first) of an unpaired older paragraph and an unpaired newer one, each paragraph once, in
 * place of their dropped and new links; a link is `moved` when it crosses a link kept in reading order. The last step of
 * the passes that pair what the scores left apart (`pairContained`, `pairDatedEvents`).
 */
function linkUnpaired(
  links: AlignmentLink[],
  options: ReadonlyArray<{ left: number; right: number }>,
  { dropped, inserted }: ReturnType<typeof unpairedLinks>,
  scorer: PairScorer,
): AlignmentLink[] {
  const inOrder = links.filter((link) => !link.moved && link.left.length > 0 && link.right.length > 0);
  const crosses = (left: number, right: number): boolean => inOrder.some((link) => link.left[0] < left !== link.right[0] < right);
  const replaced = new Set<AlignmentLink>();
  const added: AlignmentLink[] = [];
  for (const option of options) {
    const droppedLink = dropped.get(option.left)!;
    const insertedLink = inserted.get(option.right)!;
    if (replaced.has(droppedLink) || replaced.has(insertedLink)) continue;
    replaced.add(droppedLink);
    replaced.add(insertedLink);
    const scored = scorer.score([option.left], [option.right]);
    added.push({ left: [option.left], right: [option.right], similarity: scored.similarity, scores: scored.scores, moved: crosses(option.left, option.right) });
  }
  return [...links.filter((link) => !replaced.has(link)), ...added];
}

/** The longest run of words two folded keys share in a row (a dynamic programme over their words; called on a few pairs only). */
function longestSharedRun(a: string, b: string): number {
  const [x, y] = [a.split(' '), b.split(' ')];
  let previous = new Array<number>(y.length + 1).fill(0);
  let best = 0;
  for (let i = 1; i <= x.length; i++) {
    const current = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] !== y[j - 1]) continue;
      current[j] = previous[j - 1] + 1;
      if (current[j] > best) best = current[j];
    }
    previous = current;
  }
  return best;
}
