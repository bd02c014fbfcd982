import type { DigestSeries } from '../types.js';

/** The Main Committees in the General Assembly's order; the Fourth is also the Special Political and Decolonization Committee. */
const COMMITTEE_ORDER: ReadonlyArray<RegExp> = [/^First\b/, /^Second\b/, /^Third\b/, /^(Fourth\b|Special Political)/, /^Fifth\b/, /^Sixth\b/];

/** A committee's place: the six Main Committees in order, then any other committee, then none (a plenary resolution). */
function committeeRank(committee: string | null): number {
  if (committee === null) return COMMITTEE_ORDER.length + 1;
  const rank = COMMITTEE_ORDER.findIndex((pattern) => pattern.test(committee));
  return rank === -1 ? COMMITTEE_ORDER.length : rank;
}

/** An agenda item as printed (`98 (e)`, `20`) as a sort key: its number, then its letter; none sorts last. */
function agendaKey(item: string | null): [number, string] {
  const match = item?.match(/^\s*(\d+)\s*(?:\(([a-z]+)\))?/);
  return match ? [Number(match[1]), match[2] ?? ''] : [Number.POSITIVE_INFINITY, ''];
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The digest's order of series: by Main Committee (First … Sixth, then others, then plenary), by agenda item within a
 * committee (numerically: 9 before 10), then by title, then by id. Code-point comparisons, so the order is the same
 * on every machine whatever its locale.
 */
export function compareSeries(a: DigestSeries, b: DigestSeries): number {
  const [itemA, letterA] = agendaKey(a.agendaItem);
  const [itemB, letterB] = agendaKey(b.agendaItem);
  return (
    committeeRank(a.committee) - committeeRank(b.committee) ||
    byCodePoint(a.committee ?? '', b.committee ?? '') ||
    (itemA === itemB ? 0 : itemA < itemB ? -1 : 1) ||
    byCodePoint(letterA, letterB) ||
    byCodePoint(a.title, b.title) ||
    byCodePoint(a.id, b.id)
  );
}
