import type { Finding, NumberSignal } from '../types.js';
import type { Lexicons } from './signals/lexicon.js';
import { countedWords, findNumbers, leadWords, numberKey, signal, type NumberMention } from './signals/numbers.js';
import { MEMBER_VIEW } from './signals/commitment.js';

/** Content words a rate's words must share across the two texts to be said of the same thing ("target range federal fund rate"). */
export const SAID_OF_SAME = 4;

interface Placed {
  mention: NumberMention;
  paragraph: number;
  /** What the rate is said of: the content words of its clause before it and after it (`leadWords`, `countedWords`). */
  words: Set<string>;
}

/** The units of a percentage level (`findNumbers`' percentage pattern without its points). */
const PERCENT_UNIT = /%|per\s?cent/i;

/** The sentence of a paragraph that holds a span. */
function sentenceAt(text: string, start: number): string {
  const from = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('; ', start)) + 1;
  const ends = [text.indexOf('. ', start), text.indexOf('; ', start)].filter((at) => at >= 0);
  return text.slice(from, ends.length > 0 ? Math.min(...ends) + 1 : text.length);
}

/** A document's percentages that are levels (not a move in points), said by the text itself (not a dissent's clause: `MEMBER_VIEW`). */
function levels(paragraphs: readonly string[], lexicons: Lexicons): Placed[] {
  const placed: Placed[] = [];
  paragraphs.forEach((text, paragraph) => {
    // Only a paragraph that says "%", "per cent" or "percent" can hold a percentage level (the pattern's units; points
    // are moves, left out below): the 20,000 paragraphs of two long texts are not all searched for numbers.
    if (!PERCENT_UNIT.test(text)) return;
    for (const mention of findNumbers(text, lexicons)) {
      // A move ("fell by 2.6 per cent", "by 25 basis points") is no level: only a level is set anew.
      if (mention.category !== 'percentage' || /points?$/i.test(mention.text) || /\bby\s(?:about\s|some\s|around\s)?$/i.test(text.slice(Math.max(0, mention.start - 12), mention.start))) continue;
      if (MEMBER_VIEW.test(sentenceAt(text, mention.start))) continue;
      placed.push({ mention, paragraph, words: new Set([...leadWords(text, mention), ...countedWords(text, mention)]) });
    }
  });
  return placed;
}

/**
 * A rate moved from one paragraph to another (redline #23, session 15): FOMC 2015-10-28 said "the current 0 to 1/4
 * percent target range for the federal funds rate remains appropriate" in ¶ 3; 2015-12-16 says "the Committee decided to
 * raise the target range for the federal funds rate to 1/4 to 1/2 percent" in a new ¶ 3, and the old ¶ 3 became ¶ 4.
 * Read paragraph by paragraph, the hike was a `percentage removed` in ¶ 3 → ¶ 4 and nothing in the new paragraph (a new
 * paragraph's numbers are new with it). Read across the texts, the level the older text set is gone from the newer text,
 * and the newer sets another level of the same thing: one rate changed, shown on the finding that carries the new level,
 * or, when that finding is a new paragraph (which changed nothing), on the kept finding that carried the old one.
 * A level pairs across findings only when neither text holds the other's value anywhere, and when both are said of the
 * same thing (`SAID_OF_SAME` content words in common around them, the best for each other, and no other level of the
 * other text as near); a move ("by 25 basis points", "fell by 2.6 per cent": LDC follow-up 79/218 → 80/150 paired a fall
 * in aid with a share of investment) and a dissent's preference (`MEMBER_VIEW`) are no level of the text's own. Levels in one finding are paired by the paragraph reading (`numberChanges`).
 */
export function documentFigureChanges(findings: readonly Finding[], before: readonly string[], after: readonly string[], lexicons: Lexicons): Finding[] {
  const older = levels(before, lexicons);
  const newer = levels(after, lexicons);
  if (older.length === 0 || newer.length === 0) return [...findings];
  // A level is gone when the newer text holds no number of its key anywhere (`withoutCommon` of it alone), come alike.
  const shared = (a: Placed, b: Placed): number => [...a.words].filter((word) => b.words.has(word)).length;
  const [olderKeys, newerKeys] = [new Set(older.map((one) => numberKey(one.mention))), new Set(newer.map((one) => numberKey(one.mention)))];
  const gone = older.filter((one) => !newerKeys.has(numberKey(one.mention)));
  const come = newer.filter((one) => !olderKeys.has(numberKey(one.mention)));
  const best = (one: Placed, others: readonly Placed[]): Placed | null => {
    const ranked = others.map((other) => ({ other, score: shared(one, other) })).filter(({ score }) => score >= SAID_OF_SAME).sort((x, y) => y.score - x.score);
    if (ranked.length === 0 || (ranked.length > 1 && ranked[1].score === ranked[0].score)) return null;
    return ranked[0].other;
  };
  const findingOf = (side: 'left' | 'right', paragraph: number): number => findings.findIndex((finding) => (finding[side] as readonly number[]).includes(paragraph));
  // A level restated elsewhere in the other text was not removed (or added): FOMC 2020-09-16 moved "0 to 1/4 percent" and
  // the 2 percent goal out of ¶ 3 and ¶ 4 into a new ¶ 4, read as "percentage removed" twice (trial 20-b D2).
  // Restated means said of the same thing (`SAID_OF_SAME` words in common with a mention of the finding's own side): FOMC
  // 2014-03-19 dropped the "6-1/2 percent" unemployment threshold and says in a new ¶ 6 only that the rate is "nearing
  // 6-1/2 percent" (2 words shared: "unemployment rate"): the threshold was removed (session 21, open since fomc20).
  // Only for a level removed: an added level the older text held anywhere stays unsaid (FOMC 1998-09-29 → 11-17, the
  // discount rate's "5 percent", test/classify/fix14-classify.test.ts).
  const sameThing = (own: readonly Placed[], paragraphs: readonly number[], other: Placed): boolean =>
    own.some((mine) => mine.mention.text === other.mention.text && paragraphs.includes(mine.paragraph) && shared(mine, other) >= SAID_OF_SAME);
  const out = findings.map((finding) => {
    if (finding.left.length === 0 || finding.right.length === 0) return { ...finding, signals: [...finding.signals] } as Finding;
    const [left, right] = [finding.left as readonly number[], finding.right as readonly number[]];
    const restated = (one: Finding['signals'][number]) =>
      one.type === 'number' && one.category === 'percentage' && ((one.change === 'removed' && one.from !== null && newer.some((level) => level.mention.text === one.from && !right.includes(level.paragraph) && sameThing(older, left, level))) || (one.change === 'added' && one.to !== null && older.some((level) => level.mention.text === one.to && !left.includes(level.paragraph))));
    return { ...finding, signals: finding.signals.filter((one) => !restated(one)) } as Finding;
  });
  for (const from of gone) {
    const to = best(from, come);
    if (to === null || best(to, gone) !== from) continue;
    const [was, is] = [findingOf('left', from.paragraph), findingOf('right', to.paragraph)];
    if (was < 0 || is < 0 || was === is) continue;
    // A new paragraph changed nothing: its numbers are new with it. The change is then told on the finding whose older
    // paragraph set the level, when that paragraph is kept (FOMC 2015-10-28 ¶ 3 → 2015-12-16 ¶ 4; the hike's new ¶ 3
    // carries no "percentage changed", session 18 note).
    const carrier = out[is].left.length > 0 ? is : out[was].right.length > 0 ? was : -1;
    if (carrier < 0 || out[carrier].routine || out[carrier].editorial) continue;
    const text = (mention: NumberMention) => mention.text;
    out[was].signals = out[was].signals.filter((one) => !(one.type === 'number' && one.category === 'percentage' && one.change === 'removed' && one.from === text(from.mention)));
    out[is].signals = out[is].signals.filter((one) => !(one.type === 'number' && one.category === 'percentage' && one.change === 'added' && one.to === text(to.mention)));
    const changed: NumberSignal = signal('percentage', 'changed', from.mention, to.mention, false);
    // In the detectors' order (`SIGNAL_DETECTORS`): after the numbers, before actors and topics.
    const at = out[carrier].signals.findIndex((one) => one.type === 'actor' || one.type === 'topic');
    out[carrier].signals.splice(at < 0 ? out[carrier].signals.length : at, 0, changed);
  }
  return out;
}
