import type { DigestReinstated, HistoryResult } from '../types.js';
import { reinstatedChange } from '../report/digest-line.js';

/**
 * The paragraphs a series' history finds reinstated, per version: for each version (by id), its paragraphs (by index)
 * that were absent from the version before and present in an earlier one, with that earlier version's name and the
 * paragraph's label there. The digest says such a paragraph is reinstated, not new: a new user read `new PP 23:
 * Recalling also its decision …` in the digest of 79/116 → 80/160 where the series history of the same run said "in
 * 78/102 · dropped in 79/116 · reinstated in 80/160". One truth: the history's alignment across all versions.
 */
export function reinstatedOf(history: Pick<HistoryResult, 'history'> & Partial<Pick<HistoryResult, 'documents'>>): Map<string, Map<number, DigestReinstated>> {
  const { versions, positions } = history.history;
  const out = new Map<string, Map<number, DigestReinstated>>();
  for (const position of positions) {
    position.cells.forEach((cell, version) => {
      if (cell === null || version < 2 || position.cells[version - 1] !== null) return;
      // The last version before the gap that held it.
      let last = version - 2;
      while (last >= 0 && position.cells[last] === null) last--;
      if (last < 0) return;
      const held = position.cells[last]!;
      let map = out.get(versions[version].id);
      if (!map) out.set(versions[version].id, (map = new Map()));
      // Its change against the wording it came back from, when the history's step links it from there (trial 20-b D4).
      const step = cell.step;
      const documents = history.documents;
      const change = step && step.from === last && documents ? reinstatedChange(step, documents[last].paragraphs, documents[version].paragraphs) : null;
      for (const paragraph of cell.paragraphs) map.set(paragraph, { from: versions[last].id, label: held.label, ...(change ? { change } : {}) });
    });
  }
  return out;
}
