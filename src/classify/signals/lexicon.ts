import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { RedlineError } from '../../errors.js';
import { readFileBounded } from '../../io.js';

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
  throw new RedlineError('bad-lexicon', message, 'Fix the file to the shape of the built-in lexicons/*.yaml (docs/findings.md, "Lexicons").', file);
}

/**
 * The YAML parser, loaded on first use: parsing the built-in lexicons took a tenth of a second of every comparison's
 * start, so they are read from their compiled JSON (`npm run build`) and YAML is parsed only for a user's `--lexicon`
 * file or a built-in file edited since the build.
 */
function parseYaml(source: string): unknown {
  const yaml = createRequire(import.meta.url)('yaml') as { parse(source: string): unknown };
  return yaml.parse(source);
}

/** A lexicon file's text, read within bounds (a regular file, at most 64 MB): `--lexicon /dev/zero` read 8 GB in 23 s. */
function readText(file: string): string {
  return Buffer.from(readFileBounded(file, 'the lexicon file')).toString('utf8');
}

function parseLexiconYaml(file: string, source: string): unknown {
  try {
    return parseYaml(source);
  } catch (error) {
    fail(file, `the lexicon file is not valid YAML (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`);
  }
}

function readYaml(file: string): unknown {
  return parseLexiconYaml(file, readText(file));
}

/** The built-in lexicons parsed at build time: `dist/lexicons.json`, each kind with the sha256 of the YAML it was read from. */
const COMPILED_LEXICONS = new URL('../../lexicons.json', import.meta.url);

type CompiledLexicons = Partial<Record<Kind, { sha256: string; data: unknown }>>;

let compiled: CompiledLexicons | null = null;

function compiledLexicons(): CompiledLexicons {
  if (!compiled) {
    try {
      compiled = JSON.parse(readFileSync(COMPILED_LEXICONS, 'utf8')) as CompiledLexicons;
    } catch {
      compiled = {}; // running from the sources (tests) or a build without it: parse the YAML
    }
  }
  return compiled;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A built-in lexicon file's data: the compiled copy when it was made from this very text, else the YAML parsed now. */
function readBuiltInData(kind: Kind): unknown {
  const file = `${LEXICONS_DIR}${kind}.yaml`;
  const source = readText(file);
  const copy = compiledLexicons()[kind];
  return copy && copy.sha256 === sha256(source) ? copy.data : parseLexiconYaml(file, source);
}

/** Write `dist/lexicons.json` from `lexicons/*.yaml` (run by `npm run build`). */
export function writeCompiledLexicons(): void {
  const out: CompiledLexicons = {};
  for (const kind of KINDS) {
    const file = `${LEXICONS_DIR}${kind}.yaml`;
    const source = readText(file);
    out[kind] = { sha256: sha256(source), data: parseLexiconYaml(file, source) };
  }
  writeFileSync(COMPILED_LEXICONS, `${JSON.stringify(out)}\n`);
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
  const data = (readBuiltInData(kind) ?? {}) as LexiconFile;
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
    const topics = builtIn('topics');
    defaults = {
      actors: actors.entries,
      actorsIgnore: actors.ignore,
      hedges: builtIn('hedges').entries,
      topics: topics.entries,
      topicsIgnore: topics.ignore,
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
export type PhraseMatcher = (text: string) => readonly PhraseMatch[];

const matchers = new WeakMap<readonly LexiconEntry[], Map<string, PhraseMatcher>>();

/** One term of a matcher, in the order the matcher prefers terms (longest first). */
interface MatcherTerm {
  term: string;
  entry: LexiconEntry | null;
}

/** A term's first run of letters and digits, folded, and whether the term's first word may go on past it (`State*`). */
export function termKey(term: string): { key: string; prefix: boolean } | null {
  const first = term.trim().split(/[\s\-\u2010\u2011]+/)[0] ?? '';
  const run = /^[\p{L}\p{N}]+/u.exec(first)?.[0];
  if (!run) return null;
  return { key: foldCase(run), prefix: first === `${run}*` };
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** Characters the `i` flag equates that upper- and lower-casing do not (Unicode's simple case folding). */
const FOLD_MORE: Readonly<Record<string, string>> = { '\u1fd3': '\u0390', '\u1fe3': '\u03b0', '\ufb05': '\ufb06' };

/**
 * Text folded so that two strings an `iu` expression matches to each other fold alike: lower-casing alone does not
 * (ſ and s, µ and μ, a final ς and σ match under the `i` flag, and `toLowerCase` keeps them apart), so each character
 * is upper-cased then lower-cased, unless upper-casing makes it longer (ß → SS, which the `i` flag does not do).
 */
export function foldCase(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  let folded = '';
  for (const character of text) {
    const upper = character.toUpperCase();
    const lower = (upper.length === character.length ? upper : character).toLowerCase();
    folded += FOLD_MORE[lower] ?? lower;
  }
  return folded;
}

/** The end of a term: a word boundary, except that a footnote mark may be glued to it ("the Paris Agreement3" in a PDF
 * text export): a digit may follow a term that ends in a letter. */
const TERM_END = '(?!\\p{L})(?!(?<=\\p{N})\\p{N})';

/**
 * The terms of one case group indexed by their first run of letters and digits: a match can only start where a run
 * starts (no letter or digit before it), so each run of a text looks up its few candidate terms and tries those alone,
 * longest first, each as a sticky expression. This is what one alternation of every term (tried at every position of
 * every text, and compiled at start-up: a twentieth of a second) did, with the same leftmost, longest-term-first,
 * non-overlapping result. Null when some term does not start with a letter or a digit (then the alternation is used).
 */
function indexedGroup(terms: readonly MatcherTerm[], flags: string): ((text: string, runs: readonly TextRun[]) => PhraseMatch[]) | null {
  const exact = new Map<string, MatcherTerm[]>();
  const prefixed: Array<{ key: string; item: MatcherTerm }> = [];
  for (const item of terms) {
    const key = termKey(item.term);
    if (!key) return null;
    if (key.prefix) prefixed.push({ key: key.key, item });
    else exact.set(key.key, [...(exact.get(key.key) ?? []), item]);
  }
  const order = new Map(terms.map((item, position) => [item, position]));
  const sticky = new Map<MatcherTerm, RegExp>();
  const expression = (item: MatcherTerm): RegExp => {
    let regex = sticky.get(item);
    if (!regex) {
      // A term without a wildcard, not ending in a space or hyphen, has one way to match at a place, so its end is
      // checked after the match (`endsWell`): an expression holding \p{L} under the i flag took 0.8 ms to compile, one
      // without it a tenth of that. A term ending in a hyphen ("pre-") may end at any of the dashes that follow it.
      const variableEnd = item.term.includes('*') || /[\s\-\u2010\u2011]$/.test(item.term.trim());
      regex = new RegExp(`(?:${termPattern(item.term)})${variableEnd ? TERM_END : ''}`, `y${flags}`);
      sticky.set(item, regex);
    }
    return regex;
  };
  const candidatesOf = ({ text: run, folded }: TextRun): readonly MatcherTerm[] | undefined => {
    let found = exact.get(folded);
    // A footnote mark glued to a one-word term: "Agreement3" (or "Agreement3rd") may be the term "Agreement": a term
    // ending in a letter may end wherever a digit follows a letter.
    if (HAS_DIGIT.test(run)) {
      for (const glued of run.matchAll(GLUED_DIGIT)) {
        const more = exact.get(foldCase(run.slice(0, glued.index)));
        if (more) found = [...(found ?? []), ...more];
      }
    }
    for (const { key, item } of prefixed) if (folded.startsWith(key)) found = [...(found ?? []), item];
    return found && found.length > 1 && found !== exact.get(folded) ? [...found].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)) : found;
  };
  return (text, runs) => {
    const found: PhraseMatch[] = [];
    let taken = 0;
    for (const run of runs) {
      if (run.start < taken) continue;
      for (const item of candidatesOf(run) ?? []) {
        const regex = expression(item);
        regex.lastIndex = run.start;
        const match = regex.exec(text);
        if (!match || !endsWell(text, match[0], run.start + match[0].length)) continue;
        found.push({ entry: item.entry, text: match[0], start: run.start, end: run.start + match[0].length });
        taken = run.start + match[0].length;
        break;
      }
    }
    return found;
  };
}

const HAS_DIGIT = /\p{N}/u;
const GLUED_DIGIT = /(?<=\p{L})\p{N}/gu;
const LETTER_NEXT = /^\p{L}/u;
const DIGIT_NEXT = /^\p{N}/u;
const DIGIT_LAST = /\p{N}$/u;

/** `TERM_END` checked by hand after a match: no letter follows it, and no digit follows a digit it ends with. */
function endsWell(text: string, matched: string, end: number): boolean {
  const next = text.slice(end, end + 2);
  if (next === '') return true;
  return !LETTER_NEXT.test(next) && !(DIGIT_NEXT.test(next) && DIGIT_LAST.test(matched));
}

/** A maximal run of letters and digits in a text (where a term may start), as written and folded (`foldCase`). */
interface TextRun {
  start: number;
  text: string;
  folded: string;
}

/**
 * The runs of a text (read only, never changed by a search), for the last texts searched: every lexicon (actors, hedges,
 * topics, references, commitments) searches a finding's two texts, and each found their runs anew (issue 21 session 12).
 */
const recentRuns = new Map<string, readonly TextRun[]>();

function textRuns(text: string): readonly TextRun[] {
  const known = recentRuns.get(text);
  if (known) return known;
  const runs: TextRun[] = [];
  // Maximal runs: each starts where no letter or digit precedes it, as a term's match must.
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) runs.push({ start: match.index, text: match[0], folded: foldCase(match[0]) });
  if (recentRuns.size >= MEMO_TEXTS) recentRuns.clear();
  recentRuns.set(text, runs);
  return runs;
}

/**
 * The same search as one alternation of every term: for groups `indexedGroup` cannot index (a user's term that starts
 * with a mark), and the reference the index is tested against.
 */
function alternationGroup(terms: readonly MatcherTerm[], flags: string): (text: string, runs: readonly TextRun[]) => PhraseMatch[] {
  const lookup = terms.map((item) => ({ ...item, test: new RegExp(`^(?:${termPattern(item.term)})$`, flags) }));
  const regex = new RegExp(`(?<!${WORD})(?:${terms.map((item) => termPattern(item.term)).join('|')})${TERM_END}`, `g${flags}`);
  return (text) => {
    const found: PhraseMatch[] = [];
    for (const match of text.matchAll(regex)) {
      const item = lookup.find((candidate) => candidate.test.test(match[0]));
      if (item) found.push({ entry: item.entry, text: match[0], start: match.index, end: match.index + match[0].length });
    }
    return found;
  };
}

/**
 * Compile entries (and phrases to ignore) into one matcher. Terms match on word boundaries; acronyms (no space, at most
 * seven characters, two capitals or more) in capitals only; `caseSensitive` terms (proper names, e.g. States: "Chad",
 * "Niger") only with their capitals; every other term in any case. Overlaps go to the longer match, so "African Union
 * Commission" is one actor and the "Charter of the United Nations" (an ignore phrase) not the United Nations.
 * `search: 'alternation'` gives the same answer the slow way (one expression of every term), for tests to compare.
 */
export function compileMatcher(
  entries: readonly LexiconEntry[],
  ignore: readonly string[] = [],
  caseSensitive: (entry: LexiconEntry) => boolean = () => false,
  search: 'indexed' | 'alternation' = 'indexed',
): PhraseMatcher {
  const cacheKey = `${search}\u0000${ignore.join('\u0000')}`;
  let byIgnore = matchers.get(entries);
  const cached = byIgnore?.get(cacheKey);
  if (cached) return cached;
  const sensitive: MatcherTerm[] = [];
  const insensitive: MatcherTerm[] = [];
  for (const entry of entries) {
    for (const term of new Set(entry.terms.filter((term) => term.trim() !== ''))) {
      (isAcronym(term) || caseSensitive(entry) ? sensitive : insensitive).push({ term, entry });
    }
  }
  for (const term of ignore) (isAcronym(term) ? sensitive : insensitive).push({ term, entry: null });
  const groups = [
    { terms: sensitive, flags: 'u' },
    { terms: insensitive, flags: 'iu' },
  ]
    .filter((group) => group.terms.length > 0)
    .map(({ terms, flags }) => {
      const sorted = [...terms].sort((a, b) => b.term.length - a.term.length || a.term.localeCompare(b.term));
      return (search === 'indexed' ? indexedGroup(sorted, flags) : null) ?? alternationGroup(sorted, flags);
    });
  const memo = new TextMemo<PhraseMatch>();
  const matcher: PhraseMatcher = (text) =>
    memo.get(groups, text, () => {
      const runs = textRuns(text);
      return pickNonOverlapping(groups.flatMap((group) => group(text, runs)));
    });
  if (!byIgnore) {
    byIgnore = new Map();
    matchers.set(entries, byIgnore);
  }
  byIgnore.set(cacheKey, matcher);
  return matcher;
}

/** Texts whose results a `TextMemo` keeps: one finding's texts are searched by several detectors, then never again. */
const MEMO_TEXTS = 64;

/**
 * The results of one search per text, for the last texts searched: a finding's two texts go through every detector, and
 * references, numbers and each lexicon are searched several times over the same text (reference and number signals,
 * routine changes, instrument aliases): a tenth of a 10,000-paragraph comparison. Results are frozen, as they are shared.
 */
export class TextMemo<T> {
  private readonly byOwner = new WeakMap<object, Map<string, readonly T[]>>();

  get(owner: object, text: string, search: () => T[]): readonly T[] {
    let results = this.byOwner.get(owner);
    if (!results) this.byOwner.set(owner, (results = new Map()));
    const known = results.get(text);
    if (known) return known;
    const found = Object.freeze(search());
    if (results.size >= MEMO_TEXTS) results.clear();
    results.set(text, found);
    return found;
  }
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
      content = Buffer.from(readFileBounded(file, 'the lexicon file')).toString('utf8');
    } catch {
      content = '\u0000missing'; // loading the lexicons refuses it with its reason
    }
    hash.update(file).update('\u0000').update(content).update('\u0000');
  }
  return hash.digest('hex');
}
