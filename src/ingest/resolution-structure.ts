import type { Paragraph, ParagraphRole } from '../types.js';

/**
 * The structure negotiators cite in a resolution, and its labels in the form the UN prints them ("PP 3", "OP 17",
 * "OP 5 (a) (ii)"): after the enacting formula ("The General Assembly,") come preambular paragraphs (PP 1, PP 2 …:
 * "Recalling …", "Noting …", unnumbered), then operative paragraphs (OP 1, OP 2 …: their printed numbers, so a
 * renumbering shows as "OP 5 → OP 7"), with sub-paragraphs under either ("OP 2 (a)", "OP 2 (a) (i)").
 *
 * A resolution in parts ("I", "II" or "A.", "B." headings) whose operative numbering starts again in each part cites
 * each paragraph with its part: "II PP 1", "II OP 1".
 *
 * An "Annex" heading starts an annex (several: "Annex I", "Annex II", each label then starts with it). Its numbered
 * paragraphs are "Annex 4"; its title (the unpunctuated line under "Annex", before any paragraph) and a sub-heading that
 * the PDF text joined to the number after it ("Independent panel" / "8." / "The Secretary-General …", one paragraph as
 * extracted) are headings; an unnumbered paragraph is cited by its place in the annex, as a reader finds it: "Annex
 * opening ¶ 1" before the annex's first number ("Amend paragraph 8 to read:"), "Annex 8 (cont.)" after one, "Annex ¶ 3"
 * in an annex that prints no numbers (a table's rows). A new user read the annex of A/RES/79/144 as "new ¶ 442 / 443 /
 * 444": the paragraphs' count in the whole document, which no delegate can find. When it is an instrument — a convention, a protocol, rules — with "Article n" headings, its
 * paragraphs are cited by article and paragraph: "Art. 2" (an article's unnumbered text), "Art. 2 (k)", "Art. 5 (2)",
 * "Art. 5 (2) (a)"; the instrument's own preamble, after its formula ("The States Parties to this Convention,"), is
 * "Annex PP 1" …. Every paragraph of an annex but its headings has the `annex` role.
 *
 * No label is used twice in a document: an unnumbered paragraph that continues a numbered one after its sub-paragraphs
 * (the closing words of a list) is cited as "… (cont.)", which is what a reader calls it.
 *
 * The enacting formula is the evidence, with what follows it (`resolutionShaped`: preambular and operative paragraphs in
 * resolution form) or a UN symbol: a text without them is returned untouched (no `role`, no `label`), so ordinary
 * declarations, statements, speeches ("The President of the General Assembly,") and reports read as before.
 */

/**
 * The words that open a resolution's paragraph: preambular participles and adjectives ("Recalling", "Deeply concerned"),
 * operative verbs in the third person ("Decides", "Also requests"). A list, not "any word in -ing": a line inside a
 * paragraph may well start with "Beijing" or "Kunming".
 *
 * The preambular list is built from the kinds of word, not case by case: the present participles of the verbs the UN
 * Editorial Manual's list of preambular openers and the resolutions of ../shared/data use (every first word of a PP in
 * texts/series, 2,000-odd PPs: "Confirming", "Honouring", "Sharing", "Remaining", "Re-emphasizing" … were missing), in
 * both spellings ("Emphasizing", "Emphasising"); the adjectives and past participles of attitude that open a PP alone or
 * after an adverb ("Encouraged by", "Disturbed", "Troubled", "Seized of", "Deeply alarmed"); and the set phrases
 * ("Bearing in mind", "Taking into consideration").
 */
const PREAMBULAR_PARTICIPLES =
  'Acknowledging|Acting|Affirming|Appreciating|Approving|Believing|Calling|Commending|Condemning|Confirming|Congratulating|Considering|Contemplating|Continuing|Declaring|Deploring|Desiring|Emphasi[sz]ing|Encouraging|Endorsing|Expecting|Expressing|Fulfilling|Highlighting|Honou?ring|Inviting|Noting|Observing|Reaffirming|Reali[sz]ing|Recalling|Recogni[sz]ing|Recommitting|Reconfirming|Re-emphasi[sz]ing|Referring|Regretting|Reiterating|Remaining|Requesting|Seeking|Sharing|Stressing|Supporting|Underlining|Underscoring|Understanding|Urging|Viewing|Welcoming|Wishing';
const PREAMBULAR_ADJECTIVES =
  'Alarmed|Appalled|Aware|Cognizant|Committed|Concerned|Confident|Conscious|Convinced|Desirous|Determined|Dismayed|Distressed|Disturbed|Encouraged|Gratified|Guided|Inspired|Mindful|Pleased|Reassured|Resolved|Saddened|Satisfied|Seized|Shocked|Troubled';
/** Adverbs that open a PP before its participle or adjective ("Deeply concerned", "Strongly condemning"). */
const PREAMBULAR_ADVERBS = 'Deeply|Gravely|Seriously|Fully|Firmly|Profoundly|Strongly';
const PREAMBULAR_PHRASES = 'Bearing in mind|Keeping in mind|Looking forward|Taking (?:note|into (?:account|consideration))|Having|Pursuant';
export const PREAMBULAR_OPENER = new RegExp(`^(?:${PREAMBULAR_PHRASES}|${PREAMBULAR_PARTICIPLES}|${PREAMBULAR_ADJECTIVES}|${PREAMBULAR_ADVERBS})\\b`);
export const OPERATIVE_VERB =
  /^(?:(?:Also|Further|Again|Once again|Strongly|Firmly|Kindly)\s+)?(?:Decides|Requests|Calls|Urges|Encourages|Invites|Welcomes|Notes|Takes note|Recognizes|Reaffirms|Emphasizes|Stresses|Underlines|Underscores|Expresses|Recommends|Endorses|Approves|Adopts|Affirms|Reiterates|Acknowledges|Appeals|Authorizes|Commends|Condemns|Confirms|Considers|Declares|Deplores|Designates|Elects|Proclaims|Recalls|Regrets|Reminds|Renews|Supports|Transmits|Demands|Emphasises|Highlights|Looks forward)\b/;

const FORMULA = /^The (?:[A-Z][A-Za-z]*)(?: (?:[A-Z][A-Za-z]*|and|of|on|the|for))*,$/;
/** An annexed instrument's own formula: "The States Parties to this Convention," "The Parties to this Protocol,". */
const ANNEX_FORMULA = /^The [A-Z][^.;:]{0,100},$/;
const ANNEX = /^(Annex|Appendix)(?:\s+([IVXLC]+|\d+|[A-Z]))?$/i;
/**
 * An annex heading with its title on the same line ("Annex I Financing for 2026 of the International Residual Mechanism
 * for Criminal Tribunals", as the text of A/RES/80/239 joins them): numbered, the title capitalized and unpunctuated at
 * its end. Not read as one, the annex's table rows were cited "heading 2", "heading 3" (trial 19-a item 7).
 */
const ANNEX_TITLED = /^(Annex|Appendix)\s+([IVXLC]+|\d+)\s+\p{Lu}[^.;:]{0,200}[^.;:,\s]$/u;
const AGREED = /^Ha(?:ve|s) agreed as follows:?$/i;
/** An article's heading, alone ("Article 2") or with its title on the same line ("Article 2 Use of terms", as a PDF may join them). */
const ARTICLE = /^Article\s+(\d{1,3}(?:\s?(?:bis|ter|quater))?|[IVXLC]+)\.?(?:\s+[A-Z][^.;:,]{0,100})?$/;
const ARABIC = /^(\d{1,3})[.)]?$/;
const LETTER = /^\(([a-z]{1,2})\)$|^([a-z]{1,2})[.)]$/;
const ROMAN = /^\(([ivxl]{1,6})\)$|^([ivxl]{1,6})[.)]$/;
/** A part of a resolution: "I", "II." as its number or its whole text, or "A." as its number. */
const PART_NUMBER = /^(?:([IVXLC]+)\.?|([A-Z])\.)$/;

type Part = 'preamble' | 'operative' | 'annex';

/**
 * Give each paragraph of a resolution its role and label; other texts come back unchanged. `symbol`: the document names
 * its UN symbol (front matter), which makes it a UN text whatever its paragraphs open with.
 */
export function labelResolution(given: Paragraph[], { symbol = false }: { symbol?: boolean } = {}): Paragraph[] {
  const formula = given.slice(0, 15).findIndex((paragraph) => paragraph.number === null && FORMULA.test(paragraph.text.trim()));
  if (formula < 0) return given;
  if (!symbol && !resolutionShaped(given.slice(formula + 1))) return given;
  const paragraphs = withAnnexSubheadingsApart(given);
  // Per paragraph: whether the annex it stands in prints paragraph numbers (its unnumbered paragraphs are then cited
  // from the first number: "opening ¶ 1" before it).
  const annexNumbered = annexPrintsNumbers(paragraphs);
  const annexes = paragraphs.filter((paragraph) => annexHeading(paragraph) !== null).length;
  const partsRestart = operativeNumberingRestarts(paragraphs.slice(formula + 1));
  let part: Part = 'preamble';
  let pp = 0;
  let prefix = ''; // "II " in a resolution in parts, "Annex " / "Annex I " in an annex
  let top: string | null = null; // the label sub-paragraphs hang under (PP 3, OP 2, Annex 4, Art. 5 (2))
  let letter: string | null = null; // the current lettered sub-paragraph, for roman items under it
  let lastRoman: { under: string; value: string } | null = null; // the last roman item and the "OP 2 (a)" it hangs under
  let annexName = 'Annex';
  let article: string | null = null; // "Art. 5" inside an instrument's article
  let annexPreamble = false; // between an annexed instrument's formula and its first article or numbered paragraph
  let annexStart = true; // no paragraph of the annex read yet but its heading (its title may follow)
  let annexUnnumbered = 0; // unnumbered paragraphs of the annex cited by their count ("Annex opening ¶ 2")
  const used = new Map<string, number>();
  const unique = (label: string): string => {
    const count = used.get(label) ?? 0;
    used.set(label, count + 1);
    return count === 0 ? label : count === 1 ? `${label} (cont.)` : `${label} (cont. ${count})`;
  };
  const mark = (paragraph: Paragraph, role: ParagraphRole, label: string | null): Paragraph => ({ ...paragraph, role, label: label === null ? null : unique(label) });
  const inAnnex = (role: ParagraphRole): ParagraphRole => (part === 'annex' && role !== 'heading' ? 'annex' : role);

  return paragraphs.map((paragraph, index) => {
    if (index < formula) return mark(paragraph, paragraph.heading ? 'heading' : 'other', null);
    if (index === formula) return mark(paragraph, 'other', null);
    const text = paragraph.text.trim();
    const number = paragraph.number;
    const annexMatch = annexHeading(paragraph);
    if (annexMatch) {
      part = 'annex';
      annexName = annexes > 1 && annexMatch[2] ? `${capitalize(annexMatch[1])} ${annexMatch[2]}` : capitalize(annexMatch[1]);
      prefix = `${annexName} `;
      top = letter = article = null;
      annexPreamble = false;
      // A heading that carries its title ("Annex I Financing for 2026 …") has no title line under it.
      annexStart = ANNEX.test(text);
      annexUnnumbered = 0;
      pp = 0;
      return mark(paragraph, 'heading', null);
    }
    const startOfAnnex = part === 'annex' && annexStart;
    if (part === 'annex') annexStart = false;
    if (part === 'annex') {
      // The annex's title, under its "Annex" heading: a line that ends without a sentence's punctuation.
      if (startOfAnnex && number === null && ANNEX_TITLE.test(text) && !PREAMBULAR_OPENER.test(text) && !OPERATIVE_VERB.test(text)) {
        annexStart = true;
        return mark(paragraph, 'heading', null);
      }
      const articleMatch = number === null ? ARTICLE.exec(text) : null;
      if (articleMatch) {
        article = `${annexes > 1 ? prefix : ''}Art. ${articleMatch[1].replace(/\s+/g, ' ')}`;
        top = letter = null;
        annexPreamble = false;
        return mark(paragraph, 'heading', null);
      }
      if (number === null && !article && !annexPreamble && ANNEX_FORMULA.test(text)) {
        annexPreamble = true;
        return mark(paragraph, 'annex', null);
      }
      if (number === null && annexPreamble && AGREED.test(text)) {
        // The words that close an instrument's preamble are no preambular paragraph of their own.
        annexPreamble = false;
        return mark(paragraph, 'annex', null);
      }
    } else {
      const partMatch = partsRestart ? partHeading(paragraph) : null;
      if (partMatch) {
        prefix = `${partMatch} `;
        part = 'preamble';
        pp = 0;
        top = letter = null;
        return mark(paragraph, 'heading', null);
      }
    }
    const arabic = number ? ARABIC.exec(number) : null;
    if (arabic) {
      if (part === 'preamble') part = 'operative';
      annexPreamble = false;
      top = article ? `${article} (${arabic[1]})` : part === 'annex' ? `${annexName} ${arabic[1]}` : `${prefix}OP ${arabic[1]}`;
      letter = null;
      return mark(paragraph, inAnnex('operative'), top);
    }
    // Lettered items straight under an article's opening words hang under the article ("Art. 2 (k)").
    const under = top ?? article;
    const romanParent = `${under} ${letter}`;
    const sub = number ? subLabel(number, letter, lastRoman?.under === romanParent ? lastRoman.value : null) : null;
    if (sub && under) {
      if (sub.kind === 'letter') letter = sub.label;
      else lastRoman = { under: romanParent, value: sub.label };
      const label = sub.kind === 'roman' && letter ? `${under} ${letter} ${sub.label}` : `${under} ${sub.label}`;
      return mark(paragraph, inAnnex('sub-paragraph'), label);
    }
    // A preambular paragraph whose final comma the printer left out looks like a heading ("Having received the report
    // of the Agency for 2022"): its opening words say what it is.
    const preambular = part === 'preamble' && number === null && PREAMBULAR_OPENER.test(text) && text.length > 40;
    if (!preambular && (paragraph.heading || (number !== null && /^[A-Z]\.|^[IVXLC]+\.$/.test(number)))) return mark(paragraph, 'heading', null);
    if (number === null && isSectionHeading(text)) return mark({ ...paragraph, heading: true }, 'heading', null);
    if (part === 'preamble' && number === null) {
      top = `${prefix}PP ${++pp}`;
      letter = null;
      return mark(paragraph, 'preambular', top);
    }
    if (part === 'annex' && number === null && annexPreamble) {
      top = `${prefix}PP ${++pp}`;
      letter = null;
      return mark(paragraph, 'annex', top);
    }
    if (part === 'annex' && number === null && article) {
      // An article's own text: "Art. 5"; after numbered paragraphs, the closing words of the last one.
      const label = top ?? article;
      letter = null;
      return mark(paragraph, 'annex', label);
    }
    if (part === 'annex' && number === null) {
      // Closing words after a numbered paragraph are its continuation; before any number, the paragraph's count.
      if (top !== null) return mark(paragraph, 'annex', top);
      return mark(paragraph, 'annex', `${annexName} ${annexNumbered[index] ? 'opening ' : ''}¶ ${++annexUnnumbered}`);
    }
    return mark(paragraph, inAnnex('other'), null);
  });
}

/**
 * Operative verbs that only tell whether a text is shaped as a resolution (`resolutionShaped`), beside those that label
 * its paragraphs (OPERATIVE_VERB, left as it is so no label of a UN text moves): "1. Thanks the co-chairs …" opens a
 * short decision as surely as "1. Decides …".
 */
const MORE_OPERATIVE_VERBS = /^(?:(?:Also|Further|Again|Once again|Strongly|Firmly)\s+)?(?:Thanks|Congratulates|Commends|Agrees|Determines|Resolves|Instructs|Accepts|Concurs|Pays tribute|Salutes|Trusts|Hopes|Believes|Insists|Rejects|Denounces|Extends)\b/;

/**
 * Whether what follows an enacting formula reads as a resolution: an operative paragraph (a third-person operative verb,
 * "Decides", "Also requests", after its number or not), and a preambular paragraph before it (unnumbered, opening with a
 * participle or an adjective of attitude, ending with a comma: "Recalling …,") or the operative numbering itself
 * ("1. Decides …": a decision without a preamble). A speech that opens "The President of the General Assembly," is
 * none: its "Excellencies, Heads of State and Government," and "Mr. President," read as PP 1 and PP 3 and its points as
 * OP 1 to OP 5 (trial 19-b D2, Uganda's 2024 General Debate statement).
 */
function resolutionShaped(body: readonly Paragraph[]): boolean {
  let preambular = false;
  for (const paragraph of body) {
    const text = paragraph.text.trim();
    if (paragraph.number === null && PREAMBULAR_OPENER.test(text) && /,["”’)]?\s*(?:\d{1,3}\s*)?$/.test(text)) preambular = true;
    // "Also requests …": the verb after a sequencing adverb is written in lower case.
    const opening = text.replace(/^((?:Also|Further|Again|Once again|Strongly|Firmly|Kindly)\s+)(\p{Ll})/u, (_, adverb: string, letter: string) => `${adverb}${letter.toUpperCase()}`);
    if ((OPERATIVE_VERB.test(opening) || MORE_OPERATIVE_VERBS.test(opening)) && (preambular || (paragraph.number !== null && ARABIC.test(paragraph.number)))) return true;
  }
  return false;
}

/**
 * A section heading of an omnibus resolution: a Roman numeral, then its title, capitalised and without a sentence's final
 * punctuation ("XII Regular Process for Global Reporting and Assessment of the State of the Marine Environment,
 * including Socioeconomic Aspects" in the oceans resolutions 78/69, 79/144 and 80/110; "VII Special Rapporteur on
 * contemporary forms of racism, racial discrimination, xenophobia and related intolerance" in 80/193). The ordinary
 * heading test (`looksLikeHeading`: 100 characters, 14 words, no comma at the end) takes the short ones; these are
 * longer, and the numeral before them says what they are. A title that opens like a paragraph (a preambular participle,
 * an operative verb) is no heading.
 */
function isSectionHeading(text: string): boolean {
  const match = SECTION_HEADING.exec(text);
  if (!match || !ROMAN_NUMERAL.test(match[1])) return false;
  return !PREAMBULAR_OPENER.test(match[2]) && !OPERATIVE_VERB.test(match[2]);
}
const SECTION_HEADING = /^([IVXL]{1,6})\.? (\p{Lu}[^\n]{0,198}[^.,;:!?\s])$/u;
/** A well-formed Roman numeral from I to XXXIX (a part's number; "LI" or "IIII" is none). */
const ROMAN_NUMERAL = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

/** An annex's title: a capitalised line up to 200 characters that ends without a sentence's punctuation. */
const ANNEX_TITLE = /^\p{Lu}[^\n]{0,198}[^.,;:\s]$/u;

/**
 * A sub-heading of an annex glued by the text layer to the numbered paragraph under it ("Independent panel 8. The
 * Secretary-General …", printed on three lines): a short capitalised phrase, no sentence punctuation, up to eight words,
 * then the number and a capitalised sentence. Only in an annex (an instrument's or terms of reference's sections).
 */
const GLUED_SUBHEADING = /^(\p{Lu}[\p{L}'’ -]{0,80}?[\p{L}]) (\d{1,3})\. (?=\p{Lu})/u;

/**
 * The paragraphs with each annex sub-heading that the extraction joined to the paragraph after it set apart: the
 * heading a paragraph of its own, the numbered paragraph with its number (`8.`), so it is "Annex 8". Indices are
 * counted again; the source offsets of the two parts are the joined paragraph's, cut where the number stands.
 */
function withAnnexSubheadingsApart(paragraphs: readonly Paragraph[]): Paragraph[] {
  let inAnnex = false;
  let changed = false;
  const out: Paragraph[] = [];
  for (const paragraph of paragraphs) {
    const text = paragraph.text.trim();
    if (paragraph.number === null && ANNEX.test(text)) inAnnex = true;
    const glued = inAnnex && paragraph.number === null && !paragraph.heading ? GLUED_SUBHEADING.exec(text) : null;
    if (!glued || glued[1].split(' ').length > 8 || ARTICLE.test(glued[1])) {
      out.push(paragraph);
      continue;
    }
    changed = true;
    const cut = Math.min(paragraph.end, paragraph.start + glued[1].length);
    const { footnotes, ...rest } = paragraph;
    out.push({ ...rest, text: glued[1], number: null, heading: true, end: cut });
    // The notes stay with the numbered part, their offsets counted from its text (the subheading and number cut off).
    const shift = paragraph.text.length - paragraph.text.trimStart().length + glued[0].length;
    const footnotesApart = footnotes?.map((note) => (note.offset === undefined ? note : { ...note, offset: Math.max(0, note.offset - shift) }));
    out.push({ ...paragraph, ...(footnotesApart ? { footnotes: footnotesApart } : {}), text: text.slice(glued[0].length), number: `${glued[2]}.`, heading: false, start: Math.min(paragraph.end, cut + 1) });
  }
  return changed ? out.map((paragraph, index) => ({ ...paragraph, index })) : [...paragraphs];
}

/** For each paragraph: true when it stands in an annex in which some paragraph has an arabic number. */
function annexPrintsNumbers(paragraphs: readonly Paragraph[]): boolean[] {
  const out = new Array<boolean>(paragraphs.length).fill(false);
  let start = -1;
  const close = (end: number): void => {
    if (start < 0) return;
    const numbered = paragraphs.slice(start, end).some((paragraph) => paragraph.number !== null && ARABIC.test(paragraph.number));
    out.fill(numbered, start, end);
  };
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.number === null && ANNEX.test(paragraph.text.trim())) {
      close(index);
      start = index;
    }
  });
  close(paragraphs.length);
  return out;
}

/** The part a heading opens ("II", "B") in a resolution in parts, or null. */
function partHeading(paragraph: Paragraph): string | null {
  const text = paragraph.text.trim();
  const fromNumber = paragraph.number ? PART_NUMBER.exec(paragraph.number) : null;
  if (fromNumber) return fromNumber[1] ?? fromNumber[2];
  const fromText = paragraph.number === null ? /^([IVXLC]+)\.?$/.exec(text) : null;
  return fromText ? fromText[1] : null;
}

/**
 * Whether the operative numbering starts again after a part heading ("I", "A."): only then do labels need the part to
 * be told apart. Sections of one numbering ("A. General", 1–10, "B. Funding", 11–20) keep plain "OP 11".
 */
function operativeNumberingRestarts(body: readonly Paragraph[]): boolean {
  let highest = 0;
  let afterPart = false;
  for (const paragraph of body) {
    if (paragraph.number === null && ANNEX.test(paragraph.text.trim())) return false;
    if (partHeading(paragraph)) {
      afterPart = true;
      continue;
    }
    const arabic = paragraph.number ? ARABIC.exec(paragraph.number) : null;
    if (!arabic) continue;
    if (afterPart && highest > 0 && +arabic[1] <= highest) return true;
    highest = Math.max(highest, +arabic[1]);
    afterPart = false;
  }
  return false;
}

/**
 * `(a)` is a letter, `(i)` a roman numeral under the current letter. A label that is both (i, v, x, l) is decided by its
 * previous sibling: the letter that follows the current one ("(l)" after "(k)", "(i)" after "(h)") is a letter, unless it
 * is also the roman numeral that follows the last roman item under that letter ("(v)" after "(u) … (iv)").
 */
function subLabel(number: string, letter: string | null, previousRoman: string | null): { kind: 'letter' | 'roman'; label: string } | null {
  const roman = ROMAN.exec(number);
  const romanValue = roman ? (roman[1] ?? roman[2]) : null;
  const match = LETTER.exec(number);
  const letterValue = match ? (match[1] ?? match[2]) : null;
  if (romanValue && letter) {
    const nextLetter = letterValue !== null && `(${letterValue})` === `(${followingLetter(letter.slice(1, -1))})`;
    const nextRoman = previousRoman !== null && romanValueOf(romanValue) === romanValueOf(previousRoman.slice(1, -1)) + 1;
    if (!nextLetter || nextRoman) return { kind: 'roman', label: `(${romanValue})` };
  }
  if (letterValue !== null) return { kind: 'letter', label: `(${letterValue})` };
  return null;
}

/** The letter after a sub-paragraph's letter: "k" → "l", "z" → "aa", "aa" → "bb" (the UN doubles letters after z). */
function followingLetter(value: string): string {
  if (value === 'z') return 'aa';
  if (/^([a-y])\1$/.test(value)) return String.fromCharCode(value.charCodeAt(0) + 1).repeat(2);
  if (/^[a-y]$/.test(value)) return String.fromCharCode(value.charCodeAt(0) + 1);
  return '';
}

/** A lower-case roman numeral's value ("xiv" → 14); NaN for a malformed one. */
function romanValueOf(numeral: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
  let total = 0;
  for (let index = 0; index < numeral.length; index++) {
    const value = values[numeral[index]];
    const next = values[numeral[index + 1]] ?? 0;
    if (value === undefined) return Number.NaN;
    total += value < next ? -value : value;
  }
  return total;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** An annex's heading ("Annex", "Annex II", "Annex I Financing for 2026 …"): its word and number, or null. */
function annexHeading(paragraph: Paragraph): RegExpExecArray | null {
  if (paragraph.number !== null) return null;
  const text = paragraph.text.trim();
  return ANNEX.exec(text) ?? ANNEX_TITLED.exec(text);
}
