/**
 * The paragraph-level candidate index of the lineage: every searchable target paragraph is looked up in the paragraphs
 * of every corpus document through the target paragraphs' shingle postings, never by comparing paragraph texts pair by
 * pair, and through its distinctive shingles only (not those common in the run). In a lineage task, a document
 * paragraph holding `LINEAGE_SHARE` of a target paragraph's shingles is a candidate (`candidates`), and so are the
 * paragraphs closest by term vectors (`LINEAGE_TERM_CANDIDATES`, `tasks.ts`); candidates are scored with the engine's
 * paragraph measure. `mayCarry` (whether a document's signature holds a paragraph's share anywhere) no longer rules a
 * document out of the search since session 16: a paraphrase shares no 3-shingle with its source.
 */
/** Bump when the candidate search changes (its constants included), so cached lineage sources are not reused. */
export const LINEAGE_VERSION = 'lineage-index/10 distinctive content shared (4 words or half, dates and numbers aside), clause runs of 12 words in paragraphs holding 6 distinctive shingles, sources beyond shared names (phrase of 3 content words) and agenda items, partial run of language, names in both, judged as written, share 0.2 of distinctive, min 8, top 3, term vectors top 3 share 0.2, partial 0.35 run 12 of language, closest, labels, numbers, split parts contained, named paragraphs';

/** Target paragraphs with fewer shingles than this (headings, dates) are not searched: too short to tell a source from a coincidence. */
export const LINEAGE_MIN_SHINGLES = 8;
/**
 * A corpus paragraph is a candidate source of a target paragraph when it holds this share of the target paragraph's
 * shingles. Low, because a reworded paragraph keeps few whole 3-shingles (each changed word breaks three): the
 * engine's measure, not this share, decides what is a source.
 */
export const LINEAGE_SHARE = 0.2;
/**
 * Shingles held by more than this share of the run's documents (at least `COMMON_SHINGLE_FLOOR`) are left out of the
 * search: "international peace and security" would make most UN speeches look like carriers of most UN paragraphs. On
 * the seed against 614 UN General Debate speeches, the documents a lineage task must read fall from 37 to 2.
 */
export const LINEAGE_COMMON_SHARE = 0.1;
/** A searched paragraph keeps at least this many shingles once the common ones are left out. */
const LINEAGE_MIN_DISTINCT = 2;

/**
 * Most candidate paragraphs per target paragraph and document found by the term vectors (the aligner's: lemmas, the
 * document's rare terms weighted, cosine through an inverted index), beside the shingle candidates: a paraphrase keeps
 * its rare words, not its 3-shingles (seed ¶ 7, "the UN Global Intergovernmental Points of Contact Directory", and
 * A/RES/78/16 PP 11, "a global intergovernmental directory of points of contact", share no 3-shingle in the index).
 */
export const LINEAGE_TERM_CANDIDATES = 3;
/**
 * A term candidate is scored only when it holds this share of the target paragraph's weighted wording, or the target
 * paragraph this share of its own: the paraphrases found hold 0.26–0.57 (seed ¶ 18 and A/RES/73/266 PP 14: 0.26 and
 * 0.25; Afghanistan 2014's mission and India 2013's: 0.41 and 0.59).
 */
export const LINEAGE_TERM_SHARE = 0.2;
/**
 * A target paragraph is `partial` from an earlier paragraph (part of its wording taken from it, the rest its own or
 * from elsewhere) when that paragraph holds this share of its weighted wording (the document's rare terms weighted), a
 * phrase of `LINEAGE_PARTIAL_RUN` words word for word, and the target paragraph has at least
 * `LINEAGE_PARTIAL_WORDS` content words. Trial 16b, Nigeria 2014 against the US 2009 Cyberspace Policy Review: the four
 * paragraphs that take a sentence of a US paragraph hold 0.37–0.78 of their wording there with phrases of 12–16 words;
 * the fifth (two half sentences of two US paragraphs) 0.33 with 10 words, left out.
 */
export const LINEAGE_PARTIAL_SHARE = 0.35;
export const LINEAGE_PARTIAL_RUN = 12;
export const LINEAGE_PARTIAL_WORDS = 10;

/** Most candidate paragraphs per target paragraph and document, most shared shingles first, scored in full. */
export const LINEAGE_CANDIDATES = 3;

/** The candidate paragraphs of one corpus document for one target paragraph, most shared shingles first. */
export interface ParagraphCandidates {
  /** Index of the target paragraph. */
  paragraph: number;
  /** Indices of the document's paragraphs. */
  candidates: number[];
  /** Indices of the document's paragraphs holding `LINEAGE_CLAUSE_SHINGLES` of its distinctive shingles, whatever their share: where a clause of it may stand word for word. */
  clauses: number[];
}

/**
 * A corpus paragraph that holds this many of a target paragraph's distinctive shingles is read for a clause of it word
 * for word (`CLAUSE_WORDS`, 12 words: 10 shingles, some of them common), whatever share of the paragraph that is: a
 * clause pasted into a long paragraph of an unrelated speech holds too small a share of either for `LINEAGE_SHARE`.
 */
export const LINEAGE_CLAUSE_SHINGLES = 6;

/** The target's paragraph signatures, indexed by shingle, for one run. */
export class LineageIndex {
  /** Every shingle of the searched paragraphs, sorted, each with the paragraphs that hold it. */
  private readonly union: Uint32Array;
  private readonly holders: number[][];
  /** Per target paragraph: the shared shingles a candidate needs (Infinity: not searched). */
  private readonly needed: number[];

  /**
   * Index the target's paragraph signatures (by paragraph index), leaving out the run's `common` shingles; a paragraph
   * under `LINEAGE_MIN_SHINGLES`, or left with fewer than 2 shingles, is not searched.
   */
  constructor(paragraphs: readonly Uint32Array[], common: ReadonlySet<number> = new Set(), share = LINEAGE_SHARE) {
    const byHash = new Map<number, number[]>();
    const distinct = paragraphs.map((signature) => signature.filter((hash) => !common.has(hash)));
    this.needed = paragraphs.map((signature, paragraph) =>
      signature.length < LINEAGE_MIN_SHINGLES || distinct[paragraph].length < LINEAGE_MIN_DISTINCT ? Infinity : Math.max(2, Math.ceil(share * distinct[paragraph].length - 1e-9)),
    );
    distinct.forEach((signature, paragraph) => {
      if (this.needed[paragraph] === Infinity) return;
      for (const hash of signature) {
        const list = byHash.get(hash);
        if (list) list.push(paragraph);
        else byHash.set(hash, [paragraph]);
      }
    });
    this.union = Uint32Array.from(byHash.keys()).sort();
    this.holders = Array.from(this.union, (hash) => byHash.get(hash)!);
  }

  /** Whether a target paragraph is searched at all (it has enough shingles). */
  searchable(paragraph: number): boolean {
    return this.needed[paragraph] !== Infinity;
  }

  /** Whether any paragraph is searched. */
  get empty(): boolean {
    return this.union.length === 0;
  }

  /** Whether a document (its sorted signature) holds the share of some searched paragraph's shingles anywhere. */
  mayCarry(document: Uint32Array): boolean {
    const found = new Array<number>(this.needed.length).fill(0);
    let carried = false;
    this.merge(document, 0, document.length, (paragraph) => {
      if (++found[paragraph] >= this.needed[paragraph]) carried = true;
    });
    return carried;
  }

  /** For each target paragraph, the document paragraphs (their signatures) holding its share of shingles, at most `limit`, most shared first. */
  candidates(paragraphs: readonly Uint32Array[], limit = LINEAGE_CANDIDATES): ParagraphCandidates[] {
    const found = new Int32Array(this.needed.length);
    const touched: number[] = [];
    const hits = new Map<number, Array<{ paragraph: number; shared: number }>>();
    const clauses = new Map<number, number[]>();
    paragraphs.forEach((signature, paragraph) => {
      this.merge(signature, 0, signature.length, (target) => {
        if (found[target]++ === 0) touched.push(target);
      });
      for (const target of touched) {
        if (found[target] >= this.needed[target]) {
          let list = hits.get(target);
          if (!list) hits.set(target, (list = []));
          list.push({ paragraph, shared: found[target] });
        }
        if (found[target] >= LINEAGE_CLAUSE_SHINGLES) {
          const list = clauses.get(target);
          if (list) list.push(paragraph);
          else clauses.set(target, [paragraph]);
        }
        found[target] = 0;
      }
      touched.length = 0;
    });
    return [...new Set([...hits.keys(), ...clauses.keys()])]
      .sort((a, b) => a - b)
      .map((paragraph) => ({
        paragraph,
        candidates: (hits.get(paragraph) ?? []).sort((a, b) => b.shared - a.shared || a.paragraph - b.paragraph).slice(0, limit).map((hit) => hit.paragraph),
        clauses: clauses.get(paragraph) ?? [],
      }));
  }

  /** Merge `values[from..to)` (sorted) with the union; call `hit` with each target paragraph of each shared shingle. */
  private merge(values: Uint32Array, from: number, to: number, hit: (paragraph: number) => void): void {
    const union = this.union;
    let i = 0;
    let j = from;
    while (i < union.length && j < to) {
      if (union[i] < values[j]) i++;
      else if (union[i] > values[j]) j++;
      else {
        for (const paragraph of this.holders[i]) hit(paragraph);
        i++;
        j++;
      }
    }
  }
}
