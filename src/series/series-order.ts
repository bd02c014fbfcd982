import type { Series } from '../types.js';

/** What the order reads of a series (a `Series`, or a digest's series). */
type Ordered = Pick<Series, 'id' | 'title' | 'committee' | 'agendaItem'>;

/** The Main Committees in the General Assembly's order; the Fourth is also the Special Political and Decolonization Committee. */
const COMMITTEE_ORDER: ReadonlyArray<RegExp> = [/^First\b/, /^Second\b/, /^Third\b/, /^(Fourth\b|Special Political)/, /^Fifth\b/, /^Sixth\b/];

/** A committee's place: the six Main Committees in order, then any other committee, then the plenary, then none (not known). */
function committeeRank(committee: string | null): number {
  if (committee === null) return COMMITTEE_ORDER.length + 2;
  if (committee === 'Plenary') return COMMITTEE_ORDER.length + 1;
  const rank = COMMITTEE_ORDER.findIndex((pattern) => pattern.test(committee));
  return rank === -1 ? COMMITTEE_ORDER.length : rank;
}

/**
 * An agenda item as printed (`98 (e)`, `20`) as a sort key: its number, then its letter; none sorts last. Sub-items run
 * (a) … (z), then (aa), (bb) …: shorter letters first, so `99 (z)` comes before `99 (aa)`.
 */
function agendaKey(item: string | null): [number, string] {
  const match = item?.match(/^\s*(\d+)\s*(?:\(([a-z]+)\))?/);
  const letters = match?.[2] ?? '';
  return match ? [Number(match[1]), `${String.fromCharCode(letters.length)}${letters}`] : [Number.POSITIVE_INFINITY, ''];
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The order of series, in a chain run's series, its index and its digest: by Main Committee (First … Sixth, then others, then plenary), by agenda item within a
 * committee (numerically: 9 before 10), then by title, then by id. Code-point comparisons, so the order is the same
 * on every machine whatever its locale.
 */
export function compareSeries(a: Ordered, b: Ordered): number {
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
