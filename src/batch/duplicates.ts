import { isSameDocument, preferredCopy, whyKept } from '../ingest/index.js';
import type { BatchMode, DuplicateInput } from '../types.js';
import type { ScannedCorpus } from './scan.js';
import { sharedCount } from './signature.js';

/**
 * A chain's inputs without their second copies: a document given twice (the same file under two names, or a resolution's
 * PDF next to its extracted text) made a step "A/RES/78/48 → A/RES/78/48: no change" and one step too many in the
 * index (trial 18-a). Copies are found among documents of one date (or one hash: `isSameDocument`), their wording
 * compared through the scan's signatures (Dice of the word 3-shingles); of each set of copies the preferred one is kept
 * (`preferredCopy`: the PDF) and the others are left out of the run, each named in `duplicates`.
 */
export function dropDuplicateCopies(scanned: ScannedCorpus, target: number | null = null): { scanned: ScannedCorpus; duplicates: DuplicateInput[] } {
  const { documents, signatures } = scanned;
  // Candidates share a full date or the same bytes: grouping by both keeps the check linear for a corpus of speeches.
  const groups = new Map<string, number[]>();
  documents.forEach((document, position) => {
    for (const key of [`sha\u0000${document.sha256}`, ...(document.date && document.date.length === 10 ? [`date\u0000${document.date}`] : [])]) {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push(position);
    }
  });
  const copyOf = new Map<number, number>(); // a position left out → the position of its first copy seen
  const facts = (position: number) => ({ path: documents[position].path, sha256: documents[position].sha256, symbol: documents[position].symbol ?? null, date: documents[position].date });
  const dice = (a: number, b: number): number => {
    const total = signatures[a].length + signatures[b].length;
    return total === 0 ? 1 : (2 * sharedCount(signatures[a], signatures[b])) / total;
  };
  const sets: number[][] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (let i = 0; i < group.length; i++) {
      const a = group[i];
      if (copyOf.has(a)) continue;
      const copies = [a];
      for (let j = i + 1; j < group.length; j++) {
        const b = group[j];
        if (!copyOf.has(b) && isSameDocument(facts(a), facts(b), () => dice(a, b))) {
          copies.push(b);
          copyOf.set(b, a);
        }
      }
      if (copies.length > 1) sets.push(copies);
    }
  }
  if (sets.length === 0) return { scanned, duplicates: [] };
  const dropped = new Set<number>();
  const duplicates: DuplicateInput[] = [];
  for (const copies of sets) {
    // Given order = the corpus listing's path order: of two copies of one format, the first path is kept.
    const byPath = [...copies].sort((a, b) => (documents[a].path < documents[b].path ? -1 : documents[a].path > documents[b].path ? 1 : 0));
    // Target mode: the target is kept whatever its format; its copies are the target itself (trial 21-b D13).
    const ofTarget = target !== null && copies.includes(target);
    const kept = ofTarget ? target : byPath[preferredCopy(byPath.map((position) => documents[position]))];
    const others = byPath.filter((position) => position !== kept);
    const reason = ofTarget ? TARGET_COPY : whyKept(documents[kept].path, others.map((position) => documents[position].path));
    for (const other of others) {
      dropped.add(other);
      duplicates.push({ kept: documents[kept].path, dropped: documents[other].path, name: documents[kept].symbol ?? documents[kept].id, reason });
    }
  }
  const keep = (_: unknown, position: number): boolean => !dropped.has(position);
  const targetIndex = scanned.targetIndex === null ? null : scanned.targetIndex - [...dropped].filter((position) => position < scanned.targetIndex!).length;
  return {
    scanned: { ...scanned, documents: documents.filter(keep), signatures: signatures.filter(keep), facts: scanned.facts.filter(keep), targetIndex },
    duplicates: duplicates.sort((a, b) => (a.dropped < b.dropped ? -1 : a.dropped > b.dropped ? 1 : 0)),
  };
}

/** Why a copy of the target is left out (`DuplicateInput.reason`): the target itself, never its own source. */
export const TARGET_COPY = 'the target';

/** The warning of one input left out: "A/RES/78/48 is given twice (a.pdf, a.txt): kept the PDF (…); a.txt is left out". */
export function duplicateText(duplicate: DuplicateInput, mode: BatchMode = 'chain'): string {
  if (duplicate.reason === TARGET_COPY) return `${duplicate.dropped} is the same text as the target (${duplicate.kept}): left out, the target is not its own source`;
  if (mode === 'target') return `${duplicate.name} is given twice (${duplicate.kept}, ${duplicate.dropped}): kept ${duplicate.reason}; ${duplicate.dropped} is left out, so the lineage searches and counts the document once`;
  return `${duplicate.name} is given twice (${duplicate.kept}, ${duplicate.dropped}): kept ${duplicate.reason}; ${duplicate.dropped} is left out, so no step compares the document with itself`;
}
