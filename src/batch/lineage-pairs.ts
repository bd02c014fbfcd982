import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BatchDocument, BatchManifest, Document, Lineage, LineageMatch, PairRecord, RedlineResult, TargetMemo } from '../types.js';
import { buildTargetMemo, editOf, paragraphPairKey, reportCovers, splitParts, splitSiblings } from '../target/index.js';
import { loadAnyDocument } from '../ingest/load-any-document.js';
import { compareTexts } from '../pipeline.js';
import { isEarlier, orderUnknown } from './lineage.js';
import { BATCH_DEFAULTS } from '../options.js';

/**
 * The alignment of every pair of a target-mode run that was compared in full and reported, as lineage matches: per
 * earlier document (by id), each target paragraph the pair report aligns with paragraphs of that document, with the
 * report's kind (`unchanged`, `modified`, `merged`, `split`) and similarity. `buildLineage` takes them instead of what
 * the lineage search found in that document, so the lineage agrees with the pair report it links to: the search scores
 * a paragraph against a few candidates alone, the aligner scores the whole document, one to one. A paragraph the report
 * calls new has no source in that document, even when the search found a partial "split" match (trial 14a: oceans
 * 80/110 OP 341); a paragraph the report aligns is traced there, even when it is too short or too common for the
 * search (80/160 OP 12 "Encourages all States:", 80/123 PP 3 reaffirming resolution 70/1) or under the search's move
 * threshold (80/123 PP 1 "Recalling its resolution 79/197 …", modified in the report, "new" in the lineage).
 * A report that cannot be read leaves the search's matches for its document (the pair record says why).
 */
export async function pairAlignments(out: string, records: readonly PairRecord[], target: BatchDocument, documents: ReadonlyMap<string, BatchDocument>): Promise<Map<string, LineageMatch[]>> {
  const aligned = new Map<string, LineageMatch[]>();
  for (const [left, result] of await reportedPairs(out, records, target, documents)) {
    // Only a pair related enough to be reported by default: what --min-similarity lowers into a report stays with the search.
    if ((result.comparisons?.[0]?.similarity ?? 0) < LINEAGE_PAIR_FLOOR) continue;
    const matches = alignmentMatches(result);
    if (matches) aligned.set(left, matches);
  }
  return aligned;
}

/**
 * The document similarity from which a reported pair's alignment is the lineage's word on its document: the default
 * `--min-similarity`, fixed, so that the lineage does not depend on which pair reports a run writes (README: the option
 * "decides only which pair reports are written"). Trial 15a: the seed against the ICT resolutions at `--threshold 0.15`
 * was all "new"; adding `--min-similarity 0` wrote reports for the unrelated pairs (0-4 % similar), and their forced
 * in-order alignments became sources: ¶ 7 (the Points of Contact Directory) "from" A/RES/75/282 OP 7 (observers invited),
 * ¶ 17 (sovereignty) "from" A/RES/73/187 PP 14 (human rights). Under it, the lineage search (out of order, each
 * candidate scored on its own against the move threshold) decides, reported or not.
 */
export const LINEAGE_PAIR_FLOOR = BATCH_DEFAULTS.minSimilarity;

/**
 * The results of a target run's pairs compared in full and reported, by the earlier document's id, in pair order:
 * the pairs whose newer side is the target and whose older side is an earlier document (`isEarlier`). A report that
 * cannot be read is left out (its pair record says why).
 */
export async function reportedPairs(out: string, records: readonly PairRecord[], target: BatchDocument, documents: ReadonlyMap<string, BatchDocument>): Promise<Map<string, RedlineResult>> {
  const results = new Map<string, RedlineResult>();
  const reported = records
    .filter((record) => record.right === target.id && record.report !== null && record.error === undefined)
    .filter((record) => {
      const source = documents.get(record.left);
      return source !== undefined && isEarlier(source, target);
    })
    .sort((a, b) => a.pair - b.pair);
  for (const record of reported) {
    try {
      results.set(record.left, JSON.parse(await readFile(join(out, record.report!), 'utf8')) as RedlineResult);
    } catch {
      continue;
    }
  }
  return results;
}

/**
 * The memo of a whole target run (`target.json`, `target.md`, `target.docx`): its lineage with what the reports of the
 * pairs compared in full say (`buildTargetMemo`). Read from the output folder, so a merge of shards builds it as a run does.
 */
export async function targetMemoOf(out: string, manifest: BatchManifest, records: readonly PairRecord[], lineage: Lineage): Promise<TargetMemo | null> {
  const target = manifest.documents.find((document) => document.id === manifest.target);
  if (!target) return null;
  const documents = new Map(manifest.documents.map((document) => [document.id, document]));
  const earlier = manifest.documents.filter((document) => document.id !== target.id && isEarlier(document, target));
  const reports = await reportedPairs(out, records, target, documents);
  const paragraphPairs = await comparedParagraphPairs(lineage, documents, reports, manifest.options.unit);
  const unknown = new Set(orderUnknown(target, manifest.documents));
  return buildTargetMemo({ lineage, target, earlier, records, reports, paragraphPairs, orderUnknown: manifest.documents.filter((document) => unknown.has(document.id)) });
}

/**
 * The paragraph pairs of the lineage's sources that no pair report's finding covers (the search found them in a
 * document whose pair has no report), each compared alone, by `paragraphPairKey`: what differs between a traced
 * paragraph and its source must not depend on whether the two documents were similar enough for a report (trial 20-a
 * D11: three paragraphs of 80/48, 80/46 and 80/34 pasted in a file read "modified 91%: found by the lineage search (the
 * pair has no report)" where the whole 80/48 read "adds “while noting that risk reduction is neither …”"). One small
 * comparison per source, the earlier document read again once; unchanged and partial sources are left out (the same
 * words; a phrase taken into a paragraph of its own). A document that cannot be read again (moved since the run, or
 * changed: its sha256) gives none, and its sources keep the line without the words. (The clauses a paragraph adds are
 * looked for in the lineage's clause runs, found by the workers' search of every document: none is read again here.)
 */
async function comparedParagraphPairs(
  lineage: Lineage,
  documents: ReadonlyMap<string, BatchDocument>,
  reports: ReadonlyMap<string, RedlineResult>,
  unit: BatchManifest['options']['unit'],
): Promise<Map<string, RedlineResult>> {
  const pairs = new Map<string, RedlineResult>();
  const read = new Map<string, Promise<Document | null>>();
  const readAgain = (entry: BatchDocument): Promise<Document | null> => {
    let loading = read.get(entry.id);
    if (!loading) {
      loading = loadAnyDocument(entry.path, { id: entry.id, ...(unit ? { unit } : {}) }).then(
        (document) => (document.meta.sha256 === entry.sha256 ? document : null),
        () => null,
      );
      read.set(entry.id, loading);
    }
    return loading;
  };
  // A split's parts are compared with their source together, once for all of them (`splitParts`); a comparison that does
  // not read them as one split leaves each part compared alone.
  const together = new Map<string, Promise<RedlineResult | null>>();
  const textOf = new Map(lineage.paragraphs.map((paragraph) => [paragraph.index, paragraph.text]));
  for (const paragraph of lineage.paragraphs) {
    if (paragraph.heading) continue;
    for (const source of paragraph.sources) {
      if (source.kind === 'unchanged' || source.kind === 'partial' || reportCovers(reports.get(source.document), paragraph.index, source.paragraphs)) continue;
      const entry = documents.get(source.document);
      const document = entry ? await readAgain(entry) : null;
      const older = document ? source.paragraphs.map((index) => document.paragraphs[index]?.text) : [];
      if (older.length === 0 || older.some((text) => text === undefined)) continue;
      const parts = splitParts(lineage, source, paragraph.index);
      if (parts.length > 1) {
        const key = `${source.document}\u0000${source.paragraphs.join(',')}\u0000${parts.join(',')}`;
        let compared = together.get(key);
        if (!compared) {
          compared = compareTexts(older.join('\n\n'), parts.map((part) => textOf.get(part) ?? '').join('\n\n')).catch(() => null);
          together.set(key, compared);
        }
        const result = await compared;
        if (result?.comparisons?.[0]?.findings.some((finding) => finding.kind === 'split' && finding.right.length === parts.length)) {
          pairs.set(paragraphPairKey(paragraph.index, source.document), result);
          continue;
        }
      }
      try {
        // A split half with its sibling halves, joined: what went into a sibling is not dropped (trial 21-b D4).
        const newer = splitSiblings(lineage, paragraph, source).map((sibling) => sibling.text).join(' ');
        pairs.set(paragraphPairKey(paragraph.index, source.document), await compareTexts(older.join('\n\n'), newer));
      } catch {
        continue;
      }
    }
  }
  return pairs;
}

/** A pair report's alignment as lineage matches of its right (newer) document, in finding order; null when the report is not one comparison of two documents. */
export function alignmentMatches(result: RedlineResult): LineageMatch[] | null {
  const [left] = result.documents ?? [];
  const comparison = result.comparisons?.[0];
  if (!left || !comparison || result.comparisons.length !== 1) return null;
  const matches: LineageMatch[] = [];
  for (const finding of comparison.findings) {
    if (finding.kind === 'new' || finding.kind === 'dropped' || finding.left.length === 0) continue;
    // Cited and linked by the names the pair report gives them (`OP 17`, `¶ 7`: `nameParagraphs`), as a search match is.
    const labels = finding.left.map((index) => left.paragraphs[index]?.label ?? null);
    const numbers = finding.left.map((index) => left.paragraphs[index]?.number ?? null);
    for (const paragraph of finding.right) {
      matches.push({
        paragraph,
        document: comparison.left,
        paragraphs: [...finding.left],
        ...(labels.some((label) => label !== null) ? { labels } : {}),
        ...(numbers.some((number) => number !== null) ? { numbers } : {}),
        kind: finding.kind,
        similarity: finding.similarity,
        // The report's class of the finding, as target.json writes it (trial 17-c D4: lineage.json had none).
        edit: editOf(finding),
      });
    }
  }
  return matches;
}
