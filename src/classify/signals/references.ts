import type { ReferenceKind, ReferenceSignal } from '../../types.js';
import type { SignalDetector, SignalDocuments } from './detector.js';
import { compileMatcher, defaultLexicons, foldCase, pickNonOverlapping, termKey, TextMemo, type Lexicons } from './lexicon.js';
import { documentMentions } from './document-reading.js';

/** A reference found in a text: what it cites, canonically, and where. */
export interface ReferenceMention {
  /** Canonical form: `resolution 75/240`, `decision 77/551`, `A/79/214`, `Article 2 (4)`, an instrument's name. */
  key: string;
  kind: ReferenceKind;
  /** The General Assembly session of a session-numbered symbol (75 for 75/240 and A/75/816), else null. */
  session: number | null;
  /** The symbol with its session number replaced by `#` (`A/#/214`, `#/240`): the shape a successor keeps. */
  shape: string | null;
  /**
   * The title the text gives a resolution or decision right after its symbol ("GC(67)/RES/14, entitled “Status of
   * Palestine in the IAEA”", "resolution 78/72 of 7 December 2023 on the rule of law"), as written, else null: the
   * subject a successor must share (`isSuccessor`).
   */
  title: string | null;
  /** How the title was given: quoted after "entitled" (the whole title), or after "on" (its opening words, up to a break). */
  titled: 'entitled' | 'on' | null;
  start: number;
  end: number;
  text: string;
}

/** A document symbol: capitals, then slash-separated parts, one with a digit (A/79/214, A/RES/78/16, NPT/CONF.2010/50). */
const DOCUMENT_SYMBOL = /(?<![\p{L}\p{N}/])[A-Z]{1,6}(?:\.\d+)?(?:\/[A-Za-z0-9.\-]*[A-Za-z0-9])+(?:\s\((?:19|20)\d\d\))?/gu;
/** A session-numbered resolution or decision number (75/240), not part of a longer symbol or a date (10/11/2024). */
const SESSION_NUMBER = /(?<![\p{L}\p{N}/.\-])(\d{1,2})\/(\d{1,3})(?:\s([A-Z])(?![\p{L}\p{N}]))?(?![/\d])/gu;
/** A Security Council resolution: `resolution 2231 (2015)`, and each further item of its list `1540 (2004)`. */
const COUNCIL_RESOLUTION = /(?<![\p{L}\p{N}/])(\d{2,4})\s\(((?:19|20)\d\d)\)/gu;
/**
 * A resolution or decision of the IAEA General Conference (`GC(68)/RES/14`, `GC(69)/DEC/10`) or a decision of a climate
 * treaty's meeting (`1/CMA.4`). The numbers of a symbol are no figures (fix 12C: "figure changed: 9 → 69" was read from
 * "GC(68)/DEC/9" → "GC(69)/DEC/10", Report of the IAEA 79/4 → 80/7 OP 2).
 */
const CONFERENCE_DECISION = /(?<![\p{L}\p{N}/])(?:GC\((\d{1,3})\)\/(RES|DEC)\/(\d{1,3})|(\d{1,3})\/(CMA|CP|CMP)\.(\d{1,3}))(?![\p{N}])/gu;
/** A resolution or decision numbered by year, as the Economic and Social Council numbers them: `2023/3`, `2024/13`. */
const YEAR_NUMBERED = /(?<![\p{L}\p{N}/.\-])((?:19|20)\d\d)\/(\d{1,3})(?![/\d])/gu;
/** An article of a charter or treaty: `Article 2 (4)`, `article XIV`, `Article 51`. */
const ARTICLE = /(?<![\p{L}])[Aa]rticles?\s+(\d{1,3}|[IVXLC]{1,6})(?![\p{L}\p{N}])(?:\s?\((\d{1,2}|[a-z])\))?/gu;
/** The next number of a list of articles after "articles 21": ", 4", " and 39", " or 9 (2)". */
const ARTICLE_LIST_ITEM = /^(?:,\s*|\s+(?:and|or)\s+)(\d{1,3}|[IVXLC]{1,6})(?![\p{L}\p{N}])(?:\s?\((\d{1,2}|[a-z])\))?/u;
/** What may stand between two items of a list of resolutions: separators, "and", and the date of the previous item. */
const LIST_GAP = /^(?:[\s,;]+|and|or|of|\d{1,4}|[A-Z][a-z]+)*$/;
/** A symbol's date right after it ("75/170 of 16 December 2020"): a document dated, the next item of a list of them. */
const DATED_AFTER = /^,?\s+of\s+\d{1,2}\s+\p{Lu}\p{Ll}+\s+(?:19|20)\d\d\b/u;
/** The words that make a bare number a resolution or decision (its list may run on: "resolutions 70/237, 73/27 and …"). */
const CITING_WORD = /\b(resolutions?|decisions?)\b/gi;

function citingKind(text: string, position: number): 'resolution' | 'decision' | null {
  const window = text.slice(Math.max(0, position - 300), position);
  let kind: 'resolution' | 'decision' | null = null;
  for (const match of window.matchAll(CITING_WORD)) kind = match[1].toLowerCase().startsWith('decision') ? 'decision' : 'resolution';
  return kind;
}

/** A body that adopts resolutions, or "its" (the General Assembly speaking of its own). */
const ADOPTING_BODY = /\b(Human Rights Council|General Assembly|Economic and Social Council|Security Council|Commission on Human Rights|Council|Assembly)\s+(?:decisions?|resolutions?)\b|\bits\s+(?:\w+\s+)?(?:decisions?|resolutions?)\b/g;
/** A council named in full: the one a later "Council resolution" stands for. */
const COUNCIL_NAMED = /\b(Human Rights|Security|Economic and Social|Trusteeship) Council\b/g;

/**
 * True when the list a number stands in is the Human Rights Council's: the last body named with "resolution(s)" or
 * "decision(s)" before it ("Human Rights Council decision 18/120 … and resolutions 24/14, …") is the Council.
 */
function citedByHumanRightsCouncil(text: string, position: number): boolean {
  const window = text.slice(Math.max(0, position - 400), position);
  let body: string | undefined;
  for (const match of window.matchAll(ADOPTING_BODY)) body = match[1] ?? 'its';
  // "Council resolution 52/28" after "the Human Rights Council" was named in full: the short form of the council last
  // named ("Recalling all previous resolutions adopted by the General Assembly, the Commission on Human Rights and the
  // Human Rights Council …, including Assembly resolution 77/226 … and Council resolution 52/28", DPRK 78/218 PP 2:
  // 52/28 → 55/21 of a year on read as a new reference, round 15E).
  if (body === 'Council') {
    let named: string | undefined;
    for (const match of text.slice(0, position).matchAll(COUNCIL_NAMED)) named = match[1];
    return named === 'Human Rights';
  }
  return body === 'Human Rights Council';
}

/** Every reference a text makes, in text order, none overlapping. */
export function findReferences(text: string, lexicons: Lexicons = defaultLexicons()): readonly ReferenceMention[] {
  return referenceMemo.get(lexicons, text, () => searchReferences(text, lexicons));
}

const referenceMemo = new TextMemo<ReferenceMention>();

function searchReferences(text: string, lexicons: Lexicons): ReferenceMention[] {
  return pickNonOverlapping(searchSymbols(text, lexicons)).map((mention) => ({ ...mention, ...titleAfter(text, mention) }));
}

/** A resolution's title quoted after its symbol: its part ("GC(69)/RES/9 A.2", "78/262 B"), its date, then "entitled “…”". */
const ENTITLED_AFTER = /^(?:\s[A-Z](?:\.\d{1,2})?)?(?:,?\s+of\s+\d{1,2}\s+\p{L}+\s+\d{4})?,?\s+entitled\s+[“"]([^”"]{1,300})[”"]/u;
/** A resolution's subject given after "on": "resolution 78/72 of 7 December 2023 on the rule of law", up to a break. */
const ON_AFTER = /^(?:\s[A-Z](?:\.\d{1,2})?)?(?:,?\s+of\s+\d{1,2}\s+\p{L}+\s+\d{4})?\s+on\s+((?:the\s+)?\p{L}[^,;:()“”"\d]{2,200}?)(?=\s*[,;:()“”"]|\s*\.?\s*$|\s+\d)/u;

/** The title a resolution or decision is given right after its symbol (`ReferenceMention.title`). */
function titleAfter(text: string, mention: Omit<ReferenceMention, 'title' | 'titled'>): Pick<ReferenceMention, 'title' | 'titled'> {
  if (mention.kind !== 'resolution' && mention.kind !== 'decision') return { title: null, titled: null };
  const rest = text.slice(mention.end, mention.end + 400);
  const entitled = ENTITLED_AFTER.exec(rest);
  if (entitled) return { title: entitled[1].replace(/\s+/g, ' ').trim(), titled: 'entitled' };
  const on = ON_AFTER.exec(rest);
  // "on" opening a date or a time ("on 5 December", "on that occasion") names no subject.
  if (on && !/^(?:the\s+)?(?:occasion|behalf|basis|day|date|that|this|which|January|February|March|April|May|June|July|August|September|October|November|December)\b/i.test(on[1])) {
    return { title: on[1].replace(/\s+/g, ' ').trim(), titled: 'on' };
  }
  return { title: null, titled: null };
}

/** The words of a title as compared: case, quotes, hyphens and spacing folded; its session, ordinal and year words aside. */
export function titleWords(title: string): string[] {
  return title
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212-]/g, ' ')
    .replace(/[’‘`]/g, "'")
    .replace(/\b(?:\p{L}+ )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}*teenth|\p{L}*tieth)\b/gu, ' ')
    .replace(/\b(?:sessions?|regular|special|annual|\d+(?:st|nd|rd|th)?)\b/g, ' ')
    .split(/[^\p{L}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word !== '' && word !== 'the');
}

/**
 * True when two citations name the same subject, as far as the text says: both titled, the titles alike (`titleWords`);
 * a subject given after "on" gives only its opening words, so the one of them may run on where the other stops. Where
 * either side gives no title, nothing tells them apart.
 */
export function sameSubject(before: ReferenceMention, after: ReferenceMention): boolean {
  if (before.title === null || after.title === null) return true;
  const [older, newer] = [titleWords(before.title), titleWords(after.title)];
  if (before.titled === 'entitled' && after.titled === 'entitled') return older.join(' ') === newer.join(' ');
  const [shorter, longer] = older.length <= newer.length ? [older, newer] : [newer, older];
  return shorter.length > 0 && shorter.every((word, at) => longer[at] === word);
}

function searchSymbols(text: string, lexicons: Lexicons): Array<Omit<ReferenceMention, 'title' | 'titled'>> {
  const found: Array<Omit<ReferenceMention, 'title' | 'titled'>> = [];
  for (const match of text.matchAll(DOCUMENT_SYMBOL)) {
    const symbol = match[0];
    if (!/\d/.test(symbol)) continue;
    // The session of a General Assembly symbol (A/79/414, A/RES/79/77, A/C.4/79/SR.3), else the year of a yearly
    // series (A/AC.109/2024/7: the report of the current year); either one up is the expected successor.
    const session = /^(?:A|A\/RES|A\/C\.\d|A\/HRC|A\/CONF\.\d+)\/(\d{1,2})\//.exec(symbol) ?? /\/((?:19|20)\d\d)\//.exec(symbol);
    found.push({
      key: symbol,
      kind: 'document',
      session: session ? Number(session[1]) : null,
      // The shape a successor keeps: the session replaced, the report's own number and any addendum, revision or
      // corrigendum dropped (A/78/461/Add.8 → A/79/437/Add.9 → A/80/555 are each year's report of the Committee).
      shape: session ? symbol.replace(`/${session[1]}/`, '/#/').replace(/(?:\/(?:Add|Rev|Corr)\.\d+)+$/, '').replace(/\/\d+([A-Z]?)$/, '/n$1') : null,
      start: match.index,
      end: match.index + symbol.length,
      text: symbol,
    });
  }
  let previous: { end: number; kind: 'resolution' | 'decision' } | null = null;
  for (const match of text.matchAll(SESSION_NUMBER)) {
    // A bare number cites only after "resolution(s)"/"decision(s)", as the next item of such a list however long it
    // runs ("resolutions 62/63 of 6 December 2007, …, 77/98 of 7 December 2022 and 78/102"), or as a resolution's own
    // title line ("79/77. Title").
    // An item dated after what the previous item did ("62/122 of 17 December 2007, in which it designated 25 March as
    // …, 75/170 of 16 December 2020, in which …", Durban 79/161 → 80/193 PP 33, sig21): the list runs on past the clause,
    // within its sentence; read as figures, its symbols were "figure added: 75", "figure added: 170". An item that names
    // its own kind ("…, and United Nations Environment Assembly resolution 3/4 of …") is read by that word.
    const datedItem: boolean = previous !== null && DATED_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 30)) && !/[;.]\s|\b(?:resolutions?|decisions?)\b/iu.test(text.slice(previous.end, match.index));
    const listed: 'resolution' | 'decision' | null = previous && ((match.index - previous.end <= 40 && LIST_GAP.test(text.slice(previous.end, match.index))) || datedItem) ? previous.kind : null;
    const kind: 'resolution' | 'decision' | null = listed ?? citingKind(text, match.index);
    const ownTitle = match.index === 0 && /^\d{1,2}\/\d{1,3}\.\s/.test(text);
    if (!kind && !ownTitle) continue;
    previous = { end: match.index + match[0].length, kind: kind ?? 'resolution' };
    const session = Number(match[1]);
    if (session < 1) continue;
    const label = kind ?? 'resolution';
    // The Human Rights Council numbers by its own sessions, three a year: its resolutions succeed each other apart.
    const council = citedByHumanRightsCouncil(text, match.index) ? 'Human Rights Council ' : '';
    found.push({
      key: `${council}${label} ${match[1]}/${match[2]}${match[3] ? ` ${match[3]}` : ''}`,
      kind: label,
      session,
      shape: `${council}${label} #/n`,
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
    });
  }
  for (const match of text.matchAll(COUNCIL_RESOLUTION)) {
    if (citingKind(text, match.index) !== 'resolution') continue;
    // The Security Council renews its mandates by a new resolution each year: its successor is a resolution of the next year.
    found.push({ key: `resolution ${match[1]} (${match[2]})`, kind: 'resolution', session: Number(match[2]), shape: 'resolution n (#)', start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  for (const match of text.matchAll(CONFERENCE_DECISION)) {
    // The IAEA General Conference (GC(68)/RES/14) and the meetings of the climate treaties (1/CMA.4, 2/CP.28, 1/CMP.18)
    // number by their session: the next session's decision of the same kind succeeds.
    const [symbol, gc, gcKind, gcNumber, number, body, session] = match;
    const key = gc ? `GC(${gc})/${gcKind}/${gcNumber}` : `decision ${number}/${body}.${session}`;
    const kind = gc ? (gcKind === 'DEC' ? 'decision' : 'resolution') : 'decision';
    found.push({ key, kind, session: Number(gc ?? session), shape: gc ? `GC(#)/${gcKind}/n` : `n/${body}.#`, start: match.index, end: match.index + symbol.length, text: symbol });
  }
  for (const match of text.matchAll(YEAR_NUMBERED)) {
    // The Economic and Social Council numbers its resolutions and decisions by year (2023/3, 2024/13).
    const kind = citingKind(text, match.index);
    if (!kind) continue;
    found.push({ key: `${kind} ${match[1]}/${match[2]}`, kind, session: Number(match[1]), shape: `${kind} #/n (year)`, start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  for (const match of text.matchAll(ARTICLE)) {
    const key = `Article ${match[1]}${match[2] ? ` (${match[2]})` : ''}`;
    found.push({ key, kind: 'article', session: null, shape: null, start: match.index, end: match.index + match[0].length, text: match[0] });
    // "articles 21 and 39", "articles 2, 4 and 9": each number of the list is an article, not a figure.
    if (!/^[Aa]rticles/.test(match[0])) continue;
    let end = match.index + match[0].length;
    for (let next = ARTICLE_LIST_ITEM.exec(text.slice(end)); next !== null; next = ARTICLE_LIST_ITEM.exec(text.slice(end))) {
      const start = end + next[0].length - next[0].replace(/^(?:,\s*|\s+(?:and|or)\s+)/, '').length;
      found.push({ key: `Article ${next[1]}${next[2] ? ` (${next[2]})` : ''}`, kind: 'article', session: null, shape: null, start, end: end + next[0].length, text: text.slice(start, end + next[0].length) });
      end += next[0].length;
    }
  }
  for (const match of compileMatcher(lexicons.references)(text)) {
    if (!match.entry) continue;
    found.push({ key: match.entry.name, kind: 'instrument', session: null, shape: null, start: match.start, end: match.end, text: match.text });
  }
  return found;
}

/**
 * The text with "the Treaty" (the Convention, the Agreement, …) spelled out as the instrument that the other version
 * names in full and this one does not: drafters shorten a name they have used before ("the Arms Trade Treaty" → "the
 * Treaty"), which is the same reference, and the same topic.
 */
export function withInstrumentAliases(text: string, other: string, lexicons: Lexicons = defaultLexicons()): string {
  const named = new Set(findReferences(text, lexicons).filter((mention) => mention.kind === 'instrument').map((mention) => mention.key));
  let out = text;
  for (const mention of findReferences(other, lexicons)) {
    if (mention.kind !== 'instrument' || named.has(mention.key)) continue;
    const last = /([A-Z][a-z]+)$/.exec(mention.key)?.[1];
    if (!last) continue;
    const alias = new RegExp(`\\bthe ${last}\\b`);
    if (alias.test(out)) {
      out = out.replace(alias, `the ${mention.key}`);
      named.add(mention.key);
    }
  }
  return out;
}

/**
 * True when `after` is the expected successor of `before`: the same kind and shape, one session later
 * (`isNextSessionSymbol`), on the same subject where the text titles them (`sameSubject`). A session's resolutions are
 * numbered anew each year: "GC(67)/RES/14, entitled “Status of Palestine in the IAEA”" is not succeeded by
 * "GC(68)/RES/15, entitled “Nuclear safety, security and safeguards in Ukraine”" (Report of the IAEA 78/8 → 79/4 OP 2,
 * trial 15b: paired by their place in the list, the dropped resolutions were read as the year's).
 */
export function isSuccessor(before: ReferenceMention, after: ReferenceMention): boolean {
  return isNextSessionSymbol(before, after) && sameSubject(before, after);
}

/** True when `after` is a symbol of the next session of the body that numbered `before`: the same kind and shape, one session later. */
export function isNextSessionSymbol(before: ReferenceMention, after: ReferenceMention): boolean {
  if (before.session === null || after.session === null || before.kind !== after.kind || before.shape !== after.shape) return false;
  return isNextSession(before.shape, before.session, after.session);
}

/**
 * One session on; for the Human Rights Council (three sessions a year) a later session within two years (seven
 * sessions): its resolutions on a topic come yearly or every other year (53/28 of July 2023 → 59/19 of July 2025).
 */
export function isNextSession(shape: string | null, before: number, after: number): boolean {
  if (shape?.startsWith('Human Rights Council')) return after > before && after - before <= 7;
  return after === before + 1;
}

function firstByKey(mentions: readonly ReferenceMention[]): ReferenceMention[] {
  const seen = new Set<string>();
  return mentions.filter((mention) => !seen.has(mention.key) && seen.add(mention.key));
}

/**
 * Reference signals between two versions of a paragraph: references cited only in the newer text are `added`, only in
 * the older `removed`; a removed session-numbered symbol whose successor was added (75/240 → 76/19, A/79/414 →
 * A/80/534, same kind and shape, next session) is `succeeded` and routine. "The Treaty" in one version stands for the
 * instrument the other names in full (`withInstrumentAliases`). With the two whole documents (`documents`), as for
 * topics, a reference is added only when the older document cites it nowhere, and removed only when the newer cites it
 * nowhere: a new paragraph welcoming the Executive Secretary of the Comprehensive Nuclear-Test-Ban Treaty Organization
 * adds no reference to a resolution on that Treaty that names it twelve times (a data engineer's reading, session 14:
 * `referencesAdded` listed references both texts cite).
 */
export function referenceChanges(before: string, after: string, lexicons: Lexicons = defaultLexicons(), documents?: SignalDocuments): ReferenceSignal[] {
  const older = firstByKey(findReferences(withInstrumentAliases(before, after, lexicons), lexicons));
  const newer = firstByKey(findReferences(withInstrumentAliases(after, before, lexicons), lexicons));
  const newerKeys = new Set(newer.map((mention) => mention.key));
  const olderKeys = new Set(older.map((mention) => mention.key));
  const removed = older.filter((mention) => !newerKeys.has(mention.key));
  const added = newer.filter((mention) => !olderKeys.has(mention.key));
  const signals: ReferenceSignal[] = [];
  const succeeded = new Set<ReferenceMention>();
  for (const old of removed) {
    const successor = added.find((mention) => !succeeded.has(mention) && isSuccessor(old, mention));
    if (!successor) continue;
    succeeded.add(old).add(successor);
    signals.push({
      type: 'reference',
      change: 'succeeded',
      kind: old.kind,
      from: old.key,
      to: successor.key,
      routine: true,
      summary: `reference succeeded (routine): ${old.key} → ${successor.key}`,
      tally: 'reference succeeded',
    });
  }
  for (const old of removed) {
    if (succeeded.has(old) || (documents !== undefined && documentCites(documents.after, old.key, lexicons))) continue;
    signals.push({ type: 'reference', change: 'removed', kind: old.kind, from: old.key, to: null, routine: false, summary: `reference removed: ${named(old)}`, tally: 'reference removed' });
  }
  for (const mention of added) {
    if (succeeded.has(mention) || (documents !== undefined && documentCites(documents.before, mention.key, lexicons))) continue;
    signals.push({ type: 'reference', change: 'added', kind: mention.kind, from: null, to: mention.key, routine: false, summary: `reference added: ${named(mention)}`, tally: 'reference added' });
  }
  return signals;
}

/**
 * A reference as a signal names it: its key, and the title the text quotes for it ("GC(67)/RES/14 “Status of Palestine
 * in the IAEA”"): of a session's resolutions taken note of, the subject is what a reader needs, not the number.
 */
function named(mention: ReferenceMention): string {
  return mention.titled === 'entitled' && mention.title !== null ? `${mention.key} “${mention.title}”` : mention.key;
}

/** The folded first words of each instrument's terms, by name (null for a term that starts with no letter or digit). */
const instrumentWords = new WeakMap<readonly unknown[], Map<string, Array<string | null>>>();

/** A session-numbered resolution or decision: `resolution 75/240`, `Human Rights Council decision 18/120`, `… 60/1 B`. */
const SESSION_KEY = /^(?:Human Rights Council )?(?:resolution|decision) (\d{1,2}\/\d{1,3})(?: [A-Z])?$/;
/** A resolution or decision numbered by year: `resolution 2023/3`. */
const YEAR_KEY = /^(?:resolution|decision) ((?:19|20)\d\d\/\d{1,3})$/;
/** A Security Council resolution: `resolution 2231 (2015)` (the text may hold another white space before the year). */
const COUNCIL_KEY = /^resolution (\d{2,4}) (\((?:19|20)\d\d\))$/;
/** A decision of a climate treaty's meeting: `decision 1/CMA.4`. */
const CLIMATE_KEY = /^decision (\d{1,3}\/(?:CMA|CP|CMP)\.\d{1,3})$/;
/** An IAEA General Conference resolution or decision: the key is the symbol as written. */
const CONFERENCE_KEY = /^GC\(\d{1,3}\)\/(?:RES|DEC)\/\d{1,3}$/;
/** A document symbol: the key is the symbol as written (`DOCUMENT_SYMBOL`). */
const SYMBOL_KEY = /^[A-Z]{1,6}(?:\.\d+)?\//;
/** An article: its number as written, and its paragraph in brackets; the text holds "rticle" ("Article", "articles"). */
const ARTICLE_KEY = /^Article (\d{1,3}|[IVXLC]{1,6})(?: (\((?:\d{1,2}|[a-z])\)))?$/;

/**
 * A test every paragraph whose `findReferences` gives `key` passes (`documentMentions`). A key is built from its match
 * (above): the paragraph holds `75/240` as written for "resolution 75/240", the symbol itself for "A/79/214", an
 * article's number; an instrument (an entry of the reference lexicon, its key the entry's name) is found only where a
 * run of letters and digits starts with the folded first word of one of its terms (`compileMatcher`: a term is tried
 * only at a run whose folded text is that word, or starts with it), so the folded paragraph holds that word. Null (read
 * the document in order) for a key two shapes could have built, and for every instrument when a term of the lexicon
 * starts with neither a letter nor a digit.
 */
export function referenceRequiredText(key: string, lexicons: Lexicons): ((text: string) => boolean) | null {
  let byName = instrumentWords.get(lexicons.references);
  if (!byName) {
    byName = new Map();
    for (const entry of lexicons.references) {
      const words = entry.terms.filter((term) => term.trim() !== '').map((term) => termKey(term)?.key ?? null);
      byName.set(entry.name, [...(byName.get(entry.name) ?? []), ...words]);
    }
    // One term that starts with a mark makes the matcher search its whole group by one alternation, not by first words.
    if ([...byName.values()].some((words) => words.includes(null))) for (const name of byName.keys()) byName.set(name, [null]);
    instrumentWords.set(lexicons.references, byName);
  }
  const found: Array<readonly string[]> = [];
  const session = SESSION_KEY.exec(key);
  if (session) found.push([session[1]]);
  const year = YEAR_KEY.exec(key);
  if (year) found.push([year[1]]);
  const council = COUNCIL_KEY.exec(key);
  if (council) found.push([council[1], council[2]]);
  const climate = CLIMATE_KEY.exec(key);
  if (climate) found.push([climate[1]]);
  if (CONFERENCE_KEY.test(key) || SYMBOL_KEY.test(key)) found.push([key]);
  const article = ARTICLE_KEY.exec(key);
  if (article) found.push(article[2] ? ['rticle', article[1], article[2]] : ['rticle', article[1]]);
  const words = byName.get(key);
  if (words !== undefined) {
    if (found.length > 0 || words.some((word) => word === null)) return null;
    const firstWords = [...new Set(words as string[])];
    return (text) => {
      const folded = foldCase(text);
      return firstWords.some((word) => folded.includes(word));
    };
  }
  if (found.length !== 1) return null;
  const parts = found[0];
  return (text) => parts.every((part) => text.includes(part));
}

/** Whether any paragraph of a document cites a reference (canonical key), read only as far as needed. */
const documentCites = documentMentions((text, lexicons) => findReferences(text, lexicons).map((mention) => mention.key), referenceRequiredText);

/** The reference signal type: on every finding (a new paragraph's references are added, a dropped one's removed). */
export const referenceDetector: SignalDetector = {
  type: 'reference',
  detect: ({ before, after, lexicons, documents }) => referenceChanges(before.text, after.text, lexicons, documents),
};
