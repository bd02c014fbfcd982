/** Where the shared evaluation data lives and how to read it. Third-party texts are read at run time, never committed. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (bench/lib/../..). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared data folder: $REDLINE_DATA, else ../shared/data beside the repository, else /work/shared/data. */
export const DATA_DIR = [process.env.REDLINE_DATA, resolve(ROOT, '..', 'shared', 'data'), '/work/shared/data'].find(
  (candidate) => candidate && existsSync(join(candidate, 'argrewrite-dev')),
) ?? null;

/** Path inside the data folder, or null when the data is absent. */
export function dataPath(...parts) {
  return DATA_DIR ? join(DATA_DIR, ...parts) : null;
}

/** The 90 ArgRewrite draft pairs with gold sentence alignments. */
export function loadArgRewrite() {
  return readFileSync(dataPath('argrewrite-dev', 'alignments.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}

/** STS Benchmark rows: { score, a, b } (tab-separated, sentences in columns 6 and 7). */
export function loadSts(split = 'dev') {
  return readFileSync(dataPath('stsbenchmark-dev', `sts-${split}.csv`), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length >= 7)
    .map((cols) => ({ score: Number(cols[4]), a: cols[5], b: cols[6] }));
}

/** MSRP rows: { label, a, b } (header line skipped). */
export function loadMsrp(split = 'dev') {
  return readFileSync(dataPath('msrp-dev', `msr_paraphrase_${split}.txt`), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length >= 5)
    .map((cols) => ({ label: Number(cols[0]), a: cols[3], b: cols[4] }));
}

/** A data file's paragraphs: front matter dropped, blank-line separated, whitespace folded. */
export function readParagraphs(path) {
  return bodyOf(readFileSync(path, 'utf8'))
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Text after the YAML front matter. */
export function bodyOf(text) {
  const match = /^---\n[\s\S]*?\n---\n/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/** Files of a data folder, sorted, matching a pattern. */
export function listFiles(folder, pattern = /\.txt$/) {
  const dir = dataPath(folder);
  return readdirSync(dir).filter((name) => pattern.test(name)).sort().map((name) => join(dir, name));
}
