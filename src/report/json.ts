import type { RedlineResult } from '../types.js';

/** The JSON contract as text: two-space indented, keys in the contract's order, a final newline; byte-stable. */
export function renderJson(result: RedlineResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
