import type { ResolvedOptions } from './types.js';
import { RedlineError } from './errors.js';

/** The defaults, tuned on the ArgRewrite and MSRP dev sets (see bench/). The one place defaults live. */
export const DEFAULT_OPTIONS: Readonly<ResolvedOptions> = Object.freeze({
  threshold: 0.3,
  moveThreshold: 0.5,
  diffMaxEditLength: 2000,
  maxGroup: 3,
  lexicons: [],
});

/** Largest input redline reads by default (`--max-bytes`): declarations are kilobytes; 20 MB is a book-length report with room to spare. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Defaults of `redline batch` / `runBatch`. */
export const BATCH_DEFAULTS = Object.freeze({
  /** Document similarity from which a pair gets its own report; pairs under half of it are only estimated. */
  minSimilarity: 0.3,
  /** Where normalized documents and compared pairs are cached. */
  cacheDir: '.redline-cache',
});

/** Defaults of `redline corpus fetch|add` downloads. */
export const FETCH_DEFAULTS = Object.freeze({ timeoutMs: 30_000, retries: 2, backoffMs: 2_000, delayMs: 1_000, maxBytes: DEFAULT_MAX_BYTES });

/** Options as a caller may give them: any subset. */
export type CompareOptions = Partial<ResolvedOptions>;

/** Merge the caller's options over the defaults and check their ranges; the result is echoed into every result. */
export function resolveOptions(options: CompareOptions = {}): ResolvedOptions {
  const resolved: ResolvedOptions = { ...DEFAULT_OPTIONS };
  for (const key of Object.keys(DEFAULT_OPTIONS) as Array<keyof ResolvedOptions>) {
    const value = options[key];
    if (value !== undefined) (resolved as Record<keyof ResolvedOptions, unknown>)[key] = value;
  }
  checkRange('threshold', resolved.threshold, 0, 1);
  checkRange('moveThreshold', resolved.moveThreshold, 0, 1);
  checkRange('diffMaxEditLength', resolved.diffMaxEditLength, 1, 1e7, true);
  checkRange('maxGroup', resolved.maxGroup, 1, 3, true);
  if (!Array.isArray(resolved.lexicons) || !resolved.lexicons.every((file) => typeof file === 'string' && file !== '')) {
    throw new RedlineError('bad-option', 'option --lexicon must name lexicon files', 'Give a YAML file path after each --lexicon.');
  }
  resolved.lexicons = [...resolved.lexicons];
  return resolved;
}

/** `maxGroup` → `--max-group`: errors name the flag a CLI user typed (the key follows for library users). */
export function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** Check one numeric option; the error names the flag and the accepted range. */
export function checkRange(name: string, value: unknown, min: number, max: number, integer = false): void {
  const ok = typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
  if (!ok) {
    const what = integer ? 'a whole number' : 'a number';
    throw new RedlineError('bad-option', `option ${flagName(name)} is ${JSON.stringify(value) ?? String(value)}`, `Give ${what} from ${min} to ${max}.`);
  }
}
