import type { HistoryResult } from '../types.js';

/** The history contract as text: two-space indented, keys in the contract's order, a final newline; byte-stable. */
export function renderHistoryJson(result: HistoryResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
