/**
 * Every type that crosses a stage boundary. Stages talk only through these plain, serializable shapes:
 *
 *   ingest → Document → normalize → NormalizedDocument → align → Alignment → classify → Comparison → report
 *
 * The JSON contract (`redline compare --format json`, and the library's `compare` result) is `RedlineResult`;
 * its schema is `docs/redline-result.schema.json`.
 */

/** The version of the JSON contract that `RedlineResult.schemaVersion` carries. */
export const SCHEMA_VERSION = 1;

/**
 * The version of the history contract that `HistoryResult.schemaVersion` carries (docs/redline-history.schema.json),
 * raised on its own when a history field changes meaning. 2: `history.transpositions` holds one entry per move (a
 * position out of order in several versions in a row is one move, in the first of them; it was one entry per version),
 * each with the position's `number`, and `positions[].number` is given. 3: a step is the pair report's finding under its
 * names (`left`, was `fromParagraphs`; `right`, `renumbered`, `scores`, `reasons`, `change` …: trial 17c D12), and
 * `history.summary` holds each step's counts and key changes (trial 17b D14).
 */
export const HISTORY_SCHEMA_VERSION = 3;

/** Facts about a document: from its front matter, the catalogue, or derived from the text. */
export interface DocumentMeta {
  /** Stable identifier: front matter `id`, else derived from the file name. */
  id: string;
  /** Title from front matter, else the first heading line, else the file name. */
  title: string;
  /**
   * ISO date (YYYY-MM-DD), or a year alone (YYYY) when front matter gives only the year; from front matter, else (a UN
   * document) its adoption date, else its issue date, else the date its title ends with or a date-only line near the
   * top; null when unknown.
   */
  date: string | null;
  /** Where the text was adopted or issued. */
  place?: string;
  /** Who issued the text. */
  issuer?: string;
  /** Where the text came from (URL or citation). */
  source?: string;
  /** UN document symbol or similar official reference, e.g. `A/78/265`. */
  symbol?: string;
  /** UN distribution as printed under the symbol: `General`, `Limited`, `Restricted`. */
  distribution?: string;
  /** ISO date printed under the distribution (the document's issue date); `date` holds the adoption date when the text states one, else this, unless front matter says otherwise. */
  issued?: string;
  /** The language the text was written in (`Original: English`), when printed. */
  originalLanguage?: string;
  /** The session, as printed: `Seventy-eighth session`. */
  session?: string;
  /** The agenda item(s), as printed after "Agenda item": `84`, `20 (a)`. */
  agendaItem?: string;
  /** The resolution's or decision's number, as printed before its title: `78/113`. */
  resolution?: string;
  /** Draft or adopted, by whom, when and on which report (UN documents; absent for other texts). */
  status?: DocumentStatus;
  /** The meeting at which the text was adopted, as printed at its end: `45th plenary meeting`. */
  meeting?: string;
  /**
   * Notes on the first page's form that no paragraph cites, marked `*` in UN documents: a reissue ("Reissued for
   * technical reasons on 21 June 2021.", on the symbol `A/RES/75/282*`) or a sponsor list's caveat ("Australia:* draft
   * resolution"). Facts about the document, never a paragraph's footnote.
   */
  notes?: string[];
  /**
   * The lines closing a release after its text, as written: a note issued with it ("Implementation Note issued December
   * 16, 2015"), the link text of a related statement ("Statement Regarding Purchases of Treasury Securities …"), the
   * press office's line ("For media inquiries, call …"). Facts about the release, never paragraphs (see
   * `ingest/trailer.ts`); absent when there are none.
   */
  trailer?: string[];
  /** Path the text was read from, as given by the user (`-` for standard input). */
  path: string;
  /** sha256 of the raw input bytes, hex. */
  sha256: string;
  /** Other front-matter fields, kept verbatim so nothing the user wrote is lost. */
  extra?: Record<string, unknown>;
}

/** Where a UN document stands, read from its first page. */
export interface DocumentStatus {
  /** `draft` for a draft resolution or decision (it names its sponsors), `adopted` once an organ adopted it. */
  stage: 'draft' | 'adopted';
  /** The organ that adopted it, e.g. `General Assembly`. */
  by?: string;
  /** ISO date of adoption. */
  on?: string;
  /** The bracketed line under the adoption line: `on the report of the Sixth Committee (A/78/440, para. 8)`. */
  basis?: string;
  /** For drafts: who submitted it, as listed before ": draft resolution" (a group's spokesperson or an office kept whole). */
  sponsors?: string[];
  /**
   * For a revised draft: the symbol of the draft it was made from, as its sponsor block says ("on the basis of informal
   * consultations on draft resolution A/C.2/80/L.17" → `A/C.2/80/L.17`); orders a draft history.
   */
  revises?: string;
  /** For an amendments document ("Egypt: amendments to draft resolution A/C.1/80/L.9"): the symbol of the draft it amends; it is no version of that text. */
  amends?: string;
}

/**
 * What a paragraph is in a resolution: `preambular` ("Recalling …"), `operative` ("1. Decides …"), `sub-paragraph`
 * ("(a) …" under either), `heading` (a section or annex title), `annex` (a paragraph of an annex), `other` (the enacting
 * formula "The General Assembly," and anything else in a structured text).
 */
export type ParagraphRole = 'preambular' | 'operative' | 'sub-paragraph' | 'heading' | 'annex' | 'other';

/** A footnote the paragraph cites: kept with the paragraph, never compared as a paragraph of its own. */
export interface Footnote {
  /** The mark as printed (`1`, `*`). */
  mark: string;
  /** The note's text, lines unfolded. */
  text: string;
  /**
   * In a paragraph's `footnotes`: where the mark stood in the paragraph's `text` (the mark followed `text.slice(0, offset)`),
   * so an output can put it back in place. Absent where not known (a document read by an older version, a cache); an
   * output then shows the paragraph's marks apart at its end (`¹,²,³`), never run together.
   */
  offset?: number;
}

/** One paragraph of a document as the reader sees it. */
export interface Paragraph {
  /** 0-based position in the document. */
  index: number;
  /** The paragraph text with hard line breaks unfolded to single spaces and its number label removed. */
  text: string;
  /** The paragraph's own label (`1.`, `(a)`, `iv)`, `•`), or null; kept apart so renumbering is not a change. */
  number: string | null;
  /** True for headings (Markdown `#`, a bold title line, a short line without final punctuation). */
  heading: boolean;
  /** Offset of the paragraph's first character (its number label included) in the decoded source text. */
  start: number;
  /** Offset just past the paragraph's last character in the decoded source text. */
  end: number;
  /** In a resolution: what the paragraph is (absent in texts without that structure). */
  role?: ParagraphRole;
  /**
   * In a resolution: the label the UN cites, as printed (`PP 3`, `OP 5 (a) (ii)`, `Annex I 4`, `Art. 2 (k)`), unique in the
   * document; null when it has none. In a result's other documents: the name a reader cites it by (`¶ 7` as printed, else
   * `¶ 1` counting body paragraphs only, `heading 1`; see `nameParagraphs`). Absent in a loaded text without UN labels.
   */
  label?: string | null;
  /** In a text cut into sentences (`--unit sentence`), a sentence of a paragraph of several: its 1-based place there (named `¶ 3 s 2`); absent otherwise. */
  sentence?: number;
  /** Footnotes this paragraph cites, in order (absent when none); their marks are removed from `text`, where each stood kept as its `offset`. */
  footnotes?: Footnote[];
}

/** A document read from a file: its facts and its paragraphs. */
export interface Document {
  meta: DocumentMeta;
  paragraphs: Paragraph[];
}

/** A non-fatal problem noticed on the way (an odd input, a diff that hit its limit); collected, never thrown. */
export interface Warning {
  /** Short machine-readable code, e.g. `diff-limit`, `no-paragraphs`. */
  code: string;
  /** One sentence for a person. */
  message: string;
  /** The file concerned, when there is one. */
  file?: string;
}

/** A paragraph prepared for matching. */
export interface NormalizedParagraph {
  /** Folded tokens in order (case, punctuation, spelling, abbreviations folded; lemmas), stop words included. */
  tokens: string[];
  /** Indices into `tokens` of content words (not stop words): the terms that carry meaning. */
  content: number[];
  /**
   * The words as written, lowercased, punctuation dropped, British spelling and the glossary's abbreviations folded,
   * inflection kept (not lemmas): equal `folded` means only editorial differences ("State" ≠ "States").
   */
  folded: string;
  /** The surface text with only whitespace, quote styles, dashes and Unicode forms unified: equal means unchanged. */
  surface: string;
}

/** A document prepared for matching; cacheable by the document's sha256 and the normalizer version. */
export interface NormalizedDocument {
  /** sha256 of the source document. */
  sha256: string;
  /** Version tag of the normalizer that produced this (cache key part). */
  normalizer: string;
  paragraphs: NormalizedParagraph[];
}

/** Component scores of a paragraph pair, each 0..1; `similarity` is their documented combination. */
export interface PairScores {
  /** IDF-weighted cosine of the content-lemma bags. */
  lexical: number;
  /** Weighted share of the smaller side's content found in the larger side (high for merge and split parts). */
  containment: number;
  /** 1 − word-level edit distance / the longer side's word count (over folded words). */
  sequence: number;
  /** 1 − normalized Levenshtein distance of the folded texts. */
  character: number;
  /**
   * Closeness in meaning: cosine of the paragraphs' word-vector sums (smooth-inverse-frequency weights, common
   * component removed; `src/similarity/semantic.ts`), floored at 0. High for paraphrases that share few words.
   * Absent when a side has no word with a vector (only numbers or dates; a text in another script) and when the
   * semantic component is switched off (the scorer's `semantic: false`): then `similarity` uses the lexical-only weights.
   */
  semantic?: number;
  /**
   * Word-level closeness in meaning: each content word matched with its closest word on the other side (word-vector
   * cosine, 1 for the same word), SIF-weighted, rescaled so that 0.5 is 0 (`src/similarity/semantic.ts`,
   * `wordAlignment`). Present exactly when `semantic` is. High when most words have a counterpart, in other words or not.
   */
  words?: number;
}

/** A scored pair or group: the combined similarity and its components. */
export interface ScoredPair {
  similarity: number;
  scores: PairScores;
}

/**
 * What the aligner asks of a similarity measure (built by `similarity/`, used by `align/`; the one non-data type here,
 * because it is the contract between those two stages). The aligner never computes a metric itself: it asks for candidates
 * (cheap) and scores (expensive, only on candidates).
 */
export interface PairScorer {
  /** Right paragraphs worth scoring against left paragraph `left`, best first (cheap: an inverted index). */
  candidates(left: number): number[];
  /** Left paragraphs worth scoring against right paragraph `right`, best first. */
  candidatesOfRight(right: number): number[];
  /** Full score of a left group against a right group (each one or more consecutive paragraphs). */
  score(left: readonly number[], right: readonly number[]): ScoredPair;
  /**
   * The full score when the pair may reach `floor`; null when a cheap upper bound proves its similarity is below it
   * (the character distance, the costly measure, is then never computed). Whoever only asks "at least `floor`?" gets
   * the same answer as from `score`, so the aligner's decisions do not change.
   */
  scoreAtLeast(left: readonly number[], right: readonly number[], floor: number): ScoredPair | null;
  /** Share of paragraph `index`'s content found in the other side's group: accepts a paragraph as part of a split or merge. */
  containment(side: 'left' | 'right', index: number, otherGroup: readonly number[]): number;
  /** Length in words of the longest run of words (folded, stop words included) paragraphs `left` and `right` share: a reused phrase. */
  sharedRun(left: number, right: number): number;
  /**
   * Share of paragraph `index`'s content words found in the same order in paragraph `other` of the other side, once its
   * opening is set aside: up to `opening` leading content words that `other` lacks ("Looking forward to" against
   * "Welcoming"). 0..1; a paragraph shortened or expanded keeps its words in order, one that takes a clause of a long
   * paragraph does not hold most of it.
   */
  orderedContainment(side: 'left' | 'right', index: number, other: number, opening: number): number;
  /** How many distinct pairs were examined: scored in full or bounded below a floor (a cost counter for the benchmarks). */
  readonly scored: number;
}

/** One aligned group: some left paragraphs correspond to some right paragraphs. */
export interface AlignmentLink {
  /** Left paragraph indices (older text), ascending; empty for a paragraph only in the right text. */
  left: number[];
  /** Right paragraph indices (newer text), ascending; empty for a paragraph only in the left text. */
  right: number[];
  /** Combined similarity of the group, 0..1 (0 for unaligned paragraphs). */
  similarity: number;
  /** Component scores (absent for unaligned paragraphs). */
  scores?: PairScores;
  /** True when the group was paired out of order (the second, move-finding pass). */
  moved: boolean;
  /**
   * A merge whose merged paragraph reads its sources in another order than the older text (a paragraph folded into one
   * before it): the left indices in the order the merged paragraph reads them. Absent when that is ascending.
   */
  order?: number[];
  /**
   * A 1:1 link whose older paragraph's closing words went on to a new paragraph after it (a list's trailing clause
   * following its new last item, the aligner's `shedNewItems`): that new paragraph's right index. The pair is read
   * without the closing words the two share. Absent otherwise.
   */
  closingTo?: number;
}

/**
 * Partial reuse found by the aligner's last pass: one paragraph left unpaired (new or dropped) whose content is found,
 * in good part, in one or more paragraphs of the other text it was not aligned with (`src/align/related.ts`).
 * An annotation beside the links, never a link: every paragraph still sits in exactly one link.
 */
export interface AlignmentRelation {
  /** Left paragraph indices, ascending: the one unpaired (dropped) paragraph, or the left paragraphs a new one draws on. */
  left: number[];
  /** Right paragraph indices, ascending: the one unpaired (new) paragraph, or the right paragraphs a dropped one went to. */
  right: number[];
  /** Share of the unpaired paragraph's weighted content found in the related paragraphs together, 0..1. */
  containment: number;
}

/** The aligner's output: every paragraph of both documents in exactly one link. */
export interface Alignment {
  links: AlignmentLink[];
  /** Partial reuse of unpaired paragraphs (annotations; the paragraphs stay in their new/dropped links). */
  related: AlignmentRelation[];
  /** How many candidate pairs were scored in full, against all n × m pairs: the cost of the search. */
  stats: { candidatePairs: number; allPairs: number };
}

/** The fate of a paragraph or group of paragraphs. */
export type FindingKind = 'unchanged' | 'modified' | 'split' | 'merged' | 'new' | 'dropped';

/** All finding kinds, in report order. */
export const FINDING_KINDS: readonly FindingKind[] = ['unchanged', 'modified', 'split', 'merged', 'new', 'dropped'];

/**
 * Paragraphs of a group are joined with this separator in its word diff, so a split or merge shows where the break
 * was: a finding's diff runs through its left paragraphs' texts joined by it, and its right ones'.
 */
export const GROUP_SEPARATOR = '\n\n';

/** One piece of a word-level diff. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** A policy signal attached to a finding: one type per detector in `src/classify/signals/`. */
export type Signal = CommitmentSignal | StanceSignal | ReferenceSignal | NumberSignal | ActorSignal | HedgeSignal | TopicSignal | DissentSignal;

/** What every signal carries, whatever its type. */
export interface SignalBase {
  /** The signal type, named after its detector. */
  type: string;
  /** One sentence for a person, e.g. `commitment weakened: welcome → note`; every renderer shows it as it is. */
  summary: string;
  /**
   * What the pair summary counts it as: `<noun> <verb>`, e.g. `reference added`, `deadline moved`; the noun takes a
   * regular plural ("3 references added"). Routine signals are counted apart, as routine updates.
   */
  tally: string;
}

/** The strength of a commitment changed, e.g. "welcome" → "note". */
export interface CommitmentSignal extends SignalBase {
  type: 'commitment';
  /** The commitment phrase in the left text (lemma form), or null when the left had none. */
  from: string | null;
  /** The commitment phrase in the right text (lemma form), or null when the right has none. */
  to: string | null;
  /**
   * Strength on redline's documented scale (docs and `src/classify/signals/commitment.ts`): 0 none … 5 strongest, the
   * rung; half a rung (x.5) marks the verb above the other within one rung ("call upon" 4 → "urge" 4.5) or a thing
   * recalled then only noted (2 → 1.5), so the two strengths always order as `direction` says.
   */
  fromStrength: number;
  toStrength: number;
  /** Whether the right text commits more or less strongly than the left. */
  direction: 'strengthened' | 'weakened';
  /** True when the verb aged with its event or restates a decision already taken ("Welcomes" → "Recalls", "Decides to convene" → "Recalls its decision to convene"): no tone to report (absent otherwise). */
  routine?: true;
  /** Absent when the scale ranks both verbs; `stance`: a stance it does not rank (`express concern`, `condemn`, in `from` or `to`) beside a verb of another kind, no step on one scale; `added`/`dropped`: no phrase at all on one side. */
  change?: 'stance' | 'added' | 'dropped';
}

/**
 * The degree of a stance the text keeps moved: "expresses concern" → "expresses serious concern", "Noting with concern" →
 * "Noting with deep concern", "Concerned" → "Deeply concerned", "Condemns" → "Strongly condemns", and back. Two degrees,
 * plain and heightened (`src/classify/signals/stance.ts`): "deep" → "grave" is no signal. Only the same stance on the
 * same subject; a stance replaced by a verb of another kind is a commitment signal (`change: 'stance'`).
 */
export interface StanceSignal extends SignalBase {
  type: 'stance';
  /** The stance voiced, the same on both sides (or on the one side that voices it, the other only records): `concern`, `alarm`, `regret`, `condemn`, `deplore`, `outrage`, `dismay`. */
  stance: string;
  /** The words that voice it in the older text, as written (`Noting with concern`, `Concerned`). */
  from: string;
  /** The words that voice it in the newer text, as written (`Noting with deep concern`, `Deeply concerned`), or the recording opening that replaced it (`Noting`). */
  to: string;
  /** `strengthened` when the newer text heightens the stance, `weakened` when it drops the degree. */
  direction: 'strengthened' | 'weakened';
}

/** What a reference cites: a General Assembly resolution or decision, a document symbol, an article, a named instrument. */
export type ReferenceKind = 'resolution' | 'decision' | 'document' | 'article' | 'instrument';

/** A reference cited, dropped, or replaced by its successor (`resolution 78/66` → `resolution 79/77`). */
export interface ReferenceSignal extends SignalBase {
  type: 'reference';
  /** `succeeded`: the previous session's symbol replaced by the next session's of the same shape (routine). */
  change: 'added' | 'removed' | 'succeeded';
  kind: ReferenceKind;
  /** The reference in the older text, canonical (`resolution 75/240`, `A/79/214`, `Article 2 (4)`), or null when added. */
  from: string | null;
  /** The reference in the newer text, or null when removed. */
  to: string | null;
  /** True for the expected yearly succession of a symbol. */
  routine: boolean;
}

/** What a number counts. */
export type NumberCategory = 'session' | 'ordinal' | 'date' | 'deadline' | 'period' | 'year' | 'percentage' | 'figure';

/** A figure, percentage, year, date, session number, period or deadline changed, added or removed. */
export interface NumberSignal extends SignalBase {
  type: 'number';
  change: 'added' | 'removed' | 'changed';
  category: NumberCategory;
  /** The number as written in the older text, or null when added. */
  from: string | null;
  /** The number as written in the newer text, or null when removed. */
  to: string | null;
  /** True for the yearly succession: a session or ordinal one up, a year one up, a later date, a count of years one up. */
  routine: boolean;
  /** Deadlines only: set or brought forward strengthens, lifted or postponed weakens. */
  direction?: 'strengthened' | 'weakened';
}

/** A state, organization, body, role or group of States named, or no longer named (lexicon `lexicons/actors.yaml`). */
export interface ActorSignal extends SignalBase {
  type: 'actor';
  change: 'added' | 'removed';
  /** The actor's canonical name, e.g. `African Union`. */
  actor: string;
  /** `state`, `body`, `organization`, `role` or `group` (or a user lexicon's own). */
  category: string;
  /** The words as written. */
  text: string;
}

/** A hedge or qualifier added (weakening), removed (strengthening) or replaced by one of another strength. */
export interface HedgeSignal extends SignalBase {
  type: 'hedge';
  change: 'added' | 'removed' | 'replaced';
  /** The hedge as written in the older text, or null when added. */
  from: string | null;
  /** The hedge as written in the newer text, or null when removed. */
  to: string | null;
  /** Strength of the hedge added, removed or put in (1 scope qualifier … 3 escape clause; `lexicons/hedges.yaml`). */
  strength: number;
  direction: 'strengthened' | 'weakened';
}

/**
 * A dissent in a voting record ("Voting against the action was James Bullard, who …", FOMC statements): a member
 * voting against who did not before (`added`), or no longer (`dropped`). The dissenters' own words are no commitment
 * or figure of the text (`src/classify/signals/dissent.ts`).
 */
export interface DissentSignal extends SignalBase {
  type: 'dissent';
  /** `added`: the member votes against and did not before; `dropped`: no longer. */
  change: 'added' | 'dropped';
  /** The member's name as the voting record writes it, e.g. `James Bullard`. */
  member: string;
}

/**
 * A topic (lexicon `lexicons/topics.yaml`) the newer text brings that the older never touched (`added`, on each
 * paragraph that brings it), or one the older text touched and the newer no longer touches anywhere (`removed`, on each
 * paragraph that carried it). A paragraph that drops a topic the text keeps elsewhere has no topic signal.
 */
export interface TopicSignal extends SignalBase {
  type: 'topic';
  change: 'added' | 'removed';
  /** The topic's name, e.g. `capacity building`. */
  topic: string;
  /** The words that tagged the paragraph, as written. */
  terms: string[];
}

/** The one clause that changed in a paragraph otherwise routine: the reader's pointer to the negotiated edit. */
export interface FindingChange {
  /** The clause in the older text (out to the nearest comma, semicolon or colon around the edit). */
  before: string;
  /** The clause in the newer text. */
  after: string;
}

/** One resolution or decision of a titled list, as the text names it: `GC(69)/RES/9 A.2` and its title. */
export interface ListedResolution {
  /** The symbol or key with its part as written: `GC(67)/RES/14`, `GC(69)/RES/9 A.2`. */
  name: string;
  /** The title the text quotes for it. */
  title: string;
}

/**
 * A list of titled resolutions taken note of or recalled ("GC(67)/RES/14, entitled “Status of Palestine in the IAEA”;
 * …") whose subjects changed: the entries dropped and added, each whole (a resolution's parts dropped with it are said
 * with it), and the span of each side's list (from its first entry's symbol to its last title's closing mark, offsets in
 * the paragraph texts the diff rebuilds), whose edits the entries account for.
 */
export interface ResolutionListChange {
  dropped: ListedResolution[];
  added: ListedResolution[];
  olderSpan: [number, number];
  newerSpan: [number, number];
}

/** The fields every finding has, whatever its kind; a history step has them too (`HistoryStep`). */
export interface FindingBase {
  /** True when the paragraphs were paired out of reading order. */
  moved: boolean;
  /** For `merged`: the left indices in the order the merged paragraph reads them (and the diff shows them), when not ascending. */
  order?: number[];
  /**
   * For `modified`: true when only case, punctuation, spelling or abbreviations changed. For `split` and `merged`: true
   * when only the seam changed (a paragraph break with its punctuation, one conjunction and the opening's capital). False otherwise.
   */
  editorial: boolean;
  /**
   * For `modified`: true when the only change is the yearly succession (a session number, a year or a date one step on,
   * a resolution or document symbol replaced by its successor; footnote marks, agenda items and job numbers aside).
   * Between editorial and substantive; never true together with `editorial`. For `new` and `dropped`: true when the
   * paragraph only records an event passing (an earlier session or report whose later edition the other text records, an
   * event looked forward to or decided and recorded as held), with `reasons`.
   */
  routine: boolean;
  /**
   * For an editorial or routine finding (`modified`, or a routine `new` or `dropped` one: `event passed: …`), or the routine rest of one with a single real `change`: why, one
   * line per kind of edit (`compound spelling: health care → healthcare`, `case: parties → Parties`, `reference
   * succeeded: 2023/3 → 2024/13`, `sequencing adverb: also → ∅`). For an `unchanged` finding whose texts differ in
   * characters the normalizer unifies: what differs (`typography: hyphen/dash characters differ`); its diff still
   * rebuilds both texts (but for dashes, which the diff reads alike: see `diff`), and every renderer shows the newer
   * text without those edits. Absent on every other finding.
   */
  reasons?: string[];
  /**
   * For a substantive `modified` finding whose other edits are all routine or editorial: the one clause that really
   * changed, older and newer wording (its `signals` are that clause's alone; `reasons` says why the rest is routine).
   */
  change?: FindingChange;
  /**
   * For a `modified` finding whose two paragraphs each hold a list of two or more titled resolutions, and an entry of
   * one has no twin of the same title in the other: what the list dropped and added (absent otherwise). Each year's list
   * numbers its resolutions anew, so the word diff pairs symbols and titles of different entries; this says the entries.
   */
  resolutionList?: ResolutionListChange;
  /** True when an aligned paragraph's number label changed (renumbering alone is not a change). */
  renumbered: boolean;
  /** Combined similarity, 0..1; 1 for unchanged, 0 for new and dropped. */
  similarity: number;
  /** Component scores (empty for new and dropped). */
  scores: Partial<PairScores>;
  /**
   * Word-level diff from the left text to the right text (new: all insert; dropped: all delete). The equal and inserted
   * parts rebuild the right text exactly; the equal and deleted parts rebuild the left text but for its dashes and
   * hyphens (U+2010–2015, U+2212) and apostrophes (curly, straight and their look-alikes, as the surface form unifies
   * them): a word that differs only by such a character is one word to the diff, shown as the right text writes it (an
   * extraction's non-breaking hyphen is no edit), at the same offsets (`wordDiffKey`).
   */
  diff: DiffPart[];
  /** Policy signals noticed in this finding. */
  signals: Signal[];
  /**
   * The footnotes of its paragraphs that changed between the texts, in the newer text's order (absent when none did):
   * a footnote goes with the paragraph citing it and is never compared as a paragraph, so a State added to a note's list
   * (ATT 79/52 → 80/46, OP 2's note 8 gains Panama) is said here, on an unchanged paragraph too.
   */
  footnoteChanges?: FootnoteChange[];
}

/** A footnote of a finding's paragraphs whose text changed, came or went (its mark aside: notes are renumbered with the text). */
export interface FootnoteChange {
  /** `changed`, `added` (a note only the newer paragraphs cite) or `removed` (only the older). */
  change: 'changed' | 'added' | 'removed';
  /** The note's mark in the older text, null when added. */
  leftMark: string | null;
  /** The note's mark in the newer text, null when removed. */
  rightMark: string | null;
  /** Word diff of the note's text, older → newer (added: all insert; removed: all delete). */
  diff: DiffPart[];
  /** The change in one line: `footnote 8 changed: Bahamas → Bahamas (The); adds Panama`. */
  summary: string;
  /**
   * True on a note `added` or `removed` that only moved: the same note is cited by another paragraph of the other text
   * (the UN puts a note at its instrument's first mention, so a clause put earlier takes the note with it: 79/52 cites
   * the Arms Trade Treaty's UNTS note in PP 9, 78/48 in PP 10). Said on both paragraphs, never a key change; absent otherwise.
   */
  relocated?: true;
  /**
   * True on a note `changed` only by the yearly succession the body's report symbols follow (`routineReasons`,
   * classify/routine.ts): the year's report of the Secretary-General cited in the note, `A/79/363` → `A/80/365`, on a
   * paragraph that kept its words (the occupied Syrian Golan 79/90 → 80/82, trial 16a). Shown in the pair report's
   * detail with its `reasons`; left out of digest lines, key changes, the timeline and the step's verdict (a note with
   * new content, a State added to its list, stays negotiated). Absent otherwise.
   */
  routine?: true;
  /** Why a `routine` note is routine (`reference succeeded: A/79/363 → A/80/365`); present with `routine` only. */
  reasons?: string[];
  /**
   * True on a note whose list of States changed (`adds Burkina Faso; adds Mali`: the States that endorsed a declaration):
   * substance, so a paragraph that kept its words counts as negotiated in the step's verdict and the digest (session 17).
   * Never with `routine` or `relocated`. Absent otherwise.
   */
  substantive?: true;
}

/** A paragraph the same in both texts (up to whitespace and typography), possibly moved or renumbered. */
export interface UnchangedFinding extends FindingBase { kind: 'unchanged'; left: [number]; right: [number] }
/** One paragraph changed into one paragraph. */
export interface ModifiedFinding extends FindingBase { kind: 'modified'; left: [number]; right: [number] }
/** One left paragraph became several right paragraphs. */
export interface SplitFinding extends FindingBase { kind: 'split'; left: [number]; right: number[] }
/** Several left paragraphs became one right paragraph. */
export interface MergedFinding extends FindingBase { kind: 'merged'; left: number[]; right: [number] }
/** A paragraph only in the right (newer) text. */
export interface NewFinding extends FindingBase { kind: 'new'; left: []; right: [number] }
/** A paragraph only in the left (older) text. */
export interface DroppedFinding extends FindingBase { kind: 'dropped'; left: [number]; right: [] }

/** What happened to a paragraph or group; `left`/`right` are paragraph indices into the comparison's documents. */
export type Finding = UnchangedFinding | ModifiedFinding | SplitFinding | MergedFinding | NewFinding | DroppedFinding;

/**
 * A `related` link: a paragraph only in one text (a `new` or `dropped` finding) whose content is partly found in
 * paragraphs of the other text — content redistributed, not a split or merge. An annotation on the findings, not a
 * finding: the paragraphs keep their own findings.
 */
export interface RelatedLink extends AlignmentRelation {
  /** The content words both sides share, as written in the unpaired paragraph (lowercased), in its order; at most 12. */
  shared: string[];
}

/** A dropped paragraph and the new one in its place (`Comparison.replacements`). */
export interface Replacement {
  /** The dropped paragraph (left indices, as its finding has them). */
  left: number[];
  /** The new paragraph (right indices, as its finding has them). */
  right: number[];
  /** Their similarity, 0..1, as the scorer gives any aligned pair (`Finding.similarity`). */
  similarity: number;
}

/**
 * The class of a modified finding, as classify decides it and every count names it: `editorial` (its flag), else
 * `routine` (its flag), else `substantive` (a change of substance: negotiated, for UN texts).
 */
export type ModifiedClass = 'substantive' | 'routine' | 'editorial';

/** A comparison's counts: findings per kind, `moved` and `renumbered`, and the modified findings per class (`ModifiedClass`, summing to `modified`). */
export type ComparisonSummary = Record<FindingKind | 'moved' | 'renumbered' | ModifiedClass, number>;

/** The comparison of one older (left) document with one newer (right) document. */
export interface Comparison {
  /** Id of the left (older) document. */
  left: string;
  /** Id of the right (newer) document. */
  right: string;
  /** Document similarity, 0..1: length-weighted mean of finding similarities over both texts. */
  similarity: number;
  /** Share of the left text's words carried unchanged into the right text, 0..1. */
  coverage: number;
  /**
   * Shared wording, 0..1: the Dice coefficient of the two whole texts' word 3-shingles (runs of three words, never across
   * a paragraph break), whatever is aligned (`classify/shared-wording.ts`). Two rewritten texts with no paragraph
   * aligned have `similarity` 0 and still share wording (two General Debate speeches of the Russian Federation, 2018 and 2019: 0 and 8 %).
   */
  sharedWording: number;
  /** Count of findings per kind (every kind present, zero included), plus how many are `moved` and `renumbered`, and the modified ones by class (`ModifiedClass`). */
  summary: ComparisonSummary;
  /** Findings in reading order of the right text, dropped paragraphs where they stood. */
  findings: Finding[];
  /** Partial reuse: new or dropped paragraphs whose content is found in other paragraphs of the other text, in reading order. */
  related: RelatedLink[];
  /**
   * Replacements: each dropped paragraph and the new one the reports show in its place (too different for the aligner
   * to pair: "One in place of the other"), with their similarity, the scorer's figure as every aligned pair has it. The
   * pairs are the reports' rule (`replacementPairs`, src/report/replacements.ts), in reading order. Absent from results
   * written before it was recorded.
   */
  replacements?: Replacement[];
  /** Candidate pairs scored against all pairs: how much work the search saved. */
  stats: { candidatePairs: number; allPairs: number };
  /**
   * The step's one verdict (`isTechnicalUpdate`, src/verdict.ts), computed once when the pair is compared and read by
   * every output (pair report summary, `results.jsonl` signals, the batch index, the digest, the Word contents): true
   * when no finding is negotiated (every change routine or editorial, a heading renumbered with the session, a footnote
   * only succeeded with the year's report). Absent from results written before it was recorded (read as the summary says).
   */
  technicalUpdate?: boolean;
  /** The changes to the text no negotiated finding says (`textChanges`, src/verdict.ts: title, notes, moves, splits), in text order; absent when none. */
  textChanges?: string[];
  /**
   * True when both texts are UN documents (symbols) under one title and neither has a fifth of the other's paragraphs or
   * fewer: however low its similarity, one resolution rewritten, not two texts (trial 17 b: Syria 79/185 → 80/224, 6 %
   * similar, was "unrelated" in its report and the digest). Absent otherwise.
   */
  sameResolution?: true;
}

/** Options echoed into every result: the resolved values, defaults merged (see `src/options.ts`). */
export interface ResolvedOptions {
  /** Minimum similarity for two paragraphs to be aligned in reading order. */
  threshold: number;
  /** Minimum similarity for a dropped and a new paragraph to be paired as moved. */
  moveThreshold: number;
  /** Largest edit length the word diff explores before giving up on a pair (then: delete all, insert all). */
  diffMaxEditLength: number;
  /** Largest number of paragraphs joined in one split or merge (2 or 3). */
  maxGroup: number;
  /** Whether the similarity includes the semantic (word-vector) component and its candidates (`--semantic`). */
  semantic: boolean;
  /** User lexicon files extending the built-in `lexicons/*.yaml` (`--lexicon FILE`), in the order given. */
  lexicons: string[];
  /** How the texts were cut (`--unit`), when not into paragraphs: labels then name lines or sentences, not printed paragraphs. */
  unit?: Exclude<SegmentUnit, 'paragraph'>;
  /** `original` when Word files with tracked changes were read as their text before any change (`--tracked-changes original`). */
  trackedChanges?: 'original';
}

/** The report formats `renderReport` writes (`json` and `text` have renderers of their own). */
export type ReportFormat = 'html' | 'md';

/** The JSON contract: what `compare` returns and `--format json` prints. */
export interface RedlineResult {
  /** Version of this contract (docs/redline-result.schema.json); raised when a field changes meaning or goes away. */
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: 'redline'; version: string };
  options: ResolvedOptions;
  documents: Array<Omit<DocumentMeta, 'extra'> & { extra?: Record<string, unknown>; paragraphs: Paragraph[] }>;
  comparisons: Comparison[];
  warnings: Warning[];
}

// ── Ingest: how documents are read ─────────────────────────────────────────────────────────────────────────────

/** The formats redline reads; decided from the bytes, never from a file name or a Content-Type header. */
export type InputFormat = 'pdf' | 'docx' | 'html' | 'text' | 'zip';

/**
 * What every converter returns: plain text the ordinary segmenter reads (paragraphs separated by blank lines, numbered
 * labels such as `12. ` or `(a) ` kept at paragraph start, headings as Markdown `#`), the facts the file itself states,
 * and the non-fatal problems met on the way.
 */
export interface ConvertedText {
  /** Plain text, one paragraph per blank-line-separated block, ending in a newline. */
  text: string;
  /** Facts found in the file (title, date, symbol); the caller's front matter or catalogue wins over these. */
  meta: Partial<DocumentMeta>;
  /** Non-fatal problems, e.g. a PDF page without text. */
  warnings: Warning[];
  /** The format the bytes were read as. */
  format: InputFormat;
  /**
   * True when the converter already decided where paragraphs are (a UN document rebuilt from its pages): each
   * blank-line-separated block is one paragraph, never joined with the next nor split by the segmenter's heuristics.
   */
  blocksAreParagraphs?: boolean;
}

/** How a document is read (any format, a path or `-` for standard input). */
export interface LoadOptions {
  /** Refuse inputs larger than this many bytes. */
  maxBytes?: number;
  /** Use this id instead of the one from front matter or the file name. */
  id?: string;
  /** Non-fatal problems met while converting (a PDF page without text, an HTML page without an article) are pushed here. */
  warnings?: Warning[];
  /** What one unit of comparison is: a paragraph (default), a line or a sentence. */
  unit?: SegmentUnit;
  /** A Word file with tracked changes is read as its final text (`final`, the default) or its original (`original`). */
  trackedChanges?: TrackedChangesMode;
  /**
   * `compare` only: how the older (left) text is read when it is a Word file with tracked changes, over `trackedChanges`:
   * `compare draft.docx draft.docx --left-tracked-changes original` shows exactly the changes tracked in it.
   */
  leftTrackedChanges?: TrackedChangesMode;
}

/** Which text of a Word file with tracked changes is read: after every change (`final`) or before any (`original`). */
export type TrackedChangesMode = 'final' | 'original';

/** Every tracked-changes mode, the default first. */
export const TRACKED_CHANGES_MODES: readonly TrackedChangesMode[] = ['final', 'original'];

/** How a caller controls a long run; never echoed into results. */
export interface RunControl {
  /**
   * Stops the run: the returned promise rejects with `signal.reason` (an `AbortError` DOMException, a `TimeoutError` for
   * `AbortSignal.timeout`, or the caller's own reason). `compare` and `compareTexts` stop a pair promptly, during its
   * comparison (a large pair runs in a worker thread that the abort terminates); histories and batches between steps.
   */
  signal?: AbortSignal;
}

/** Fetches an http(s) address given as an input, resolving to the bytes it serves (the CLI passes the library's). */
export type Downloader = (url: string) => Promise<Uint8Array>;

/** How `compare` treats inputs that are web addresses. */
export interface UrlInputs {
  /** Fetches `http://` and `https://` inputs; without it such an input is refused with the command that downloads it. */
  download?: Downloader;
}

/** Options of `compareTexts`: what names the two texts in the result and its messages. */
export interface TextOrigins {
  /** Id (and path) of the older text in the result; default `left`, or its front matter's `id`. */
  leftId?: string;
  /** Id (and path) of the newer text; default `right`, or its front matter's `id`. */
  rightId?: string;
}
/** The unit a text is cut into for comparison: `paragraph` (default), `line` (every non-blank line), `sentence`. */
export type SegmentUnit = 'paragraph' | 'line' | 'sentence';

/** All segment units, the default first. */
export const SEGMENT_UNITS: readonly SegmentUnit[] = ['paragraph', 'line', 'sentence'];

// ── Normalize → the pipeline and batch ────────────────────────────────────────────────────────────────────────

/** Where normalized documents come from: by default computed; batch runs pass a cache keyed by sha256. */
export type Normalizer = (document: Document) => NormalizedDocument;

// ── Classify: its inputs ──────────────────────────────────────────────────────────────────────────────────────

/** One side of a comparison as classify reads it: the document and its normalized form. */
export interface ClassifySide {
  document: Document;
  normalized: NormalizedDocument;
}

// ── Batch outputs: what `redline batch` writes and `redline merge` reads ──────────────────────────────────────
// Key order in these objects is the key order on disk (`results.jsonl`, `lineage.json`, `batch.json`), after the
// `schemaVersion` each file opens with (`BatchOutputFile`).

/**
 * The versions of the batch outputs' contracts, one per file, each raised on its own when a field of that file changes
 * meaning or goes away (as `SCHEMA_VERSION` for a pair's JSON and `HISTORY_SCHEMA_VERSION` for a series' history):
 * `batch.json` (docs/batch.schema.json), every line of `results.jsonl` (docs/results.schema.json), `lineage.json`
 * (docs/lineage.schema.json) and `digest.json` (docs/digest.schema.json). 1: the first versioned outputs; files written
 * before carry no `schemaVersion` and have the version-1 shape (`redline merge` reads such shards).
 */
export const BATCH_SCHEMA_VERSION = 1;
/** The version of the `results.jsonl` contract each line carries (docs/results.schema.json); see `BATCH_SCHEMA_VERSION`. */
export const RESULTS_SCHEMA_VERSION = 1;
/** The version of the `lineage.json` contract (docs/lineage.schema.json); see `BATCH_SCHEMA_VERSION`. */
export const LINEAGE_SCHEMA_VERSION = 1;
/** The version of the `digest.json` contract (docs/digest.schema.json); see `BATCH_SCHEMA_VERSION`. */
export const DIGEST_SCHEMA_VERSION = 1;
/** The version of the `target.json` contract (docs/target.schema.json); see `BATCH_SCHEMA_VERSION`. */
export const TARGET_MEMO_SCHEMA_VERSION = 1;

/**
 * A batch output as written to disk: the object with the version of its file's contract first. The objects a run
 * holds and `runBatch` returns (`BatchSummary.manifest`, `.results`, `.lineage`) are the same without it: the version
 * says which contract a file was written under, which an object of the running library always is.
 */
export type BatchOutputFile<T, V extends number> = { schemaVersion: V } & T;
/** `batch.json`. */
export type BatchManifestFile = BatchOutputFile<BatchManifest, typeof BATCH_SCHEMA_VERSION>;
/**
 * One line of `results.jsonl`. The version is on every line, not on a header line: JSONL readers (jq, pandas
 * `read_json(lines=True)`, DuckDB, BigQuery and Spark loaders) take every line as one record of one shape, and a file
 * cut or filtered by lines (`split`, `grep`, `head`) keeps it.
 */
export type PairRecordLine = BatchOutputFile<PairRecord, typeof RESULTS_SCHEMA_VERSION>;
/** `lineage.json`. */
export type LineageFile = BatchOutputFile<Lineage, typeof LINEAGE_SCHEMA_VERSION>;
/** `digest.json`. */
export type DigestFile = BatchOutputFile<Digest, typeof DIGEST_SCHEMA_VERSION>;
/** `target.json`. */
export type TargetMemoFile = BatchOutputFile<TargetMemo, typeof TARGET_MEMO_SCHEMA_VERSION>;

/** Which pairs a batch compares: the target against every document, each document against its series' previous, or every pair. */
export type BatchMode = 'target' | 'chain' | 'all';

/** All batch modes. */
export const BATCH_MODES: readonly BatchMode[] = ['target', 'chain', 'all'];

/** One slice of a batch run: shard `index` (1-based) of `count`. */
export interface Shard {
  /** Which slice, 1..count. */
  index: number;
  /** How many slices the run is cut into. */
  count: number;
}

/** A corpus document as the batch planner sees it (its text stays on disk; workers read it again). */
export interface BatchDocument {
  /** Unique id in the run (front matter `id` or file name; a repeated id gets `~2`). */
  id: string;
  /** Path as listed (corpus folder joined with the relative path). */
  path: string;
  /** sha256 of the file's bytes. */
  sha256: string;
  /** The document's title. */
  title: string;
  /** Sort date: ISO date, or a year for year-only documents, or null. */
  date: string | null;
  /** Front matter `series`, or null. */
  series: string | null;
  /** Front matter `previous` (an id or a date naming the previous document of the series), or null. */
  previous: string | null;
  /** Paragraph count. */
  paragraphs: number;
  /** Its UN symbol (`A/RES/74/247`) or like official reference, when it has one: the name every output gives it (`documentName`); absent otherwise. */
  symbol?: string;
}

/**
 * One line of `results.jsonl` (after the line's `schemaVersion`: `PairRecordLine`, docs/results.schema.json): every
 * planned pair, compared or only estimated. Its sides are `left` (older) and `right` (newer), as in the pair's JSON;
 * the digest and the reports call them `older` and `newer` (a digest step joins its record by `older.id` = `left`).
 */
export interface PairRecord {
  /** Position in the run's canonical pair order (also decides the shard). */
  pair: number;
  /** Id of the older document (a digest step's `older.id`). */
  left: string;
  /** Id of the newer document (a digest step's `newer.id`). */
  right: string;
  /** Sort date of the older document. */
  leftDate: string | null;
  /** Sort date of the newer document. */
  rightDate: string | null;
  /**
   * The engine's document similarity when `estimated` is false; else a copy of `estimate`, so that every record has a
   * number (it is then not the engine's measure: rank and cluster by `estimate`).
   */
  similarity: number;
  /** True when the pair was below the pre-filter and not compared: `similarity` is the shingle estimate, counts are null. */
  estimated: boolean;
  /**
   * The shingle estimate, present for every pair: the one measure to rank or cluster pairs across a run by (the all-pairs
   * index does). `similarity` of a compared pair is another scale (aligned paragraphs: two speeches of one country with no
   * paragraph aligned one to one are 0 % similar, their estimate 8 %), never ranked with estimates.
   */
  estimate: number;
  /** Share of the left text carried unchanged (null when estimated). */
  coverage: number | null;
  /** Findings per kind plus moved/renumbered and the modified ones by class, as the pair JSON's (null when estimated). */
  summary: ComparisonSummary | null;
  /**
   * Path of the pair's JSON report relative to the output folder, when the pair reached `--min-similarity`. Not a digest
   * step's `report`, which is the report a reader opens: `html` when written, else this.
   */
  report: string | null;
  /** Path of the pair's HTML report, when written. */
  html: string | null;
  /** Why the pair could not be compared, when it could not. */
  error?: string;
  /** What the pair's signals say, document-wide (compared pairs only). */
  signals?: PairSignals;
  /** Chain mode: id of the series the pair belongs to (`BatchManifest.series`); absent in other modes. */
  series?: string;
  /** Chain mode: which link of its series the pair is (one version to the next, or a step of a draft history). */
  step?: SeriesStep;
  /**
   * Chain mode: true when the pair's similarity is below the candidate floor (half of `--min-similarity`): two texts that
   * are hardly related were put in one series (by front matter, a folder or a `previous`), shown as "unrelated?", never as
   * an ordinary change. Absent otherwise.
   */
  unrelated?: true;
  /** The pair's comparison found one UN resolution rewritten under its title (`Comparison.sameResolution`): never `unrelated`. */
  sameResolution?: true;
  /**
   * Chain mode: the versions (ids, oldest first) this pair steps over, when the step into the newer version was unrelated
   * and the newer version is compared with the last related one instead (`2008-01-30 → 2008-03-18`, skipping the
   * 2008-03-11 liquidity release: trial 20-b D3). Absent for the series' consecutive steps.
   */
  skipping?: string[];
  /**
   * The pair's warnings (`RedlineResult.warnings`: both texts' and the comparison's), each naming its file; absent when
   * none. A Word draft's tracked changes read as accepted are said in the digest and on standard error from here.
   */
  warnings?: Warning[];
}

/** A compared pair's signals, document-wide: for the batch index ("which documents added or dropped a reference or a topic"). */
export interface PairSignals {
  /** The pair in one line: a technical update, or its non-routine signals counted; null when nothing changed. */
  summary: string | null;
  /** The step's verdict (`Comparison.technicalUpdate`): what the batch index counts as a technical update; absent in records written before it. */
  technicalUpdate?: boolean;
  /** References cited in the newer text and not the older, routine successors aside (canonical, e.g. `resolution 75/240`). */
  referencesAdded: string[];
  /** References the older text cited and the newer no longer does, routine successors aside. */
  referencesRemoved: string[];
  /** Topics the newer text touches and the older never did (its topic signals `added`), each once. */
  topicsAdded: string[];
  /** Topics the older text touched and the newer no longer touches anywhere (its topic signals `removed`), each once. */
  topicsRemoved: string[];
}

/** One earlier paragraph (or group) a target paragraph carries. */
export interface LineageMatch {
  /** Paragraph index in the target. */
  paragraph: number;
  /** Id of the earlier document. */
  document: string;
  /** Paragraph indices in the earlier document. */
  paragraphs: number[];
  /** Their labels (`OP 17` in a resolution, `¶ 7` / `heading 1` elsewhere: `nameParagraphs`), for links into the pair report; absent in matches cached before labels. */
  labels?: Array<string | null>;
  /** Their own printed numbers (`1.`, `(a)`, null where a paragraph has none), to cite them as the pair report does (`¶ 3 (1.)`); absent when none has one. */
  numbers?: Array<string | null>;
  /**
   * `unchanged` (the same text), `modified`, `merged` (earlier paragraphs joined in the target's), `split` (an earlier
   * paragraph cut into target paragraphs) or `partial` (part of the target paragraph's wording is taken from the earlier
   * paragraph, a phrase word for word, while the whole-paragraph similarity stays under the move threshold: a sentence
   * of a longer paragraph taken among sentences of its own; see `containment`).
   */
  kind: LineageKind;
  /** The engine's paragraph similarity of the target paragraph and the earlier paragraph(s). */
  similarity: number;
  /** Kind `partial` only: the share of the target paragraph's weighted wording that the earlier paragraph holds (0..1). */
  containment?: number;
  /**
   * How the wording came in, as the pair report classes its finding (`TargetMemoEdit`: `none`, `editorial`, `routine`,
   * `substantive`; target.json's `edit`, a pair finding's `editorial` / `routine` booleans): present on a match taken
   * from a pair report; a search match has none (`LineageSource.edit` says `none` for unchanged, else null).
   */
  edit?: TargetMemoEdit;
}

/** How a target paragraph carries an earlier paragraph (see `LineageMatch.kind`): a pair report's kinds, or `partial`. */
export type LineageKind = FindingKind | 'partial';

/**
 * A target paragraph's closest candidate under the source floor (`--move-threshold`) in an earlier document: the near
 * miss an analyst reads beside "new" (seed ¶ 7, the Points of Contact Directory: closest A/RES/78/16 PP 11, 22 %). Never
 * a source: `LineageParagraph.closest` is given only to a paragraph without one.
 */
export interface LineageClosest {
  /** Id of the earlier document. */
  document: string;
  /** Paragraph indices in the earlier document. */
  paragraphs: number[];
  /** Their labels (`OP 17`, `¶ 7`), as `LineageMatch.labels`. */
  labels?: Array<string | null>;
  /** Their printed numbers, as `LineageMatch.numbers`. */
  numbers?: Array<string | null>;
  /** The engine's paragraph similarity, under the floor (or over it, with `formula`). */
  similarity: number;
  /** True when the candidate shares only the formula of the genre (dates, other citations, a lead-in): no source however similar. */
  formula?: true;
}

/** One earlier document's paragraph(s) that a target paragraph carries, with the facts a reader needs. */
/**
 * A paragraph of an earlier document that has a run of `CLAUSE_WORDS` (12) or more of a target paragraph's words word
 * for word: where a clause the paragraph adds may have been first (`TargetMemoClause`), found in any document the
 * lineage searched through the candidate index (issue 19: a clause pasted into one of 200 unrelated speeches).
 */
export interface LineageClauseMatch {
  /** Id of the earlier document. */
  document: string;
  /** The earlier paragraph's index (one). */
  paragraphs: number[];
  /** Its label (`PP 17`, `¶ 7`), as `LineageMatch.labels`. */
  labels?: Array<string | null>;
  /** Its printed number, as `LineageMatch.numbers`. */
  numbers?: Array<string | null>;
  /** The run's first word in the target paragraph (words: letters and digits, lower-cased, `clauseWords`). */
  from: number;
  /** The run's length in words. */
  words: number;
}

export interface LineageSource extends Omit<LineageMatch, 'paragraph' | 'edit'> {
  /** Sort date of the earlier document. */
  date: string | null;
  /** Title of the earlier document. */
  title: string;
  /**
   * The modified class, in target.json's encoding (`TargetMemoEdit`): `none` (the same text), `editorial`, `routine`
   * or `substantive` as the pair report classes the finding (a pair finding's `editorial` / `routine` booleans, read
   * alike); null where no pair report judged the pair (a source the lineage search found, unless unchanged: `none`).
   * Absent from lineages written before it.
   */
  edit?: TargetMemoEdit | null;
}

/**
 * What the lineage can say of a target paragraph: `traced` (earlier sources found), `new` (every earlier document was
 * searched and none carries it) or `not-checked` (none found, but not every earlier document was searched for it: some
 * could not be searched, `Lineage.notChecked`, or the paragraph itself was too short or too common to search for,
 * `searched: false`, and no pair report aligns it; it may be in them).
 */
export type LineageStatus = 'traced' | 'new' | 'not-checked';

/** A target paragraph and the earlier documents whose paragraphs it carries, oldest first. */
export interface LineageParagraph {
  /** Paragraph index in the target. */
  index: number;
  /** The paragraph's own label (`12.`, `(a)`), or null. */
  number: string | null;
  /** In a resolution: the label the UN cites it by (`OP 17`), or null; absent elsewhere. */
  label?: string | null;
  /** True for a heading line (the title, a date line, a section heading: `isHeadingLine`), shown as a heading, not as a numbered paragraph; absent otherwise and in lineages written before. */
  heading?: boolean;
  /** The paragraph's text. */
  text: string;
  /** False when the paragraph is not searched: too short (fewer than 8 word 3-shingles: a heading, a date) or made only of wording common in the corpus. */
  searched: boolean;
  /** `traced`, `new` or `not-checked` (see `LineageStatus`); never `new` while an earlier document went unsearched. */
  status: LineageStatus;
  /**
   * A paragraph without a source: its closest candidate under the floor among the earlier documents searched (with the
   * document's date and title), so the near miss is seen; absent when it has sources or no candidate was scored.
   */
  closest?: LineageClosest & { date: string | null; title: string };
  /** Earlier documents carrying it, by date; among one date, the target's own series first (`sourceOrder`). */
  sources: LineageSource[];
  /**
   * Earlier paragraphs that have a run of 12 words or more of it word for word, its sources' own paragraphs aside, the
   * oldest first, a run inside an older one's left out (`LineageClauseMatch`); absent when none, and in lineages
   * written before.
   */
  clauses?: Array<LineageClauseMatch & { date: string | null }>;
}

/**
 * Why the lineage could not search a document: `unreadable` (the input could not be read at all), `other-shard`
 * (another shard of the run searches it; `redline merge` joins the shards' lineages) or `failed` (reading it for the
 * search failed, e.g. the file changed during the run).
 */
export type LineageGap = 'unreadable' | 'other-shard' | 'failed';

/** A possible source the lineage did not search: an earlier (or undated) document, or an input that could not be read. */
export interface LineageUnchecked {
  /** Id of the document; for an input that could not be read (it has no id), its path. */
  document: string;
  /** Why it was not searched. */
  reason: LineageGap;
  /** The one-line error, for `unreadable` and `failed`. */
  error?: string;
}

/**
 * `lineage.json`: every paragraph of a target, with its earlier sources (best match per document, by date). Every
 * earlier (or undated) document is searched through the paragraph-level candidate index, whatever its overall
 * similarity to the target; `--min-similarity` only decides which pair reports are written. A document whose pair has
 * a report and reaches the default `--min-similarity` gives the sources that report aligns (`pairAlignments`). On disk after its `schemaVersion` (`LineageFile`,
 * docs/lineage.schema.json).
 */
export interface Lineage {
  /** Id of the target document. */
  target: string;
  /** What a reader calls the target: its symbol, else its title, else its id (`documentName`; the id is the file name when the text names itself no other way). */
  targetName: string;
  /** Earlier (or undated) documents searched for the target's paragraphs; documents dated after the target, or the same day, cannot be sources. */
  documentsSearched: number;
  /** Of them, those searched only through the phrases they share with the target (past the 1,000 closest by estimate): a paraphrase in them, and their closest paragraphs, may be missed; absent when none. */
  searchedByPhrases?: number;
  /** Possible sources that were not searched, and why (documents in canonical order, then unreadable inputs by path). */
  notChecked: LineageUnchecked[];
  /** The target's paragraphs in order. */
  paragraphs: LineageParagraph[];
}

/** `batch.json` (after its `schemaVersion`: `BatchManifestFile`, docs/batch.schema.json): enough to reproduce the run and to merge shards. */
export interface BatchManifest {
  /** The program that wrote the run. */
  tool: { name: 'redline'; version: string };
  /** Which pairs were planned. */
  mode: BatchMode;
  /** Id of the target document (target mode), else null. */
  target: string | null;
  /** Engine options, the report threshold and the pre-filter floor (half of it). */
  options: ResolvedOptions & { minSimilarity: number; candidateFloor: number; unit?: SegmentUnit; seriesBy?: SeriesBy; trackedChanges?: TrackedChangesMode };
  /** Every input document in canonical (date, id) order, with its sha256. */
  documents: BatchDocument[];
  /** Inputs that could not be read, reported and skipped. */
  failures: Array<{ path: string; error: string }>;
  /** Planned pairs in the whole run (all shards). */
  pairs: number;
  /** Which slice this output holds, or null for a whole run (or a merge of all shards). */
  shard: Shard | null;
  /** sha256 over mode, options, documents and series: shards merge only when it agrees. */
  planKey: string;
  /** Chain mode: how the documents were grouped, each series with its documents in order (empty in other modes); with `committees`, only the series kept. */
  series: Series[];
  /** Chain mode with `--committee`: the committees kept and how many series the run left out (of other committees, or naming none): not compared, no history, not in the digest; their documents stay in `documents` (read to group the series). */
  committees?: DigestCommittees;
  /** Chain mode: inputs left out as copies of another input (its PDF and its text); absent when there are none. */
  duplicates?: DuplicateInput[];
  /** Files of the corpus folder not read (another format, an earlier batch's output), each with why; absent when there are none. */
  skipped?: SkippedInput[];
}

/** A file of the corpus folder that a batch did not read as a document, and the one line that says why and what to do. */
export interface SkippedInput {
  /** Path of the file, as listed. */
  path: string;
  /** `other-format`: no format redline reads (.odt, .rtf, .doc, an image, …); `redline-output`: an earlier batch's page, digest or printed digest. */
  kind: 'other-format' | 'redline-output';
  /** `<path>: is an OpenDocument file (.odt, …), not a Word document. Save it as .docx …`: the line stderr prints. */
  reason: string;
}

/** An input left out of a chain or a history as a copy of another (the same file, or one text in two formats): which was kept and why. */
export interface DuplicateInput {
  /** Path of the copy kept (as listed or given). */
  kept: string;
  /** Path of the copy left out. */
  dropped: string;
  /** The document's name: its symbol, else its id. */
  name: string;
  /** Why this copy was kept: "the PDF (the document as published)", "the first given", … */
  reason: string;
}

/** What a batch run did, for the one-line summary and the exit code. */
export interface BatchSummary {
  /** Documents read. */
  documents: number;
  /** Inputs that could not be read (reported in `batch.json`, skipped). */
  failedDocuments: number;
  /** Pairs planned in the whole run. */
  pairs: number;
  /** Pairs of this shard. */
  shardPairs: number;
  /** Pairs compared in full (this run or reused from an interrupted one). */
  compared: number;
  /** Pairs left at their estimate. */
  estimated: number;
  /** Pairs compared by an earlier run (journal of an interrupted run, or the pair cache) and reused. */
  reused: number;
  /** Pair reports written. */
  reports: number;
  /** Pairs whose comparison failed. */
  failedPairs: number;
  /** Seconds per phase (`lineage`: the lineage search of target mode, 0 in the other modes). */
  seconds: { scan: number; normalize: number; compare: number; lineage: number; history: number; total: number };
  /** True when nothing failed. */
  ok: boolean;
  /** The run's `batch.json` (without the file's `schemaVersion`): mode, options, every input with its sha256, skipped inputs, the shard. */
  manifest: BatchManifest;
  /** Every pair of this run (or shard), in pair order: the lines of `results.jsonl`, without each line's `schemaVersion`. */
  results: PairRecord[];
  /** The target's lineage (`lineage.json`, without its `schemaVersion`) in target mode, else null. */
  lineage: Lineage | null;
  /** Why the run went without the cache it was given, as `<cache folder>: <why>` (it cannot be written), or null. */
  cacheOff: string | null;
  /** Cache entries found damaged, edited or of another version (recomputed), or not written: `<path in the cache>: <why>`. */
  cacheProblems: string[];
  /** Input files by format (their extension: `txt`, `md`, `html`, `pdf`, `docx`): read, failed to read, skipped (not a document format). */
  inputs: { read: Record<string, number>; failed: Record<string, number>; skipped: Record<string, number> };
  /** The inputs that could not be read, each with its one-line reason. */
  failures: Array<{ path: string; error: string }>;
  /** Chain mode: the series the documents were grouped into (as in `batch.json`); empty in other modes. */
  series: Series[];
  /** Chain mode, a whole run: the history written for each series of two or more documents, in the series' order. */
  histories: SeriesHistoryRecord[];
  /** Chain mode, a whole run: what the digest kept (`DigestKept`); null when no digest was written (another mode, a shard). */
  digest: DigestKept | null;
  /** Files an earlier run wrote in the output folder (its batch.json and results.jsonl list them) that this run did not, removed; relative to the folder, sorted. */
  removed: string[];
}

/** What a run's digest kept, for the CLI to warn of an empty one (`--since 2052`): its series and steps, and its restrictions. */
export interface DigestKept {
  /** Series in the digest. */
  series: number;
  /** Steps in the digest. */
  steps: number;
  /** `Digest.since`, when `--since` was given. */
  since: DigestSince | null;
  /** `Digest.committees`, when `--committee` was given. */
  committees: DigestCommittees | null;
}

/** A series' history as a chain batch wrote it (`series/<id>.json`, and `.html` with HTML reports): one per series of two or more documents. */
export interface SeriesHistoryRecord {
  /** The series' id (`Series.id`). */
  series: string;
  /** The history's JSON (`HistoryResult`), relative to the output folder; null when it could not be built. */
  json: string | null;
  /** Its HTML page, relative to the output folder; null without HTML reports or when it could not be built. */
  html: string | null;
  /** Its Word document (`redline history -o x.docx`'s), written with the HTML page; absent otherwise. */
  docx?: string;
  /** Rows of its table (positions). */
  positions: number;
  /** Positions absent from a version and back in a later one. */
  reinstated: number;
  /** Why the history could not be built (a version that could not be read), when it could not. */
  error?: string;
}

/** What a merge of shard outputs did. */
export interface MergeSummary {
  /** Shard folders merged. */
  shards: number;
  /** Pair records in the merged run. */
  pairs: number;
  /** Pair reports copied. */
  reports: number;
  /** True when no shard recorded a failed input or pair. */
  ok: boolean;
  /** Files an earlier run or merge wrote in the output folder that this merge did not, removed; relative to the folder, sorted (as `BatchSummary.removed`). */
  removed: string[];
}

// ── Sets of documents: series, the history of N versions, the digest ─────────────────────────────────────────────
// A new capability has its own stage and its own types here: `series/` groups documents, `history/` collates the
// versions of one text, `digest/` says what was negotiated. Renderers receive these shapes and never re-derive them.

/**
 * The rule that grouped a series: front matter `series`, `--series-by folder`, the UN resolution's title, or similarity.
 * These are the values of `batch.json`; the index and the summary line word them for a reader ("front matter", "UN title").
 */
export type SeriesBasis = 'front-matter' | 'folder' | 'un-title' | 'similarity';

/** A draft resolution, its revisions and the text that adopted it, inside one series (UN documents). */
export interface DraftHistory {
  /** Ids of the drafts, oldest first (`A/C.2/80/L.17`, then its revision `A/C.2/80/L.58`). */
  drafts: string[];
  /** Id of the adopted text, or null when the corpus does not hold it. */
  adopted: string | null;
}

/** Documents that are versions of one text, in the order they follow one another. */
export interface Series {
  /** Stable id, unique in the run (a slug of the title). */
  id: string;
  /** The series' title: the resolution's title, the front matter `series`, or the folder's name. */
  title: string;
  /** The rule that grouped it. */
  basis: SeriesBasis;
  /** Ids of its documents, oldest first; in a UN series a session's drafts come before its adopted text. */
  documents: string[];
  /** Draft histories inside the series (UN documents), oldest session first; empty elsewhere. */
  drafts: DraftHistory[];
  /** The Main Committee on whose report it was adopted (`First Committee`), `Plenary` when adopted without reference to a Main Committee, else null. */
  committee: string | null;
  /** The agenda item as printed on its newest document (`98 (e)`), else null. */
  agendaItem: string | null;
  /** How many of its documents have no date (front matter, date line or closing note): ordered by file name; absent when all are dated. */
  undated?: number;
  /**
   * With `--series-by folder`: the UN drafts that joined this series from another folder by their title (a `drafts/`
   * folder holding drafts of several resolutions is no series), each with the folder it sits in; absent when none did.
   */
  draftsJoinedByTitle?: Array<{ id: string; folder: string }>;
}

/**
 * Which link of a series a chain pair is: `version`, from one version to the next (to the session's first draft when the
 * series holds it: what was tabled against last year's text), or `draft`, from a draft to its revision or adopted text.
 */
export type SeriesStep = 'version' | 'draft';

/** How a batch may be told to group its documents besides front matter: `folder` makes each sub-folder of the corpus one series. */
export type SeriesBy = 'folder';

/** The plain facts of one document that `series/` groups by (the batch scan reads them; nothing else of the document is needed). */
export interface SeriesFacts {
  /** The document's id in the run. */
  id: string;
  /** Its title (a UN document's: the resolution's title). */
  title: string;
  /** Sort date (ISO date or year), or null. */
  date: string | null;
  /** Front matter `series`, or null: an explicit series, never regrouped. */
  series: string | null;
  /** With `--series-by folder`: the sub-folder of the corpus holding it (relative, `/`-separated); null at the corpus' top or without that option. */
  folder: string | null;
  /** UN document symbol (`A/RES/80/46`, `A/C.1/80/L.9`), or null. */
  symbol: string | null;
  /** The resolution's number (`80/46`), or null. */
  resolution: string | null;
  /** The General Assembly session, from the resolution number or the symbol (`80`), or null. */
  session: number | null;
  /** `draft` or `adopted` (UN documents), else null. */
  stage: 'draft' | 'adopted' | null;
  /** For a revised draft: the symbol of the draft it revises (`DocumentStatus.revises`), else null. */
  revises: string | null;
  /** For an amendments document: the symbol of the draft it amends (`DocumentStatus.amends`); absent or null otherwise. */
  amends?: string | null;
  /** The Main Committee that handled it (`First Committee`: from the adoption basis or a committee draft's symbol), `Plenary` when adopted without reference to a Main Committee, else null. */
  committee: string | null;
  /** The agenda item as printed (`99 (y)`), else null. */
  agendaItem: string | null;
}

/** How many series each rule formed in a run (the summary line: "70 series by UN title, 2 by similarity"). */
export type SeriesCounts = Record<SeriesBasis, number>;

// ── Digest: what was negotiated, series by series ─────────────────────────────────────────────────────────────────
// Built by `digest/` (`buildDigest`) from the series and their pairs' results; written by batch as `digest.json`,
// rendered as `digest.md` and as a section of the batch index. Key order here is the key order of `digest.json`, after its `schemaVersion`.

/** One version of a text as a digest names it. */
export interface DigestVersion {
  /** The document's id in the run. */
  id: string;
  /** What a reader calls it: its symbol (`A/RES/79/50`), else its resolution number (`79/50`), else its id. */
  name: string;
  /** Its ISO date, or null when unknown. */
  date: string | null;
}

/** One negotiated change of a step: a substantive finding as one line. */
export interface DigestLine {
  /** What happened to the paragraph(s): `modified` (substantive only), `split`, `merged`, `new`, `dropped`, or `moved` (a run moved far in its part, `moveLines`). */
  kind: Exclude<FindingKind, 'unchanged'> | 'moved';
  /** Where it stands, as negotiators cite it: `OP 17`, `PP 3`, `OP 16 → OP 17` when renumbered; `¶ 5` without labels. */
  place: string;
  /** The line as a reader sees it: `OP 17: welcomes → takes note of (weaker)`, `new PP 3: Recalling …`, `dropped OP 9: …`. */
  text: string;
  /**
   * The changes the line says, one item each, as `text` says them after its place: a rewording's phrases (`welcomes →
   * takes note of`, `adds “…”`, `2 more changes`), a new or dropped paragraph's quote; no tone. `text` joins them by
   * `; `, or by ` · ` when one holds a semicolon of its own.
   */
  changes: string[];
  /**
   * The signals the line lists: the finding's, less the yearly succession and those its words already show, each once, a
   * position moving first, at most three (the pair report lists them all); then each footnote of the paragraph that
   * changed, as the finding's `footnoteChanges` summary says it (`footnote 8 changed: Bahamas → Bahamas (The); adds Panama`),
   * two of them when more than three changed, the rest counted (`4 more footnote changes`).
   */
  signals: string[];
  /** `weaker` or `stronger` when the finding's non-routine signals all point one way, else null. */
  tone: 'weaker' | 'stronger' | null;
  /** 0-based index of the finding in the pair's comparison (the pair report's row is `r-<finding + 1>`). */
  finding: number;
  /** Link to the finding's row in the pair's report (HTML when written, else JSON), relative to the output folder; null without a report. */
  href: string | null;
  /**
   * For a new paragraph that the series had before (dropped from the previous version, back in this one): where it
   * was last, as the series' history says (`reinstated in 80/160`); the line reads `reinstated PP 23 (from A/RES/78/102
   * PP 22): …`. Absent otherwise.
   */
  reinstated?: DigestReinstated;
  /**
   * For a new paragraph standing in a dropped one's place (the pair report's replacement): the dropped paragraph's place
   * (`OP 55`); the line reads `new OP 61, in place of dropped OP 55: … — was: …`, and the dropped one has no line of
   * its own. Absent otherwise.
   */
  replaces?: string;
  /** For a reworded line of one change (`… ensuring access to affordable → … ensuring universal access to affordable`): true when its older side's words still stand in another paragraph of the newer text, so the term was not replaced throughout. Absent otherwise. */
  olderWordingRemains?: true;
}

/** One step of a series: one version against the next, and what was negotiated between them. */
export interface DigestStep {
  /** A version to the next (`version`), or a draft to its revision or adopted text (`draft`). */
  step: SeriesStep;
  /** The older version. */
  older: DigestVersion;
  /** The newer version. */
  newer: DigestVersion;
  /** The pair's document similarity, 0..1. */
  similarity: number;
  /**
   * True when the batch flagged the pair unrelated (its similarity far below `--min-similarity`): the series put two
   * texts together, not two versions of one, so its findings are no negotiation and the step has no lines.
   */
  unrelated: boolean;
  /** The versions (by id, oldest first) this step skips as unrelated: it compares the newer version with the last related one; absent otherwise. */
  skipping?: string[];
  /** True when every finding is unchanged, editorial or routine (the yearly succession): nothing was negotiated (false when unrelated). */
  technicalUpdate: boolean;
  /** The changes to the text no line says (`Comparison.textChanges`: title, notes, moves, splits); absent when none. */
  textChanges?: string[];
  /** Findings that are only the yearly succession (sessions, years, dates, symbols one step on). */
  routine: number;
  /** Findings that are only editorial (case, punctuation, spelling). */
  editorial: number;
  /**
   * The pair's report a reader opens, relative to the output folder: HTML when written (the pair record's `html`), else
   * JSON (the record's `report`), or null. Not the record's `report` (always the JSON); named so before the outputs were
   * versioned, and kept (docs/digest.schema.json says so).
   */
  report: string | null;
  /**
   * The negotiated changes, one per finding, in the newer text's reading order (dropped paragraphs where they stood);
   * empty for a technical update. The index lists every one; `memo` is what `digest.md` and `digest.docx` print.
   */
  lines: DigestLine[];
  /**
   * The lines `digest.md` and `digest.docx` print, in order: each of `lines` with its signals, except that a run of
   * `MEMO_RUN` or more new (or dropped) paragraphs in a row is one line (`dropped PP 5 to PP 32 (28 paragraphs), the
   * first: …`). A new user counted 131 `lines` in `digest.json` for a step the Markdown and Word call "131 negotiated
   * changes in 25 lines": those 25 are the memo.
   */
  memo: DigestMemoLine[];
  /**
   * The pair report's warnings, each naming its file (a Word draft's tracked changes read as accepted: one delegation's
   * proposals shown as the draft's text); absent when none.
   */
  warnings?: Warning[];
  /**
   * Routine findings of a class a reader wants named though nothing was negotiated (the COVID-19 references retired):
   * one note per class, counted with `routine`, never among `lines`; absent when none.
   */
  routineNotes?: DigestRoutineNote[];
}

/** A class of routine findings a step names (`DigestStep.routineNotes`): `Routine: COVID-19 references retired — PP 12, OP 5 of A/RES/78/136`. */
export interface DigestRoutineNote {
  /** What happened, as the note says it: `COVID-19 references retired`. */
  what: string;
  /**
   * The paragraphs where it happened, in the older text's order: `OP 5 → OP 6` for one kept (its place in each text),
   * `PP 12 (dropped)` for one dropped whole.
   */
  places: string[];
  /** The older text's name, whose numbering `places` follows (left of `→`). */
  of: string;
  /** The newer text's name, whose numbering `places` follows right of `→`: present when a place names a kept paragraph. */
  into?: string;
}

/** One line of a step's memo (`DigestStep.memo`): its text as `digest.md` and `digest.docx` print it, and the changes it carries. */
export interface DigestMemoLine {
  /** The line as printed (`OP 17: welcomes → takes note of — stronger`, `new OP 5 to OP 9 (5 paragraphs), the first: …`). */
  text: string;
  /** Where it links: its first change's `href`. */
  href: string | null;
  /** 0-based index in the step's `lines` of the first change it carries. */
  first: number;
  /** How many of the step's `lines` it carries (1, or the run's length). */
  count: number;
  /** For a term replaced throughout (`throughout (3 paragraphs: …): people → persons`): the 0-based indices in the step's `lines` it carries, not always in a row. */
  lines?: number[];
}

/** One series in the digest: a recurring text and its steps, oldest first. */
export interface DigestSeries {
  /** The series' id (`Series.id`). */
  id: string;
  /** The series' title. */
  title: string;
  /** The Main Committee on whose report it was adopted (`First Committee`), `Plenary` when adopted without reference to a Main Committee, else null. */
  committee: string | null;
  /** The agenda item as printed on its newest document, else null. */
  agendaItem: string | null;
  /** Its steps in the series' order; a pair that was not compared has no step. */
  steps: DigestStep[];
  /**
   * The newest draft of each draft history whose adopted text is not in the corpus (`A/80/L.6`): no step reaches an
   * adopted text for it. Present only when there is one.
   */
  draftsWithoutAdopted?: string[];
  /**
   * With `draftsWithoutAdopted`, when the run did not read some inputs: how many files were skipped (another format, such
   * as an .odt) and how many failed (empty, a scan), since the missing text may be one of them (batch.json lists them).
   */
  inputsNotRead?: { skipped: number; failed: number };
  /** How many of its documents have no date, ordered by file name (`Series.undated`); absent when all are dated. */
  undated?: number;
  /**
   * `false` when no version of its steps is a UN document (none is named by a UN symbol or resolution number: FOMC
   * statements, a country's speeches): its changes were not negotiated, and every renderer calls them substantive changes
   * (`digestWording`). Absent for UN series and for a series without steps: the UN's vocabulary of negotiation.
   */
  unDocuments?: false;
  /**
   * Where the series' history is, when some of its steps are flagged unrelated (a country's speeches: each year 0–10 %
   * like the last, so no change is listed for the step) and the run wrote the history: it still follows each paragraph
   * across the versions (Cuba 2015–2024: 14 reinstated, 27 reworded). Absent otherwise.
   */
  history?: { path: string; positions: number; reinstated: number };
}

/** What was negotiated in each series: series ordered by committee, agenda item, then title (`digest.json` is `DigestFile`: its `schemaVersion` first). */
export interface Digest {
  /** Present when the digest keeps only the steps to a text dated on or after a date (`batch --since`): what it left out. */
  since?: DigestSince;
  /** Inputs the chain left out as copies of another (`BatchManifest.duplicates`: a PDF and its text); absent when none. */
  duplicates?: DuplicateInput[];
  /** Present when the digest keeps only the series of some Main Committees (`batch --committee Second,Third`): which, and what it left out. */
  committees?: DigestCommittees;
  /** The series, in that order. */
  series: DigestSeries[];
  /** Warnings about documents' own text repaired in full (a mojibake repair), once per document for the whole digest, not under its steps; absent when none. */
  notes?: Warning[];
}

/** What a digest restricted to some committees (`batch --committee Second,Third`) kept and left out. */
export interface DigestCommittees {
  /** The committees kept, as the documents name them and in the General Assembly's order (`Second Committee`, `Plenary`). */
  names: string[];
  /** Series left out: their documents name another committee, or none. */
  seriesLeftOut: number;
}

/** What a digest restricted by date (`batch --since 2025-09-09`: "what changed this session") kept and left out. */
export interface DigestSince {
  /** The first date kept, as given (`2025`, `2025-09` or `2025-09-09`): a step stays when its newer text is dated on or after it. */
  date: string;
  /** Steps left out: their newer text is dated earlier, or undated. */
  stepsLeftOut: number;
  /** Of those, the steps whose newer text has no date. */
  undated: number;
  /** Series left out: none of their steps reaches a text of that date or later. */
  seriesLeftOut: number;
  /** The newest date of a step's newer text before the cut (null when none is dated): what a date that keeps no step is told. */
  newest: string | null;
}

/** One compared pair as the digest reads it: the pair's result and where its report is. */
export interface DigestPair {
  /** The pair's result: both documents (facts and paragraphs) and their one comparison, older on the left. */
  result: RedlineResult;
  /** The pair's report relative to the output folder (HTML when written, else JSON), or null: lines then carry no link. */
  report: string | null;
  /** True when the batch flagged the pair unrelated (`PairRecord.unrelated`): its step lists no negotiated change. */
  unrelated?: boolean;
  /**
   * The newer text's paragraphs that its series' history finds reinstated (dropped from a version, back in this one),
   * by paragraph index: where they were last (`reinstatedOf` in `digest/reinstated.ts`). Absent outside a chain run.
   */
  reinstated?: ReadonlyMap<number, DigestReinstated>;
  /** The versions the pair steps over (`PairRecord.skipping`, by id); absent for a consecutive step. */
  skipping?: string[];
}

/** Where a reinstated paragraph was last, before the version that dropped it. */
export interface DigestReinstated {
  /** The version's name in the digest (`A/RES/78/102`). */
  from: string;
  /** The paragraph's label there (`PP 22`), or null. */
  label: string | null;
  /** Its change against that wording (`reinstatedChange`: word diff and signals), when it came back reworded; absent when back word for word or in digests written before. */
  change?: { text: string; signals: string[] };
}

// ── History: one alignment across N versions of a text (`src/history/`) ─────────────────────────────────────────

/** One version of a history, as the table and its renderers name it. */
export interface HistoryVersion {
  /** The document's id (`documents[i].id` of the result). */
  id: string;
  /** How the timeline names it: the resolution's number (`79/52`), else its symbol, else its id. */
  name: string;
  /** The document's date, or null. */
  date: string | null;
}

/**
 * The link that brought a position into a version: the pair report's finding, under its names (`kind`, `left`,
 * `right`, `reasons`, `change`, `scores`, `renumbered` …: trial 17c D12, a step was a reduced finding under other
 * names), with the version it comes from: the previous version, or an earlier one for a reinstated paragraph (then
 * `left` indexes that version). When several findings feed one cell (a position split earlier whose parts changed
 * apart) they are told as one: their shared kind, else `modified`; `left` and `right` their paragraphs; the mean
 * similarity and scores; the diffs joined with GROUP_SEPARATOR; signals, reasons and footnote changes in order;
 * editorial when every one is, routine when one is and the rest are routine or unchanged; `change`, `resolutionList`
 * and `order` only when one finding has them.
 */
export interface HistoryStep extends FindingBase {
  /** Index of the version the link comes from (for `new`: the previous version, where the position was absent). */
  from: number;
  /** The finding's kind (several findings: their shared kind, else `modified`). */
  kind: FindingKind;
  /** Paragraph indices in version `from` (empty for `new`). */
  left: number[];
  /** Paragraph indices in this version (empty for `dropped`, which no cell holds). */
  right: number[];
}

/** A position present in a version: its paragraph(s) there and how it got there. */
export interface HistoryCell {
  /** Paragraph indices in this version, ascending (more than one after a split, or when findings join paragraphs). */
  paragraphs: number[];
  /** The UN labels of those paragraphs (`OP 5`, `OP 5 + OP 6`), or null when they have none. */
  label: string | null;
  /** The link from the version where the position was last present; null where it first appears in version 0. */
  step: HistoryStep | null;
}

/** One row of the history table: a paragraph position followed across the versions. */
export interface HistoryPosition {
  /** Its number as every renderer shows it (`#6` in the text, `### 6.` in Markdown, row 6 of the page): its index + 1. */
  number: number;
  /**
   * Its rank in the variant graph: one more than the highest rank of the positions before it in any version (rows are
   * sorted by it; equal ranks: earliest version, then paragraph). Not the number shown: positions never in one version
   * together (a paragraph dropped, another added in its place) share a rank.
   */
  rank: number;
  /** One entry per version: null when the position is absent from that version. */
  cells: Array<HistoryCell | null>;
  /** True when the position was absent from a version after being present, and came back later. */
  reinstated: boolean;
  /** The position's story in one line: `added in 79/52 · strengthened in 80/46: encourage → urge · dropped in 81/7`. */
  timeline: string;
}

/**
 * A paragraph moved against the others' order: one per move. The ranking keeps such a position out of the graph in
 * every version where it stands out of order (so the graph stays acyclic); the versions in a row where it does are one
 * move, made in the first of them. FOMC 2011–2012: ¶ 3 moved once, in 2012-01-25, and stays there through 2012-06-20:
 * one transposition (it was counted five times, once per version).
 */
export interface HistoryTransposition {
  /** Index of the position in `positions` (0-based). */
  position: number;
  /** The position's number as shown (`positions[position].number`: `#6`). */
  number: number;
  /** The version where it moved (its first version out of order). */
  version: number;
}

/** A paragraph that came back: found by the reinstatement search, given to the collation as one more link. */
export interface Reinstatement {
  /** The version where the paragraph is back. */
  version: number;
  /** Its paragraph index in that version (a `new` paragraph of the pair with the previous version). */
  paragraph: number;
  /** The link from the version where the position was last present (its `from` and `left`). */
  step: HistoryStep;
}

/** Where the reinstatement search looks: one wording of a position absent from the previous version. */
export interface AbsentPosition {
  /** The position (its first node: the same for every wording of one position). */
  position: number;
  /** The version that held this wording. */
  version: number;
  /** Its paragraph indices in that version. */
  paragraphs: number[];
}

/** Why a change is among a pair's key changes, most telling first (the pair report's ranking, `report/key-changes.ts`). */
export type KeyChangeRank = 'position shift' | 'new or dropped operative' | 'operative' | 'preambular';

/** One key change of a history step: the pair report's key-change line, with the position it happened to. */
export interface HistoryKeyChange {
  /** Why it ranks where it does. */
  rank: KeyChangeRank;
  /** The line as the pair report's key changes say it, signals after a dash (`OP 17: welcomes → takes note of (weaker) — commitment weakened: welcome → note`). */
  text: string;
  /** `weaker` or `stronger` when its signals all point one way, else null. */
  tone: 'weaker' | 'stronger' | null;
  /** The number of the position it happened to (`positions[].number`), or null when its paragraphs are in none. */
  position: number | null;
}

/** What one step of a history changed (a version against the previous one): counts, then the key changes as the pair report ranks them. */
export interface HistoryStepSummary {
  /** Index of the newer version (the older one is `version - 1`, or `from`). */
  version: number;
  /**
   * Index of the older version when the step passes unrelated versions (an unscheduled release between two statements):
   * the last version whose step in was related, compared with `version` as a chain's digest compares them; absent for a
   * step from the version before.
   */
  from?: number;
  /** The step's findings by class: modified ones told apart (substantive, routine, editorial), new ones (not back), dropped, reinstated. */
  counts: { substantive: number; routine: number; editorial: number; new: number; dropped: number; reinstated: number };
  /** The first five key changes of the pair (`STEP_KEY_CHANGES`), ranked and worded as `compare` ranks and words them. */
  keyChanges: HistoryKeyChange[];
  /** How many key changes the pair has in all (those not listed are counted). */
  keyChangesTotal: number;
  /** The changes to the text no key change says (`Comparison.textChanges`: title, notes, moves, splits); absent when none. */
  textChanges?: string[];
  /** The paragraphs the step renumbered, in runs as `compare` says them (`OP 20 → OP 19`, `OP 13–20 → OP 14–21`); absent when none. */
  renumbered?: string[];
}

/** A step of a history past unrelated versions: the last related version (`from`) compared with `version`. */
export interface HistorySkip {
  /** Index of the last version whose step in was related. */
  from: number;
  /** Index of the version whose step in was unrelated. */
  version: number;
  /** The comparison of the two. */
  comparison: Comparison;
}

/** The collation of N versions of one text: positions × versions, read off the ranked variant graph. */
export interface History {
  /** What the versions are called together: their shared title, else their titles' shared opening (`FOMC statement`), else the newest's. */
  title: string;
  /** The versions, oldest first. */
  versions: HistoryVersion[];
  /** One per step (version 1 onwards): what it changed, in counts and key changes; what a reader wants before the table. */
  summary: HistoryStepSummary[];
  /** The positions in row order; every paragraph of every version is in exactly one cell of one position. */
  positions: HistoryPosition[];
  /** Places kept aside from the graph (moved paragraphs, orders that disagree), by position then version. */
  transpositions: HistoryTransposition[];
}

/** The result of `compareVersions`: the documents, their history and what went wrong on the way. */
export interface HistoryResult {
  /** Version of the history contract (docs/redline-history.schema.json): `HISTORY_SCHEMA_VERSION`, not the pair contract's. */
  schemaVersion: typeof HISTORY_SCHEMA_VERSION;
  tool: { name: 'redline'; version: string };
  options: ResolvedOptions;
  /** The versions' documents, oldest first, with their paragraphs. */
  documents: RedlineResult['documents'];
  /** The collation table. */
  history: History;
  /** Non-fatal problems of reading and comparing the versions. */
  warnings: Warning[];
}

// ── Target memo: what a target takes from its field, what is new in it, what it drops (`src/target/`) ─────────────
// Built by `target/` (`buildTargetMemo`) from a target batch's lineage and the pair reports of the documents compared
// with it in full; written by batch as `target.json`, rendered as `target.md`, `target.docx` and a section of the
// batch index. Key order here is the key order of `target.json`, after its `schemaVersion`.

/** A document as the target memo names it. */
export interface TargetMemoDocument {
  /** The document's id in the run (batch.json `documents[].id`). */
  id: string;
  /** What a reader calls it: its symbol (`A/RES/74/247`), else its title, else its id (`documentName`). */
  name: string;
  /** Its sort date, or null. */
  date: string | null;
}

/**
 * One earlier document as the memo weighs it: how close it is to the target, whether the pair was compared in full
 * (its report written: only then are its dropped paragraphs known), how many target paragraphs it gives, how many of
 * its paragraphs the target drops.
 */
export interface TargetMemoEarlier extends TargetMemoDocument {
  /** The pair's document similarity (compared in full), else its shingle estimate. */
  similarity: number;
  /** True when the pair with the target was compared in full (its report written or, under --min-similarity, not: `dropped` is then null). */
  comparedInFull: boolean;
  /** Target paragraphs (headings aside) with a source in this document. */
  carried: number;
  /** Its paragraphs (headings aside) that nothing in the target carries; null when the pair was not compared in full. */
  dropped: number | null;
  /** The pair report a reader opens (HTML when written, else JSON), relative to the output folder, or null. */
  report: string | null;
}

/**
 * How the earlier wording came into the target paragraph, as its pair report says: `none` (the same text), `editorial`
 * (case, punctuation, spelling), `routine` (the yearly succession), `substantive` (words changed: see `line` and
 * `signals`); null for a source the lineage search found in a document whose pair has no report.
 */
export type TargetMemoEdit = 'none' | 'editorial' | 'routine' | 'substantive';

/** One earlier source of a target paragraph, with what its pair report says about the two. */
export interface TargetMemoSource extends TargetMemoDocument {
  /** Where it stands in the earlier document, as the pair report cites it (`¶ 7`, `OP 4 + OP 5`). */
  place: string;
  /** Paragraph indices in the earlier document. */
  paragraphs: number[];
  /** `unchanged`, `modified`, `merged`, `split` or `partial` (as in the lineage). */
  kind: LineageKind;
  /** The engine's paragraph similarity, 0..1. */
  similarity: number;
  /** Kind `partial` only: the share of the target paragraph's wording the earlier paragraph holds (as in the lineage). */
  containment?: number;
  /** How the wording came in (see `TargetMemoEdit`); null when no pair report covers it (`none` all the same for an unchanged source: the same words). */
  edit: TargetMemoEdit | null;
  /** True when the pair report pairs the paragraphs out of reading order. */
  moved: boolean;
  /**
   * The pair's finding as a digest line (`¶ 7 → ¶ 6: note → welcome (stronger)`) for a substantive edit; for a source no
   * pair report covers (`edit` null), what differs between its paragraphs compared alone (`OP 8 → ¶ 1: adds “…”`); else null.
   */
  line: string | null;
  /** The finding's signals as the digest lists them (a position moving first, at most three): empty when none. */
  signals: string[];
  /** `weaker` or `stronger` when the finding's signals all point one way, else null. */
  tone: 'weaker' | 'stronger' | null;
  /** Link to the finding's row in the pair report (HTML when written, else the JSON), relative to the output folder; null without a report. */
  href: string | null;
}

/** A paragraph of the target and where its wording comes from. */
export interface TargetMemoParagraph {
  /** Paragraph index in the target. */
  index: number;
  /** How it is cited (`¶ 6`, `OP 4`). */
  place: string;
  /** Its text. */
  text: string;
  /** As in the lineage: `traced` (sources below), `new` (searched in every earlier document, found in none) or `not-checked`. */
  status: LineageStatus;
  /** Its earlier sources, oldest first (the lineage's order). */
  sources: TargetMemoSource[];
  /** Without a source: its closest candidate under the floor (`LineageParagraph.closest`), named and cited; absent otherwise. */
  closest?: TargetMemoClosest;
  /** False when the lineage search left it out, too short to search (a formula, "The General Assembly,"): no candidate was scored for it. */
  searched: boolean;
  /** Clauses it adds to its sources that an earlier paragraph of those source documents already had (`TargetMemoClause`); absent when none. */
  clauses?: TargetMemoClause[];
}

/**
 * A clause a traced paragraph adds to its closest source that differs (`CLAUSE_WORDS` words or more), or a run of that
 * many words of a paragraph with no source, found word for word in a paragraph of any earlier document the lineage
 * searched (`LineageParagraph.clauses`, the candidate index over the corpus), the oldest first: where the clause was
 * used first (trial 20-a D11: 80/48 OP 8's "while noting that risk reduction is neither a substitute nor a prerequisite
 * for nuclear disarmament" is 78/40 PP 17's wording; issue 19: a clause pasted into one of 200 unrelated speeches).
 */
export interface TargetMemoClause extends TargetMemoDocument {
  /** The words the paragraph adds to its sources, as the target has them. */
  added: string;
  /** The part of them the earlier paragraph has word for word (all of `added`, or its longest run there). */
  shared: string;
  /** How the earlier paragraph is cited in its document (`PP 18`). */
  place: string;
  /** The closest source that lacks the clause (the paragraph's wording before it), named and cited (`A/RES/79/41`, `OP 8`); absent for a paragraph with no source (its clause is a run of it an earlier paragraph has). */
  without?: TargetMemoDocument & { place: string };
  /** Sources as close as `without` (within 0.01 of its similarity) that lack the clause too, named and cited; absent when none is. */
  alsoWithout?: Array<TargetMemoDocument & { place: string }>;
}

/** A target paragraph's closest candidate under the floor, as the memo says it: `closest: A/RES/78/16 PP 11, 26%`. */
export interface TargetMemoClosest extends TargetMemoDocument {
  /** How the candidate is cited in its document (`PP 11`, `¶ 301`). */
  place: string;
  /** The engine's paragraph similarity, under the floor (or over it, with `formula`). */
  similarity: number;
  /** True when the candidate shares only the formula of the genre with the paragraph (`LineageClosest.formula`). */
  formula?: true;
}

/** A paragraph of an earlier document that nothing in the target carries. */
export interface TargetMemoDroppedParagraph {
  /** Paragraph indices in the earlier document (one, or a group the pair report drops together). */
  paragraphs: number[];
  /** How it is cited there (`¶ 14`, `OP 2`). */
  place: string;
  /** Its text. */
  text: string;
  /** True when the pair report calls it routine (an event passed). */
  routine: boolean;
  /** Link to its row in the pair report, relative to the output folder; null without a report. */
  href: string | null;
}

/** What the target drops of one earlier document compared with it in full. */
export interface TargetMemoDropped extends TargetMemoDocument {
  /** The pair's document similarity. */
  similarity: number;
  /**
   * True when the two texts look unrelated (similarity under the pair report's cut, `UNRELATED_CUT`: the report opens
   * "These texts look unrelated"): its paragraphs are not positions the target dropped, and the Markdown, Word and
   * index say so in one line instead of listing them (they stay listed here).
   */
  unrelated: boolean;
  /** Its paragraphs the target does not carry (headings aside), in its reading order. */
  paragraphs: TargetMemoDroppedParagraph[];
}

/**
 * `target.json`: a target's memo (after its `schemaVersion`: `TargetMemoFile`, docs/target.schema.json). Per target
 * paragraph (headings aside), its sources with what each pair report says about them (kind, similarity, the edit and
 * its signals); the paragraphs new in the target; and, per earlier document compared with the target in full, the
 * paragraphs of it that the target drops. Dropped paragraphs are known only for documents compared in full:
 * `documents` says which were not.
 */
export interface TargetMemo {
  /** The target. */
  target: TargetMemoDocument;
  /** Earlier (or undated) documents searched (`Lineage.documentsSearched`). */
  documentsSearched: number;
  /** Of them, those searched only through the phrases they share with the target (`Lineage.searchedByPhrases`); absent when none. */
  searchedByPhrases?: number;
  /** Every earlier (or undated) document, the closest first (similarity, then date and id). */
  documents: TargetMemoEarlier[];
  /** Possible sources not searched, and why (`Lineage.notChecked`). */
  notChecked: LineageUnchecked[];
  /** Documents dated only by a year or month that holds the target's date ("2024" for 2024-05-01): order unknown, so not searched; absent when none. */
  orderUnknown?: TargetMemoDocument[];
  /** The target's paragraphs in order, headings aside. */
  paragraphs: TargetMemoParagraph[];
  /** Per earlier document compared in full (the closest first, as in `documents`), what the target drops of it; a document the target drops nothing of is absent. */
  dropped: TargetMemoDropped[];
}
