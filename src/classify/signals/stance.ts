import type { StanceSignal } from '../../types.js';
import type { SignalDetector } from './detector.js';

/**
 * How gravely a text voices a stance it keeps: "expresses concern" → "expresses serious concern", "Noting with concern"
 * → "Noting with deep concern", "Concerned" → "Deeply concerned", "Condemns" → "Strongly condemns", and back. The stance
 * is the same (the commitment scale does not rank it, and `commitmentShift` sees no verb changed), but its degree is a
 * change of tone a negotiator fights over (redline #23, session 15: a drafter's reading). Two degrees only, plain and
 * heightened: "deep", "grave" and "serious" are not ordered among themselves ("deep concern" → "grave concern" is no
 * signal), a reader would dispute any order.
 *
 * A stance is read where it is voiced, anywhere in the paragraph: the noun after a voicing word ("with", "expresses its",
 * "reiterating its": `concern`, `alarm`, `regret`), or the participle, adjective or verb ("concerned", "alarmed",
 * "regrets", "condemns", "deplores"), each with the degree word before it (`NOUN_DEGREE`, `VERB_DEGREE`). The mentions of
 * the two texts are paired in order, stance by stance, and only when they speak of the same thing: most of the first
 * content words after them (`SUBJECT_WORDS`, figures and years aside) alike. "expresses concern at the situation in X"
 * → "expresses deep concern at the attacks on Y" is a concern about another subject, no stance strengthened.
 */

/** Words that heighten a stance's noun ("deep concern", "its gravest concern", "growing alarm"). */
const NOUN_DEGREE = String.raw`(?:deep|deepest|grave|gravest|serious|great|greatest|profound|utmost|strong|strongest|extreme|increasing|growing)`;
/** Words that heighten a stance's participle or verb ("deeply concerned", "strongly condemns"). */
const VERB_DEGREE = String.raw`(?:deeply|gravely|seriously|greatly|profoundly|extremely|strongly|unequivocally|firmly)`;
/**
 * A stance's noun where a word voices it ("with concern", "Expresses its deep concern", "reiterating once again its grave
 * alarm", "remains of concern" is not one): "issues of concern to all" and "the concerns raised by" are not the text's
 * own stance. Groups: the degree (if any), the noun.
 */
const VOICED_NOUN = new RegExp(
  String.raw`\b(?:(?:(?:not(?:es|ing|ed)|observ(?:es|ing|ed)|learn(?:s|ing|ed)|view(?:s|ing|ed))\s+)?with|express(?:es|ing|ed)?|reiterat(?:es|ing|ed)|reaffirm(?:s|ing|ed)?|renew(?:s|ing|ed)?|voic(?:es|ing|ed)|shar(?:es|ing|ed))\s+(?:(?:its|their|our|the|a|once|again|also|further|continued|renewed)\s+)*(${NOUN_DEGREE}(?:\s+and\s+${NOUN_DEGREE})?\s+)?(concern|alarm|regret|outrage|dismay)\b`,
  'giu',
);
/**
 * A stance's participle or verb opening the paragraph or a clause ("Concerned that", "…, and deeply concerned at",
 * "Remains gravely alarmed", "Strongly condemns"): "the States concerned" is no stance. Groups: the degree, the word.
 */
const STANCE_WORD = new RegExp(
  String.raw`(?:^|[,;:]\s*|\b(?:and|also|further|again|remains?|is|are|being)\s+)(?:(?:also|further|again|once)\s+)?(${VERB_DEGREE}\s+)?(concerned|alarmed|dismayed|disturbed|troubled|outraged|regret(?:s|ting|ted)?|condemn(?:s|ing|ed)?|deplor(?:e|es|ing|ed))\b`,
  'giu',
);
/** A stance's word by the stance it voices: "concerned" and "concern" are one stance, "regrets" and "regret" another. */
function stanceOf(word: string): string {
  const lower = word.toLowerCase();
  if (/^concern/.test(lower) || lower === 'troubled') return 'concern';
  if (/^(?:alarm|disturbed)/.test(lower)) return 'alarm';
  if (/^regret/.test(lower)) return 'regret';
  if (/^condemn/.test(lower)) return 'condemn';
  if (/^deplor/.test(lower)) return 'deplore';
  if (/^outrage/.test(lower)) return 'outrage';
  return 'dismay';
}
/** Content words after a mention compared to call two mentions one subject. */
const SUBJECT_WORDS = 4;
/** Content words after an opening stance and a plain record compared when their first words differ (`openingStanceRecorded`). */
const LONGER_SUBJECT_WORDS = 12;
/** Words too plain to tell one subject from another. */
const PLAIN = new Set(['that', 'the', 'a', 'an', 'at', 'about', 'over', 'by', 'of', 'in', 'on', 'for', 'with', 'to', 'and', 'also', 'all', 'its', 'their', 'this', 'these', 'those', 'which', 'while', 'such', 'there', 'were', 'was', 'is', 'are', 'has', 'have', 'been', 'be', 'continue', 'continued', 'continues', 'further']);

/** One stance voiced in a paragraph: the stance, its degree, the words as written and the first words of what it is about. */
interface StanceMention {
  stance: string;
  heightened: boolean;
  said: string;
  at: number;
  subject: string[];
}

/** The stances a text voices, in the order they stand (`StanceMention`). */
export function findStanceMentions(text: string): StanceMention[] {
  const mentions: StanceMention[] = [];
  for (const pattern of [VOICED_NOUN, STANCE_WORD]) {
    for (const match of text.matchAll(pattern)) {
      const word = match[2];
      const end = match.index + match[0].length;
      // The words as a reader quotes them: from the voicing word (a noun) or the degree or stance word (a participle).
      const said = pattern === VOICED_NOUN ? match[0] : match[0].slice(match[0].search(new RegExp(String.raw`${match[1] ? VERB_DEGREE : word}`, 'iu')));
      const subject = text.slice(end, end + 200).toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter((one) => one !== '' && !PLAIN.has(one) && !/\d/.test(one)).slice(0, SUBJECT_WORDS);
      mentions.push({ stance: stanceOf(word), heightened: match[1] !== undefined, said: said.replace(/\s+/g, ' ').trim(), at: match.index, subject });
    }
  }
  return mentions.sort((a, b) => a.at - b.at);
}

/** True when two mentions speak of one subject: half their first content words alike (or neither says one). */
function sameSubject(a: StanceMention, b: StanceMention): boolean {
  if (a.subject.length === 0 || b.subject.length === 0) return a.subject.length === b.subject.length;
  const theirs = new Set(b.subject);
  return a.subject.filter((word) => theirs.has(word)).length * 2 >= Math.min(a.subject.length, b.subject.length);
}

/** True when every first content word of an opening stance's subject is still in the other text: its subject kept, something put before it. */
function subjectKept(mention: StanceMention, other: string): boolean {
  const words = new Set(other.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u));
  return mention.subject.length > 0 && mention.subject.every((word) => words.has(word));
}

/**
 * The stance signals between two versions of a paragraph: each stance kept on one subject whose degree moved
 * (`strengthened` when the newer text heightens it, `weakened` when it drops the degree). Mentions are paired in order:
 * an older mention with the first newer mention not yet paired of the same stance and subject.
 */
export function stanceChanges(before: string, after: string): StanceSignal[] {
  const older = findStanceMentions(before);
  const newer = findStanceMentions(after);
  const signals: StanceSignal[] = [];
  let from = 0;
  for (const mention of older) {
    // The stance that opens both paragraphs, its subject kept behind a new one: "Alarmed that children continue …" →
    // "Deeply alarmed by the surge in grave violations against children …, that children continue …" (Rohingya 78/219
    // PP 40 → 79/182 PP 42, trial 17b D8) put a new subject before the kept one.
    const at = newer.findIndex((candidate, index) => index >= from && candidate.stance === mention.stance && (sameSubject(mention, candidate) || (mention.at === 0 && candidate.at === 0 && subjectKept(mention, after))));
    if (at < 0) continue;
    from = at + 1;
    const paired = newer[at];
    if (paired.heightened === mention.heightened) continue;
    const direction = paired.heightened ? 'strengthened' : 'weakened';
    signals.push({ type: 'stance', stance: mention.stance, from: mention.said, to: paired.said, direction, summary: `stance ${direction}: ${mention.said} → ${paired.said}`, tally: `stance ${direction}` });
  }
  return signals;
}

/** A recording opening ("Noting that", "Notes", "Taking note of", "Recalling"): a fact said with no stance. Group: the words. */
const RECORDING_OPENING = /^((?:Also\s+|Further\s+)?(?:Noting|Notes|Noted|Taking\s+note|Takes\s+note|Recalling|Recalls|Observing|Observes))\b/u;

/** Words that say a fact rose or worsened (`up`) or fell or eased (`down`): "increased", "surge", "deteriorated" / "decreased", "decline", "improved". */
const TREND_UP = /\b(?:increas(?:e|es|ed|ing)|ris(?:e|es|ing|en)|rose|grow(?:s|ing|n)?|grew|surg(?:e|es|ed|ing)|escalat(?:e|es|ed|ing|ion)|worsen(?:s|ed|ing)?|deteriorat(?:e|es|ed|ing|ion)|spik(?:e|es|ed))\b/iu;
const TREND_DOWN = /\b(?:decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|f[ae]ll(?:s|en|ing)?|dropp(?:ed|ing)|drops?|reduc(?:ed|tion|ing)|improv(?:e|es|ed|ing|ement)|eas(?:ed|ing))\b/iu;

/** The direction of the first trend word of a text (its first 200 characters: the fact the opening is about), else null. */
function trendOf(text: string): 'up' | 'down' | null {
  const head = text.slice(0, 200);
  const [up, down] = [TREND_UP.exec(head), TREND_DOWN.exec(head)];
  if (up === null && down === null) return null;
  if (down === null) return 'up';
  if (up === null) return 'down';
  return up.index < down.index ? 'up' : 'down';
}

/**
 * How much weight a text gives a thing, by the adjective before "importance" or "need": "Stresses the vital importance of
 * the full and effective implementation …" → "Stresses the importance of …" (an oral revision to the Arms Trade Treaty's
 * OP 9, trial 21-a D7), "the urgent need" → "the need", "attaches great importance" → "attaches importance". The same two
 * degrees as a stance's (plain and heightened, `stanceChanges`): "vital importance" → "crucial importance" is wording.
 * Only the noun after a determiner or a verb that gives it ("the", "of", "attaches"): "States need to act" is a verb.
 */
const EMPHASES: ReadonlyArray<{ noun: string; degree: string }> = [
  { noun: 'importance', degree: '(?:vital|crucial|critical|utmost|paramount|great|greater|greatest|particular|fundamental|special|key|primary|major|high|higher|highest|overriding|central|considerable|significant|prime)' },
  { noun: 'need', degree: '(?:urgent|pressing|critical|vital|crucial|imperative|compelling|acute|dire|great|greater|utmost)' },
];
const EMPHASIS_PATTERNS = EMPHASES.map(
  ({ noun, degree }) => new RegExp(String.raw`\b(?:the|a|an|its|their|this|of|attach(?:es|ing|ed)?|plac(?:es|ing|ed)|giv(?:es|ing|en))\s+(${degree}(?:,?\s+(?:and\s+)?${degree})*\s+)?(${noun})\b`, 'giu'),
);

/** The emphases a text gives ("the vital importance of the full …"), in the order they stand, as `StanceMention`s of the noun. */
function findEmphasisMentions(text: string): StanceMention[] {
  const mentions: StanceMention[] = [];
  for (const pattern of EMPHASIS_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      const subject = text.slice(end, end + 200).toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter((one) => one !== '' && !PLAIN.has(one) && !/\d/.test(one)).slice(0, SUBJECT_WORDS);
      mentions.push({ stance: match[2].toLowerCase(), heightened: match[1] !== undefined, said: match[0].replace(/\s+/g, ' ').trim(), at: match.index, subject });
    }
  }
  return mentions.sort((a, b) => a.at - b.at);
}

/**
 * The emphasis signals between two versions of a paragraph: "importance" or "need" said of one subject on both sides, its
 * degree word put in or taken out (`EMPHASES`), paired in order as stances are. A degree word that moved into what the
 * other side says next is no emphasis changed: "the urgent need to act" → "the need for urgent action" keeps the urgency.
 */
export function emphasisChanges(before: string, after: string): StanceSignal[] {
  const [older, newer] = [findEmphasisMentions(before), findEmphasisMentions(after)];
  const signals: StanceSignal[] = [];
  let from = 0;
  for (const mention of older) {
    const at = newer.findIndex((candidate, index) => index >= from && candidate.stance === mention.stance && sameSubject(mention, candidate));
    if (at < 0) continue;
    from = at + 1;
    const paired = newer[at];
    if (paired.heightened === mention.heightened) continue;
    const [heightened, plain, plainText] = paired.heightened ? [paired, mention, before] : [mention, paired, after];
    const degree = heightened.said.split(/\s+/u).slice(1, -1).find((word) => !/^(?:and|,)$/iu.test(word))?.replace(/[^\p{L}]/gu, '').toLowerCase() ?? '';
    const stem = degree.slice(0, Math.max(5, degree.length - 2));
    if (stem !== '' && plainText.slice(plain.at, plain.at + plain.said.length + 80).toLowerCase().includes(stem)) continue;
    const direction = paired.heightened ? 'strengthened' : 'weakened';
    signals.push({ type: 'stance', stance: mention.stance, from: mention.said, to: paired.said, direction, summary: `stance ${direction}: ${mention.said} → ${paired.said}`, tally: `stance ${direction}` });
  }
  return signals;
}

/**
 * A stance that opened the paragraph said as a plain record in the other text, of the same subject: "Alarmed that,
 * according to the United Nations, an estimated 16.7 million Syrians …" → "Noting that, according to the United Nations,
 * more than 1 million Syrian refugees … have returned" (Syria 79/185 PP 41 → 80/224 PP 25, trial 17b D8–D9): the alarm
 * dropped to a note is the stance weakened (raised from a note, strengthened). The commitment scale ranks neither
 * (`commitmentShift` says nothing here), and a stance the other text still voices anywhere is read by `stanceChanges`.
 */
export function openingStanceRecorded(before: string, after: string): StanceSignal | null {
  const read = (stanced: string, recorded: string): { mention: StanceMention; record: string } | null => {
    const opening = findStanceMentions(stanced).find((mention) => mention.at === 0);
    const record = RECORDING_OPENING.exec(recorded);
    if (opening === undefined || record === null) return null;
    // A record that voices a stance of its own ("Noting with concern that …") or still voices this one is read by
    // `stanceChanges` (or is another stance), not as a plain note.
    if (findStanceMentions(recorded).some((mention) => mention.stance === opening.stance || mention.at <= record[1].length + 12)) return null;
    const subject = text(recorded.slice(record[1].length));
    if (!sameSubject(opening, { ...opening, subject }) && !sameLongerSubject(stanced.slice(opening.said.length), recorded.slice(record[1].length))) return null;
    // The fact turned the other way: alarm at casualties that "increased" → noting that they "decreased" is good news
    // recorded, not the same news taken more lightly (review 18 S5a).
    const [stancedTrend, recordedTrend] = [trendOf(stanced), trendOf(recorded)];
    if (stancedTrend !== null && recordedTrend !== null && stancedTrend !== recordedTrend) return null;
    return { mention: opening, record: record[1].replace(/\s+/g, ' ') };
  };
  const text = (rest: string, count = SUBJECT_WORDS): string[] => rest.slice(0, 400).toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter((one) => one !== '' && !PLAIN.has(one) && !/\d/.test(one)).slice(0, count);
  // The subject said with another first noun: "Expressing profound regret over the unilateral purported suspension of the
  // Treaty between the United States of America and the Russian Federation …" → "Noting the expiration in February 2026
  // of the Treaty between the United States of America and the Russian Federation …" (Steps roadmap 79/41 PP 8 → 80/48
  // PP 8, sig21): the same treaty, its first four words apart. Two thirds of the first twelve content words alike.
  const sameLongerSubject = (stancedRest: string, recordedRest: string): boolean => {
    const [mine, theirs] = [text(stancedRest, LONGER_SUBJECT_WORDS), new Set(text(recordedRest, LONGER_SUBJECT_WORDS))];
    return mine.length === LONGER_SUBJECT_WORDS && theirs.size >= LONGER_SUBJECT_WORDS - 2 && mine.filter((word) => theirs.has(word)).length * 3 >= LONGER_SUBJECT_WORDS * 2;
  };
  const lowered = read(before, after);
  if (lowered !== null) return { type: 'stance', stance: lowered.mention.stance, from: lowered.mention.said, to: lowered.record, direction: 'weakened', summary: `stance weakened: ${lowered.mention.said} → ${lowered.record}`, tally: 'stance weakened' };
  const raised = read(after, before);
  if (raised !== null) return { type: 'stance', stance: raised.mention.stance, from: raised.record, to: raised.mention.said, direction: 'strengthened', summary: `stance strengthened: ${raised.record} → ${raised.mention.said}`, tally: 'stance strengthened' };
  return null;
}

/** The stance signal type: on paragraphs present on both sides (a stance is graver or milder only against what was said). */
export const stanceDetector: SignalDetector = {
  type: 'stance',
  detect: ({ before, after }) => {
    if (before.text === '' || after.text === '' || before.text === after.text) return [];
    const recorded = openingStanceRecorded(before.text, after.text);
    const changes = [...stanceChanges(before.text, after.text), ...emphasisChanges(before.text, after.text)];
    return recorded === null ? changes : [recorded, ...changes];
  },
};
