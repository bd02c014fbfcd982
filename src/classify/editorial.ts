import { spellOutMonths } from '../normalize/months.js';
import type { DiffPart } from '../types.js';

/**
 * Editorial edits: what a copy editor changes and a negotiator never asks for. Two paragraphs differ only editorially when
 * their folded forms (words lowercased, punctuation dropped, British spelling and the field's abbreviations folded, see
 * `normalize/`) are equal once the spaces between words are set aside too: a compound written open, hyphenated or closed
 * (`health care` → `healthcare`, `non-communicable` → `noncommunicable`, `multi-hazard` → `multihazard`) is one word
 * spelt three ways, as the United Nations editorial style moves from one to another.
 */
export function isEditorialChange(foldedBefore: string, foldedAfter: string): boolean {
  return foldedBefore === foldedAfter || compact(foldedBefore) === compact(foldedAfter);
}

/** The folded words without spaces and without the definite article ("in least developed countries" → "in the …"). */
function compact(folded: string): string {
  return folded.replace(/(?:^| )the(?= |$)/g, '').replace(/\s+/g, '');
}


/**
 * A date standing alone after what it dates: "of 2 March 2022", or with the "of" of what follows it ("decision 15/11 of
 * [-19 December 2022 of -]the Conference of the Parties"): one "of", on either side.
 */
const CITATION_DATE = /^(?:of \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d of)$/;

/**
 * The nouns a resolution shortens a name to once it has defined it ("the Office", "the Treaty", "the Convention"): an
 * institution or an instrument, never a thing a negotiator would qualify. "the Charter" is the Charter of the United
 * Nations a resolution names ("the purposes and principles of the Charter{+ of the United Nations+}", Syria 79/185 PP 2 →
 * 80/224 PP 2: round 16B).
 */
export const DEFINED_TERM = /^(?:Office|Charter|Treaty|Convention|Agreement|Protocol|Committee|Commission|Council|Conference|Fund|Programme|Mechanism|Panel|Forum|Secretariat|Centre|Institute|Agency|Organization|Platform|Network|Board|Tribunal|Court|Authority|Facility|Partnership|Decade|Strategy|Declaration|Initiative|Group)$/;
/** Words of a proper name: capitalized words and the small words between them ("for Outer Space Affairs", "Arms Trade"). */
// A capitalized word may end in a comma, as the words of a name's list do ("the Convention on the Prohibition of the
// Development, Production, Stockpiling and Use of Chemical Weapons …": CW 79/56 PP 4 → 80/34 PP 5, trial 20-a D5).
const NAME_WORDS = /^(?:(?:\p{Lu}[\p{L}\u2019'-]*,?|of|for|on|and|the|in|to)\s+)*\p{Lu}[\p{L}\u2019'-]*$/u;

/**
 * A name shortened to the defined term it opens or ends with, or written out in full again: "the Office [-for Outer
 * Space Affairs -]in", "the [-Arms Trade -]Treaty". The stretch is words of a name (capitalized, with their small words),
 * and the name left is "the" and one of `DEFINED_TERM`: before the stretch when the stretch is the name's tail, after it
 * when it is its head. Null when not such.
 */
export function shortenedName(words: string, preceding: string, following: string, title = ''): string | null {
  if (!NAME_WORDS.test(words)) return null;
  // The space before the tail may open the stretch instead ("the Charter{+ of the United Nations+}"): only for the
  // Charter of the United Nations, the one name no text redefines, or the name the document's title gives ("the
  // Convention [-on Biological Diversity-]" in the resolution on its implementation); "the Agreement{+ on Port State
  // Measures …+}" in a text whose Agreement is another one names another treaty (a review's counter-example, session 11).
  const tail = /\bthe (\p{Lu}\p{L}+)(\s?)$/u.exec(preceding);
  const spaced = tail !== null && (tail[2] !== '' || (tail[1] === 'Charter' && /^of the United Nations$/.test(words.trim())) || (title !== '' && title.includes(`${tail[1]} ${words.trim()}`)));
  if (tail && spaced && DEFINED_TERM.test(tail[1]) && /^(?:of|for|on|in)\b/.test(words) && !/^\s*\p{Lu}/u.test(following)) return `the ${tail[1]} ${words}`;
  const head = /^(\p{Lu}\p{L}+)\b/u.exec(following);
  if (head && DEFINED_TERM.test(head[1]) && /\bthe\s$/.test(preceding) && /^\p{Lu}/u.test(words)) return `the ${words} ${head[1]}`;
  return null;
}

/**
 * The resolution that established a body, cited after the body's name and set off by commas: ", as established by the
 * Human Rights Council in its resolution 39/2," (its date may follow). Nothing else: a clause on what the body should do
 * ("as established …, and calls for its full funding") is more than a citation.
 */
const ESTABLISHING_CITATION =
  /^,?\s*(?:as\s+)?(?:established|created|set up)\s+by\s+(?:the\s+)?\p{Lu}[\p{L}\s-]{2,80}?\s+in\s+its\s+resolution\s+\d{1,3}\/\d{1,3}(?:\s+of\s+\d{1,2}\s+\p{Lu}\p{Ll}+\s+(?:19|20)\d\d)?\s*,?$/u;

/**
 * Where a named body took what the paragraph cites, set off after the body's name: its session and the resolution or
 * decision (with its paragraph and its date): "the request by the United Nations Environment Assembly[- at its second
 * session, in paragraph 6 of its resolution 2/10 of 27 May 2016,-] to the United Nations Environment Programme to step
 * up its work" (Oceans 78/69 → 79/144 OP 197 → OP 192, round 14). The request itself stays, by whom and to whom; only
 * the pointer to the text that made it goes. Nothing else: a session alone, or a clause on what was asked, is more.
 */
const SOURCE_CITATION =
  /^,?\s*(?:at its (?:[\p{Ll}\-]+|\d{1,3}(?:st|nd|rd|th)) (?:regular |special |resumed )?session,?\s+)?in (?:paragraph \d{1,3} of )?its (?:resolution|decision) \d{1,3}\/\d{1,3}(?:\s+of\s+\d{1,2}\s+\p{Lu}\p{Ll}+\s+(?:19|20)\d\d)?\s*,?$/u;

/** A phrase that links a paragraph to the one before it and says nothing itself. */
const LINKING = /^(?:in this regard|in that regard|in this respect|in that respect|in this context|in that context)$/i;

/**
 * Editorial edits of wording, read from the word diff: every changed stretch must be one of
 *  - a name or phrase given in full elsewhere in the same paragraph, dropped where it is repeated ("the Special
 *    Rapporteur[- on the situation of human rights in …-]") or written out again;
 *  - a list's comma turned into "and" or back ("technologies[-, -]{+ and +}data management");
 *  - a linking phrase added or dropped (", in this regard,");
 *  - the date of a citation given or dropped ("in resolution 5/14 {+of 2 March 2022, +}");
 *  - the resolution that established a named body, cited after its name, dropped or given;
 *  - a term completed as the document's title spells it ("food security {+and nutrition+}");
 *  - a few words moved across a stretch set off by commas, or a noun put before its modifier with "of"
 *    (`movedStretchReason`);
 *  - punctuation only.
 * Returns one reason per stretch (repeated ones once), or null when a stretch is none of these.
 */
export function repeatedWordingReasons(diff: readonly DiffPart[], before: string, after: string, title = '', olderDocument: readonly OlderParagraph[] = []): string[] | null {
  const reasons: string[] = [];
  let substantial = false;
  for (let k = 0; k < diff.length; k++) {
    const part = diff[k];
    if (part.op === 'equal') continue;
    let deleted = '';
    let inserted = '';
    if (part.op === 'delete') {
      deleted = part.text;
      if (diff[k + 1]?.op === 'insert') inserted = diff[++k].text;
    } else {
      inserted = part.text;
    }
    const yearMoved = (deleted === '') !== (inserted === '') ? movedTitleYear(diff, k) : null;
    if (yearMoved !== null) {
      substantial = true;
      if (!reasons.includes(yearMoved.reason)) reasons.push(yearMoved.reason);
      k = yearMoved.last;
      continue;
    }
    const antecedent = deleted !== '' && inserted !== '' ? antecedentSpelledOut(diff, k, before, olderDocument) : null;
    if (antecedent !== null) {
      substantial = true;
      if (!reasons.includes(antecedent)) reasons.push(antecedent);
      k += 2;
      continue;
    }
    const abbreviated = (deleted === '') !== (inserted === '') ? abbreviationAroundReason(diff, k) : null;
    if (abbreviated !== null) {
      substantial = true;
      if (!reasons.includes(abbreviated)) reasons.push(abbreviated);
      k += 2;
      continue;
    }
    const moved = (deleted === '') !== (inserted === '') ? movedStretchReason(diff, k) : null;
    if (moved !== null) {
      substantial = true;
      if (!reasons.includes(moved)) reasons.push(moved);
      k += 2;
      continue;
    }
    const preceding = diff[k - (deleted && inserted ? 2 : 1)]?.op === 'equal' ? diff[k - (deleted && inserted ? 2 : 1)].text : '';
    const following = diff[k + 1]?.op === 'equal' ? diff[k + 1].text : '';
    const reason = wordingReason(deleted, inserted, before, after, preceding, following, title, olderDocument) ?? layerReason(deleted, inserted, preceding, following);
    if (reason === null) return null;
    if (reason !== '') substantial = true;
    if (reason !== '' && !reasons.includes(reason)) reasons.push(reason);
  }
  return substantial ? reasons : null;
}

/** A year standing alone, as a report's edition is written before or after its title. */
/** Words that carry no item of a list: what a list's words are checked without. */
const LIST_GLUE = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'including', 'in', 'particular', 'as', 'well', 'such']);

/** How many paragraphs before the older paragraph its antecedent may stand in. */
const ANTECEDENT_REACH = 2;

/**
 * A demonstrative made an article with what it pointed to spelled out, as a paragraph moves away from the one it leaned
 * on: "the victims of [-these-]{+the+} past tragedies {+of slavery, the slave trade, including the transatlantic slave
 * trade, colonialism, apartheid and genocide, +}by considering" (racism 79/161 → 80/193 OP 24 → OP 23, round 14), where
 * the older OP 23, right before, acknowledged the suffering caused by "slavery, the slave trade, the transatlantic slave
 * trade, colonialism, apartheid, genocide and past tragedies". Only when one of the `ANTECEDENT_REACH` paragraphs before
 * the older paragraph names the noun (its words) and every word of the list added: then the list is what "these" meant.
 * Returns the reason, the diff read through the added list (k + 2 past the demonstrative's stretch), or null.
 */
function antecedentSpelledOut(diff: readonly DiffPart[], k: number, before: string, olderDocument: readonly OlderParagraph[]): string | null {
  const [gone, come, noun, added] = [diff[k - 1], diff[k], diff[k + 1], diff[k + 2]];
  if (gone?.op !== 'delete' || come?.op !== 'insert' || noun?.op !== 'equal' || added?.op !== 'insert' || diff[k + 3]?.op === 'delete') return null;
  if (!/^(?:these|those)$/i.test(gone.text.trim()) || come.text.trim() !== 'the') return null;
  const nounWords = noun.text.trim().split(/\s+/);
  if (nounWords.length > 3 || !/^\s\p{L}[\p{L}\s-]*\s$/u.test(noun.text) || !/^of\s/.test(added.text)) return null;
  const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '' && !LIST_GLUE.has(word));
  const listed = words(added.text.slice(3));
  if (listed.length < 2) return null;
  const at = olderDocument.findIndex((paragraph) => paragraph.text === before);
  if (at < 0) return null;
  const named = olderDocument.slice(Math.max(0, at - ANTECEDENT_REACH), at).some((paragraph) => {
    const own = new Set(words(paragraph.text));
    return words(noun.text).every((word) => own.has(word)) && listed.every((word) => own.has(word));
  });
  if (!named) return null;
  return `the antecedent spelled out: ${gone.text.trim()} ${noun.text.trim()} → the ${noun.text.trim()} ${added.text.trim().replace(/,$/, '')}`;
}

const LONE_YEAR = /^\s*((?:19|20)\d\d)\s*$/;

/**
 * A year moved from before a title to after it, or back ("the findings of the [-2024 -]Global Assessment Report on
 * Disaster Risk Reduction[-, and-]{+ 2024,+} recognizing"): the same edition of the same report, its year written where
 * the report's own title puts it. Diff part k is the year alone; part k + 1, unchanged, is the title (capitalized words
 * and their small words); the stretch after it puts the same year back, and apart from it differs at most by
 * punctuation and a list's "and". Another year, or any other word put in or taken out there, is not this. The reason
 * and the index of the last diff part read, or null.
 */
function movedTitleYear(diff: readonly DiffPart[], k: number): { reason: string; last: number } | null {
  const [first, gap] = [diff[k], diff[k + 1]];
  const year = LONE_YEAR.exec(first.text)?.[1];
  if (year === undefined || gap?.op !== 'equal' || !NAME_WORDS.test(gap.text.trim()) || !/^\p{Lu}/u.test(gap.text)) return null;
  let last = k + 2;
  if (diff[last] === undefined || diff[last].op === 'equal') return null;
  let [deleted, inserted] = ['', ''];
  if (diff[last].op === 'delete') {
    deleted = diff[last].text;
    if (diff[last + 1]?.op === 'insert') inserted = diff[++last].text;
  } else {
    inserted = diff[last].text;
  }
  const yearWord = new RegExp(`(?<!\\d)${year}(?!\\d)`);
  // The year comes back on the side it left: inserted after the title when it was deleted before it, and so on.
  const back = first.op === 'delete' ? inserted : deleted;
  if (!yearWord.test(back)) return null;
  const rest = (text: string): string => text.replace(yearWord, ' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').split(' ').filter((word) => word !== '' && word !== 'and').join(' ');
  const [restDeleted, restInserted] = [rest(deleted), rest(inserted)];
  if (restDeleted !== '' || restInserted !== '') return null;
  const title = gap.text.trim();
  const shown = first.op === 'delete' ? `${year} ${title} → ${title} ${year}` : `${title} ${year} → ${year} ${title}`;
  return { reason: `a title's year moved: ${shown}`, last };
}

/** Most words a moved stretch may carry, and most words a noun may hop over to stand before its modifier with "of". */
const MOVED_WORDS = 4;
const NOUN_HOP_WORDS = 8;
/** Most words of a parenthetical a stretch may hop over. */
const PARENTHETICAL_WORDS = 40;

/**
 * A stretch taken out on one side of an unchanged stretch and put back on the other (diff parts k and k + 2, part k + 1
 * equal), the sense kept: the reason, or null. Two shapes:
 *  - a clause's opening moved across a parenthetical set off by commas ("{+encouraging the Agency, +}in its capacity as
 *    an observer of the General Assembly …, [-encouraging the Agency -]to continue");
 *  - a noun moved before its modifier with "of" ("the {+goal of +}100 billion United States dollars per year [-goal -]"),
 *    hopping over at most `NOUN_HOP_WORDS` words without punctuation.
 * The moved words are at most `MOVED_WORDS`, none a word whose place decides the sense (`not`, `only`).
 */
function movedStretchReason(diff: readonly DiffPart[], k: number): string | null {
  const [first, gap, second] = [diff[k], diff[k + 1], diff[k + 2]];
  if (gap?.op !== 'equal' || second === undefined || second.op === 'equal' || second.op === first.op) return null;
  if (diff[k + 3] !== undefined && diff[k + 3].op !== 'equal') return null;
  const words = (text: string): string[] => text.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, ' ').trim().split(/\s+/).filter(Boolean);
  const [one, other, hopped] = [words(first.text), words(second.text), words(gap.text)];
  // The words as written, for the reason ("the Agency", "United States dollars").
  const shown = (text: string): string => text.trim().replace(/[\s,;:]+$/, '');
  if (one.length === 0 || one.length > MOVED_WORDS + 1 || other.length === 0 || other.some((word) => ORDER_SENSITIVE.test(word))) return null;
  if (one.join(' ') === other.join(' ')) {
    // Across a parenthetical: the gap opens after the moved words' comma or the text's, and closes with a comma.
    const opensAfterComma = /,\s*$/.test(first.op === 'insert' ? first.text : (diff[k - 1]?.text ?? ''));
    if (one.length > MOVED_WORDS || !opensAfterComma || !/,\s*$/.test(gap.text) || /[;:]/.test(gap.text) || hopped.length > PARENTHETICAL_WORDS) return null;
    return `word order: “${shown(second.text)}” moved across a stretch set off by commas`;
  }
  // A noun put before its modifier with "of": "W of" on one side, "W" on the other.
  const [longer, shorter] = one.length > other.length ? [one, other] : [other, one];
  if (shorter.length !== 1 || longer.length !== 2 || !/^\p{Ll}+$/u.test(shorter[0])) return null;
  if (hopped.length === 0 || hopped.length > NOUN_HOP_WORDS || /[,;:]/.test(gap.text)) return null;
  if (longer[0] === shorter[0] && longer[1] === 'of') return `word order: “${shorter[0]}” moved across “${shown(gap.text)}”, with “of”`;
  // The mirror shape: a noun's modifier put after it with "of" ("integrate ageing into their [-work -]programmes {+of
  // work+}", Ageing 79/147 OP 63 → 80/179 OP 65, round 17B, redline #23): "W" before the noun on one side, "of W" after
  // it on the other, the noun hopped over one or two words (the head noun alone: "programmes", not a clause).
  const modifierFirst = (one.length === 1 ? first : second) === first;
  if (!modifierFirst || longer[0] !== 'of' || longer[1] !== shorter[0] || hopped.length > 2 || !hopped.every((word) => /^\p{Ll}+$/u.test(word))) return null;
  return `word order: “${shorter[0]} ${hopped.join(' ')}” written “${hopped.join(' ')} of ${shorter[0]}”`;
}

/** Prepositions a coordination may repeat or leave implied ("facilitated by A and {+by +}B"). */
const PREPOSITION = /^(?:by|to|for|in|on|of|with|from|through|at|into|towards)$/;

/** Words a footnote mark may stand before: a function word or punctuation, never the noun a figure would count. */
const AFTER_MARK = /^(?:[\s]*[,;:.)]|\s+(?:and|or|which|who|that|the|in|of|to|as|on|for|with|by|from|where|whereby)\b|\s*$)/;

/**
 * Editorial edits read from a stretch and the unchanged text either side of it (null when neither):
 *  - a footnote mark left or lost by the text layer where the note sequence was not kept: a bare number of one to three
 *    digits added or dropped, glued to a word, a year or punctuation, and followed by punctuation or a function word
 *    (`24 August 2016 [-3 -]and 21 October 2016,[-4-] which`); a number before a noun (`{+4 +}sexual assaults`) counts;
 *  - a preposition repeated, or no longer repeated, after the "and" or "or" of a coordination whose first member it
 *    already governs (`facilitated by the expansion of … and {+by +}supporting`).
 */
function layerReason(deleted: string, inserted: string, preceding: string, following: string): string | null {
  const bare = (deleted || inserted).trim();
  // The paragraph's opening: a table note's letter ("[-c-]{+b+} Reflects amounts after recosting.") relettered with the
  // table's notes, or a section's numeral ("{+V +}Group of Independent Eminent Experts") the text layer read with its
  // heading or apart from it. A heading ends without the punctuation of a paragraph.
  if (preceding === '' && /^\p{Lu}/u.test(following.trimStart())) {
    if (/^[a-z]$/.test(deleted.trim()) && /^[a-z]$/.test(inserted.trim())) return `a table note's letter: ${deleted.trim()} → ${inserted.trim()}`;
    const numeral = /^[IVXL]{1,6}\.?$/;
    const heading = !/[,;:.]\s*$/.test(following) && following.length <= 200;
    if ((deleted === '') !== (inserted === '') && numeral.test(bare) && heading) return `a section's numeral ${deleted ? 'read apart from' : 'read with'} its heading: ${bare}`;
    // A chapter renumbered before its unchanged heading ("[-XV-]{+XIV+} Coordination and cooperation"): a chapter
    // before it went, which the dropped paragraphs already say.
    if (numeral.test(deleted.trim()) && numeral.test(inserted.trim()) && heading) return `a section renumbered before its unchanged heading: ${deleted.trim()} → ${inserted.trim()}`;
  }
  // A footnote mark renumbered with the note sequence ("2008,[-133-]{+140+} in which"): one bare number for another, both
  // glued to the text before and followed by what a mark stands before.
  if (/^\d{1,3}$/.test(deleted.trim()) && /^\d{1,3}$/.test(inserted.trim()) && deleted.trim() !== inserted.trim() && /[\p{L})\]"”’,;.]$/u.test(preceding) && !/(?:\p{Lu}\.|\/\S*)$/u.test(preceding) && AFTER_MARK.test(following)) {
    return `footnote mark renumbered by the text layer: ${deleted.trim()} → ${inserted.trim()}`;
  }
  // A footnote mark the text layer glued to a year's comma, in the same token ("Response and Cooperation,
  // [-1990,126-]{+1990,+} and the Protocol"), dropped, added or renumbered (round 15D, editorial): the year and its
  // comma kept, only the bare number after them differs, and what follows is what a mark stands before.
  const glued = (text: string): [string, string] | null => {
    const match = /^((?:19|20)\d\d,)(\d{1,3})?$/.exec(text.trim());
    return match ? [match[1], match[2] ?? ''] : null;
  };
  const [olderGlued, newerGlued] = [glued(deleted), glued(inserted)];
  if (olderGlued && newerGlued && olderGlued[0] === newerGlued[0] && olderGlued[1] !== newerGlued[1] && AFTER_MARK.test(following)) {
    return `a footnote mark glued to a year by the text layer: ${olderGlued[1] || '∅'} → ${newerGlued[1] || '∅'}`;
  }
  if (deleted !== '' && inserted !== '') return null;
  // Not the number of a symbol cut short ("decisions 1/CP.[-27-]"): a mark never follows a capital and a full stop.
  if (/^\d{1,3}$/.test(bare) && /(?:[\p{L})\]"”’,;.]|(?:19|20)\d\d\s?)$/u.test(preceding) && !/(?:\p{Lu}\.|\/\S*)$/u.test(preceding) && AFTER_MARK.test((deleted || inserted).replace(/^\s*\d+/, '') + following)) {
    return `footnote mark left by the text layer: ${bare}`;
  }
  if (PREPOSITION.test(bare) && /\b(?:and|or)\s$/.test(preceding)) {
    const coordinated = preceding.slice(-160);
    if (new RegExp(`\\b${bare}\\b`).test(coordinated.replace(/\b(?:and|or)\s$/, ''))) return `preposition ${deleted ? 'no longer ' : ''}repeated in a coordination: ${bare}`;
  }
  return null;
}

/**
 * Words of grammar that carry no term of a resolution: articles, a possessive's "its", the "that" of a relative clause,
 * the "to" of an infinitive or of a repeated preposition. Negations, conjunctions (and, or), quantifiers (all, any,
 * only) and modals are not among them: each changes what is agreed.
 */
const GRAMMAR_WORDS = /^(?:the|a|an|its|their|that|to)$/;
/** The body that appoints a mandate holder, as a title may name it. */
const APPOINTING_BODY = /^(?:of|appointed by) the (?:Human Rights )?Council$/;
/** A mandate holder's title, right before the words that name who appointed it. */
const MANDATE_HOLDER = /\b(?:Special Rapporteur|Independent Expert|Special Representative|Special Envoy|Working Group)\s$/;

/** Prepositions a drafter swaps for one another without changing who does what ("the call [-of-]{+by+} the Mechanism"). */
const AGENT_PREPOSITIONS = /^(?:of|by)$/;

/**
 * A stretch of grammar words alone (`GRAMMAR_WORDS`, one or two on each side: "barriers {+that+} they face", "as well as
 * {+to+} the pandemic", "its mandate as [-a-]{+the+} forum"), "of" for "by" before "the", or a possessive's "’s" dropped
 * with its article ("[-the -]Committee[-’s-] questionnaires"): the reason, or null. Never next to a number, whose
 * article may say which edition.
 */
function grammarWordsReason(deleted: string, inserted: string, preceding: string, following: string): string | null {
  const words = (text: string): string[] => text.toLowerCase().replace(/[,;:]/g, ' ').trim().split(/\s+/).filter(Boolean);
  const [gone, come] = [words(deleted), words(inserted)];
  if (gone.length + come.length === 0 || gone.length > 2 || come.length > 2) return null;
  if (/\d\s*$/.test(preceding) || /^\s*\d/.test(following)) return null;
  const shown = `${deleted.trim() || '∅'} → ${inserted.trim() || '∅'}`;
  if (gone.length === 1 && come.length === 1 && AGENT_PREPOSITIONS.test(gone[0]) && AGENT_PREPOSITIONS.test(come[0]) && /^\s*the\b/.test(following)) return `grammar word: ${shown}`;
  if (inserted === '' && /^[’']s$/.test(deleted.trim())) return `a possessive made a modifier: ${deleted.trim()} dropped`;
  if ([...gone, ...come].every((word) => GRAMMAR_WORDS.test(word))) return `grammar word: ${shown}`;
  // The conjunction "as well as" written whole ("…, [-as well the-]{+as well as the+} limited progress made in the
  // implementation of the Nagoya Protocol", Biodiversity 79/208 OP 19 → 80/140 OP 22, round 17B, redline #23): "as well"
  // before a noun phrase is a word left out, the same coordination either way.
  if (gone.length + come.length === 1 && (gone[0] ?? come[0]) === 'as' && /\bas well\s$/i.test(preceding) && /^\s?(?:the|its|their|a|an)\s/.test(following)) return `a conjunction written whole: as well → as well as`;
  // One plural demonstrative for the other before the same noun ("calls upon [-these-]{+those+} States"): both point
  // back to what was named; only how near it stands changed (round 14).
  if (gone.length === 1 && come.length === 1 && /^(?:these|those)$/.test(gone[0]) && /^(?:these|those)$/.test(come[0]) && gone[0] !== come[0] && /^\s\p{L}/u.test(following)) return `a demonstrative for another: ${shown}`;
  return null;
}

/** Prepositions that only say where one named body stands in another ("the Committee on World Food Security of/in the Food and Agriculture Organization"). */
const NAME_LINKS = /^(?:of|in|at|within|under)$/;

/**
 * A preposition swapped between two names ("the Committee on World Food Security [-of-]{+in+} the Food and Agriculture
 * Organization of the United Nations"): the same body in the same place, said as its title is written. Only where a
 * capitalized word ends the name before and "the" and a capitalized word open the name after; elsewhere "in" for "of"
 * can say where something happens instead of whose it is.
 */
function nameLinkReason(deleted: string, inserted: string, preceding: string, following: string): string | null {
  const [gone, come] = [deleted.trim(), inserted.trim()];
  if (!NAME_LINKS.test(gone) || !NAME_LINKS.test(come) || gone === come) return null;
  if (!/\p{Lu}[\p{L}-]*\s$/u.test(preceding) || !/^\s?the\s\p{Lu}/u.test(following)) return null;
  return `preposition between two names: ${gone} → ${come}`;
}

/** A verb's stem for `verbFormReason`: "help", "helps", "helped", "helping" share "help"; "establish", "establishing". */
const verbStem = (word: string): string => word.toLowerCase().replace(/(?:ing|ed|es|s|e)$/, '');

/**
 * The same verb in a coordinated form ("protect biodiversity and ecosystems [-and help-]{+, helping+} mitigate …"): a
 * finite verb after "and" made a participle after a comma, or back. One verb on each side, its stem kept, "and" or a
 * comma the only other difference: the same clause, written otherwise. A verb changed ("and help" → ", hindering"), a
 * negation or another word added is not.
 */
function verbFormReason(deleted: string, inserted: string): string | null {
  const words = (text: string): string[] => text.replace(/,/g, ' ').trim().split(/\s+/).filter((word) => word !== '' && word !== 'and');
  const [gone, come] = [words(deleted), words(inserted)];
  if (gone.length !== 1 || come.length !== 1 || gone[0] === come[0]) return null;
  if (!/^\p{Ll}+$/u.test(gone[0]) || !/^\p{Ll}+$/u.test(come[0])) return null;
  if (!/ing$/.test(gone[0]) && !/ing$/.test(come[0])) return null;
  const [a, b] = [verbStem(gone[0]), verbStem(come[0])];
  if (a.length < 3 || a !== b) return null;
  return `the same verb in another form: ${deleted.trim()} → ${inserted.trim()}`;
}

/** A resolution cited by its symbol with its quoted title ("resolution 79/1 entitled “The Pact for the Future”"). */
const CITED_TITLE = /\bresolution (\d{1,3}\/\d{1,3}) entitled (?:the )?[“"]([^”"]+)[”"]/g;
/** The small words a title's spelling may differ by. */
const TITLE_SMALL_WORDS = /^(?:of|for|on|in|to|the|and|a|an)$/;

/** Each cited resolution's quoted title in a paragraph, by its symbol. */
function citedTitles(text: string): Map<string, string[]> {
  const titles = new Map<string, string[]>();
  for (const match of text.matchAll(CITED_TITLE)) titles.set(match[1], match[2].toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  return titles;
}

/**
 * A small word of a quoted title corrected where the document is cited by its symbol: the symbol names the document,
 * so its title's words are its spelling ("resolution 79/1 entitled the “Pact [-of-]{+for+} the Future”", LDC 79/218 PP
 * 11 → 80/150 PP 10, session 20: the title is "The Pact for the Future"). Only when a resolution cited so on both sides
 * has titles of as many words that differ, case aside, only by prepositions, articles or "and", one for another, and
 * the stretch is such a swap, inside the quotation marks: a title's content word changed is another document, and stays.
 */
function citedTitleReason(deleted: string, inserted: string, before: string, after: string, preceding: string, following: string): string | null {
  const [gone, come] = [deleted.trim().toLowerCase(), inserted.trim().toLowerCase()];
  if (gone === come || !TITLE_SMALL_WORDS.test(gone) || !TITLE_SMALL_WORDS.test(come)) return null;
  // The stretch must lie inside the quoted title: the quotation closes after it, and none closed just before it.
  // "the full support [-of-]{+for+} developing States" beside the title's own of → for is another swap (review20 R1d).
  if (!/^[^“”"]*[”"]/.test(following) || /[”"][^“]*$/.test(preceding)) return null;
  const older = citedTitles(before);
  for (const [symbol, newer] of citedTitles(after)) {
    const was = older.get(symbol);
    if (was === undefined || was.length !== newer.length) continue;
    const swaps = was.flatMap((word, at) => (word === newer[at] ? [] : [[word, newer[at]] as const]));
    if (swaps.length > 0 && swaps.every(([a, b]) => TITLE_SMALL_WORDS.test(a) && TITLE_SMALL_WORDS.test(b)) && swaps.some(([a, b]) => a === gone && b === come)) {
      return `the title of resolution ${symbol}, cited by its symbol, spelt as adopted: ${gone} → ${come}`;
    }
  }
  return null;
}

/** Verbs after which a gerund and an infinitive say the same ("continue using" = "continue to use"); not "stop", "remember". */
const ASPECT_VERBS = /\b(?:continu(?:e|es|ed|ing)|beg(?:in|ins|an|un)|start(?:s|ed|ing)?)\s$/i;

/**
 * A verb after "continue", "begin" or "start" given as a gerund or as an infinitive ("to continue [-using-]{+to use+}
 * the evaluations"): the same verb, the same sense. The verb must stay the same ("using" → "to apply" is another verb),
 * and the verb before it one whose sense does not turn on the form ("stop using" is not "stop to use").
 */
function gerundInfinitiveReason(deleted: string, inserted: string, preceding: string): string | null {
  const [gone, come] = [deleted.trim(), inserted.trim()];
  if (!ASPECT_VERBS.test(preceding)) return null;
  const [gerund, infinitive] = /^to\s/.test(gone) ? [come, gone] : [gone, come];
  const ing = /^(\p{Ll}{2,})ing$/u.exec(gerund);
  const to = /^to\s(\p{Ll}{2,})$/u.exec(infinitive);
  if (!ing || !to) return null;
  const stem = ing[1];
  const verb = to[1];
  const same = verb === stem || verb === `${stem}e` || (stem.length > 2 && stem.at(-1) === stem.at(-2) && verb === stem.slice(0, -1));
  if (!same) return null;
  return `the same verb as a gerund or an infinitive: ${gone} → ${come}`;
}

/**
 * A name completed to the form the document's title gives it ("the Rohingya {+Muslims +}in Myanmar" in the resolution
 * on the situation of human rights of Rohingya Muslims): the term made consistent, the reason; or null. The stretch
 * follows a capitalized word, and that word with the stretch is in the title while the stretch alone adds no word the
 * title lacks.
 */
function titleTermReason(deleted: string, inserted: string, preceding: string, title: string, olderDocument: readonly OlderParagraph[]): string | null {
  if (title === '' || deleted.trim() === '' === (inserted.trim() === '')) return null;
  const added = (deleted || inserted).trim();
  const last = /(\p{Lu}[\p{L}\u2019'-]*)\s*$/u.exec(preceding);
  if (!last) return inserted.trim() !== '' ? completedTitleTermReason(added, preceding, title, olderDocument) : null;
  if (!/^\p{Lu}[\p{L}\u2019'-]*(?:\s\p{Lu}[\p{L}\u2019'-]*)?$/u.test(added)) return null;
  const phrase = `${last[1]} ${added}`.toLowerCase();
  if (!title.toLowerCase().replace(/\s+/g, ' ').includes(phrase)) return null;
  return `a term made consistent with the title: ${last[1]} ${added}`;
}

/** An abbreviation: capitals, digits and hyphens, two capitals at least ("COVID-19", "UNCTAD", "WHO"). */
const ABBREVIATION = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{Lu}\p{N}\u2010\u2011-]{1,11}$/u;
/** A full name followed by its abbreviation in parentheses: "coronavirus disease (COVID-19)", "World Health Organization (WHO)". */
const NAME_WITH_ABBREVIATION = /^((?:[\p{L}][\p{L}\u2019'-]*\s){1,6})\(([^()]+)\)$/u;

/**
 * An abbreviation given the full name it stands for, its abbreviation after it in parentheses, or the full name dropped
 * for the abbreviation (redline #23, round 15D, editorial): "the [-COVID-19-]{+coronavirus disease (COVID‑19)+}
 * pandemic" names the same thing, as a text spells out a term at its first use. The parenthesis must be the
 * abbreviation itself (hyphens read alike): "ISIL {+(also known as Da’esh)+}" adds a name, and is no such case; and
 * the name must be what the abbreviation stands for, its letters in order from the first. The spelled-out side, or null.
 */
function abbreviationSpelledOut(short: string, full: string): string | null {
  const hyphens = (text: string): string => text.replace(/[\u2010\u2011]/g, '-');
  if (!ABBREVIATION.test(short)) return null;
  const named = NAME_WITH_ABBREVIATION.exec(full);
  if (!named || hyphens(named[2]) !== hyphens(short)) return null;
  // The name is what the abbreviation stands for: its letters, in order, from the name's first letter ("COronaVIrus
  // Disease", "World Health Organization"); "pandemics (COVID-19)" names something else.
  const name = named[1].toLowerCase().replace(/[^\p{L}]/gu, '');
  const initials = short.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (name[0] !== initials[0]) return null;
  let at = 0;
  for (const letter of initials) {
    at = name.indexOf(letter, at);
    if (at < 0) return null;
    at++;
  }
  return full;
}

/**
 * The same as `abbreviationSpelledOut` where the word diff keeps the abbreviation equal and splits the full name around
 * it ("the {+coronavirus disease (+}COVID-19{+)+} pandemic"): the name and its opening parenthesis, the abbreviation
 * unchanged, the closing parenthesis, both stretches on the same side. The reason, or null.
 */
function abbreviationAroundReason(diff: readonly DiffPart[], k: number): string | null {
  const [name, kept, closing] = [diff[k], diff[k + 1], diff[k + 2]];
  if (!name || !kept || !closing || name.op === 'equal' || kept.op !== 'equal' || closing.op !== name.op || !/^\)\s?$/.test(closing.text)) return null;
  if (!/\s\($/.test(name.text)) return null;
  const full = `${name.text}${kept.text})`;
  if (abbreviationSpelledOut(kept.text, full) === null) return null;
  return name.op === 'insert' ? `an abbreviation given its full name: ${kept.text} → ${full}` : `a full name shortened to its abbreviation: ${full} → ${kept.text}`;
}

/** A document symbol of the United Nations ("A/79/288", "E/CN.6/2024/3"). */
const DOCUMENT_SYMBOL = /^[A-Z]{1,6}(?:\/[A-Z0-9.]{1,12}){2,5}$/;
/** The verb of a joined clause a sequencing adverb may stand on ("and further emphasizes", "and also noting"): finite or participle. */
const CLAUSE_VERB = /^\s?(?:emphasiz|stress|recogniz|not|call|urg|encourag|invit|request|decid|welcom|underlin|reaffirm|recall|acknowledg|express|affirm|reiterat|underscor|commend|highlight|consider|appreciat|support)(?:es|s|ing)\b/;
/** Sequencing adverbs a participle's clause carries ("and noting also", "and noting further"). */
const CLAUSE_ADVERBS = /^(?:also|further)$/;

/**
 * How a citation or a name is written, read from a stretch and the text either side of it (null when none):
 *  - an acronym written out, or a name shortened to its acronym ("the [-UAE-]{+United Arab Emirates+} Framework"): the
 *    acronym is the initials of the name's capitalized words;
 *  - a case change that takes a footnote mark the text layer glued to the word with it ("the [-parties 20-]{+Parties+}
 *    urged"): a bare number of one to three digits after a lower-case word;
 *  - articles and paragraphs cited one way or the other ("[-articles 2, 4 and 9, paragraphs 1–4-]{+article 2, article 4
 *    and article 9, paragraphs 1 to 4+}"): the same numbers in the same order, only "article(s)", "paragraph(s)", "and",
 *    "to" and punctuation around them;
 *  - the parties "of" or "to" a convention between the two names ("the Conference of the Parties [-of-]{+to+} the
 *    Convention");
 *  - a report cited by its symbol, then by its author ("contained in {+the +}report [-A/79/288-]{+of the
 *    Secretary-General+}");
 *  - "also" for "further" on a participle that opens a clause ("and noting [-also-]{+further+} the contributions").
 */
function citationFormReason(deleted: string, inserted: string, preceding: string, following: string): string | null {
  const [gone, come] = [deleted.trim().replace(/[,;:]$/, ''), inserted.trim().replace(/[,;:]$/, '')];
  if (gone === '' || come === '') return null;
  const [acronym, name] = /^\p{Lu}{2,6}$/u.test(gone) ? [gone, come] : [come, gone];
  if (/^\p{Lu}{2,6}$/u.test(acronym)) {
    const initials = name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
    if (initials === acronym && /^(?:\p{Lu}[\p{L}-]*|of|and|the|for)(?:\s+(?:\p{Lu}[\p{L}-]*|of|and|the|for))+$/u.test(name)) {
      return `acronym ${acronym === gone ? 'written out' : 'for the name'}: ${gone} → ${come}`;
    }
  }
  const spelled = abbreviationSpelledOut(gone, come) ?? abbreviationSpelledOut(come, gone);
  if (spelled !== null) return `${spelled === come ? 'an abbreviation given its full name' : 'a full name shortened to its abbreviation'}: ${gone} → ${come}`;
  const mark = /^(\p{Ll}[\p{L}-]*)\s?\d{1,3}$/u;
  const [marked, plain] = mark.test(gone) ? [gone, come] : [come, gone];
  const markedWord = mark.exec(marked)?.[1];
  if (markedWord !== undefined && markedWord.toLowerCase() === plain.toLowerCase() && markedWord !== plain && !/\d\s*$/.test(preceding)) {
    return `case: ${markedWord === gone.replace(/\s?\d+$/, '') ? `${markedWord} → ${plain}` : `${plain} → ${markedWord}`}; a footnote mark left by the text layer: ${marked.replace(/^\D+/, '')}`;
  }
  const citationWords = (text: string): boolean => /^(?:(?:articles?|paragraphs?|and|to)\b|[\d\s,–-])+$/.test(text);
  const numbers = (text: string): string => (text.match(/\d+/g) ?? []).join(' ');
  if (/^articles?\b/.test(gone) && /^articles?\b/.test(come) && citationWords(gone) && citationWords(come) && numbers(gone) === numbers(come) && numbers(gone) !== '') {
    return `a citation's articles written otherwise: ${gone} → ${come}`;
  }
  if (/^(?:of|to)$/.test(gone) && /^(?:of|to)$/.test(come) && gone !== come && /\bParties\s$/.test(preceding) && /^\s?the\s\p{Lu}/u.test(following)) {
    return `the Parties ${gone} → ${come} the instrument`;
  }
  if (DOCUMENT_SYMBOL.test(gone) && /^of the (?:\p{Lu}[\p{L}-]*)(?:\s\p{Lu}[\p{L}-]*){0,3}$/u.test(come) && /\breport\s$/.test(preceding)) {
    return `a report cited by its author, not its symbol: ${gone} → ${come}`;
  }
  // "the policy recommendations of the United Nations Conference on Trade and Development contained in [-report
  // A/79/209-]{+its report+}" (external debt 79/197 OP 43 → 80/123 OP 50, a desk officer's reading, session 13): the report
  // cited by its symbol, then by the body the clause names as its author, the same report or its yearly successor.
  // Only with that author named just before (`of the …`) for "its" to stand for.
  const bySymbol = /^report (\S+)$/.exec(gone);
  if (bySymbol !== null && DOCUMENT_SYMBOL.test(bySymbol[1]) && /^(?:its|their) report$/.test(come) && /\bof the \p{Lu}[^,;]*\s(?:contained |set out |presented )?in\s$/u.test(preceding)) {
    return `a report cited by its author, not its symbol: ${gone} → ${come}`;
  }
  if (CLAUSE_ADVERBS.test(gone) && CLAUSE_ADVERBS.test(come) && gone !== come && /\b\p{Ll}+ing\s$/u.test(preceding)) {
    return `sequencing adverb of a clause: ${gone} → ${come}`;
  }
  return null;
}

/** A paragraph of the older document, as a title term's completion reads it. */
export interface OlderParagraph {
  readonly text: string;
}

/** The coordinating words that add a scope to a term ("women {+and girls+}", "… {+or …+}"). */
const COORDINATED_SCOPE = /^(?:and|or)$/;

/** Most words a term of the title may gain ("food security {+and nutrition+}", "modern energy {+for all+}"). */
const TITLE_COMPLETION_WORDS = 3;

/**
 * A term completed as the document's title spells it, in lower case ("food security {+and nutrition +}of almost 1.3
 * billion people" in the resolution on agriculture development, food security and nutrition; "sustainable and modern
 * energy {+for all +}" in the one on energy for all): the two words before the stretch and the stretch together are a
 * phrase of the title, the stretch at most `TITLE_COMPLETION_WORDS` words and no clause of its own. Words added that the
 * title does not spell right there ("food security {+and trade+}") stay a change. A completion that adds a coordinated
 * scope ("violence against women {+and girls+}", "… {+or …+}") widens what the paragraph covers, whatever the title
 * says: editorial only when the older document already writes the completed term in a paragraph other than its title
 * (it was the document's term before this paragraph caught up with it).
 */
function completedTitleTermReason(added: string, preceding: string, title: string, olderDocument: readonly OlderParagraph[]): string | null {
  const fold = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const words = fold(added).split(' ');
  if (words.length === 0 || words.length > TITLE_COMPLETION_WORDS || /[,;:]/.test(added)) return null;
  const before = fold(preceding).split(' ').slice(-2);
  if (before.length < 2 || /[,;:.]\s*$/.test(preceding)) return null;
  const term = [...before, ...words].join(' ');
  if (!` ${fold(title)} `.includes(` ${term} `)) return null;
  if (COORDINATED_SCOPE.test(words[0])) {
    const folded = fold(title);
    const written = olderDocument.some((paragraph) => {
      const text = fold(paragraph.text);
      return text !== folded && ` ${text} `.includes(` ${term} `);
    });
    if (!written) return null;
  }
  return `a term made consistent with the title: ${before.join(' ')} ${words.join(' ')}`;
}

/**
 * Words of UN editorial style a text swaps for one another without changing what is agreed (issue 23, round 6): the
 * adverb of emphasis written as one word or as a phrase, "later" and "subsequent" for what followed ("its [-later-]
 * {+subsequent+} extensions"), the relative "which" and "that" (and "who" and "that" of a collective), the "in particular" and "inter alia" that introduce the
 * Charter's or a report's own words, "geographic" and "geographical". Each set is one wording; a stretch that swaps one
 * member for another is editorial.
 */
const EDITORIAL_SYNONYMS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['particularly', 'in particular']),
  new Set(['later', 'subsequent']),
  new Set(['which', 'that']),
  // The relative pronoun of a collective ("Member States [-who-]{+that+} are not yet members of the Committee"): UN style
  // writes "that" for States, Parties and bodies; the same States are meant.
  new Set(['who', 'that']),
  new Set(['in particular', 'inter alia']),
  // An adjective written with or without "-al" where both forms mean the same ("geographic(al) representation"; not
  // "economic"/"economical", "historic"/"historical", whose meanings differ).
  new Set(['geographic', 'geographical']),
  // The same people named as the United Nations has named them since the Principles for Older Persons (resolution
  // 46/91): "especially women and girls, [-the elderly-]{+older persons+} and people in vulnerable situations" (ICT for
  // development 78/132 PP 55 → 79/194 PP 54, round 17B, redline #23). Only the whole noun phrase: "elderly" as an
  // adjective ("elderly women") is left to other readings.
  new Set(['the elderly', 'older persons']),
];

/**
 * Mass nouns a text writes in the singular or the plural without changing what is meant ("supported by adequate
 * [-revenues-]{+revenue+}"): a count noun's number ("resources", "States") is never among them.
 */
const MASS_NOUNS = new Set(['revenue', 'expenditure', 'funding', 'financing', 'evidence', 'research', 'infrastructure', 'equipment', 'assistance', 'feedback']);

/** A mass noun's number changed (`MASS_NOUNS`): the reason, or null. */
function massNounNumberReason(deleted: string, inserted: string): string | null {
  const [gone, come] = [deleted, inserted].map((text) => text.toLowerCase().replace(/[\s,;:]+/g, ' ').trim());
  if (gone === come || gone.replace(/s$/, '') !== come.replace(/s$/, '') || !MASS_NOUNS.has(come.replace(/s$/, ''))) return null;
  return `a mass noun's number: ${gone} → ${come}`;
}

/** Verbs of putting one thing inside another, after which "in" and "into" are one wording. */
const PUTTING_INTO = /\b(?:mainstream\w*|integrat\w*|incorporat\w*|insert\w*|embed\w*|translat\w*|transform\w*|convert\w*|divid\w*)\b[^,;]*$/i;

/** Endings of the adjectives of a people, a nation or a faith (Palestinian, Islamic, Congolese, Jewish, European). */
const ADJECTIVE_OF_PEOPLE = /(?:ian|ean|ic|ese|ish)$/;

/** The kinds of territory a name may be written with ("Rakhine State", "Idlib Governorate"): a State's subdivisions. */
const TERRITORY_KIND = /^(?:State|Province|Region|Governorate|District|Oblast|Prefecture|Department|County)$/;

/**
 * A name of a place with the kind of territory it is added or dropped after it (`TERRITORY_KIND`), when some paragraph
 * of the older text writes the name with that kind already: the reason, or null.
 */
function territoryNamedReason(deleted: string, inserted: string, preceding: string, olderDocument: readonly OlderParagraph[]): string | null {
  const [gone, come] = [deleted, inserted].map((text) => text.replace(/[\s,;:.]+/g, ' ').trim());
  if ((gone === '') === (come === '') || !TERRITORY_KIND.test(gone || come)) return null;
  const name = /(?:^|\s)(\p{Lu}[\p{L}\u2019'-]+)\s?$/u.exec(preceding);
  // A nationality's or a faith's adjective is no place ("Palestinian {+State+} institutions", "Islamic {+State+}
  // groups": another thing named, a review's counter-examples, session 11).
  if (!name || TERRITORY_KIND.test(name[1]) || ADJECTIVE_OF_PEOPLE.test(name[1])) return null;
  const full = `${name[1]} ${gone || come}`;
  if (!olderDocument.some((paragraph) => paragraph.text.includes(full))) return null;
  return `a place named ${gone ? 'without' : 'with'} the kind of territory it is: ${full}`;
}

/** Verbs after which "on" and "upon" say the same: to call, rely, depend or be based on or upon something. */
const ON_OR_UPON_VERB = /\b(?:call|calls|called|calling|rely|relies|relied|relying|depend|depends|depended|depending|based)\s$/i;

/** Words that say a list is open ("inter alia", "among others"). */
const LIST_OPENER = /^(?:inter alia|among others)$/i;
/** A list's first item: at most 60 characters before its comma. */
const LIST_ITEM_FIRST = /^[^,;]{0,60},/u;

/** A stretch that swaps one word of editorial style for its equivalent (`EDITORIAL_SYNONYMS`): the reason, or null. */
export function editorialSynonymReason(deleted: string, inserted: string): string | null {
  const [gone, come] = [deleted, inserted].map((text) => text.toLowerCase().replace(/[\s,;:]+/g, ' ').trim());
  if (gone === '' || come === '' || gone === come) return null;
  return EDITORIAL_SYNONYMS.some((set) => set.has(gone) && set.has(come)) ? `editorial style: ${gone} → ${come}` : null;
}

/** Words a repeated wording must have: shorter stretches ("and", "in this regard") are wording, not a name. */
const REPEATED_WORDS = 3;

/** Why one changed stretch is editorial wording ('' for punctuation alone, which `editorialReasons` covers), or null. */
/** A short title in brackets: capitalised words ending in a defined term ("(Chemical Weapons Convention)"). */
const SHORT_TITLE = /^\s*\((\p{Lu}[\p{L}\u2019'-]*(?:\s\p{Lu}[\p{L}\u2019'-]*){0,5})\)\s*$/u;

/**
 * The short title a text gives, or drops, in brackets right after an instrument it names in full, or null: "the
 * Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their
 * Destruction{+ (Chemical Weapons Convention)+}" (Syria 78/222 → 79/185 OP 4, trial 14a) names the same Convention. The
 * short title ends with the defined term (`DEFINED_TERM`) the full name opens with, every word of it is a word of that
 * name, and the name runs up to the bracket: "(Biological Weapons Convention)" after the chemical weapons Convention is
 * another instrument, and stays.
 */
function shortTitleAfterName(stretch: string, preceding: string): string | null {
  const short = SHORT_TITLE.exec(stretch);
  if (short === null) return null;
  const words = short[1].split(/\s/);
  const term = words[words.length - 1];
  if (!DEFINED_TERM.test(term) || words.length < 2) return null;
  const at = preceding.lastIndexOf(`${term} `);
  if (at < 0) return null;
  const name = preceding.slice(at).replace(/\s+$/, '');
  if (/[;:.]/.test(name)) return null;
  const nameWords = new Set(name.split(/[\s,]+/));
  return words.every((word) => nameWords.has(word)) ? short[1] : null;
}

function wordingReason(deleted: string, inserted: string, before: string, after: string, preceding: string, following: string, title: string, olderDocument: readonly OlderParagraph[]): string | null {
  const bare = (text: string): string => text.replace(/[\s,;:.]+/g, ' ').trim();
  if (bare(deleted) === bare(inserted)) return '';
  // A stretch spelt otherwise beside a change of wording ("[-parties-]{+Parties+}" next to a citation's date dropped).
  if (deleted !== '' && inserted !== '' && letters(deleted, '') === letters(inserted, '')) {
    // A hyphen for another ("non[---]{+‑+}wood"): punctuation, said by `editorialReasons` when nothing else changed.
    if (letters(deleted, '') === '') return '';
    return `${deleted.toLowerCase() === inserted.toLowerCase() ? 'case' : 'compound spelling'}: ${bare(deleted)} → ${bare(inserted)}`;
  }
  if ((deleted === '') !== (inserted === '')) {
    const name = shortenedName(bare(deleted || inserted), preceding, following, title);
    if (name !== null) return `name ${deleted ? 'shortened to its defined term' : 'written out in full'}: ${name}`;
  }
  // The word diff may take the word after the name into the stretch, on both sides ("the Convention [-on the Prohibition
  // … on Their Destruction and -]{+and +}for the Organisation", CW 79/56 PP 4 → 80/34 PP 5, trial 20-a D5): the shared
  // closing words are the name's following words.
  for (const [longer, shorter, shortened] of [[deleted, inserted, true], [inserted, deleted, false]] as const) {
    if (shorter.trim() === '' || longer.length <= shorter.length || !longer.endsWith(shorter)) continue;
    const name = shortenedName(bare(longer.slice(0, -shorter.length)), preceding, shorter + following, title);
    if (name !== null) return `name ${shortened ? 'shortened to its defined term' : 'written out in full'}: ${name}`;
  }
  if ((bare(deleted) === '' && bare(inserted) === 'and') || (bare(deleted) === 'and' && bare(inserted) === '')) return 'list punctuation: a comma for “and”';
  if ((deleted === '') !== (inserted === '')) {
    const short = shortTitleAfterName(deleted || inserted, preceding);
    if (short !== null) return `a short title ${deleted ? 'dropped' : 'given'} to the instrument just named: ${short}`;
  }
  const synonym = editorialSynonymReason(deleted, inserted);
  if (synonym !== null) return synonym;
  const mass = massNounNumberReason(deleted, inserted);
  if (mass !== null) return mass;
  // "[-calling on-]{+calling upon+} Member States" (Energy for all 79/210 PP 15 → 80/179 PP 16, read as false by a desk
  // officer in session 10): after a verb that takes either, "on" and "upon" are one preposition written two ways, the
  // same call on the same addressees (round 16B, redline #23). Only after such a verb: "[-on-]{+upon+}" elsewhere ("upon
  // request", "upon entry into force") is another preposition's meaning and stays.
  if (/^(?:on|upon)$/.test(bare(deleted)) && /^(?:on|upon)$/.test(bare(inserted)) && bare(deleted) !== bare(inserted) && ON_OR_UPON_VERB.test(preceding)) {
    return `editorial style: ${bare(deleted)} → ${bare(inserted)} after “${preceding.trim().split(/\s+/).pop()}”`;
  }
  // "mainstream a gender perspective [-in-]{+into+} such policies": after a verb of putting one thing inside another,
  // "in" and "into" say the same.
  if (/^(?:in|into)$/.test(bare(deleted)) && /^(?:in|into)$/.test(bare(inserted)) && bare(deleted) !== bare(inserted) && PUTTING_INTO.test(preceding.slice(-80))) {
    return `editorial style: ${bare(deleted)} → ${bare(inserted)} after a verb of putting into`;
  }
  // "faced by[-, inter alia, -] returned or repatriated children, children without housing, …": the words that say a
  // list is open, dropped or added before the list itself.
  // The side that holds words, not the side that is not empty: added, the opener may replace a space ("faced by[- -]{+,
  // inter alia, +}returned", DPRK 80/220 → 79/181, trial 17b D11), and read as `deleted || inserted` the space hid it, so
  // the same change was editorial one way and "hedge added (weaker)" the other.
  // Its list's first item short, ended by a comma ("returned or repatriated children, children without housing, …"): the
  // Charter's "expresses, inter alia, the determination of the peoples of the United Nations to save succeeding
  // generations from the scourge of war, …" opens no list of items, and "inter alia" put there stays a hedge (session 13).
  const opener = bare(deleted) !== '' ? bare(deleted) : bare(inserted);
  if ((bare(deleted) === '') !== (bare(inserted) === '') && LIST_OPENER.test(opener) && LIST_ITEM_FIRST.test(following)) {
    return `a list's “${opener}” ${bare(deleted) !== '' ? 'dropped' : 'added'}`;
  }
  // "…the Convention on Biological Diversity, and[- further-] emphasizes the importance of …" (Biodiversity 78/155 OP 4 →
  // 79/208 OP 5, and back again in 80/140 OP 8): a sequencing adverb alone, dropped or added on the verb of a clause
  // joined by "and", says the order of what the paragraph asks, not what it asks (round 15E, redline #23).
  if ((bare(deleted) === '') !== (bare(inserted) === '') && CLAUSE_ADVERBS.test(bare(deleted || inserted)) && /[,;]\s(?:and\s?)?$/.test(preceding) && CLAUSE_VERB.test(following)) {
    return `sequencing adverb of a clause ${deleted ? 'dropped' : 'added'}: ${bare(deleted || inserted)}`;
  }
  const grammar = grammarWordsReason(deleted, inserted, preceding, following) ?? nameLinkReason(deleted, inserted, preceding, following) ?? verbFormReason(deleted, inserted) ?? gerundInfinitiveReason(deleted, inserted, preceding) ?? citedTitleReason(deleted, inserted, before, after, preceding, following);
  if (grammar !== null) return grammar;
  // A mandate holder named without, or with, the body that appointed it ("the Special Rapporteur [-of the Human Rights
  // Council -]on the right to development"): the same office.
  if ((deleted === '') !== (inserted === '') && APPOINTING_BODY.test(bare(deleted || inserted)) && MANDATE_HOLDER.test(preceding)) {
    return `a mandate holder's name ${deleted ? 'shortened' : 'given in full'}: ${bare(deleted || inserted)}`;
  }
  // A place named with, or without, the kind of territory it is ("including in Rakhine{+ State+}", "northern Rakhine
  // {+State +}", Myanmar 79/182 OP 7 → 80/221 OP 9, PP 63 → PP 73): the same place, when the older text already names
  // it so elsewhere (round 16B, redline #23). A generic the older text never joins to that name may be another place.
  const territory = territoryNamedReason(deleted, inserted, preceding, olderDocument);
  if (territory !== null) return territory;
  // "in [-the six -]{+all +}official languages of the United Nations" (Effects of atomic radiation 79/85 OP 23 → 80/75
  // OP 23): the United Nations has six official languages, so the two say the same (round 16B, redline #23). Only before
  // "official languages of the United Nations": "all" for "the six" of anything else (a convention's languages) counts otherwise.
  if (/^(?:the six|all(?: six)?|all the)$/.test(bare(deleted).toLowerCase()) && /^(?:the six|all(?: six)?|all the)$/.test(bare(inserted).toLowerCase()) && /^\s?official languages of the United Nations\b/.test(following)) {
    return `the official languages counted or not: ${bare(deleted)} → ${bare(inserted)}`;
  }
  // A disease named with its pandemic ("the coronavirus disease (COVID-19){+ pandemic+}"): the same event.
  if ((deleted === '') !== (inserted === '') && bare(deleted || inserted) === 'pandemic' && /COVID[-\u2010\u2011]19\)?\s?$/.test(preceding)) {
    return `the pandemic named with its disease: ${deleted ? 'pandemic dropped' : 'pandemic added'}`;
  }
  // A request or decision restated in the singular or the plural ("Reiterates its [-requests-]{+request+}"): the same.
  if (/\b(?:its|their)\s$/.test(preceding) && /^(?:requests?|decisions?|calls?|appeals?)$/.test(bare(deleted)) && bare(deleted).replace(/s$/, '') === bare(inserted).replace(/s$/, '')) {
    return `a restated request's number: ${bare(deleted)} → ${bare(inserted)}`;
  }
  const term = titleTermReason(deleted, inserted, preceding, title, olderDocument);
  if (term !== null) return term;
  const written = citationFormReason(deleted, inserted, preceding, following);
  if (written !== null) return written;
  // "the Independent Mechanism for Myanmar[-, as established by the Human Rights Council in its resolution 39/2, -]is":
  // the resolution that created a body named, no longer cited beside its name.
  if (bare(inserted) === '' && ESTABLISHING_CITATION.test(deleted.trim()) && /\p{Lu}[\p{L}\u2019'-]*\s*$/u.test(preceding)) {
    return `the citation establishing a named body dropped: ${bare(deleted)}`;
  }
  if (bare(deleted) === '' && ESTABLISHING_CITATION.test(inserted.trim()) && /\p{Lu}[\p{L}\u2019'-]*\s*$/u.test(preceding)) {
    return `the citation establishing a named body given: ${bare(inserted)}`;
  }
  // "the request by the United Nations Environment Assembly[- at its second session, in paragraph 6 of its resolution
  // 2/10 of 27 May 2016,-] to": where the body named before it made what the paragraph cites (`SOURCE_CITATION`).
  if ((bare(inserted) === '') !== (bare(deleted) === '') && SOURCE_CITATION.test((deleted || inserted).trim()) && /\p{Lu}[\p{L}\u2019'-]*,?\s*$/u.test(preceding)) {
    return `the citation of a named body's own resolution ${deleted ? 'dropped' : 'given'}: ${bare(deleted || inserted)}`;
  }
  // "in resolution 5/14 {+of 2 March 2022, +}": the date of a citation, given or dropped.
  if (bare(inserted) === '' && CITATION_DATE.test(bare(deleted))) return `date of a citation dropped: ${bare(deleted)}`;
  if (bare(deleted) === '' && CITATION_DATE.test(bare(inserted))) return `date of a citation given: ${bare(inserted)}`;
  if (bare(inserted) === '' && LINKING.test(bare(deleted))) return `linking phrase dropped: ${bare(deleted)}`;
  if (bare(deleted) === '' && LINKING.test(bare(inserted))) return `linking phrase added: ${bare(inserted)}`;
  // A deletion still spelt out in the newer text; an insertion the older text already spelt out.
  if (inserted === '' || deleted === '') {
    const words = (deleted || inserted).trim();
    if (words.split(/\s+/).length < REPEATED_WORDS) return null;
    const elsewhere = deleted ? after : before;
    // Said of the same thing there: the two words before it stand before it elsewhere too ("the Special Rapporteur[- on
    // the situation …-]" beside "the Special Rapporteur on the situation …"). "the production of such material {+for use
    // in nuclear weapons or other nuclear explosive devices+}" beside "fissile material for use in nuclear weapons …"
    // narrows what is welcomed (Steps roadmap 79/41 → 80/48 PP 11, trial 20a D2): a qualifier, not a name repeated.
    const head = preceding.trim().split(/\s+/).slice(-2).join(' ');
    if (!elsewhere.replace(/\s+/g, ' ').includes(`${head} ${words}`.trim())) return null;
    return `wording given in full elsewhere in the paragraph, ${deleted ? 'not repeated' : 'repeated'}: ${words}`;
  }
  return null;
}

/** The kinds of editorial edit, in the order they are tried on each changed stretch of the word diff. */
const KINDS: ReadonlyArray<{ reason: string; same: (before: string, after: string) => boolean }> = [
  // Only a space put in or taken out ("∅ → ∅" said nothing to a desk officer, issue 19).
  { reason: 'spacing', same: (before, after) => before.trim() === '' && after.trim() === '' },
  { reason: 'case', same: (before, after) => before.toLowerCase() === after.toLowerCase() },
  // A word cut in two by a PDF text layer ("see king" for "seeking"): its second piece is an inflection's tail, not a word
  // a compound would join ("health care", "time frame", "stock take").
  { reason: 'word split by the text layer', same: (before, after) => letters(before, '') === letters(after, '') && isLayerSplit(before, after) },
  { reason: 'compound spelling', same: (before, after) => letters(before, '') === letters(after, '') && /[\s\-\u2010-\u2015]/.test(before + after) },
  { reason: 'punctuation', same: (before, after) => letters(before, ' ') === letters(after, ' ') },
];

/** The tail of an inflected word a text layer may cut off as if it were a word of its own ("see king", "develop ment"). */
const INFLECTION_TAIL = /^\p{Ll}{0,2}(?:ing|ings|ed|ment|ments|tion|tions|ness|ly)$/u;

/** One side is a single word, the other the same letters in two pieces, the second an inflection's tail. */
function isLayerSplit(before: string, after: string): boolean {
  const [joined, split] = [before.trim(), after.trim()].sort((a, b) => a.split(/\s+/).length - b.split(/\s+/).length);
  const pieces = split.split(/\s+/);
  return !/[\s\-\u2010-\u2015]/.test(joined) && pieces.length === 2 && INFLECTION_TAIL.test(pieces[1]);
}

/**
 * Two surface forms that are the same text once the words a PDF text layer cut in two are joined again ("see king" for
 * "seeking", by `isLayerSplit`'s rule): what a reader sees on the page is the same on both sides, so the paragraph is
 * unchanged, not an editorial edit. Every other difference, however small, keeps the texts apart.
 */
export function isSameTextButLayerSplits(before: string, after: string): boolean {
  const a = before.split(' ');
  const b = after.split(' ');
  let i = 0;
  let j = 0;
  let joined = 0;
  // One word on one side, two on the other whose letters make it, the second an inflection's tail.
  const splitAt = (whole: string, first: string, second: string | undefined): boolean =>
    second !== undefined && whole === first + second && /^\p{L}+$/u.test(first) && INFLECTION_TAIL.test(second.replace(/[^\p{L}]+$/u, ''));
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (splitAt(a[i], b[j], b[j + 1])) {
      i++;
      j += 2;
      joined++;
    } else if (splitAt(b[j], a[i], a[i + 1])) {
      i += 2;
      j++;
      joined++;
    } else {
      return false;
    }
  }
  return joined > 0 && i === a.length && j === b.length;
}

/** The letters and digits of a text, lowercased, runs of anything else replaced by `gap`. */
function letters(text: string, gap: string): string {
  // A decimal point kept: "1.5" → "15" is a number changed, not a compound spelled another way (review 17 B1).
  return text.toLowerCase().replace(/(?:[^\p{L}\p{N}.]|(?<!\d)\.|\.(?!\d))+/gu, gap).trim();
}

/**
 * Why an editorial finding is editorial: one line per changed stretch of its word diff, naming the kind of edit and the
 * words (`compound spelling: health care → healthcare`, `case: parties → Parties`, `punctuation: ; → ,`, `spacing: a
 * space added`), and
 * `spelling` for the rest (British/American spelling, an abbreviation written out). Repeated lines are given once.
 */
export function editorialReasons(diff: readonly DiffPart[]): string[] {
  const reasons: string[] = [];
  for (let k = 0; k < diff.length; k++) {
    const part = diff[k];
    if (part.op === 'equal') continue;
    // The day before a month's abbreviation, when the diff took it as unchanged ("22-23" and "22–23" are one token of
    // the word diff, its dashes folded: fix 12C).
    const previous = diff[k - 1]?.op === 'equal' ? (/\d{1,2}(?:\s?[-\u2010-\u2013]\s?\d{1,2})?\s$/.exec(diff[k - 1].text)?.[0] ?? '') : '';
    let before = '';
    let after = '';
    if (part.op === 'delete') {
      before = part.text;
      if (diff[k + 1]?.op === 'insert') after = diff[++k].text;
    } else {
      after = part.text;
    }
    // A month abbreviated in a date, spelled out ("22-23 Sept → 22–23 September" before " 2024"): the diff stops short of
    // the year, so the date is read with the words that follow (`normalize/months.ts`).
    const next = diff[k + 1]?.op === 'equal' ? diff[k + 1].text.slice(0, 6) : '';
    const [olderDate, newerDate] = [previous + before + next, previous + after + next];
    const monthSpelledOut = (): boolean => spellOutMonths(olderDate) !== olderDate || spellOutMonths(newerDate) !== newerDate;
    const kind =
      KINDS.find((candidate) => candidate.same(before, after))?.reason ??
      (monthSpelledOut() && letters(spellOutMonths(olderDate), ' ') === letters(spellOutMonths(newerDate), ' ') ? 'a month spelled out' : 'spelling');
    const words = kind === 'spacing' ? `a space ${after.length > before.length ? 'added' : 'removed'}` : `${show(before)} → ${show(after)}`;
    const line = `${kind}: ${words}`;
    if (!reasons.includes(line)) reasons.push(line);
  }
  return reasons;
}

function show(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? '∅' : trimmed;
}

/** Words whose place decides what a sentence says: moving them is never word order alone. */
const ORDER_SENSITIVE = /^(?:not|no|never|nor|only|neither|without)$/;

/** What may stand between two list items swapped: separators, "and" or "or", and at most one item of up to three words. */
const SWAP_LIST_BETWEEN = /^(?:\s*[,;]?\s+(?:(?:and|or)\s+)?|\s*[,;]\s*(?!(?:not|no|never|nor|only|neither|without|unlike|than|rather|but|over|against|versus|instead|as)\b)\p{L}[\p{L}-]*(?:\s\p{L}[\p{L}-]*){0,2}(?:\s*[,;]\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+))$/u;

/** Most words a move may carry, and most words it may hop over, to read as word order alone. */
const WORD_ORDER_MOST = 3;

/**
 * Word order alone: the same few words in another order ("Urges all parties [-seriously to-]{+to seriously+} consider"),
 * or one stretch of at most three words taken out and put back within three words of where it stood; none of them a
 * word whose place decides the sense (`not`, `only`). Stretches of spacing or punctuation alone are left aside (the text
 * layer's "Non- Proliferation"). Returns the reason, or null.
 */
export function wordOrderReason(diff: readonly DiffPart[]): string | null {
  // "respectively" gives each item of a list its own partner: the order is the sense ("chaired by Ghana, Brazil and
  // Japan, respectively, for the first, second and third sessions"; "held at Geneva and Vienna, respectively").
  if (diff.some((part) => /\brespectively\b/i.test(part.text))) return null;
  const words = (text: string): string[] => text.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, ' ').trim().split(/\s+/).filter(Boolean);
  // The changed stretches (a deletion and the insertion right after it are one), with the words between them.
  const stretches: Array<{ deleted: string[]; inserted: string[]; gap: number; between: string }> = [];
  let gap = 0;
  let between = '';
  for (let k = 0; k < diff.length; k++) {
    const part = diff[k];
    if (part.op === 'equal') {
      gap += words(part.text).length;
      between += part.text;
      continue;
    }
    const deleted = part.op === 'delete' ? part.text : '';
    const inserted = part.op === 'insert' ? part.text : diff[k + 1]?.op === 'insert' ? diff[++k].text : '';
    const stretch = { deleted: words(deleted), inserted: words(inserted), gap, between };
    // A stretch whose words are the same (`Non-Proliferation` → `Non- Proliferation`, a PDF's spacing or a dash style) is
    // typography: kept words between the others, not a second change that hides the reorder.
    if (stretch.deleted.join(' ') === stretch.inserted.join(' ')) {
      gap += stretch.deleted.length;
      between += inserted;
      continue;
    }
    if (stretch.deleted.length + stretch.inserted.length > 0) {
      stretches.push(stretch);
      gap = 0;
      between = '';
    }
  }
  const sorted = (list: string[]): string => [...list].sort().join(' ');
  const sensitive = (list: string[]): boolean => list.some((word) => ORDER_SENSITIVE.test(word));
  if (stretches.length === 1) {
    const [{ deleted, inserted, between: lead }] = stretches;
    // Two items of a pair swapped, the preposition both share repeated on the second or not ("freedom of [-expression and
    // of opinion-]{+opinion and expression+}", Syria 78/222 OP 40 → 79/185 OP 41, trial 14a): the preposition said once
    // before the pair is read once.
    const shared = words(lead).pop();
    const once = (list: string[]): string[] => list.filter((word, at) => !(word === shared && PREPOSITION.test(word) && /^(?:and|or)$/.test(list[at - 1] ?? '')));
    if (deleted.length < 2 || deleted.length > WORD_ORDER_MOST + 1 || sorted(once(deleted)) !== sorted(once(inserted)) || deleted.join(' ') === inserted.join(' ') || sensitive(deleted)) return null;
    return `word order: ${deleted.join(' ')} → ${inserted.join(' ')}`;
  }
  if (stretches.length !== 2) return null;
  const [first, second] = stretches;
  // Two items of one list swapped ("the humanitarian principles of humanity, [-independence-]{+impartiality+},
  // neutrality and [-impartiality-]{+independence+}", Myanmar 79/182 PP 48 → 80/221 PP 54: round 16B): each stretch the
  // other's words, at most three, with only a list between them (its separators, "and" or "or", and at most one item).
  // "X [-shall prevail over-] Y" read the other way round is no list, and stays.
  const swapped =
    first.deleted.length > 0 &&
    first.deleted.length <= WORD_ORDER_MOST &&
    first.deleted.join(' ') === second.inserted.join(' ') &&
    first.inserted.join(' ') === second.deleted.join(' ') &&
    first.inserted.length > 0 &&
    first.inserted.length <= WORD_ORDER_MOST &&
    !sensitive(first.deleted) &&
    !sensitive(first.inserted) &&
    SWAP_LIST_BETWEEN.test(second.between);
  if (swapped) return `word order: list items swapped: ${first.deleted.join(' ')} ↔ ${first.inserted.join(' ')}`;
  const moved = first.deleted.length ? first.deleted : first.inserted;
  const back = first.deleted.length ? second.inserted : second.deleted;
  const pure = (first.deleted.length === 0) !== (first.inserted.length === 0) && (second.deleted.length === 0) !== (second.inserted.length === 0) && (first.deleted.length === 0) !== (second.deleted.length === 0);
  if (!pure || moved.length === 0 || moved.length > WORD_ORDER_MOST || moved.join(' ') !== back.join(' ') || sensitive(moved) || second.gap > WORD_ORDER_MOST) return null;
  return `word order: “${moved.join(' ')}” moved`;
}

/** The conjunctions a paragraph break stands in for when a paragraph is cut in two ("…Initiative, and remains" → "…Initiative; Remains"). */
const SEAM_CONJUNCTIONS = new Set(['and', 'or']);

/**
 * True for a split or merge whose words are the same but for the seam: each edit, its words compared case aside, puts in
 * or takes out only punctuation, a paragraph break and one conjunction ("and", or "or", never one for the other), and
 * the capital of the opening a new paragraph takes. Finance 78/136 → 79/196 OP 8 → OP 9 + OP 10 cut
 * "…Debt Service Suspension Initiative[-, and remains-]{+; Remains+} concerned …" with an "and" moved between two
 * clauses: no word of substance changed, and the digest listed it as a negotiated change (trial 17-a D11).
 */
export function isSeamOnlyRegrouping(diff: readonly DiffPart[]): boolean {
  const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const used = new Set<string>();
  let deleted: string[] = [];
  let inserted: string[] = [];
  let edited = false;
  const close = (): boolean => {
    const rest = [...inserted];
    const left: string[] = [];
    for (const word of deleted) {
      const at = rest.indexOf(word);
      if (at >= 0) rest.splice(at, 1);
      else left.push(word);
    }
    for (const word of [...left, ...rest]) {
      if (!SEAM_CONJUNCTIONS.has(word)) return false;
      used.add(word);
    }
    [deleted, inserted] = [[], []];
    return true;
  };
  for (const part of diff) {
    if (part.op === 'equal') {
      if (!close()) return false;
      continue;
    }
    edited = true;
    (part.op === 'delete' ? deleted : inserted).push(...words(part.text));
  }
  return close() && edited && used.size <= 1;
}
