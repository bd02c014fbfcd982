/**
 * The word comparisons of `bench:pairing` (see the head of `bench/pairing.js`), independent of the aligner's scorer: one
 * pair report in, its mis-pairings out. Kept apart from the script so a test can run them on a real pair.
 */

/** Two paragraphs whose content words in order make this share of both are one position. */
export const SAME_DICE = 0.5;
/** …or this share of the shorter one (a paragraph shortened or expanded), when it has at least MIN_WORDS content words. */
export const SAME_CONTAINED = 0.75;
export const MIN_WORDS = 6;
/** A partner this much less alike than an unpaired paragraph of the other side is the wrong one. */
export const WRONG_MARGIN = 0.25;

const STOP = new Set('the of and to in a an for on with by at as that which its their this these those be is are was were it from or all has have been'.split(' '));
const SEQUENCING = new Set(['also', 'further', 'furthermore', 'moreover', 'again']);

/**
 * A placeholder paragraph: a slot for text still to come ("(a) [To be determined];", "[…]", "[placeholder]"). Filled in
 * the next version it is one position with its text whatever the words say, as the aligner reads it (`isPlaceholderKey`
 * in src/align/align.ts): its partner is never the wrong neighbour.
 */
const PLACEHOLDER = /^(?:\(?[a-z0-9]{1,4}[.)]\s*)?\[\s*(?:to be (?:determined|decided|confirmed|completed|added|agreed)|placeholder|tbd|tbc|text to (?:come|follow)|\.\.\.|…)?\s*\][\s;,.]*$/i;
export const isPlaceholder = (text) => PLACEHOLDER.test(text.trim());

/** Content words in order, the opening formula (leading number or letter, first word, sequencing adverb) set aside. */
export function contentWords(text) {
  let words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:[/.-][\p{L}\p{N}]+)*/gu) ?? [];
  while (words.length && /^(?:\d+|[a-z]|[ivxl]+)$/.test(words[0])) words = words.slice(1);
  words = words.slice(1);
  while (words.length && SEQUENCING.has(words[0])) words = words.slice(1);
  return words.filter((word) => !STOP.has(word));
}
function commonSubsequence(a, b) {
  let previous = new Array(b.length + 1).fill(0);
  for (const x of a) {
    const current = [0];
    for (let j = 0; j < b.length; j++) current.push(x === b[j] ? previous[j] + 1 : Math.max(previous[j + 1], current[j]));
    previous = current;
  }
  return previous[b.length];
}
/** Dice and containment of the shorter, over content words in order. */
export function alike(a, b) {
  if (a.length === 0 || b.length === 0) return { dice: 0, contained: 0, shorter: 0 };
  const common = commonSubsequence(a, b);
  return { dice: (2 * common) / (a.length + b.length), contained: common / Math.min(a.length, b.length), shorter: Math.min(a.length, b.length) };
}
const samePosition = (x) => x.dice >= SAME_DICE || (x.shorter >= MIN_WORDS && x.contained >= SAME_CONTAINED);

/**
 * The mis-pairings of one pair report (a `RedlineResult` as JSON): `separated`, a "dropped" and a "new" that are one
 * paragraph (counted one to one, best first); `wrong`, a modified 1:1 finding one of whose paragraphs has an unpaired
 * counterpart on the other side at least SAME_DICE alike and WRONG_MARGIN more alike than its partner (a filled
 * placeholder is never one: its partner is its text).
 */
export function checkPairReport(result, pair) {
  const [left, right] = result.documents;
  const label = (document, index) => document.paragraphs[index].label ?? `¶${index + 1}`;
  const words = { left: left.paragraphs.map((p) => contentWords(p.text)), right: right.paragraphs.map((p) => contentWords(p.text)) };
  const list = result.comparisons[0].findings;
  const separated = [];
  const wrong = [];
  const dropped = list.filter((f) => f.kind === 'dropped').map((f) => f.left[0]);
  const inserted = list.filter((f) => f.kind === 'new').map((f) => f.right[0]);
  const options = [];
  for (const l of dropped) for (const r of inserted) {
    const x = alike(words.left[l], words.right[r]);
    if (samePosition(x)) options.push({ l, r, ...x });
  }
  options.sort((p, q) => q.dice - p.dice || q.contained - p.contained || p.l - q.l || p.r - q.r);
  const usedLeft = new Set();
  const usedRight = new Set();
  for (const option of options) {
    if (usedLeft.has(option.l) || usedRight.has(option.r)) continue;
    usedLeft.add(option.l);
    usedRight.add(option.r);
    separated.push({ pair, what: `dropped ${label(left, option.l)} + new ${label(right, option.r)}`, dice: option.dice, contained: option.contained, before: left.paragraphs[option.l].text, after: right.paragraphs[option.r].text });
  }
  for (const finding of list) {
    if (finding.kind !== 'modified' || finding.left.length !== 1 || finding.right.length !== 1) continue;
    const [l, r] = [finding.left[0], finding.right[0]];
    if (isPlaceholder(left.paragraphs[l].text)) continue;
    const partner = alike(words.left[l], words.right[r]).dice;
    const better = [
      ...inserted.map((other) => ({ side: 'new', index: other, x: alike(words.left[l], words.right[other]), text: right.paragraphs[other].text, name: label(right, other) })),
      ...dropped.map((other) => ({ side: 'dropped', index: other, x: alike(words.left[other], words.right[r]), text: left.paragraphs[other].text, name: label(left, other) })),
    ].filter((o) => o.x.dice >= SAME_DICE && o.x.dice >= partner + WRONG_MARGIN);
    for (const o of better) wrong.push({ pair, what: `${label(left, l)} → ${label(right, r)} (${partner.toFixed(2)}) while ${o.side} ${o.name} is ${o.x.dice.toFixed(2)} alike`, before: left.paragraphs[l].text, after: right.paragraphs[r].text, other: o.text });
  }
  return { findings: list.length, separated, wrong };
}
