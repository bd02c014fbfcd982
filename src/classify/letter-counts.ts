/**
 * How many of each ASCII letter (the text lowercased) and each ASCII digit a text holds: a cheap necessary condition a
 * rule can test before the word diff it reads (issue 21 session 22). A stretch whose two sides are equal as `letters`
 * (lowercased letters and digits) adds the same counts to both texts, so a rule that lets only such stretches and a few
 * known words change can reject a pair whose counts differ otherwise, with the same answer the diff would give.
 * Lowercasing is per character but for the Greek final sigma (never ASCII), so counts add up across a text's pieces.
 */
export function asciiCounts(text: string): Readonly<Int32Array> {
  const known = recentCounts.get(text);
  if (known !== undefined) return known;
  const counts = new Int32Array(COUNTED);
  const lower = text.toLowerCase();
  for (let k = 0; k < lower.length; k++) {
    const unit = lower.charCodeAt(k);
    if (unit >= 0x61 && unit <= 0x7a) counts[unit - 0x61]++;
    else if (unit >= 0x30 && unit <= 0x39) counts[26 + unit - 0x30]++;
  }
  if (recentCounts.size >= RECENT_COUNTS) recentCounts.clear();
  recentCounts.set(text, counts);
  return counts;
}

/** The slot of an ASCII letter (`a`–`z`) or digit (`0`–`9`) in `asciiCounts`. */
export function countSlot(character: string): number {
  const unit = character.charCodeAt(0);
  return unit >= 0x30 && unit <= 0x39 ? 26 + unit - 0x30 : unit - 0x61;
}

/** The 26 letters, then the 10 digits. */
const COUNTED = 36;

/** Counts of the last texts read: the one-change search reads each paragraph's texts against each of its variants. A function of the text. */
const recentCounts = new Map<string, Int32Array>();
const RECENT_COUNTS = 64;
