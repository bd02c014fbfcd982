/**
 * Whether a phrase two paragraphs share is language or only a name. The lineage's `partial` rule takes a shared phrase
 * of `LINEAGE_PARTIAL_RUN` words as evidence that a paragraph carries an earlier one's wording; a proper name that long
 * (a treaty's or a conference's title) is not: trial 17-c D2, Russia 2019 ¶ 16 (announcing a draft resolution on arms
 * control) "traced" to 2009 ¶ 14 (the 2010 NPT Review Conference) through "the Review Conference of the Parties to the
 * Treaty on the Non-Proliferation of Nuclear Weapons" alone, while 2019 ¶ 8 ← 2018 ¶ 16 shares "the Chemical Weapons
 * Convention and the exclusive prerogatives of the Security Council", two names joined by language of its own.
 */

/** Function words: neither a name's nor language's content. */
const FUNCTION_WORDS = new Set(
  'a an the of to and or nor by in on for with at as from into onto upon its their his her our your my this these those such all any each that which who whom whose it be is are was were been has have had will would shall should may might can could also further not no'.split(' '),
);

/** Least number of content words written in lower case (not part of a name) the shared phrases must hold to be language. */
export const PLAIN_CONTENT_WORDS = 2;
/** Fewest words in a row two texts must share for the run to count as a shared phrase. */
export const SHARED_PHRASE_WORDS = 4;

/** The words of a text as written: letters and digits, an apostrophe's tail kept with its word, hyphens splitting. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu) ?? [];
}

/** A content word written in lower case: not a function word, not capitalised (a name's word), not a number. */
function isPlain(word: string): boolean {
  return /^\p{Ll}/u.test(word) && !FUNCTION_WORDS.has(word);
}

/**
 * True when the phrases `text` and `source` share word for word (case folded, SHARED_PHRASE_WORDS words or more) hold
 * at least PLAIN_CONTENT_WORDS content words `text` writes in lower case: language carried, not only names or titles
 * (whose content words are capitalised). The words are counted on the text as written, so a run the scorer measures on
 * its folded words ("securing National cyberspace" against "securing cyberspace") still counts by its pieces.
 */
export function sharesLanguage(text: string, source: string): boolean {
  let plain = 0;
  return forEachSharedPhrase(text, source, SHARED_PHRASE_WORDS, (plainWords) => (plain += plainWords) >= PLAIN_CONTENT_WORDS);
}

/**
 * Visit each maximal phrase of `least` words or more that `text` and `source` share word for word (case folded), with
 * the content words in lower case it holds in `text` (`isPlain`), until `visit` returns true; true when it did.
 */
function forEachSharedPhrase(text: string, source: string, least: number, visit: (plainWords: number) => boolean): boolean {
  const x = words(text);
  const lower = x.map((word) => word.toLowerCase());
  const y = words(source).map((word) => word.toLowerCase());
  let previous = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const current = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (lower[i - 1] !== y[j - 1]) continue;
      current[j] = previous[j - 1] + 1;
      // A run ending here (the next words differ or a text ends) is counted whole, once.
      const ends = i === x.length || j === y.length || lower[i] !== y[j];
      if (ends && current[j] >= least && visit(x.slice(i - current[j], i).filter(isPlain).length)) return true;
    }
    previous = current;
  }
  return false;
}

/** A word of a text as written: its folded form and whether it belongs to a name (a title in quotes, a capitalised run). */
interface MarkedWord {
  folded: string;
  name: boolean;
}

/** Quoted spans: a title cited in quotes ("the item entitled “Developments in the field of …”"). Single quotes are left alone: `’` is also an apostrophe. */
const QUOTED = /[“"«]([^”"»]*)[”"»]/gu;

/** A word that opens or carries a name: written with a capital (or in capitals), not a function word. */
function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase());
}

/**
 * The words of a text, each marked when it belongs to a name: inside quotes (a cited title, in whatever case), or in a
 * run of two or more capitalised words that function words may join ("Group of Governmental Experts on Developments in
 * the Field of Information and Telecommunications in the Context of International Security", "Secretary-General").
 */
function markedWords(text: string): MarkedWord[] {
  const quoted: Array<[number, number]> = [...text.matchAll(QUOTED)].map((match) => [match.index!, match.index! + match[0].length]);
  const found = [...text.matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu)];
  const marked = found.map((match) => ({ folded: match[0].toLowerCase(), name: quoted.some(([start, end]) => match.index! >= start && match.index! < end) }));
  let at = 0;
  while (at < found.length) {
    if (!isCapitalised(found[at][0])) {
      at++;
      continue;
    }
    // Extend over capitalised words and the function words between them; the run ends at its last capitalised word.
    let last = at;
    let capitals = 1;
    for (let next = at + 1; next < found.length; next++) {
      const word = found[next][0];
      if (isCapitalised(word)) {
        last = next;
        capitals++;
      } else if (!FUNCTION_WORDS.has(word.toLowerCase())) break;
    }
    if (capitals >= 2) for (let k = at; k <= last; k++) marked[k].name = true;
    at = last + 1;
  }
  return marked;
}

/** Shortest run of words two texts share for its name words to be taken out as a shared name. */
const SHARED_NAME_RUN = 2;

/**
 * The two texts without the names they share: every run of SHARED_NAME_RUN words or more that both write (case folded)
 * loses, in both texts, the words that are a name in both (`markedWords`). Null when they share no name. Trial
 * 19-b D1: A/RES/73/187 PP 12 "Taking note of the reports of the Group of Governmental Experts on Developments in the
 * Field of Information and Telecommunications in the Context of International Security" was 58 % similar to 75/32 OP 7
 * (the agenda item "Developments in the field of …", in quotes), 70 % to OP 1 (a) and 68 % to OP 4 (the Open-ended
 * Working Group "on Developments in the Field of …") through that title alone: what is left once the name is out is
 * what says whether one paragraph carries the other's language.
 */
export function withoutSharedNames(text: string, source: string): { text: string; source: string } | null {
  const x = markedWords(text);
  const y = markedWords(source);
  const dropX = new Array<boolean>(x.length).fill(false);
  const dropY = new Array<boolean>(y.length).fill(false);
  let any = false;
  let previous = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const current = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1].folded !== y[j - 1].folded) continue;
      current[j] = previous[j - 1] + 1;
      const ends = i === x.length || j === y.length || x[i].folded !== y[j].folded;
      if (!ends || current[j] < SHARED_NAME_RUN) continue;
      // A name both texts write as one (a word of either a name in the other is the same words used otherwise: 78/16
      // PP 8's "use of information and communications technologies" is not the "Field of Information and
      // Telecommunications" of 73/266), and a run of function words ("in the") is no name.
      const run = Array.from({ length: current[j] }, (_, k) => k + 1);
      if (!run.some((k) => x[i - k].name && y[j - k].name && !FUNCTION_WORDS.has(x[i - k].folded))) continue;
      for (const k of run) {
        if (!x[i - k].name || !y[j - k].name) continue;
        dropX[i - k] = dropY[j - k] = any = true;
      }
    }
    previous = current;
  }
  if (!any) return null;
  const kept = (words: MarkedWord[], drop: boolean[]): string => words.filter((_, k) => !drop[k]).map((word) => word.folded).join(' ');
  return { text: kept(x, dropX), source: kept(y, dropY) };
}

/** An agenda decision: "Decides to include in the provisional agenda of its … session the item entitled …". */
const AGENDA_DECISION = /\binclude\b[^.;]{0,40}\bprovisional agenda\b/iu;

/** The item an agenda decision names: its quoted title(s), else what follows "entitled", folded to letters and digits. */
function agendaItem(text: string): string {
  const quoted = [...text.matchAll(QUOTED)].map((match) => match[1]);
  const item = quoted.length > 0 ? quoted.join(' ') : (text.split(/\bentitled\b/iu)[1] ?? '');
  return item.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * True when both texts are agenda decisions for different items: one is never the source of the other, however much of
 * the formula they share (trial 19-b D1: 75/282 OP 14, the cybercrime item, "traced" at 51–54 % to the agenda
 * paragraphs of "Developments in the field of information and telecommunications …" in 73/266, 74/28 and 75/32).
 */
export function differentAgendaItems(text: string, source: string): boolean {
  if (!AGENDA_DECISION.test(text) || !AGENDA_DECISION.test(source)) return false;
  const [a, b] = [agendaItem(text), agendaItem(source)];
  return a !== '' && b !== '' && a !== b;
}

/** Content words in one shared phrase that make it language a source carries, names aside (`languageBeyondNames`). */
export const SOURCE_PHRASE_CONTENT_WORDS = 3;

/**
 * The most content words written in lower case that one phrase of `least` words or more (SHARED_PHRASE_WORDS unless
 * told), shared word for word (case folded) by `text` and `source`, holds; -1 when they share no phrase that long. On texts whose shared names are out (`withoutSharedNames`), a
 * phrase of SOURCE_PHRASE_CONTENT_WORDS such words is wording carried, not a title: 78/16 PP 8 "Calling upon Member
 * States to be guided in their use of information and communications technologies by …" ← 73/266 OP 1 + OP 1 (a);
 * 75/282 OP 13 "… including by covering their travel costs and accommodation expenses" ← 74/247 OP 5.
 */
export function longestLanguagePhrase(text: string, source: string, least: number = SHARED_PHRASE_WORDS): number {
  let most = -1;
  forEachSharedPhrase(text, source, least, (plainWords) => ((most = Math.max(most, plainWords)), false));
  return most;
}

/** Month names: with days and years, the dates every citation carries (`distinctiveWords`). */
const MONTHS = new Set('january february march april may june july august september october november december'.split(' '));

/**
 * The distinctive words of a text, case folded: content words and symbols ("43/78", "A/RES/73/266" kept whole), not
 * function words, month names or bare numbers of up to four digits (days, years, list numbers): the furniture of dates
 * and citations that every resolution of a genre carries.
 */
export function distinctiveWords(text: string): Set<string> {
  const found = new Set<string>();
  for (const word of text.match(/[\p{L}\p{N}]+(?:[/.][\p{L}\p{N}]+)*(?:['’]\p{L}+)?/gu) ?? []) {
    const folded = word.toLowerCase();
    if (FUNCTION_WORDS.has(folded) || MONTHS.has(folded) || /^\d{1,4}$/.test(folded)) continue;
    found.add(folded);
  }
  return found;
}

/** Least number of distinctive words a source shares with a target paragraph (or half the paragraph's, when fewer): `sharesDistinctiveContent`. */
export const SOURCE_DISTINCTIVE_WORDS = 4;

/**
 * True when `source` shares with `text` distinctive content, not only the formula of the genre: at least
 * SOURCE_DISTINCTIVE_WORDS of its distinctive words (`distinctiveWords`), or half of them when it has fewer than twice
 * that. Trial 21-b D2: A/RES/78/16 PP 1 "Recalling its resolutions 43/78 H of 7 December 1988, 53/70 …" was "taken
 * from" the Cuba-embargo resolution 78/7 PP 6 ("Recalling its resolutions 47/19 of 24 November 1992, …", 56 %): not
 * one resolution number in common, only "recalling", "resolutions" and the dates; Nigeria 2014 ¶ 3.3.2 "Therefore, the
 * Strategy is needed to achieve the following specific objectives:" from Colombia ¶ 111 "ColCERT will have the
 * following specific objectives:" (52 %), three words of a lead-in of seven. A resolution citing the same resolutions
 * shares their symbols, each distinctive ("Reaffirming its resolution 77/37 …": 3 words, all shared).
 */
export function sharesDistinctiveContent(text: string, source: string): boolean {
  const mine = distinctiveWords(text);
  const theirs = distinctiveWords(source);
  let shared = 0;
  for (const word of mine) if (theirs.has(word)) shared++;
  return shared >= Math.min(SOURCE_DISTINCTIVE_WORDS, mine.size / 2);
}
