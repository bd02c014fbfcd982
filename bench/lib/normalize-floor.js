/**
 * Normalization against its floor (reading + tokenizing), on real texts: every FOMC statement and the UNGDC speeches
 * of session 79 (2024), in a fresh process (bench/lib/normalize-floor-child.js). The ratio normalize / floor is what
 * tagging, lemmas and folding cost on top of reading and tokenizing; the repeat figure is the memo (same paragraphs
 * again, as in a revision's unchanged paragraphs or a chain).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readdirSync, existsSync } from 'node:fs';
import { ROOT, dataPath, listFiles } from './data.js';
import { median } from './measure.js';

export function runNormalizeFloor({ runs = 3, log = console.log } = {}) {
  const countries = readdirSync(dataPath('ungdc')).filter((name) => /^[A-Z]{2,3}$/.test(name)).sort();
  const speeches = countries.map((iso) => join(dataPath('ungdc'), iso, `${iso}_2024_S79.txt`)).filter((path) => existsSync(path));
  const files = [...listFiles('fomc-statements'), ...speeches];
  const samples = [];
  for (let k = 0; k < runs; k++) {
    const child = spawnSync(process.execPath, [join(ROOT, 'bench', 'lib', 'normalize-floor-child.js'), ...files], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`normalize floor: ${child.stderr.slice(-300)}`);
    samples.push(JSON.parse(child.stdout));
  }
  const pick = (key) => median(samples.map((s) => s[key]));
  const result = {
    runs,
    documents: samples[0].documents,
    paragraphs: samples[0].paragraphs,
    distinct: samples[0].distinct,
    tokens: samples[0].tokens,
    readSeconds: pick('readSeconds'),
    floorSeconds: pick('readSeconds') + pick('tokenizeSeconds'),
    normalizeSeconds: pick('readSeconds') + pick('normalizeSeconds'),
    repeatSeconds: pick('repeatSeconds'),
  };
  result.ratio = median(samples.map((s) => (s.readSeconds + s.normalizeSeconds) / (s.readSeconds + s.tokenizeSeconds)));
  log(`normalize: floor ${result.floorSeconds.toFixed(2)} s, normalize ${result.normalizeSeconds.toFixed(2)} s (${result.ratio.toFixed(2)}× the floor), again ${result.repeatSeconds.toFixed(3)} s`);
  return result;
}
