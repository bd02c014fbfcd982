import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { RedlineError } from '../../errors.js';

/** The built-in lexicons: `lexicons/*.yaml` at the repository root (shipped with the package), one file per kind. */
export const LEXICONS_DIR = fileURLToPath(new URL('../../../lexicons/', import.meta.url));

/** One named thing a lexicon recognizes (an actor, a hedge, a topic, an instrument), by any of its terms. */
export interface LexiconEntry {
  /** The canonical name signals report. */
  name: string;
  /** The phrases that name it; see `compileMatcher` for the matching rules. */
  terms: string[];
  /** What kind of thing (actors: `state`, `body`, `organization`, `role`, `group`). */
  category?: string;
  /** Hedges: 1 (scope qualifier) … 3 (escape clause). */
  strength?: number;
}

/** Every lexicon the signal detectors read. */
export interface Lexicons {
  actors: LexiconEntry[];
  /** Phrases that contain an actor's name but name something else ("Charter of the United Nations"). */
  actorsIgnore: string[];
  hedges: LexiconEntry[];
  topics: LexiconEntry[];
  /** Phrases that contain a topic's term but are a name (the Human Rights Council is a body, not the topic). */
  topicsIgnore: string[];
  /** Instruments cited by title (references by symbol are found by pattern). */
  references: LexiconEntry[];
}

/** The kinds a lexicon file may hold, each a list of entries. */
const KINDS = ['actors', 'hedges', 'topics', 'references'] as const;
type Kind = (typeof KINDS)[number];

interface LexiconFile {
  entries?: unknown;
  ignore?: unknown;
  states?: unknown;
  aliases?: unknown;
}

function fail(file: string, message: string): never {
  throw new RedlineError('bad-lexicon', message, 'Fix the file to the shape of the built-in lexicons/*.yaml (README "Lexicons").', file);
}

function readYaml(file: string): unknown {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    fail(file, 'the lexicon file cannot be read');
  }
  try {
    return parseYaml(source);
  } catch (error) {
    fail(file, `the lexicon file is not valid YAML (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`);
  }
}

function stringList(value: unknown, file: string, what: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== '')) fail(file, `${what} must be a list of phrases`);
  return value as string[];
}

function entryList(value: unknown, file: string, kind: string): LexiconEntry[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(file, `${kind} entries must be a list`);
  return value.map((raw, position) => {
    const item = raw as Record<string, unknown> | null;
    if (!item || typeof item !== 'object' || typeof item.name !== 'string' || item.name.trim() === '') fail(file, `${kind} entry ${position + 1} has no name`);
    const entry: LexiconEntry = { name: item.name, terms: stringList(item.terms, file, `the terms of ${kind} entry "${item.name}"`) };
    if (typeof item.category === 'string') entry.category = item.category;
    if (item.strength !== undefined) {
      if (typeof item.strength !== 'number' || ![1, 2, 3].includes(item.strength)) fail(file, `hedge "${item.name}" needs a strength of 1, 2 or 3`);
      entry.strength = item.strength;
    }
    if (kind === 'hedges' && entry.strength === undefined) fail(file, `hedge "${item.name}" needs a strength of 1, 2 or 3`);
    return entry;
  });
}

/** Entries of one kind from a built-in file (`entries`, and for actors `states` and `aliases`). */
function builtIn(kind: Kind): { entries: LexiconEntry[]; ignore: string[] } {
  const file = `${LEXICONS_DIR}${kind}.yaml`;
  const data = (readYaml(file) ?? {}) as LexiconFile;
  const entries = entryList(data.entries, file, kind);
  if (kind === 'actors') {
    const aliases = (data.aliases ?? {}) as Record<string, string>;
    for (const state of stringList(data.states, file, 'states')) {
      const others = Object.keys(aliases).filter((alias) => aliases[alias] === state);
      entries.push({ name: state, terms: [state, ...others], category: 'state' });
    }
  }
  return { entries, ignore: stringList(data.ignore, file, 'ignore') };
}

/** Add entries to a list: an entry of a known name gains the new terms, a new name is appended. */
function extend(entries: LexiconEntry[], more: readonly LexiconEntry[]): LexiconEntry[] {
  const out = entries.map((entry) => ({ ...entry, terms: [...entry.terms] }));
  for (const entry of more) {
    const known = out.find((candidate) => candidate.name.toLowerCase() === entry.name.toLowerCase());
    if (known) known.terms.push(...entry.terms.filter((term) => !known.terms.includes(term)));
    else out.push({ ...entry, terms: [...entry.terms] });
  }
  return out;
}

let defaults: Lexicons | null = null;

/** The built-in lexicons, read once per process. */
export function defaultLexicons(): Lexicons {
  if (!defaults) {
    const actors = builtIn('actors');
    defaults = {
      actors: actors.entries,
      actorsIgnore: actors.ignore,
      hedges: builtIn('hedges').entries,
      topics: builtIn('topics').entries,
      topicsIgnore: builtIn('topics').ignore,
      references: builtIn('references').entries,
    };
  }
  return defaults;
}

const loaded = new Map<string, Lexicons>();

/**
 * The built-in lexicons extended by the user's files (`--lexicon FILE`, repeatable). A file is YAML with any of the keys
 * `actors`, `hedges`, `topics`, `references` (each a list of `{ name, terms, category?, strength? }`, hedges with a
 * strength), `actors_ignore` and `topics_ignore` (phrases); an entry whose name exists gains its terms, a new name is added.
 */
export function loadLexicons(files: readonly string[] = []): Lexicons {
  if (files.length === 0) return defaultLexicons();
  const key = files.join('\u0000');
  const cached = loaded.get(key);
  if (cached) return cached;
  let lexicons = defaultLexicons();
  for (const file of files) {
    const data = readYaml(file);
    if (!data || typeof data !== 'object' || Array.isArray(data)) fail(file, 'a lexicon file must be a mapping with actors, hedges, topics or references');
    const record = data as Record<string, unknown>;
    const unknown = Object.keys(record).filter((name) => !(KINDS as readonly string[]).includes(name) && name !== 'actors_ignore' && name !== 'topics_ignore');
    if (unknown.length > 0) fail(file, `unknown lexicon key "${unknown[0]}" (expected actors, hedges, topics, references, actors_ignore or topics_ignore)`);
    lexicons = {
      actors: extend(lexicons.actors, entryList(record.actors, file, 'actors')),
      actorsIgnore: [...lexicons.actorsIgnore, ...stringList(record.actors_ignore, file, 'actors_ignore')],
      hedges: extend(lexicons.hedges, entryList(record.hedges, file, 'hedges')),
      topics: extend(lexicons.topics, entryList(record.topics, file, 'topics')),
      topicsIgnore: [...lexicons.topicsIgnore, ...stringList(record.topics_ignore, file, 'topics_ignore')],
      references: extend(lexicons.references, entryList(record.references, file, 'references')),
    };
  }
  loaded.set(key, lexicons);
  return lexicons;
}

/** Where a lexicon phrase was found in a text. */
export interface PhraseMatch {
  /** The entry matched, or null for an `ignore` phrase (it only keeps its span from other matches). */
  entry: LexiconEntry | null;
  /** The words as written. */
  text: string;
  start: number;
  end: number;
}

/** An acronym (UN, OEWG, LDCs, G-77): matched in capitals only, so that "who" is not the WHO nor "laws" LAWS. */
function isAcronym(term: string): boolean {
  return !/\s/.test(term) && term.length <= 7 && (term.match(/[A-Z]/g)?.length ?? 0) >= 2 && !/[a-z]{2}/.test(term);
}

const WORD = '[\\p{L}\\p{N}]';
const DASHES = '\\-\u2010\u2011\u2012\u2013';

/** A term as a regular expression: spaces and hyphens interchangeable, both apostrophes, `*` a word or a word's ending. */
function termPattern(term: string): string {
  return term
    .trim()
    .split(/([\s\-\u2010\u2011]+)/)
    .map((piece) => {
      if (/^[\s\-\u2010\u2011]+$/.test(piece)) return `[\\s${DASHES}]+`;
      if (piece === '*') return `${WORD}[\\p{L}\\p{N}${DASHES}]*`;
      const wildcardEnd = piece.endsWith('*');
      const body = (wildcardEnd ? piece.slice(0, -1) : piece).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['\u2019]/g, "['\u2019]");
      return wildcardEnd ? `${body}\\p{L}*` : body;
    })
    .join('');
}

/** A matcher over a list of entries: every non-overlapping match, longest first at each place, in text order. */
export type PhraseMatcher = (text: string) => PhraseMatch[];

const matchers = new WeakMap<readonly LexiconEntry[], Map<string, PhraseMatcher>>();

/**
 * Compile entries (and phrases to ignore) into one matcher. Terms match on word boundaries; acronyms (no space, at most
 * seven characters, two capitals or more) in capitals only; `caseSensitive` terms (proper names, e.g. States: "Chad",
 * "Niger") only with their capitals; every other term in any case. Overlaps go to the longer match, so "African Union
 * Commission" is one actor and the "Charter of the United Nations" (an ignore phrase) not the United Nations.
 */
export function compileMatcher(entries: readonly LexiconEntry[], ignore: readonly string[] = [], caseSensitive: (entry: LexiconEntry) => boolean = () => false): PhraseMatcher {
  const cacheKey = ignore.join('\u0000');
  let byIgnore = matchers.get(entries);
  const cached = byIgnore?.get(cacheKey);
  if (cached) return cached;
  const sensitive: Array<{ term: string; entry: LexiconEntry | null }> = [];
  const insensitive: Array<{ term: string; entry: LexiconEntry | null }> = [];
  for (const entry of entries) {
    for (const term of new Set(entry.terms.filter((term) => term.trim() !== ''))) {
      (isAcronym(term) || caseSensitive(entry) ? sensitive : insensitive).push({ term, entry });
    }
  }
  for (const term of ignore) (isAcronym(term) ? sensitive : insensitive).push({ term, entry: null });
  const compile = (terms: Array<{ term: string; entry: LexiconEntry | null }>, flags: string) => {
    if (terms.length === 0) return null;
    const sorted = [...terms].sort((a, b) => b.term.length - a.term.length || a.term.localeCompare(b.term));
    const lookup = sorted.map((item) => ({ ...item, test: new RegExp(`^(?:${termPattern(item.term)})$`, flags.replace('g', '')) }));
    // A term ends at a word boundary, except that a footnote mark may be glued to it ("the Paris Agreement3" in a PDF
    // text export): a digit may follow a term that ends in a letter.
    const regex = new RegExp(`(?<!${WORD})(?:${sorted.map((item) => termPattern(item.term)).join('|')})(?!\\p{L})(?!(?<=\\p{N})\\p{N})`, flags);
    return { regex, lookup };
  };
  const compiled = [compile(sensitive, 'gu'), compile(insensitive, 'giu')].filter((value) => value !== null);
  const mayMatch = firstWordFilter([...sensitive, ...insensitive].map((item) => item.term));
  const matcher: PhraseMatcher = (text) => {
    const found: PhraseMatch[] = [];
    if (!mayMatch(text)) return found;
    for (const { regex, lookup } of compiled) {
      regex.lastIndex = 0;
      for (const match of text.matchAll(regex)) {
        const item = lookup.find((candidate) => candidate.test.test(match[0]));
        if (!item) continue;
        found.push({ entry: item.entry, text: match[0], start: match.index, end: match.index + match[0].length });
      }
    }
    return pickNonOverlapping(found);
  };
  if (!byIgnore) {
    byIgnore = new Map();
    matchers.set(entries, byIgnore);
  }
  byIgnore.set(cacheKey, matcher);
  return matcher;
}

/**
 * A cheap test that a text may hold one of the terms: some word of it is a term's first word (or starts with a
 * wildcard term's first-word prefix). The alternation of a few hundred terms is tried at every position of a text; most
 * paragraphs hold none of the terms, and this word lookup rules them out in linear time (20,000 short paragraphs took
 * 3 s in the regex alone).
 */
function firstWordFilter(terms: readonly string[]): (text: string) => boolean {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const term of terms) {
    const first = foldWord(term.trim().split(/[\s\-\u2010\u2011]+/)[0] ?? '');
    // A term opening with a wildcard, or with a character words are not cut at, could start anywhere: no filter.
    if (!/^[\p{L}\p{N}'.]+\*?$/u.test(first)) return () => true;
    if (first.endsWith('*')) prefixes.add(first.slice(0, -1));
    else words.add(first);
  }
  const prefixList = [...prefixes];
  return (text) => {
    for (const match of text.matchAll(/[\p{L}\p{N}'\u2019.]+/gu)) {
      const word = foldWord(match[0]);
      if (words.has(word) || words.has(word.replace(/\.+$/, ''))) return true;
      if (prefixList.some((prefix) => word.startsWith(prefix))) return true;
    }
    return false;
  };
}

/** A word as the first-word filter compares it: lowercase, one apostrophe. */
function foldWord(word: string): string {
  return word.toLowerCase().replace(/\u2019/g, "'");
}

/** Spans in text order, the longer one kept where two overlap. */
export function pickNonOverlapping<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const byLength = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const span of byLength) if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A fingerprint of the lexicons a comparison reads: the built-in files and the user's, by content. Caches of compared
 * pairs key on it, so editing a lexicon is never answered from a stale cache.
 */
export function lexiconsFingerprint(files: readonly string[] = []): string {
  const hash = createHash('sha256');
  for (const file of [...KINDS.map((kind) => `${LEXICONS_DIR}${kind}.yaml`), ...files]) {
    let content = '';
    try {
      content = readFileSync(file, 'utf8');
    } catch {
      content = '\u0000missing';
    }
    hash.update(file).update('\u0000').update(content).update('\u0000');
  }
  return hash.digest('hex');
}
