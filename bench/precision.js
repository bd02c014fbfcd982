#!/usr/bin/env node
/**
 * `npm run bench:precision` (issue 23): nothing false on official texts. Over every consecutive pair of the UN series
 * (../shared/data/un-resolutions/texts/series, read at run time; resolutions paired by title, not by folder, since one
 * folder holds two resolutions), count what would be false:
 *  - substantive findings (modified, neither editorial nor routine) whose only edits are layout (spaces, hyphens and
 *    dashes), spelling (the same letters up to case, spaces, hyphens and British/American spelling) or footnote marks
 *    (digits glued to a word, a year or punctuation), judged here by plain string checks independent of the classifier;
 *  - number signals taken from a footnote mark (a year with a mark glued on, `19721`: UN style writes five-digit figures
 *    with a comma; or the number of a note cited by the finding's paragraph or the one on either side, `2003, 26 States`
 *    with note 26 hung on the paragraph before: a count equal to such a note is listed too) or from a name (`COVID-19`,
 *    `G-77`, `Agenda 2063`, `ISO 27001`).
 * All should be zero. Then `--sample N` (default 40; seeds 23, 80 and 131, or `--seed K` alone) draws N of the remaining substantive findings
 * ranked by a seeded hash of each finding's pair and labels (stable: a finding keeps its place whatever the
 * others do) and writes them to bench/precision-sample.md with the verdicts of bench/precision-verdicts.json
 * (a drafter's reading of each: `negotiated` or `not`, with a note); unread findings are listed as such. `--json` prints
 * JSON. `--write-results` writes the figures to bench/PRECISION.md and into its section of bench/RESULTS.md (which
 * `npm run bench` keeps). Needs `npm run build`.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, ROOT } from './lib/data.js';
import { table } from './lib/format.js';

const { compare } = await import('../dist/pipeline.js');
const { loadDocument } = await import('../dist/ingest/load-document.js');

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const seriesDir = DATA_DIR && join(DATA_DIR, 'un-resolutions', 'texts', 'series');
if (!seriesDir) {
  console.log('precision: skipped, ../shared/data is absent; set REDLINE_DATA to its folder.');
  process.exit(0);
}

const DASHES = /[\s\u00ad\u002d\u2010-\u2015\u2212]+/gu;
/** Layout only: the same characters once spaces, soft hyphens, hyphens and dashes are set aside. */
const layout = (text) => text.normalize('NFKC').replace(DASHES, '');
const SPELLING = [
  [/isation/g, 'ization'],
  [/ise(s|d)?\b/g, 'ize$1'],
  [/ising\b/g, 'izing'],
  [/our\b/g, 'or'],
  [/programme/g, 'program'],
  [/centre/g, 'center'],
  [/labour/g, 'labor'],
];
/** Spelling only: the same letters up to case, spaces, hyphens and dashes, and British/American spelling. */
const spelling = (text) => SPELLING.reduce((out, [pattern, to]) => out.replace(pattern, to), layout(text).toLowerCase());
/** Digits glued after a letter, a closing bracket or quote, or punctuation, before a space or the end: footnote marks. */
const GLUED_MARK = /(?<=[\p{L})\]"”’]|[\p{L}\p{N})"”’][,;:]|\p{L}\.)\d{1,2}(?=[\s,.;:)]|$)/gu;
const withoutMarks = (text) => text.replace(GLUED_MARK, '');

/** A number with a footnote mark glued on: a year (19xx, 20xx) and one or two more digits, no thousands comma. */
const GLUED_YEAR = /^(?:19|20)\d\d\d{1,2}$/;

/**
 * The number is a note of that document cited by the finding's paragraphs or the paragraph on either side: a mark left
 * in the text (session 12: "2003, 26 States" in 78/202 OP 20, whose note 26 the reader, missing the mark, hung on OP 19;
 * "the special reports 20 of" in Climate 78/153 PP 12, note 20 on PP 11; "at its eighth session 47 for" in Oceans
 * 78/69 OP 79). A count that happens to equal a nearby note's number is listed too ("of which 13 resulted", Humanitarian
 * personnel 79/138 PP 27, a count beside note 13 of a neighbouring paragraph): the list is read, not trusted.
 */
function citedNearby(value, document, indexes) {
  if (!/^\d{1,3}$/.test(value)) return false;
  const near = [...new Set(indexes.flatMap((index) => [index - 1, index, index + 1]))];
  return near.some((index) => (document.paragraphs[index]?.footnotes ?? []).some((note) => note.mark === value));
}

/** Every occurrence of `value` in `text` is inside a name: after a word and a hyphen (COVID-19, G-77) or a naming word. */
function onlyInNames(value, text) {
  if (!/^\d/.test(value)) return false;
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const all = [...text.matchAll(new RegExp(`(?<![\\p{N}.,/])${escaped}(?![\\p{N}]|[.,/]\\p{N})`, 'gu'))];
  if (all.length === 0) return false;
  return all.every((match) => {
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    return /\p{Lu}\p{L}*[-\u2010-\u2013]$/u.test(before) || /\b(?:Agenda|ISO|Group of)\s$|\bG$/u.test(before);
  });
}

/**
 * Resolutions of a series folder as chains by title, ordered by session: each resolution follows the one of the
 * previous session whose title shares the longest start with its own (a title the reader cut short, "… associated with
 * the", still finds its series).
 */
async function chainsOf(folder) {
  const entries = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt'))) {
    const document = await loadDocument(join(folder, file));
    entries.push({ file, session: Number(/A_RES_(\d+)_/.exec(file)?.[1] ?? 0), title: (document.meta.title ?? '').toLowerCase().replace(/\s+/g, ' ').trim() });
  }
  const sessions = [...new Set(entries.map((entry) => entry.session))].sort((a, b) => a - b);
  const common = (a, b) => {
    let k = 0;
    while (k < a.length && a[k] === b[k]) k++;
    return k;
  };
  let chains = entries.filter((entry) => entry.session === sessions[0]).sort((a, b) => a.file.localeCompare(b.file)).map((entry) => [entry]);
  for (const session of sessions.slice(1)) {
    const open = [...chains];
    for (const entry of entries.filter((candidate) => candidate.session === session).sort((a, b) => a.file.localeCompare(b.file))) {
      const last = (chain) => chain[chain.length - 1].title;
      // Longest shared start first; on a tie (one title the start of another) the title of the closest length.
      open.sort((a, b) => common(last(b), entry.title) - common(last(a), entry.title) || Math.abs(last(a).length - entry.title.length) - Math.abs(last(b).length - entry.title.length));
      const chain = open.shift();
      if (chain) chain.push(entry);
      else chains.push([entry]);
    }
  }
  return chains.map((chain) => chain.map((entry) => entry.file));
}

/**
 * A finding's place in the sample: a hash (FNV-1a) of the seed and the finding's key. Each finding keeps its place
 * whatever else the classifier changes, so a finding that stops being substantive leaves the sample alone and is
 * replaced by the next in line, and the verdicts already given still apply.
 */
function rankOf(seed, key) {
  let hash = 0x811c9dc5 ^ seed;
  for (const char of key) {
    hash ^= char.codePointAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const diffText = (diff) => diff.map((part) => (part.op === 'equal' ? part.text : part.op === 'delete' ? `[-${part.text}-]` : `{+${part.text}+}`)).join('');

/** The rules of rounds 2 to 7 (issue 23) by the start of the reason they give (or a test of it): how many findings each one explains. */
const RULES = [
  { rule: 'statistics refreshed from the next year\'s data (routine)', reason: 'statistics refreshed from', findings: 0 },
  { rule: 'a pandemic\'s response worded as its aftermath (routine)', reason: "an event's wording aged", findings: 0 },
  { rule: 'a footnote mark lost with the note sequence (editorial)', reason: 'footnote mark left by the text layer', findings: 0 },
  { rule: 'a preposition repeated in a coordination (editorial)', reason: 'preposition ', findings: 0 },
  { rule: 'a word cut in two by the text layer (editorial)', reason: 'word split by the text layer', findings: 0 },
  { rule: 'round 3: a fact aged, "recent" or "and subsequent extensions" dropped (routine)', reason: 'a fact aged: ', findings: 0 },
  { rule: 'round 3: a name shortened to its defined term or written out (editorial)', reason: 'name ', findings: 0 },
  { rule: 'round 3: a citation\'s date given or dropped, with its "of" on either side (editorial)', reason: 'date of a citation', findings: 0 },
  { rule: 'round 3: a section\'s numeral read with or apart from its heading (editorial)', reason: "a section's numeral", findings: 0 },
  { rule: 'round 3: a table note\'s letter (editorial)', reason: "a table note's letter", findings: 0 },
  { rule: 'round 4: a recorded event at its latest edition, more than one on (routine)', reason: 'a recorded event moved on', findings: 0 },
  { rule: 'round 4: a fact aged into the past tense (routine)', reason: 'a fact aged, its tense', findings: 0 },
  { rule: 'round 4: statistics refreshed without a year, in a paragraph stating facts (routine)', reason: 'statistics refreshed: ', findings: 0 },
  { rule: 'round 4: grammar words beside a routine edit (routine)', reason: 'grammar words: ', findings: 0 },
  { rule: 'round 4: grammar words alone, a possessive made a modifier (editorial)', reason: 'grammar word: ', findings: 0 },
  { rule: 'round 4: a term made consistent with the title (editorial)', reason: 'a term made consistent with the title', findings: 0 },
  { rule: 'round 4: a mandate holder named without the body that appointed it (editorial)', reason: "a mandate holder's name", findings: 0 },
  { rule: 'round 4: a section renumbered before its unchanged heading (editorial)', reason: 'a section renumbered', findings: 0 },
  { rule: 'round 5: an event moved on, its next edition or looked forward to → welcomed as held (routine)', reason: 'an event moved on', findings: 0 },
  { rule: 'round 5: a footnote mark renumbered (editorial)', reason: 'footnote mark renumbered', findings: 0 },
  { rule: 'round 5: a body\'s session named by its year, one or two on (routine)', reason: "a body's session moved on", findings: 0 },
  { rule: 'round 5: a count stated as the present one, refreshed (routine)', reason: 'a present count refreshed', findings: 0 },
  { rule: 'round 5: a pandemic named with its disease (editorial)', reason: 'the pandemic named with its disease', findings: 0 },
  { rule: 'round 5: a restated request in the singular or plural (editorial)', reason: "a restated request's number", findings: 0 },
  { rule: 'round 6: the latest ratifications, signatures or accessions recorded (routine)', reason: 'the latest ratifications recorded', findings: 0 },
  { rule: 'round 6: a count of what was achieved, welcomed as it grows (routine)', reason: 'a recorded count refreshed', findings: 0 },
  { rule: 'round 6: a date without its year, read with the next date\'s year (routine)', reason: 'yearly succession: ', test: (reason) => /^yearly succession: \d{1,2}(?:\s(?:to|and)\s\d{1,2})?\s\p{L}+ →/u.test(reason), findings: 0 },
  { rule: "round 6: the year's documents considered or taken note of (routine)", reason: "the year's documents considered", findings: 0 },
  { rule: 'round 6: an event since held, "to be" dropped (routine)', reason: 'an event since held', findings: 0 },
  { rule: 'round 6: a recording verb aged inside a paragraph (routine)', reason: 'a verb aged inside the paragraph', findings: 0 },
  { rule: 'round 6: a deadline of the yearly cycle, a year on (routine)', reason: 'a yearly deadline moved with the session', findings: 0 },
  { rule: 'round 6: words of editorial style, "particularly" → "in particular" (editorial)', reason: 'editorial style: ', test: (reason) => reason.startsWith('editorial style: ') && !reason.endsWith('after a verb of putting into'), findings: 0 },
  { rule: 'round 7: statistics refreshed, the sentence carrying them rewritten (routine)', reason: 'statistics refreshed, the sentence carrying them rewritten', findings: 0 },
  { rule: 'round 7: a mass noun\'s number, "revenues" → "revenue" (editorial)', reason: "a mass noun's number", findings: 0 },
  { rule: 'round 7: "in" → "into" after a verb of putting into (editorial)', reason: 'editorial style: ', test: (reason) => reason.startsWith('editorial style: ') && reason.endsWith('after a verb of putting into'), findings: 0 },
  { rule: 'round 7: the "inter alia" that opens a list, dropped or added (editorial)', reason: "a list's “", findings: 0 },
  { rule: 'round 7: a list of references replaced whole by later ones of the same shape (routine)', reason: 'references brought up to date', findings: 0 },
  { rule: "round 7: the year's outcome of a body, welcomed or noted in place of last session's (routine)", reason: "the year's outcome of a body", findings: 0 },
  { rule: "round 7: the welcome of a past session's outcome dropped (routine)", reason: "the welcome of a past session's outcome dropped", findings: 0 },
  { rule: 'round 7: "the continued" trend dropped from a paragraph that records it (routine)', reason: 'a fact aged: “continued” dropped', findings: 0 },
  { rule: 'round 7: a list of meetings held grown by the latest (routine)', reason: 'a list of meetings held grew', findings: 0 },
  { rule: 'round 7: a body established, welcomed for its work (routine)', reason: 'a body established, welcomed for its work', findings: 0 },
  { rule: 'round 7: a later event added to those looked forward to (routine)', reason: 'a later event added to those looked forward to', findings: 0 },
  { rule: "round 7: a body's resolutions of its next session taken note of (routine)", reason: "the year's resolutions taken note of", findings: 0 },
];
const falseFindings = { layout: [], spelling: [], footnote: [] };
const falseNumbers = { footnote: [], name: [] };
/**
 * Candidates the footnote-mark check lists that a reader found to be real counts (a count equal to a nearby note's
 * number): `bench/footnote-candidates-read.json`, key → what the number counts. Only keys read against both texts go
 * there; a new candidate is counted as a mark until someone reads it.
 */
const READ_AS_COUNTS = JSON.parse(readFileSync(join(ROOT, 'bench', 'footnote-candidates-read.json'), 'utf8'));
const readAsCounts = [];
const substantive = [];
let pairs = 0;
let modified = 0;
let editorial = 0;
let routine = 0;
let unchangedPairs = 0;
for (const series of readdirSync(seriesDir).sort()) {
  for (const chain of await chainsOf(join(seriesDir, series))) {
    for (let k = 0; k + 1 < chain.length; k++) {
      pairs++;
      const result = await compare(join(seriesDir, series, chain[k]), join(seriesDir, series, chain[k + 1]));
      const comparison = result.comparisons[0];
      const [left, right] = result.documents;
      const pair = `${series}: ${chain[k]} → ${chain[k + 1]}`;
      if (comparison.findings.every((finding) => finding.kind === 'unchanged')) unchangedPairs++;
      for (const finding of comparison.findings) {
        const before = finding.left.map((index) => left.paragraphs[index].text).join(' ');
        const after = finding.right.map((index) => right.paragraphs[index].text).join(' ');
        const labels = `${finding.left.map((index) => left.paragraphs[index].label ?? `¶${index + 1}`).join('+') || '–'} → ${finding.right.map((index) => right.paragraphs[index].label ?? `¶${index + 1}`).join('+') || '–'}`;
        const where = { pair, labels, before, after, diff: diffText(finding.diff) };
        for (const signal of finding.signals) {
          if (signal.type !== 'number') continue;
          for (const [value, text, document, indexes] of [[signal.from, before, left, finding.left], [signal.to, after, right, finding.right]]) {
            if (value === null) continue;
            if (GLUED_YEAR.test(value) || citedNearby(value, document, indexes)) {
              // Keyed by the summary without "(routine)": a reading of what a number counts holds whatever the finding's
              // verdict (signals took their routine finding's flag in session 14, and three read counts lost their keys).
              const key = `${pair} ${labels} ${signal.summary.replace(' (routine):', ':')}`;
              if (READ_AS_COUNTS[key]) readAsCounts.push({ ...where, summary: signal.summary, note: READ_AS_COUNTS[key] });
              else falseNumbers.footnote.push({ ...where, summary: signal.summary });
            }
            else if (onlyInNames(value, text)) falseNumbers.name.push({ ...where, summary: signal.summary });
          }
        }
        if (finding.kind !== 'modified') continue;
        for (const rule of RULES) if ((finding.reasons ?? []).some((reason) => (rule.test ? rule.test(reason) : reason.startsWith(rule.reason)) || (rule.reason === 'grammar word: ' && reason.startsWith('a possessive made a modifier')))) rule.findings++;
        modified++;
        if (finding.editorial) editorial++;
        else if (finding.routine) routine++;
        if (finding.editorial || finding.routine) continue;
        if (layout(before) === layout(after)) falseFindings.layout.push(where);
        else if (spelling(before) === spelling(after)) falseFindings.spelling.push(where);
        else if (spelling(withoutMarks(before)) === spelling(withoutMarks(after))) falseFindings.footnote.push(where);
        else substantive.push({ ...where, key: `${pair} ${labels}`, change: finding.change ?? null, signals: finding.signals.map((signal) => signal.summary) });
      }
    }
  }
}

const count = (list) => list.length;
const summary = {
  pairs,
  unchangedPairs,
  modified,
  editorial,
  routine,
  substantive: substantive.length,
  withOneChange: substantive.filter((finding) => finding.change).length,
  falseSubstantive: { layout: count(falseFindings.layout), spelling: count(falseFindings.spelling), footnoteMarks: count(falseFindings.footnote) },
  falseNumberSignals: { footnoteMarks: count(falseNumbers.footnote), names: count(falseNumbers.name), footnoteCandidatesReadAsCounts: count(readAsCounts) },
  rules: RULES.map(({ rule, findings }) => ({ rule, findings })),
};

const size = option('--sample', 40);
// Ten samples: seed 23, read while the rules were written (development); seeds 80, 131, 211, 307, 401, 503, 601 and
// 701, each drawn and read once the rules of rounds 2, 3, 4, 5, 6, 7, 9 and 11 were final, and read again by later rounds'
// rules; seed 801, drawn and read only once the rules of round 13 were final (round 14 took its "not" notes); seed 901,
// drawn and read once the rules of round 14 were final, round 15 written from other series without it; seed 1001, drawn
// and read once the rules of round 16 were final (session 11); seed 1101, drawn and read on session 12's code
// (classifier/28; fresh: a figure not tuned on what it measures); seed 1201, drawn and read on session 13's code
// (classifier/29); seed 1301, drawn on session 13's final code (classifier/30) and read in session 14; seed 1401, drawn
// on session 14's final code (classifier/31) and read at the start of session 15; seed 1501, drawn on session 15's
// final code (classifier/32) and read at the start of session 16; seed 1601, drawn on session 16's final code
// (classifier/33) and read at the start of session 17; seed 1701, drawn on session 17's final code (classifier/39) and
// read at the start of session 18; seed 1801, drawn on session 18's final code (classifier/44) and read at the start of
// session 19; seed 2001, drawn on session 19's final code (classifier/48) and read at the start of session 20; seed
// 2101, drawn on session 20's final code (classifier/56) and read at the start of session 21; seed 2201, drawn on
// session 21's final code (classifier/62) and read at the start of session 22.
// `--seed K` reads one seed alone.
const seeds = args.includes('--seed') ? [option('--seed', 23)] : [23, 80, 131, 211, 307, 401, 503, 601, 701, 801, 901, 1001, 1101, 1201, 1301, 1401, 1501, 1601, 1701, 1801, 2001, 2101, 2201];
// Ranked by the key as it was written before the UN labels were spaced ("OP2 (a) (v)", not "OP 2 (a) (v)"), so the
// sample drawn with a seed stays the one already read whatever the labels' spelling.
const rankKey = (key) => key.replace(/\b(OP|PP) (?=\d)/g, '$1');
const verdictsFile = join(ROOT, 'bench', 'precision-verdicts.json');
const verdicts = existsSync(verdictsFile) ? JSON.parse(readFileSync(verdictsFile, 'utf8')) : {};
const samples = seeds.map((seed) => {
  const order = substantive.map((finding) => ({ finding, rank: rankOf(seed, rankKey(finding.key)) })).sort((a, b) => a.rank - b.rank || (a.finding.key < b.finding.key ? -1 : 1));
  const findings = order.slice(0, size).map((entry) => entry.finding);
  const read = findings.filter((finding) => verdicts[finding.key]);
  const negotiated = read.filter((finding) => verdicts[finding.key].verdict === 'negotiated').length;
  return { seed, findings, read: read.length, negotiated };
});
summary.samples = samples.map(({ seed, findings, read, negotiated }) => ({ size: findings.length, seed, read, negotiated }));
const share = (part, whole) => (whole ? ` (${((100 * part) / whole).toFixed(0)} %)` : '');

if (args.includes('--json')) {
  console.log(JSON.stringify({ ...summary, falseFindings, falseNumbers, ...(args.includes('--dump') ? { substantive } : {}) }, null, 2));
} else {
  console.log(`${pairs} consecutive pairs (${unchangedPairs} without any change); ${modified} modified paragraphs: ${editorial} editorial, ${routine} routine, ${substantive.length + falseFindings.layout.length + falseFindings.spelling.length + falseFindings.footnote.length} substantive`);
  console.log(`substantive findings pointing out the one clause that changed in an otherwise routine paragraph: ${summary.withOneChange}`);
  console.log(`substantive findings whose only edits are layout: ${summary.falseSubstantive.layout}, spelling: ${summary.falseSubstantive.spelling}, footnote marks: ${summary.falseSubstantive.footnoteMarks}`);
  console.log(`number signals taken from footnote marks: ${summary.falseNumberSignals.footnoteMarks}, from names: ${summary.falseNumberSignals.names}`);
  for (const [kind, list] of [...Object.entries(falseFindings), ...Object.entries(falseNumbers).map(([k, v]) => [`number from ${k}`, v])]) {
    for (const item of list) console.log(`  ${kind}: ${item.pair} ${item.labels}${item.summary ? ` (${item.summary})` : ''}\n    ${item.diff}`);
  }
  for (const { seed, findings, read, negotiated } of samples) console.log(`sample of ${findings.length} remaining substantive findings (seed ${seed}): ${read} read, ${negotiated} negotiated${share(negotiated, read)}`);
}

if (args.includes('--write-sample')) {
  const lines = [
    '# Precision sample (issue 23)',
    '',
    `Written by \`npm run bench:precision -- --write-sample\`: ${size} of the ${substantive.length} substantive findings left over the`,
    `${pairs} consecutive pairs of the UN series, drawn by a seeded hash of each finding, ten times: seed 23, read while the`,
    'rules were written (rounds 1 to 3); seed 80, drawn and read once the rules of round 2 were final (round 3 took its \"not\"',
    'notes into account); seed 131, drawn and read only once the rules of round 3 were final (round 4 took its \"not\" notes',
    'into account); seed 211, drawn and read only once the rules of round 4 were final (round 5 took its \"not\" notes into',
    'account); seed 307, drawn and read only once the rules of round 5 were final (round 6 took its \"not\" notes into',
    'account); seed 401, drawn and read only once the rules of round 6 were final (round 7 took its "not" notes into',
    'account); seed 503, drawn and read only once the rules of round 7 were final (round 9 took its "not" notes into',
    'account); seed 601, drawn and read only once the rules of round 9 were final (round 11 took its "not" notes into',
    'account); seed 701, drawn and read only once the rules of round 11 were final (round 13 took its "not" notes into',
    'account); seed 801, drawn and read only once the rules of round 13 were final (round 14 took its "not" notes into',
    'account); seed 901, drawn (48 findings, the first 40 the sample and 8 spares) and read once the rules of round 14',
    'were final, round 15 written from other series without seeing it; seed 1001, drawn (48 findings) and read once',
    'the rules of round 16 were final; seed 1101, drawn (48 findings) and read on session 12\'s code; seed 1201, drawn',
    '(48 findings) and read on session 13\'s code; seed 1301, drawn (48 findings) on session 13\'s final code and read',
    'in session 14; seed 1401, drawn (48 findings) on session 14\'s final code and read at the start of session 15; and',
    'seed 1501, drawn (48 findings) on session 15\'s final code and read at the start of session 16; and seed 1601, drawn',
    '(48 findings) on session 16\'s final code and read at the start of session 17; and seed 1701, drawn (48 findings)',
    'on session 17\'s final code and read at the start of session 18; and seed 1801, drawn (48 findings) on session 18\'s',
    'final code and read at the start of session 19; and seed 2001, drawn (48 findings) on session 19\'s final code and',
    'read at the start of session 20; and seed 2101, drawn (48 findings) on session 20\'s final code and read at the',
    'start of session 21; and seed 2201, drawn (48 findings) on session 21\'s final code and read at the start of',
    'session 22.',
    'Each finding',
    'is read against both texts. Verdicts live in `bench/precision-verdicts.json` (keyed by pair and labels), so a rerun',
    'keeps them; a finding without one says so.',
    '',
    ...samples.map(({ seed, read, negotiated }) => `- seed ${seed}: negotiated **${negotiated} of ${read}** read${share(negotiated, read)}.`),
    '',
  ];
  for (const { seed, findings } of samples) {
    lines.push(`# Seed ${seed}`, '');
    findings.forEach((finding, at) => {
      const verdict = verdicts[finding.key];
      lines.push(`## ${at + 1}. ${finding.pair}, ${finding.labels}`, '');
      lines.push('```text', finding.diff, '```', '');
      if (finding.change) lines.push(`The change pointed out: «${finding.change.before}» → «${finding.change.after}»`, '');
      if (finding.signals.length) lines.push(`Signals: ${finding.signals.join('; ')}`, '');
      lines.push(verdict ? `**${verdict.verdict}**: ${verdict.note}` : '*not read yet*', '');
    });
  }
  writeFileSync(join(ROOT, 'bench', 'precision-sample.md'), `${lines.join('\n')}\n`);
}

if (args.includes('--write-results')) {
  const percent = (part, whole) => (whole ? `${((100 * part) / whole).toFixed(0)} %` : '–');
  const falseTotal = summary.falseSubstantive.layout + summary.falseSubstantive.spelling + summary.falseSubstantive.footnoteMarks;
  const section = [
    '## Precision on official texts (issue 23)',
    '',
    `\`npm run bench:precision\` on ${new Date().toISOString().slice(0, 10)}: every consecutive pair of the UN series in \`../shared/data/un-resolutions/texts/series\``,
    `(resolutions paired by title, not by folder): ${pairs} pairs, ${modified} modified paragraphs, of which ${editorial} editorial, ${routine} routine and`,
    `${substantive.length + falseTotal} substantive (${summary.withOneChange} of these point out the one clause that changed in a paragraph otherwise routine).`,
    '',
    table(['what would be false', 'count'], [
      ['substantive findings whose only edits are layout (spaces, hyphens, dashes)', summary.falseSubstantive.layout],
      ['substantive findings whose only edits are spelling (case, compounds, British/American)', summary.falseSubstantive.spelling],
      ['substantive findings whose only edits are footnote marks', summary.falseSubstantive.footnoteMarks],
      ['number signals read from a footnote mark (a year with a mark glued on, or a neighbour\'s note)', summary.falseNumberSignals.footnoteMarks],
      ['(listed by that check but read as real counts: `bench/footnote-candidates-read.json`)', summary.falseNumberSignals.footnoteCandidatesReadAsCounts],
      ['number signals read from a name (COVID-19, Group of 77, Agenda 2063)', summary.falseNumberSignals.names],
    ]),
    '',
    'Judged by plain string checks in the bench, independent of the classifier. Before this work (this bench run on the',
    'code of commit 33a69b2, built apart): 1,723 substantive findings of 2,370 modified paragraphs, of which 27 layout-only',
    '(`health-care` → `healthcare`, `non-communicable` → `noncommunicable`, …) and 3 footnote-mark-only; 17 number signals',
    'from footnote marks (`19721`, `20307`) and 82 from names (`figure removed: 19` of COVID-19).',
    '',
    'Rules of rounds 2 to 7, with the modified findings whose reasons give them (a finding routine but for one clause counts',
    'when its routine rest does):',
    '',
    table(['rule', 'findings'], RULES.map(({ rule, findings }) => [rule, findings])),
    '',
    "Drafter's reading: 40 of the remaining substantive findings, drawn by a seeded hash of each finding, each read against",
    'both texts (`bench/precision-sample.md`, verdicts in `bench/precision-verdicts.json`):',
    '',
    table(['sample', 'negotiated'], samples.map(({ seed, read, negotiated }) => [
      seed === 23
        ? 'seed 23, read while the rules were written'
        : seed === 80
          ? 'seed 80, drawn after the rules of round 2 were final (its "not" notes read in round 3)'
          : seed === 131
            ? 'seed 131, drawn after the rules of round 3 were final (its "not" notes read in round 4)'
            : seed === 211
              ? 'seed 211, drawn after the rules of round 4 were final (its "not" notes read in round 5)'
              : seed === 307
                ? 'seed 307, drawn after the rules of round 5 were final (its "not" notes read in round 6)'
                : seed === 401
                  ? 'seed 401, drawn after the rules of round 6 were final (its "not" notes read in round 7)'
                  : seed === 503
                    ? 'seed 503, drawn after the rules of round 7 were final (its "not" notes read in round 9)'
                    : seed === 601
                      ? 'seed 601, drawn after the rules of round 9 were final (its "not" notes read in round 11)'
                      : seed === 701
                        ? 'seed 701, drawn after the rules of round 11 were final (its "not" notes read in round 13)'
                        : seed === 801
                          ? 'seed 801, drawn after the rules of round 13 were final (its "not" notes read in round 14)'
                          : seed === 901
                            ? 'seed 901, drawn after the rules of round 14 were final'
                            : seed === 1001
                              ? 'seed 1001, drawn after the rules of round 16 were final'
                              : seed === 1101
                                ? 'seed 1101, drawn on session 12\'s code (classifier/28)'
                                : seed === 1201
                                  ? 'seed 1201, drawn on session 13\'s code (classifier/29)'
                                  : seed === 1301
                                    ? 'seed 1301, drawn on session 13\'s final code (classifier/30)'
                                    : seed === 1401
                                      ? 'seed 1401, drawn on session 14\'s final code (classifier/31)'
                                      : seed === 1501
                                        ? 'seed 1501, drawn on session 15\'s final code (classifier/32)'
                                        : seed === 1601
                                          ? 'seed 1601, drawn on session 16\'s final code (classifier/33)'
                                          : seed === 1701
                                            ? 'seed 1701, drawn on session 17\'s final code (classifier/39)'
                                            : seed === 1801
                                              ? 'seed 1801, drawn on session 18\'s final code (classifier/44)'
                                              : seed === 2001
                                                ? 'seed 2001, drawn on session 19\'s final code (classifier/48)'
                                                : seed === 2101
                                                  ? 'seed 2101, drawn on session 20\'s final code (classifier/56)'
                                                  : seed === 2201
                                                    ? 'seed 2201, drawn on session 21\'s final code (classifier/62)'
                                                    : `seed ${seed}`,
      `${negotiated} of ${read}${share(negotiated, read)}`,
    ])),
    '',
    "Round 1 ended at 26 of 40 (65 %) on seed 23; the issue's reading of the code before was 28 of 40 (70 %) on another",
    'sample; round 2 ended at 28 of 40 on seed 23 and 23 of 40 on seed 80; round 3 at 26 of 40 on seed 80 and 21 of 40 on',
    'its fresh seed 131. Round 4 read what the false findings of all 140 pairs have in common: once session numbers, years,',
    'ordinals, dates and document symbols are masked, the edits left are an event followed to its latest edition in a',
    'paragraph that records it, a tense aged, figures refreshed in a paragraph that states facts, grammar words, a term',
    'completed to the title\'s form, a mandate holder\'s name, a chapter\'s numeral; each rule\'s findings over the 140',
    'pairs were read against both texts (59 findings turned routine or editorial, none of them a negotiated change on that',
    'reading). Seed 131 rose from 21 to 26 of 40 (22 of its 26 negotiated were read before; one round-3 verdict was',
    'corrected: ICT 79/194 → 80/118 OP 32 also adds technology-facilitated violence, so it is negotiated). The aim, 95 %,',
    'is not reached. The fresh sample of round 4, seed 211, read: of its 11 false findings, 6 are an event moving on in a paragraph rewritten around it (a seminar,',
    'a conference, a summit\'s dates, a process concluded, a plan run out, meetings held since), 1 an edition before the',
    'word "annual" ("the eighth → ninth annual forum"), 2 editorial wording ("its requests" → "its request", "of the',
    'Assembly" → ", adopted by the Assembly"), 1 a footnote mark renumbered beside a case change, 1 a count refreshed in',
    'a paragraph that welcomes ("currently consists of 21 → 23 members"). The budget amounts of the Fifth Committee\'s',
    'resolutions are read as negotiated (the Committee agrees them); counted otherwise, seed 211 would read 27 of 40.',
    '',
    'Round 5 (classifier/12) took those notes: an event followed along its life in a paragraph that records it (its next',
    'edition at a later place and date, its theme with it; or looked forward to, then welcomed as convened, its dates kept,',
    'a clause added then pointed out as the one change), an ordinal before "annual", "biennial" or "high-level" read as an',
    'edition, a footnote mark renumbered, a body\'s session named by its year ("during its 2024 → 2026 session"), a count',
    'stated as the present one ("currently consists of"), "(COVID-19) {+pandemic+}", "its requests → request". Over the',
    '140 pairs substantive findings went 1,411 → 1,375 (the 1,411 of today\'s main, after the pairing changes): the 36',
    'findings turned routine or editorial were each read against both texts, none a negotiated change on that reading;',
    '3 conferences welcomed as held now point out the clause added as their one change. Seed 131 stays at 26 of 40 (none of its findings changed); seed 211 rises',
    'from 29 to 32 of 40 (6 of its false findings gone; of the 6 drawn in their place, 3 negotiated). The fresh sample,',
    'seed 307, drawn and read only once the rules were final, is the honest figure: 24 of 40 (60 %), below round 4\'s',
    'fresh 73 %: samples of 40 move by ten points from one seed to the next. Of its 16 false findings, 6 are an event or a',
    'process moving on in a paragraph rewritten around it (a study group\'s work concluded, last year\'s workshops replaced',
    'by this year\'s meeting, a panel "to be held" → "held", a workplan concluded, a forum\'s format, the conferences looked',
    'forward to), 2 statistics refreshed in rewritten sentences, 3 the yearly set of documents or a status update (reports',
    'considered, reports taken note of, the latest ratifications), 4 editorial wording ("particularly" → "in particular",',
    '"in particular" → "inter alia", "later" → "subsequent", a citation reworded) and 1 a clause moved out of a',
    'subparagraph. The aim, 95 %, is far: what is left is mostly paragraphs rewritten as events and data move on, which',
    'no rule on the word diff tells from a negotiated rewrite without reading the facts.',
    '',
    'Since round 5 a page-break fix renumbered the PPs of 78/219 (from PP 4 on), 79/227 and 80/191, and alignment repairs',
    'and more routine rules landed (1,375 → 1,374 substantive findings). A finding whose labels moved has a new key, so it',
    'takes a new place in each draw: findings left the samples and others came in. Eight verdicts were carried over to',
    'their renumbered keys (the same paragraph change, said in each note) and the 8 unread findings of the samples were read',
    'against both texts: 3 negotiated ("including Rohingya Muslims" added to the support for the people of Myanmar and to',
    'the ICC investigation recalled; accountability for the poisoning of Alexei Navalny), 5 not (the 2023 Water Conference',
    'moved to the preamble with the 2026 one looked forward to; the ASEAN envoy named by its current title; "and its',
    'subsequent extensions" and "Rohingya Muslims" made consistent; two rewordings for grammar). Every sample is read in',
    'full again: seed 23 27 of 40 (was 28 of 39), seed 80 27 (was 26), seed 131 26, seed 211 31 (was 32: a negotiated',
    "finding of 78/219 left it with its new key), seed 307 23 (was 24: two negotiated findings of 78/219 left it, one",
    'came in). The honest figure stays the fresh seed 307: 23 of 40 (58 %).',
    '',
    'Round 6 (classifier/15) took seed 307\'s "not" notes and a desk officer\'s digest of ten series: the latest',
    'ratifications, signatures or accessions recorded (a State\'s name, a figure or a date in a clause that welcomes or',
    'notes a ratification, never one that urges, calls or condemns), a count of what was achieved welcomed as it grows',
    '("305 → 306 certified facilities"; a body\'s size is not), a date written without its year read with the next date\'s',
    'year ("4 to 8 March and … 2024 → 3 to 7 March and … 2025"), the year\'s documents considered or taken note of (no word',
    'of a stance in what changed), "to be" dropped before "held", a recording verb aged inside a paragraph ("taking note of"',
    '→ "recalling"), a yearly deadline a year on, a summit\'s document "adopted in" its next host city as an event\'s next',
    'edition, "first"/"second" before the name of an event read as ordinals, words only spelt otherwise beside a routine',
    'edit; editorial: "particularly"/"in particular", "later"/"subsequent", "which"/"that", "in particular"/"inter alia".',
    'Over the 140 pairs substantive findings went 1,371 → 1,336: the 35 findings turned routine or editorial were each read',
    'against both texts, none a negotiated change on that reading (the closest: a report taken note of with the Independent',
    'Audit Advisory Committee\'s added, and the report of the Secretary-General on poverty described with "long-term"',
    'impact: the year\'s documents). Seeds 23 to 211 do not move (none of their findings changed). Seed 307 rises from 23 to',
    '29 of 40: 8 of its false findings are gone (the latest ratifications, the reports considered and taken note of, a',
    'panel "to be held", four words of editorial style); of the 8 drawn in their place, 6 are negotiated (one read before),',
    '2 not ("such measures" named, a budget step done). Statistics refreshed in rewritten sentences (2), a study group',
    'concluded, a clause moved out of a subparagraph, last year\'s workshops, a forum\'s format, the 2028 conference looked',
    'forward to, the workplan and the IMO citation stay false. The fresh sample, seed 401,',
    'drawn and read only once the rules were final, is the honest figure: 25 of 40 (63 %). Of its 15 false findings, 6 are',
    'an event or a fact moving on in a rewritten sentence (a welcome of last year\'s conclusion dropped, "the establishment"',
    '→ "the ongoing work" of a forum, "the continued reduction" → "the reduction", the latest Executive Committee output,',
    'last year\'s workshops, "more than 600,000" → "the remaining" Rohingya), 1 statistics refreshed, 3 the yearly set of',
    'documents or references (the General Conference\'s resolutions taken note of, the High Commissioner\'s report cited by',
    'newer resolutions, lists of recalled resolutions grown with an odd date), 5 editorial or the text layer ("in" →',
    '"into", "revenues" → "revenue", "in this regard" and "inter alia" dropped, two footnote marks); the Fifth Committee\'s',
    'amounts are read as negotiated as before. The aim, 95 %, is far.',
    '',
    'Round 7 (classifier/16) took seed 401\'s "not" notes: statistics refreshed in a rewritten sentence, a mass noun\'s',
    'number, "in" → "into", a list\'s "inter alia", a list of references replaced whole by later ones, the year\'s outcome',
    'of a body, a past session\'s welcome dropped, "the continued" trend dropped, meetings held grown, a body at work, a',
    'later event looked forward to, a body\'s resolutions of its next session. Substantive findings went 1,336 (when seed',
    '401 was drawn) → 1,290, with the alignment and label changes merged beside round 7 (a paragraph now read as dropped',
    'and new leaves the modified pool). Every sample read in full again: seed 23 28 of 40 (was 27: statistics refreshed',
    'left, a negotiated finding came in), seed 80 30 (was 27: 3 false findings left, the 3 drawn in their place',
    'negotiated), seed 131 27 (was 26), seed 211 31 (unchanged), seed 307 30 (was 29: 4 false findings left to round 7\'s',
    'rules and 3 negotiated ones whose paragraphs the aligner now reads as dropped and new; of the 7 drawn in their place,',
    '4 negotiated), seed 401 33 (was 25: 13 of its 15 false findings left; of the 13 drawn in their place, 8 negotiated).',
    'Seeds 80 to 401 are no longer fresh: their rises measure the rules on the findings they were written from. The fresh',
    'sample, seed 503, drawn and read only once the rules of round 7 were final, is the honest figure: 25 of 40 (63 %),',
    'as seed 401 was when fresh. Of its 15 false findings, 6 are an event or a decision moving on in a rewritten sentence',
    '("Decides to convene" a panel → "welcomes the convening" of it, a decision welcomed → recalled, a convention adopted',
    '→ in force, a request acted on, a decision not repeated once taken, the COVID-19 paragraph worded as its aftermath),',
    '2 the year\'s edition ("for the sixth → seventh time", the thirty-fourth Meeting and its resumed Meeting → the',
    'thirty-fifth), 2 references brought up to date (Council resolutions 52/28 → 55/21, the Council acting once a year;',
    'a list of Council resolutions grown), 1 statistics refreshed in a paragraph that expresses abhorrence, 4 editorial',
    'wording ("the efficient management", ", helping", the citation of resolution 39/2 dropped, a dangling "Welcomes and"',
    'dropped). Of the findings rounds 6 and 7 turn routine or editorial, 10 drawn at random were read again against both',
    'texts: none negotiated. The aim, 95 %, is far: a fresh sample stays near two in three.',
    '',
    'Round 8 (classifier/17) left the samples as read (1,290 → 1,279 substantive findings; seed 503 still 25 of 40, its',
    'verdicts not yet available to it). Round 9 (classifier/18, with aligner/8) took seed 503\'s "not" notes and a desk',
    'officer\'s reading of the digest of ten series: an event moved on inside a sentence otherwise kept, a recurring',
    'event\'s cycle (decided → welcomed as convened → decided anew), a preparatory meeting since held, the conclusions',
    'endorsed on the year\'s reports, a yearly publication\'s next edition, an event\'s place and dates no longer said, a',
    'body\'s latest year-numbered resolution cited, the previous session\'s resolutions added to a recalled list, meetings',
    'held no longer recorded, an anniversary marked, "recently" dropped, the same verb in another coordinated form',
    '(", helping"), a Goal\'s number read as its name, and whole paragraphs that only record an event passing, made',
    'routine when dropped or new, and two dated paragraphs of one event paired. Substantive',
    'findings went 1,276 (commit 9205098, before round 9) → 1,241: 38 modified findings left the substantive pool and 3',
    'came in (paragraphs paired anew). Every sample read in full again: seed 23 30 of 40 (was 28: 2 false findings left,',
    'the 2 drawn in their place negotiated), seeds 80 to 401 unchanged, seed 503 26 (was 25: its "Decides to convene" →',
    '"welcomes the convening" and ", helping" left; of the 2 drawn in their place, 1 negotiated). The fresh sample, seed',
    '601, drawn and read only once the rules of round 9 were final, is the honest figure: 23 of 40 (58 %), within the ten',
    'points a sample of 40 moves by (seeds 307, 401 and 503 were 58 to 63 % fresh). Of its 17 false findings, 6 are an event',
    'or a process moving on in a rewritten sentence (an anniversary "upcoming" → "marks", the WSIS review given its dates',
    'and "high-level", the CSTD\'s next session and its theme, the 2025 conference on financing for development looked',
    'forward to, a request to reply acted on, last year\'s workshops replaced by this year\'s meeting), 2 a verb aged on a',
    'past event or report ("Welcoming" → "Recalling further", "Taking note also of" → "Recalling also"), 3 the COVID-19',
    'pandemic ageing ("in the post-COVID era" and "such as during the COVID-19 pandemic" dropped, poverty statistics',
    'refreshed with the pandemic\'s analysis retired), 3 a fact added or a description brought up to date (a decline',
    '"since 2020" and an IMO citation reworded, the mandate of a fact-finding mission "ended in September 2019", a',
    'programme no longer named by its funder), 1 a working group dropped from a paragraph because the same resolution',
    'concludes its mandate, 1 editorial wording ("The persistence of continuing reports" → "Continuing reports of',
    'persistent violations") and 1 a mis-paired budget table (the total assessment against the new annex of credits).',
    'The Fifth Committee\'s amounts are read as negotiated as before (5 of the 23). Of the 38 findings round 9 turned',
    'routine or editorial, 10 drawn at random were read again against both texts, and the 20 dropped or new paragraphs it',
    'made routine: none negotiated; outside those 10, one is doubtful (Outer space 79/87 → 80/76 OP 23 → OP 20: the joint',
    'panel of the First and Fourth Committees, only welcomed as held in 79/87, is decided anew for the eighty-first',
    'session with its agenda sub-item, a mandate a drafter would report). The aim, 95 %, is far.',
    '',
    'Round 10 (classifier/19, and classifier/20 at commit 05553b8) worked on signals and digest lines (1,241 → 1,239',
    'substantive findings; the one finding new to seed 23 read). Round 11 (classifier/21 and 22, with aligner/9) took seed',
    '601\'s "not" notes and a desk officer\'s reading of the digest: events moved on clause by clause, an event held and',
    'its next edition, a past one-off event no longer given as an example, COVID-19 references retired, statistics',
    'refreshed from newer data, bureau rotations, the year\'s observer list, a working group\'s progress, a list of',
    'international days growing, what a body was to do since done, an institution a step further in its life; and merges',
    'and splits folded in from afar. Substantive',
    'findings went 1,239 (commit 05553b8, before round 11) → 1,179: 60 modified findings left the pool (46 now routine, 14',
    'now part of a merge or a split) and none came in. Every sample read in full again: seed 23 29 of 40, 80 30, 131 27,',
    '211 31 and 401 33 (their findings that left were replaced one for one by findings of the same verdict), seed 307 30',
    '(was 31: a negotiated CBD finding now a merge, a DPRK disability review moving on came in), seed 503 25 (was 26: the',
    'Nutrition for Growth Summit clause left, routine by "events moved on, clause by clause", a COP paragraph mis-paired',
    'came in), seed 601 24 (was 23: 3 false findings left; of the 3 drawn in their place, 1 negotiated). The fresh sample,',
    'seed 701, drawn and read only once the rules of round 11 were final, is the honest figure: 23 of 40 (58 %), as seed',
    '601 was fresh. Of its 17 false findings, 4 are an event or a report moving on in a rewritten sentence (the third LLDC',
    'conference postponed, looked forward to without place or dates; the Internet Governance Forum\'s latest meeting; the',
    'OPCW team\'s report anticipated, since published; the Scientific Committee\'s evaluations done or deferred), 2 a decision',
    'or a fact ageing ("as decided in 2023"; "Further reaffirms" → "Reaffirms" with "will be" → "is being" carried out), 3',
    'the yearly cycle (the year\'s report on the Technology Bank taken note of, the International Day a year on, a budget',
    'heading\'s year), 2 references or lists brought up to date (a Financial Stability Board statement → its later',
    'recommendations; the fellowships listed as they stand), 2 a term made consistent with the title ("energy for all",',
    '"food security and nutrition"), 3 editorial wording or word order ("parties" → "Parties" with "the goal of",',
    '"encouraging the Agency" moved, "radiation exposure" → "exposure to ionizing radiation"), 1 a citation shortened. Of',
    'the 46 findings round 11 turned routine, 10 drawn at random were read again against both texts: none',
    'negotiated, one doubtful (Outer space 79/87 → 80/76 OP 4: "Notes" → "Notes with satisfaction" that the Legal',
    'Subcommittee continued its work, a qualifier the working-group rule sets aside); outside those 10, one read before',
    'as negotiated is now routine (LDC 78/233 → 79/218 OP 34 → OP 37: "looks forward to the Nutrition for Growth Summit to',
    'be convened by the Government of France in 2025", a new event, not one moving on). The aim, 95 %, is far.',
    '',
    'Round 13 (classifier/24: the yearly cycle, terms as the title or the document spells them, words moved, citations',
    'shortened or brought up to date, meetings and events moving on, decisions already taken, with seed 701\'s "not" notes)',
    'took substantive findings from 1,182 (commit 30a9db6, session 8 final, before round 13) to 1,146: 37 modified findings',
    'left the pool (22 now routine, 15 now editorial) and 1 came in (Programme planning 78/244 → 79/247 OP 14 → OP 15, in',
    'no sample); after the readings the "as decided in 2023" rule was taken out (the held-out pair ear-79-secretariat-support',
    'of bench:signals, labelled before any rule saw it, reads that request as no routine change), that finding back in seed',
    '701\'s sample (read: not), and six rules tightened after a review\'s counter-examples (a year one on in a clause that',
    'convenes or postpones, a date with another day and month, an ordinal before other nouns than commemorations, sessions',
    'and editions, "women {+and girls+}", a bare noun narrowed, another kind of document, a request noted with concern as not',
    'done, an urging\'s passed deadline), with "for the sixth time" counted as the cycle as commemorations are (the',
    'Teaching Programme\'s regional courses): 1,147 now, every figure below unchanged. Every sample read in full again: seeds 80, 131, 211, 401 and 601 unchanged (30, 27, 31, 33 and 24 of 40:',
    'their findings that left were replaced by findings of the same verdict), seed 23 30 (was 29: the "exposure to',
    'ionizing radiation" term left, an International financial system paragraph read as negotiated came in), seed 307 30',
    '(the recalled Indigenous high-level panel left; "any" → "all" relevant obligations under the Convention against Torture came in, not), seed 503',
    '28 (was 26: 3 false findings left; of the 3 drawn in their place, 2 negotiated), seed 701 30 (was 23: its 13 false',
    'findings that round 13 made routine or editorial left; of the 13 drawn in their place, 8 negotiated): round 13 took',
    'its "not" notes, so it is no longer fresh. The fresh sample, seed 801, drawn and read only once the',
    'rules of round 13 were final, is the honest figure: 22 of 40 (55 %), within the ten points a sample of 40 moves by',
    '(seeds 601 and 701 were 58 % fresh). Of its 18 false findings, 6 are an event or a process moving on in a rewritten',
    'sentence (the thirtieth anniversary of the Convention on the Law of the Sea noted; the 2025 Ocean Conference given',
    'its place, dates and theme; the Human Rights Council\'s workshop → its two intersessional meetings; the Scientific',
    'Committee\'s evaluation → its two reports adopted; the Independent Institution on Missing Persons at work, the briefing',
    'now from its head; the Green Climate Fund\'s second replenishment refreshed), 3 the yearly cycle (the Commission on',
    'the Limits of the Continental Shelf\'s sessions of the next year; the CSTD\'s next session and theme; the year\'s',
    'report described as it is), 2 statistics refreshed (IMF debt distress, poverty with the pandemic\'s analysis retired),',
    '1 COVID-19 retired with the Sevilla Commitment added to the agendas listed, 1 a verb aged on decisions taken ("Notes"',
    '→ "Recalls"), 4 editorial (an antecedent spelled out once new paragraphs stood between, "Sept" → "September", a',
    'citation shortened, UNCTAD\'s tools named as they now are) and 1 an extraction artefact the bench\'s checks miss (a',
    'footnote mark set apart by a space, "Additional Protocol I 6", read as a figure). Of the 37 findings round 13 turned',
    'routine or editorial, 10 drawn at random were read again against both texts and the other 27 looked through: none',
    'negotiated (19 of the 37 had been read before, all "not"). The aim, 95 %, is far.',
    '',
    'Rounds 14 and 15 (session 10, classifier/25 and /26). Round 14 took seed 801\'s "not" notes and the desk officer\'s',
    'false classes of session 9: a footnote mark set apart after a Roman numeral, a month\'s abbreviation spelled out, a',
    'body\'s name written out beside an aged verb, a citation of a body\'s resolution shortened, an antecedent spelled out, a',
    'body\'s next block of sessions, the next session\'s theme set by its body, anniversaries marked or no longer marked, an',
    'event\'s place, dates and theme since set, a decision taken once and standing not restated (dropped paragraphs: not in',
    'this bench, which counts modified findings; the digest lost those lines): 1,147 → 1,130 substantive, none newly',
    'substantive. Round 15 was written from the digest of 60 series, never the 10 a desk officer was reading nor seed 901:',
    'an office-holder since appointed, sequencing adverbs after a recording opening, a body\'s sessions counted to the',
    'latest, a council\'s resolution cited short, "ongoing" or "the new" dropped, running tallies refreshed, a yearly',
    'publication\'s next edition, abbreviations spelled out, a recurring event\'s region rotating, a pandemic clause retired',
    'beside the year; with footnote marks after "Agenda" (not Agenda 21) and glued to a climate decision symbol, a',
    'pandemic\'s response dropped before the recovery kept, a clause kept in other words beside events moved on, three digits glued after a year\'s comma read as a mark: 1,101',
    'substantive, every finding that left read against both texts, none newly substantive. Seed 801 read in full again',
    'is no longer fresh (its notes were round 14\'s). The fresh sample, seed 901, 48 findings drawn at round 14\'s end and',
    'read by a drafter before round 15: 23 of its first 40 negotiated (57.5 %) on round 14\'s code, 5 of the 8 spares; its',
    '17 false: an event or process moving on 7 (a request to set up a working group → its establishment welcomed, the',
    'Environment Assembly\'s sessions, the 2025 Ocean Conference held, the IMO\'s work on marine litter and ro-ro ships, a',
    'fellowship awarded, French Polynesia\'s elections), a decision or verb ageing 4 (a run of meetings decided once, "Notes"',
    '→ "Recalls", "future" dropped once the year passed, a Board decision\'s welcome dropped), the yearly update 4 (an',
    'outcome added to a list, a Territory\'s memberships, the year\'s report, the previous resolution recalled), a citation',
    'reworded 1 and a footnote mark glued to a name, "the New Urban Agenda 20", an extraction artefact the bench\'s checks',
    'missed (fixed in round 15). With round 15\'s rules the sample is redrawn from the 1,101: the figure above. 10 of the',
    'reader\'s 17 calls were close (the IMO notes three ways, counted both ways: 23 to 25 of 40). The aim, 95 %, is still far:',
    'each round removes a class, and a fresh sample finds the next.',
    '',
    'Rounds 16 and 17 (session 11, classifier/27). Round 16 was written from the digest of 65 series, never the five a',
    'desk officer was reading as a held-out set: a conference\'s name holding a stance word, a meeting\'s theme the older text',
    'set, grammar an aged verb left behind, a financing resolution\'s apportionment and staff-assessment amounts for the next',
    'year (the appropriation and what draws on voluntary contributions stay negotiated), a verb aged with "also" or in a',
    'later clause, a foreseen step counted, a resumed sitting dropped, "call on/upon", a territory named whole, the Charter',
    'named in full, two list items swapped (not under "respectively" nor with a role between them), a kept verb behind an',
    'added clause (only when it addresses whom it addressed), a decision to extend recalled (only when it runs to a year',
    'both texts name), a spaced footnote mark after a plural counting word, yearly editions of an event paired: 1,101 →',
    '1,075 substantive (27 left, every one read against both texts; one joined: the World Maritime Day theme, now paired',
    'with the older year\'s). Seed 1001, 48 findings drawn once round 16\'s rules were final and read by a drafter: 25 of its',
    'first 40 negotiated (62.5 %; 26 as the verdicts file counts, the file keeping an earlier reader\'s verdict where two',
    'readers disagree), 3 of the 8 spares; its 15 false: an event moving on or wording ageing 5, the yearly record of',
    'meetings or lists 4, editorial 3, citations brought up to date 2, statistics refreshed 1. A review of round 16 found',
    'eight ways a negotiated edit could be hidden (a treaty named for another, roles swapped, "Palestinian State", a budget',
    'cut beside its apportionment, a dropped welcome that also underlines, a lapsed one-year mandate, a verb urging someone',
    'else): each fixed and tested. Round 17 took the held-out reading\'s classes, its rules written from other series: a',
    'pandemic paragraph or a pandemic-era resolution no longer recalled (dropped paragraphs, outside this bench), an',
    'editorial edit beside routine ones, the year\'s report described as that year\'s, "as well" completed, a modifier moved',
    'after its noun with "of", "the elderly" / "older persons": 1,067 substantive, none newly substantive.',
    '',
    'Session 12 (classifier/28, normalizer 9), from three new users\' readings rather than a rule round: the yearly-life',
    'rules apply only between documents of different sessions (a draft and its adopted text are one session); a session\'s',
    'list of resolutions taken note of is routine only when nothing but the list changed (IAEA 79/4 → 80/7 OP 2 had hidden',
    'a new clause on the President\'s statements: now substantive, the one finding that joined); dates pair only with dates',
    'of the same thing; numbers joined by any hyphen or dash kind are one figure; a yearly deadline moved with the',
    'session is routine beside a negotiated change; footnote marks cited again or out of',
    'sequence are marks (18 documents read differently; the check above now also lists a number equal to a nearby note\'s,',
    'and the 6 it lists here were read: real counts and statistics, kept in `bench/footnote-candidates-read.json`). 1,067 →',
    '1,068 substantive. Seed 1101, 48 findings drawn on this code and read by a drafter: 25 of its first 40 negotiated',
    '(62.5 %; 27 as the verdicts file counts), 6 of the 8 spares; its 15 false: an event moved on or aged out 5, the report, decision or survey of the year',
    'replaced 3, facts or figures of the year refreshed 3, COVID-era language ageing out 2, a new outcome added to a list of',
    'recalled documents 1, editorial 1. The drafter disagreed with 2 of the 15 earlier verdicts in it (the file keeps the',
    'first reader\'s).',
    '',
    'Session 13 (classifier/29, aligner/12, normalizer 11), again from three new users\' readings: a paragraph carried into',
    'its neighbour is a merge (3 UN pairs read differently: 79/161 → 80/193 OP 34 + OP 35 → OP 42, 79/181 → 80/220 PP 15 +',
    'PP 16 → PP 13, 79/144 → 80/110 PP 11 + PP 12 → PP 11); a recalled list condensed into "its previous resolutions" is one',
    'routine paragraph; a list of presidencies gaining the year\'s is routine; a report cited by symbol then as "its report"',
    'is editorial; recall → note of the same object, and a merged clause\'s verb, are commitment shifts; an editorial',
    'finding carries no position shift; topics are added or removed against the whole texts. 1,068 → 1,063 substantive',
    '(2 made routine or editorial, 3 merged away), none newly substantive. Seed 1201, 48 findings drawn on this code and read',
    'by a drafter: 19 of its first 40 negotiated (47.5 %), 6 of the 8 spares; its 21 false: an event moved on or a request',
    'fulfilled 8, outdated content retired 4, the year\'s report, theme or statistics refreshed 4, editorial 3, references',
    'brought up to the succeeding outcome 2. The drafter agreed with all 20 earlier verdicts in it. The fresh samples of',
    'sessions 12 and 13 (62.5 %, 47.5 %) are the honest figure for findings the rules were not written from: the yearly',
    'life of a resolution is a long tail of kinds, each rule taking a few findings.',
    '',
    'Session 14 (classifier/31), from three new users\' readings: the citation of the succeeding outcome (Addis Ababa Action',
    'Agenda → Sevilla Commitment after "implementation of the"), years counted as they are listed ("for two consecutive',
    'years, in 2023 and 2024"), running tallies with their cut-off date a year on, the previous version cited with "as well',
    'as", a short title for the instrument just named and two nouns of one phrase swapped are routine or editorial; a',
    'recorded thing turned to another verb ("takes note of the Panel\'s final report" → "welcomes the final report") and a',
    'date moved by more than the cycle ("since 1 July 2007" → "2017") are negotiated. 1,063 → 1,056 substantive (9 made',
    'routine or editorial, 2 newly substantive, each read against both texts). Signals now agree with their finding (a',
    'routine paragraph\'s figures are routine) and references are added or removed against the whole texts. Seed 1301,',
    '48 findings drawn on session 13\'s final code (classifier/30) and read by a drafter: 26 of its first 40 negotiated',
    '(65 %; 27 as the verdicts file counts, which keeps an earlier reader\'s verdict on oceans OP 321 → OP 317), 3 of the 8',
    'spares; of its 40, 19 had been read before (the drafter agreed with 18); its 14 false: an event or process moving on',
    '7, editorial 4, a verb aged 1, a meeting moved to another paragraph 1, statistics refreshed 1. None of its findings',
    'left the substantive set with this session\'s rules. The fresh samples of sessions 12, 13 and 14 (62.5 %, 47.5 %,',
    '65 %) remain the honest figure: far from 95 %.',
    '',
    'Session 15: seed 1401, 48 findings drawn on session 14\'s final code (classifier/31) and read by a drafter at the',
    'session\'s start, before any of its rules: 28 of its first 40 negotiated (70 %), 4 of the 8 spares; of its 40, 22 had',
    'been read before (the drafter agreed with all); its 12 false: an event moving on or recorded 4, a verb aged or an item',
    'retired 3, editorial 3, the earlier year\'s reports moved to the preamble 1, a consequential edit (a mandate ended in',
    'the same text) 1.',
    '',
    'Session 15 (classifier/32), from three new users\' readings and the previous session\'s leftovers (no rule round): a',
    'reference succeeds another only on the same subject (titles compared), and a list of resolutions taken note of whose',
    'titles change is negotiated, its dropped and added subjects named; the previous version cited is routine only between',
    'versions of one text; a decision restated on the same subject is no weakened commitment; the items a body set for its',
    'session, an alternate-year sitting carried by the cycle the older text itself cites, and an expected event recorded as',
    'held are routine; dashes are folded in word diffs. 1,056 → 1,052 substantive (5 made routine, 1 newly substantive),',
    'each read against both texts. Two go against a drafter\'s label: IAEA 78/8 → 79/4 OP 2, newly substantive, read "not"',
    '(the year\'s set of documents) where a negotiator called the subjects dropped (the Status of Palestine in the IAEA)',
    'the step\'s news; criminal accountability 78/102 → 79/116 OP 15, now routine, read "negotiated" (the sitting moved to',
    'the eighty-first session, skipping the eightieth) where the older text cites the decision that set the same two-session',
    'step: both kept, both close calls. Seed 1401\'s findings did not move.',
    '',
    'Session 16: seed 1501, 48 findings drawn on session 15\'s final code (classifier/32) and read by a drafter at the',
    'session\'s start, before any of its rules: 27 of its first 40 negotiated (67.5 %), 5 of the 8 spares; of its 48, 27',
    'had been read before (the drafter agreed with all); its 13 false: an event moving on, a verb aged or another body\'s',
    'work recorded 5, a routine yearly update (balances and periods, a report requested for the next session, a count',
    'of years) 4, editorial 4. None misaligned.',
    '',
    'Session 16 (classifier/33), from three new users\' readings and the labelled findings still substantive (no fresh',
    'rule round): a recording verb in the form of its new place (an operative paragraph moved to the preamble), a',
    'paragraph taken into a list under a chapeau that is only a verb, an invitation restated, a pandemic clause dropped',
    'beside the yearly update, a past step of another body no longer recorded, a year moving with the text\'s own cycle',
    '(never a deadline), a list grown by its successor, an age counted on ("more than half a century" → "60 years"), the',
    'latest ratifications beside the next Meeting are routine; a pandemic paragraph that also carries lasting health',
    'policy (health systems, universal health coverage, vaccine access, future pandemics) dropped is negotiated again (a',
    'new user found it dropped from eight resolutions and hidden). 1,052 → 1,035 substantive (17 made routine, none newly',
    'substantive), each read against both texts but one of a held-out series; of the 688 findings drafters have read, 374',
    'of the 388 negotiated (none lost) and 161 of the 300 not negotiated are substantive (labelled precision 0.682 →',
    '0.699). Seed 1501 redrawn on these rules: 28 of 40 negotiated.',
    '',
    'Session 17: seed 1601, 48 findings drawn on session 16\'s final code (classifier/33) and read by a drafter at the',
    'session\'s start, before any of its rules: 28 of its first 40 negotiated (70 %; 14 of the 20 read fresh), 5 of the',
    '8 spares; of its 48, 24 had been read before (the drafter agreed with all); its 12 false: an event moving on 7 (a',
    'review cycle held, a forum or conference held, "resumption" and "recent" aged, a pandemic clause left over), a verb',
    'aged 3, a panel decided every two years restated 1, a fact added 1. None misaligned; seven of the negotiated calls',
    'borderline (a one-word intensifier, a word added to a list of principles).',
    '',
    'Session 17 (classifier/39), from the labelled findings still substantive (round 18: stretches that only age a kept',
    'paragraph with the year, wordings of the same meaning, an event\'s onset no longer news), three new users\' readings',
    '(an outcome\'s yearly life: a COP or a stocktake looked forward to then welcomed as held, a request fulfilled, outcomes',
    'named after adoption or brought up to their successors; a split or merge changed only at its seam; a lost glyph read',
    'as its letter) and a review of those rules (a welcome ending as a note, an ask on an edition\'s outcome dropped, a',
    'body\'s name, a draft\'s name kept negotiated): 1,035 → 1,015 substantive (none labelled negotiated left; every',
    'unlabelled finding that left read against both texts by the helper that wrote its rule), 969 routine, 338 editorial',
    'of 2,322 modified; 79/182\'s preambular paragraphs renumbered (a page break had cut PP 3 in two), its findings\' 34',
    'verdicts carried to their new keys; of the 711 findings drafters have read, 389 of the 403 negotiated and 154 of the',
    '308 not negotiated are substantive (labelled precision 0.696 → 0.716).',
    '',
    'Session 18: seed 1701, 48 findings drawn on session 17\'s final code (classifier/39) and read by a drafter at the',
    'session\'s start, before any of its rules: 25 of its first 40 negotiated (62.5 %; 8 of the 17 read fresh, 17 of the',
    '23 read before), 4 of the 5 unread spares; its 15 false: an event moving on 5, a routine yearly update 5 (the year\'s',
    'report, reports succeeded, statistics refreshed, a two-yearly decision renewed), editorial 2, a verb aged 1, other 2',
    '(a programme description shortened with the next paragraph folded in; a Fifth Committee formula dropped with the',
    'departure it qualified). None misaligned. The drafter disagreed with one earlier verdict (UNHCR OP 32 → OP 35,',
    '"civilian populations" → "civilians", read as editorial): the earlier verdict is kept, 24 of 40 with it turned.',
    '',
    'Session 18 (classifier/44, aligner/17), from the review of session 17\'s rules (a clause said by the older paragraph',
    'only in its own whole words and order, a request fulfilled only with its whole mandate, glossary names and decimal',
    'points whole), a new user\'s reading ("with appreciation" half a rung of a verb, a paragraph folded into a merge read',
    'against the merged opening, an event welcomed as held with the look-forward kept routine, the pandemic generalized',
    'to a wider term negotiated) and a review of those rules (an event moves on only under its own name): 1,015 → 1,013',
    'substantive of 2,319 modified (2,322: three findings now merges, a sub-paragraph carried into a neighbour, which stay',
    'substantive but leave this count of modified findings), 968 routine, 338 editorial; of the 733 findings drafters',
    'have read, 398 of the 415 negotiated and 163 of the 318 not negotiated are substantive (labelled precision 0.710 on',
    'the code of the session\'s start with the same verdicts → 0.709; the three negotiated findings that left are the',
    'merges).',
    '',
    'Session 19: seed 1801, 48 findings drawn on session 18\'s final code (classifier/44) and read by a drafter at the',
    'session\'s start, before any of its rules: 29 of its first 40 negotiated (72.5 %; 14 of the 16 read fresh, 15 of the',
    '24 read before), 2 of the 5 unread spares; its 11 false: a routine yearly update 4 (a decision renewed, the year\'s',
    'report, statistics refreshed, the year\'s outcome), editorial 3, an event moving on 2, a verb aged 1, other 1 (a',
    'demand moved out of a sub-paragraph to after the list). None misaligned; no earlier verdict disputed.',
    '',
    'Session 19 (classifier/48), from the drafters\' "not" notes (rules19: a group\'s or a treaty\'s own name, a citation',
    'worded anew for the same instrument, the grammar of one meaning such as "comply with any/all relevant obligations"),',
    'a review of session 18\'s near misses (sig19: a clause said only word after word, a date\'s words alone exempt,',
    'opposite trends no stance shift) and two new users\' readings (clause19: a record of the previous conference\'s',
    'decision dropped while what it decided is said nowhere else is the change; verbs19: a verb changed only because what',
    'was awaited came about gives no direction, "capacity-building activities" editorial): 1,013 → 1,006 substantive of',
    '2,319 modified, 967 routine, 346 editorial; of the 754 findings drafters have read, 414 of the 431 negotiated and 162',
    'of the 323 not negotiated are substantive (labelled precision 0.711 on the session\'s starting code with the same',
    'verdicts → 0.719; no labelled-negotiated finding left; one labelled "not" joined: Arms Trade Treaty 79/52 → 80/46',
    'OP 4, whose dropped record of the Tenth Conference\'s decision a new user reads as news and session 16\'s drafter',
    'did not: the verdict is kept).',
    '',
    'Session 20: seed 2001, 48 findings drawn on session 19\'s final code (classifier/48) and read by a drafter at the',
    'session\'s start, before any of its rules: 27 of its first 40 negotiated (67.5 %; 7 of the 14 read fresh, 20 of the',
    '26 read before), none of the 7 unread spares; its 13 false: a routine yearly update 6 (a requested study now a report',
    'taken note of, another body\'s new resolution recorded, the latest session of a committee, the second Decade',
    'succeeding the first, a fact of the year, a list of declarations growing by the latest), an event moving on 3,',
    'editorial 3, a verb aged 1. None misaligned. One earlier verdict disputed (Palestinian natural resources 79/229 →',
    '80/158 OP 13, a reporting request back to its usual form: "not" by this reader, "negotiated" before; kept as it was).',
    '',
    'Session 20 (classifier/55), from the drafters\' "not" notes (rules20: a cited resolution\'s title with a small word',
    'corrected, an owner said with "of" or the possessive; rules20b: statistics quoting a count out of a total, a document',
    'noted then recalled by its adoption, a note of another body\'s ongoing work that only gains the record of what it',
    'adopted), seed 2001\'s misleading signals (sig20: a pointer whose older clause is still there, a hedge present up to',
    'a function word, a number in what a newly cited resolution did), two new users\' readings (sig20b: a verb still said',
    'after a clause put before it no weakening, a scope qualifier no longer editorial, a recalled decision made anew with',
    'its dates set negotiated; dig20b: a name shortened to its defined term editorial; fomc20: the Fed\'s forward guidance',
    'with a direction) and a review of the new rules (fix20r: six counter-examples bounded): 1,006 → 999 substantive of',
    '2,319 modified, 973 routine, 347 editorial; of the 778 findings drafters have read, 423 of the 440 negotiated and 167',
    'of the 338 not negotiated are substantive (labelled precision 0.705 on the session\'s starting code with the same',
    'verdicts → 0.717); no labelled-negotiated finding left; two joined that a new user read as negotiated (Steps',
    'roadmap 79/41 → 80/48 PP 11, ammunition 79/54 → 80/43 OP 5: their verdicts added); three IRMCT annex rows renamed',
    '(Annex I ¶ n instead of heading n), one verdict carried to its new key.',
    '',
    'Session 21: seed 2101, 48 findings drawn on session 20\'s final code (classifier/56) and read by a drafter at the',
    'session\'s start, before any of its rules: 21 of its first 40 negotiated (52.5 %; 8 of the 18 read fresh, 13 of the',
    '22 read before), 3 of the 4 unread spares; its 19 false: an event moving on 8, a routine yearly update 6 (a process',
    'reported as continuing, a stale COVID-19 clause dropped, a list growing by the Sevilla Commitment), editorial 4',
    '(near-synonyms), a verb aged 1; one spare misaligned (IRMCT financing: the old annex\'s total paired with 80/239\'s new',
    'annex II of credits). One earlier verdict disputed (oceans 79/144 → 80/110 OP 322 → OP 318, the welcome of focal',
    'points dropped as the Regular Process moved to its fourth cycle: "not" by this reader, "negotiated" before; kept as',
    'it was).',
    '',
    'Session 22: seed 2201, 48 findings drawn on session 21\'s final code (classifier/62) and read by a drafter at the',
    'session\'s start, before any of its rules: 25 of its first 40 negotiated (62.5 %; 8 of the 19 read fresh, 17 of the',
    '21 read before), 1 of the 3 unread spares; its 15 false: an event moving on 6 (a state of emergency no longer',
    'extended, a visiting mission held, a convention entered into force), a routine yearly update 4 (a response plan',
    'succeeded, electricity-access figures refreshed, the latest COP decision added), editorial 2 (the agreed "rapid and',
    'unhindered" access wording), a title aged 1, other 2 (four stockpile-destruction paragraphs folded into one, a stale',
    'COVID-19 clause retired). No earlier verdict disputed; no pair misaligned (a merge shown as pure additions and a',
    'condensed block paired with one of its four paragraphs noted).',
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'bench', 'PRECISION.md'), `${section}\n`);
  const resultsFile = join(ROOT, 'bench', 'RESULTS.md');
  const results = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
  const start = results.indexOf('## Precision on official texts (issue 23)');
  const rest = start < 0 ? '' : results.slice(start).replace(/^## Precision on official texts \(issue 23\)[\s\S]*?(?=^## |(?![\s\S]))/m, '');
  const before = start < 0 ? results.replace(/\s*$/, '\n\n') : results.slice(0, start);
  writeFileSync(resultsFile, `${before}${section}\n${rest}`);
}
