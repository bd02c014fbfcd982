import type { DiffPart, NumberCategory, NumberSignal } from '../../types.js';
import type { SignalDetector } from './detector.js';
import { defaultLexicons, pickNonOverlapping, TextMemo, type Lexicons } from './lexicon.js';
import { findReferences } from './references.js';
import { spellOutMonths } from '../../normalize/months.js';
import { withoutDissent } from './dissent.js';

/** A number found in a text, by what it counts. `furniture` numbers (footnote marks, agenda items, job numbers) make no signal. */
export interface NumberMention {
  category: NumberCategory | 'furniture';
  /** The words as written, whitespace unified. */
  text: string;
  /** Its value where one is read: a session or ordinal number, a year, a date as yyyymmdd (month and day 0 when absent), a figure. */
  value: number | null;
  /** A figure that counts years ("28 years after"): its +1 is the yearly succession. */
  years?: boolean;
  /** A figure that counts the States parties to, or signatories of, an instrument ("99 States are now parties"): refreshed each year. */
  parties?: boolean;
  /** The year a date written without one takes from the dated item it is listed with (`withImpliedYears`). */
  impliedYear?: number;
  /** A month naming the body's meeting before the text's own ("since the Committee met in December", `PREVIOUS_MEETING`): it moves on with every statement. */
  meeting?: boolean;
  start: number;
  end: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(?:${MONTHS.map((month) => month[0].toUpperCase() + month.slice(1)).join('|')})`;
const UNITS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const CARDINALS: Readonly<Record<string, number>> = {
  ...UNITS, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const ORDINAL_UNITS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 };
const ORDINALS: Readonly<Record<string, number>> = {
  ...ORDINAL_UNITS, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
  nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** An ordinal in words, "first" … "ninety-ninth" (compounds with a hyphen or a space). */
const ORDINAL_WORD = `(?:(?:${TENS})[\\s\\-\u2010\u2011](?:${Object.keys(ORDINAL_UNITS).join('|')})|${Object.keys(ORDINALS).join('|')})`;
/** The same, from "third" on ("first" and "second" are mostly not counts: "for the first time", "second, …"). */
const ORDINAL_WORD_FROM_THIRD = `(?:(?:${TENS})[\\s\\-\u2010\u2011](?:${Object.keys(ORDINAL_UNITS).join('|')})|${Object.keys(ORDINALS).filter((word) => word !== 'first' && word !== 'second').join('|')})`;
/** A lower-case word pattern that also matches its capitalized form (every alternative's first letter either way). */
function bothCases(pattern: string): string {
  return pattern.replace(/(^|[(|:])([a-z])/g, (_, before: string, letter: string) => `${before}[${letter}${letter.toUpperCase()}]`);
}
const CARDINAL_WORD = `(?:(?:${TENS})[\\s\\-\u2010\u2011](?:${Object.keys(UNITS).join('|')})|${Object.keys(CARDINALS).filter((word) => word !== 'one').join('|')})`;
/**
 * Every dash the normalizer folds to "-" (`normalize.ts`): a hyphen, U+2010, the non-breaking U+2011, the figure dash, the
 * en and em dashes, U+2015 and the minus sign, for a class (`[${DASHES}]`). A number's parts joined by any of them are one
 * number: FOMC 2019-12-11 writes "1\u20111/2 to 1-3/4 percent" (a garbled U+2011, repaired), which with "-" alone read as
 * "1/2 to 1-3/4 percent" and "figure added: 1" for a rate that was held.
 */
const DASHES = '\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212';
/** The hyphens alone (no range dashes): inside a date written in figures, a compound ("12-month"). */
const HYPHENS = '\\-\u2010\u2011';
const NUMBER = `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?(?:[ \u00a0${DASHES}]\\d\\/\\d)?|\\d\\/\\d`;
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
const DAY_MONTH_YEAR = `\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH}(?:,?\\s${YEAR})?`;
const MONTH_DAY_YEAR = `${MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s${YEAR}`;
const MONTH_YEAR = `${MONTH}\\s${YEAR}`;
/** A range of days: "19 to 23 August 2024", "22–23 September 2024". */
const DAY_RANGE = `\\d{1,2}(?:\\s(?:to|and)\\s|\\s?[${DASHES}]\\s?)${DAY_MONTH_YEAR}`;
/**
 * A range across months (or years): "21 October to 1 November 2024", "30 November to 13 December 2023". Read as one date
 * so that a signal never cuts it ("11 to 15 October 2021 → 21 October", its end taken for another date).
 */
const CROSS_MONTH_RANGE = `\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH}(?:,?\\s${YEAR})?(?:\\sto\\s|\\s?[${DASHES}]\\s?)${DAY_MONTH_YEAR}`;
/** A month abbreviated in a full date ("22-23 Sept 2024"): the date, never its day and the figures (see `normalize/months.ts`). */
const ABBREVIATED_DATE = `\\d{1,2}(?:\\s?[${DASHES}]\\s?\\d{1,2})?\\s(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s${YEAR}`;
/**
 * A part of a year ("mid-2013", "late 2014", "early 2025"): one year, written with a hyphen or a space, its part kept.
 * Read as a year after a space and as a figure after a hyphen, the FOMC's calendar guidance moved later ("at least
 * through mid-2013" → "at least through late 2014", 2012-01-25) was `year added: 2014` + `figure removed: 2013`
 * (redline #23, session 15); it is now `year changed (later): mid-2013 → late 2014`.
 */
const PART_OF_YEAR = `(?:[Ee]arly|[Mm]id|[Ll]ate)[${HYPHENS} ]${YEAR}`;
const DATE = `(?:${CROSS_MONTH_RANGE}|${ABBREVIATED_DATE}|${DAY_RANGE}|${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR}|${MONTH_YEAR}|${YEAR}[${HYPHENS}]\\d{2}[${HYPHENS}]\\d{2}|\\d{1,2}[${HYPHENS}]\\d{1,2}[${HYPHENS}]${YEAR})`;
/**
 * A percentage range never opens on a year: in "from 336 per cent in 2021 to 277.5 per cent" the year is when, and
 * "277.5 per cent" the percentage (external debt 78/137 PP 23: "2021 to 277.5 per cent" was read as one range, and a
 * year was missing from the year signals).
 */
const NOT_FROM_A_YEAR = `(?!${YEAR}\\s?(?:to|[${DASHES}])\\s?\\d)`;
const DEADLINE_WORDS = '(?:by|before|until|no later than|not later than|by the end of|deadline of|in time for)';
/** An ordinal meeting: "the Thirteenth Conference", "its eighty-first session". */
const EVENT = `(?:${ORDINAL_WORD}|\\d{1,3}(?:st|nd|rd|th))\\s(?:(?:regular\\s)?session|(?:Review\\s)?Conference|meeting)`;
const UNIT = '(?:days?|weeks?|months?|years?|hours?|decades?)';
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/*
 * What a text must hold for a pattern to match in it, tested before the pattern (with the pattern's own flags, so that
 * case folding is the same): a necessary condition, so skipping the pattern when it fails finds exactly the same
 * mentions. Most paragraphs hold no digit (1,811 of the 3,000 older paragraphs of bench:speed's pair), and the patterns,
 * most opening on a look-behind tried at every position, made `searchNumbers` 19 % of the FOMC report's profile (issue 21).
 */
/** Every alternative of the pattern holds a digit (date, furniture, percentage, year; names with a number). */
const DIGIT = /\d/;
/** A deadline holds a date or a year (digits), or names a meeting (`EVENT`). */
const NEEDS_DIGIT_OR_EVENT = /\d|session|conference|meeting/iu;
/** A period holds a year (digits), or a unit of time (`UNIT`). */
const NEEDS_DIGIT_OR_UNIT = /\d|day|week|month|year|hour|decade/iu;
/** A session is named so. */
const NEEDS_SESSION = /session/iu;
/** An ordinal is in digits, or holds one of the ordinal words (compounds end in one; 13th–19th in "teenth", 20th–90th in "ieth"). */
const NEEDS_DIGIT_OR_ORDINAL = /\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|ieth|hundredth/i;
/** A figure is in digits, or holds a cardinal word (`CARDINAL_WORD`'s compounds hold one of its tens). */
const NEEDS_DIGIT_OR_CARDINAL = new RegExp(`\\d|${Object.keys(CARDINALS).join('|')}`, 'iu');

/*
 * Where a pattern's match can start, found first by a short pattern (with the pattern's own flags, so that case folding is
 * the same), the pattern then tried at those places only (sticky): the same matches as the pattern's own scan, which
 * tries every place of the text and, opening on a look-behind over every letter and digit of Unicode (case-folded with
 * the i flag), cost about a microsecond a character: `searchNumbers` was the FOMC report's largest cost after the word
 * diffs (issue 21 round 5). Each is a superset of the first words or characters of its pattern's alternatives.
 */
/** Every word a number in words opens with: cardinals, ordinals, and the tens of their compounds. */
const NUMBER_WORD_STARTS = [...TENS.split('|'), ...Object.keys(CARDINALS), ...Object.keys(ORDINALS)].join('|');
/** `DEADLINE_WORDS`, "no/not later than", "before", "until", "by its". */
const STARTS_DEADLINE = /by|before|until|no|deadline|in\stime/giu;
/** A year or a number (digits), "from"/"between", "up to", "within", "for", "over", "of", a cardinal in words. */
const STARTS_PERIOD = new RegExp(`\\d|from|between|up|within|for|over|of|${NUMBER_WORD_STARTS}`, 'giu');
/** A date opens on a day or year (digits) or a month's name. */
const STARTS_DATE = new RegExp(`\\d|${MONTH}`, 'gu');
/** A session opens on its ordinal, in digits or in words. */
const STARTS_ORDINAL_WORD = new RegExp(`\\d|${NUMBER_WORD_STARTS}`, 'giu');
/** Agenda items, paragraphs cited; every other furniture opens on a digit. */
const STARTS_FURNITURE = /\d|[Aa]genda|[Ii]tem|[Pp]ara/gu;
/** An ordinal in digits or in words, either case of its first letter (`bothCases`). */
const STARTS_ORDINAL = new RegExp(`\\d|${bothCases(`(?:${NUMBER_WORD_STARTS})`)}`, 'gu');
/** A number in digits. */
const STARTS_DIGIT = /\d/gu;
/** `YEAR`. */
const STARTS_YEAR = /1[89]|20/gu;
/** `PART_OF_YEAR`. */
const STARTS_PART_OF_YEAR = /[Ee]arly|[Mm]id|[Ll]ate/gu;
/** A number in digits or a cardinal in words. */
const STARTS_FIGURE = STARTS_ORDINAL_WORD;

/**
 * Every match of the global pattern `regex` in `text`, as `text.matchAll(regex)` gives them, trying it only where `starts`
 * (global, a superset of the places a match can open) matches: `regex` runs sticky at each such place, in text order, the
 * scan going on after a match's end (patterns here never match the empty text).
 */
export function matchesWhereTheyCanStart(text: string, regex: RegExp, starts: RegExp): RegExpExecArray[] {
  const sticky = stickyOf(regex);
  const found: RegExpExecArray[] = [];
  let from = 0;
  while (from < text.length) {
    starts.lastIndex = from;
    const start = starts.exec(text);
    if (start === null) break;
    sticky.lastIndex = start.index;
    const match = sticky.exec(text);
    if (match === null) {
      from = start.index + 1;
      continue;
    }
    found.push(match);
    from = match.index + match[0].length;
  }
  return found;
}

const stickies = new Map<RegExp, RegExp>();
/** The pattern without g, with y: tried at one place only (a look-behind still sees the text before it). */
function stickyOf(regex: RegExp): RegExp {
  let sticky = stickies.get(regex);
  if (sticky === undefined) {
    sticky = new RegExp(regex.source, `${regex.flags.replace('g', '')}y`);
    stickies.set(regex, sticky);
  }
  return sticky;
}

/**
 * Patterns, most specific first; a span already taken by an earlier pattern (or a reference) is not read again.
 * Furniture: agenda item ("item 15 entitled …", with or without "agenda": fix 12C), paragraph and plenary meeting numbers (a paragraph cited is not a figure), page marks (`3/4`), UN job numbers (`24-23049 (E)`), a footnote's own
 * number opening its text, and footnote marks as PDF text exports leave them (glued to the word before: `Treaty;2`, or
 * alone after a comma before a verb or a conjunction: `resolutions, 3 urges`, `Discrimination, 11 adopted`; or after a
 * word and before a conjunction or a comma: `organizations 6 and`, `Secretary-General 12 on` (not after `between`, `than`,
 * `paragraph`, … where a number is a number).
 */
export const PATTERNS: ReadonlyArray<{ category: NumberCategory | 'furniture'; regex: RegExp; needs: RegExp; starts: RegExp }> = [
  // A deadline is a date or year after a deadline word, or an ordinal meeting after "no later than", "before", "until"
  // or "by its" ("by its eighty-first session"); "adopted by the fourteenth Conference" names an author, not a deadline.
  { category: 'deadline', regex: new RegExp(`${B}(?:${DEADLINE_WORDS}\\s(?:the\\s(?:end|middle)\\sof\\s)?(?:${DATE}|${YEAR})|(?:(?:no|not)\\slater\\sthan|before|until)\\s(?:the|its)\\s${EVENT}|by\\sits\\s${EVENT})${E}`, 'giu'), needs: NEEDS_DIGIT_OR_EVENT, starts: STARTS_DEADLINE },
  { category: 'period', regex: new RegExp(`${B}(?:${YEAR}\\s?[${DASHES}]\\s?(?:${YEAR}|\\d\\d(?![${DASHES}\\d]))|(?:from|between)\\s${YEAR}\\s(?:to|and|until)\\s${YEAR}|(?:up to|within|for|over|of)\\s(?:a period of\\s|the next\\s|the past\\s)?(?:${NUMBER}|${CARDINAL_WORD})\\s${UNIT}|(?:${NUMBER}|${CARDINAL_WORD})[${HYPHENS}\\s]${UNIT.replace(/s\?/g, '')}\\s(?:period|term|cycle|mandate))${E}`, 'giu'), needs: NEEDS_DIGIT_OR_UNIT, starts: STARTS_PERIOD },
  { category: 'date', regex: new RegExp(`${B}${DATE}${E}`, 'gu'), needs: DIGIT, starts: STARTS_DATE },
  { category: 'session', regex: new RegExp(`${B}(?:${ORDINAL_WORD}|\\d{1,3}(?:st|nd|rd|th))(?:(?:,\\s|,?\\s(?:to|and)\\s(?:the\\s)?)(?:${ORDINAL_WORD}|\\d{1,3}(?:st|nd|rd|th)))*(?:\\s(?:regular|special|emergency special|resumed))?\\ssessions?${E}`, 'giu'), needs: NEEDS_SESSION, starts: STARTS_ORDINAL_WORD },
  { category: 'furniture', regex: new RegExp(`${B}(?:(?:[Aa]genda\\s)?[Ii]tems?\\s\\d+(?:\\s?\\([a-z]{1,3}\\))?(?:(?:,\\s|,?\\sand\\s)\\d+(?:\\s?\\([a-z]{1,3}\\))?)*|[Pp]aras?\\.\\s\\d+(?:[${DASHES}]\\d+)?(?:(?:,\\s|\\sand\\s)\\d+(?:[${DASHES}]\\d+)?)*|[Pp]aragraphs?\\s\\d+(?:\\s?\\([a-z]\\))?(?:(?:,\\s|\\sand\\s|\\sto\\s)\\d+(?:\\s?\\([a-z]\\))?)*|\\d{1,3}(?:st|nd|rd|th)\\s(?:\\(resumed\\)\\s)?plenary\\smeeting|\\d\\d-\\d{5}(?:\\s\\([A-Z]\\)(?:\\s\\d{6})?)?)${E}|^\\d{1,2}(?=\\s\\p{Lu})|^\\d{1,3}\\/\\d{1,3}$|(?<=[\\p{L}.,;:)\u201d"\u2019])(?<!\\d\\.)\\d{1,2}(?=\\s|$|[,;.])|(?<=\\p{L}[,;]\\s)\\d{1,2}(?=[,;]?\\s(?:and|or|as|which|in|to|\\p{Ll}+(?:ed|es))(?![\\p{L}]))|(?<=\\p{Ll}{3,}\\s)(?<!(?:between|from|than|about|over|under|and|or|with|into|until|paragraphs?|articles?|items?|chapters?|annex|sections?|rules?|principles?|goals?|targets?|numbers?)\\s)\\d{1,2}(?=\\s(?:and|or|on|which|as|in)\\s|[,;]\\s|\\.?$)`, 'gu'), needs: DIGIT, starts: STARTS_FURNITURE },
  // Without the i flag: \p{Lu} would match any letter. Ordinals are written in lower case or with a capital. An ordinal
  // before "annual", "biennial" or "high-level" is an edition whatever noun follows ("the ninth annual multi-stakeholder
  // forum", "the third annual dialogue"). "First" and "second" (a noun, a verb or an adverb too) are ordinals only there
  // and before the name of an event that comes back ("the second Meeting of States Parties", "the first United Nations
  // Global Congress"): issue 23 round 6.
  { category: 'ordinal', regex: new RegExp(`${B}(?:${bothCases(ORDINAL_WORD_FROM_THIRD)}|\\d{1,3}(?:st|nd|rd|th))(?=\\s(?!Committee)(?:\\p{Lu}|conference|meeting|summit|review|anniversary|report|cycle|round)|\\s(?:annual|biennial|triennial|high-level)\\s\\p{L})|${B}(?:[Ff]irst|[Ss]econd)(?=\\s(?:annual|biennial|triennial|high-level)\\s\\p{L}|\\s(?:Meeting|Conference|Summit|Forum|Congress|Dialogue|Review|United Nations|Global|World|International)\\b)`, 'gu'), needs: NEEDS_DIGIT_OR_ORDINAL, starts: STARTS_ORDINAL },
  // A range with its unit written twice ("the target range at 1-3/4 percent to 2 percent", FOMC 2019-10-30) is one range,
  // as "1-3/4 to 2 percent" is: read as two, its ends were paired with other figures ("1-1/2 to 1-3/4 percent → 1-3/4 percent").
  // "From 3 percent to 3-1/2 percent" is a move, two figures (an increase in the discount rate, FOMC 1994-05-17).
  { category: 'percentage', regex: new RegExp(`${B}${NOT_FROM_A_YEAR}(?:${NUMBER})(?:(?<!\\bfrom\\s(?:about\\s)?(?:${NUMBER}))\\s?(?:%|per\\scent|percent)(?=\\s?(?:to|[${DASHES}])\\s?(?:${NUMBER})\\s?(?:%|per\\scent|percent)${E}))?(?:\\s?(?:to|[${DASHES}])\\s?(?:${NUMBER}))?\\s?(?:%|per\\scent|percent|percentage\\spoints?|basis\\spoints?)${E}`, 'giu'), needs: DIGIT, starts: STARTS_DIGIT },
  { category: 'year', regex: new RegExp(`${B}${PART_OF_YEAR}(?![\\p{L}\\p{N}/${HYPHENS}])`, 'gu'), needs: DIGIT, starts: STARTS_PART_OF_YEAR },
  { category: 'year', regex: new RegExp(`(?<![\\p{L}\\p{N}/.${HYPHENS}])${YEAR}(?![\\p{L}\\p{N}/${HYPHENS}])`, 'gu'), needs: DIGIT, starts: STARTS_YEAR },
  // The tens of an ordinal in words ("the twenty-first and twenty-sixth Meetings", "forty-seventh, forty-eighth") are
  // no figure: the lookahead after a number word.
  { category: 'figure', regex: new RegExp(`${B}(?:(?:${NUMBER})(?:\\s(?:million|billion|trillion))?|${CARDINAL_WORD}(?:\\s(?:hundred|thousand|million|billion))?(?![\\-\u2010\u2011](?:${Object.keys(ORDINAL_UNITS).join('|')})))${E}`, 'giu'), needs: NEEDS_DIGIT_OR_CARDINAL, starts: STARTS_FIGURE },
];

function wordValue(text: string, table: Readonly<Record<string, number>>, units: Readonly<Record<string, number>>): number | null {
  const words = text.toLowerCase().split(/[\s\-\u2010\u2011]+/);
  if (words.length >= 2 && CARDINALS[words[0]] !== undefined && units[words[1]] !== undefined) return CARDINALS[words[0]] + units[words[1]];
  return table[words[0]] ?? null;
}

function dateValue(text: string): number | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return Number(iso[1]) * 10000 + Number(iso[2]) * 100 + Number(iso[3]);
  const dayFirst = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  if (dayFirst) return Number(dayFirst[3]) * 10000 + Number(dayFirst[2]) * 100 + Number(dayFirst[1]);
  const lower = spellOutMonths(text).toLowerCase();
  const year = /(1[89]\d\d|20\d\d)/.exec(lower);

  // The first month named in the text (a range across months is dated by its start: "30 December 2024 to 3 January 2025").
  const month = MONTHS.map((name, index) => ({ at: lower.indexOf(name), index })).filter((found) => found.at >= 0).sort((a, b) => a.at - b.at)[0]?.index;
  const monthNumber = month === undefined ? 0 : month + 1;
  const day = /(?:^|\s)(\d{1,2})(?:st|nd|rd|th)?(?:\s|,|$)/.exec(lower.replace(/(1[89]\d\d|20\d\d)/, ''));
  if (!year && monthNumber === 0) return null;
  return (year ? Number(year[1]) : 0) * 10000 + monthNumber * 100 + (day ? Number(day[1]) : 0);
}

function valueOf(category: NumberMention['category'], text: string): number | null {
  switch (category) {
    case 'session':
    case 'ordinal': {
      // A range or a list ("the seventieth to seventy-eighth sessions", "the fifty-first and the fifty-second sessions",
      // "the forty-seventh, forty-eighth and forty-ninth sessions") counts by its last session.
      const last = text.split(/,\s|,?\s(?:to|and)\s(?:the\s)?/i).pop() ?? text;
      const digits = /^(\d+)/.exec(last);
      return digits ? Number(digits[1]) : wordValue(last, ORDINALS, ORDINAL_UNITS);
    }
    case 'year': {
      // A part of a year by its middle month, as a fraction (early 2/12, mid 6/12, late 10/12): mid-2013 < late 2013.
      const part = new RegExp(`^(early|mid|late)[${HYPHENS} ](\\d{4})$`, 'i').exec(text);
      return part ? Number(part[2]) + { early: 2, mid: 6, late: 10 }[part[1].toLowerCase() as 'early' | 'mid' | 'late'] / 12 : Number(text);
    }
    case 'date':
    case 'deadline':
      return dateValue(text);
    case 'figure':
    case 'percentage': {
      const digits = /^[\d,]+(?:\.\d+)?/.exec(text);
      return digits ? Number(digits[0].replace(/,/g, '')) : wordValue(text, CARDINALS, UNITS);
    }
    default:
      return null;
  }
}

/** A year with a footnote mark glued to it by a PDF text export ("12 October 20238", "19 June 202010"). */
const YEAR_WITH_MARK = new RegExp(`((?:\\d{1,2}\\s)?${MONTH}\\s(?:\\d{1,2},?\\s)?${YEAR})(\\d{1,2})(?!\\d)`, 'gu');

/** The text with footnote marks glued to a date's year blanked out (same length, so offsets hold). */
export function withoutYearMarks(text: string): string {
  return text.replace(YEAR_WITH_MARK, (_, date: string, mark: string) => date + ' '.repeat(mark.length));
}

/** Every number of a text by category, in text order; references (75/240, A/79/214) are not numbers. */
export function findNumbers(original: string, lexicons: Lexicons = defaultLexicons()): readonly NumberMention[] {
  return numberMemo.get(lexicons, original, () => searchNumbers(original, lexicons));
}

const numberMemo = new TextMemo<NumberMention>();

/**
 * Names with a number in them: the number is part of the name, never a figure or a year of its own ("COVID-19",
 * "SARS-CoV-2", "G-77", "G20", "Group of 77", "Agenda 2063", "Agenda 21", "the 2030 Agenda", "ISO 27001", "Rio+20",
 * "Sustainable Development Goal 14", "Goals 6 and 14"; "Habitat III" has none). A name that changes is a change of words, seen by the word diff and the other signals.
 */
const NAME_WITH_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}]*(?:[\\-\u2010\u2011]\\p{L}+)*[\\-\u2010\u2011]\\d+|G\\d{1,2}|Group\\sof\\s\\d+|Agenda\\s\\d+|\\d{4}\\sAgenda|ISO(?:\\/IEC)?\\s\\d+(?::\\d{4})?|\\p{Lu}\\p{L}+\\+\\d+|Goals?\\s\\d{1,2}(?:(?:,\\s|\\sand\\s|\\sto\\s)\\d{1,2})*)(?![\\p{N}])`,
  'gu',
);

/**
 * A document's symbol by session and number ("75/170", "78/323"), however it is cited: a reference (the reference signal
 * reads it where a list of resolutions names it), never two figures. The Durban series' list of resolutions running past
 * 300 characters read "figure added: 75", "figure added: 170" (sig21). A fraction ("1/4 percentage point", "1-3/4
 * percent") has a one-digit numerator, or a unit after it, and stays a number.
 */
const BARE_SYMBOL = /(?<![\p{L}\p{N}/.\-\u2010\u2011])\d{2}\/\d{1,4}(?![/\p{N}])(?!\s?(?:%|percent|per\scent|percentage|basis))/gu;

/**
 * Sets of the United Nations system named by their count: the count is part of the name, the same in every text, never a
 * figure a text negotiates ("the five regional groups", "balance the three dimensions
 * of sustainable development", "the three objectives of the Convention", "the three pillars of the United Nations").
 * A count of anything else ("two resumed sessions", "three sessions of the Working Group") stays a figure, and so do
 * "the six official languages": a text that adds them asks for translation, which costs (bench:signals labels it a figure).
 */
const COUNTED_SET = /\b(?:five regional groups|three dimensions of sustainable development|three objectives of the Convention|three pillars of the United Nations|five permanent members)\b/gi;

/**
 * "all three" of a set the paragraph goes on to name ("all three of its mutually reinforcing pillars", Steps roadmap
 * 78/40 → 79/41 PP 3, trial 20a D13): the whole set, not a figure; a bare "three pillars" stays one.
 */
const ALL_OF_SET = /\ball\s(?:two|three|four|five|six|seven|eight|nine|ten)\b(?=\s(?:of\s)?(?:its|their|the)?\s?[\p{Ll}\-]+)/giu;

/**
 * A central bank's standing inflation objective ("inflation running below 2 percent", "its 2 percent longer-run goal",
 * "inflation at the rate of 2 percent", "maximum employment and 2 percent inflation", "inflation of 2 percent", "the 2 percent target", FOMC 2021-01-27 → 03-17, trial 20b D11; 2014-01-29 → 03-19, where the goal said in new words paired with the dropped 6-1/2 percent threshold): the goal every statement restates,
 * no rate set; the ranges and rates the Committee sets keep their figures.
 */
const STANDING_OBJECTIVE = /\b2(?:\s|-)percent(?=\s(?:longer-run\s)?(?:inflation\s)?(?:objective|goal|target)\b)|\b2(?:\s|-)percent(?=\sinflation\b)|(?<=\binflation\sof\s)2\spercent\b|(?<=\b(?:average|averages|averaging|run|runs|running|ran|remain|remains|remained|return|returns|returned|returning|moderate|moderating|rise|rising|be|been|is)\s(?:(?:persistently|somewhat|well|moderately|modestly|further|back|only\s+modestly)\s)?(?:below|above|near|at|to|toward|towards|over)\s)2\spercent\b(?!\s(?:objective|goal))/giu;

/**
 * A number word capitalized inside a sentence and followed by a capitalized word opens a name ("the European Union, the
 * Three Country – Trusted Broker, …", "the Group of Seven Leaders"): part of the name, not a figure. At a paragraph's or
 * a sentence's start ("Three States …") it is a count.
 */
const NAMED_NUMBER_WORD = /(?<=[\p{Ll},;:]\s)(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Twenty)(?=\s\p{Lu})/gu;

/**
 * A number in a compound adjective that names a document or an edition, not a figure negotiated: capitalized as a title
 * ("the 10-Year Framework of Programmes"), or after an edition's ordinal ("its second 10-year implementation plan",
 * "the first five-year strategy"). A bare compound ("a draft five-year strategy", "a two-year programme") stays a figure.
 */
const NAMED_COMPOUND = new RegExp(
  `(?:\\d{1,3}|${bothCases(CARDINAL_WORD)})(?=[\\-\u2010\u2011](?:Year|Day|Point|Month)\\s\\p{Lu})|(?<=\\b(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Nn]ext)\\s)(?:\\d{1,3}|${CARDINAL_WORD})(?=[\\-\u2010\u2011](?:year|day|month)\\s\\p{Ll})`,
  'gu',
);

/**
 * A number naming how a measure is taken, not a quantity: "Inflation measured on a 12-month basis" (FOMC 2017-03-15 →
 * 05-03 ¶ 1 read `figure added: 12`, trial 17c D7), "the 12-month change", "the four-quarter average". The measure's
 * basis is part of its name, as a compound named by a title is (`NAMED_COMPOUND`).
 */
const MEASURE_BASIS = new RegExp(`(?:\\d{1,2}|${CARDINAL_WORD})(?=[${HYPHENS}](?:month|quarter|year|week|day)\\s(?:basis|change|percent change|average|moving average|rate of change)\\b)`, 'giu');

/**
 * A forecast's horizon in words ("inflation between one and two years ahead", "the one-to-two-year ahead inflation
 * outlook"): when a projection is read, not a figure a text sets. Read as figures, the FOMC's threshold dropped in
 * March 2014 showed as `figure removed: two`, the one signal its digest line kept (redline #23, session 15).
 */
const HORIZON_WORD = `(?:${Object.keys(UNITS).join('|')}|ten|twelve)`;
const HORIZON = new RegExp(`\\b${HORIZON_WORD}(?:(?:\\s(?:and|or|to)\\s|[${HYPHENS}]to[${HYPHENS}])${HORIZON_WORD})?[\\s${HYPHENS}](?:years?|quarters?|months?)\\sahead\\b`, 'giu');

function searchNumbers(original: string, lexicons: Lexicons): NumberMention[] {
  const digits = DIGIT.test(original);
  // Both need a digit (a year, a number in a name): the same text without them when it has none.
  const text = digits ? withoutYearMarks(original) : original;
  const references = findReferences(text, lexicons);
  const taken: Array<{ start: number; end: number }> = references.map(({ start, end }) => ({ start, end }));
  // A year opening an instrument's name ("the 2015 Addis Ababa Action Agenda", "the 2005 World Summit Outcome") is part
  // of the name: the reference signal says when the instrument is cited anew (issue 23 round 10 read "year added: 2015").
  if (digits) {
    for (const { start } of references) {
      const year = /(?<=\b(?:the|its|their)\s)(?:1[89]\d\d|20\d\d)\s$/u.exec(text.slice(Math.max(0, start - 12), start));
      if (year) taken.push({ start: start - year[0].length, end: start });
    }
  }
  if (digits) for (const match of text.matchAll(NAME_WITH_NUMBER)) taken.push({ start: match.index, end: match.index + match[0].length });
  if (digits) for (const match of text.matchAll(BARE_SYMBOL)) taken.push({ start: match.index, end: match.index + match[0].length });
  for (const match of text.matchAll(COUNTED_SET)) taken.push({ start: match.index, end: match.index + match[0].length });
  for (const match of text.matchAll(ALL_OF_SET)) taken.push({ start: match.index, end: match.index + match[0].length });
  if (digits) for (const match of text.matchAll(STANDING_OBJECTIVE)) taken.push({ start: match.index, end: match.index + match[0].length });
  for (const match of text.matchAll(NAMED_NUMBER_WORD)) taken.push({ start: match.index, end: match.index + match[0].length });
  for (const match of text.matchAll(NAMED_COMPOUND)) taken.push({ start: match.index, end: match.index + match[0].length });
  for (const match of text.matchAll(MEASURE_BASIS)) taken.push({ start: match.index, end: match.index + match[0].length });
  if (/ahead/i.test(text)) for (const match of text.matchAll(HORIZON)) taken.push({ start: match.index, end: match.index + match[0].length });
  const found: NumberMention[] = [];
  for (const { category, regex, needs, starts } of PATTERNS) {
    if (needs === DIGIT ? !digits : !needs.test(text)) continue;
    for (const match of matchesWhereTheyCanStart(text, regex, starts)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some((span) => start < span.end && span.start < end)) continue;
      taken.push({ start, end });
      const written = match[0].replace(/\s+/g, ' ');
      const mention: NumberMention = { category, text: written, value: valueOf(category, written), start, end };
      if (category === 'figure' && /^\s(?:years?|anniversary)\b/i.test(text.slice(end, end + 12))) mention.years = true;
      if (category === 'figure' && countsParties(text, start, end)) mention.parties = true;
      found.push(mention);
    }
  }
  // The meeting before the text's own, by its month alone: a date the text moves on with each statement.
  if (/\bmet in\b/.test(text)) {
    for (const match of text.matchAll(PREVIOUS_MEETING)) {
      const start = match.index + match[0].length - match[1].length;
      const end = start + match[1].length;
      if (taken.some((span) => start < span.end && span.start < end)) continue;
      found.push({ category: 'date', text: match[1], value: valueOf('date', match[1]), meeting: true, start, end });
    }
  }
  return withImpliedYears(text, pickNonOverlapping(found));
}

/** What joins a date without its year to the dated one that gives it: "23 to 27 October and on 25 November 2023". */
const DATE_JOIN = /^,?\s+(?:and|or)\s+(?:(?:on|from|in)\s+)?$/u;

/**
 * A date without its year read with the year of the date it is listed with: "held in Rome from 23 to 27 October and on
 * 25 November 2023" (Agriculture 79/227 PP 18, sig21) gives both dates 2023, so that "23 to 27 October" is the "23 to 27
 * October 2023" another text writes in full (the same session's dates, no change), and pairs by its year.
 */
function withImpliedYears(text: string, mentions: NumberMention[]): NumberMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  sorted.forEach((mention, k) => {
    if (mention.category !== 'date' || mention.value === null || mention.value >= 10000 || mention.meeting === true) return;
    const next = sorted[k + 1];
    if (next === undefined || next.category !== 'date' || next.value === null || next.value < 10000 || !DATE_JOIN.test(text.slice(mention.end, next.start))) return;
    const year = Math.floor(next.value / 10000);
    mention.impliedYear = year;
    mention.value += year * 10000;
  });
  return mentions;
}

/**
 * The month a statement names its body's previous meeting by, as every FOMC statement since 1999 opens: "Information
 * received since the Federal Open Market Committee met in December suggests …". The month moves on with each meeting as
 * a UN text's session does ("December → January" opened nearly every ¶ 1 line of an economist's digest, redline #23,
 * session 16): a date of the text's own cycle, routine (`isRoutineNumberChange`). Only after "since <the body> met in",
 * a month without a day or year after it ("met in April 2024" is a date as written); "at the April FOMC meeting" (the
 * next meeting, the Committee's guidance) is not.
 */
const PREVIOUS_MEETING = new RegExp(`\\bsince\\s(?:the\\s)?(?:\\p{Lu}[\\p{L}-]*\\s){1,5}met\\sin\\s(${MONTH})(?![\\s,]+\\d)`, 'gu');

/** "99 States are now parties", "ratified by 178 States", "53 States and 1 regional economic integration organization are parties". */
function countsParties(text: string, start: number, end: number): boolean {
  if (!/^\s(?:States|countries)\b/.test(text.slice(end, end + 12))) return false;
  const clause = text.slice(Math.max(0, start - 80), end + 120);
  return /\b(?:[Pp]arties|ratif\w*|acce(?:ded|ssions?)|sign(?:ed|ing|atories|atures?))\b/.test(clause);
}

/** Most years a dated item of a recurring text moves on in one step: a yearly or biennial resolution's cycle. */
const MOST_CYCLE_YEARS = 2;

/**
 * True when a number changed as a recurring text changes every year: a session or an ordinal (the fourteenth
 * Conference) one up, a year one up, a later date within the cycle (`MOST_CYCLE_YEARS`), a count of years one up ("28
 * years after" → "29 years"). Deadlines, periods, percentages and other figures are never routine: they are what gets
 * negotiated.
 */
export function isRoutineNumberChange(before: NumberMention, after: NumberMention): boolean {
  if (before.category !== after.category) return false;
  if (before.category === 'furniture') return true;
  if (before.value === null || after.value === null) return false;
  switch (before.category) {
    case 'session':
    case 'ordinal':
      return after.value === before.value + 1;
    case 'year':
      // A part of a year ("mid-2013" → "late 2014") is a horizon the text sets, not a year moving with the cycle.
      return after.value === before.value + 1 && !isPartOfYear(before) && !isPartOfYear(after);
    case 'date':
      // The meeting before the text's own (`PREVIOUS_MEETING`), named by its month: it moves on with every statement.
      if (before.meeting === true && after.meeting === true) return true;
      // Later, by the cycle of a recurring text: one or two years on (or a date of the same year). "since 1 July 2007" →
      // "since 1 July 2017" narrows a reporting period by ten years (Criminal accountability 79/116 → 80/160 OP 1, trial
      // 14a): no succession. Dates without a year compare as written.
      return after.value > before.value && (before.value < 10000 || after.value < 10000 || Math.floor(after.value / 10000) - Math.floor(before.value / 10000) <= MOST_CYCLE_YEARS);
    case 'figure':
      // A count of years one up; a count of States parties grown (the Secretariat's yearly update, not a negotiation).
      return (Boolean(before.years && after.years) && after.value === before.value + 1) || (Boolean(before.parties && after.parties) && after.value > before.value);
    default:
      return false;
  }
}

/** Days between two dates written yyyymmdd (both with month and day). */
export function daysBetween(older: number, newer: number): number {
  const date = (value: number): number => Date.UTC(Math.floor(value / 10000), (Math.floor(value / 100) % 100) - 1, value % 100);
  return (date(newer) - date(older)) / 86_400_000;
}

/**
 * A deadline of the yearly cycle: full dates (day, month, year) on both sides, the newer 10 to 14 months later ("to
 * submit, before [-25 April 2025-]{+24 April 2026+}, information and observations"): the same request for the next
 * session. A target year ("by 2030") or a deadline moved by more or less than a year is not.
 */
export function isYearlyDeadlineMove(before: NumberMention, after: NumberMention): boolean {
  if (before.category !== 'deadline' || after.category !== 'deadline') return false;
  const [older, newer] = [before.value, after.value];
  if (older === null || newer === null || older < 10000 || newer < 10000 || older % 100 === 0 || newer % 100 === 0) return false;
  const days = daysBetween(older, newer);
  return days >= 300 && days <= 430;
}

const NOUNS: Readonly<Record<NumberCategory, string>> = {
  session: 'session number',
  ordinal: 'ordinal',
  date: 'date',
  deadline: 'deadline',
  period: 'period',
  year: 'year',
  percentage: 'percentage',
  figure: 'figure',
};

/** A year given by its part ("mid-2013", "late 2014"). */
function isPartOfYear(mention: NumberMention): boolean {
  return new RegExp(`^(?:early|mid|late)[${HYPHENS} ]`, 'i').test(mention.text);
}

export function signal(category: NumberCategory, change: NumberSignal['change'], from: NumberMention | null, to: NumberMention | null, routine: boolean): NumberSignal {
  const noun = NOUNS[category];
  const verb = category === 'deadline' && change === 'changed' ? 'moved' : change;
  const words = from && to ? `${from.text} → ${to.text}` : (from ?? to)!.text;
  const out: NumberSignal = { type: 'number', change, category, from: from?.text ?? null, to: to?.text ?? null, routine, summary: '', tally: `${noun} ${verb}` };
  if (category === 'deadline' && !routine) {
    // A deadline set is a firmer commitment, one lifted or postponed a weaker one (a yearly deadline moved with its
    // session is neither).
    const later = from && to && from.value !== null && to.value !== null ? to.value > from.value : null;
    if (change === 'added' || later === false) out.direction = 'strengthened';
    if (change === 'removed' || later === true) out.direction = 'weakened';
  }
  // A part of a year moved ("mid-2013 → late 2014"): which way the horizon went.
  const partOfYear = (mention: NumberMention | null) => mention !== null && isPartOfYear(mention);
  const horizon = category === 'year' && !routine && partOfYear(from) && partOfYear(to) && from!.value !== null && to!.value !== null && from!.value !== to!.value ? (to!.value > from!.value ? ' (later)' : ' (earlier)') : '';
  const note = routine ? ' (routine)' : out.direction === 'weakened' ? ' (later or lifted)' : out.direction === 'strengthened' ? ' (earlier or set)' : horizon;
  out.summary = `${noun} ${verb}${note}: ${words}`;
  return out;
}

/**
 * Number signals between two versions of a paragraph: per category, numbers only in the older text and only in the
 * newer are paired in order as `changed` (a deadline `moved`), the rest are `removed` or `added`. Footnote marks, agenda
 * item and job numbers are furniture and never signal. Given the finding's word diff (`diff`, rebuilding both texts), a
 * number it replaced one for one is paired first with the number that replaced it (`pairByPlace`).
 */
export function numberChanges(before: string, after: string, lexicons: Lexicons = defaultLexicons(), diff: readonly DiffPart[] = []): NumberSignal[] {
  const olderFound = findNumbers(before, lexicons).filter((mention) => mention.category !== 'furniture');
  const newerFound = findNumbers(after, lexicons).filter((mention) => mention.category !== 'furniture');
  // The figures the newer text says it sets in place of others ("$35 billion per month rather than $40 billion"), each
  // paired with the older text's figure of that value (`statedReplacements`); the replaced values said again are left out.
  const stated = statedReplacements(olderFound.filter((mention) => !isReplacedValue(before, mention)), newerFound, before, after);
  const older = olderFound.filter((mention) => !isReplacedValue(before, mention) && !stated.some(([from]) => from === mention));
  const newer = newerFound.filter((mention) => !isReplacedValue(after, mention) && !stated.some(([, to]) => to === mention));
  const signals: NumberSignal[] = [];
  const placed = placeInDiff(diff, before, after);
  for (const category of Object.keys(NOUNS) as NumberCategory[]) {
    // A number the word diff replaced ("from [-15.6-]{+12.2+} per cent") changed into the one that replaced it: paired by
    // their place before any rule on the words around them (external debt 78/137 → 79/197 PP 23 read "15.6 per cent →
    // 307.8 per cent" and "336 per cent → 12.2 per cent", a data engineer's test, session 14).
    const replaced = placed === null ? { pairs: [], older: [], newer: [] } : pairByPlace(category, older.filter((mention) => mention.category === category), newer.filter((mention) => mention.category === category), placed, before, after);
    const left = older.filter((mention) => mention.category === category && !replaced.older.includes(mention));
    const right = newer.filter((mention) => mention.category === category && !replaced.newer.includes(mention));
    // A figure is kept only where the other side says it of the same thing (`withoutCommonCounted`): the Treasury pace
    // "$10 billion for Treasury securities" is not the agency pace "$10 billion for agency mortgage-backed securities"
    // (FOMC 2021-11-03 → 12-15, where read by value alone the MBS step paired with the Treasury level, "5 billion → 40
    // billion", trial 20-b D2).
    let removed = category === 'figure' ? withoutCommonCounted(left, right, before, after) : withoutCommon(left, right);
    let added = category === 'figure' ? withoutCommonCounted(right, left, after, before) : withoutCommon(right, left);
    if (removed.length > 0 && added.length > 0 && left.length === right.length) {
      // As many numbers of the kind on both sides, each one step on from the one at its position: a recurring text
      // moved on in place ("the Tenth … the Eleventh" → "the Eleventh … the Twelfth" is two steps of one, not Tenth →
      // Twelfth). Otherwise (clauses reordered: "3 … and 12 …" → "12 … and 4 …") the numbers not kept are paired.
      const moved = left.map((mention, k) => [mention, right[k]] as const).filter(([from, to]) => from.text.toLowerCase() !== to.text.toLowerCase());
      if (moved.every(([from, to]) => isRoutineNumberChange(from, to))) {
        removed = moved.map(([from]) => from);
        added = moved.map(([, to]) => to);
      }
    }
    if (category === 'year') {
      // A year still written on the other side, inside a date or a deadline there ("in 2025" → "from 2 to 6 June 2025"),
      // was not removed or added: the date or deadline signal says what changed (a desk officer's reading found
      // "year removed: 2025" with 2025 still in the newer text).
      const within = (mention: NumberMention, others: readonly NumberMention[]) => others.some((other) => other.category !== 'year' && other.text.includes(mention.text));
      removed = removed.filter((mention) => !within(mention, newer));
      added = added.filter((mention) => !within(mention, older));
    }
    const paired = pairChanges(category, removed, added, before, after);
    const { removedLeft, addedLeft } = paired;
    const ownPairs = stated.filter(([from, to]) => from.category === category && withoutCommon([from], [to]).length > 0);
    const pairs = [...ownPairs, ...replaced.pairs, ...paired.pairs].sort((a, b) => a[0].start - b[0].start);
    // A yearly deadline moved beside the session moved on by one ("before [-26 April 2024-]{+25 April 2025+} …, and
    // requests the Secretary-General to … submit to the Assembly at its [-seventy-ninth-]{+eightieth+} session …",
    // universal jurisdiction 78/113 → 79/127 OP 4): the same request for the next session, routine whatever else the
    // paragraph changes (fix 12C; the paragraph's other changes stay negotiated).
    const yearly = (from: NumberMention, to: NumberMention): boolean => category === 'deadline' && isYearlyDeadlineMove(from, to) && sessionMovedOn(older, newer);
    for (const [from, to] of pairs) signals.push(signal(category, 'changed', from, to, isRoutineNumberChange(from, to) || yearly(from, to)));
    // A number left over that the other side still carries, anywhere in the paragraph and in any form (a period cited
    // once more, "the Sixth Assessment Report" → "the sixth assessment report"), was neither removed nor added.
    // A past session cited (a report "submitted to the General Assembly at its seventy-second session") schedules nothing:
    // its mention added or removed is the citation's, not a session set or dropped (`isCitedSession`).
    // A number inside what a resolution cited anew did ("and 79/211 …, in which it decided to extend until 2030 …") is
    // that resolution's, not one the edit sets (`inCitedAct`).
    for (const mention of removedLeft) if (!carries(after, newer, mention, before) && !isCitedSession(mention, before) && !inCitedAct(mention, before, after)) signals.push(signal(category, 'removed', mention, null, false));
    for (const mention of addedLeft) if (!carries(before, older, mention, after) && !isCitedSession(mention, after) && !inCitedAct(mention, after, before)) signals.push(signal(category, 'added', null, mention, false));
  }
  // One figure is told once: "6-1/2 percent" written twice in a guidance paragraph and dropped with it (FOMC 2014-01-29
  // → 03-19) is one threshold removed, not two (redline #23, session 16).
  return signals.filter((one, k) => signals.findIndex((other) => other.summary === one.summary) === k);
}

/**
 * A figure or percentage a text names as the one it replaces, right after the one it sets: "at a pace of $35 billion per
 * month rather than $40 billion per month" (FOMC 2013-12-18, the first taper). The figure after "rather than" is the
 * older text's own figure said again for comparison, not one the text sets: read as one, the older "$40 billion" (agency
 * mortgage-backed securities) was still "carried" and the taper read `figure added: 35 billion` alone, the Treasury pace
 * $45 → $40 billion unsaid; and each later taper told `40 billion → 35 billion` twice (redline #23, session 16). Only
 * right after another number of its kind in the same clause ("$35 billion per month rather than $40 billion per
 * month"); "rather than 2 per cent" after no figure ("growth rather than 2 per cent inflation") stays a figure.
 */
const RATHER_THAN = /\d[^,;:.\d]{0,40}\brather than\s+(?:\$|US\$|USD\s)?$/u;
function isReplacedValue(text: string, mention: NumberMention): boolean {
  if (mention.category !== 'figure' && mention.category !== 'percentage') return false;
  return RATHER_THAN.test(text.slice(Math.max(0, mention.start - 60), mention.start));
}

/**
 * The figures a newer text says it sets in place of others ("at a pace of $35 billion per month rather than $40 billion
 * per month"), each paired with the older text's figure of the replaced value, of its category, unit and scale: of
 * several, the one said of the most words before it (`leadWords`: "agency mortgage-backed securities at a pace of",
 * "longer-term Treasury securities at a pace of"), so that two paces of one paragraph pair by their noun, not by their
 * order (FOMC 2013-10-30 → 12-18: agency MBS $40 → $35 billion, Treasuries $45 → $40 billion). A replaced value the
 * older text does not hold pairs with nothing: the figure set is read by the rules that follow.
 */
function statedReplacements(older: readonly NumberMention[], newer: readonly NumberMention[], before: string, after: string): Array<readonly [NumberMention, NumberMention]> {
  const pairs: Array<readonly [NumberMention, NumberMention]> = [];
  const taken = new Set<NumberMention>();
  newer.forEach((was, k) => {
    if (k === 0 || !isReplacedValue(after, was)) return;
    const set = newer[k - 1];
    if (set.category !== was.category || isReplacedValue(after, set) || scaleOf(set) !== scaleOf(was) || unitOf(set) !== unitOf(was)) return;
    const lead = leadWords(after, set);
    let best: NumberMention | null = null;
    let bestShared = -1;
    for (const candidate of older) {
      if (taken.has(candidate) || candidate.category !== was.category || numberKey(candidate) !== numberKey(was)) continue;
      const shared = [...leadWords(before, candidate)].filter((word) => lead.has(word)).length;
      if (shared > bestShared) [best, bestShared] = [candidate, shared];
    }
    if (best === null) return;
    taken.add(best);
    pairs.push([best, set] as const);
  });
  return pairs;
}

/**
 * Where the word diff changed each text: per side, the spans of its deleted (older) or inserted (newer) parts, each with
 * its replaced stretch (the run of non-equal parts between two equal ones, numbered alike on both sides). Null when there
 * is no diff or its parts do not rebuild the two texts (two paragraphs read alone: the signals bench).
 */
interface DiffPlaces {
  older: ReadonlyArray<{ start: number; end: number; stretch: number }>;
  newer: ReadonlyArray<{ start: number; end: number; stretch: number }>;
}

function placeInDiff(diff: readonly DiffPart[], before: string, after: string): DiffPlaces | null {
  if (diff.length === 0) return null;
  const older: Array<{ start: number; end: number; stretch: number }> = [];
  const newer: Array<{ start: number; end: number; stretch: number }> = [];
  let [at, to, stretch] = [0, 0, 0];
  for (const part of diff) {
    if (part.op === 'equal') {
      if (before.startsWith(part.text, at) === false || after.startsWith(part.text, to) === false) return null;
      at += part.text.length;
      to += part.text.length;
      stretch += 1;
    } else if (part.op === 'delete') {
      if (!before.startsWith(part.text, at)) return null;
      older.push({ start: at, end: at + part.text.length, stretch });
      at += part.text.length;
    } else {
      if (!after.startsWith(part.text, to)) return null;
      newer.push({ start: to, end: to + part.text.length, stretch });
      to += part.text.length;
    }
  }
  return at === before.length && to === after.length ? { older, newer } : null;
}

/** The replaced stretch a mention touches (its first), or -1 when the diff kept all of it. */
function stretchOf(mention: NumberMention, spans: DiffPlaces['older']): number {
  return spans.find((span) => mention.start < span.end && span.start < mention.end)?.stretch ?? -1;
}

/**
 * Numbers of one category the word diff replaced one for one: in a replaced stretch with as many of them deleted as
 * inserted, the first with the first, and so on; a pair written the same (once typography is set aside) is no change and
 * is dropped, a pair of figures or percentages that cannot count the same thing (another unit or scale, other words
 * counted: `comparable`) or of dates of different things is left to the rules on words. The numbers of the pairs made
 * and dropped are returned, to be left out of the rest.
 */
function pairByPlace(category: NumberCategory, left: readonly NumberMention[], right: readonly NumberMention[], placed: DiffPlaces, before: string, after: string): { pairs: Array<readonly [NumberMention, NumberMention]>; older: NumberMention[]; newer: NumberMention[] } {
  const pairs: Array<readonly [NumberMention, NumberMention]> = [];
  const [older, newer]: [NumberMention[], NumberMention[]] = [[], []];
  const leftStretches = left.map((mention) => stretchOf(mention, placed.older));
  const rightStretches = right.map((mention) => stretchOf(mention, placed.newer));
  const count = (stretches: number[], stretch: number) => stretches.filter((value) => value === stretch).length;
  const oneForOne = (stretch: number) => count(leftStretches, stretch) === count(rightStretches, stretch);
  // Numbers deleted or inserted with nothing of their kind across from them: moved, or truly removed or added. A number
  // replaced in one place but written again in such a place moved there ("the amendments [-which will enter into force
  // on 23 December 2024-]{+adopted on 11 April 2025+}", the date written earlier in an insert, Oceans 79/144 → 80/110
  // OP 115; "by [-2030-]{+2035+}" beside "{+43 per cent by 2030 and 60+}", Climate 78/153 → 79/206 OP 5): not a change of one into the other.
  const aloneOlder = left.filter((_, k) => leftStretches[k] >= 0 && !oneForOne(leftStretches[k]));
  const aloneNewer = right.filter((_, k) => rightStretches[k] >= 0 && !oneForOne(rightStretches[k]));
  const movedTo = (mention: NumberMention, others: NumberMention[]) => others.some((other) => withoutCommon([mention], [other]).length === 0);
  const counts = (category === 'figure' || category === 'percentage') && left.length + right.length > 2;
  const olderWords = counts ? left.map((mention) => countedWords(before, mention)) : [];
  const newerWords = counts ? right.map((mention) => countedWords(after, mention)) : [];
  const shared = (i: number, j: number) => [...olderWords[i]].filter((word) => newerWords[j].has(word)).length;
  for (const stretch of new Set(leftStretches.filter((value) => value >= 0))) {
    const from = left.filter((_, k) => leftStretches[k] === stretch);
    const to = right.filter((_, k) => rightStretches[k] === stretch);
    if (from.length !== to.length) continue;
    from.forEach((mention, k) => {
      const other = to[k];
      // A session replaced by one two cycles on, where a session one cycle before it was dropped alone from the
      // paragraph: the dropped one moved on with the cycle, the replaced one went with its clause ("at its
      // [-seventy-ninth-]{+eighty-first+} session[-, through the Economic and Social Council, on … and to the Assembly at
      // its eightieth session-] on the implementation", Palestine 79/229 → 80/158 OP 13: eightieth → eighty-first, the
      // seventy-ninth removed; trial 17-a D3, where "79th → 81st", "80th → 81st" and "80th removed" were all said).
      if (category === 'session' && !isRoutineNumberChange(mention, other)) {
        const cycled = aloneOlder.find((alone) => !older.includes(alone) && isRoutineNumberChange(alone, other));
        if (cycled !== undefined) {
          older.push(cycled);
          newer.push(other);
          pairs.push([cycled, other] as const);
          return;
        }
      }
      if ((category === 'figure' || category === 'percentage') && !comparable(mention, other, before, after)) return;
      if (movedTo(mention, aloneNewer) || movedTo(other, aloneOlder)) return;
      // Left to the rules on words when another figure counts more of the same words ("of whom [-29-]{+141+} were {+killed,
      // 57 were +}injured": 29 injured → 57 injured, Safety and security 78/118 → 79/138 PP 24).
      if (counts) {
        const [i, j] = [left.indexOf(mention), right.indexOf(other)];
        if (right.some((_, n) => shared(i, n) > shared(i, j)) || left.some((_, n) => shared(n, j) > shared(i, j))) return;
      }
      if (category === 'date' && dateReferent(before, mention) !== dateReferent(after, other)) return;
      older.push(mention);
      newer.push(other);
      if (withoutCommon([mention], [other]).length > 0) pairs.push([mention, other] as const);
    });
  }
  return { pairs, older, newer };
}

/** A figure's scale ("billion"), empty when it has none. */
const scaleOf = (mention: NumberMention): string => /\b(million|billion|trillion|hundred|thousand)\b/i.exec(mention.text)?.[1].toLowerCase() ?? '';
/** A percentage's unit when it is a change of one (basis points, percentage points), empty for a level. */
const unitOf = (mention: NumberMention): string => /(basis\s?points?|percentage\s?points?)$/i.exec(mention.text)?.[1].toLowerCase().replace(/s$/, '') ?? '';

/** Two figures or percentages that can count the same thing: of one unit and scale, and counting a word in common, or nothing said after either. */
function comparable(from: NumberMention, to: NumberMention, before: string, after: string): boolean {
  if (scaleOf(from) !== scaleOf(to) || unitOf(from) !== unitOf(to)) return false;
  const [mine, theirs] = [countedWords(before, from), countedWords(after, to)];
  return (mine.size === 0 && theirs.size === 0) || sharedCounted(mine, theirs, from, to, before, after) > 0;
}

/**
 * What a cited resolution did, told after its symbol (and date): "79/211 of 23 December 2024, in which it decided to
 * extend until 2030 the promotion of the United Nations Decade …", "71/291 of 15 June 2017, by which it decided to
 * establish …". Group 1 the symbol; the clause runs to a semicolon, the next symbol of the list, the paragraph's own
 * next verb (", and decides that the Conference shall be convened not later than …": review20 S3c), or the text's end.
 */
const CITED_ACT = /\b(\d{1,3}\/\d{1,4})(?:\s+of\s+\d{1,2}\s+\p{L}+\s+\d{4})?,?\s+(?:in|by)\s+which\s+(?:it|the\s+(?:General\s+Assembly|Council|Conference))\s+\p{Ll}+ed\b[^;]*?(?=;|,?\s+and\s+(?:also\s+|further\s+)?(?:decides|requests|calls|urges|invites|encourages|recalls|notes|reaffirms|stresses|welcomes|deciding|requesting|calling|urging|inviting|encouraging|recalling|noting)\b|,\s+(?:and\s+)?(?:its\s+resolutions?\s+)?\d{1,3}\/\d|\s+and\s+\d{1,3}\/\d|[,.]?\s*$)/gu;

/**
 * True when a number added (or removed) stands in what a resolution cited anew did (`CITED_ACT`), the resolution not cited
 * in the other text: the number is the cited decision's, set when it was taken, and its citation is the change
 * (a reference signal). Energy for all 79/211 → 80/142 PP 1 added "and 79/211 of 23 December 2024, in which it decided
 * to extend until 2030 the promotion of the … Decade" to the resolutions recalled and read "deadline added (earlier or
 * set): until 2030" (issue 23, seed 2001 #48). A number in a clause of the paragraph's own ("… and decides to extend
 * until 2030 …") or in an act whose resolution the other text cites too keeps its signal.
 */
function inCitedAct(mention: NumberMention, text: string, other: string): boolean {
  if (!/\bwhich\s/.test(text)) return false;
  for (const act of text.matchAll(CITED_ACT)) {
    // The clause only: the citation's own date before it is the cited resolution's date, told as such.
    const clauseStart = act.index + act[0].search(/\s(?:in|by)\s+which\s/u);
    if (mention.start < clauseStart || mention.end > act.index + act[0].length) continue;
    if (!new RegExp(`(?<![\\d/])${act[1].replace('/', '\\/')}(?!\\d)`).test(other)) return true;
  }
  return false;
}

/**
 * What precedes a session that a paragraph cites as past: something done at it ("the report submitted to the General
 * Assembly at its seventy-second session", "adopted at its sixtieth session", "the decision taken at its fiftieth
 * session"), within the clause; never what is "to be submitted" there, which schedules it.
 */
const DONE_AT_SESSION = /(?<!\bbe\s+)\b(?:submitted|adopted|held|considered|presented|taken|issued|made|endorsed|approved|launched|convened)\b[^;,.]{0,60}?\b(?:at|during)\s+(?:its|the)\s*$/i;

/**
 * True when a session mention is a citation of a past session (`DONE_AT_SESSION`): a session added or removed there
 * schedules nothing (French Polynesia 79/104 → 80/95 OP 11 "Requests the Secretary-General to provide an update to the
 * report submitted to the General Assembly at its seventy-second session …" read "session number added: seventy-second
 * session", trial 16a D5). A session something is asked for ("to submit … at its eighty-first session") still signals.
 */
export function isCitedSession(mention: NumberMention, text: string): boolean {
  return mention.category === 'session' && DONE_AT_SESSION.test(text.slice(Math.max(0, mention.start - 120), mention.start));
}

/** True when a paragraph's session moved on by one: a session number of the older text one up in the newer, none back. */
function sessionMovedOn(older: readonly NumberMention[], newer: readonly NumberMention[]): boolean {
  const values = (mentions: readonly NumberMention[]) => mentions.filter((mention) => mention.category === 'session' && mention.value !== null).map((mention) => mention.value!);
  const [was, now] = [values(older), values(newer)];
  return now.some((value) => was.includes(value - 1) && !now.includes(value - 1)) && !was.some((value) => now.includes(value - 1) && !now.includes(value));
}

/**
 * True when a text still carries a number: a mention of its kind written the same (a year: held in a date), (a number in
 * words) the word itself, or the compound adjective it opens in its own text ("its 10-year plan of action" → "its second
 * 10-year implementation plan", where the newer "10" names an edition and is no figure).
 */
function carries(text: string, mentions: readonly NumberMention[], mention: NumberMention, own: string): boolean {
  const written = mention.text.toLowerCase();
  const escape = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Built only when a test needs it: compiling a pattern with Unicode properties costs far more than the tests, and a
  // paragraph's numbers are mostly settled by the cheaper checks (125,000 new paragraphs paid 40 s for patterns never used).
  let boundedPattern: RegExp | undefined;
  const bounded = (): RegExp => (boundedPattern ??= new RegExp(`(?<![\\p{L}\\p{N}])${escape(written)}(?![\\p{L}\\p{N}])`, 'u'));
  const compound = /^[\-\u2010\u2011]\p{L}+/u.exec(own.slice(mention.end))?.[0];
  if (compound !== undefined && new RegExp(`(?<![\\p{L}\\p{N}])${escape(written)}[\\-\u2010\u2011]${escape(compound.slice(1).toLowerCase())}(?![\\p{L}\\p{N}])`, 'u').test(text.toLowerCase())) return true;
  // The same number of its kind (written once more), or a year inside another's date or period.
  if (mentions.some((other) => (other.category === mention.category && other.text.toLowerCase() === written) || (mention.category === 'year' && bounded().test(other.text.toLowerCase())))) return true;
  return !/\d/.test(written) && bounded().test(text.toLowerCase());
}

/** Words that say nothing of what a figure counts ("of", "the", "new", "more than"). */
const COUNTED_STOP = new Set(['of', 'in', 'the', 'a', 'an', 'and', 'or', 'for', 'to', 'with', 'by', 'at', 'on', 'from', 'more', 'than', 'less', 'new', 'some', 'about', 'approximately', 'almost', 'nearly', 'over', 'under', 'up', 'its', 'their', 'all', 'per', 'cent']);

/**
 * What a figure or a percentage counts: the content words after it, up to the next number or clause break (at most
 * five), singular ("181 stakeholders" → stakeholders; "29.9 per cent in peri-urban areas" → peri-urban, area). Empty
 * when nothing follows.
 */
export function countedWords(text: string, mention: NumberMention): Set<string> {
  // "… by at least $40 billion per month and of agency mortgage-backed securities by …": a coordinated complement
  // ("and of", "or for") is another figure's, not this one's.
  const rest = text.slice(mention.end).split(/[,;:.()\d]|\s(?:and|or)\s(?=(?:of|for|in|to|by|at|on|from)\s)/u)[0];
  const words = rest.toLowerCase().split(/[\s“”"]+/u).filter((word) => word !== '' && !COUNTED_STOP.has(word)).slice(0, 5);
  return new Set(words.map((word) => word.replace(/(?<=\p{L}{3})s$/u, '')));
}

/** A people's name or adjective written after a figure ("Syrians", "Syrian", "Congolese", "Afghan", "Iraqi"): capitalised, with a demonym's ending. */
const PEOPLE_WORD = /^\p{Lu}\p{L}*(?:ians?|eans?|ese|ish|i|ans?)$/u;

/**
 * The counted words (`countedWords`) that name a people: who is counted, not what. "16.7 million Syrians need
 * humanitarian assistance" and "1 million Syrian refugees … have returned home" (Syria 79/185 PP 41 → 80/224 PP 25,
 * trial 17b D9) count two things of one people; that people alone pairs no figures.
 */
export function peopleWords(text: string, mention: NumberMention): Set<string> {
  const rest = text.slice(mention.end).split(/[,;:.()\d]/u)[0];
  const words = rest.split(/[\s“”"]+/u).filter((word) => word !== '' && !COUNTED_STOP.has(word.toLowerCase())).slice(0, 5);
  return new Set(words.filter((word) => PEOPLE_WORD.test(word)).map((word) => word.toLowerCase().replace(/(?<=\p{L}{3})s$/u, '')));
}

/** Counted words two figures share, a people they both name aside (`peopleWords`). */
function sharedCounted(mine: ReadonlySet<string>, theirs: ReadonlySet<string>, from: NumberMention, to: NumberMention, before: string, after: string): number {
  const shared = [...mine].filter((word) => theirs.has(word));
  if (shared.length === 0) return 0;
  const [fromPeople, toPeople] = [peopleWords(before, from), peopleWords(after, to)];
  return shared.filter((word) => !(fromPeople.has(word) && toPeople.has(word))).length;
}

/** The content words just before a figure, in its clause (at most five, singular): what it is said of ("the target range at"). */
export function leadWords(text: string, mention: NumberMention): Set<string> {
  const clause = text.slice(0, mention.start).split(/[,;:.()]/u).pop() ?? '';
  const words = clause.toLowerCase().split(/[\s“”"]+/u).filter((word) => word !== '' && !/\d/.test(word) && !COUNTED_STOP.has(word)).slice(-5);
  return new Set(words.map((word) => word.replace(/(?<=\p{L}{3})s$/u, '')));
}

/**
 * The numbers removed and added of one category, paired as `changed`. Dates, years, sessions, deadlines and periods
 * pair in order. A figure or a percentage pairs only with one that counts the same thing: a word they both count, or
 * nothing said after either, and the same scale ("billion"): "181 stakeholders" → "30 billion United States dollars",
 * or "29.9 per cent in peri-urban areas" → "23.9 per cent of urban populations", are one number removed and another
 * added, not one number changed (a desk officer's reading, issue 19). Among those, the one sharing the most words.
 */
/** Lead words (`leadWords`) two percentages must share to be one level said of one thing when only one says what follows it. */
const LEVEL_SAID_OF = 3;

function pairChanges(category: NumberCategory, removed: readonly NumberMention[], added: readonly NumberMention[], before: string, after: string): { pairs: Array<readonly [NumberMention, NumberMention]>; removedLeft: NumberMention[]; addedLeft: NumberMention[] } {
  if (category === 'date') return pairDatesByReferent(removed, added, before, after);
  if (category !== 'figure' && category !== 'percentage') return pairInOrder(removed, added);
  const scale = (mention: NumberMention) => /\b(million|billion|trillion|hundred|thousand)\b/i.exec(mention.text)?.[1].toLowerCase() ?? '';
  // A percentage pairs only with one of its unit: "25 basis points" (a cut by) and "2-1/4 to 2-1/2 percent" (a range at)
  // are two figures, not one changed (FOMC 2019-06-19 → 07-31, two dissents with different preferences).
  // Percentage points and basis points are one unit of a rate's move (100 basis points = 1 percentage point): "1/4
  // percentage point" → "50 basis points" is one figure changed.
  const unit = (mention: NumberMention) => (/(?:basis|percentage)\s?points?$/i.test(mention.text) ? 'point' : '');
  // A move in points counts points: the words after it say where the rate goes ("decline 1/4 percentage point to around
  // 5-1/4 percent" → "by 50 basis points to 6 percent", FOMC 1998-09-29 → 2001-01-03, one move changed), not what it counts.
  const counted = (text: string, mention: NumberMention): Set<string> => (unit(mention) === 'point' ? new Set() : countedWords(text, mention));
  const addedWords = added.map((mention) => counted(after, mention));
  const taken = new Set<number>();
  const pairs: Array<readonly [NumberMention, NumberMention]> = [];
  const removedLeft: NumberMention[] = [];
  const addedLeads = added.map((mention) => leadWords(after, mention));
  const removedWords = removed.map((mention) => counted(before, mention));
  const removedLeads = removed.map((mention) => leadWords(before, mention));
  const leadShared = (i: number, index: number) => [...removedLeads[i]].filter((word) => addedLeads[index].has(word)).length;
  const unsaidBoth = (i: number, index: number) => removedWords[i].size === 0 && addedWords[index].size === 0;
  removed.forEach((from, i) => {
    const words = removedWords[i];
    // The one that shares the most counted words ("7.2 million internally displaced persons inside the country" →
    // "7 million internally displaced persons inside the country", not "1.8 million internally displaced persons have
    // returned"); the first of equals.
    // When nothing after either says what they count, the one whose words before it share most, unless a later one
    // shares more ("preferred to maintain the target range at 2 percent to 2-1/4 percent" → "… to maintain the target
    // range at 1-3/4 percent to 2 percent", not the other dissent's "lower … the federal funds rate to 1-1/2 to 1-3/4
    // percent", FOMC 2019-09-18 → 10-30).
    let k = -1;
    let best = 0;
    let bestLead = -1;
    added.forEach((to, index) => {
      // One value on both sides said of two things is no change of either (`withoutCommonCounted`).
      if (taken.has(index) || scale(to) !== scale(from) || unit(to) !== unit(from) || numberKey(to) === numberKey(from)) return;
      const theirs = addedWords[index];
      const lead = leadShared(i, index);
      // A rate level said of the same thing before it, where one side's clause runs on after it and the other's ends ("raise
      // the target range for the federal funds rate to 3 to 3-1/4 percent and anticipates …" → "… to 3-3/4 to 4 percent.",
      // FOMC 2022-09-21 → 11-02, read as one removed and one added, trial 20-b D2): what it counts is what it is said of.
      const saidOfSame = category === 'percentage' && (words.size === 0) !== (theirs.size === 0) && lead >= LEVEL_SAID_OF;
      const shared = words.size === 0 && theirs.size === 0 ? 1 : saidOfSame ? 1 : sharedCounted(words, theirs, from, to, before, after);
      const unsaid = unsaidBoth(i, index);
      // Left to a later one that says more of the same before it.
      if (unsaid && removed.some((other, j) => j > i && unsaidBoth(j, index) && scale(other) === scale(to) && unit(other) === unit(to) && leadShared(j, index) > lead)) return;
      if (shared > best || (unsaid && shared === best && lead > bestLead)) {
        best = shared;
        bestLead = lead;
        k = index;
      }
    });
    if (k < 0) removedLeft.push(from);
    else {
      taken.add(k);
      pairs.push([from, added[k]] as const);
    }
  });
  return { pairs, removedLeft, addedLeft: added.filter((_, index) => !taken.has(index)) };
}

/** Numbers removed and added paired in order, each with the first one left that `may` pair with it. */
function pairWhere(removed: readonly NumberMention[], added: readonly NumberMention[], may: (from: NumberMention, to: NumberMention) => boolean): Array<readonly [NumberMention, NumberMention]> {
  const taken = new Set<number>();
  const pairs: Array<readonly [NumberMention, NumberMention]> = [];
  for (const from of removed) {
    const k = added.findIndex((to, index) => !taken.has(index) && may(from, to));
    if (k < 0) continue;
    taken.add(k);
    pairs.push([from, added[k]] as const);
  }
  return pairs;
}

/** A date of several days ("8 to 11 February 2021", "2–4 July", "30 November to 13 December 2023"), of one day, or of a month alone. */
function dateShape(mention: NumberMention): 'range' | 'day' | 'month' {
  if (new RegExp(`\\d\\s?(?:to|and|[${DASHES}])\\s?\\d|\\d\\s${MONTH}\\s(?:to|[${DASHES}])`, 'u').test(mention.text)) return 'range';
  return /^\d{1,2}\s|\s\d{1,2},?\s/u.test(mention.text) || /^\d{1,2}\s/u.test(mention.text) ? 'day' : 'month';
}

/**
 * Event dates removed and added paired as `pairWhere` pairs them, with two rules a reader of a list of sessions expects
 * (Agriculture 78/168 PP 18 + PP 19 → 79/227 PP 18, sig21, read "8 to 11 February 2021 → 23 to 27 October"): a range of
 * days pairs only with a range, a single day only with a day (a month alone with either); and dates of the same month
 * pair first, the latest older date first, each with the nearest later one of its month ("10 to 13 October 2022 → 21 to
 * 25 October 2024": a yearly session's dates), before the rest pair in order.
 */
function pairEventDates(removed: readonly NumberMention[], added: readonly NumberMention[], may: (from: NumberMention, to: NumberMention) => boolean): Array<readonly [NumberMention, NumberMention]> {
  const shapesAgree = (from: NumberMention, to: NumberMention): boolean => {
    const [a, b] = [dateShape(from), dateShape(to)];
    return a === b || a === 'month' || b === 'month';
  };
  const month = (mention: NumberMention): number => (mention.value === null ? 0 : Math.floor(mention.value / 100) % 100);
  const pairs: Array<readonly [NumberMention, NumberMention]> = [];
  const [takenFrom, takenTo] = [new Set<NumberMention>(), new Set<NumberMention>()];
  // The nearest of the same month, a later one before an earlier ("24 September 2024" → "24 September 2025", not the
  // "27 September 2013" a newer text cites beside it, Chemical weapons 79/56 OP 24 → 80/34 OP 13).
  const distance = (from: NumberMention, to: NumberMention): number => (to.value ?? 0) - (from.value ?? 0) + ((to.value ?? 0) < (from.value ?? 0) ? 1e9 : 0);
  for (const from of [...removed].reverse()) {
    const candidates = added.filter((other) => !takenTo.has(other) && month(from) !== 0 && month(from) === month(other) && shapesAgree(from, other) && may(from, other));
    const to = candidates.sort((a, b) => Math.abs(distance(from, a)) - Math.abs(distance(from, b)))[0];
    if (to === undefined) continue;
    takenFrom.add(from).add(to);
    takenTo.add(to);
    pairs.push([from, to] as const);
  }
  const rest = pairWhere(removed.filter((mention) => !takenFrom.has(mention)), added.filter((mention) => !takenTo.has(mention)), (from, to) => shapesAgree(from, to) && may(from, to));
  return [...pairs, ...rest];
}

/** Numbers removed and added paired in order, the rest left over. */
function pairInOrder(removed: readonly NumberMention[], added: readonly NumberMention[]): { pairs: Array<readonly [NumberMention, NumberMention]>; removedLeft: NumberMention[]; addedLeft: NumberMention[] } {
  const count = Math.min(removed.length, added.length);
  return { pairs: removed.slice(0, count).map((from, k) => [from, added[k]] as const), removedLeft: removed.slice(count), addedLeft: added.slice(count) };
}

/**
 * What a date dates: a document (`resolution 76/233 of 24 December 2021`, `A/79/214 dated 3 May 2024`: a symbol or
 * number and "of" or "dated" just before it) or anything else, mostly a meeting or an event ("from 23 to 27 June 2025",
 * "held on 5 May").
 */
type DateReferent = 'document' | 'event';

/** A symbol or number (`76/233`, `A/79/214`, `2024/13`, `S/RES/2720 (2023)`) followed by "of" or "dated", or "dated" alone, right before a date. */
const DOCUMENT_DATE_BEFORE = /(?:(?:\d+|\b[A-Z][A-Za-z.-]*)\/[\w./-]*(?:\s*\(\d{4}\))?,?\s+(?:of|dated)|\bdated)\s+$/i;

/** A capitalised word right after a date: the date names a document by it ("the June 2017 Addendum to the Committee’s …"). */
const TITLE_AFTER_DATE = /^\s+\p{Lu}\p{Ll}+/u;

function dateReferent(text: string, mention: NumberMention): DateReferent {
  if (TITLE_AFTER_DATE.test(text.slice(mention.end, mention.end + 30)) && !/^\s+(?:The|This|It|In|On|At|By|For)\b/u.test(text.slice(mention.end, mention.end + 10))) return 'document';
  return DOCUMENT_DATE_BEFORE.test(text.slice(Math.max(0, mention.start - 60), mention.start)) ? 'document' : 'event';
}

/**
 * True when two event dates may date the same thing: the content words of their clause before them or after them
 * (`leadWords`, `countedWords`) share one, or one side says none. "on her visit to the Democratic People’s Republic of
 * Korea in May 2017" and "the Committee’s findings in September 2025" (DPRK 79/181 → 80/220 PP 8, trial 17b D9) date a
 * visit and findings: one date removed and another added, not a date changed.
 */
function mayDateSameThing(from: NumberMention, to: NumberMention, before: string, after: string): boolean {
  // Lower-case words only: a name both clauses give ("the Democratic People’s Republic of Korea") says whom, not what is dated.
  const plain = (clause: string): string[] => clause.split(/[\s“”"]+/u).filter((word) => /^\p{Ll}{3,}$/u.test(word) && !COUNTED_STOP.has(word) && !MONTHS.includes(word));
  const words = (text: string, mention: NumberMention): Set<string> =>
    new Set([...plain(text.slice(0, mention.start).split(/[,;:.()]/u).pop() ?? '').slice(-5), ...plain(text.slice(mention.end).split(/[,;:.()\d]/u)[0]).slice(0, 5)].map((word) => word.replace(/(?<=\p{L}{3})s$/u, '')));
  const [mine, theirs] = [words(before, from), words(after, to)];
  return mine.size === 0 || theirs.size === 0 || [...mine].some((word) => theirs.has(word));
}

/**
 * Dates removed and added paired in order, but only a date with a date of the same thing (redline #19, session 12): a
 * resolution's date with a resolution's date, a meeting's with a meeting's. Arms Trade Treaty 78/48 → 79/52 PP 9 dropped
 * "resolution 76/233 of 24 December 2021" and added a meeting "from 23 to 27 June 2025": one date removed and another
 * added, not "date changed (routine): 24 December 2021 → 23 to 27 June 2025".
 */
function pairDatesByReferent(removed: readonly NumberMention[], added: readonly NumberMention[], before: string, after: string): { pairs: Array<readonly [NumberMention, NumberMention]>; removedLeft: NumberMention[]; addedLeft: NumberMention[] } {
  const pairs: Array<readonly [NumberMention, NumberMention]> = [];
  const pairedFrom = new Set<NumberMention>();
  const pairedTo = new Set<NumberMention>();
  for (const referent of ['document', 'event'] as const) {
    const from = removed.filter((mention) => dateReferent(before, mention) === referent);
    const to = added.filter((mention) => dateReferent(after, mention) === referent);
    const pairable = referent === 'event' ? pairEventDates(from, to, (older, newer) => mayDateSameThing(older, newer, before, after)) : pairInOrder(from, to).pairs;
    for (const [older, newer] of pairable) {
      pairs.push([older, newer] as const);
      pairedFrom.add(older);
      pairedTo.add(newer);
    }
  }
  // Pairs in the older text's order, as dates paired in order came before.
  pairs.sort((a, b) => removed.indexOf(a[0]) - removed.indexOf(b[0]));
  return { pairs, removedLeft: removed.filter((mention) => !pairedFrom.has(mention)), addedLeft: added.filter((mention) => !pairedTo.has(mention)) };
}

/** A dash of any kind (`DASHES`) before a digit, spaces around it: typography in a mention's key. */
const DASH_BEFORE_DIGIT = new RegExp(`\\s?[${DASHES}]\\s?(?=\\d)`, 'g');

/** A percentage's unit written at the start of a range as well as at its end ("2 percent to 2-1/4 percent"): the same range as "2 to 2-1/4 percent". */
const UNIT_INSIDE_RANGE = /\s?(?:%|per cent|percent)(?=\s?(?:to\s?|-)\d)/g;

/** A quantity in percentage points or basis points, its whole number and fraction: "1/4", "1-1/4", "1 1/4", "0.25", "25". */
const POINTS = new RegExp(`^(?:(\\d+(?:\\.\\d+)?)(?:(?:\\s|[${DASHES}])(\\d+)\\/(\\d+))?|(\\d+)\\/(\\d+))\\s?(percentage|basis)\\s?points?$`, 'i');

/**
 * A move of a rate said in percentage points or basis points, in basis points (1 percentage point = 100 basis points),
 * or null for any other mention: "1/4 percentage point" and "25 basis points" are the same quantity in two units
 * (FOMC 1998-09-29 "to decline 1/4 percentage point" → 1998-11-17 "to fall 25 basis points"), no number changed.
 */
export function basisPoints(text: string): number | null {
  const match = POINTS.exec(text.trim());
  if (match === null) return null;
  const [, whole, numerator, denominator, aloneNumerator, aloneDenominator, unit] = match;
  const fraction = (top: string | undefined, bottom: string | undefined): number => (top !== undefined && bottom !== undefined && Number(bottom) !== 0 ? Number(top) / Number(bottom) : 0);
  const value = (whole !== undefined ? Number(whole) : 0) + fraction(numerator, denominator) + fraction(aloneNumerator, aloneDenominator);
  // Rounded to a thousandth of a basis point: 0.07 percentage point is 7, not 7.000000000000001.
  return Math.round(value * (unit.toLowerCase() === 'percentage' ? 100 : 1) * 1000) / 1000;
}

/** The time a figure is counted per ("$40 billion per month"): its unit, not what it counts. */
const RATE_UNIT = new Set(['month', 'year', 'week', 'day', 'annum', 'quarter']);

/**
 * `withoutCommon` for figures said of something: a value is common only with one of the other side said of the same
 * thing (its counted words, `countedWords`, as below). One value said of two things stays on each side; the pairing (`pairChanges`) never pairs it with itself, and what is left is carried (`carries`).
 */
function withoutCommonCounted(mine: readonly NumberMention[], theirs: readonly NumberMention[], own: string, other: string): NumberMention[] {
  const taken = new Set<number>();
  // What a figure counts, bar a rate's unit ("per month"), and the words before it in its clause: where neither says what
  // it counts, what it is said of ("increase its holdings of Treasury securities by at least $20 billion per month").
  const counted = (text: string, mention: NumberMention) => new Set([...countedWords(text, mention)].filter((word) => !RATE_UNIT.has(word)));
  const lead = (text: string, mention: NumberMention) => new Set([...leadWords(text, mention)].filter((word) => /\p{L}{3}/u.test(word) && word !== 'least'));
  const share = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((word) => b.has(word)).length >= Math.min(2, a.size, b.size);
  // Said of the same thing: two words in common (all the words of a shorter one), or nothing said after one of them;
  // after neither, by the words before. "$300 billion of longer-term Treasury securities over the next six months" →
  // "$300 billion of Treasury securities by autumn" (FOMC 2009) is kept; "Treasury securities" and "agency
  // mortgage-backed securities" share one word of two.
  const theirCounted = theirs.map((mention) => counted(other, mention));
  const theirLead = theirs.map((mention) => lead(other, mention));
  const sameThing = (mention: NumberMention, k: number): boolean => {
    const words = counted(own, mention);
    // Only an amount ("$20 billion") is told apart by the words before it; a bare number ("February 1") is kept.
    if (words.size === 0 && theirCounted[k].size === 0) return !/\b(?:million|billion|trillion)\b/i.test(mention.text) || share(lead(own, mention), theirLead[k]);
    return words.size === 0 || theirCounted[k].size === 0 || share(words, theirCounted[k]);
  };
  return mine.filter((mention) => {
    const at = theirs.findIndex((candidate, k) => !taken.has(k) && numberKey(candidate) === numberKey(mention) && sameThing(mention, k));
    if (at < 0) return true;
    taken.add(at);
    return false;
  });
}

/** The mentions of `mine` not matched (as a multiset, by text) in `theirs`. */
export function withoutCommon(mine: readonly NumberMention[], theirs: readonly NumberMention[]): NumberMention[] {
  const counts = new Map<string, number>();
  for (const mention of theirs) {
    const key = numberKey(mention);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return mine.filter((mention) => {
    const key = numberKey(mention);
    const left = counts.get(key) ?? 0;
    if (left === 0) return true;
    counts.set(key, left - 1);
    return false;
  });
}

/**
 * A number as `withoutCommon` matches it: the same value written another way is one key.
 * A fraction after a space is the same number as after a hyphen ("5 3/4 percent", "5-3/4 percent", FOMC 1995), and
 * "basis point" the same unit as "basis points" ("a 25 basis point decline", "of 25 basis points").
 * A date with its month abbreviated is the same date spelled out, and a range's dash is typography ("22-23 Sept 2024",
 * "22–23 September 2024"); two days in a row are that range ("on 22 and 23 September 2024" → "on 22-23 September 2024",
 * ICT 78/132 → 79/194 PP 12: the Summit's dates, not a date changed).
 * A move in percentage points is the same in basis points ("1/4 percentage point", "25 basis points": `basisPoints`).
 */
export function numberKey(mention: NumberMention): string {
  const points = basisPoints(mention.text);
  if (points !== null) return `${points} basis point`;
  return spellOutMonths(mention.impliedYear === undefined ? mention.text : `${mention.text} ${mention.impliedYear}`)
    .toLowerCase()
    .replace(DASH_BEFORE_DIGIT, '-')
    .replace(UNIT_INSIDE_RANGE, '')
    .replace(/(\d) (?=\d\/\d)/g, '$1-')
    .replace(/\b(basis|percentage) points\b/g, '$1 point')
    .replace(/\b(\d{1,2}) and (\d{1,2})\b/g, (both, first: string, second: string) => (Number(second) === Number(first) + 1 ? `${first}-${second}` : both));
}

/**
 * The number signal type: on paragraphs present on both sides (a new paragraph's numbers are new with it), except that
 * a deadline in a new paragraph is a deadline added and one in a dropped paragraph a deadline removed. A voting record's
 * dissent is read as no figure of the text (`withoutDissent`).
 */
export const numberDetector: SignalDetector = {
  type: 'number',
  detect: (input) => {
    const { before, after, lexicons } = input;
    // A dissent's figures ("who preferred to raise the target range … by 25 basis points") are no figure of the text.
    const [older, newer] = [withoutDissent(before.text), withoutDissent(after.text)];
    const changes = numberChanges(older, newer, lexicons, older === before.text && newer === after.text ? input.diff : []);
    if (before.text !== '' && after.text !== '') return changes;
    return changes.filter((change) => change.category === 'deadline');
  },
};
