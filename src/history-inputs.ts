import { RedlineError } from './errors.js';
import { isSameDocument, preferredCopy, whyKept, wordingShare } from './ingest/index.js';
import type { Document, DocumentMeta, Warning } from './types.js';

/**
 * The versions of a history as they are collated: one copy of a document given twice, and oldest first when every
 * version says when it was adopted or issued. A history that kept both copies of A/RES/78/48 (its PDF and its text) had
 * a step "A/RES/78/48 → A/RES/78/48"; one given 80/46 before 79/52 reported what 80/46 added as dropped (trial 18-a).
 */

/**
 * The versions without second copies of one document: two files (two paths) of the same symbol, full date and wording
 * (`isSameDocument`), each copy left out said in a warning; the copy kept is the preferred format (the PDF). Refused
 * when fewer than two versions remain: a history of one text is no history. One file given twice, or two undated
 * texts alike, stay two versions (an unchanged step), as before: the user named them so, and nothing says they are
 * one document printed twice (a text re-adopted unchanged is two versions).
 */
export function withoutCopies(documents: readonly Document[], warnings: Warning[]): Document[] {
  const copyOf = new Map<number, number[]>(); // the first of a set of copies → the later ones
  const isCopy = new Set<number>();
  for (let i = 0; i < documents.length; i++) {
    if (isCopy.has(i)) continue;
    for (let j = i + 1; j < documents.length; j++) {
      if (isCopy.has(j)) continue;
      const [a, b] = [documents[i], documents[j]];
      if (a.meta.path !== b.meta.path && isSameDocument(a.meta, b.meta, () => wordingShare(a.paragraphs, b.paragraphs), false)) {
        isCopy.add(j);
        copyOf.set(i, [...(copyOf.get(i) ?? []), j]);
      }
    }
  }
  if (copyOf.size === 0) return [...documents];
  const left = new Set<number>();
  const keptAt = new Map<number, number>(); // the first of a set → the copy kept, which takes that first one's place
  for (const [first, later] of copyOf) {
    const copies = [first, ...later];
    const kept = copies[preferredCopy(copies.map((index) => documents[index].meta))];
    keptAt.set(first, kept);
    const others = copies.filter((index) => index !== kept);
    const reason = whyKept(documents[kept].meta.path, others.map((index) => documents[index].meta.path));
    for (const other of others) {
      left.add(other);
      warnings.push({
        code: 'history-duplicate',
        file: documents[other].meta.path,
        message: `is the same document as ${documents[kept].meta.path} (${nameOf(documents[kept].meta)}, given twice): kept ${reason}, this copy left out`,
      });
    }
  }
  // The copy kept stands where the first copy was given: the order given is kept for what remains.
  const remaining = documents.flatMap((document, index) => (keptAt.has(index) ? [documents[keptAt.get(index)!]] : left.has(index) || isCopy.has(index) ? [] : [document]));
  if (remaining.length < 2) {
    throw new RedlineError('bad-option', `the versions given are one document (${nameOf(documents[0].meta)}) in ${documents.length} copies`, 'Give at least two different versions, oldest first: redline history V1 V2 [V3 …].');
  }
  return remaining;
}

/** A document's name in a warning: its symbol, else its id. */
function nameOf(meta: DocumentMeta): string {
  return meta.symbol ?? meta.id;
}

/**
 * A version's date when the document itself prints it: its adoption date ("Resolution adopted by the General Assembly
 * on 4 December 2023") or its issue date under the symbol, as a full date; else null. A date read from a title's end, a
 * date-only line or front matter is not taken as certain enough to reorder what the user gave.
 */
export function certainDate(meta: DocumentMeta): string | null {
  if (meta.date === null || !/^\d{4}-\d{2}-\d{2}$/.test(meta.date)) return null;
  return meta.status?.on === meta.date || meta.issued === meta.date ? meta.date : null;
}

/**
 * The versions oldest first when every one has a certain date (`certainDate`) and they were not given so, with one
 * warning naming the order used (the history's header shows it); else as given (the order warning of each version
 * dated before the one ahead of it is then said by `versionWarnings`). Equal dates keep their given order.
 */
export function inDateOrder(documents: readonly Document[], warnings: Warning[]): Document[] {
  const dates = documents.map((document) => certainDate(document.meta));
  if (dates.some((date) => date === null)) return [...documents];
  const order = documents.map((_, index) => index).sort((a, b) => (dates[a]! < dates[b]! ? -1 : dates[a]! > dates[b]! ? 1 : a - b));
  if (order.every((position, index) => position === index)) return [...documents];
  const sorted = order.map((index) => documents[index]);
  warnings.push({
    code: 'history-reordered',
    message: `the versions were not given oldest first; collated by the dates they print (adoption, else issue): ${sorted.map((document) => `${nameOf(document.meta)} (${document.meta.date})`).join(', ')}`,
  });
  return sorted;
}
