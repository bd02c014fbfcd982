import type { Digest } from '../types.js';

/**
 * The committees `--committee` knows, in the General Assembly's order: each with how a user may write it (`Second`,
 * `second committee`, `2`) and how the documents name it (`Second Committee` in "on the report of the Second Committee";
 * `Plenary` for a resolution adopted without reference to a Main Committee). The Fourth is also the Special Political and
 * Decolonization Committee.
 */
const COMMITTEES: ReadonlyArray<{ name: string; typed: RegExp; named: RegExp }> = [
  { name: 'First Committee', typed: /^(?:first|1(?:st)?)(?: committee)?$/, named: /^First\b/ },
  { name: 'Second Committee', typed: /^(?:second|2(?:nd)?)(?: committee)?$/, named: /^Second\b/ },
  { name: 'Third Committee', typed: /^(?:third|3(?:rd)?)(?: committee)?$/, named: /^Third\b/ },
  { name: 'Fourth Committee', typed: /^(?:fourth|4(?:th)?|special political(?: and decolonization)?)(?: committee)?$/, named: /^(?:Fourth\b|Special Political)/ },
  { name: 'Fifth Committee', typed: /^(?:fifth|5(?:th)?)(?: committee)?$/, named: /^Fifth\b/ },
  { name: 'Sixth Committee', typed: /^(?:sixth|6(?:th)?)(?: committee)?$/, named: /^Sixth\b/ },
  { name: 'Plenary', typed: /^plenary$/, named: /^Plenary$/ },
];

/**
 * The committees of a `--committee` value (`Second,Third`, `second committee, plenary`), by their documents' names in
 * the General Assembly's order, or the first part it does not know (the caller says so).
 */
export function committeesOf(value: string): { names: string[] } | { unknown: string } {
  const parts = value.split(',').map((part) => part.trim().replace(/\s+/g, ' ')).filter((part) => part.length > 0);
  if (parts.length === 0) return { unknown: value };
  const kept = new Set<string>();
  for (const part of parts) {
    const committee = COMMITTEES.find((candidate) => candidate.typed.test(part.toLowerCase()));
    if (!committee) return { unknown: part };
    kept.add(committee.name);
  }
  return { names: COMMITTEES.map((committee) => committee.name).filter((name) => kept.has(name)) };
}

/**
 * Whether a series' committee (`Series.committee`, as its documents name it) is one of the committees (`committeesOf`'
 * names); a series that names none is not kept. A batch run keeps only these series (`planRun`), its digest too.
 */
export function namesCommittee(committee: string | null, names: readonly string[]): boolean {
  if (committee === null) return false;
  return COMMITTEES.some((candidate) => names.includes(candidate.name) && candidate.named.test(committee));
}

/**
 * The digest of some Main Committees' series (trial 19a D10: a brief on "the Second and Third Committees" got the 65
 * series of every committee, and its reader deleted 40 of them by hand in Word): only the series whose documents say
 * they were adopted on the report of one of them (`DigestSeries.committee`, printed under each heading), and what was
 * left out (`Digest.committees`), so a memo pasted from it never reads as the whole session.
 */
export function digestOfCommittees(digest: Digest, names: readonly string[], leftOutBefore = 0): Digest {
  const series = digest.series.filter((entry) => namesCommittee(entry.committee, names));
  // Keys in the contract's order: `since` (applied first), `committees`, `series`. `leftOutBefore`: series the run
  // left out already (`BatchManifest.committees`), so not in `digest`.
  return { ...(digest.since ? { since: digest.since } : {}), committees: { names: [...names], seriesLeftOut: leftOutBefore + digest.series.length - series.length }, series };
}
