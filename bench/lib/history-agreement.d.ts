import type { Comparison, History } from '../../src/types.js';

/** How many findings of the consecutive pairs the history reproduces, and why the others differ. */
export interface LinkAgreement {
  findings: number;
  agree: number;
  reinstated: number;
  widened: number;
  other: number;
  /** Up to 5 unexplained findings, `left → right: kind L… R…`. */
  examples: string[];
}

/** Agreement of one history with the pairwise comparisons of its consecutive versions (`pairs[k]`: version k → k + 1). */
export function linkAgreement(history: History, pairs: readonly Comparison[]): LinkAgreement;
