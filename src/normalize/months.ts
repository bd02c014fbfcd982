/**
 * Month names abbreviated in a date ("22-23 Sept 2024", "5 Dec. 2023"), as a drafter's working text sometimes writes
 * them and the edited text never does: United Nations editorial style spells the month out ("22–23 September 2024").
 * Only between a day (or a range of days) and a year, where the abbreviation can be nothing but a month: "Mar" or "Dec"
 * alone, or a "Sept" without its day and year, stay as written (redline #23, round 14: Ensuring access to energy 79/211
 * → 80/142 PP 7 → PP 8, "22-23 Sept 2024" → "22–23 September 2024", a date spelled out).
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  Jan: 'January', Feb: 'February', Mar: 'March', Apr: 'April', Jun: 'June', Jul: 'July', Aug: 'August',
  Sep: 'September', Sept: 'September', Oct: 'October', Nov: 'November', Dec: 'December',
};

/** A day or a range of days, an abbreviated month (its full stop optional), a year. */
const ABBREVIATED_DATE = /(?<![\p{L}\p{N}])(\d{1,2}(?:\s?[-\u2010-\u2013]\s?\d{1,2})?\s)(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(\s(?:1[89]|20)\d\d)(?!\p{N})/gu;

/** The text with every month abbreviated in a full date spelled out. */
export function spellOutMonths(text: string): string {
  if (!/(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(text)) return text;
  return text.replace(ABBREVIATED_DATE, (_, day: string, month: string, year: string) => `${day}${ABBREVIATIONS[month]}${year}`);
}
