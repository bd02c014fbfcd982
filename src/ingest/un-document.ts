import type { DocumentMeta, Footnote } from '../types.js';
import { normalizeDate } from './dates.js';
import { joinParagraphs } from './join-paragraphs.js';
import { MEETING_LINE } from './un-metadata.js';

/**
 * What the two UN readers (`pdf.ts` for the PDF, `un-text.ts` for the text a PDF library extracted from it) share, so
 * that a PDF and its own extracted text give the same paragraphs: how a line-end hyphen is mended, how footnote marks
 * glued to words are found, how the closing "45th plenary meeting" is read, and the text both hand to the segmenter.
 *
 * That text holds one paragraph per blank-line-separated block, footnote marks written `[^1]` where they are cited and
 * the notes as `[^1]: …` blocks at the end (Markdown's footnote syntax); `segment`'s footnote pass attaches each note to
 * the paragraph that cites it and removes it from the flow.
 */

/** A UN document rebuilt from its pages. */
export interface UnBody {
  /** Body paragraphs in reading order, labels kept at their start, footnote marks as `[^n]`. */
  paragraphs: string[];
  /** Footnotes in the order printed. */
  footnotes: Footnote[];
  /** Facts from the first page and the closing lines. */
  meta: Partial<DocumentMeta>;
}

/**
 * A UN body with its first page's notes taken out of the notes: a note marked by a sign, not a number (`*`), that no
 * paragraph cites belongs to the form (the symbol `A/RES/75/282*`: "Reissued for technical reasons on 21 June 2021.";
 * the sponsor line "Australia:* draft resolution"), so it becomes a document fact (`notes`), not the footnote of the
 * paragraph citing the note next to it (trial 15a: 75/282 OP 1 carried the reissue note).
 */
export function withFirstPageNotes(body: UnBody): UnBody {
  const cited = new Set(body.paragraphs.flatMap((paragraph) => [...paragraph.matchAll(/\[\^([^\]\s]+)\]/g)].map((match) => match[1])));
  const onForm = body.footnotes.filter((note) => !/^\d+$/.test(note.mark) && !cited.has(note.mark));
  if (onForm.length === 0) return body;
  return {
    paragraphs: body.paragraphs,
    footnotes: body.footnotes.filter((note) => !onForm.includes(note)),
    meta: { ...body.meta, notes: [...(body.meta.notes ?? []), ...onForm.map((note) => note.text)] },
  };
}

/**
 * The converter text for a UN body: paragraphs, then footnote definitions. A note whose mark was not found (a mark the
 * extraction lost) still never becomes a paragraph: it goes with the paragraph citing the nearest earlier note (notes
 * are numbered in reading order), else the nearest later one, else the first paragraph.
 */
export function renderUnBody(body: UnBody, path: string): string {
  const paragraphs = [...body.paragraphs];
  const citedIn = new Map<string, number>();
  paragraphs.forEach((paragraph, index) => {
    for (const match of paragraph.matchAll(/\[\^([^\]\s]+)\]/g)) citedIn.set(match[1], index);
  });
  body.footnotes.forEach((note, position) => {
    if (citedIn.has(note.mark) || paragraphs.length === 0) return;
    const neighbours = [...body.footnotes.slice(0, position).reverse(), ...body.footnotes.slice(position + 1)];
    const host = neighbours.map((other) => citedIn.get(other.mark)).find((index) => index !== undefined) ?? 0;
    paragraphs[host] += `[^${note.mark}]`;
    citedIn.set(note.mark, host);
  });
  const definitions = body.footnotes.map((note) => `[^${note.mark}]: ${note.text}`);
  return joinParagraphs([...paragraphs, ...definitions], path);
}

/**
 * Second halves that make a line-end hyphen part of a compound when the document never shows the word either way.
 * UN documents are set without automatic hyphenation, so a line-end hyphen is nearly always a compound's own hyphen
 * ("non-\nState", "confidence-\nbuilding"): by default it stays; it goes only when the document spells the joined
 * word elsewhere ("develop-\nment" where "development" occurs).
 */
export function joinLineEnd(sofar: string, next: string, vocabulary: ReadonlySet<string>): string {
  if (sofar.endsWith('\u00ad')) return sofar.slice(0, -1) + next;
  const head = /(\p{L}+)-$/u.exec(sofar);
  if (!head) return sofar === '' ? next : `${sofar} ${next}`;
  const tail = /^(\p{Ll}+)/u.exec(next);
  if (!tail) return sofar + next;
  const joined = (head[1] + tail[1]).toLowerCase();
  const hyphenated = `${head[1]}-${tail[1]}`.toLowerCase();
  if (vocabulary.has(hyphenated)) return sofar + next;
  // UN style writes these prefixes solid ("subregional", "intergovernmental", "multilateral", "transboundary").
  const split = vocabulary.has(joined) || SOLID_PREFIXES.has(head[1].toLowerCase());
  return split ? sofar.slice(0, -1) + next : sofar + next;
}

const SOLID_PREFIXES = new Set(['sub', 'inter', 'intra', 'multi', 'trans', 'supra']);

/** Lowercased whole words of some lines (a line's last word may be a broken half, so it does not count). */
export function vocabularyOfLines(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    const tokens = line.trim().split(/\s+/);
    for (const token of tokens.slice(0, -1)) {
      const word = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase();
      if (word) words.add(word);
    }
  }
  return words;
}

/** Words after which a number counts something ("articles 6 and 7", "Goal 16"): never a footnote mark. */
const COUNTING = new Set(
  'article articles paragraph paragraphs para paras para. paras. no no. nos nos. goal goals target targets chapter chapters annex annexes vol vol. volume section sections rule rules resolution resolutions decision decisions principle principles recommendation recommendations item items phase step level protocol page pages part parts and or to of than by from'.split(' '),
);

/** Names that end in a number, after which digits glued on are a footnote mark ("COVID-1915" is COVID-19 and note 15). */
const NAMES_ENDING_IN_NUMBERS = String.raw`\b(?:COVID[\-\u2010\u2011]19|Agenda 21|Agenda 2063|Group of (?:77|20)|G[\-\u2010\u2011]?(?:77|20))`;
/**
 * Decision symbols of the Conference of the Parties to the climate Convention, whose session number has two digits
 * since 2004 ("1/CP.27"): digits glued on past them are a footnote mark ("1/CP.2731 and 1/CMA.4" in Climate 78/153 is
 * decision 1/CP.27 and note 31). (The Paris Agreement's "1/CMA.4" has one digit, but a mark glued to it is read as the
 * symbol's own number by the full-stop rule below: not seen in the texts.)
 */
const CLIMATE_DECISIONS = String.raw`\/CP\.[1-9]\d`;

/**
 * Footnote marks that reached the text on the baseline ("jurisdiction,1", "Goals19", "final report, 4 which"): a number
 * is a mark only when it is the next note in the printed sequence (notes are numbered in reading order) and it stands
 * where a mark stands: glued after a word, a closing bracket or quote, or a comma after anything ("75/240,1"), or after a
 * full stop that follows a word ("16.4" and "RES/9 A.2" stay), or a year ("of 19721"); or alone after such a place, a capitalised word or a year, never after
 * a word that counts ("articles 6 and 7").
 */
export function markGluedFootnotes(paragraphs: string[], marks: readonly string[]): string[] {
  const numeric = marks.filter((mark) => /^\d+$/.test(mark));
  const already = new Set<string>();
  for (const paragraph of paragraphs) for (const match of paragraph.matchAll(/\[\^(\d+)\]/g)) already.add(match[1]);
  let next = 0;
  const advance = (): void => {
    while (next < numeric.length && already.has(numeric[next])) next++;
  };
  advance();
  const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
  const pattern = new RegExp(
    [
      // glued: after a letter, a closing bracket or quote, a comma after anything, a full stop after a word (not after a
      // letter that designates a part, "GC(69)/RES/9 A.2"), or a year ("30 June 20253", "of 19721", "2015–20307": UN
      // style writes a five-digit figure with a comma, so a year with digits glued on is a year and its mark)
      String.raw`(?<=\p{L}|[)”’"\]]|[\p{L}\p{N})”’"\]][,;:]|\p{L}{2}\.|\b(?:${months}) (?:19|20)\d\d|(?<![\p{N},.])(?:19|20)\d\d|${NAMES_ENDING_IN_NUMBERS}|${CLIMATE_DECISIONS})(\d{1,3})(?=[\s.,;:)]|$)`,
      // alone between spaces
      // alone between spaces (not the number of a name: "Agenda 216" is Agenda 21 and note 6, read as glued; "Agenda
      // 21" and "Agenda 216" whole, "Group of 77"; but "the New Urban Agenda 20 and national policymaking" is note 20, Ageing 79/147)
      // (the space after it may be doubled: "Germany, 2  and", a line the extraction padded)
      String.raw`(?<=(\S+) )(?:(?<!(?:Agenda|Group of) )|(?<=Agenda )(?!21))(\d{1,3})(?= +(\S+)|$)`,
      // already a mark
      String.raw`\[\^(\d+)\]`,
      // glued to the next word instead ("States Parties, 8and welcomes"), or to both ("Paris Agreement,38and the")
      String.raw`(?<=[,;:] |[\p{L})”’"\]][,;:])(\d{1,3})(?=\p{Ll}{2,})`,
      // glued to a decision numbered after a meeting's Roman numeral ("CBD/CP/MOP/VIII/1914 and" in CBD 78/155 PP 27 is
      // decision VIII/19 and note 14): the digits whole, split below only where their tail is the next note
      String.raw`(?<=\/[IVXL]+\/)(\d{3,4})(?=[\s.,;:)]|$)`,
    ].join('|'),
    'gu',
  );
  /** The next uncited note, or one of the two after it when a mark was missed (a note cited in a table, say). */
  const expected = (number: string, reach = 3): number => {
    for (let k = next; k < Math.min(numeric.length, next + reach); k++) if (numeric[k] === number && !already.has(number)) return k;
    return -1;
  };
  return paragraphs.map((paragraph) => {
    // The last mark placed in this paragraph, so that a mark right after its predecessor is read as one even after a
    // word that counts ("amendment110 to the Kyoto Protocol 111 on": notes 110 and 111, not Protocol 111).
    let previous: { number: string; end: number } | null = null;
    return paragraph
      .replace(pattern, (match: string, glued: string | undefined, before: string | undefined, spaced: string | undefined, after: string | undefined, cited: string | undefined, leading: string | undefined, decision: string | undefined, offset: number) => {
        if (decision !== undefined) {
          // A decision's number is one or two digits ("VIII/19", "XIII/5"): the rest is a mark only when it is the next note.
          for (const length of [2, 1]) {
            const mark = decision.slice(length);
            const at = mark.length <= 3 && !mark.startsWith('0') ? expected(mark) : -1;
            if (at < 0) continue;
            already.add(mark);
            next = at + 1;
            advance();
            previous = { number: mark, end: offset + match.length };
            return `${decision.slice(0, length)}[^${mark}]`;
          }
          return match;
        }
        if (cited !== undefined) {
          // A mark already known (a raised one in a PDF): the sequence moves past it.
          const at = expected(cited);
          if (at >= 0) next = at + 1;
          advance();
          previous = { number: cited, end: offset + match.length };
          return match;
        }
        const number = glued ?? spaced ?? leading;
        if (number === undefined) return match;
        // "1,137 students": three digits after a digit and a comma are a thousands group, when what stands before the comma
        // can open one (one to three digits, or groups: "12,345,"); a year of four digits cannot ("Sediments, 2004,118":
        // the Convention of 2004 and note 118, Oceans 78/69 OP 231), nor a symbol's number ("resolution 5/14,118").
        if (glued !== undefined && number.length === 3 && /(?<![\d,./])\d{1,3}(?:,\d{3})*,$/.test(paragraph.slice(0, offset))) return match;
        // "C-24/DEC.4", "S/2016/738/Rev.1": a number after a full stop inside a document symbol is the symbol's own.
        if (glued !== undefined && /\/\S*\p{L}\.$/u.test(paragraph.slice(0, offset).split(/\s/).pop() ?? '')) return match;
        // A mark glued to a lowercase word, a year or a punctuation mark is certain enough to pick the sequence up again
        // after missed marks ("Rights13" when 5 to 12 were not found): any later note in the sequence will do.
        const certain = glued !== undefined && /(?:\p{Ll}|\D[,;:.”’"]|(?:19|20)\d\d,?)$/u.test(paragraph.slice(Math.max(0, offset - 4), offset));
        const at = expected(number, certain ? numeric.length : 3);
        if (at < 0) {
          // A note cited again, or one whose first mark was missed ("2010,1 20132 and 20153 reports" in ICT 74/28 OP 1 (a),
          // the notes already cited by PP 10): the sequence cannot vouch for it, so only a note of this document glued
          // where a number cannot be (to a year, to a comma after a year or a word, to a lowercase word of three letters
          // or more: "km2" stays) is read as a mark, and the sequence stays where it was.
          if (glued === undefined || !numeric.includes(number) || (!already.has(number) && numeric.indexOf(number) >= next)) return match;
          if (!/(?:\p{Ll}{3}|[\p{L})”’"\]][,;:.]|(?<!\d)(?:19|20)\d\d,?)$/u.test(paragraph.slice(Math.max(0, offset - 5), offset))) return match;
          already.add(number);
          advance();
          previous = { number, end: offset + match.length };
          return `[^${number}]`;
        }
        // Notes are numbered in reading order: a number standing alone that would skip a note which this paragraph
        // cites after it, glued, is no mark ("17 abductions, 9 sexual assaults, … harassment,8 and", Humanitarian
        // personnel 79/138 PP 27: note 8 comes later, so 9 is a count).
        if (spaced !== undefined && at > next && new RegExp(String.raw`(?<=[\p{L})”’"\]]|[,;:.])${numeric[next]}(?=[\s.,;:)]|$)`, 'u').test(paragraph.slice(offset + match.length))) return match;
        const followsPredecessor = previous !== null && at > 0 && numeric[at - 1] === previous.number && offset - previous.end <= MARK_REACH;
        if (leading !== undefined) {
          already.add(number);
          next = at + 1;
          advance();
          previous = { number, end: offset + match.length };
          // "Agreement, 8and" loses the space before the mark; "Agreement,38and" had none.
          return paragraph[offset - 1] === ' ' ? `\u0000[^${number}] ` : `[^${number}] `;
        }
        const padded = spaced !== undefined && paragraph.startsWith('  ', offset + match.length);
        if (spaced !== undefined && !spacedMarkFits(before ?? '', after, followsPredecessor, at === next, padded, paragraph.slice(offset + match.length, offset + match.length + 40))) return match;
        already.add(number);
        next = at + 1;
        advance();
        previous = { number, end: offset + match.length };
        // A mark that stood alone loses the space before it ("report, 4 which" → "report,[^4] which").
        return glued !== undefined ? `[^${number}]` : `\u0000[^${number}]`;
      })
      .replace(/ \u0000/g, '')
      // The padding of a raised mark has served (see `paragraphsOf` in un-text.ts): one space, marked or not.
      .replace(/(?<=\d|\])  +(?=\S)/g, ' ');
  });
}

/** A Roman numeral that closes a name ("Protocol I", "Convention IV", "Chapter VII"), not a pronoun's "I" in UN prose. */
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;

/** A plural word that counts ("articles", "recommendations"): the numbers after it are a list. */
const PLURAL_COUNTING = /^(?:articles|paragraphs|paras|goals|targets|chapters|annexes|volumes|sections|rules|resolutions|decisions|principles|recommendations|items|pages|parts)$/i;
/** Words that carry a list of numbers on ("articles 57 and 58", "paragraphs 3 to 5", "sections 2 through 4"). */
const LIST_GOES_ON = /^(?:and|or|to|through|till|until|bis|ter)$/;

/**
 * Words after which a number is a figure, whatever follows: an age or an amount ("aged 15 to 24", "ages 15 and over",
 * "at least 20 of", "some 30 countries"), or the plural that a count follows ("countries 17 signed"). Lowercase only:
 * "Member States 3 and" may cite a note. (Not an ordinal: "the first 1 and second annual progress reports", ICT 78/16,
 * cites note 1.)
 */
const BEFORE_A_FIGURE = /^(?:aged?|ages|about|some|nearly|almost|approximately|around|least|most|than|only|over|under|between|years|months|weeks|days|hours|times|persons|people|women|men|girls|boys|children|members|countries|states)$/;

/** Words that are no noun ("of which 13 resulted", "with 32 fatalities"): a mark stands after a noun. */
const FUNCTION_WORD = /^(?:which|whom|whose|that|these|those|this|with|from|into|including|among|within|during|were|have|also|each|every|over|than)$/;

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Words after which a number is a quantity ("7 per cent", "30 years", "15 States"). */
const QUANTITY_AFTER = /^(per|cent|percent|times|years?|months?|days?|members?|States)\b/;

/** How far (in characters) a mark may stand from its predecessor's in the same paragraph and still be read by it. */
const MARK_REACH = 60;

/**
 * Whether a number standing alone stands where a mark stands. `followsPredecessor`: the previous note of the sequence
 * was cited just before in the same paragraph, which outweighs a word that counts before it.
 */
function spacedMarkFits(before: string, after: string | undefined, followsPredecessor = false, nextInSequence = false, padded = false, rest = ''): boolean {
  if (COUNTING.has(before.toLowerCase()) && !followsPredecessor) return false;
  // A number that opens a range of days ("held in Vienna from … 10 to 13 April 2017, 3 to 5 April 2018 and …", ICT
  // 74/247 PP 10, where note 3 is next but belongs to PP 13): a day, even when it is the next note's number.
  if (new RegExp(String.raw`^ +(?:to|through|until|[\-\u2013]) +\d{1,2} +(?:${MONTHS})\b`).test(rest)) return false;
  // The very next note of the sequence, where a figure makes no sense (session 12, all three from the extraction's
  // layout of a raised mark): between two years of a list ("the 2010, 1 2013 2 and 2015 3 reports", ICT 74/28 PP 10;
  // "2010, 1 20132 and", 75/32 PP 10, the next year with its own mark glued on);
  // before the doubled space the extraction pads a raised mark with, after a year's comma or a word ("12 December
  // 2003, 26  States were strongly urged", Coercive measures 78/202 OP 20; "the special reports 20  of the", Climate
  // 78/153 PP 12); between a plural noun and a lowercase word that is no unit ("welcomes that the parties 18 urged
  // developed country parties", Least developed countries 78/233 OP 22). "in 2010, 15 States ratified" stays (no
  // doubled space), and so do "resolution 70/1, 2 paragraphs" and "persons aged 15 years" (not the next note, or a unit).
  if (nextInSequence && after !== undefined && /^(?:19|20)\d\d,$/.test(before) && /^(?:19|20)\d\d(?:\d{1,3})?$/.test(after)) return true;
  // A dated list of Security Council statements, the next date right after the mark ("of 9 May 2018, 17 4 February
  // 2021", Myanmar 78/219 PP 3): a number between a year's comma and a day of a month is no figure.
  if (nextInSequence && /^(?:19|20)\d\d,$/.test(before) && new RegExp(String.raw`^ +\d{1,2} (?:${MONTHS})\b`).test(rest)) return true;
  // A noun, the mark, then a preposition or a verb that goes on ("at its eighth session 47 for the purpose", Oceans
  // 78/69 OP 79; "on the shipping industry 67 has continued to meet", OP 122): the very next note only.
  if (nextInSequence && /^\p{Ll}{4,}$/u.test(before) && !COUNTING.has(before) && !BEFORE_A_FIGURE.test(before) && !FUNCTION_WORD.test(before) && after !== undefined && /^(?:for|of|has|have|had|by|at|from|under)$/.test(after)) return true;
  if (nextInSequence && padded && after !== undefined && /^\p{L}/u.test(after) && ((/^\p{L}[\p{L}\-\u2010\u2011]{2,}$/u.test(before) && !BEFORE_A_FIGURE.test(before)) || /^(?:(?:19|20)\d\d|\p{L}{2,}),$/u.test(before))) return true;
  if (nextInSequence && after !== undefined && /^\p{Ll}{3,}s$/u.test(before) && !PLURAL_COUNTING.test(before) && !BEFORE_A_FIGURE.test(before) && /^\p{Ll}{3,}$/u.test(after) && !LIST_GOES_ON.test(after) && !QUANTITY_AFTER.test(after)) return true;
  // "during the COVID-19 pandemic 56 and on recommendations 57 emanating from the Joint Action Group" (Oceans 79/144
  // OP 114, where 80/110 has 59 at that place): a plural that counts is followed by a list ("articles 6 and 7",
  // "paragraphs 3 to 5"); one number after it, then a lowercase word that goes on, is a mark, when it is the very next
  // note of the sequence and its predecessor was cited just before (round 16). "article 57 of", "resolution 57/141"
  // and "articles 57 and 58" stay (a list after a plural that counts, even right after a mark).
  if (PLURAL_COUNTING.test(before) && after !== undefined && LIST_GOES_ON.test(after)) return false;
  if (followsPredecessor && nextInSequence && PLURAL_COUNTING.test(before) && after !== undefined && /^\p{Ll}{3,}$/u.test(after) && !LIST_GOES_ON.test(after)) return true;
  // "Additional Protocol I 6  to the four Geneva Conventions,7" (Israeli settlements 80/81, where 79/91 glued it: "I6"):
  // a Roman numeral closes a name ("Protocol I", "Convention IV", "Chapter VII"); a number after it, before a word
  // that goes on, counts nothing, so it is a mark, but only the very next note of the sequence (round 14).
  if (nextInSequence && ROMAN_NUMERAL.test(before) && after !== undefined && /^(?:and|or|as|which|in|on|to|with|that|of|for)$/.test(after)) return true;
  // "7 per cent", "(1 and 2)": a number that something follows closely is a quantity.
  // "22 October 2015, 12 October 2017": a number before a month is a day.
  if (after !== undefined && /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(after)) return false;
  // A dated list of resolutions ("24 March 2016, 5 34/32 of …") has its marks between a year and the next symbol.
  if (after !== undefined && /^\d+\/\d+/.test(after) && /^(?:19|20)\d\d,$/.test(before)) return true;
  if (after !== undefined && (/^[)\]%]/.test(after) || /^\d/.test(after) || QUANTITY_AFTER.test(after))) return false;
  // "religion or belief 2 and", "UN-Nutrition 26 and": after a word, before a conjunction or a preposition that goes on.
  if (/^\p{L}[\p{L}\-\u2010\u2011]{2,}$/u.test(before) && !BEFORE_A_FIGURE.test(before) && !FUNCTION_WORD.test(before) && after !== undefined && /^(?:and|or|as|which|in|on|to|with|that|is|are|was|were)$/.test(after)) return true;
  return /[,;:.)”’"\]]$/.test(before) || /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(before) || /^(?:(?:19|20)\d\d[\-\u2013])?(?:19|20)\d\d$/.test(before);
}

/**
 * Remove the closing lines of an adopted text ("45th plenary meeting" and the date under it) from a body's lines,
 * returning the meeting; they are facts about the adoption, not text.
 */
export function takeClosingLines(lines: string[]): { lines: string[]; meeting?: string; date?: string } {
  const out: string[] = [];
  let meeting: string | undefined;
  let date: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].trim();
    if (meeting === undefined && MEETING_LINE.test(text)) {
      meeting = text.replace(/\s+/g, ' ');
      // The date usually sits on the next non-blank line.
      let j = i + 1;
      while (j < lines.length && lines[j].trim() === '') j++;
      // "4 December2024": a typo seen in the wild.
      const found = j < lines.length ? normalizeDate(lines[j].trim().replace(/(\p{L})(\d{4})$/u, '$1 $2')) : null;
      if (found) {
        date = found;
        for (let k = i + 1; k <= j; k++) if (lines[k].trim() !== '') lines[k] = '';
      }
      continue;
    }
    out.push(lines[i]);
  }
  return { lines: out, ...(meeting ? { meeting } : {}), ...(date ? { date } : {}) };
}
