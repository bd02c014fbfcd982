import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../../src/pipeline.js';
import type { Finding, RedlineResult } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA } from './paths.js';

/** The recurring UN resolutions, one folder per series (`../shared/data/un-resolutions/texts/series`). */
export const UN_SERIES = join(SHARED_DATA, 'un-resolutions/texts/series');
/** True when the series are there to read (tests that need them skip, saying why, when not). */
export const UN_SERIES_AVAILABLE = HAS_SHARED && existsSync(UN_SERIES);

/** The comparison of two texts of one series, by folder and file name. */
export async function compareInSeries(series: string, older: string, newer: string): Promise<RedlineResult> {
  return compare(join(UN_SERIES, series, older), join(UN_SERIES, series, newer));
}

/** The finding whose (one) newer paragraph carries the UN label `label`. */
export function findingAt(result: RedlineResult, label: string): Finding {
  const [, right] = result.documents;
  const finding = result.comparisons[0].findings.find((candidate) => candidate.right.length === 1 && candidate.right.every((index) => right.paragraphs[index].label === label));
  if (!finding) throw new Error(`no finding at ${label}`);
  return finding;
}

/** A finding is substantive when it is modified and neither editorial nor routine. */
export const isSubstantive = (finding: Finding): boolean => finding.kind === 'modified' && !finding.editorial && !finding.routine;
