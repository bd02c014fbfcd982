/** Dates as declarations and UN documents print them, read into ISO form (a leaf module: the readers all use it). */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Read a date written the ways declarations write them into ISO form; null when it is not a date. */
export function normalizeDate(value: string | undefined): string | null {
  if (!value) return null;
  const text = value.trim().replace(/,/g, '');
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return iso(+match[1], +match[2], +match[3]);
  match = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text); // day first, as Europe and the UN write it
  if (match) return iso(+match[3], +match[2], +match[1]);
  match = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text);
  if (match && MONTHS.includes(match[2].toLowerCase())) return iso(+match[3], MONTHS.indexOf(match[2].toLowerCase()) + 1, +match[1]);
  match = /^([A-Za-z]+) (\d{1,2}) (\d{4})$/.exec(text);
  if (match && MONTHS.includes(match[1].toLowerCase())) return iso(+match[3], MONTHS.indexOf(match[1].toLowerCase()) + 1, +match[2]);
  return null;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A front-matter `date`: a full date as `normalizeDate` reads it, else a year alone (`date: "2012"`, `date: 2012`), kept
 * as the year (`2012`), never turned into an invented 1 January. A year-only date sorts before the full dates of its
 * year (`2012` < `2012-03-01`: the string order every ordering of documents uses, see `batch/read-corpus.ts`).
 */
export function normalizeDateOrYear(value: string | undefined): string | null {
  const date = normalizeDate(value);
  if (date !== null || value === undefined) return date;
  const year = /^\s*(\d{4})\s*$/.exec(value);
  return year ? year[1] : null;
}

/**
 * Whether date `a` is before date `b` to the precision both are known: a year-only date is before another only in an
 * earlier year (`2012` is neither before nor after `2012-03-01`).
 */
export function isDatedBefore(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) < b.slice(0, length);
}

/**
 * The date a title ends with, the date its text is cited by: "… International Information Security, Sochi, 10 November,
 * 2024" → `2024-11-10` (the statement carries a publication line "11-11-2024" below it, one day later); null when the
 * title ends otherwise.
 */
export function dateEndingTitle(title: string): string | null {
  const text = title.replace(/[\s*_.]+$/, '');
  const match = /(?:^|[\s,(])((?:\d{1,2} [A-Za-z]+|[A-Za-z]+ \d{1,2}),? \d{4})$/.exec(text);
  return match ? normalizeDate(match[1]) : null;
}
