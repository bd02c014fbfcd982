import type { Digest } from '../types.js';

/** A `--since` date as a user types it: a year, a month or a day (`2025`, `2025-09`, `2025-09-09`). */
export const SINCE_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * The digest of "what changed this session" (trial 17-a D13: a Bureau note on the 80th session, where the digest listed
 * the 78→79 and 79→80 steps of every series): only the steps whose newer text is dated on or after `since`
 * (`2025-09-09`, the 80th session's opening; `2025` or `2025-09` mean their first day), and only the series that keep
 * one. A step to an undated text is left out: nothing says it belongs to the period. The digest says what it left out
 * (`Digest.since`), so a reader of the memo knows the other steps exist, and the newest text's date, so a date that
 * keeps nothing (`--since 2052-09-09` for 2025-09-09) is said to (trial 19a D13).
 */
export function digestSince(digest: Digest, since: string): Digest {
  const first = since.length === 4 ? `${since}-01-01` : since.length === 7 ? `${since}-01` : since;
  let stepsLeftOut = 0;
  let undated = 0;
  let seriesLeftOut = 0;
  let newest: string | null = null;
  for (const entry of digest.series) for (const step of entry.steps) if (step.newer.date !== null && (newest === null || step.newer.date > newest)) newest = step.newer.date;
  const series = digest.series.flatMap((entry) => {
    const steps = entry.steps.filter((step) => {
      const date = step.newer.date;
      const kept = date !== null && date.slice(0, 10) >= first;
      if (!kept) stepsLeftOut++;
      if (date === null) undated++;
      return kept;
    });
    if (steps.length === 0) {
      seriesLeftOut++;
      return [];
    }
    return [{ ...entry, steps }];
  });
  return { since: { date: since, stepsLeftOut, undated, seriesLeftOut, newest }, series, ...(digest.notes ? { notes: digest.notes } : {}) };
}
