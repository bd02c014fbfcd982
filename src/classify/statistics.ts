import { isLetterFolded, wordDiff } from './word-diff.js';
import { asciiCounts, countSlot } from './letter-counts.js';

/**
 * Statistics refreshed in a paragraph that reports a state of the world in figures (issue 23, round 7): "between
 * [-691-]{+713+} million and [-783-]{+757+} million people faced hunger in [-2022-]{+2023+}", "more than [-1.5-]{+1.6+}
 * billion children … were affected", even when the sentence is rewritten around the new figures ("[-estimated to have
 * been left without access to remote learning-]{+projected to be out of school in 2023+}"). The texts report the latest
 * estimates each year; what a drafter negotiates there is the stance (a new concern, a call, a new group, a target),
 * never the figures, their years and the words that carry them.
 *
 * The rule is narrow on purpose: the paragraph opens the same way on both sides, by noting or by concern, and counts no
 * money; it cites data (an estimate, a source, a percentage, a large figure: `CITES_DATA`); every changed stretch of the
 * word diff holds a figure on one side or is a short rewording (at most `SHORT_STRETCH` words each side); a long
 * insertion holds a figure every `WORDS_PER_FIGURE` words; at least one quantity is replaced; and nothing inserted
 * voices a stance, a group or a target the older text did not (`STANCE`, `GROUPS`, a year after "by"), and nothing
 * deleted drops a stance or a group.
 */

/** An opening that reports what is, by noting or by concern ("Remaining deeply concerned that", "Notes with concern that"). */
const REPORTS_FACTS =
  /^(?:(?:Also|Further|Remaining|Deeply|Gravely|Seriously)\s){0,2}(?:deeply\s|gravely\s|seriously\s)?(?:Noting|Notes|Concerned|Alarmed|Recognizing|Recognizes|Aware|Acknowledging|Acknowledges|Observing|Taking note|Takes note|Expressing(?: its)?(?: deep| grave| serious)? concern|Expresses(?: its)?(?: deep| grave| serious)? concern)\b/i;

/** A sum of money ("11.4 trillion United States dollars", "US$ 5 million"). */
const COUNTS_MONEY = /\b(?:dollars?|euros?|francs?|US\$|USD)\b|\$\s?\d/i;

/**
 * Words of a paragraph that cites data: an estimate, a projection, a source, a percentage, a large figure, a count out of
 * a total ("7 out of 11 United Nations personnel killed … in 2022": the share of the year's report, session 20) (a year
 * alone is no statistic).
 */
const CITES_DATA = /\b(?:estimat\w*|projected|according to|per cent|percentage|proportion|prevalence|data|on record|million|billion|trillion|\d{1,3}(?:,\d{3})+|\d+ out of \d+)\b/i;

/**
 * Where a paragraph's clauses part: a semicolon, or ", and" before the next clause's verb ("…, and recalling the
 * commitment that …", "…, and notes …"). Data cited in one clause vouches only for that clause's figures (review20 R3f).
 */
const CLAUSE_BREAK = /;|,\s+and\s+(?=(?:also\s+|further\s+)?(?:\p{Ll}+ing|\p{Ll}+s)\b)/u;

/** Words of a commitment: a figure in such a clause is what was agreed, never data refreshed (not "goal", "target", "by 2030": the 2030 Agenda is cited in data clauses, Agriculture 79/227 → 80/157 PP 40). */
const COMMITMENT = /\b(?:commit\w*|shall|decides?|undertak\w*|pledg\w*)\b/i;

/**
 * Whether every clause whose figures changed (a clause of one side, holding a quantity, not found word for word on the
 * other) cites data and commits to nothing: "7 out of 11 personnel killed in 2022" may be refreshed, "the commitment
 * that 8 out of 10 field missions adopt a plan by 2026" beside it may not.
 */
function changedFiguresCiteData(before: string, after: string): boolean {
  const clausesOf = (text: string): string[] => text.split(CLAUSE_BREAK).map((clause) => clause.trim()).filter((clause) => clause !== '');
  const [older, newer] = [clausesOf(before), clausesOf(after)];
  const changed = [...older.filter((clause) => !newer.includes(clause)), ...newer.filter((clause) => !older.includes(clause))];
  return changed.every((clause) => !hasQuantity(clause) || !COMMITMENT.test(clause));
}

/** A figure: digits, or a quantity word ("million", "billion", "per cent"). */
const FIGURE = /\d|\b(?:million|billion|thousand|hundred|per cent)\b/i;

/** A changed stretch without a figure on either side may be at most this many words on each side ("remain" → "continue to be"). */
const SHORT_STRETCH = 3;

/** Words of a stance the drafters negotiate, voiced or dropped: a concern, a call, a commitment, a judgement. */
const STANCE =
  /\b(?:concern\w*|alarm\w*|urg\w*|calls?|calling|condemn\w*|deplor\w*|regret\w*|stress\w*|emphasiz\w*|underlin\w*|requests?|decid\w*|commit\w*|must|should|shall|need|needs|target\w*|goals?|demand\w*|welcom\w*|invit\w*|encourag\w*|recommend\w*|rights?|obligations?|responsib\w*|violat\w*|accountab\w*)\b/i;

/** A negation brought in turns a figure into a judgement ("not on track"); one dropped with old figures is not ("at risk of not going back to school"). */
const NEGATION = /\b(?:not|no|never)\b/i;

/** Groups a paragraph may name as affected (not a body named after one, "Children’s Fund"): a group inserted that the older text did not name is negotiated. */
const GROUPS =
  /\b(?:women|girls|boys|children|youth|young people|adolescents|older persons|persons with disabilities|indigenous|migrants|refugees|displaced|rural|minorities|small island|least developed|landlocked|africa\w*|pregnant|infants?)\b(?![’']s)/gi;

/** A target year ("by 2030"): a commitment, never a statistic. */
const TARGET_YEAR = /\bby (?:the end of )?(?:19|20)\d\d\b/i;

/** Most edits of the word diff tried: a paragraph is read only when its diff is small enough to be a refresh. */
const DIFF_BUDGET = 400;

/** Most words inserted per figure in a longer changed stretch ("projected to be out of school in 2023": 8 words, 1 figure). */
const WORDS_PER_FIGURE = 8;

/**
 * How many figures a stretch holds: quantities in digits (their unit, "per cent" or "million", is no figure of its own),
 * years, and figures in words ("three consecutive years", "more than half").
 */
function figureCount(text: string): number {
  const quantities = (text.match(new RegExp(QUANTITY.source, 'gu')) ?? []).filter((match) => /\d/.test(match));
  const inWords = text.match(/\b(?:(?:19|20)\d\d|one|two|three|four|five|six|seven|eight|nine|ten|half|third|quarter|twice|double)\b/gi) ?? [];
  return quantities.length + inWords.length;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * A quantity: a number that counts or measures ("1.6 billion", "249 million", "28.9 per cent", "1,622 persons"), not a
 * year, a day of a month ("18 and 19 October"), a part of a symbol ("GC(68)/RES/8", "78/72") or a mark glued after a
 * comma ("2024,168"). Years and dates move on with every text (other rules read them); a quantity refreshed is what
 * makes a paragraph's statistics.
 */
const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\p{N}/(.,\-\u2010\u2011])(?!(?:19|20)\d\d(?!\d))\d[\d,.]*(?![\p{N}/)]|\s(?:(?:and|to|–|-)\s\d{1,2}\s)?(?:${MONTHS})\b)|\b(?:million|billion|per cent)\b`,
  'u',
);

/** Whether a text holds a quantity (`QUANTITY`). */
export function hasQuantity(text: string): boolean {
  return QUANTITY.test(text);
}

/** Figures of one side of a stretch named in the reason; past them, "…". */
const FIGURES_SHOWN = 2;

/** The opening words compared on both sides: the stance of the paragraph. */
const OPENING_WORDS = 4;

function words(text: string): string[] {
  return text.trim().split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Changed stretches of a word diff: the older and newer wording of each. */
function changedStretches(before: string, after: string): Array<{ deleted: string; inserted: string }> | null {
  const result = wordDiff(before, after, DIFF_BUDGET);
  if (result.gaveUp) return null;
  const out: Array<{ deleted: string; inserted: string }> = [];
  for (let k = 0; k < result.parts.length; k++) {
    const part = result.parts[k];
    if (part.op === 'equal') continue;
    if (part.op === 'delete') {
      const next = result.parts[k + 1];
      const inserted = next?.op === 'insert' ? next.text : '';
      if (inserted !== '') k++;
      out.push({ deleted: part.text, inserted });
    } else out.push({ deleted: '', inserted: part.text });
  }
  return out;
}

/** Groups named in a text, lowercased. */
function groupsOf(text: string): Set<string> {
  return new Set([...text.matchAll(GROUPS)].map((match) => match[0].toLowerCase()));
}

/**
 * Why a paragraph's edits are statistics refreshed (`['statistics refreshed, the sentence carrying them rewritten: …']`),
 * or null when they are not: a paragraph that decides or asks, a stance, a group or a target brought in, or an edit
 * that carries no figure.
 */
export function statisticsRefreshedReasons(before: string, after: string): string[] | null {
  if (!REPORTS_FACTS.test(after) || !REPORTS_FACTS.test(before)) return figuresOfTheirYearRefreshed(before, after);
  // Sums of money are read by `routineReasons` alone (refreshed only with the year of their data moved on).
  if (COUNTS_MONEY.test(before) || COUNTS_MONEY.test(after)) return null;
  if (words(before).slice(0, OPENING_WORDS).join(' ') !== words(after).slice(0, OPENING_WORDS).join(' ')) return null;
  // The figures may leave with the refresh ("more than 600,000" → "the remaining"): data cited on either side will do.
  if (!CITES_DATA.test(before) && !CITES_DATA.test(after)) return null;
  if (!changedFiguresCiteData(before, after)) return null;
  const stretches = changedStretches(before, after);
  if (stretches === null || stretches.length === 0) return null;
  // A figure given for a figure, or replaced by the words that now carry it ("more than 600,000" → "the remaining").
  let figureReplaced = false;
  const inserted: string[] = [];
  const shown: string[] = [];
  for (const { deleted, inserted: added } of stretches) {
    const withFigures = FIGURE.test(deleted) || FIGURE.test(added);
    if (!withFigures && (words(deleted).length > SHORT_STRETCH || words(added).length > SHORT_STRETCH)) return null;
    // Words that carry figures stay close to them: a long insertion with one figure in it is a statement of its own.
    // (The old figures may leave with all their words: what leaves is checked for a stance or a group below.)
    const addedWords = words(added).length;
    if (addedWords > SHORT_STRETCH && addedWords > WORDS_PER_FIGURE * figureCount(added)) return null;
    if ((hasQuantity(deleted) || hasQuantity(added)) && deleted.trim() !== '' && added.trim() !== '') figureReplaced = true;
    inserted.push(added);
    if (withFigures && shown.length < 3) shown.push(`${figuresIn(deleted) || '∅'} → ${figuresIn(added) || '∅'}`);
  }
  if (!figureReplaced) return null;
  const brought = inserted.join(' ');
  // A stance voiced or dropped ("and stressing that any restrictions … must be necessary") is negotiated.
  if (STANCE.test(brought) || NEGATION.test(brought) || STANCE.test(stretches.map((stretch) => stretch.deleted).join(' ')) || TARGET_YEAR.test(brought)) return null;
  const olderGroups = groupsOf(before);
  const newerGroups = groupsOf(after);
  if ([...groupsOf(brought)].some((group) => !olderGroups.has(group))) return null;
  if ([...groupsOf(stretches.map((stretch) => stretch.deleted).join(' '))].some((group) => !newerGroups.has(group))) return null;
  return [`statistics refreshed, the sentence carrying them rewritten: ${shown.join(', ')}`];
}

/** The figures of a stretch as written ("691 million", "2022", "28.9 per cent"), for the reason shown. */
function figuresIn(text: string): string {
  const figures = [...text.matchAll(/\d[\d,.]*(?:\s(?:million|billion|per cent))?/g)].map((match) => match[0].replace(/[,.]$/, ''));
  return figures.length > FIGURES_SHOWN ? `${figures.slice(0, FIGURES_SHOWN).join(', ')} …` : figures.join(', ');
}

/** One side of a stretch that is only a figure: a quantity ("148.1", "26.4", "42.8 million") or a year. */
const FIGURE_ONLY = /^\s*(?:\d[\d,.]*(?:\s(?:million|billion|per cent))?|(?:19|20)\d\d)\s*$/;
/** The slots (`asciiCounts`) of the letters no figure of `FIGURE_ONLY` holds (all but those of "million", "billion", "per cent"). */
const FIGURE_FREE_LETTERS = [...'adfghjkqsuvwxyz'].map(countSlot);

function sameCounts(older: Readonly<Int32Array>, newer: Readonly<Int32Array>, slots: readonly number[]): boolean {
  return slots.every((slot) => older[slot] === newer[slot]);
}

/** A digit, as `FIGURE_ONLY` reads one. */
const DIGIT = /\d/;
/** An opening that decides, asks or sets: a figure there (a share, a number of posts, of plans) is what it decides. */
const DECIDES = /^(?:(?:Also|Further)\s)?(?:Decides|Requests|Urges|Calls|Encourages|Invites|Approves|Endorses|Authorizes|Appropriates|Resolves|Proclaims|Establishes|Sets|Commits|Reaffirms its commitment)\b/i;
/** A year of data as a sentence dates its figures: "affected by stunting in 2022", "as at 2024", "in 2023 alone". */
const DATA_YEAR_BEFORE = /\b(?:in|as at|as of|during)\s$/;

/**
 * Statistics refreshed in a paragraph of any opening (issue 23, round 9): "Underscores the need to address child
 * stunting, which remains unacceptably high, with nearly [-148.1-]{+150.2+} million children …, or [-22-]{+26.4+} per
 * cent, affected by stunting in [-2022-]{+2024+}". The stance is the opening's, kept word for word; what changed is only
 * figures, each changed stretch a figure for a figure, and the year of the data moved on with them (a year after "in",
 * "as at": never "by", a target). No money, no target year anywhere in the paragraph: a figure beside either may be a
 * commitment. The reason, or null.
 */
function figuresOfTheirYearRefreshed(before: string, after: string): string[] | null {
  // Each side of a figure changed holds a digit (`FIGURE_ONLY`), and one is needed: without a digit on both sides, no
  // word diff (issue 21 session 16).
  if (!DIGIT.test(before) || !DIGIT.test(after)) return null;
  if (DECIDES.test(before) || DECIDES.test(after)) return null;
  if (COUNTS_MONEY.test(before) || COUNTS_MONEY.test(after) || TARGET_YEAR.test(before) || TARGET_YEAR.test(after) || /\btargets?\b/i.test(after)) return null;
  // Each changed stretch is spelt otherwise (the same `letters`) or a figure for a figure (`FIGURE_ONLY`: digits and
  // "million", "billion", "per cent"), so a letter none of those words holds counts the same in both texts: where it
  // does not, the diff would find a stretch of other words (issue 21 session 22: the one-change search's variants).
  if (!isLetterFolded() && !sameCounts(asciiCounts(before), asciiCounts(after), FIGURE_FREE_LETTERS)) return null;
  const result = wordDiff(before, after, DIFF_BUDGET);
  if (result.gaveUp) return null;
  let older = 0;
  let quantities = 0;
  let yearMoved = false;
  let approximate = 0;
  let counted = true;
  const shown: string[] = [];
  const parts = result.parts;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (part.op === 'equal') {
      older += part.text.length;
      continue;
    }
    if (part.op !== 'delete' || parts[k + 1]?.op !== 'insert') return null;
    const [deleted, inserted] = [part.text, parts[++k].text];
    // A compound written otherwise beside the figures ("ill treatment" → "ill-treatment"): no edit of its own.
    if (!FIGURE.test(deleted) && !FIGURE.test(inserted) && letters(deleted) === letters(inserted)) {
      older += deleted.length;
      continue;
    }
    if (!FIGURE_ONLY.test(deleted) || !FIGURE_ONLY.test(inserted)) return null;
    const year = (text: string): number | null => (/^\s*(?:19|20)\d\d\s*$/.test(text) ? Number(text.trim()) : null);
    const [olderYear, newerYear] = [year(deleted), year(inserted)];
    if ((olderYear === null) !== (newerYear === null)) return null;
    if (olderYear !== null && newerYear !== null) {
      if (newerYear <= olderYear || newerYear - olderYear > 3 || !DATA_YEAR_BEFORE.test(before.slice(Math.max(0, older - 12), older))) return null;
      yearMoved = true;
    } else {
      quantities++;
      const lead = before.slice(Math.max(0, older - 24), older);
      if (TALLY_LEAD.test(lead)) approximate++;
      else if (!TALLY_PART.test(lead)) counted = false;
      const ratio = amount(inserted) / amount(deleted);
      if (!(ratio >= 0.5 && ratio <= 2)) counted = false;
      if (shown.length < FIGURES_SHOWN + 1) shown.push(`${deleted.trim()} → ${inserted.trim()}`);
    }
    older += deleted.length;
  }
  if (quantities === 0) return null;
  if (yearMoved) return [`statistics refreshed with the year of their data: ${shown.join(', ')}`];
  // No year of data: a running tally, every figure an approximate count or a part of one, brought up to date.
  // Never a count of what is promised or aimed at ("the pledges by Member States to resettle more than [-50,000-]{+90,000+}
  // refugees": a commitment grew; the session 10 review).
  if (counted && approximate > 0 && !/\bper cent\b|%/.test(before) && !PROMISED.test(before)) return [`a running tally brought up to date: ${shown.join(', ')}`];
  return null;
}

/** Letters and digits only, lowercased: equal means only spacing, hyphens or punctuation differ. */
function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The value of a figure as written ("30,034", "16.7 million"), for the ratio of a tally's two counts. */
function amount(text: string): number {
  return Number(text.trim().replace(/\s.*$/, '').replace(/,/g, ''));
}

/**
 * A running tally refreshed (redline #23, round 15D, "statistics refreshed from newer data"): "Expressing its
 * abhorrence at the death of more than [-30,034-]{+30,228+} children, including [-198-]{+199+} reportedly killed owing
 * to torture", "noting with concern reports that over [-135,000-]{+136,000+} remain under arbitrary arrest". The count
 * is the latest the text's sources give, said to be approximate ("more than", "over", "nearly", "an estimated"), and
 * moves every year with no year of data beside it; the stance of the paragraph is kept word for word
 * (`figuresOfTheirYearRefreshed` reads only figures changed, never a word). Narrow: every figure changed is such a
 * count or a part of one ("including 198"), the newer count within a factor of two of the older (a count grown tenfold
 * is news), no percentage in the paragraph (a share may be a target), and no decision, money or target anywhere. A
 * figure without the approximation ("the 344,684 detained persons") stays a finding.
 */
/** Words of a promise or an aim: a figure beside them counts what is to be done, not what was. */
const PROMISED = /\b(?:pledg(?:e|es|ed|ing)|commitments?|targets?|goals?|(?:aims?|aiming) to|undertak(?:e|es|ing)|promis(?:e|es|ed))\b/i;
const TALLY_LEAD = /\b(?:more than|over|nearly|almost|some|an estimated|approximately|about|around)\s$/i;
/** A part of a tally named after it: "more than 30,034 children, including 198 …". */
const TALLY_PART = /\bincluding\s$/i;

/** Words a changed stretch without a figure may hold on each side in a paragraph refreshed from newer data ("that, according to" → "at the findings of"). */
const CARRIER_WORDS = 5;

/** The findings of a report cited by its edition ("the findings of the publication entitled 2024 Global Report on …"). */
const NEXT_EDITION = /\b(?:findings|figures|data|estimates) (?:of|in) the (?:publication|report) entitled (?:The )?(?:[\p{L}\s]{0,60})?(?:19|20)\d\d\b/u;

/** A year of data: any year but a target's ("by 2050" is a commitment, read by `TARGET_YEAR`). */
const DATA_YEAR = /(?<!\bby (?:the end of )?)\b(?:19|20)\d\d\b/g;

function latestDataYear(text: string): number {
  return Math.max(0, ...(text.match(DATA_YEAR) ?? []).map(Number));
}

/** The opening's first two words, a sequencing adverb aside: the stance of a paragraph that reports facts. */
function stanceOf(text: string): string {
  return words(text.replace(/^(?:Also|Further)\s+/i, ''))
    .slice(0, 2)
    .join(' ')
    .toLowerCase();
}

/**
 * Statistics refreshed from newer data (issue 23, round 11): a paragraph that reports the state of the world (noting,
 * concerned) whose figures are those of the latest report, rewritten around them: "[-moderate or severe-] food
 * insecurity [-affected 31.9 per cent of adults living-]{+and malnutrition is higher+} in rural areas … in
 * [-2023-]{+2024+}", "between [-713-]{+638+} million … {+among children under 5 years of age, as at 2024, an estimated
 * 150.2 million (23.2 per cent) were stunted+}", or a report's figures dropped for its next edition ("Expressing concern
 * [-that, according to-]{+at the findings of+} the publication entitled [-2023-]{+2024+} Global Report on Food Crises[-
 * – Midyear Update, about 238 million people face …-]"). Where `statisticsRefreshedReasons` wants every changed
 * stretch short and no group named anew, this reads the newer data as a whole:
 *  - the stance is kept: the same two opening words on both sides (a new concern, "Expressing deep concern", is
 *    negotiated), a paragraph that reports facts (`REPORTS_FACTS`), no money;
 *  - statistics on both sides (a quantity, data cited: `CITES_DATA`), or the newer text citing the findings of the
 *    report's next edition (`NEXT_EDITION`) for the figures it drops;
 *  - the data moved on: the latest year of data (a target's "by 2050" aside) is later in the newer text;
 *  - every changed stretch carries figures, each inserted one a figure every `WORDS_PER_FIGURE` words, or is a short
 *    rewording (`CARRIER_WORDS`); at least one quantity of the older text is gone;
 *  - nothing inserted voices a stance, a negation or a target.
 * The reason, or null.
 */
export function statisticsFromNewerDataReasons(before: string, after: string): string[] | null {
  if (!REPORTS_FACTS.test(before) || !REPORTS_FACTS.test(after) || stanceOf(before) !== stanceOf(after)) return null;
  if (COUNTS_MONEY.test(before) || COUNTS_MONEY.test(after)) return null;
  // Statistics on both sides (quantities, data cited), or the older figures dropped for the report's next edition.
  if (!hasQuantity(before) || !CITES_DATA.test(before)) return null;
  if (!(hasQuantity(after) && CITES_DATA.test(after)) && !NEXT_EDITION.test(after)) return null;
  const [olderYear, newerYear] = [latestDataYear(before), latestDataYear(after)];
  if (olderYear === 0 || newerYear <= olderYear) return null;
  if (!changedFiguresCiteData(before, after)) return null;
  const stretches = changedStretches(before, after);
  if (stretches === null || stretches.length === 0) return null;
  let olderFigureGone = false;
  for (const { deleted, inserted } of stretches) {
    const [deletedWords, insertedWords] = [words(deleted).length, words(inserted).length];
    const [deletedFigures, insertedFigures] = [figureCount(deleted) + (hasQuantity(deleted) ? 1 : 0), figureCount(inserted) + (hasQuantity(inserted) ? 1 : 0)];
    if (deletedFigures === 0 && deletedWords > CARRIER_WORDS) return null;
    if (insertedFigures === 0 ? insertedWords > CARRIER_WORDS : insertedWords > WORDS_PER_FIGURE * insertedFigures) return null;
    if (STANCE.test(inserted) || NEGATION.test(inserted) || TARGET_YEAR.test(inserted)) return null;
    if (hasQuantity(deleted)) olderFigureGone = true;
  }
  if (!olderFigureGone) return null;
  const figures = (side: 'deleted' | 'inserted'): string => figuresIn(stretches.map((stretch) => stretch[side]).join(' ')) || '∅';
  return [`statistics refreshed from newer data (${olderYear} → ${newerYear}): ${figures('deleted')} → ${figures('inserted')}`];
}
