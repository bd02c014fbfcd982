import type { DraftHistory, Series, SeriesBasis, SeriesCounts, SeriesFacts } from '../types.js';
import { compareSeries } from './series-order.js';

export { compareSeries } from './series-order.js';

/**
 * The series stage: which documents of a set are versions of one text, and in what order. It reads plain facts
 * (`SeriesFacts`) and returns `Series[]`; the similarity it falls back on is passed in, so this stage knows nothing of
 * how documents are read or compared. The rules, first match wins for each document:
 *  1. explicit: front matter `series` (one series per value), then with `--series-by folder` the sub-folder;
 *  2. UN documents (a symbol and a resolution number or a draft/adopted status): the same resolution title after
 *     normalization is one series, ordered by session; in a session its drafts (a draft, its revisions, oldest first)
 *     come before the text that adopted them, and form one draft history;
 *  3. the rest, in date order: each joins the series by UN title or by similarity whose newest member it resembles
 *     most, when that similarity reaches the floor, else it starts a series. Series of one title are told apart.
 * Series come out in the order of their first document (the input's order, by date), ids are slugs of their titles made
 * unique in that order: the same input gives the same series, byte for byte.
 */

/** What grouping needs besides the facts. */
export interface GroupSeriesOptions {
  /** Similarity of the documents at positions `a` and `b` of the facts, 0..1 (batch passes its shingle estimate). */
  similarity: (a: number, b: number) => number;
  /** A remaining document joins a similarity series only when it resembles its newest member at least this much. */
  floor: number;
}

/** A series being built: its members as positions in the facts. */
interface Group {
  title: string;
  basis: SeriesBasis;
  members: number[];
  /** Drafts that joined from another folder by title (see `folderOf`). */
  joined?: Array<{ id: string; folder: string }>;
}

/**
 * Group documents into series. `facts` are in canonical order (date, then id): the order of documents inside a
 * non-UN series and the order in which the similarity rule visits them.
 */
export function groupSeries(facts: readonly SeriesFacts[], options: GroupSeriesOptions): Series[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const join = (key: string, title: string, basis: SeriesBasis, position: number): void => {
    let group = byKey.get(key);
    if (!group) {
      group = { title, basis, members: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.members.push(position);
  };
  const remaining: number[] = [];
  const draftHome = draftHomes(facts);
  facts.forEach((fact, position) => {
    const home = draftHome.get(position);
    if (fact.series !== null) join(`front-matter\u0000${fact.series}`, fact.series, 'front-matter', position);
    else if (home !== undefined) {
      const key = home.folder !== null ? `folder\u0000${home.folder}` : `un-title\u0000${normalizeTitle(fact.title)}`;
      join(key, home.folder !== null ? home.folder.split('/').pop() || home.folder : fact.title.trim(), home.folder !== null ? 'folder' : 'un-title', position);
      const group = byKey.get(key)!;
      (group.joined ??= []).push({ id: fact.id, folder: fact.folder! });
    } else if (fact.folder !== null) join(`folder\u0000${fact.folder}`, fact.folder.split('/').pop() || fact.folder, 'folder', position);
    else if (isUnResolution(fact)) join(`un-title\u0000${normalizeTitle(fact.title)}`, fact.title.trim(), 'un-title', position);
    else remaining.push(position);
  });
  joinRetitledAdoptions(groups, facts, options);
  // The similarity rule: each document against the newest member of every similarity series so far, and of every series
  // by UN title: a Word copy of an adopted text without its symbol block (trial 19-b D3: 99.9 % like 79/52, far above the
  // floor against L.9) joins the resolution's series instead of starting one of its own under the same title. A UN
  // series' newest member is the last in its reading order (session, drafts before the adopted text); a document that
  // joins it comes after its UN texts (`orderUnSeries`: no session) and is its newest member from then on.
  const candidates: Array<{ group: Group; newest: number }> = groups
    .filter((group) => group.basis === 'un-title')
    .map((group) => ({ group, newest: orderUnSeries(group.members, facts).members.at(-1)! }));
  for (const position of remaining) {
    if (facts[position].amends) {
      groups.push({ title: facts[position].title, basis: 'similarity', members: [position] });
      continue;
    }
    let best: { group: Group; newest: number } | null = null;
    let bestSimilarity = -1;
    for (const candidate of candidates) {
      const similarity = options.similarity(candidate.newest, position);
      // Strictly better: on a tie the older series keeps the document (a stable, order-given choice).
      if (similarity >= options.floor && similarity > bestSimilarity) {
        best = candidate;
        bestSimilarity = similarity;
      }
    }
    if (best) {
      best.group.members.push(position);
      best.newest = position;
    } else {
      const group: Group = { title: facts[position].title, basis: 'similarity', members: [position] };
      candidates.push({ group, newest: position });
      groups.push(group);
    }
  }
  groups.sort((a, b) => Math.min(...a.members) - Math.min(...b.members));
  // Ids are given in date order (the first series of a title keeps the plain slug); the series then come in the order a
  // desk officer reads them: by Main Committee, agenda item, title (`series-order.ts`), as the index and digest show them.
  const slugs = new Set<string>();
  return distinctTitles(groups.map((group) => toSeries(group, facts, uniqueSlug(group.title, slugs)))).sort(compareSeries);
}

/** Least similarity of a draft and an adopted text of another title for the adopted text to be the draft's, retitled. */
const RETITLED_ADOPTION = 0.8;

/**
 * A title revised at adoption (trial 21-a D1: A/C.6/80/L.12 "… of the principle of universal jurisdiction" adopted as
 * 80/168 "… of universal jurisdiction") put the adopted text in a series of its own and left the draft "not in the
 * corpus". A series by UN title holding a draft of a session without its adopted text takes the adopted text of that
 * session, committee and agenda item from a series of another title whose texts are all of that session and that holds
 * no draft of it, when the two texts are alike (`RETITLED_ADOPTION`): matched by symbol, agenda and text, not title.
 */
function joinRetitledAdoptions(groups: Group[], facts: readonly SeriesFacts[], options: GroupSeriesOptions): void {
  const unTitled = (): Group[] => groups.filter((group) => group.basis === 'un-title');
  for (const group of unTitled()) {
    for (const draft of group.members.filter((member) => facts[member].stage === 'draft')) {
      const fact = facts[draft];
      if (fact.session === null || fact.committee === null || fact.agendaItem === null) continue;
      const adoptedHere = group.members.some((member) => facts[member].stage === 'adopted' && facts[member].session === fact.session);
      if (adoptedHere) continue;
      const other = unTitled().find(
        (candidate) =>
          candidate !== group &&
          candidate.members.every((member) => facts[member].session === fact.session && facts[member].stage !== 'draft') &&
          candidate.members.some((member) => facts[member].stage === 'adopted' && facts[member].committee === fact.committee && facts[member].agendaItem === fact.agendaItem && options.similarity(draft, member) >= RETITLED_ADOPTION),
      );
      if (!other) continue;
      group.members.push(...other.members);
      groups.splice(groups.indexOf(other), 1);
    }
  }
}

/**
 * Series whose titles read the same (`normalizeTitle`) told apart: the first keeps its title, each other gets its first
 * document's id after it, `The Arms Trade Treaty (from notes)`, so no two sections of the digest share a heading
 * (trial 19-b D3: two "## The Arms Trade Treaty", one of them a Word copy, a page of notes and a printed digest).
 */
function distinctTitles(series: Series[]): Series[] {
  const seen = new Set<string>();
  return series.map((one) => {
    const key = normalizeTitle(one.title);
    if (!seen.has(key)) {
      seen.add(key);
      return one;
    }
    let title = `${one.title} (from ${one.documents[0]})`;
    for (let count = 2; seen.has(normalizeTitle(title)); count++) title = `${one.title} (from ${one.documents[0]}, ${count})`;
    seen.add(normalizeTitle(title));
    return { ...one, title };
  });
}

/**
 * With `--series-by folder`, where a UN draft goes instead of its own folder's series (trial 21-a D4: the data's own
 * layout, `series/<slug>/` and `drafts/`, chained four drafts of four resolutions as one series, pairing paragraphs
 * across resolutions, and no draft reached its adopted text). A draft whose folder holds no adopted text of its title
 * joins the folder holding one (`folder`), else, when its folder holds UN texts of several titles, the series of its
 * title (`folder: null`). A folder of one resolution's drafts and adopted texts stays as the user made it.
 */
function draftHomes(facts: readonly SeriesFacts[]): Map<number, { folder: string | null }> {
  const adoptedFolders = new Map<string, Set<string>>();
  const folderTitles = new Map<string, Set<string>>();
  for (const fact of facts) {
    if (fact.folder === null || fact.series !== null || !isUnResolution(fact)) continue;
    const title = normalizeTitle(fact.title);
    if (!folderTitles.has(fact.folder)) folderTitles.set(fact.folder, new Set());
    folderTitles.get(fact.folder)!.add(title);
    if (fact.stage === 'draft') continue;
    if (!adoptedFolders.has(title)) adoptedFolders.set(title, new Set());
    adoptedFolders.get(title)!.add(fact.folder);
  }
  const homes = new Map<number, { folder: string | null }>();
  facts.forEach((fact, position) => {
    if (fact.folder === null || fact.series !== null || fact.stage !== 'draft' || !isUnResolution(fact)) return;
    const title = normalizeTitle(fact.title);
    const folders = adoptedFolders.get(title);
    if (folders?.has(fact.folder)) return;
    // One folder holding the adopted text: there. Several (or none), the series of its title when its folder is mixed.
    if (folders && folders.size === 1) homes.set(position, { folder: [...folders][0] });
    else if ((folderTitles.get(fact.folder)?.size ?? 0) > 1) homes.set(position, { folder: null });
  });
  return homes;
}

/** How many series each rule formed, every basis present (zero when it formed none). */
export function countSeries(series: readonly Series[]): SeriesCounts {
  const counts: SeriesCounts = { 'front-matter': 0, folder: 0, 'un-title': 0, similarity: 0 };
  for (const entry of series) counts[entry.basis]++;
  return counts;
}

/** What the counts say in words, most frequent rule first: "70 series by UN title, 2 by similarity". */
export function describeSeriesCounts(counts: SeriesCounts): string {
  const words: Record<SeriesBasis, string> = { 'front-matter': 'front matter', folder: 'folder', 'un-title': 'UN title', similarity: 'similarity' };
  const parts = (Object.keys(words) as SeriesBasis[])
    .filter((basis) => counts[basis] > 0)
    .sort((a, b) => counts[b] - counts[a])
    .map((basis, index) => `${counts[basis]}${index === 0 ? ' series' : ''} by ${words[basis]}`);
  return parts.length ? parts.join(', ') : '0 series';
}

/**
 * A resolution title as compared across sessions: case, whitespace, dash and quote styles and trailing punctuation
 * do not count ("Comprehensive Nuclear-Test-Ban Treaty" = "Comprehensive nuclear‑test‑ban treaty.").
 */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212\u00ad]/g, '-')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:*]+$/, '')
    .trim();
}

/**
 * A UN resolution or draft resolution: a symbol, and a resolution number or a draft/adopted status. An amendments
 * document ("Egypt: amendments to draft resolution A/C.1/80/L.9") carries the draft's title but is no version of its
 * text: it is not chained between the draft and the adopted text (trial 21-a D13), and stands as a series of its own.
 */
function isUnResolution(fact: SeriesFacts): boolean {
  return fact.symbol !== null && (fact.resolution !== null || fact.stage !== null) && fact.title.trim() !== '' && !fact.amends;
}

/** What a series of amendments documents only is called: "Amendments to draft A/C.1/80/L.9: The Arms Trade Treaty". */
function amendmentsTitle(members: readonly SeriesFacts[]): string | null {
  const amended = [...new Set(members.map((fact) => fact.amends ?? ''))];
  if (amended.length !== 1 || amended[0] === '') return null;
  return `Amendments to draft ${amended[0]}: ${members[0].title.trim()}`;
}

function toSeries(group: Group, facts: readonly SeriesFacts[], id: string): Series {
  // A folder or front-matter series made only of UN resolutions is read as one: by session, its drafts before the
  // adopted text they led to (the user said which texts belong together, the documents still say in what order).
  const allUn = group.members.every((position) => isUnResolution(facts[position]));
  const ordered = group.basis === 'un-title' || allUn ? orderUnSeries(group.members, facts) : { members: group.members, drafts: [] };
  const members = ordered.members.map((position) => facts[position]);
  const newest = (pick: (fact: SeriesFacts) => string | null): string | null => {
    for (let i = members.length - 1; i >= 0; i--) {
      const value = pick(members[i]);
      if (value !== null) return value;
    }
    return null;
  };
  return {
    id,
    title: amendmentsTitle(members) ?? (group.basis === 'folder' && allUn ? sharedUnTitle(members) ?? group.title : group.title),
    basis: group.basis,
    documents: members.map((fact) => fact.id),
    drafts: ordered.drafts,
    committee: newest((fact) => fact.committee),
    agendaItem: newest((fact) => fact.agendaItem),
    ...undatedOf(members),
    ...(group.joined?.length ? { draftsJoinedByTitle: group.joined } : {}),
  };
}

/**
 * How many documents of a series of several have no date (absent when all are dated): they are ordered by file name
 * after the dated ones, which a reader must be told (trial 20-b D5: `statement-dec-2022` → `statement-jan-2022` …).
 */
function undatedOf(members: readonly SeriesFacts[]): { undated?: number } {
  const undated = members.length > 1 ? members.filter((fact) => fact.date === null).length : 0;
  return undated > 0 ? { undated } : {};
}

/**
 * The resolution title every member shares (as the newest words it), or null: a folder's name is a file-system slug
 * ("implementation-of-the-convention-on-the-prohibition-of-the-d"), the title is what a reader cites.
 */
function sharedUnTitle(members: readonly SeriesFacts[]): string | null {
  const titles = new Set(members.map((fact) => normalizeTitle(fact.title)));
  return titles.size === 1 ? members[members.length - 1].title.trim() : null;
}

/**
 * A UN series in reading order: by session; in a session the drafts first (each revision after the draft it revises,
 * then by date and id), then the adopted text(s). Each session holding drafts gives one draft history: its drafts and
 * the session's (first) adopted text, or null when the set does not hold it.
 */
function orderUnSeries(members: readonly number[], facts: readonly SeriesFacts[]): { members: number[]; drafts: DraftHistory[] } {
  const sessions = new Map<number, number[]>();
  for (const position of members) {
    const session = facts[position].session ?? Number.MAX_SAFE_INTEGER;
    let list = sessions.get(session);
    if (!list) sessions.set(session, (list = []));
    list.push(position);
  }
  const ordered: number[] = [];
  const drafts: DraftHistory[] = [];
  for (const session of [...sessions.keys()].sort((a, b) => a - b)) {
    const inSession = sessions.get(session)!;
    const sessionDrafts = orderDrafts(inSession.filter((position) => facts[position].stage === 'draft'), facts);
    const adopted = inSession.filter((position) => facts[position].stage !== 'draft');
    ordered.push(...sessionDrafts, ...adopted);
    if (sessionDrafts.length) drafts.push({ drafts: sessionDrafts.map((position) => facts[position].id), adopted: adopted.length ? facts[adopted[0]].id : null });
  }
  return { members: ordered, drafts };
}

/** Drafts of one session, each after the draft it revises (how many revisions deep it is), then by date and id. */
function orderDrafts(drafts: readonly number[], facts: readonly SeriesFacts[]): number[] {
  const bySymbol = new Map<string, number>();
  for (const position of drafts) if (facts[position].symbol) bySymbol.set(facts[position].symbol!, position);
  const depth = (position: number): number => {
    let count = 0;
    const seen = new Set<number>([position]);
    let revises = facts[position].revises;
    while (revises !== null && bySymbol.has(revises) && !seen.has(bySymbol.get(revises)!)) {
      const next = bySymbol.get(revises)!;
      seen.add(next);
      count++;
      revises = facts[next].revises;
    }
    return count;
  };
  const depths = new Map(drafts.map((position) => [position, depth(position)]));
  return [...drafts].sort((a, b) => depths.get(a)! - depths.get(b)! || a - b);
}

/** Longest slug kept from a title: the id goes into file names and links. */
const MAX_SLUG = 60;

/** A series id: its title lower-cased, runs of anything but letters and digits as `-`, cut at a word; unique with `-2`, `-3`. */
function uniqueSlug(title: string, taken: Set<string>): string {
  let slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG) slug = slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '');
  if (!slug) slug = 'series';
  let id = slug;
  for (let count = 2; taken.has(id); count++) id = `${slug}-${count}`;
  taken.add(id);
  return id;
}
