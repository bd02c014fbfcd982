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
