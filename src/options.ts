import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ResolvedOptions } from './types.js';
import { RedlineError } from './errors.js';

/** The defaults, tuned on the ArgRewrite and MSRP dev sets (see bench/). The one place defaults live. */
export const DEFAULT_OPTIONS: Readonly<ResolvedOptions> = Object.freeze({
  threshold: 0.3,
  moveThreshold: 0.5,
  diffMaxEditLength: 2000,
  maxGroup: 3,
  // Off by default: the word vectors cost 0.3–0.9 s to load per process (7 s and 1 GB the first time on a machine,
  // while their cache is built), and on ArgRewrite they trade recall for precision (link F1 0.976 → 0.972);
  // STS-B dev Spearman 68.2 → 75.3 with them (bench/SEMANTIC.md).
  semantic: false,
  lexicons: [],
});

/** Largest input redline reads by default (`--max-bytes`): declarations are kilobytes; 20 MB is a book-length report with room to spare. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Defaults of `redline batch` / `runBatch`. */
export const BATCH_DEFAULTS = Object.freeze({
  /** Document similarity from which a pair gets its own report; pairs under half of it are only estimated. */
  minSimilarity: 0.3,
  /** Largest size of the batch cache folder: 2 GiB, room for ~100,000 normalized documents and compared pairs. */
  cacheMaxBytes: 2 * 1024 ** 3,
});

/**
 * Where `redline batch` caches by default: the user's cache folder, never the working directory. `REDLINE_CACHE_DIR`
 * wins; then `XDG_CACHE_HOME/redline`; else `~/Library/Caches/redline` (macOS), `%LOCALAPPDATA%\\redline\\Cache`
 * (Windows), `~/.cache/redline` (elsewhere).
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.REDLINE_CACHE_DIR) return env.REDLINE_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'redline');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'redline');
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'redline', 'Cache');
  return join(home, '.cache', 'redline');
}

/**
 * The corpus `redline corpus` uses outside a project folder (no `./corpus/catalog.yaml`, no `--corpus`): `corpus/` in
 * the user's data folder — `REDLINE_DATA_DIR` wins; then `XDG_DATA_HOME/redline`; else `~/Library/Application
 * Support/redline` (macOS), `%APPDATA%\\redline` (Windows), `~/.local/share/redline` (elsewhere). Never the installed
 * package's folder, which an update replaces and a global install may not let the user write.
 */
export function defaultUserCorpusDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.REDLINE_DATA_DIR) return join(env.REDLINE_DATA_DIR, 'corpus');
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'redline', 'corpus');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'redline', 'corpus');
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'redline', 'corpus');
  return join(home, '.local', 'share', 'redline', 'corpus');
}

/** Defaults of `redline corpus fetch|add` downloads. */
export const FETCH_DEFAULTS = Object.freeze({ timeoutMs: 30_000, retries: 2, backoffMs: 2_000, delayMs: 1_000, maxBytes: DEFAULT_MAX_BYTES });

/** Options as a caller may give them: any subset. */
/** How texts are read (`unit`, `trackedChanges`) is a load option (`LoadOptions`), only echoed into the result's options. */
export type CompareOptions = Partial<Omit<ResolvedOptions, 'unit' | 'trackedChanges'>>;

/** Merge the caller's options over the defaults and check their ranges; the result is echoed into every result. */
export function resolveOptions(options: CompareOptions = {}): ResolvedOptions {
  const resolved: ResolvedOptions = { ...DEFAULT_OPTIONS };
  for (const key of Object.keys(DEFAULT_OPTIONS) as Array<keyof CompareOptions>) {
    const value = options[key];
    if (value !== undefined) (resolved as Record<keyof ResolvedOptions, unknown>)[key] = value;
  }
  if (typeof resolved.semantic !== 'boolean') {
    throw new RedlineError('bad-option', `option --semantic is ${JSON.stringify(resolved.semantic)}`, 'Give true or false.');
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
