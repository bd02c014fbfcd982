import type { ClassifySide, Finding } from '../types.js';
import { type OlderParagraph, repeatedWordingReasons } from './editorial.js';
import { findNumbers } from './signals/numbers.js';
import { statisticsFromNewerDataReasons } from './statistics.js';
import { isTargetYear, routineReasons } from './routine.js';
import { wordDiff } from './word-diff.js';
import { bodyWorkRecordedReasons } from './body-work.js';

/**
 * The yearly life of a resolution (issue 23, "the yearly life of a resolution is routine"; the digest of issue 19):
 * what a recurring text rewrites every year because the world moved on, not because anything was negotiated. Each
 * rule gives its reason, shown to the reader:
 *  - "bureau rotation": which regional group holds which office of a body for which period, and the call on the
 *    groups to nominate their candidates, changes every year; a paragraph (kept, merged or whole) whose every changed
 *    word names a group, an office, a period, a session or the words that carry them (`ROTATION_WORDS`);
 *  - "observer list of the year": the year's organizations granted observer status replace last year's in the
 *    endorsement of that decision, and a new endorsement for the year stands beside it;
 *  - "working group's progress": a body's work noted again a year on ("the work" → "the progress in the work", "new
 *    five-year workplan" → "work under the five-year workplan"), or a note on one working group's progress dropped
 *    where the newer text notes that its parent body "and its working groups continued their work";
 *  - "statistics refreshed from newer data": figures of a paragraph that reports facts replaced by the latest report's,
 *    the sentence rewritten around them (`statistics.ts`);
 *  - "COVID-19 reference retired": a clause on the pandemic dropped (never generalized to a wider term, "pandemics and
 *    other health emergencies": a scope widened, trial 18-a), or a preambular paragraph (or an operative one that only records) dropped whose every clause
 *    names the pandemic, or a pandemic-era resolution no longer recalled (round 17A); never where the text dropped
 *    also carries lasting policy (health systems, universal health coverage, access to vaccines, future crises:
 *    `LASTING_POLICY`, session 16);
 *  - "list of international days grows": the days, years and decades proclaimed since added to the list a paragraph
 *    observes, nothing taken from it;
 *  - "yearly cycle": a paragraph whose only changes are its ordinals, sessions, years and dates one cycle on (the
 *    thirty-second commemoration of a Day → the thirty-third, "on 17 October 2024" → "2025", a budget section's year
 *    moved in its heading, a flagship report's edition with its subtitle), with beside them at most typography and the
 *    year's report, scheduled by the older text, now taken note of (`cycleReasons`); a year moves one on, or from each
 *    text's present or coming year to the other's when their dates are known (`yearMovesWithCycle`, session 16), never
 *    a deadline's;
 *  - "an age counted on": how long something has lasted, counted on ("for more than half a century" → "for 60
 *    years", `ageUpdatedReasons`);
 *  - "reference brought up to date": a body's document on a subject replaced by the same body's later document on the
 *    same subject (`laterDocumentReasons`);
 *  - "another body's work recorded as it moves on": a note of another body's ongoing work that gains only the record
 *    of what the body has since adopted or taken up (`body-work.ts`, session 20).
 * Nothing here passes a request, a decision, a stance or a clause of another kind: a changed word outside the words a
 * rule knows leaves the finding as it was.
 */
export function markYearlyParagraphs(findings: readonly Finding[], left: ClassifySide, right: ClassifySide): Finding[] {
  const olderTexts = left.document.paragraphs.map((paragraph) => paragraph.text);
  const newerTexts = right.document.paragraphs.map((paragraph) => paragraph.text);
  const years = textYears(left.document.meta.date, right.document.meta.date);
  return findings.map((finding) => {
    if (finding.routine || finding.editorial) return finding;
    const before = finding.left.map((index) => olderTexts[index]).join(' ');
    const after = finding.right.map((index) => newerTexts[index]).join(' ');
    let reasons: string[] | null = null;
    if (finding.kind === 'modified') {
      const term = documentTermReasons(before, after, olderTexts, newerTexts) ?? adverbBesideEditorialReasons(before, after, right.document.meta.title ?? '', left.document.paragraphs);
      if (term !== null) {
        // A term spelt as the document spells it is the whole finding's reading: no clause of it is "the one change".
        const { change: _oneChange, ...kept } = finding;
        return term.routine ? { ...kept, routine: true, reasons: term.reasons } : { ...kept, editorial: true, reasons: term.reasons };
      }
    }
    if (finding.kind === 'new') reasons = wholeParagraphReasons(after, olderTexts);
    else if (finding.kind === 'dropped') reasons = wholeParagraphReasons(before, newerTexts) ?? droppedProgressReasons(before, newerTexts) ?? droppedPandemicReasons(before, olderTexts, newerTexts, finding.left.length === 1) ?? (finding.left.length === 1 ? droppedPandemicResolutionReasons(before, olderTexts) : null);
    else if (finding.kind === 'modified' || finding.kind === 'merged' || finding.kind === 'split') reasons = yearlyChangeReasons(before, after, years);
    if (reasons === null) return finding;
    // The whole finding is the year's update: no clause of it is "the one change".
    const { change: _change, ...rest } = finding;
    return { ...rest, routine: true, reasons };
  });
}

/** Why a kept (or merged) paragraph's edits are the year's update, or null. `years`: the years the two texts were adopted in, when known (`TextYears`). */
export function yearlyChangeReasons(before: string, after: string, years?: TextYears): string[] | null {
  return rotationReasons(before, after) ?? observerListReasons(before, after) ?? progressReasons(before, after) ?? bodyWorkRecordedReasons(before, after) ?? (causesDropped(before, after) ? null : statisticsFromNewerDataReasons(before, after)) ?? pandemicRetiredReasons(before, after, years) ?? observancesListReasons(before, after) ?? cycleReasons(before, after, years) ?? laterDocumentReasons(before, after) ?? ageUpdatedReasons(before, after);
}

/** The years two texts were adopted (or issued) in, from their dates: the present each text speaks from. */
export interface TextYears {
  older: number;
  newer: number;
}

/** The two texts' years, when both dates are known and the newer is not the earlier; else undefined. */
export function textYears(olderDate: string | null, newerDate: string | null): TextYears | undefined {
  const year = (date: string | null): number | null => (date !== null && /^(?:19|20)\d\d/.test(date) ? Number(date.slice(0, 4)) : null);
  const [older, newer] = [year(olderDate), year(newerDate)];
  return older !== null && newer !== null && newer >= older ? { older, newer } : undefined;
}

/**
 * A year moved on with the texts' own cycle (session 16, redline #23 D3): one on, as an annual text moves it; or, when
 * the texts' years are known, from the older text's present or coming year to the newer text's present or coming year
 * ("during its [-2024-]{+2026+} session", "an ad hoc committee on nuclear disarmament in [-2024-]{+2026+}", Nuclear
 * disarmament 79/50 (2024) → 80/24 (2025): the call speaks to the year ahead of each text; a biennial text moves its
 * years two). The same condition as a body's session moved on (`routine.ts`, a year or two on); a year of a deadline
 * ("by", "no later than") is read apart by the callers, and never moves with the cycle.
 */
export function yearMovesWithCycle(from: number, to: number, years?: TextYears): boolean {
  if (to === from + 1) return true;
  if (years === undefined || to <= from) return false;
  const present = (year: number, of: number): boolean => year === of || year === of + 1;
  return present(from, years.older) && present(to, years.newer);
}

/** Words a deadline's or a target's year follows ("by 2030", "until 2025", "no later than 2026"): moved, negotiated. */
const DEADLINE_BEFORE = /\b(?:by|until|till|before|to|than|end of|deadline|due in|(?:no|not) later than)\s*$/i;

/** Words that name what a state of affairs comes from: "affected by, inter alia, conflict", "driven by", "due to". */
const CAUSED_BY = /\b(?:affected by|caused by|driven by|exacerbated by|due to|owing to|as a result of|resulting from)\b/gi;

/**
 * True when the older text names causes ("48 countries affected by, inter alia, conflict and exacerbated by
 * climate-related events, … locust infestation, and extreme food price volatility") that the newer one no longer
 * names: which causes a resolution names is a stance, negotiated even where the figures beside them were refreshed.
 */
export function causesDropped(before: string, after: string): boolean {
  const folded = after.toLowerCase();
  return [...before.matchAll(CAUSED_BY)].some((cause) => !folded.includes(cause[0].toLowerCase()));
}

/** A new (or dropped) paragraph of a kind the other text also holds, changed only as the year changes it. */
export function wholeParagraphReasons(text: string, otherTexts: readonly string[]): string[] | null {
  if (isNomination(text) && words(text).every(isRotationWord) && otherTexts.some(isNomination)) return [ROTATION_REASON];
  const grant = observerGrant(text);
  if (grant !== null && otherTexts.some((other) => observerGrant(other)?.body === grant.body)) return [OBSERVER_REASON];
  return null;
}

// --- bureau rotation -------------------------------------------------------------------------------------------

const ROTATION_REASON = 'bureau rotation: the regional groups, offices and periods of the year';

/** A call on (or a record of) groups nominating their candidates for a body's offices. */
const NOMINATION = /\bnominat(?:e|ed|es|ing)\s+(?:their|its)\s+candidates?\s+for\s+the\s+offices?\s+of\b/i;

function isNomination(text: string): boolean {
  return NOMINATION.test(text);
}

/**
 * Words of a rotation: the regional groups of the United Nations, the offices of a body's bureau, the sessions and
 * periods, and the grammar that carries them ("have nominated their candidates for the offices of … respectively").
 * A verb of the opening (notes, recalls, urges) moves as the nomination is made; nothing else a drafter negotiates.
 */
const ROTATION_WORDS = new Set(
  (
    'african asia-pacific eastern european latin american caribbean western other states group groups regional ' +
    'chair vice-chair vice-chair/rapporteur rapporteur first second third committee subcommittee subcommittees ' +
    'scientific technical legal office offices bureau bureaux officers period periods respectively respective ' +
    'nominate nominated nominates candidate candidates their its have has notes noting recalls recalling urges urging ' +
    'also further that the and of for to before next this session sessions be held in at'
  ).split(' '),
);

function isRotationWord(word: string): boolean {
  return /\d/.test(word) || ROTATION_WORDS.has(word.toLowerCase());
}

function rotationReasons(before: string, after: string): string[] | null {
  if (!isNomination(before) || !isNomination(after)) return null;
  const changed = changedWords(before, after);
  if (changed === null || changed.length === 0 || !changed.every(isRotationWord)) return null;
  return [ROTATION_REASON];
}

// --- observer lists --------------------------------------------------------------------------------------------

const OBSERVER_REASON = 'observer list of the year: the organizations granted observer status this year';

/**
 * The endorsement of a body's decision to grant observer status: its frame (opening, body, status) and the list of
 * those admitted, up to "in accordance with …" or the paragraph's end.
 */
const OBSERVER_GRANT =
  /^(?:(?:Also|Further)\s)?(Endorses|Endorsing|Welcomes|Welcoming|Notes|Noting)(?:\s(?:also|further))?\s+the\s+decision\s+of\s+the\s+(.{1,80}?)\s+to\s+grant\s+(the\s+status\s+of\s+(?:permanent\s+)?observer|(?:permanent\s+)?observer\s+status)(?:\s+with\s+the\s+[\p{L}\s]{1,40}?)?\s+to\s+(.+?)(,?\s+in\s+accordance\s+with\s+[^;.]+)?[;.,]?\s*\d{0,3}\s*$/isu;

/** Small words an organization's name may hold in lower case; any other lower-case word is a clause, not a name. */
const NAME_WORDS = new Set('and the of for on in de des du la le et at a an to with'.split(' '));

interface ObserverGrant {
  /** The opening verb, folded. */
  verb: string;
  /** The body whose decision is endorsed, folded. */
  body: string;
  /** The rest of the frame ("in accordance with the procedures of the Committee"), folded. */
  procedure: string;
}

function observerGrant(text: string): ObserverGrant | null {
  const match = OBSERVER_GRANT.exec(text.trim());
  if (!match) return null;
  const list = match[4];
  // A list of names: every lower-case word a small word of a name ("requests the Committee to review" is no name).
  if (words(list).some((word) => /^\p{Ll}/u.test(word) && !NAME_WORDS.has(word))) return null;
  return { verb: match[1].toLowerCase().slice(0, 5), body: fold(match[2]), procedure: fold(match[5] ?? '') };
}

function observerListReasons(before: string, after: string): string[] | null {
  const older = observerGrant(before);
  const newer = observerGrant(after);
  if (older === null || newer === null) return null;
  if (older.verb !== newer.verb || older.body !== newer.body || older.procedure !== newer.procedure) return null;
  return [OBSERVER_REASON];
}

// --- a body's work moving on ------------------------------------------------------------------------------------

const PROGRESS_REASON = "working group's progress: the same body's work noted a year on";

/** An opening that notes work (with satisfaction at most), or a clause that welcomes it. */
const NOTES_WORK = /\b(?:notes|noting|takes note|taking note|welcomes|welcoming)\b[^;]{0,200}?\b(?:work|workplan)\b/i;

/**
 * Words a note on a body's work changes as the work moves on: its progress, its workplan, the sessions at which it
 * met, the working groups now noted with it. Ordinals of sessions are read apart (`SESSION_ORDINAL`).
 */
const PROGRESS_WORDS = new Set(
  (
    'progress in the work under new its their and working groups group continued continues also further notes ' +
    'with satisfaction of a at session workplan five-year multi-year committee subcommittee'
  ).split(' '),
);

/** An ordinal of a session ("sixty-third", "sixty-fourth"). */
const SESSION_ORDINAL =
  /^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)$/i;

function isProgressWord(word: string): boolean {
  return /\d/.test(word) || PROGRESS_WORDS.has(word.toLowerCase()) || SESSION_ORDINAL.test(word);
}

/** Why a note on a body's work changed only as the work moved on (`PROGRESS_REASON`), or null. */
export function progressReasons(before: string, after: string): string[] | null {
  if (!NOTES_WORK.test(before) || !NOTES_WORK.test(after)) return null;
  const changed = changedWords(before, after);
  if (changed === null || changed.length === 0 || !changed.every(isProgressWord)) return null;
  // The progress or the work itself must be what moved: sessions alone are read by the succession rules.
  // ("their [-work-] programmes {+of work+}" moves a word, and is no progress of a body's work.)
  if (!changed.some((word) => /^(?:progress|workplan|five-year|multi-year|new|continued|groups)$/i.test(word))) return null;
  return [PROGRESS_REASON];
}

/** A note on one working group's progress, and the body it reports to ("… of the Legal Subcommittee"). */
const WORKING_GROUP_PROGRESS =
  /^(?:(?:Also|Further)\s)?(?:[Nn]otes|[Nn]oting)(?:\s(?:also|further))?\s+with\s+(?:satisfaction|appreciation)\s+the\s+progress\s+in\s+(?:the\s+)?work\b[^;]*?\bof\s+the\s+Working\s+Group\s+on\s+[^;]+?\s+of\s+the\s+((?:\p{Lu}[\p{L}-]*\s+)*?(?:and\s+)?(?:\p{Lu}[\p{L}-]*\s+)*?(?:Subcommittee|Committee))\s*[;.]?\s*\d{0,3}\s*$/u;

export function droppedProgressReasons(text: string, newerTexts: readonly string[]): string[] | null {
  const match = WORKING_GROUP_PROGRESS.exec(text.trim());
  if (!match) return null;
  const parent = match[1].trim();
  const folded = new RegExp(`\\b${parent.replace(/\s+/g, '\\s+')}\\s+and\\s+its\\s+working\\s+groups\\s+continued\\s+their\\s+work\\b`, 'i');
  if (!newerTexts.some((newer) => folded.test(newer))) return null;
  return [`${PROGRESS_REASON} (now noted with the ${parent} and its working groups)`];
}

// --- a pandemic's references retired ----------------------------------------------------------------------------

/** How every reason of a pandemic reference retired opens (the digest names such routine findings on a line of their own). */
export const PANDEMIC_REASON = 'COVID-19 reference retired';

/** The pandemic by name. */
const NAMES_PANDEMIC = /\b(?:COVID-19|coronavirus|post-COVID)\b/i;
/**
 * Words of the pandemic: what a clause on the pandemic speaks of. Its name, or the pandemic by that word; a clause on
 * "recovery strategies", vaccines or health systems that names neither speaks of the recovery and health policy in
 * general, not of the pandemic (redline #23, session 16: "recovery", "vaccines", "health systems" and "health
 * coverage" were counted the pandemic's own words, and the standard paragraph on universal health coverage and
 * vaccine access was read retired in eight resolutions).
 */
const PANDEMIC_WORDS = /\b(?:COVID-19|coronavirus|pandemics?)\b/i;
/**
 * Lasting policy a paragraph on the pandemic may also carry: health systems, universal health coverage, equitable
 * access to vaccines (and medicines, therapeutics, diagnostics), resilience to or preparedness for future shocks,
 * crises and pandemics. Commitments that outlive the pandemic: a paragraph holding one, dropped, is negotiated (the
 * README's "about the pandemic and nothing else"; redline #23, session 16: "Noting with great concern the severe
 * negative impact … caused by the coronavirus disease (COVID-19) pandemic, …, reaffirming the ambition … to build
 * resilience to future shocks, crises and pandemics, including by strengthening health systems and achieving universal
 * health coverage, and recognizing that equitable and timely access for all to … COVID-19 vaccines … are an essential
 * part of a global response …", Energy 79/211 PP 19, not in 80/142, and seven more 80th-session resolutions).
 */
const LASTING_POLICY = new RegExp(
  [
    '\\bhealth systems?\\b',
    '\\bhealth coverage\\b',
    '\\b(?:future|next)\\s+(?:[\\p{L}-]+,?\\s+){0,4}?(?:shocks|crises|pandemics|health emergencies)\\b',
    '\\bpreparedness\\b',
    '\\b(?:access\\w*|equit\\w*|affordab\\w*)\\b[^;]{0,160}?\\b(?:vaccin\\w*|medicines|therapeutics|diagnostics)\\b',
    '\\b(?:vaccin\\w*|medicines|therapeutics|diagnostics)\\b[^;]{0,60}?\\b(?:equity|access)\\b',
  ].join('|'),
  'iu',
);
/**
 * The words that may stand where the pandemic's name went: grammar, and its consequences ("the consequences of"). Never
 * a wider term: "impacts of [-the COVID-19 pandemic-]{+pandemics and other health emergencies+}" (Agriculture 79/227 OP
 * 66 → 80/157 OP 58, trial 18-a) extends the urging to any pandemic and any health emergency, a scope drafters agreed,
 * not the pandemic aged out (docs/findings.md: only text "about the pandemic and nothing else").
 */
const AGED_IN_ITS_PLACE = new Set('the of and its their consequences aftermath'.split(' '));
/** Words that ask, decide or take a stance: a clause holding one is more than a reference to the pandemic. */
const ASKS_OR_STANDS = /\b(?:urg\w*|calls?|requests?|decides?|demands?|condemn\w*|commit\w*|must|shall)\b/i;

/**
 * A kept paragraph whose only edits retire the pandemic: a clause naming it dropped ("solidarity[- in the global
 * response to support the recovery from the COVID-19 pandemic-]"), or only its consequences left in its place
 * (`AGED_IN_ITS_PLACE`); beside them, punctuation or a word's form ("technological" → "technology"). A clause that asks
 * or takes a stance stays negotiated, and so does the pandemic generalized to a wider term ("pandemics and other health
 * emergencies", trial 18-a): a scope widened.
 */
function pandemicRetiredReasons(before: string, after: string, years?: TextYears): string[] | null {
  if (!NAMES_PANDEMIC.test(before)) return null;
  const result = wordDiff(before, after, DIFF_BUDGET);
  if (result.gaveUp) return null;
  let retired = false;
  const succession: string[] = [];
  const parts = result.parts;
  // The older text with the pandemic retired (and the year moved on, a word's form changed) as the newer text has it, and
  // its other edits as they were: what the routine rules read beside the retirement.
  let aged = '';
  let other = false;
  let broad = false;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (part.op === 'equal') {
      aged += part.text;
      continue;
    }
    const start = k;
    const deleted = part.op === 'delete' ? part.text : '';
    const inserted = part.op === 'insert' ? part.text : parts[k + 1]?.op === 'insert' ? parts[++k].text : '';
    const [older, newer] = [words(deleted), words(inserted)];
    if (older.length === 0 && newer.length === 0) {
      aged += inserted;
      continue;
    }
    // A clause that also carries lasting policy (`LASTING_POLICY`: health systems, vaccine access, future crises) is more than
    // the pandemic's, and so is one whose subject is another policy the pandemic only qualifies (`pandemicQualifiesOtherSubject`).
    if (NAMES_PANDEMIC.test(deleted) && !ASKS_OR_STANDS.test(deleted) && !LASTING_POLICY.test(deleted) && !pandemicQualifiesOtherSubject(deleted) && newer.every((word) => AGED_IN_ITS_PLACE.has(word.toLowerCase()))) {
      retired = true;
      if (!speaksOfPandemicOnly(deleted)) broad = true;
      aged += inserted;
      continue;
    }
    // The year the paragraph speaks to, moved on by one ("to award a minimum of one scholarship in [-2024-]{+2025+}"):
    // the yearly cycle beside the pandemic's retirement (round 15D). Never a target's year ("by 2030", "until 2025").
    // Nor a deadline ("no later than [-2025-]{+2026+}", "by the end of", "not later than": the session 10 review).
    const olderBefore = parts.slice(0, start).filter((other) => other.op !== 'insert').map((other) => other.text).join('');
    const preceding = olderBefore.slice(-24);
    const targetYear = isTargetYear(before, olderBefore.length, olderBefore.length + deleted.length);
    if (older.length === 1 && newer.length === 1 && /^(?:19|20)\d\d$/.test(older[0]) && /^(?:19|20)\d\d$/.test(newer[0]) && yearMovesWithCycle(Number(older[0]), Number(newer[0]), years) && !DEADLINE_BEFORE.test(preceding) && !targetYear) {
      succession.push(`yearly succession: ${older[0]} → ${newer[0]}`);
      aged += inserted;
      continue;
    }
    // One word for another of the same stem ("technological" → "technology"): its form, not its sense.
    if (older.length === 1 && newer.length === 1 && older[0].slice(0, 6).toLowerCase() === newer[0].slice(0, 6).toLowerCase()) {
      aged += inserted;
      continue;
    }
    other = true;
    aged += deleted;
  }
  if (!retired) return null;
  const reason = `${PANDEMIC_REASON}: the pandemic's clause dropped`;
  if (!other) return [...succession, reason];
  // Other edits beside the retirement must be the yearly succession the routine rules read ("report to the General
  // Assembly at its [-seventy-ninth-]{+eightieth+} session … with a particular focus on reform of the international
  // financial system[- in the post-COVID era-]", International financial system 78/136 → 79/196 OP 49 → OP 56, read "not":
  // the pandemic retired beside the yearly report; redline #23, session 16). A request changed beside it stays.
  // So must the clause retired speak of the pandemic alone: "taking into account the context of the response to and the
  // recovery from the COVID-19 pandemic and the reform of the international financial architecture" dropped from a
  // report's scope (Right to development 78/203 → 79/170 OP 52 → OP 53, read negotiated) takes a subject with it.
  if (broad) return null;
  const rest = routineReasons(aged, after);
  return rest.length > 0 ? [...succession, ...rest, reason] : null;
}

/**
 * The words a clause may hold that speaks of the pandemic and nothing else: its names, its response and recovery, its
 * impacts, and the words that place a text in its time ("taking into account", "in the context of", "the post-COVID era").
 */
const PANDEMIC_ONLY_WORDS = new Set(
  'covid-19 coronavirus post-covid pandemic pandemics disease response responses responding recovery recovering impacts impact effects consequences taking into account context era global ongoing current during from with including of the and to in its a an on'.split(' '),
);

/**
 * The pandemic as a qualifier of what a clause speaks of: "… during the COVID-19 pandemic", "… affected by the
 * pandemic", "… in the context of COVID-19", "… owing to the COVID-19 pandemic".
 */
const PANDEMIC_QUALIFIER = /\b(?:during|in the context of|within the context of|owing to|due to|caused by|exacerbated by|aggravated by|affected by|hit by|in (?:the )?light of|amid|since|following|after|in response to|as a result of)\s+(?:the\s+)?(?:global\s+|ongoing\s+)?(?:coronavirus|COVID-19|post-COVID|pandemic)/i;
/**
 * Words a clause on the pandemic's own response and impact may hold before the pandemic is named ("limitations that may be
 * imposed owing to the pandemic", "measures taken during the pandemic"): the pandemic's response and its effects, and the
 * grammar that joins them.
 */
const PANDEMIC_RESPONSE_WORDS = new Set(
  'limitations restrictions measures imposed taken constraints disruptions disruption lockdowns situations situation emergencies emergency especially particular including such those these which that have been were that may might could would there'.split(' '),
);
/** Words of another subject before the pandemic's qualifier that make the clause another policy's (two: "debt relief", "gender-based violence"). */
const OTHER_SUBJECT_WORDS = 2;

/**
 * True when a dropped clause speaks of another policy that the pandemic only qualifies: "[-, including debt relief for
 * countries affected by the COVID-19 pandemic-]", "[-, and to eliminate gender-based violence, which increased during
 * the COVID-19 pandemic-]" (session 17 review). Its subject goes with the pandemic: dropped, negotiated. The words
 * before the qualifier (`PANDEMIC_QUALIFIER`), of four letters or more, that are neither the pandemic's
 * (`PANDEMIC_ONLY_WORDS`) nor its response's (`PANDEMIC_RESPONSE_WORDS`), at least `OTHER_SUBJECT_WORDS` of them.
 */
function pandemicQualifiesOtherSubject(clause: string): boolean {
  const qualifier = PANDEMIC_QUALIFIER.exec(clause);
  if (!qualifier) return false;
  const subject = words(clause.slice(0, qualifier.index)).map((word) => word.toLowerCase()).filter((word) => word.length >= 4 && !PANDEMIC_ONLY_WORDS.has(word) && !PANDEMIC_RESPONSE_WORDS.has(word));
  return subject.length >= OTHER_SUBJECT_WORDS;
}

/** True when every word of a dropped clause is one of `PANDEMIC_ONLY_WORDS`. */
function speaksOfPandemicOnly(clause: string): boolean {
  return words(clause).every((word) => PANDEMIC_ONLY_WORDS.has(word.toLowerCase()));
}

/** Where a preambular paragraph's clauses begin: a participle after a comma ("…, reaffirming the ambition"). */
const CLAUSE_BREAK = /,\s+(?:and\s+)?(?=(?:(?:deeply|gravely|also|further)\s+)?(?:recognizing|noting|concerned|reaffirming|stressing|underlining|emphasizing|acknowledging|bearing in mind|expressing|welcoming|recalling|regretting|deploring|that)\b)/i;
/** The pandemic is the paragraph's subject when named within its first words (not a lesson drawn at the end of a clause on something else). */
const SUBJECT_WORDS = 20;
/** Words that regret or deplore: a position on what the pandemic did to someone, negotiated when dropped. */
const DEPLORES = /\b(?:regret\w*|deplor\w*)\b/i;
/** A preambular opening that recognizes, notes (with concern at most) or recalls (the resolutions adopted on the pandemic). */
const PREAMBULAR_RECORD = /^(?:(?:Also|Further|Deeply|Gravely)\s+)?(?:Recognizing|Noting|Concerned|Acknowledging|Bearing in mind|Expressing|Recalling)\b/;

/**
 * An operative paragraph that only records (it recognizes, notes or acknowledges): on the pandemic, retired as the
 * preambular ones (round 17A).
 */
const OPERATIVE_RECORD = /^(?:(?:Also|Further)\s+)?(?:Recognizes|Notes|Acknowledges)\b/i;
/** Where an operative paragraph's clauses begin: "…, and in this context takes note of", "…, and also recognizes". */
const OPERATIVE_CLAUSE_BREAK = /,\s+(?:and\s+)?(?=(?:also\s+)?(?:in this (?:context|regard)\s+)?(?:(?:also|further)\s+)?(?:recognizes|notes|takes note|acknowledges)\b)/i;
/** An operative paragraph's subject is in its first words: the pandemic named there, not in a clause on borrowing costs or a crisis. */
const OPERATIVE_SUBJECT_WORDS = 12;
/** A clause set in the paragraph's own context, the pandemic's ("and in this context takes note of the convening of …"): a record only. */
const IN_THIS_CONTEXT_NOTE = /^(?:and\s+)?(?:also\s+)?in this (?:context|regard)\s+(?:(?:also|further)\s+)?(?:takes note|notes)\b/i;
/**
 * What outlives the pandemic: pandemics and health emergencies to come, preparedness, the pandemic instrument, the World
 * Health Organization's regulations. A paragraph speaking of them is a commitment that still applies: dropped, negotiated.
 */
const BEYOND_PANDEMIC = /\b(?:future|pandemics|health emergencies|preparedness|prevention, preparedness|pandemic (?:agreement|fund|instrument|accord)|International Health Regulations|World Health Organization)\b/i;
/** Words a paragraph's point is made of (five letters or more), the pandemic's own names and its recovery aside. */
function pointWords(text: string): Set<string> {
  return new Set(words(text).map((word) => word.toLowerCase()).filter((word) => word.length >= 5 && !/^(?:covid-19|coronavirus|pandemics?|disease|recovery|impacts?)$/.test(word)));
}
/** Share of the dropped paragraph's point words that a newer paragraph on the pandemic, not in the older text, repeats. */
const SAME_POINT_SHARE = 0.5;

/**
 * True when the newer text takes a new stance on the dropped paragraph's point: a paragraph on the pandemic that the
 * older text does not hold as it stands and that repeats at least half of the dropped paragraph's words ("Noting with
 * great concern also that the COVID-19 pandemic, and the social and economic crisis …" dropped, "Noting with concern
 * that the coronavirus disease (COVID-19) pandemic, alongside ongoing trade and geopolitical tensions …" new,
 * International financial system 79/196 → 80/122): the paragraph rewritten, not retired.
 */
function newStanceOnSamePoint(text: string, olderTexts: readonly string[], newerTexts: readonly string[]): boolean {
  const own = pointWords(text);
  if (own.size === 0) return false;
  const older = new Set(olderTexts.map(fold));
  return newerTexts.some((newer) => {
    if (!/\b(?:COVID-19|coronavirus|pandemics?)\b/i.test(newer) || older.has(fold(newer))) return false;
    const theirs = pointWords(newer);
    let shared = 0;
    for (const word of own) if (theirs.has(word)) shared++;
    return shared >= SAME_POINT_SHARE * own.size;
  });
}

/**
 * A dropped paragraph on the pandemic (named within its first `SUBJECT_WORDS` words) whose every clause speaks of the
 * pandemic, its response or its recovery: the reference retired. Preambular (it recognizes, notes, recalls) or, since
 * round 17A, operative when it only records ("Recognizes that, despite its devastating impacts, the COVID-19 pandemic
 * offers an opportunity to put forward policies for an inclusive, sustainable and resilient recovery, …, and in this
 * context takes note of the convening of …", Third Decade for the Eradication of Poverty 79/221 OP 8, not in 80/153:
 * the pandemic era retiring, read as ageing by desk officers in session 11, redline #23), the pandemic named within its
 * first `OPERATIVE_SUBJECT_WORDS` words. One clause on anything else ("deeply concerned about the assessment that almost
 * 600 million people are projected to be chronically undernourished in 2030", "that women, young people and informal
 * workers face a higher share of job losses"), a regret ("regretting that … persons belonging to racial and ethnic
 * minorities … have been victims of racist violence"), a call, or in an operative paragraph what outlives the pandemic
 * (future pandemics, health emergencies, preparedness: `BEYOND_PANDEMIC`) keeps the drop negotiated; so does a newer paragraph on the pandemic
 * making the same point anew (`newStanceOnSamePoint`). `single` is false for several paragraphs dropped together: the
 * operative reading is then not tried.
 */
export function droppedPandemicReasons(text: string, olderTexts: readonly string[] = [], newerTexts: readonly string[] = [], single = true): string[] | null {
  const operative = single && OPERATIVE_RECORD.test(text);
  if (!(PREAMBULAR_RECORD.test(text) || operative) || ASKS_OR_STANDS.test(text) || DEPLORES.test(text)) return null;
  // What outlives the pandemic keeps an operative paragraph negotiated. (Round 11 read a preambular participle
  // reaffirming an ambition "to build resilience to future shocks, crises and pandemics" retired with the pandemic,
  // Agriculture 79/227 PP 46; session 16 reads it as the lasting policy it is: `LASTING_POLICY` below.)
  if (operative && BEYOND_PANDEMIC.test(text)) return null;
  // Lasting policy (health systems, universal health coverage, vaccine access, future crises) in any clause keeps the
  // drop negotiated, preambular or operative: the paragraph is about more than the pandemic (session 16).
  if (LASTING_POLICY.test(text)) return null;
  if (!NAMES_PANDEMIC.test(words(text).slice(0, operative ? OPERATIVE_SUBJECT_WORDS : SUBJECT_WORDS).join(' '))) return null;
  // Each clause, a participle's or a "that" of a list of facts, on the pandemic, its response or its recovery; in an
  // operative paragraph, a note taken "in this context" (the pandemic's) too.
  const clauses = text.split(operative ? OPERATIVE_CLAUSE_BREAK : CLAUSE_BREAK);
  if (!clauses.every((clause) => PANDEMIC_WORDS.test(clause) || (operative && IN_THIS_CONTEXT_NOTE.test(clause)))) return null;
  if (newStanceOnSamePoint(text, olderTexts, newerTexts)) return null;
  return [`${PANDEMIC_REASON}: a paragraph on the pandemic and its recovery dropped`];
}

/** A paragraph that recalls or reaffirms a resolution of the Assembly: "Further reaffirms its resolution 74/274 of 20 April 2020, in which …". */
const RECALLS_RESOLUTION = /^(?:(?:Also|Further)\s+)?(?:Recalling|Reaffirming|Recalls|Reaffirms)(?:\s+(?:also|further))?\s+(?:its\s+)?resolutions?\s+\d{1,2}\/\d{1,3}\b/i;
/** A resolution's symbol ("74/274"). */
const RESOLUTION_SYMBOL = /\b\d{1,2}\/\d{1,3}\b/g;
/** How far after a symbol its title or its "in which" clause may name the pandemic: to the end of the clause. */
const TIE_CHARS = 500;

/** True when the older text itself ties the resolution to the pandemic: its title or what it did names it, before another symbol or the clause's end. */
function tiedToPandemic(symbol: string, olderTexts: readonly string[]): boolean {
  return olderTexts.some((paragraph) => {
    for (let at = paragraph.indexOf(symbol); at >= 0; at = paragraph.indexOf(symbol, at + 1)) {
      const after = paragraph.slice(at + symbol.length, at + symbol.length + TIE_CHARS);
      const stretch = after.split(/;|\b\d{1,2}\/\d{1,3}\b/)[0];
      if (NAMES_PANDEMIC.test(stretch)) return true;
    }
    return false;
  });
}

/**
 * A dropped paragraph that recalls or reaffirms resolutions all of which the older text itself ties to the pandemic
 * ("Further reaffirms its resolution 74/274 of 20 April 2020, in which it recognized the importance of international
 * cooperation … to avoid relapses of the COVID-19 pandemic", The right to development 79/170 OP 23, not in 80/207): the
 * pandemic-era resolution no longer recalled as the era retires (round 17A, redline #23). A call, a regret or what
 * outlives the pandemic in the paragraph (`BEYOND_PANDEMIC`), or a resolution the older text does not tie to the
 * pandemic, keeps the drop negotiated.
 */
export function droppedPandemicResolutionReasons(text: string, olderTexts: readonly string[]): string[] | null {
  if (!RECALLS_RESOLUTION.test(text) || ASKS_OR_STANDS.test(text) || DEPLORES.test(text) || BEYOND_PANDEMIC.test(text) || LASTING_POLICY.test(text)) return null;
  const symbols = [...new Set(text.match(RESOLUTION_SYMBOL) ?? [])];
  if (symbols.length === 0 || !symbols.every((symbol) => tiedToPandemic(symbol, [text, ...olderTexts]))) return null;
  return [`${PANDEMIC_REASON}: a pandemic-era resolution no longer recalled (${symbols.join(', ')})`];
}

// --- a list of international days growing -----------------------------------------------------------------------

/** An observance the General Assembly proclaims: "World Bee Day", "the International Day of Potato", "the International Year of Cooperatives". */
const OBSERVANCE = /^(?:(?:International|World|United Nations)\b.*\b(?:Day|Year|Decade|Week)\b.*|.*\b(?:Day|Year|Decade|Week)\b)$/;
/** The year or period of an observance in the list ("2025", "(2019–2028)"). */
const OBSERVANCE_YEAR = /^\(?(?:19|20)\d\d(?:[–-](?:19|20)\d\d)?\)?$/;
/** Most observances the reason names; past them, "…". */
const OBSERVANCES_SHOWN = 3;

/** The items of a paragraph's lists, "the" set aside: what is listed, whatever the order. */
function listItems(text: string): string[] {
  return text
    // "and" parts items only before a new name ("… and the United Nations Decade"), never inside one ("Rangelands and Pastoralists").
    .split(/,\s+|\s+and\s+(?=the\s|International\s|World\s|United Nations\s)/)
    .map((item) => item.replace(/^(?:(?:the|and)\s+)+/i, '').replace(/[,;.]$/, '').trim())
    .filter((item) => item !== '');
}

/**
 * A list of international days and years that grows as they are proclaimed ("the International {+Day of Potato,
 * International Tea Day, …, World Rural Development Day, the International +}Year of Camelids"), its items moved about
 * as the drafters sort them: routine like a growing list of recalled resolutions. Every item of the older list is still
 * there, and every item added is an observance or its year; anything else added or taken away is negotiated.
 */
function observancesListReasons(before: string, after: string): string[] | null {
  const older = listItems(before);
  const newer = listItems(after);
  if (older.filter((item) => OBSERVANCE.test(item)).length < 3) return null;
  const remaining = new Map<string, number>();
  for (const item of newer) remaining.set(item, (remaining.get(item) ?? 0) + 1);
  for (const item of older) {
    const count = remaining.get(item) ?? 0;
    if (count === 0) return null;
    remaining.set(item, count - 1);
  }
  const added = [...remaining].flatMap(([item, count]) => Array.from({ length: count }, () => item));
  if (added.length === 0 || !added.every((item) => OBSERVANCE.test(item) || OBSERVANCE_YEAR.test(item))) return null;
  const named = added.filter((item) => OBSERVANCE.test(item));
  if (named.length === 0) return null;
  const shown = named.length > OBSERVANCES_SHOWN ? `${named.slice(0, OBSERVANCES_SHOWN).join(', ')} …` : named.join(', ');
  return [`list of international days grows: ${shown}`];
}

// --- the yearly cycle -------------------------------------------------------------------------------------------

const CYCLE_REASON = 'yearly cycle: ordinals, sessions, years and dates one cycle on';

/** What stands for a time mark once masked: letters, so that `letters` keeps it. */
const MARK = 'timemark';

const ORDINAL_UNIT_VALUES: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 };
const ORDINAL_VALUES: Readonly<Record<string, number>> = {
  ...ORDINAL_UNIT_VALUES, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
};
const TENS_VALUES: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** An ordinal in words ("thirty-second", "fourteenth") or in figures ("13th"). */
const ORDINAL_MARK = new RegExp(
  `\\b(?:(?:(${Object.keys(TENS_VALUES).join('|')})[-\u2010\u2011])?(${Object.keys(ORDINAL_VALUES).join('|')})|(\\d{1,3})(?:st|nd|rd|th))\\b`,
  'gi',
);

/** A mark of time in a paragraph: what kind, its value (a date as its year), and as written. */
interface TimeMark {
  /** `ordinal` (commemorations, sessions, editions by their ordinal), `year` or `date`. */
  kind: 'ordinal' | 'year' | 'date';
  /** The ordinal's number, the year, or a date's year. */
  value: number;
  /** The words as written. */
  text: string;
}

/**
 * A flagship report's edition, its year and the subtitle each edition gets ("The State of Food Security and Nutrition in
 * the World [-2024: Financing to End Hunger, Food Insecurity and Malnutrition in All Its Forms-]{+2025: Addressing High
 * Food Price Inflation for Food Security and Nutrition+}"): the subtitle, a title-cased phrase after the year's colon, is
 * the edition's, not the text's.
 */
const EDITION_SUBTITLE = /(?<=\p{Lu}[\p{L}’']*\s(?:19|20)\d\d):\s(?:[\p{Lu}\d][\p{L}\d’'-]*|and|of|in|for|to|the|a|an|on|its|all|at|by|with|from)(?:(?:,\s(?!The\s)(?=\p{Lu})|\s)(?:[\p{Lu}\d][\p{L}\d’'-]*|and|of|in|for|to|the|a|an|on|its|all|at|by|with|from))*(?=[,;.]|\s\p{Ll}|$)/gu;

/** The text with its sessions, years, dates and ordinals masked, and those marks in text order. */
function maskTimeMarks(text: string): { masked: string; marks: TimeMark[] } {
  const plain = text.replace(EDITION_SUBTITLE, '');
  const found: Array<TimeMark & { start: number; end: number }> = [];
  for (const mention of findNumbers(plain)) {
    if (mention.value === null) continue;
    if (mention.category === 'year') found.push({ kind: 'year', value: mention.value, text: mention.text, start: mention.start, end: mention.end });
    else if (mention.category === 'date') found.push({ kind: 'date', value: Math.floor(mention.value / 10000), text: mention.text, start: mention.start, end: mention.end });
    else if (mention.category === 'session') found.push({ kind: 'ordinal', value: mention.value, text: mention.text, start: mention.start, end: mention.end });
  }
  found.sort((a, b) => a.start - b.start);
  let masked = '';
  let at = 0;
  for (const mark of found) {
    if (mark.start < at) return { masked: '', marks: [] };
    masked += `${plain.slice(at, mark.start)} ${MARK} `;
    at = mark.end;
  }
  masked += plain.slice(at);
  // Ordinals the number signals leave alone ("the thirty-second commemoration", "the 13th Ministerial Conference").
  const marks: TimeMark[] = [];
  const withOrdinals = masked.replace(ORDINAL_MARK, (word: string, tens: string | undefined, unit: string | undefined, figure: string | undefined) => {
    const value = figure !== undefined ? Number(figure) : (tens ? TENS_VALUES[tens.toLowerCase()] : 0) + ORDINAL_VALUES[(unit ?? '').toLowerCase()];
    marks.push({ kind: 'ordinal', value, text: word });
    return ` ${MARK}o `;
  });
  // Marks in text order: the number signals' and the ordinals', read again from the masked text.
  const ordered: TimeMark[] = [];
  let fromNumbers = 0;
  let fromOrdinals = 0;
  for (const token of withOrdinals.match(new RegExp(`\\b${MARK}o?\\b`, 'g')) ?? []) {
    ordered.push(token === MARK ? found[fromNumbers++] : marks[fromOrdinals++]);
  }
  return { masked: withOrdinals.replace(new RegExp(`\\b${MARK}o\\b`, 'g'), MARK), marks: ordered.map(({ kind, value, text: written }) => ({ kind, value, text: written })) };
}

/** A year as a date writes it, taken out to compare the day and month. */
const DATE_YEAR = /\b(?:19|20)\d\d\b/g;

/**
 * A mark one cycle on from another: an ordinal one up, a year or a date's year moved with the texts' cycle
 * (`yearMovesWithCycle`: one up, or each text's present or coming year when their years are known). A date keeps its day and month: "17
 * October 2025" → "3 March 2026" is another day, not the same day a year on.
 */
function isCycleStep(older: TimeMark, newer: TimeMark, years?: TextYears): boolean {
  if (older.kind !== newer.kind) return false;
  if (older.kind === 'ordinal' ? newer.value !== older.value + 1 : !yearMovesWithCycle(older.value, newer.value, years)) return false;
  return older.kind !== 'date' || older.text.replace(DATE_YEAR, '') === newer.text.replace(DATE_YEAR, '');
}

/**
 * A clause that decides, convenes, holds or postpones something: a year in it is the decision's date ("Decides to
 * convene the fourth review conference in [-2026-]{+2027+}", a postponement), not the year come round. Read from the
 * clause's start (the text's, or after a semicolon or full stop) to the year.
 */
const DECIDING_CLAUSE = /\b(?:decides?|decided|deciding|convene[sd]?|convening|holds?|holding|to be held|postpone[sd]?|postponing)\b[^;.]*$/i;

/**
 * The nouns an ordinal counts in a cycle, right after it or after one word ("its eightieth session", "the
 * thirty-second commemoration", "the 13th Ministerial Conference", the WTO's biennial one, a course held "for the sixth
 * time"): an ordinal before any other noun ("the [-second-]{+third+} phase of the World Programme") is a new decision,
 * not the cycle.
 */
const CYCLE_NOUN = /^\s*(?:[\p{L}-]+\s+)?(?:commemoration|observance|anniversary|session|meeting|edition|report|ministerial conference|time)s?\b/iu;

/**
 * A mark's place allows the cycle: a year outside a deciding clause and not a deadline's ("by 2025", "no later than
 * 2026": a deadline moved later is negotiated, session 16), an ordinal before a cycle noun.
 */
function isCyclePlace(mark: TimeMark, preceding: string, following: string): boolean {
  if (mark.kind === 'year') return !DECIDING_CLAUSE.test(preceding) && !DEADLINE_BEFORE.test(preceding) && !isTargetYear(`${preceding}${MARK}${following}`, preceding.length, preceding.length + MARK.length);
  if (mark.kind === 'ordinal') return /\bsessions?\b/i.test(mark.text) || CYCLE_NOUN.test(following);
  return true;
}

/** A year, its comma, and a footnote mark glued to it before the next word ("in 2024,168 recognizes"). */
const GLUED_YEAR_MARK = /\b((?:19|20)\d\d),(\d{1,3})(?=\s+\p{Ll})/gu;

/** A year's phrase ("for 2024", "in 2025"), which a heading may move ("Financing {+for 2025 +}of … [-for 2024-]"). */
const YEAR_PHRASE = new RegExp(`\\b(?:for|in|of) ${MARK}\\b`, 'g');

/**
 * The year's report taken note of in the paragraph that scheduled it ("and {+takes note of the report of the
 * Secretary-General on the work of the Technology Bank … and +}also decides to include the topic “Report on the work of
 * the Technology Bank …” … at its [-eightieth-]{+eighty-first+} session"): the report's subject, already named by the
 * older text, followed by "and".
 */
const REPORT_NOTED = /\b(?:takes|taking) note (?:also )?of the report of the secretary general on ((?:the )?[a-z ]{10,200}?) and\b/;

/**
 * The yearly cycle: every changed word of a paragraph one of its ordinals, sessions, years or dates one cycle on, each
 * in its place (a year's phrase may move in a heading), a flagship report's subtitle with its edition; beside them only
 * typography (a hyphen character, punctuation) and the year's report taken note of where the older text scheduled it.
 * Every other word the same, in the same order, and at least one mark one on; a mark two on, back, or added stays
 * negotiated.
 */
export function cycleReasons(rawBefore: string, rawAfter: string, years?: TextYears): string[] | null {
  // A footnote mark the text layer glued to a year's comma ("World Oceans Day, in [-2024,168-]{+2025,172+} recognizes"):
  // the note's number, not a figure of the text.
  const marksOf = (text: string): string[] => [...text.matchAll(GLUED_YEAR_MARK)].map((match) => match[2]);
  const before = rawBefore.replace(GLUED_YEAR_MARK, '$1,');
  const after = rawAfter.replace(GLUED_YEAR_MARK, '$1,');
  const older = maskTimeMarks(before);
  const newer = maskTimeMarks(after);
  if (older.marks.length === 0 || older.marks.length !== newer.marks.length) return null;
  const steps: string[] = [];
  // The older text around each mark: segment k precedes mark k, segment k + 1 follows it.
  const olderSegments = older.masked.split(new RegExp(`\\b${MARK}\\b`));
  if (olderSegments.length !== older.marks.length + 1) return null;
  for (let k = 0; k < older.marks.length; k++) {
    const [from, to] = [older.marks[k], newer.marks[k]];
    if (from.kind === to.kind && from.value === to.value && from.text === to.text) continue;
    if (!isCycleStep(from, to, years)) return null;
    const preceding = olderSegments.slice(0, k + 1).join(MARK);
    if (!isCyclePlace(from, preceding, olderSegments[k + 1] ?? '')) return null;
    const step = `${from.text} → ${to.text}`;
    if (!steps.includes(step)) steps.push(step);
  }
  if (steps.length === 0) return null;
  const left = letters(older.masked);
  let right = letters(newer.masked);
  let noted = '';
  const report = REPORT_NOTED.exec(right);
  if (report && !REPORT_NOTED.test(left) && left.includes(report[1])) {
    right = right.replace(report[0], 'and').replace(/\band and\b/, 'and');
    noted = '; the year\'s report taken note of';
  }
  let beside = '';
  // A year's phrase moved ("Financing {+for 2025 +}of … [-for 2024-]"): the same phrases, taken out of both sides.
  const phrases = (text: string): string => (text.match(YEAR_PHRASE) ?? []).sort().join('|');
  const withoutPhrases = (text: string): string => text.replace(YEAR_PHRASE, ' ').replace(/\s+/g, ' ').trim();
  const yearPhraseMoved = phrases(left) !== '' && phrases(left) === phrases(right) && withoutPhrases(left) === withoutPhrases(right);
  if (left !== right && !yearPhraseMoved) {
    if (noted !== '') return null;
    // Beside the cycle, an editorial edit of wording ("keep their food markets open {+and +}to maintain …"): the masked
    // texts' word diff, every stretch editorial.
    const result = wordDiff(older.masked, newer.masked, DIFF_BUDGET);
    const editorial = result.gaveUp ? null : repeatedWordingReasons(result.parts, older.masked, newer.masked);
    if (editorial === null) return null;
    beside = `; beside it, editorial: ${editorial.join('; ')}`;
  }
  const shown = steps.length > 3 ? `${steps.slice(0, 3).join('; ')}; …` : steps.join('; ');
  const [olderMarks, newerMarks] = [marksOf(rawBefore).join(', '), marksOf(rawAfter).join(', ')];
  const renumbered = olderMarks === newerMarks ? '' : `; a footnote mark glued to a year by the text layer: ${olderMarks || '∅'} → ${newerMarks || '∅'}`;
  return [`${CYCLE_REASON}: ${shown}${noted}${beside}${renumbered}`];
}

/** The letters and digits of a text, lowercased, with single spaces between them: typography set aside. */
function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// --- an age counted on -----------------------------------------------------------------------------------------

const AGE_REASON = 'an age counted on';

/** Numbers in words an age is counted in. */
const COUNT_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/**
 * How long something has lasted, as a paragraph says it after "for" or "over the past": "more than half a century", "60
 * years", "over five decades", "some 40 years"; its years and whether it is a lower bound ("more than", "over").
 */
const AGE = /^(?:(more than|over|nearly|almost|some|about)\s+)?(?:(half a century|a century|a decade)|(\d{1,3}|[a-z]+)\s+(years|decades))$/i;

function ageOf(text: string): { years: number; approximate: boolean } | null {
  const match = AGE.exec(text.trim());
  if (!match) return null;
  const approximate = match[1] !== undefined;
  if (match[2] !== undefined) return { years: { 'half a century': 50, 'a century': 100, 'a decade': 10 }[match[2].toLowerCase()] ?? 0, approximate };
  const count = /^\d+$/.test(match[3]) ? Number(match[3]) : COUNT_WORDS[match[3].toLowerCase()];
  if (count === undefined) return null;
  return { years: count * (match[4].toLowerCase() === 'decades' ? 10 : 1), approximate };
}

/** Most years an age may move on between two texts of a series: a round figure reached ("more than half a century" → "60 years"). */
const AGE_MOST_YEARS = 15;

/**
 * Words that make a duration a term set rather than an age counted (session 17 review): a verb that decides, extends,
 * renews or prolongs, or a noun of a term ("Decides to extend the mandate … for five years" → "for ten years": the
 * term negotiated, not the years passing).
 */
const TERM_SET = /\b(?:decid\w*|decision|extend\w*|extension|renew\w*|prolong\w*|mandates?|terms?|moratori(?:um|a)|periods?|duration)\b/i;

/**
 * The age of what the paragraph speaks of counted on as the years pass (trial 16a D3; a drafter's verdict on seed 1501:
 * "for more than half a century" → "for 60 years", the Programme of Assistance founded in 1965 in its sixtieth year,
 * International law 79/120 → 80/163 PP 2 and PP 3): the one edit a duration after "for" or "over the past", the newer
 * count no shorter than the older (a lower bound at least reached: "more than 50" → "60") and at most `AGE_MOST_YEARS`
 * on. A shorter count, a horizon ahead ("over the next ten years"), a duration after anything else ("a mandate of five
 * years"), a term set in the duration's clause (`TERM_SET`: "Decides to extend the mandate … for five years" → "for ten
 * years"), or any other word changed, stays negotiated.
 */
export function ageUpdatedReasons(before: string, after: string): string[] | null {
  const result = wordDiff(before, after, DIFF_BUDGET);
  if (result.gaveUp) return null;
  const edits = result.parts.map((part, k) => ({ part, k })).filter(({ part }) => part.op !== 'equal');
  if (edits.length !== 2 || edits[0].part.op !== 'delete' || edits[1].part.op !== 'insert' || edits[1].k !== edits[0].k + 1) return null;
  const preceding = result.parts.slice(0, edits[0].k).map((part) => part.text).join('');
  if (!/\b(?:for|over the (?:past|last))\s*$/i.test(preceding)) return null;
  // The clause the duration stands in (from the last ";" or ":" before it to the next after it): no term set in it.
  const following = result.parts.slice(edits[1].k + 1).map((part) => part.text).join('');
  const clause = `${preceding.slice(Math.max(preceding.lastIndexOf(';'), preceding.lastIndexOf(':')) + 1)} ${following.split(/[;:]/)[0]}`;
  if (TERM_SET.test(clause)) return null;
  // The diff may keep the unit ("for [-59-]{+60+} years"): read it with the counts.
  const unit = /^\s+(?:years|decades)\b/i.exec(result.parts[edits[1].k + 1]?.text ?? '')?.[0] ?? '';
  const [olderText, newerText] = [`${edits[0].part.text.trim()}${unit}`, `${edits[1].part.text.trim()}${unit}`];
  const [older, newer] = [ageOf(olderText), ageOf(newerText)];
  if (older === null || newer === null) return null;
  // An exact count moves by the years passed; a lower bound is reached or passed.
  if (newer.years < older.years || newer.years - older.years > AGE_MOST_YEARS || (newer.years === older.years && !older.approximate)) return null;
  return [`${AGE_REASON}: ${olderText} → ${newerText}`];
}

// --- a body's later document ------------------------------------------------------------------------------------

/**
 * A body's dated document on a subject, as a paragraph notes it: "the statement by the Financial Stability Board on
 * international regulation and supervision of cryptoasset activities, including stablecoins, of 11 July 2022". Groups:
 * the document's noun, the body, the subject, an "including …" aside, the date.
 */
const BODY_DOCUMENT =
  /\bthe (statement|recommendations|report|guidance|guidelines|framework|declaration|note|update|principles|standards) (?:by|of) the ((?:\p{Lu}[\p{L}-]*\s)+)on ([^,;]{5,200}?)(, including [^,;]{1,60},)?,? of (\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d)/u;

/**
 * The documents a body's statement is followed up by on the same subject: its recommendations, an update, a report (the
 * Financial Stability Board's statement of 11 July 2022 → its recommendations of 17 July 2023). Another kind ("the
 * report" → "the standards") is another document, adopted for its own sake, not the reference brought up to date.
 */
const STATEMENT_FOLLOW_UPS: ReadonlySet<string> = new Set(['recommendations', 'update', 'report']);

/** The same kind of document, or a statement and its follow-up (`STATEMENT_FOLLOW_UPS`), either way round. */
function isSameKindOfDocument(older: string, newer: string): boolean {
  if (older === newer) return true;
  return (older === 'statement' && STATEMENT_FOLLOW_UPS.has(newer)) || (newer === 'statement' && STATEMENT_FOLLOW_UPS.has(older));
}

/**
 * A body's document replaced by the same body's later one on the same subject ("the [-statement-]{+recommendations+}
 * by the Financial Stability Board on … cryptoasset activities, [-including stablecoins, of 11 July 2022-]{+of 17 July
 * 2023+}"): the reference brought up to date, the paragraph otherwise the same. Another body, another subject, another
 * kind of document (`isSameKindOfDocument`), an earlier date or any other word changed stays negotiated; the older
 * document's "including …" aside may go with it.
 */
export function laterDocumentReasons(before: string, after: string): string[] | null {
  const older = BODY_DOCUMENT.exec(before);
  const newer = BODY_DOCUMENT.exec(after);
  if (!older || !newer || newer[4] !== undefined) return null;
  if (older[2] !== newer[2] || letters(older[3]) !== letters(newer[3])) return null;
  if (!isSameKindOfDocument(older[1], newer[1])) return null;
  if (!(Date.parse(newer[5]) > Date.parse(older[5]))) return null;
  const rest = (text: string, match: RegExpExecArray): string => letters(text.slice(0, match.index) + ' document ' + text.slice(match.index + match[0].length));
  if (rest(before, older) !== rest(after, newer)) return null;
  return [`reference brought up to date: the ${older[2].trim()}'s ${older[1]} of ${older[5]} → its ${newer[1]} of ${newer[5]}`];
}

// --- a term as the document spells it --------------------------------------------------------------------------

/** Times a term must stand in the older document to be its own established term. */
const ESTABLISHED_TERM_USES = 3;

/** A sequencing adverb on the opening ("Also notes", "Recognizing also the"): the order of paragraphs, not their content. */
const OPENING_ADVERB = /^((?:\p{L}+\s)?)(also|further)\s+/iu;

/** The text without its opening's sequencing adverb (the next word capitalized where the adverb opened it), and the adverb. */
function withoutOpeningAdverb(text: string): { text: string; adverb: string | null } {
  const match = OPENING_ADVERB.exec(text);
  if (!match) return { text, adverb: null };
  const rest = text.slice(match[0].length);
  const opened = match[1] === '' ? rest.charAt(0).toUpperCase() + rest.slice(1) : match[1] + rest;
  return { text: opened, adverb: match[2].toLowerCase() };
}

/**
 * Times a phrase stands in texts, whole words, case aside, whatever spacing or line breaks between its words; its last
 * word may hold one space the PDF text layer put inside it ("ionizing radiatio n sciences").
 */
export function usesOf(phrase: string, texts: readonly string[]): number {
  const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const phraseWords = phrase.split(' ');
  const last = phraseWords.pop() ?? '';
  const lastPattern = [...last].map(escape).join(' ?');
  const words = [...phraseWords.map(escape), lastPattern].join('\\s+');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${words}(?![\\p{L}\\p{N}-])`, 'giu');
  // The same words without the look-arounds, same flags: a text the pattern matches holds them, so a text without them
  // is passed over before the look-behind is tried at each of its characters (issue 21 session 16).
  const present = new RegExp(words, 'iu');
  return texts.reduce((sum, text) => sum + (present.test(text) ? (text.match(pattern)?.length ?? 0) : 0), 0);
}

/**
 * A modifier that, in both documents, stands only in one term ("ionizing" only ever in "ionizing radiation"): the term
 * is the documents' fixed name for the thing, used at least `ESTABLISHED_TERM_USES` times in the older one, and the
 * modifier says nothing the documents ever say of anything else. "sustainable" beside "development", "consumption" and
 * "energy" qualifies; it is never a fixed term's. The bare noun must also never stand alone in the older document's
 * other paragraphs (`standsAloneTest`): where it does ("in situations of conflict" beside "armed conflict"), the document
 * speaks of the wider thing too, and adding the modifier narrows what the paragraph covers. Unless the newer document
 * completes most of those too (Effects of atomic radiation 78/71 → 79/85: "radiation" alone in three paragraphs of the
 * older text, one of the newer): a sweep of the document's terminology, not one paragraph narrowed.
 */
function isFixedTerm(modifier: string, noun: string, olderTexts: readonly string[], newerTexts: readonly string[], before: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]{2,}$/u.test(modifier) || !/^\p{Ll}{3,}$/u.test(noun)) return false;
  const term = `${modifier} ${noun}`;
  const termUses = usesOf(term, olderTexts);
  if (termUses < ESTABLISHED_TERM_USES) return false;
  // The modifier only ever in the term, in both documents. Asked before the standing-alone test below, which reads every
  // paragraph of both documents again (its letter runs): the three tests are pure and all must pass, so their order
  // changes no answer, and this one fails for most modifiers ("and" beside "the"); the term's older count is read once
  // (issue 21 session 13).
  if (usesOf(modifier, olderTexts) !== termUses || usesOf(modifier, newerTexts) !== usesOf(term, newerTexts)) return false;
  // The bare noun alone in other paragraphs: the document speaks of the wider thing, unless the newer document sweeps the
  // term through (writes the noun alone in at most half as many paragraphs as the older one did elsewhere).
  const standsAlone = standsAloneTest(noun);
  const aloneElsewhere = olderTexts.filter((text) => !before.includes(text) && standsAlone(text)).length;
  return !(aloneElsewhere > 0 && newerTexts.filter(standsAlone).length * 2 > aloneElsewhere);
}

/**
 * Words that neither modify a noun nor are modified by it: before or after a noun, they leave it on its own ("the risks
 * of radiation and", "situations of conflict,"), where "ionizing radiation" or "radiation exposure" make it part of a term.
 */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'from', 'for', 'by', 'with', 'and', 'or', 'its', 'their', 'his', 'her', 'any', 'all', 'such', 'no', 'which', 'that', 'who', 'across', 'into', 'under', 'during', 'against', 'between', 'including', 'as', 'at', 'is', 'are', 'was', 'were', 'be', 'has', 'have']);

/**
 * A test of a noun (lower-case letters, `isFixedTerm` checks) standing alone in a text: every word beside it (or none, at
 * the text's edge or a punctuation mark) a function word. Its patterns are compiled once for all the texts of both
 * documents, and a text without the noun is passed over before the pattern with its look-arounds runs: compiled anew
 * for each of a document's paragraphs, this was 24 % of a 10,000-paragraph comparison (bench/SPEED.md, session 11).
 *
 * The answer is that of one pattern, `(?:(\p{L}+)\s+)?(?<![\p{L}\p{N}-])NOUN(?![\p{L}\p{N}-])(?:\s+(\p{L}+))?` under
 * the g, i and u flags, its matches read in turn (`standsAloneByPattern`, which the tests compare with this). That
 * pattern tried its optional first word at every character of the text (a tenth of the 3,000-paragraph report when the
 * noun was "the" or "and", issue 21 session 12); its matches are found here from the text's runs of letters instead, as
 * the pattern finds them: a search resumes only after a run of letters, so a match opens where a run opens; it opens on
 * the run before a standing noun when white space alone lies between them (the optional first word, tried first), else
 * on the noun's own run; it takes the next run as its last word when white space alone lies between; the next search
 * resumes after the last run taken, so a noun taken as the word beside another is not read again.
 */
export function standsAloneTest(noun: string): (text: string) => boolean {
  const present = new RegExp(noun, 'iu');
  const standing = new RegExp(`(?<![\\p{L}\\p{N}-])${noun}(?![\\p{L}\\p{N}-])`, 'iuy');
  const spaces = /\s+/uy;
  return (text) => {
    if (!present.test(text)) return false;
    const runs: Array<{ start: number; end: number; text: string }> = [];
    for (const run of text.matchAll(LETTER_RUNS)) runs.push({ start: run.index, end: run.index + run[0].length, text: run[0] });
    /** White space alone (at least one character) between run k and the next run. */
    const spaced = (k: number): boolean => {
      if (k + 1 >= runs.length || runs[k].end === runs[k + 1].start) return false;
      spaces.lastIndex = runs[k].end;
      return spaces.test(text) && spaces.lastIndex === runs[k + 1].start;
    };
    const stands = (k: number): boolean => {
      standing.lastIndex = runs[k].start;
      return standing.test(text) && standing.lastIndex === runs[k].end;
    };
    const alone = (word: string | undefined): boolean => word === undefined || FUNCTION_WORDS.has(word.toLowerCase());
    for (let k = 0; k < runs.length; k++) {
      let previous: string | undefined;
      let at: number;
      if (spaced(k) && stands(k + 1)) {
        previous = runs[k].text;
        at = k + 1;
      } else if (stands(k)) {
        at = k;
      } else continue;
      const next = spaced(at) ? runs[at + 1].text : undefined;
      if (alone(previous) && alone(next)) return true;
      k = next === undefined ? at : at + 1;
    }
    return false;
  };
}

/** Runs of letters, as the standing-alone pattern reads its words (the i and u flags: `standsAloneTest`). */
const LETTER_RUNS = /\p{L}+/giu;

/** The standing-alone test by its one pattern, as it was until issue 21 session 12: the reference `standsAloneTest` is tested against. */
export function standsAloneByPattern(noun: string): (text: string) => boolean {
  const present = new RegExp(noun, 'iu');
  const pattern = new RegExp(`(?:(\\p{L}+)\\s+)?(?<![\\p{L}\\p{N}-])${noun}(?![\\p{L}\\p{N}-])(?:\\s+(\\p{L}+))?`, 'giu');
  return (text) => {
    if (!present.test(text)) return false;
    for (const match of text.matchAll(pattern)) {
      const [previous, next] = [match[1]?.toLowerCase(), match[2]?.toLowerCase()];
      if ((previous === undefined || FUNCTION_WORDS.has(previous)) && (next === undefined || FUNCTION_WORDS.has(next))) return true;
    }
    return false;
  };
}

/**
 * A kept paragraph whose every edit spells a term as the document's other paragraphs already spell it: the modifier of
 * a fixed term added before its noun ("involving {+ionizing +}radiation exposure", `isFixedTerm`), or a noun put after
 * the noun it modified with "to" or "of" as the older document already writes the phrase ("of [-radiation -]exposure
 * {+to ionizing radiation+}", the older text holding "exposure to ionizing radiation" elsewhere); beside them at most a
 * sequencing adverb on the opening ("[-Also notes-]{+Notes+}"), the order of paragraphs. Editorial, or routine with the
 * editorial edit said beside the adverb. Any other word added or changed ("the {+planned +}global survey on
 * [-public-]{+medical+} exposure", "women {+and girls+}") leaves the finding as it was.
 */
export function documentTermReasons(before: string, after: string, olderTexts: readonly string[], newerTexts: readonly string[]): { routine: boolean; reasons: string[] } | null {
  const older = withoutOpeningAdverb(before);
  const newer = withoutOpeningAdverb(after);
  const result = wordDiff(older.text, newer.text, DIFF_BUDGET);
  if (result.gaveUp) return null;
  const parts = result.parts;
  const terms: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (part.op === 'equal') continue;
    const following = parts[k + 1]?.op === 'equal' ? parts[k + 1].text : '';
    // "involving {+ionizing +}radiation": one modifier added before its noun.
    if (part.op === 'insert' && words(part.text).length === 1) {
      const [modifier] = words(part.text);
      const noun = /^\s*(\p{L}+)/u.exec(following)?.[1] ?? '';
      if (!isFixedTerm(modifier, noun, olderTexts, newerTexts, before)) return null;
      const reason = `a term as the document spells it: ${noun} → ${modifier} ${noun}`;
      if (!terms.includes(reason)) terms.push(reason);
      continue;
    }
    // "of [-radiation -]exposure {+to ionizing radiation+}": the noun put after the noun it modified, with "to" or "of".
    const gap = parts[k + 1];
    const moved = parts[k + 2];
    if (part.op === 'delete' && gap?.op === 'equal' && moved?.op === 'insert' && (parts[k + 3] === undefined || parts[k + 3].op === 'equal')) {
      const [gone, kept, come] = [words(part.text), words(gap.text), words(moved.text)];
      const noun = gone[0] ?? '';
      const fits = gone.length === 1 && kept.length === 1 && /^\s*$/.test(gap.text.replace(/\p{L}+/u, '')) && (come.length === 2 || come.length === 3) && /^(?:to|of)$/.test(come[0]) && come[come.length - 1] === noun;
      if (!fits) return null;
      const phrase = `${kept[0]} ${come.join(' ')}`;
      if (usesOf(phrase, olderTexts) < 1 || (come.length === 3 && !isFixedTerm(come[1], noun, olderTexts, newerTexts, before))) return null;
      const reason = `a term as the document spells it: ${noun} ${kept[0]} → ${phrase}`;
      if (!terms.includes(reason)) terms.push(reason);
      k += 2;
      continue;
    }
    return null;
  }
  if (terms.length === 0) return null;
  if (older.adverb === newer.adverb) return { routine: false, reasons: terms };
  return { routine: true, reasons: [`sequencing adverb: ${older.adverb ?? '∅'} → ${newer.adverb ?? '∅'}; beside it, editorial: ${terms.join('; ')}`] };
}

/**
 * A sequencing adverb on the opening added, dropped or swapped ("Noting {+also +}the contributions …") beside edits that
 * are all editorial ("and noting [-also-]{+further+} the contributions"): routine, the editorial edits said beside it.
 */
export function adverbBesideEditorialReasons(before: string, after: string, title: string, olderDocument: readonly OlderParagraph[] = []): { routine: boolean; reasons: string[] } | null {
  const older = withoutOpeningAdverb(before);
  const newer = withoutOpeningAdverb(after);
  if (older.adverb === newer.adverb || older.text === newer.text) return null;
  const result = wordDiff(older.text, newer.text, DIFF_BUDGET);
  const editorial = result.gaveUp ? null : repeatedWordingReasons(result.parts, older.text, newer.text, title, olderDocument);
  if (editorial === null) return null;
  return { routine: true, reasons: [`sequencing adverb: ${older.adverb ?? '∅'} → ${newer.adverb ?? '∅'}; beside it, editorial: ${editorial.join('; ')}`] };
}

// --- words -------------------------------------------------------------------------------------------------------

/** Most edits of the word diff tried: a paragraph is read only when its diff is small enough to be the year's update. */
const DIFF_BUDGET = 400;

/** Words of a text (punctuation and glued footnote marks apart). */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’/–-]*/gu) ?? [];
}

function fold(text: string): string {
  return words(text).join(' ').toLowerCase();
}

/** Words of every changed stretch of the word diff, deleted and inserted; null when the diff gave up. */
function changedWords(before: string, after: string): string[] | null {
  const result = wordDiff(before, after, DIFF_BUDGET);
  if (result.gaveUp) return null;
  return result.parts.filter((part) => part.op !== 'equal').flatMap((part) => words(part.text));
}
